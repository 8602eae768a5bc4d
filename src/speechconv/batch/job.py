"""The work of one job, in whatever process runs it: read one input, write its outputs, and return its
:class:`FileResult`; the per-document time limit and the hard stop of a worker stuck inside C code.

A process knows it is a worker of the pools that :func:`speechconv.batch.make_pool` starts through
:data:`speechconv.batch.worker.WORKER`, which :func:`speechconv.batch.worker.init_worker` (the pool
initializer) sets.
"""
from __future__ import annotations

import io
import os
import signal
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from ..errors import SpeechconvError, TimeLimitError
from ..plan import Job, Target, make_folder
from .report import FileResult, error_dict
from .worker import WORKER, Stopped

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


_PROFILES: dict[str | None, Any] = {}


def cached_profile(path: str | None):
    """Return the loaded profile for ``path`` (cached per process). Raises ProfileError."""
    prof = _PROFILES.get(path)
    if prof is None:
        from ..profile import load_profile

        prof = _PROFILES[path] = load_profile(path)
    return prof


def warm_up(settings: Settings) -> None:
    """Load the readers, the passes, the writers of ``settings.formats`` and the PDF fonts by reading
    a tiny text and HTML page and writing them in memory, so that the first real document is as fast
    as the rest. Never raises: a real document will report any problem.
    """
    from ..api import read, write

    try:
        read(_WARMUP_HTML.encode("gbk"), format="html")
        doc = read(text=_WARMUP_TEXT, format="text")
        for fmt in settings.formats:
            write(doc, io.BytesIO(), to=fmt, profile=cached_profile(settings.profile))
    except Exception:  # noqa: BLE001 - the real documents report errors with their file names
        pass


def run_job(job: Job, settings: Settings) -> FileResult:
    """Convert one input to all its targets and return its result; never raises but Ctrl-C.

    Every output is written atomically (a temporary file, then a rename). An output written before a
    later one failed is kept and listed. Errors are recorded: a SpeechconvError with its exit code, any
    other exception as an internal error with its traceback. A job stopped before it is done (a pool
    worker told to stop, or a second Ctrl-C in this process) removes the outputs it wrote, so that no
    file of an input the report calls cancelled appears; a stopped worker returns a ``cancelled``
    result (and starts no further job), Ctrl-C is raised again.
    """
    if WORKER.stopping:
        return cancelled_result(job.input)
    written: list[Target] = []
    try:
        with _sigterm_held():              # a SIGTERM between these two steps would escape the try
            WORKER.busy = True
        if WORKER.stopping:                # told to stop since the look above
            raise Stopped()
        return _convert(job, settings, written)
    except Stopped:
        _unwrite(written)
        if WORKER.orphaned:
            os._exit(0)                    # nobody waits for the result
        return cancelled_result(job.input)
    except KeyboardInterrupt:
        _unwrite(written)
        raise
    finally:
        with _sigterm_held():              # nor may it land here while busy is still True
            WORKER.busy = False


@contextmanager
def _sigterm_held() -> Iterator[None]:
    """Hold SIGTERM back while inside (where the platform can): the worker's stop handler then runs
    after, when ``WORKER.busy`` says truly whether a document is in hand (a stop that landed between
    setting it and entering the ``try``, or in the ``finally``, raised Stopped outside the job and the
    pool printed its traceback)."""
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not threading.main_thread():
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _convert(job: Job, settings: Settings, written: list[Target]) -> FileResult:
    """Do the work of :func:`run_job`, appending each output to ``written`` as it is complete."""
    from ..api import read, write

    start = time.perf_counter()
    notices: list[dict[str, str]] = []
    error: dict[str, Any] | None = None
    try:
        with time_limit(settings.time_limit), _hard_stop(settings, job):
            doc = read(Path(job.path), name=job.input, skip=settings.skip)   # a path, never page text
            notices += [w.to_dict() for w in doc.warnings]
            for target in job.targets:
                make_folder(os.path.dirname(target.path), job.input, f"the folder for {target.shown}",
                            "check the output folder")
                notices += [w.to_dict() for w in write(doc, target.path, to=target.fmt,
                                                       profile=cached_profile(settings.profile),
                                                       overwrite=settings.overwrite)]
                written.append(target)
    except SpeechconvError as exc:
        error = error_dict(exc.with_path(job.input))
    except Exception as exc:  # noqa: BLE001 - one bad file never stops the batch
        error = error_dict(exc, internal=True)
    return FileResult(job.input, "failed" if error else "ok", [t.shown for t in written],
                      time.perf_counter() - start, notices, error, os.getpid(), _peak_rss_mb())


def _unwrite(written: list[Target]) -> None:
    """Remove the outputs a stopped job completed (it is reported as cancelled)."""
    for target in written:
        try:
            os.unlink(target.path)
        except OSError:
            pass


def cancelled_result(name: str) -> FileResult:
    """Return the result of an input the batch did not convert because it was stopped first."""
    return FileResult(name, "cancelled", error={"type": "Cancelled", "exit_code": 130,
                                                "message": "not converted: the batch was interrupted first"})


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

    message = f"took longer than the {seconds:g} s time limit and was stopped; raise --time-limit or check this input"
    fired: list[bool] = []

    def _expired(signum, frame):  # noqa: ARG001 - signal handler signature
        fired.append(True)
        raise TimeLimitError(message)

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    if fired:   # the timer's error was raised where Python could not pass it on (a finalizer): raise it now
        raise TimeLimitError(message)


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
    if not (WORKER.pool_worker and settings.time_limit and settings.stopped_dir):
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


def was_stopped(job: Job, settings: Settings) -> bool:
    """Return True when a worker ended itself because ``job`` overran the time limit."""
    return bool(settings.stopped_dir) and os.path.exists(_stop_mark(settings.stopped_dir, job.path))


def stopped_result(job: Job, settings: Settings) -> FileResult:
    """Return the failed result of a job that its worker stopped the hard way."""
    error = TimeLimitError(f"took longer than the {settings.time_limit:g} s time limit and was stopped "
                           "(its worker process was ended); raise --time-limit or check this input", job.input)
    return FileResult(job.input, "failed", seconds=hard_stop_after(settings.time_limit or 0),
                      error=error_dict(error))


def remove_partials(job: Job) -> None:
    """Remove the temporary files a killed worker left for ``job``'s outputs (``.NAME.*.part``)."""
    import glob

    from ..partfiles import temp_prefix

    for target in job.targets:
        folder, name = os.path.split(target.path)
        pattern = glob.escape(temp_prefix(name)) + "*.part"
        for part in glob.glob(os.path.join(glob.escape(folder), pattern)):
            try:
                os.unlink(part)
            except OSError:
                pass
