"""The server's settings: where it listens and the limits it keeps (all with safe defaults)."""
from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass

from ..api import MAX_INPUT_BYTES

#: Hosts that reach this machine only.
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})


def is_loopback(host: str) -> bool:
    """Return True when ``host`` (a name or an address) can be reached from this machine only."""
    name = host.strip("[]").lower()
    if name in LOOPBACK_NAMES or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def default_workers() -> int:
    """Return the default number of conversions at once: the CPUs, at least 1 and at most 4."""
    return max(1, min(4, os.cpu_count() or 1))


@dataclass(frozen=True)
class Settings:
    """How the server runs. Sizes in bytes, times in seconds.

    ``workers`` conversions run at once (each in its own process); up to ``queue`` more wait, each at
    most ``queue_wait`` seconds, and any beyond are answered 503 with Retry-After. ``time_limit``
    stops one conversion that runs longer.
    """

    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = 0                       #: 0: :func:`default_workers`
    queue: int = 16
    queue_wait: float = 30.0
    time_limit: float = 60.0
    max_file_bytes: int = MAX_INPUT_BYTES  #: one input (the CLI's limit)
    max_request_bytes: int = 100 * 1024 * 1024
    max_files: int = 50                    #: inputs in one request
    max_preview_pages: int = 40
    jobs_kept: int = 8                     #: finished batch jobs kept for download at once
    job_ttl: float = 600.0                 #: a finished job's result is kept this long

    @property
    def worker_count(self) -> int:
        """Return the number of worker processes."""
        return self.workers if self.workers > 0 else default_workers()

    def allowed_hosts(self) -> frozenset[str]:
        """Return the ``Host`` header values this server answers (name:port, and the bare name on
        port 80)."""
        names = {"127.0.0.1", "localhost", "[::1]"}
        if not is_loopback(self.host) and self.host not in ("0.0.0.0", "::"):
            names.add(self.host if ":" not in self.host else f"[{self.host.strip('[]')}]")
        out = {f"{n}:{self.port}" for n in names}
        if self.port == 80:
            out |= names
        return frozenset(out)

    def allowed_origins(self) -> frozenset[str]:
        """Return the ``Origin`` values whose requests may change things (POST): this server's."""
        return frozenset(f"http://{h}" for h in self.allowed_hosts())
