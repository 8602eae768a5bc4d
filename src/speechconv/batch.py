"""Many inputs to many outputs: a batch conversion that runs on any ``concurrent.futures.Executor``.

    >>> from speechconv.batch import convert_many
    >>> report = convert_many(["pages/"], "out", to="pdf,docx", jobs=2)
    >>> report.counts()
    {'total': 120, 'ok': 119, 'failed': 1, 'skipped': 0, 'cancelled': 0}

Inputs are files or folders (searched recursively for ``*.html *.htm *.txt``). Outputs mirror the
input tree inside ``out_dir`` — the tree below the deepest folder holding every input — and never
leave it. Each output is written atomically, so a failure, a crash or Ctrl-C leaves no partial file.
One bad input never stops the batch: its error is recorded in its :class:`FileResult`.

The default executor is a process pool whose workers convert a tiny document first (the initializer),
so imports and PDF fonts are loaded once per worker and reused. ``jobs=1`` runs in this process.
Any other executor works, e.g. Dask's ``client.get_executor()``; its workers must see the same paths.

Nothing here prints: pass ``progress`` to be told about each finished file (the CLI draws its bar
from it).
"""
from __future__ import annotations

import io
import json
import os
import signal
import threading
import time
import traceback
from concurrent.futures import FIRST_COMPLETED, Executor, Future, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence, Union

from .errors import InputError, SpeechconvError, TimeLimitError
from .plan import Job, Target, make_folder, parse_formats, plan_tree

PathLike = Union[str, "os.PathLike[str]"]

#: File name patterns searched for inside input folders (``--glob`` changes them).
DEFAULT_PATTERNS: tuple[str, ...] = ("*.html", "*.htm", "*.txt")
#: Statuses of a :class:`FileResult`.
STATUSES = ("ok", "failed", "skipped", "cancelled")
REPORT_SCHEMA = "speechconv-batch/1"
_WARMUP_TEXT = "关于做好工作的讲话\n同志们：\n今天我们召开会议，部署下一阶段的工作。\n"
_WARMUP_HTML = ("<html><head><meta charset='gbk'><title>讲话_学习啦</title></head><body><div class='nav'>首页 > 讲话稿"
                "</div><div class='content'><h1>关于做好工作的讲话</h1><p>同志们：</p><p><b>一是</b>"
                "今天我们召开会议，部署下一阶段的工作。</p></div><script>x=1</script></body></html>")


@dataclass(frozen=True)
class Settings:
    """What every job of a batch shares: formats, profile path, passes left out, time limit (s), and
    whether existing outputs are replaced whatever they hold (see :func:`speechconv.write`)."""

    formats: tuple[str, ...]
    profile: str | None = None
    skip: tuple[str, ...] = ()
    time_limit: float | None = None
    overwrite: bool = True
    stopped_dir: str | None = None   #: where workers leave a mark for a job they stopped the hard way


@dataclass
class FileResult:
    """What happened to one input.

    ``status`` is ok, failed, skipped (``resume``: outputs newer than the input) or cancelled (the
    batch was interrupted first). ``outputs`` are the files written (or found, when skipped);
    ``seconds`` the conversion time in the worker; ``error`` a dict (type, message, exit_code) or None.
    """

    input: str
    status: str
    outputs: list[str] = field(default_factory=list)
    seconds: float = 0.0
    warnings: list[dict[str, str]] = field(default_factory=list)
    error: dict[str, Any] | None = None
    worker: int | None = None          #: process id of the worker that ran it
    peak_rss_mb: float | None = None   #: that worker's peak resident memory so far, MB

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form used in report.json."""
        return {"input": self.input, "status": self.status, "outputs": list(self.outputs),
                "seconds": round(self.seconds, 4), "warnings": list(self.warnings), "error": self.error,
                "worker": self.worker, "peak_rss_mb": self.peak_rss_mb}


@dataclass
class Report:
    """The outcome of a batch: one :class:`FileResult` per input, in input order."""

    out_dir: str
    formats: tuple[str, ...]
    results: list[FileResult]
    seconds: float = 0.0
    interrupted: bool = False
    started: str = ""

    def by_status(self, status: str) -> list[FileResult]:
        """Return the results with ``status`` (one of :data:`STATUSES`)."""
        return [r for r in self.results if r.status == status]

    @property
    def failed(self) -> list[FileResult]:
        """Return the failed results."""
        return self.by_status("failed")

    @property
    def all_ok(self) -> bool:
        """Return True when nothing failed and nothing was cancelled."""
        return not self.interrupted and all(r.status in ("ok", "skipped") for r in self.results)

    def counts(self) -> dict[str, int]:
        """Return the number of results in total and per status."""
        out = {"total": len(self.results)}
        out.update({s: len(self.by_status(s)) for s in STATUSES})
        return out

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form of report.json (``schema`` first, then totals, then ``files``)."""
        return {"schema": REPORT_SCHEMA, "out_dir": self.out_dir, "formats": list(self.formats),
                "started": self.started, "seconds": round(self.seconds, 3),
                "interrupted": self.interrupted, "counts": self.counts(),
                "files": [r.to_dict() for r in self.results]}

    def write(self, path: PathLike) -> None:
        """Write the report as JSON to ``path`` atomically. Raises OutputError."""
        from .outputs import atomic_output

        make_folder(Path(path).parent, os.fspath(path), "the report's folder", "choose another --report")
        # a file name that is not UTF-8 holds lone surrogates: written as their JSON escapes
        data = json.dumps(self.to_dict(), ensure_ascii=False, indent=2).encode("utf-8", "backslashreplace")
        with atomic_output(path) as fh:
            fh.write(data + b"\n")


