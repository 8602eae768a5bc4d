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

The rooms: :mod:`.inputs` (finding the inputs, planning their outputs with :mod:`speechconv.plan`),
:mod:`.job` (the work of one job in a worker: read, write, time limit, hard stop), :mod:`.worker` (a
worker process: its start, its stop on SIGTERM, its watch on the parent), :mod:`.pool`
(running jobs inline, on an executor or on process pools made here), :mod:`.report` (results,
report.json, progress), :mod:`.run` (:func:`convert_many`, which ties them together).
"""
from __future__ import annotations

from ..plan import Job, Target
from .inputs import DEFAULT_PATTERNS, find_inputs, is_fresh, listed, plan
from .job import Settings, run_job, time_limit, warm_up
from .pool import make_pool
from .report import BatchInterrupted, FileResult, Progress, ProgressFailed, Report
from .run import convert_many, formats_of
from .worker import init_worker

__all__ = ["convert_many", "Report", "FileResult", "Progress", "BatchInterrupted", "ProgressFailed", "Job", "Target",
           "Settings", "find_inputs", "plan", "is_fresh", "run_job", "warm_up", "init_worker",
           "make_pool", "formats_of", "DEFAULT_PATTERNS", "time_limit", "listed"]
