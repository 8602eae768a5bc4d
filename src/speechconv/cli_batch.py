"""The display of ``speechconv batch`` (the only rich user): on a terminal a progress bar (done/total,
docs/s, time left, failures printed above it), elsewhere one plain line per file; then a summary table."""
from __future__ import annotations

import sys
from typing import TextIO

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Column, Table

from ._term import printable
from .batch import Progress as Snapshot, Report

#: Failures listed in the summary table; the report names every one.
MAX_LISTED = 20


class BatchView:
    """Shows a batch's progress: a rich bar on a terminal, plain lines otherwise.

    Use as a context manager around the batch and pass :meth:`update` as its progress callback.
    """

    def __init__(self, quiet: bool = False, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.quiet = quiet
        self.console = Console(file=self.stream, highlight=False)
        self.live = self.stream.isatty() and not quiet
        self.bar: Progress | None = None
        self.task = None

    def __enter__(self) -> "BatchView":
        if self.live:
            self.bar = Progress(TextColumn("converting"), BarColumn(), MofNCompleteColumn(),
                                TextColumn("{task.fields[rate]}"), TimeElapsedColumn(),
                                TextColumn("ETA {task.fields[eta]}"),
                                TextColumn("{task.fields[failed]}"), console=self.console)
            self.bar.start()
        return self

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()

    def update(self, snap: Snapshot) -> None:
        """Show one progress snapshot (the batch calls this before the first file and after each)."""
        last = snap.last
        if last is not None and (last.status == "failed" or not (self.quiet or self.live)):
            self.console.print(printable(f"[{snap.done}/{snap.total}] {last.describe()}"), markup=False,
                               soft_wrap=True)         # a plain line, above the bar when there is one
        if self.bar is None:
            return
        if self.task is None:
            self.task = self.bar.add_task("batch", total=snap.total, rate="", eta="?", failed="")
        rate = f"{snap.rate:.1f} docs/s" if snap.rate else ""
        eta = "?" if snap.eta is None else f"{int(snap.eta // 60)}:{int(snap.eta % 60):02d}"
        self.bar.update(self.task, completed=snap.done, rate=rate, eta=eta,
                        failed=f"[red]{snap.failed} failed[/]" if snap.failed else "")

    def summary(self, report: Report, report_path: str, out: TextIO | None = None) -> None:
        """Print the summary table (counts, time, rate) and the first failures on ``out`` (stdout)."""
        console = Console(file=out or sys.stdout, highlight=False)
        cells = report.summary_cells()
        table = Table(*(Column(name, justify="right") for name, _ in cells), title="speechconv batch")
        table.add_row(*(value for _, value in cells))
        console.print(table)
        rows, more = report.failure_rows(MAX_LISTED)
        if rows:
            fails = Table(Column("input", overflow="fold"), Column("error", overflow="fold"),
                          title=f"failed ({len(report.failed)})")
            for row in rows:
                fails.add_row(*map(printable, row))
            console.print(fails)
        if more:
            console.print(f"... and {more} more", markup=False)
        console.print(printable(f"report: {report_path}"), markup=False, soft_wrap=True)