@dataclass(frozen=True)
class Progress:
    """A snapshot passed to the ``progress`` callback: counts so far and the result just in."""

    total: int
    done: int
    ok: int
    failed: int
    skipped: int
    elapsed: float
    last: FileResult | None


class BatchInterrupted(KeyboardInterrupt):
    """Ctrl-C stopped the batch. ``report`` holds what finished; the rest is ``cancelled``."""

    def __init__(self, report: Report) -> None:
        super().__init__("batch interrupted")
        self.report = report


ProgressCallback = Callable[[Progress], None]


# --------------------------------------------------------------------------- finding the inputs


def find_inputs(inputs: Iterable[PathLike], patterns: Sequence[str] = DEFAULT_PATTERNS,
                exclude: PathLike | None = None) -> tuple[list[tuple[str, str]], list[FileResult]]:
    """Return ``(found, missing)``: the files to convert and a failed result per missing input.

    ``found`` holds ``(shown, root)`` pairs: the path as the user would write it, and the folder its
    mirror path is taken from (the input folder, or a file's own folder). Folders are searched
    recursively (hidden entries and ``exclude`` left out) for names matching ``patterns``; files
    named directly are taken whatever their name. A file found twice is kept once.
    """
    found: list[tuple[str, str]] = []
    missing: list[FileResult] = []
    seen: set[str] = set()
    skip_dir = os.path.realpath(exclude) if exclude is not None else None
    for item in inputs:
        shown = os.fspath(item)
        if os.path.isdir(shown):
            pairs = [(f, shown) for f in _walk(shown, patterns, skip_dir)]
        elif os.path.isfile(shown):
            pairs = [(shown, os.path.dirname(shown) or ".")]
        else:
            error = InputError("no such file or folder; check the path", shown)
            missing.append(FileResult(shown, "failed", error=_error_dict(error)))
            continue
        for name, root in pairs:
            key = os.path.realpath(name)
            if key not in seen:
                seen.add(key)
                found.append((name, root))
    return found, missing


def _walk(top: str, patterns: Sequence[str], skip_dir: str | None) -> Iterator[str]:
    """Yield the files below ``top`` that match ``patterns``, in sorted order (links not followed)."""
    for folder, dirs, files in os.walk(top):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                         and os.path.realpath(os.path.join(folder, d)) != skip_dir)
        rel_folder = os.path.relpath(folder, top)
        for name in sorted(files):
            rel = name if rel_folder == "." else f"{rel_folder}/{name}".replace(os.sep, "/")
            if not name.startswith(".") and _matches(name, rel, patterns):
                yield os.path.join(folder, name)


def _matches(name: str, rel: str, patterns: Sequence[str]) -> bool:
    """Return True when a file matches a pattern: on its name, or on its relative path with a '/'."""
    return any(fnmatchcase((rel if "/" in p else name).lower(), p.lower()) for p in patterns)


# --------------------------------------------------------------------------- planning the outputs


