"""OFD beside PDF: writer time per document and file size, on the shared corpus and the model fixtures.

    python bench/ofd.py [FILE_OR_FOLDER ...] [--n 10]

Each document is read once; then each writer writes it ``--n`` times to memory after one warm-up
write (the median is printed), so the times are those of a warm process (fonts parsed, composition
caches filled). The first write of the first document in a fresh process (fonts parsed) is printed
apart as the cold time of each writer. Sizes are of the files as written. No timings are asserted
anywhere: this is a measure, to run by hand.
"""
from __future__ import annotations

import argparse
import io
import statistics
import subprocess
import sys
import time
from pathlib import Path

import speechconv
from speechconv.model import Document

ROOT = Path(__file__).resolve().parents[1]
DEFAULTS = [ROOT.parent / "shared" / "corpus", ROOT / "tests" / "data" / "model"]


def documents(paths: list[Path]) -> list[tuple[str, Document]]:
    """Return (name, document) of every .html/.htm/.txt/.json file in ``paths`` (folders searched)."""
    files: list[Path] = []
    for p in paths:
        files += sorted(q for q in p.iterdir() if q.suffix in (".html", ".htm", ".txt", ".json")
                        and q.name != "expected.json") if p.is_dir() else [p]
    out = []
    for f in files:
        doc = (Document.from_json(f.read_text("utf-8")) if f.suffix == ".json"
               else speechconv.read(f.read_bytes(), name=f.name))
        out.append((f.name, doc))
    return out


def timed(doc: Document, fmt: str, n: int) -> tuple[float, int]:
    """Return the median seconds of ``n`` writes of ``doc`` as ``fmt`` (after a warm-up), and the size."""
    buf = io.BytesIO()
    speechconv.write(doc, buf, to=fmt)
    times = []
    for _ in range(n):
        out = io.BytesIO()
        start = time.perf_counter()
        speechconv.write(doc, out, to=fmt)
        times.append(time.perf_counter() - start)
    return statistics.median(times), len(buf.getvalue())


def cold(fmt: str, path: Path) -> float:
    """Return the seconds of the first write of ``path`` as ``fmt`` in a new process (fonts parsed)."""
    code = ("import io,sys,time,speechconv;from speechconv.model import Document;p=sys.argv[1];"
            "d=Document.from_json(open(p,encoding='utf-8').read()) if p.endswith('.json') else "
            "speechconv.read(open(p,'rb').read(),name=p);t=time.perf_counter();"
            f"speechconv.write(d,io.BytesIO(),to='{fmt}');print(time.perf_counter()-t)")
    run = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True)
    return float(run.stdout.strip())


def main(argv: list[str] | None = None) -> int:
    """Print one row per document and a total; return 0."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", type=Path, default=[p for p in DEFAULTS if p.exists()])
    ap.add_argument("--n", type=int, default=10, help="timed writes per document and format (default 10)")
    args = ap.parse_args(argv)
    docs = documents(args.paths)
    print(f"{'document':44} {'pdf ms':>7} {'ofd ms':>7} {'ratio':>6} {'pdf KB':>7} {'ofd KB':>7} {'ratio':>6}")
    totals = [0.0, 0.0, 0, 0]
    for name, doc in docs:
        pdf_s, pdf_b = timed(doc, "pdf", args.n)
        ofd_s, ofd_b = timed(doc, "ofd", args.n)
        totals = [totals[0] + pdf_s, totals[1] + ofd_s, totals[2] + pdf_b, totals[3] + ofd_b]
        print(f"{name[:44]:44} {pdf_s * 1000:7.1f} {ofd_s * 1000:7.1f} {ofd_s / pdf_s:6.2f} "
              f"{pdf_b / 1024:7.0f} {ofd_b / 1024:7.0f} {ofd_b / pdf_b:6.2f}")
    n = len(docs)
    print(f"{'mean per document':44} {totals[0] / n * 1000:7.1f} {totals[1] / n * 1000:7.1f} "
          f"{totals[1] / totals[0]:6.2f} {totals[2] / n / 1024:7.0f} {totals[3] / n / 1024:7.0f} "
          f"{totals[3] / totals[2]:6.2f}")
    first = next(p for p in args.paths if p.exists())
    first = sorted(q for q in first.iterdir() if q.suffix in (".html", ".txt"))[0] if first.is_dir() else first
    print(f"cold first write of {first.name} in a new process: "
          f"pdf {cold('pdf', first) * 1000:.0f} ms, ofd {cold('ofd', first) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
