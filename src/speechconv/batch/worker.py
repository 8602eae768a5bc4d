"""What a pool worker process is to its batch: its state (:data:`WORKER`), its start
(:func:`init_worker`), and how it stops.

A worker ignores Ctrl-C and SIGHUP (the parent decides what the batch does). It stops on SIGTERM: the
document in hand is abandoned by raising :class:`Stopped` in the main thread (the job removes what it
wrote, see :func:`speechconv.batch.job.run_job`), and no further document is started; the worker then
waits for the pool to end it. SIGTERM comes from outside (``timeout``, systemd, ``kill``), or from the
worker itself: a watcher thread waits on the pool's stop event (set by a second Ctrl-C) and holds the
read end of a pipe whose only write end the batch process keeps. When the batch process dies, even
by ``kill -9``, that pipe ends: the worker abandons its document and exits at once (nobody waits for
its result). (Its parent process is the fork server, which outlives the batch as long as any worker
lives, so the parent's death says nothing; it is watched too, and on Linux the kernel sends SIGTERM
when it dies, ``PR_SET_PDEATHSIG``, for workers started without a fork server.) A worker still inside
its document :data:`STOP_GRACE` seconds after it was told to stop (stuck inside C code) is ended.
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


def init_worker(settings: Any, stop: Any = None, alive: Any = None) -> None:
    """Process-pool initializer: mark this process a pool worker (:data:`WORKER`), ignore Ctrl-C and
    SIGHUP (the parent stops the batch), stop on SIGTERM, watch the parent process, the batch's
    ``stop`` event (a multiprocessing Event, or None) and its ``alive`` pipe (the read end of a
    multiprocessing Pipe nobody writes to, or None), and warm up."""
    from .job import warm_up

    WORKER.pool_worker = True
    WORKER.parent = os.getppid()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _on_stop)
    _die_with_parent()
    threading.Thread(target=_watch, args=(stop, alive), name="speechconv-watch", daemon=True).start()
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


def _watch(stop: Any, alive: Any) -> None:
    """Send SIGTERM to this process when the ``stop`` event is set, and again when the ``alive`` pipe
    ends or the parent process is gone (then the worker is orphaned) (thread)."""
    import time

    told = False
    while True:
        if stop is not None and not told:
            told = stop.wait(WATCH_EVERY)
            if told:
                os.kill(os.getpid(), signal.SIGTERM)
        else:
            time.sleep(WATCH_EVERY)
        try:
            ended = alive is not None and alive.poll(0)      # nobody writes to it: ready means its end
        except (EOFError, OSError):
            ended = True
        if ended or os.getppid() != WORKER.parent:
            WORKER.orphaned = True
            os.kill(os.getpid(), signal.SIGTERM)
            return


def _on_stop(signum: int, frame: object) -> None:
    """SIGTERM: abandon the document in hand (raise :class:`Stopped`, once) and start no other; an
    orphaned worker that is idle exits. A worker is ended when it is still busy (or orphaned)
    :data:`STOP_GRACE` seconds later; an idle one that its batch stopped waits for the pool to end it
    (ending it here would break the pool under futures the batch has cancelled)."""
    WORKER.orphaned = WORKER.orphaned or os.getppid() != WORKER.parent
    first = not WORKER.stopping
    WORKER.stopping = True
    if first:
        timer = threading.Timer(STOP_GRACE, _end)
        timer.daemon = True
        timer.start()
    if WORKER.orphaned and not WORKER.busy:
        os._exit(0)
    if WORKER.busy and first:
        raise Stopped()


def _end() -> None:
    """End this process when it still converts a document :data:`STOP_GRACE` seconds after it was
    told to stop (stuck inside C code), or when its batch is gone (timer thread)."""
    if WORKER.busy or WORKER.orphaned:
        os._exit(1 if WORKER.busy else 0)