def plan(found: Sequence[tuple[str, str]], out_dir: PathLike, formats: Sequence[str],
         reserved: Iterable[PathLike] = ()) -> tuple[list[Job], list[FileResult]]:
    """Return ``(jobs, refused)``: one Job per input, and a failed result per input that cannot go.

    The outputs mirror the input tree inside ``out_dir`` (see :func:`speechconv.plan.plan_tree`);
    ``reserved`` paths (the report) are never outputs.
    """
    jobs, refused = plan_tree(found, out_dir, formats, reserved)
    return jobs, [FileResult(err.path or "", "failed", error=_error_dict(err)) for err in refused]


def is_fresh(job: Job) -> bool:
    """Return True when every output of ``job`` exists and is at least as new as its input."""
    try:
        src_time = os.stat(job.path).st_mtime_ns
        return all(os.stat(t.path).st_mtime_ns >= src_time for t in job.targets)
    except OSError:
        return False


# --------------------------------------------------------------------------- the work of one job


_PROFILES: dict[str | None, Any] = {}


def _profile(path: str | None):
    """Return the loaded profile for ``path`` (cached per process). Raises ProfileError."""
    prof = _PROFILES.get(path)
    if prof is None:
        from .profile import load_profile

        prof = _PROFILES[path] = load_profile(path)
    return prof


def warm_up(settings: Settings) -> None:
    """Load the readers, the passes, the writers of ``settings.formats`` and the PDF fonts by reading
    a tiny text and HTML page and writing them in memory, so that the first real document is as fast
    as the rest. Never raises: a real document will report any problem.
    """
    from .api import read, write

    try:
        read(_WARMUP_HTML.encode("gbk"), format="html")
        doc = read(_WARMUP_TEXT, format="text")
        for fmt in settings.formats:
            write(doc, io.BytesIO(), to=fmt, profile=_profile(settings.profile))
    except Exception:  # noqa: BLE001 - the real documents report errors with their file names
        pass


_IN_WORKER = False   #: True in a pool worker made by :func:`make_pool`: it may end itself (hard stop)


def init_worker(settings: Settings) -> None:
    """Process-pool initializer: ignore Ctrl-C (the parent stops the batch) and warm up."""
    global _IN_WORKER
    _IN_WORKER = True
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warm_up(settings)


def run_job(job: Job, settings: Settings) -> FileResult:
    """Convert one input to all its targets and return its result; never raises but Ctrl-C.

    Every output is written atomically (a temporary file, then a rename). An output written before a
    later one failed is kept and listed. Errors are recorded: a SpeechconvError with its exit code, any
    other exception as an internal error with its traceback.
    """
    from .api import read, write

    start = time.perf_counter()
    written: list[str] = []
    notices: list[dict[str, str]] = []
    error: dict[str, Any] | None = None
    try:
        with time_limit(settings.time_limit), _hard_stop(settings, job):
            doc = read(job.path, name=job.input, skip=settings.skip)
            notices += [w.to_dict() for w in doc.warnings]
            for target in job.targets:
                make_folder(os.path.dirname(target.path), job.input, f"the folder for {target.shown}",
                            "check the output folder")
                notices += [w.to_dict() for w in write(doc, target.path, to=target.fmt,
                                                       profile=_profile(settings.profile),
                                                       overwrite=settings.overwrite)]
                written.append(target.shown)
    except SpeechconvError as exc:
        error = _error_dict(exc.with_path(job.input))
    except Exception as exc:  # noqa: BLE001 - one bad file never stops the batch
        error = _error_dict(exc, internal=True)
    return FileResult(job.input, "failed" if error else "ok", written, time.perf_counter() - start,
                      notices, error, os.getpid(), _peak_rss_mb())


def _error_dict(exc: BaseException, internal: bool = False) -> dict[str, Any]:
    """Return the report form of an error: type, one-line message, exit code (and traceback)."""
    if isinstance(exc, SpeechconvError):
        return {"type": type(exc).__name__, "message": str(exc), "exit_code": exc.exit_code}
    out: dict[str, Any] = {"type": type(exc).__name__, "exit_code": 1,
                           "message": f"internal error ({type(exc).__name__}: {exc}); please report it"}
    if internal:
        out["traceback"] = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return out


