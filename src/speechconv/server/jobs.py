"""Batch jobs: many inputs converted one after another in the background, with progress to poll.

The page uses them to show progress on long batches; a job's outputs are kept in memory until they are
downloaded or for ``job_ttl`` seconds, and at most ``jobs_kept`` jobs exist at once.
"""
from __future__ import annotations

import asyncio
import secrets
import time
from dataclasses import dataclass, field

from ..errors import SpeechconvError
from .pool import Busy, Pool
from .settings import Settings
from .work import Converted, Options, Output, Upload, display_name


@dataclass
class Job:
    """One batch: how far it is, the inputs that failed (name and message) and, when done, the file."""

    id: str
    total: int
    done: int = 0
    errors: list[dict[str, str]] = field(default_factory=list)
    result: Output | None = None
    finished: float | None = None

    @property
    def state(self) -> str:
        """Return ``running``, ``done`` (a file to download) or ``failed`` (every input failed)."""
        if self.finished is None:
            return "running"
        return "done" if self.result is not None else "failed"

    def to_dict(self) -> dict:
        """Return the job's status as JSON."""
        return {"id": self.id, "state": self.state, "done": self.done, "total": self.total,
                "errors": self.errors, "file": self.result.name if self.result else None}


class Jobs:
    """The running and finished jobs of one server."""

    def __init__(self, pool: Pool, settings: Settings) -> None:
        self.pool, self.settings = pool, settings
        self._jobs: dict[str, Job] = {}
        self._tasks: set[asyncio.Task] = set()

    def start(self, uploads: list[Upload], options: Options) -> Job:
        """Return a new job converting ``uploads`` in the background. Raises Busy when too many jobs
        exist already."""
        self._expire()
        if len(self._jobs) >= self.settings.jobs_kept:
            raise Busy(10)
        job = Job(secrets.token_urlsafe(16), total=len(uploads))
        self._jobs[job.id] = job
        task = asyncio.get_running_loop().create_task(self._run(job, uploads, options))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return job

    def get(self, job_id: str) -> Job | None:
        """Return the job ``job_id``, or None when there is none (or it expired)."""
        self._expire()
        return self._jobs.get(job_id)

    def take(self, job: Job) -> Output | None:
        """Return the job's file and forget the job (a result is downloaded once)."""
        self._jobs.pop(job.id, None)
        return job.result

    def _expire(self) -> None:
        """Forget finished jobs older than the time they are kept."""
        now = time.monotonic()
        for job_id, job in list(self._jobs.items()):
            if job.finished is not None and now - job.finished > self.settings.job_ttl:
                del self._jobs[job_id]

    async def _call(self, func: str, *args):
        """Return ``func(*args)`` run in the pool, waiting (never refused) while it is full."""
        while True:
            try:
                return await self.pool.run(func, *args)
            except Busy as exc:
                await asyncio.sleep(min(exc.retry_after, 2))

    async def _run(self, job: Job, uploads: list[Upload], options: Options) -> None:
        """Convert every upload, record failures, then bundle what was made."""
        made: list[Converted] = []
        try:
            for upload in uploads:
                try:
                    made.append(await self._call("convert_one", upload, options))
                except SpeechconvError as exc:
                    job.errors.append({"name": display_name(upload.name) or "", "error": str(exc)})
                except Exception as exc:  # noqa: BLE001 - a worker crash or a bug: that input failed
                    job.errors.append({"name": display_name(upload.name) or "",
                                       "error": f"internal error ({exc}); please report it with this file"})
                job.done += 1
            if made:
                job.result = await self._call("bundle", made, options.formats)
        finally:
            job.finished = time.monotonic()

    def close(self) -> None:
        """Stop the running jobs and forget every job."""
        for task in self._tasks:
            task.cancel()
        self._jobs.clear()
