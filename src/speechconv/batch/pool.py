"""Running a batch's jobs: inline, on any ``concurrent.futures.Executor``, or on process pools made
here (workers started from a fork server, warmed up, ignoring Ctrl-C). A pool broken by a dying
worker is replaced, and only the file that killed its worker fails. The first Ctrl-C stops the batch
between files (:class:`CtrlC`).
"""
from __future__ import annotations

import os
import signal
import threading
from concurrent.futures import FIRST_COMPLETED, Executor, Future, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Callable, Iterable, Iterator

from ..plan import Job
from .job import Settings, remove_partials, run_job, stopped_result, was_stopped
from .report import FileResult, Tracker, error_dict
from .worker import init_worker

def run_jobs(todo: list[Job], settings: Settings, executor: Executor | None, jobs: int | None,
         max_in_flight: int | None, tracker: Tracker) -> None:
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


#: The signals that stop a batch as Ctrl-C does: Ctrl-C, ``kill``/``timeout``/systemd, a closed terminal.
STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))


class CtrlC:
    """While inside (in the main thread): the first Ctrl-C, SIGTERM or SIGHUP only sets ``stop`` (and
    is passed to ``record``), so that the batch stops between files with its bookkeeping whole; a
    second one raises KeyboardInterrupt at once. An ignored signal stays ignored; elsewhere than the
    main thread nothing changes.
    """

    def __init__(self, stop: threading.Event, record: Callable[[int], None] | None = None) -> None:
        self.stop = stop
        self.record = record
        self.previous: dict[int, Any] = {}

    def __enter__(self) -> "CtrlC":
        if threading.current_thread() is threading.main_thread():
            for signum in STOP_SIGNALS:
                if signal.getsignal(signum) is not signal.SIG_IGN:
                    self.previous[signum] = signal.signal(signum, self._handler)
        return self

    def __exit__(self, *exc: object) -> None:
        for signum, handler in self.previous.items():
            signal.signal(signum, handler)

    def _handler(self, signum: int, frame: object) -> None:
        """Set ``stop`` (recording the signal); raise KeyboardInterrupt when it was already set."""
        if self.stop.is_set():
            raise KeyboardInterrupt
        if self.record is not None:
            self.record(signum)
        self.stop.set()


def _check_stop(tracker: "Tracker") -> None:
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
                      tracker: Tracker) -> None:
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
                    tracker: Tracker) -> tuple[list[Job], list[Job]]:
    """Run ``todo`` on a new process pool; return ``_drive``'s (in flight, not started) on a break."""
    pool = make_pool(workers, settings)
    try:
        outcome = _drive(pool, todo, settings, window, tracker)
    except KeyboardInterrupt:
        pool.shutdown(wait=True, cancel_futures=True)       # its workers finished, or were told to stop
        raise
    pool.shutdown(wait=True)
    return outcome