def _peak_rss_mb() -> float | None:
    """Return this process's peak resident memory in MB, or None where it cannot be read."""
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if os.uname().sysname == "Darwin" else 1024), 1)


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Stop the block with TimeLimitError after ``seconds`` (a SIGALRM timer).

    The timer works only in the main thread of a process (process pools, ``jobs=1``); elsewhere (thread
    executors, Dask threads) the limit is not enforced and the block just runs.
    """
    usable = (seconds is not None and seconds > 0 and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    def _expired(signum, frame):  # noqa: ARG001 - signal handler signature
        raise TimeLimitError(f"took longer than the {seconds:g} s time limit and was stopped; "
                             "raise --time-limit or check this input")

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


#: Exit status of a worker that ended itself because a document overran the time limit.
HARD_STOP_STATUS = 70


def hard_stop_after(seconds: float) -> float:
    """Return when (s) a worker ends itself: the time limit plus a grace for the timer's own stop."""
    return seconds + 1.0 + 0.25 * seconds


@contextmanager
def _hard_stop(settings: Settings, job: Job) -> Iterator[None]:
    """In a pool worker, end the whole process when the block overruns the time limit by its grace.

    The SIGALRM timer of :func:`time_limit` stops Python code, regular expressions and blocking
    reads; code stuck inside a C library never returns to Python to notice it. Then a watchdog thread
    leaves a mark in ``settings.stopped_dir`` (so the parent reports a time-limit failure rather than
    a crash, and does not run the file again) and ends the process; the parent replaces the pool.
    """
    if not (_IN_WORKER and settings.time_limit and settings.stopped_dir):
        yield
        return
    timer = threading.Timer(hard_stop_after(settings.time_limit), _end_worker,
                            (settings.stopped_dir, job.path))
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()


def _stop_mark(folder: str, path: str) -> str:
    """Return the path of the mark left in ``folder`` for the input ``path``."""
    import hashlib

    return os.path.join(folder, hashlib.sha1(os.fsencode(path)).hexdigest())


def _end_worker(folder: str, path: str) -> None:
    """Leave the mark for ``path`` and end this worker process at once (watchdog thread)."""
    try:
        with open(_stop_mark(folder, path), "w", encoding="utf-8") as fh:
            fh.write("stopped\n")
    finally:
        os._exit(HARD_STOP_STATUS)


def _was_stopped(job: Job, settings: Settings) -> bool:
    """Return True when a worker ended itself because ``job`` overran the time limit."""
    return bool(settings.stopped_dir) and os.path.exists(_stop_mark(settings.stopped_dir, job.path))


def _stopped_result(job: Job, settings: Settings) -> FileResult:
    """Return the failed result of a job that its worker stopped the hard way."""
    error = TimeLimitError(f"took longer than the {settings.time_limit:g} s time limit and was stopped "
                           "(its worker process was ended); raise --time-limit or check this input", job.input)
    return FileResult(job.input, "failed", seconds=hard_stop_after(settings.time_limit or 0),
                      error=_error_dict(error))


def _remove_partials(job: Job) -> None:
    """Remove the temporary files a killed worker left for ``job``'s outputs (``.NAME.*.part``)."""
    import glob

    from .outputs import temp_prefix

    for target in job.targets:
        folder, name = os.path.split(target.path)
        pattern = glob.escape(temp_prefix(name)) + "*.part"
        for part in glob.glob(os.path.join(glob.escape(folder), pattern)):
            try:
                os.unlink(part)
            except OSError:
                pass


def _sort_dead(hit: list[Job], settings: Settings, tracker: "_Tracker") -> list[Job]:
    """Remove the partial files of the jobs a broken pool was running (its workers were all ended),
    record those whose worker ended itself over the time limit, and return the others."""
    rest = []
    for job in hit:
        _remove_partials(job)
        if _was_stopped(job, settings):
            tracker.add(_stopped_result(job, settings))
        else:
            rest.append(job)
    return rest


# --------------------------------------------------------------------------- running the batch


#: The formats named by ``to`` ("pdf,docx" or a list); see :func:`speechconv.plan.parse_formats`.
formats_of = parse_formats


