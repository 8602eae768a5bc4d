"""Speed benchmark: conversions per second of one reference page, in one process.

    python bench/speed.py [PAGE] [--n 30]

Reads PAGE (default: the seed page ../shared/corpus/xuexila-women-rights-speeches.txt) once, then
writes it N times to PDF and to DOCX in memory and prints documents/s, pages/s (PDF) and the time of the
read. Also times a cold ``speechconv convert PAGE --to pdf`` and ``speechconv --help`` in new processes.
Batch throughput over several processes is for the batch benchmark (issue "thousands of pages").
"""
from __future__ import annotations

import argparse
import io
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import speechconv

DEFAULT_PAGE = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "xuexila-women-rights-speeches.txt"


def _rate(fn, n: int) -> float:
    """Return calls per second of ``fn`` over ``n`` calls (after one warm-up call)."""
    fn()
    start = time.perf_counter()
    for _ in range(n):
        fn()
    return n / (time.perf_counter() - start)


def _cold(args: list[str]) -> float:
    """Return the wall time in seconds of one new ``speechconv`` process."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "speechconv.cli", *args], check=True, capture_output=True)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    """Print the figures; return 0."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("page", nargs="?", type=Path, default=DEFAULT_PAGE)
    ap.add_argument("--n", type=int, default=30, help="conversions per format (default 30)")
    args = ap.parse_args(argv)
    data = args.page.read_bytes()
    read_s = 1 / _rate(lambda: speechconv.read(data, name=args.page.name), 10)
    doc = speechconv.read(data, name=args.page.name)
    chars = sum(len(t) for s in doc.speeches for t in s.text_parts())
    pdf = io.BytesIO()
    speechconv.write(doc, pdf, to="pdf")
    pages = len(re.findall(rb"/Type\s*/Page\b", pdf.getvalue()))
    pdf_rate = _rate(lambda: speechconv.write(doc, io.BytesIO(), to="pdf"), args.n)
    docx_rate = _rate(lambda: speechconv.write(doc, io.BytesIO(), to="docx"), args.n)
    with tempfile.TemporaryDirectory() as tmp:
        cold = _cold(["convert", str(args.page), "--to", "pdf", "-o", f"{tmp}/x.pdf", "-q"])
    helptime = _cold(["--help"])
    print(f"page: {args.page.name}, {chars} characters, {len(doc.speeches)} speeches, {pages} PDF pages")
    print(f"read (decode + passes): {read_s * 1000:.1f} ms")
    print(f"PDF:  {pdf_rate:.1f} docs/s, {pdf_rate * pages:.0f} pages/s (one process)")
    print(f"DOCX: {docx_rate:.1f} docs/s (one process)")
    print(f"cold 'speechconv convert --to pdf': {cold:.2f} s; cold 'speechconv --help': {helptime:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
