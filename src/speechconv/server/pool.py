"""Conversions in worker processes: at most N at once, a time limit each, a bounded queue.

Each worker is a warm process (started from a fork server that has imported speechconv) that runs one
call of :mod:`speechconv.server.work` at a time. A call is stopped by the worker's own timer at the time
limit; a worker stuck inside a C library past the limit and its grace is killed and replaced, so no
request ever hangs. Requests beyond the workers wait in a bounded queue; past its length, or after
waiting too long, they get :class:`Busy` (the routes answer 503 with Retry-After).
"""
from __future__ import annotations

import asyncio
import multiprocessing
import signal
import tempfile
import threading
from importlib import import_module
from typing import Any

import anyio.to_thread

from .. import errors
from ..batch.job import hard_stop_after, time_limit
from ..errors import SpeechconvError, TimeLimitError

WORK_MODULE = "speechconv.server.work"
PRELOAD = [WORK_MODULE, "speechconv.api", "speechconv.passes", "speechconv.readers.html",
           "speechconv.readers.text", "speechconv.writers.docx", "speechconv.writers.pdf",
           "speechconv.writers.ofd"]


class Busy(Exception):
    """Every worker is busy and the queue is full (or the wait was too long)."""

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"the server is busy converting other documents; try again in {retry_after} s")
        self.retry_after = retry_after


class WorkerDied(Exception):
    """A worker process ended in the middle of a call (killed, or out of memory)."""


def _worker_main(conn, limit: float, temp_root: str) -> None:
    """Run calls sent over ``conn`` until it closes; answer each with ("ok", result) or an error tuple.

    Temporary files of the calls go in ``temp_root`` (the server's own folder, removed at shutdown).
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    tempfile.tempdir = temp_root
    work = import_module(WORK_MODULE)
    while True:
        try:
            func, args = conn.recv()
        except (EOFError, OSError):
            return
        try:
            with time_limit(limit):
                answer: tuple = ("ok", getattr(work, func)(*args))
        except SpeechconvError as exc:
            answer = ("error", type(exc).__name__, exc.message, exc.path)
        except MemoryError:
            answer = ("error", "InputError", "needs more memory than the server allows; split the input", None)
        except Exception as exc:  # noqa: BLE001 - a bug: reported as an internal error, worker lives on
            answer = ("bug", f"{type(exc).__name__}: {exc}")
        conn.send(answer)


def _error(name: str, message: str, path: str | None) -> SpeechconvError:
    """Return the SpeechconvError subclass ``name`` rebuilt in this process."""
    cls = getattr(errors, name, SpeechconvError)
    if not (isinstance(cls, type) and issubclass(cls, SpeechconvError)):
        cls = SpeechconvError
    return cls(message, path)


class _Worker:
    """One worker process and the parent's end of its pipe."""

    def __init__(self, ctx, limit: float, temp_root: str) -> None:
        self._ctx, self._limit, self._temp_root = ctx, limit, temp_root
        self._start()

    def _start(self) -> None:
        """Start a fresh process."""
        self.conn, child = self._ctx.Pipe()
        self.process = self._ctx.Process(target=_worker_main, daemon=True,
                                         args=(child, self._limit, self._temp_root))
        self.process.start()
        child.close()

    def call(self, func: str, args: tuple) -> Any:
        """Return the result of ``func(*args)`` in this worker (blocking; run it in a thread).

        Raises SpeechconvError as the call raised it, TimeLimitError when the worker had to be killed,
        WorkerDied when it ended, RuntimeError for a bug in the call.
        """
        try:
            self.conn.send((func, args))
            if not self.conn.poll(hard_stop_after(self._limit)):
                self.restart()
                raise TimeLimitError(f"took longer than the {self._limit:g} s time limit and was stopped; "
                                     "raise --time-limit or check this input")
            answer = self.conn.recv()
        except (EOFError, OSError, BrokenPipeError):
            self.restart()
            raise WorkerDied("the conversion process ended unexpectedly (out of memory?)") from None
        if answer[0] == "ok":
            return answer[1]
        if answer[0] == "error":
            raise _error(*answer[1:])
        raise RuntimeError(answer[1])

    def restart(self) -> None:
        """Kill this worker's process and start a new one."""
        self.stop()
        self._start()

    def stop(self) -> None:
        """Kill the process and close the pipe."""
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()


class Pool:
    """``size`` warm worker processes, a queue of at most ``queue`` waiting calls.

    Create it inside the event loop that will use it (the app's lifespan); :meth:`close` ends every
    worker.
    """

    def __init__(self, size: int, queue: int, queue_wait: float, limit: float, temp_root: str) -> None:
        self.size, self.queue, self.queue_wait, self.limit = size, queue, queue_wait, limit
        self.temp_root = temp_root
        self._idle: asyncio.Queue[_Worker] = asyncio.Queue()
        self._workers: list[_Worker] = []
        self.waiting = 0
        self._lock = threading.Lock()

    def start(self) -> None:
        """Start the workers from a fork server that has imported speechconv (else spawn them)."""
        if "forkserver" in multiprocessing.get_all_start_methods():
            ctx = multiprocessing.get_context("forkserver")
            ctx.set_forkserver_preload(PRELOAD)
        else:  # pragma: no cover - Windows
            ctx = multiprocessing.get_context("spawn")
        for _ in range(self.size):
            worker = _Worker(ctx, self.limit, self.temp_root)
            self._workers.append(worker)
            self._idle.put_nowait(worker)

    @property
    def busy(self) -> int:
        """Return how many workers are converting now."""
        return self.size - self._idle.qsize()

    def retry_after(self) -> int:
        """Return a fair guess, in seconds, of when a retry may find a free worker."""
        return max(1, min(60, round(2 * (1 + self.waiting / max(1, self.size)))))

    async def run(self, func: str, *args: Any) -> Any:
        """Return ``func(*args)`` run in a worker. Raises Busy when none is free soon enough, and
        whatever :meth:`_Worker.call` raises."""
        if self._idle.empty() and self.waiting >= self.queue:
            raise Busy(self.retry_after())
        self.waiting += 1
        try:
            worker = await asyncio.wait_for(self._idle.get(), self.queue_wait)
        except (asyncio.TimeoutError, TimeoutError):
            raise Busy(self.retry_after()) from None
        finally:
            self.waiting -= 1
        try:
            return await anyio.to_thread.run_sync(worker.call, func, args)
        finally:
            self._idle.put_nowait(worker)

    def close(self) -> None:
        """End every worker process."""
        for worker in self._workers:
            try:
                worker.stop()
            except (OSError, ValueError):
                pass
        self._workers.clear()


__all__ = ["Pool", "Busy", "WorkerDied"]