def convert_many(inputs: Iterable[PathLike], out_dir: PathLike, to: str | Sequence[str] = "docx", *,
                 executor: Executor | None = None, jobs: int | None = None, resume: bool = False,
                 profile: PathLike | None = None, skip: Iterable[str] = (),
                 patterns: Sequence[str] = DEFAULT_PATTERNS, time_limit: float | None = None,
                 progress: ProgressCallback | None = None, reserved: Iterable[PathLike] = (),
                 max_in_flight: int | None = None, overwrite: bool = True) -> Report:
    """Convert every input (files and folders) into ``out_dir`` and return the Report.

    ``executor`` is any concurrent.futures.Executor (its workers must see the same paths); None runs a
    process pool of ``jobs`` workers (default: the number of CPUs), or this process when ``jobs`` is 1.
    ``resume`` skips inputs whose outputs are all newer than the input. ``time_limit`` stops one
    document after that many seconds (process workers and ``jobs=1`` only); in a worker of the
    default pools, a document stuck inside C code is stopped by ending the worker soon after.
    ``progress`` is called once before the first file and once after each. ``reserved`` paths are never used as outputs.
    ``overwrite`` False replaces an existing output only when nothing is lost (an unchanged earlier
    speechconv DOCX or PDF, or the same bytes); an input whose output may not be replaced fails.

    Per-file problems are recorded in the report, never raised. Raises OutputError for an unknown
    format or an output folder that cannot be created, ProfileError for a bad ``profile``, and
    :class:`BatchInterrupted` (a KeyboardInterrupt carrying the report) on Ctrl-C, after the files
    being converted are finished; files not started are ``cancelled``.
    """
    formats = formats_of(to)
    settings = Settings(formats, os.path.abspath(profile) if profile is not None else None, tuple(skip),
                        time_limit, overwrite)
    _profile(settings.profile)                      # a bad profile is one error, not one per file
    make_folder(out_dir)
    with _stop_marks(settings) as settings:
        return _convert_all(inputs, out_dir, settings, executor, jobs, resume, patterns, progress,
                            reserved, max_in_flight)


