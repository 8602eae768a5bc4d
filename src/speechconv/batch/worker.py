"""What a pool worker process is to its batch: its state (:data:`WORKER`), its start
(:func:`init_worker`), and how it stops.

A worker ignores Ctrl-C and SIGHUP (the parent decides what the batch does). It stops at once on
SIGTERM: the document in hand is abandoned by raising :class:`Stopped` in the main thread (the job
removes what it wrote, see :func:`speechconv.batch.job.run_job`), no further document is started, and
an idle worker exits. SIGTERM comes from outside (``timeout``, systemd, ``kill``), or from the worker
itself: a watcher thread holds the read end of a pipe whose only write end the batch process keeps
(the pool's ``speechconv_stop``). The batch writes to it to stop every worker at once (a second
Ctrl-C); when the batch process dies, even by ``kill -9``, the pipe reaches its end and the worker
knows at once. (Its parent process is the fork server, which outlives the batch as long as any
worker lives, so the parent's death says nothing; it is watched too, and on Linux the kernel sends
SIGTERM when it dies, ``PR_SET_PDEATHSIG``, for workers started without a fork server.) A worker
whose batch is gone exits as soon as its document is abandoned; every stopped worker is ended
:data:`STOP_GRACE` seconds after it was told (by then it has handed back its result, or it is stuck
inside C code).
"""
from __future__ import annotations

import os
import signal
import sys
import threading
from dataclasses import dataclass
from typing import Any

#: Seconds a worker told to stop may take to abandon its document before it ends itself.
STOP_GRACE = 2.0
#: Seconds between two looks at the parent process and the stop event.
WATCH_EVERY = 0.25


class Stopped(BaseException):
    """Raised in a pool worker's main thread when it must stop at once (not an Exception: no
    ``except Exception`` of a reader or writer swallows it)."""


@dataclass
class WorkerState:
    """What this process is to a batch. ``pool_worker`` is True in a worker that
    :func:`speechconv.batch.make_pool` started (set by :func:`init_worker`): such a worker may end
    itself when a document is stuck past its time limit or it is told to stop, and the pool that owns
    it is replaced. Anywhere else (this process, someone else's executor) it is False and nothing is
    ended. ``busy`` is True while a document is converted; ``stopping`` once the worker was told to
    stop; ``orphaned`` once its parent process is gone."""

    pool_worker: bool = False
    busy: bool = False
    stopping: bool = False
    orphaned: bool = False
    parent: int = 0


#: The state of this process, owned by this module and :func:`speechconv.batch.job.run_job`.
WORKER = WorkerState()


def init_worker(settings: Any, stop: Any = None) -> None:
    """Process-pool initializer: mark this process a pool worker (:data:`WORKER`), ignore Ctrl-C and
    SIGHUP (the parent stops the batch), stop at once on SIGTERM, watch the parent process and the
    batch's ``stop`` pipe (the read end of a multiprocessing Pipe, or None), and warm up."""
    from .job import warm_up

    WORKER.pool_worker = True
    WORKER.parent = os.getppid()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _on_stop)
    _die_with_parent()
    threading.Thread(target=_watch, args=(stop,), name="speechconv-watch", daemon=True).start()
    warm_up(settings)


def _die_with_parent() -> None:
    """On Linux, have the kernel send SIGTERM when the parent process dies; then check that it has
    not died already."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)     # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != WORKER.parent:
        os._exit(0)


def _watch(stop: Any) -> None:
    """Send SIGTERM to this process when the batch writes to the ``stop`` pipe, when the pipe ends
    (the batch process is gone) or when the parent process is gone (thread)."""
    import time

    while True:
        told = False
        if stop is not None:
            try:
                if stop.poll(WATCH_EVERY):
                    stop.recv_bytes()
                    told = True
            except (EOFError, OSError):
                WORKER.orphaned = True
        else:
            time.sleep(WATCH_EVERY)
        if WORKER.orphaned or told or os.getppid() != WORKER.parent:
            os.kill(os.getpid(), signal.SIGTERM)
            return


def _on_stop(signum: int, frame: object) -> None:
    """SIGTERM: stop at once. Abandon the document in hand (raise :class:`Stopped`, once), or exit when
    idle and the parent is gone; end the process if the document is not abandoned in time."""
    WORKER.orphaned = WORKER.orphaned or os.getppid() != WORKER.parent
    first = not WORKER.stopping
    WORKER.stopping = True
    if first:
        timer = threading.Timer(STOP_GRACE, _end)
        timer.daemon = True
        timer.start()
    if not WORKER.busy:
        os._exit(0)                       # idle: nothing to abandon
    if first:
        raise Stopped()


def _end() -> None:
    """End this process :data:`STOP_GRACE` seconds after it was told to stop (timer thread): by then it
    has abandoned its document and handed back its result, or it is stuck inside C code."""
    os._exit(1 if WORKER.busy else 0)