def make_pool(workers: int, settings: Settings) -> Executor:
    """Return a process pool of ``workers`` whose workers ignore Ctrl-C and have warmed up.

    Its ``speechconv_stop`` event, once set, makes every worker abandon its document; its
    ``speechconv_alive`` is the write end of a pipe the workers watch, which ends when this process
    dies, so that they stop then too (see :mod:`.worker`).

    Workers start from a fork server that has imported speechconv and the writers (where the platform
    has one), else they are spawned; never forked from this process, which may be running threads.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from ..writers import FORMATS

    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["speechconv.batch", "speechconv.api", "speechconv.passes"]
                                   + [FORMATS[f][0] for f in settings.formats])
    else:  # pragma: no cover - Windows
        ctx = multiprocessing.get_context("spawn")
    _start_helpers(ctx)
    stop = ctx.Event()
    watched, alive = ctx.Pipe(duplex=False)       # the workers watch one end; only this process holds the other
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=init_worker,
                               initargs=(settings, stop, watched))
    pool.speechconv_stop = stop          # type: ignore[attr-defined] # set: every worker stops at once
    pool.speechconv_alive = alive        # type: ignore[attr-defined] # its end tells the workers this process died
    return pool


def _start_helpers(ctx: Any) -> None:
    """Start multiprocessing's helper processes (the fork server, the resource tracker) with SIGTERM
    and SIGHUP ignored, which they keep: a signal to the whole process group (``timeout``, systemd, a
    closed terminal) then stops the batch as this process and its workers decide, instead of killing
    the helpers under them (the workers would lose their parent, the tracker would be started again and
    print tracebacks). They still end with this process. Only from the main thread; a helper already
    running is left as it is."""
    if threading.current_thread() is not threading.main_thread():
        return
    from multiprocessing import resource_tracker

    names = [n for n in ("SIGTERM", "SIGHUP") if hasattr(signal, n)]
    previous = {n: signal.signal(getattr(signal, n), signal.SIG_IGN) for n in names}
    try:
        resource_tracker.ensure_running()
        if ctx.get_start_method() == "forkserver":
            from multiprocessing import forkserver

            forkserver.ensure_running()
    finally:
        for n, handler in previous.items():
            signal.signal(getattr(signal, n), handler)


def _drive(executor: Executor, todo: list[Job], settings: Settings, window: int,
           tracker: Tracker) -> tuple[list[Job], list[Job]]:
    """Submit ``todo`` keeping at most ``window`` jobs in flight; record each result as it comes.

    Returns ``([], [])`` when every job ran. When the pool breaks (a worker died) it stops and returns
    the jobs whose worker died and those not yet submitted. On Ctrl-C it cancels what has not
    started, waits for what has, records it, and re-raises.
    """
    pending: dict[Future, Job] = {}
    queue = iter(todo)
    try:
        refused = _fill(executor, queue, pending, settings, window, tracker)
        while pending and refused is None:
            done, _ = wait(pending, timeout=_POLL, return_when=FIRST_COMPLETED)
            hit = _take(done, pending, tracker)
            if hit:
                return hit + _take(wait(pending).done, pending, tracker), list(queue)
            _check_stop(tracker)
            refused = _fill(executor, queue, pending, settings, window, tracker)
        if refused is not None:                         # the pool broke as a job was submitted
            return _take(wait(pending).done, pending, tracker), [refused, *queue]
    except KeyboardInterrupt:
        _finish_running(executor, pending, tracker)
        raise
    return [], []


def _take(done: Iterable[Future], pending: dict[Future, Job], tracker: Tracker) -> list[Job]:
    """Record the finished futures ``done`` and remove them from ``pending`` (only once recorded:
    Ctrl-C may come at any time); return the jobs whose worker died, which are not recorded."""
    died = []
    for fut in done:
        if _record(fut, pending[fut], tracker):
            died.append(pending[fut])
        del pending[fut]
    return died


def _record(fut: Future, job: Job, tracker: Tracker) -> bool:
    """Record the result of a finished future; return True (recording nothing) if its worker died."""
    result, died = _outcome(fut, job)
    if not died:
        tracker.add(result)
    return died


def _fill(executor: Executor, queue: Iterator[Job], pending: dict[Future, Job], settings: Settings,
          window: int, tracker: Tracker) -> Job | None:
    """Submit jobs from ``queue`` until ``window`` are in flight or the queue is empty.

    Returns the job a broken pool refused to take, else None. When ``submit`` raises anything else,
    that job and the rest of the queue are recorded as failed and the queue is used up.
    """
    while len(pending) < window:
        job = next(queue, None)
        if job is None:
            return None
        try:
            pending[executor.submit(run_job, job, settings)] = job
        except BrokenProcessPool:
            return job
        except Exception as exc:  # noqa: BLE001 - someone else's executor refuses work: fail what is left
            for left in (job, *queue):
                tracker.add(FileResult(left.input, "failed", error=_refused(exc)))
            return None
    return None


def _refused(exc: Exception) -> dict[str, Any]:
    """Return the error of a job the executor would not take."""
    return {"type": "ExecutorRefused", "exit_code": 1,
            "message": f"the executor would not take this file ({type(exc).__name__}: {exc}); check the "
                       "executor (was it shut down?) and run the batch again with --resume"}


#: Seconds between looks at the Ctrl-C flag while waiting for results.
_POLL = 0.2


def _outcome(fut: Future, job: Job) -> tuple[FileResult, bool]:
    """Return the result of a finished future and whether its worker died (the pool is broken)."""
    try:
        return fut.result(), False
    except BrokenProcessPool:
        return _died(job), True
    except Exception as exc:  # noqa: BLE001 - e.g. the executor could not pickle or run the job
        return FileResult(job.input, "failed", error=error_dict(exc, internal=True)), False


def _died(job: Job) -> FileResult:
    """Return the failed result of a job whose worker process died."""
    error = {"type": "WorkerDied", "exit_code": 1,
             "message": f"{job.input}: the worker process died while this file was being converted "
                        "(a crash or out of memory); convert it alone to see why"}
    return FileResult(job.input, "failed", error=error)


#: Seconds to wait, after a second Ctrl-C, for workers told to stop to report what they abandoned.
STOP_WAIT = 10.0


def _finish_running(executor: Executor, pending: dict[Future, Job], tracker: Tracker) -> None:
    """After Ctrl-C (or SIGTERM, SIGHUP): cancel jobs not started, wait for the running ones and
    record what they give.

    A second signal stops the wait: the pools made here tell their workers to stop at once (they
    abandon their documents and remove what they wrote), then their results are taken for a few
    seconds more. A job that gives no result is left out (reported ``cancelled``) and its partial
    files are removed. Someone else's executor cannot be stopped: its workers finish their files.
    """
    running = {fut: job for fut, job in pending.items() if not fut.cancel()}
    try:
        for fut in wait(running).done:
            _record_result(fut, running[fut], tracker)
    except KeyboardInterrupt:
        stop = getattr(executor, "speechconv_stop", None)
        if stop is None:
            return
        stop.set()
        for fut in wait(running, timeout=STOP_WAIT).done:
            _record_result(fut, running[fut], tracker)
    finally:                           # what a job stopped or killed half-way may have left
        for fut, job in running.items():
            if getattr(tracker.results.get(job.input), "status", "cancelled") == "cancelled":
                remove_partials(job)


def _record_result(fut: Future, job: Job, tracker: Tracker) -> None:
    """Record the result of a finished future of a batch being stopped; a job whose worker died or
    that gave no result is left out (it is reported as cancelled)."""
    try:
        tracker.add(fut.result(timeout=0))
    except Exception:  # noqa: BLE001 - the pool broke or the job never ran: cancelled
        pass


def _sort_dead(hit: list[Job], settings: Settings, tracker: "Tracker") -> list[Job]:
    """Remove the partial files of the jobs a broken pool was running (its workers were all ended),
    record those whose worker ended itself over the time limit, and return the others."""
    rest = []
    for job in hit:
        remove_partials(job)
        if was_stopped(job, settings):
            tracker.add(stopped_result(job, settings))
        else:
            rest.append(job)
    return rest
