"""A bounded load run of ``speechconv serve`` on loopback: N conversions, C at a time.

    python bench/serve_load.py                 # 200 conversions of the seed sample to DOCX, 8 at a time
    python bench/serve_load.py -n 100 -c 4 --to pdf --workers 2

Starts the server on a free 127.0.0.1 port, posts the seed sample to /api/convert, and prints the
latency (p50, p95, max), the throughput and every answer that was not 200 (503 answers counted apart).
Sends nothing anywhere but 127.0.0.1, and stops by itself.
"""
from __future__ import annotations

import argparse
import re
import signal
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

SEED = Path(__file__).resolve().parents[1] / "samples" / "county-work-meeting-2-speeches.txt"
BOUNDARY = "speechconv-load-run"


def body(data: bytes, name: str, to: str) -> bytes:
    """Return a multipart form with the ``file`` upload and the ``to`` field."""
    return (f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"to\"\r\n\r\n{to}\r\n"
            f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n"
            "Content-Type: text/plain\r\n\r\n").encode() + data + f"\r\n--{BOUNDARY}--\r\n".encode()


def one(url: str, payload: bytes) -> tuple[int, float, int]:
    """Return the status, seconds taken and bytes received of one conversion."""
    request = urllib.request.Request(url + "api/convert", data=payload, method="POST",
                                     headers={"content-type": f"multipart/form-data; boundary={BOUNDARY}"})
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            size = len(response.read())
            status = response.status
    except urllib.error.HTTPError as exc:
        status, size = exc.code, len(exc.read())
    except OSError:
        status, size = 0, 0
    return status, time.perf_counter() - start, size


def percentile(values: list[float], q: float) -> float:
    """Return the ``q`` quantile (0–1) of ``values`` (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered)) - 1))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=200, help="conversions in all (default 200)")
    parser.add_argument("-c", type=int, default=8, help="conversions at once (default 8)")
    parser.add_argument("--to", default="docx", help="formats (default docx)")
    parser.add_argument("--workers", type=int, default=2, help="the server's worker processes (default 2)")
    args = parser.parse_args()
    proc = subprocess.Popen([sys.executable, "-m", "speechconv.cli", "serve", "--no-browser", "--port", "0",
                             "--workers", str(args.workers)], stderr=subprocess.PIPE, text=True)
    try:
        match = re.search(r"http://127\.0\.0\.1:\d+/", proc.stderr.readline())
        if not match:
            print("the server did not start", file=sys.stderr)
            return 1
        url = match.group(0)
        payload = body(SEED.read_bytes(), SEED.name, args.to)
        one(url, payload)  # warm-up, not counted
        start = time.perf_counter()
        with ThreadPoolExecutor(args.c) as pool:
            results = list(pool.map(lambda _: one(url, payload), range(args.n)))
        wall = time.perf_counter() - start
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=30)
    ok = [secs for status, secs, _ in results if status == 200]
    busy = sum(1 for status, _, _ in results if status == 503)
    errors = [status for status, _, _ in results if status not in (200, 503)]
    print(f"{args.n} conversions of {SEED.name} to {args.to}, {args.c} at a time, {args.workers} workers")
    if ok:
        print(f"ok {len(ok)}  p50 {statistics.median(ok) * 1000:.0f} ms  p95 {percentile(ok, 0.95) * 1000:.0f} ms  "
              f"max {max(ok) * 1000:.0f} ms  throughput {len(ok) / wall:.1f}/s  wall {wall:.1f} s")
    print(f"503 busy {busy}  errors {len(errors)} {sorted(set(errors)) if errors else ''}")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
