"""A whole batch: :func:`convert_many` finds the inputs, plans their outputs, skips those up to date,
runs the rest and returns the :class:`Report`.
"""
from __future__ import annotations

import os
import time
from concurrent.futures import Executor
from contextlib import contextmanager
from typing import Iterable, Iterator, Sequence

from ..partfiles import remove_stale_parts
from ..plan import Job, make_folder, parse_formats
from .inputs import DEFAULT_PATTERNS, find_inputs, is_fresh, plan
from .job import Settings, cached_profile, cancelled_result
from .pool import CtrlC, run_jobs
from .report import BatchInterrupted, FileResult, PathLike, ProgressCallback, ProgressFailed, Report, Tracker

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
    ``resume`` skips inputs whose outputs are all newer than the input. Temporary files that a killed
    run left in ``out_dir`` (``.NAME.xxxxxxxx.part``, no longer held by any writer) are removed first. ``time_limit`` stops one
    document after that many seconds (process workers and ``jobs=1`` only); in a worker of the
    default pools, a document stuck inside C code is stopped by ending the worker soon after.
    ``progress`` is called once before the first file and once after each; when it raises, the batch
    stops as on Ctrl-C and :class:`ProgressFailed` (carrying the report) is raised from its exception.
    ``reserved`` paths are never used as outputs. An executor that refuses a job (``submit`` raises)
    fails it and every job not yet submitted, with its error; the batch still returns its report.
    ``overwrite`` False replaces an existing output only when nothing is lost (an unchanged earlier
    speechconv DOCX or PDF, or the same bytes); an input whose output may not be replaced fails.

    Per-file problems are recorded in the report, never raised. Raises OutputError for an unknown
    format or an output folder that cannot be created, ProfileError for a bad ``profile``, and
    :class:`BatchInterrupted` (a KeyboardInterrupt carrying the report) on Ctrl-C, SIGTERM or SIGHUP,
    after the files being converted are finished (a second signal stops them at once: the workers of
    the pools made here abandon them and remove what they wrote); files not converted are
    ``cancelled``, and no file of theirs appears.
    """
    formats = formats_of(to)
    settings = Settings(formats, os.path.abspath(profile) if profile is not None else None, tuple(skip),
                        time_limit, overwrite)
    cached_profile(settings.profile)                      # a bad profile is one error, not one per file
    make_folder(out_dir)
    remove_stale_parts(out_dir, recursive=True)           # what a killed run left half-written
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
    tracker = Tracker(len(todo) + len(missing) + len(refused), clock, progress)
    for result in missing + refused:
        tracker.add(result)
    if resume:
        todo = _skip_fresh(todo, tracker)
    report = Report(os.fspath(out_dir), formats, [], started=_iso(started))
    try:
        with CtrlC(tracker.stop, tracker.stopped_by):
            run_jobs(todo, settings, executor, jobs, max_in_flight, tracker)
    except KeyboardInterrupt:
        report.interrupted = True
    report.signal = tracker.signal_name
    report.results = _in_order(found, missing, refused, todo, tracker)
    report.seconds = time.perf_counter() - clock
    if tracker.callback_error is not None:
        report.interrupted = True
        raise ProgressFailed(report, tracker.callback_error) from tracker.callback_error
    if report.interrupted:
        raise BatchInterrupted(report)
    return report


def _skip_fresh(todo: list[Job], tracker: "Tracker") -> list[Job]:
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


def _in_order(found, missing, refused, todo, tracker: "Tracker") -> list[FileResult]:
    """Return one result per input in input order; jobs that never ran are ``cancelled``."""
    by_input = dict(tracker.results)
    for job in todo:
        by_input.setdefault(job.input, cancelled_result(job.input))
    order = dict.fromkeys([r.input for r in missing] + [shown for shown, _ in found])
    return [by_input[name] for name in order if name in by_input]
