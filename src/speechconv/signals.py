"""Signals for commands that write files: SIGTERM and SIGHUP end a command as Ctrl-C does (no partial
file, exit status 128 + the signal), and a short stretch (a batch writing its report) can hold them off."""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator


class Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP arrived: the command stops as on Ctrl-C, with exit status 128 + the signal."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        import signal

        self.exit_code = 128 + signum
        self.message = (f"interrupted by {signal.Signals(signum).name}: files already written are complete; "
                        "no partial file is left")


@contextmanager
def stop_signals() -> Iterator[None]:
    """While inside (main thread only): SIGTERM (``kill``, ``timeout``, systemd) and SIGHUP (a closed
    terminal) raise :class:`Terminated`, so that they end a command as Ctrl-C does, leaving no partial
    file, where their default would end the process at once. Handlers someone else set are kept."""
    import signal
    import threading

    def stop(signum: int, frame: object) -> None:
        raise Terminated(signum)

    previous = {}
    if threading.current_thread() is threading.main_thread():
        for name in ("SIGTERM", "SIGHUP"):
            signum = getattr(signal, name, None)
            if signum is not None and signal.getsignal(signum) is signal.SIG_DFL:
                previous[signum] = signal.signal(signum, stop)
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


@contextmanager
def deferred_signals() -> Iterator[None]:
    """While inside (main thread only): Ctrl-C, SIGTERM and SIGHUP are ignored, for the moment it
    takes to print a batch's summary and write its report once the batch has stopped."""
    import signal

    previous = ignore_stop_signals()
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def ignore_stop_signals() -> dict:
    """Ignore Ctrl-C, SIGTERM and SIGHUP from now on (main thread only; elsewhere nothing changes).
    Returns {signal number: the handler it had}, for a caller that sets them back."""
    import signal
    import threading

    previous = {}
    if threading.current_thread() is threading.main_thread():
        for name in ("SIGINT", "SIGTERM", "SIGHUP"):
            signum = getattr(signal, name, None)
            if signum is not None:
                previous[signum] = signal.signal(signum, signal.SIG_IGN)
    return previous