@contextmanager
def _stop_marks(settings: Settings) -> Iterator[Settings]:
    """Yield ``settings`` with a temporary folder for hard-stop marks when there is a time limit;
    the folder is removed afterwards."""
    if not settings.time_limit:
        yield settings
        return
    import shutil
    import tempfile
    from dataclasses import replace

    folder = tempfile.mkdtemp(prefix="speechconv-stopped-")
    try:
        yield replace(settings, stopped_dir=folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _convert_all(inputs: Iterable[PathLike], out_dir: PathLike, settings: Settings,
                 executor: Executor | None, jobs: int | None, resume: bool, patterns: Sequence[str],
                 progress: ProgressCallback | None, reserved: Iterable[PathLike],
                 max_in_flight: int | None) -> Report:
    """Do the work of :func:`convert_many` once its settings are checked; return the Report."""
    started = time.time()
    clock = time.perf_counter()
    formats = settings.formats
    found, missing = find_inputs(inputs, patterns, exclude=out_dir)
    todo, refused = plan(found, out_dir, formats, reserved)
    tracker = _Tracker(len(todo) + len(missing) + len(refused), clock, progress)
    for result in missing + refused:
        tracker.add(result)
    if resume:
        todo = _skip_fresh(todo, tracker)
    report = Report(os.fspath(out_dir), formats, [], started=_iso(started))
    try:
        with _CtrlC(tracker.stop):
            _run(todo, settings, executor, jobs, max_in_flight, tracker)
    except KeyboardInterrupt:
        report.interrupted = True
    report.results = _in_order(found, missing, refused, todo, tracker)
    report.seconds = time.perf_counter() - clock
    if report.interrupted:
        raise BatchInterrupted(report)
    return report


def _skip_fresh(todo: list[Job], tracker: "_Tracker") -> list[Job]:
    """Record the jobs whose outputs are up to date as skipped; return the others."""
    rest = []
    for job in todo:
        if is_fresh(job):
            tracker.add(FileResult(job.input, "skipped", [t.shown for t in job.targets]))
        else:
            rest.append(job)
    return rest


def _iso(stamp: float) -> str:
    """Return ``stamp`` as an ISO 8601 UTC time."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(stamp))


def _in_order(found, missing, refused, todo, tracker: "_Tracker") -> list[FileResult]:
    """Return one result per input in input order; jobs that never ran are ``cancelled``."""
    by_input = dict(tracker.results)
    for job in todo:
        by_input.setdefault(job.input, FileResult(job.input, "cancelled",
                                                  error={"type": "Cancelled", "exit_code": 130,
                                                         "message": "not converted: the batch was "
                                                                    "interrupted first"}))
    order = dict.fromkeys([r.input for r in missing] + [shown for shown, _ in found])
    return [by_input[name] for name in order if name in by_input]


class _Tracker:
    """Collects results, calls the progress callback with running counts, holds the stop request."""

    def __init__(self, total: int, clock: float, callback: ProgressCallback | None) -> None:
        self.total = total
        self.clock = clock
        self.callback = callback
        self.results: dict[str, FileResult] = {}
        self.counts = {s: 0 for s in STATUSES}
        self.stop = threading.Event()       #: set by the first Ctrl-C
        self._tell(None)

    def add(self, result: FileResult) -> None:
        """Record ``result`` (once per input) and report progress."""
        if result.input in self.results:
            return
        self.results[result.input] = result
        self.counts[result.status] += 1
        self._tell(result)

    def _tell(self, last: FileResult | None) -> None:
        """Call the progress callback, if any, with the counts so far."""
        if self.callback is not None:
            c = self.counts
            self.callback(Progress(self.total, len(self.results), c["ok"], c["failed"], c["skipped"],
                                   time.perf_counter() - self.clock, last))


def _run(todo: list[Job], settings: Settings, executor: Executor | None, jobs: int | None,
         max_in_flight: int | None, tracker: _Tracker) -> None:
    """Run ``todo`` inline, on ``executor``, or on process pools made here. Raises KeyboardInterrupt."""
    if not todo:
        return
    workers = max(1, min(jobs or _cpus(), len(todo)))
    if executor is None and workers == 1:
        for job in todo:
            _check_stop(tracker)
            tracker.add(run_job(job, settings))
        return
    if executor is None:
        _run_on_own_pools(todo, settings, workers, max_in_flight or 4 * workers, tracker)
        return
    hit, rest = _drive(executor, todo, settings, max_in_flight or 64, tracker)
    for job in _sort_dead(hit, settings, tracker) + rest:   # someone else's pool broke: no rebuilding it
        tracker.add(_died(job))


class _CtrlC:
    """While inside (in the main thread): the first Ctrl-C only sets ``stop``, so that the batch
    stops between files with its bookkeeping whole; a second Ctrl-C raises KeyboardInterrupt at once.
    An ignored SIGINT stays ignored; elsewhere than the main thread nothing changes.
    """

    def __init__(self, stop: threading.Event) -> None:
        self.stop = stop
        self.previous: Any = None

    def __enter__(self) -> "_CtrlC":
        if threading.current_thread() is threading.main_thread():
            current = signal.getsignal(signal.SIGINT)
            if current is not signal.SIG_IGN:
                self.previous = signal.signal(signal.SIGINT, self._handler)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)

    def _handler(self, signum: int, frame: object) -> None:
        """Set ``stop``; raise KeyboardInterrupt when it was already set."""
        if self.stop.is_set():
            raise KeyboardInterrupt
        self.stop.set()


def _check_stop(tracker: "_Tracker") -> None:
    """Raise KeyboardInterrupt when Ctrl-C asked the batch to stop."""
    if tracker.stop.is_set():
        raise KeyboardInterrupt


def _cpus() -> int:
    """Return the number of CPUs this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def _run_on_own_pools(todo: list[Job], settings: Settings, workers: int, window: int,
                      tracker: _Tracker) -> None:
    """Run ``todo`` on process pools made here; a pool broken by a dying worker is replaced.

    The jobs in flight when a worker died are run again at the end one at a time, so that only the
    file that kills its worker is recorded as failed.
    """
    queue, suspects = list(todo), []
    while queue:
        hit, queue = _drive_new_pool(queue, settings, workers, window, tracker)
        suspects += _sort_dead(hit, settings, tracker)
    while suspects:
        hit, suspects = _drive_new_pool(suspects, settings, 1, 1, tracker)
        for job in _sort_dead(hit, settings, tracker):
            tracker.add(_died(job))


def _drive_new_pool(todo: list[Job], settings: Settings, workers: int, window: int,
                    tracker: _Tracker) -> tuple[list[Job], list[Job]]:
    """Run ``todo`` on a new process pool; return ``_drive``'s (in flight, not started) on a break."""
    pool = make_pool(workers, settings)
    try:
        outcome = _drive(pool, todo, settings, window, tracker)
    except KeyboardInterrupt:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown(wait=True)
    return outcome


def make_pool(workers: int, settings: Settings) -> Executor:
    """Return a process pool of ``workers`` whose workers ignore Ctrl-C and have warmed up.

    Workers start from a fork server that has imported speechconv and the writers (where the platform
    has one), else they are spawned; never forked from this process, which may be running threads.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from .writers import FORMATS

    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["speechconv.batch", "speechconv.api", "speechconv.passes"]
                                   + [FORMATS[f][0] for f in settings.formats])
    else:  # pragma: no cover - Windows
        ctx = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=init_worker,
                               initargs=(settings,))


def _drive(executor: Executor, todo: list[Job], settings: Settings, window: int,
           tracker: _Tracker) -> tuple[list[Job], list[Job]]:
    """Submit ``todo`` keeping at most ``window`` jobs in flight; record each result as it comes.

    Returns ``([], [])`` when every job ran. When the pool breaks (a worker died) it stops and returns
    the jobs whose worker died and those not yet submitted. On Ctrl-C it cancels what has not
    started, waits for what has, records it, and re-raises.
    """
    pending: dict[Future, Job] = {}
    queue = iter(todo)
    try:
        refused = _fill(executor, queue, pending, settings, window)
        while pending and refused is None:
            done, _ = wait(pending, timeout=_POLL, return_when=FIRST_COMPLETED)
            hit = _take(done, pending, tracker)
            if hit:
                return hit + _take(wait(pending).done, pending, tracker), list(queue)
            _check_stop(tracker)
            refused = _fill(executor, queue, pending, settings, window)
        if refused is not None:                         # the pool broke as a job was submitted
            return _take(wait(pending).done, pending, tracker), [refused, *queue]
    except KeyboardInterrupt:
        _finish_running(pending, tracker)
        raise
    return [], []


def _take(done: Iterable[Future], pending: dict[Future, Job], tracker: _Tracker) -> list[Job]:
    """Record the finished futures ``done`` and remove them from ``pending`` (only once recorded:
    Ctrl-C may come at any time); return the jobs whose worker died, which are not recorded."""
    died = []
    for fut in done:
        if _record(fut, pending[fut], tracker):
            died.append(pending[fut])
        del pending[fut]
    return died


def _record(fut: Future, job: Job, tracker: _Tracker) -> bool:
    """Record the result of a finished future; return True (recording nothing) if its worker died."""
    result, died = _outcome(fut, job)
    if not died:
        tracker.add(result)
    return died


def _fill(executor: Executor, queue: Iterator[Job], pending: dict[Future, Job], settings: Settings,
          window: int) -> Job | None:
    """Submit jobs from ``queue`` until ``window`` are in flight or the queue is empty.

    Returns the job a broken pool refused to take, else None.
    """
    while len(pending) < window:
        job = next(queue, None)
        if job is None:
            return None
        try:
            pending[executor.submit(run_job, job, settings)] = job
        except BrokenProcessPool:
            return job
    return None


#: Seconds between looks at the Ctrl-C flag while waiting for results.
_POLL = 0.2


def _outcome(fut: Future, job: Job) -> tuple[FileResult, bool]:
    """Return the result of a finished future and whether its worker died (the pool is broken)."""
    try:
        return fut.result(), False
    except BrokenProcessPool:
        return _died(job), True
    except Exception as exc:  # noqa: BLE001 - e.g. the executor could not pickle or run the job
        return FileResult(job.input, "failed", error=_error_dict(exc, internal=True)), False


def _died(job: Job) -> FileResult:
    """Return the failed result of a job whose worker process died."""
    error = {"type": "WorkerDied", "exit_code": 1,
             "message": f"{job.input}: the worker process died while this file was being converted "
                        "(a crash or out of memory); convert it alone to see why"}
    return FileResult(job.input, "failed", error=error)


def _finish_running(pending: dict[Future, Job], tracker: _Tracker) -> None:
    """After Ctrl-C: cancel jobs not started, wait for the running ones and record them.

    A second Ctrl-C stops the wait; the workers still finish their files (they ignore Ctrl-C), so no
    partial file is left.
    """
    running = {fut: job for fut, job in pending.items() if not fut.cancel()}
    try:
        for fut in wait(running).done:
            _record(fut, running[fut], tracker)
    except KeyboardInterrupt:
        pass


__all__ = ["convert_many", "Report", "FileResult", "Progress", "BatchInterrupted", "Job", "Target",
           "Settings", "find_inputs", "plan", "is_fresh", "run_job", "warm_up", "init_worker",
           "make_pool", "formats_of", "DEFAULT_PATTERNS"]
