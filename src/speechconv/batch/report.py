"""What a batch reports: a result per input (:class:`FileResult`), the :class:`Report` written as
report.json, the :class:`Progress` snapshots given to a progress callback, and the :class:`Tracker`
that collects results and makes those snapshots. Nothing here prints.
"""
from __future__ import annotations

import json
import os
import threading
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Sequence, Union

from ..errors import BatchError, InputError, SpeechconvError
from ..plan import make_folder

PathLike = Union[str, "os.PathLike[str]"]

#: Statuses of a :class:`FileResult`.
STATUSES = ("ok", "failed", "skipped", "cancelled")
REPORT_SCHEMA = "speechconv-batch/1"


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

    def describe(self) -> str:
        """Return one line about this result: its error, ``skipped IN (outputs up to date)``, or
        ``STATUS IN -> OUT, OUT (0.21 s, 2 warnings)``."""
        if self.status == "failed" and self.error:
            return f"error: {self.error['message']}"
        if self.status == "skipped":
            return f"skipped {self.input} (outputs up to date)"
        n = len(self.warnings)
        notes = f", {n} warning{'' if n == 1 else 's'}" if n else ""
        return f"{self.status} {self.input} -> {', '.join(self.outputs)} ({self.seconds:.2f} s{notes})"


@dataclass
class Report:
    """The outcome of a batch: one :class:`FileResult` per input, in input order."""

    out_dir: str
    formats: tuple[str, ...]
    results: list[FileResult]
    seconds: float = 0.0
    interrupted: bool = False
    started: str = ""
    signal: str | None = None          #: what stopped it: SIGINT (Ctrl-C), SIGTERM or SIGHUP

    @property
    def exit_code(self) -> int:
        """Return the exit status of an interrupted batch: 128 + the signal's number (130 for Ctrl-C,
        143 for SIGTERM, 129 for SIGHUP)."""
        import signal as signals

        number = getattr(signals, self.signal or "SIGINT", None)
        return 128 + int(number) if number is not None else 130

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

    @property
    def rate(self) -> float:
        """Return the documents converted (ok or failed) per second."""
        converted = len(self.by_status("ok")) + len(self.failed)
        return converted / self.seconds if self.seconds > 0 else 0.0

    def summary_cells(self) -> list[tuple[str, str]]:
        """Return the summary as (column, value) pairs: counts per status, seconds, documents per second."""
        counts = self.counts()
        return [(k, str(counts[k])) for k in ("total", "ok", "failed", "skipped", "cancelled")] + \
            [("seconds", f"{self.seconds:.1f}"), ("docs/s", f"{self.rate:.1f}")]

    def failure_rows(self, limit: int) -> tuple[list[tuple[str, str]], int]:
        """Return the first ``limit`` failures as (input, message) rows, and how many more there are."""
        failed = self.failed
        rows = [(r.input, (r.error or {}).get("message", "")) for r in failed[:limit]]
        return rows, max(0, len(failed) - limit)

    def counts(self) -> dict[str, int]:
        """Return the number of results in total and per status."""
        out = {"total": len(self.results)}
        out.update({s: len(self.by_status(s)) for s in STATUSES})
        return out

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form of report.json (``schema`` first, then totals, then ``files``)."""
        return {"schema": REPORT_SCHEMA, "out_dir": self.out_dir, "formats": list(self.formats),
                "started": self.started, "seconds": round(self.seconds, 3),
                "interrupted": self.interrupted, "signal": self.signal, "counts": self.counts(),
                "files": [r.to_dict() for r in self.results]}

    def require_inputs(self, patterns: Sequence[str], paths: Sequence[str]) -> None:
        """Raise InputError when the batch found no input at all (in ``paths``, by ``patterns``)."""
        if not self.results:
            raise InputError(f"no input files found (looked for {' '.join(patterns)}); check the paths "
                             "or --glob", " ".join(paths) or "-")

    def outcome(self, report_path: PathLike, unwritten: SpeechconvError | None = None,
                stopped: BaseException | None = None) -> None:
        """Return when every input was converted or skipped; raise ``stopped`` (what stopped the batch:
        Ctrl-C, a signal, a failing progress callback), BatchInterrupted when it was interrupted,
        BatchError when some inputs failed (the report at ``report_path`` says why), and ``unwritten``,
        the error that kept the report from being written, when nothing else went wrong. With failed
        inputs and no report, the BatchError says both (exit 9, not the report's 8)."""
        if stopped is not None:
            raise stopped
        if self.interrupted:
            raise BatchInterrupted(self)
        if self.failed:
            where = (f"the report {os.fspath(report_path)} says why for each" if unwritten is None else
                     "the report could not be written either (see above); the error lines above name each")
            raise BatchError(f"{len(self.failed)} of {len(self.results)} inputs failed; {where}", "batch")
        if unwritten is not None:
            raise unwritten

    def write_or_error(self, path: PathLike) -> SpeechconvError | None:
        """Write the report to ``path``; return the error that kept it from being written (else None),
        so that the batch's own outcome (failed files: exit 9) can still be told."""
        try:
            self.write(path)
        except SpeechconvError as exc:
            return exc
        return None

    def write(self, path: PathLike) -> None:
        """Write the report as JSON to ``path`` atomically. Raises OutputError."""
        from ..outputs import atomic_output

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

    @property
    def rate(self) -> float:
        """Return the documents converted (ok or failed) per second so far; 0.0 before the first."""
        converted = self.ok + self.failed
        return converted / self.elapsed if converted and self.elapsed > 0 else 0.0

    @property
    def eta(self) -> float | None:
        """Return the seconds left at the rate so far, or None before the first conversion."""
        return (self.total - self.done) / self.rate if self.rate else None


class BatchInterrupted(KeyboardInterrupt):
    """Ctrl-C (or SIGTERM, SIGHUP) stopped the batch. ``report`` holds what finished; the rest is
    ``cancelled``. ``message`` is what to tell the user, ``exit_code`` the status to exit with."""

    def __init__(self, report: Report, message: str | None = None) -> None:
        super().__init__("batch interrupted")
        self.report = report
        by = f" by {report.signal}" if report.signal and report.signal != "SIGINT" else ""
        self.message = message or (f"interrupted{by}: finished files are kept; run again with --resume to go on")
        self.exit_code = report.exit_code


ProgressCallback = Callable[[Progress], None]


class ProgressFailed(SpeechconvError):
    """The progress callback raised (its exception is the ``__cause__``): the batch was stopped as on
    Ctrl-C (files being converted finished, the rest cancelled, the workers ended). ``report`` holds
    what was done."""

    exit_code = 1

    def __init__(self, report: Report, error: BaseException) -> None:
        super().__init__(f"the progress callback raised {type(error).__name__}: {error}; the batch was "
                         "stopped (the report says what was done)")
        self.report = report


def error_dict(exc: BaseException, internal: bool = False) -> dict[str, Any]:
    """Return the report form of an error: type, one-line message, exit code (and traceback)."""
    if isinstance(exc, SpeechconvError):
        return {"type": type(exc).__name__, "message": str(exc), "exit_code": exc.exit_code}
    out: dict[str, Any] = {"type": type(exc).__name__, "exit_code": 1,
                           "message": f"internal error ({type(exc).__name__}: {exc}); please report it"}
    if internal:
        out["traceback"] = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return out


class Tracker:
    """Collects results, calls the progress callback with running counts, holds the stop request."""

    def __init__(self, total: int, clock: float, callback: ProgressCallback | None) -> None:
        self.total = total
        self.clock = clock
        self.callback = callback
        self.results: dict[str, FileResult] = {}
        self.counts = {s: 0 for s in STATUSES}
        self.stop = threading.Event()       #: set by the first Ctrl-C, SIGTERM or SIGHUP
        self.signal_name: str | None = None  #: which one
        self.callback_error: Exception | None = None   #: what the progress callback raised, if it did
        self._tell(None)

    def stopped_by(self, signum: int) -> None:
        """Record the signal that asks the batch to stop."""
        import signal as signals

        try:
            self.signal_name = signals.Signals(signum).name
        except ValueError:
            self.signal_name = f"signal {signum}"

    def add(self, result: FileResult) -> None:
        """Record ``result`` (once per input) and report progress."""
        if result.input in self.results:
            return
        self.results[result.input] = result
        self.counts[result.status] += 1
        self._tell(result)

    def _tell(self, last: FileResult | None) -> None:
        """Call the progress callback, if any, with the counts so far. When it raises, it is not called
        again, its exception is kept in ``callback_error`` and the batch is asked to stop."""
        if self.callback is not None:
            c = self.counts
            try:
                self.callback(Progress(self.total, len(self.results), c["ok"], c["failed"], c["skipped"],
                                       time.perf_counter() - self.clock, last))
            except Exception as exc:  # noqa: BLE001 - the caller's code: stop the batch, tell the caller
                self.callback, self.callback_error = None, exc
                self.stop.set()
