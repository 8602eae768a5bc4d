"""Line-breaking time on one long punctuated paragraph: seconds to write it as PDF, by size.

    python bench/linebreak.py [--sizes 0.1,1,5] [--seed 1] [--timeout 900]

Each size (MB of UTF-8 text) is one paragraph without a line break, made of ordinary speech clauses
joined by Chinese commas and full stops, with an opening bracket or a quotation now and then (so
greedy filling leaves lines short for 避头尾 reasons and the exact breaker is asked to do better).
The paragraph is read as text (all passes) and written to PDF in memory, in a child process stopped
after ``--timeout`` seconds (printed as ``> N s``). Printed per size: characters, PDF pages, seconds
to read and seconds to write. Line breaking must stay linear: 50 times the text may take about 50
times as long, not 2,500 times.
"""
from __future__ import annotations

import argparse
import multiprocessing
import random
import sys
import time

CLAUSES = ("今天我们召开全县工作会议", "主要任务是总结去年的工作", "部署今年的各项任务", "我们要进一步提高认识",
           "增强做好工作的责任感和使命感", "坚持以人民为中心的发展思想", "推动经济社会高质量发展", "切实抓好安全生产",
           "加强基层组织建设", "全面从严治党永远在路上", "各级领导干部要以身作则", "以钉钉子精神抓好落实")
MARKS = ("，", "，", "，", "。", "；", "、")


def paragraph(size_mb: float, seed: int = 1) -> str:
    """Return one paragraph of about ``size_mb`` MB (UTF-8) of punctuated speech clauses."""
    rng = random.Random(seed)
    target = int(size_mb * 1024 * 1024 / 3)           # CJK characters take 3 bytes in UTF-8
    parts: list[str] = []
    length = 0
    while length < target:
        clause = rng.choice(CLAUSES)
        if rng.random() < 0.08:
            clause = f"“{clause}”"
        elif rng.random() < 0.05:
            clause = f"（{clause}）"
        piece = clause + rng.choice(MARKS)
        parts.append(piece)
        length += len(piece)
    return "".join(parts)


def _run(size_mb: float, seed: int, out: "multiprocessing.Queue") -> None:
    """Read and write one paragraph; put (characters, pages, read seconds, write seconds) on ``out``."""
    import io
    import re

    import speechconv

    text = paragraph(size_mb, seed)
    start = time.perf_counter()
    doc = speechconv.read(text=text, format="text")
    read_s = time.perf_counter() - start
    buf = io.BytesIO()
    start = time.perf_counter()
    speechconv.write(doc, buf, to="pdf")
    write_s = time.perf_counter() - start
    pages = len(re.findall(rb"/Type\s*/Page\b", buf.getvalue()))
    out.put((len(text), pages, read_s, write_s))


def measure(size_mb: float, seed: int, timeout: float) -> tuple[int, int, float, float] | None:
    """Return (characters, pages, read s, write s) for ``size_mb``, or None past ``timeout`` seconds."""
    queue: multiprocessing.Queue = multiprocessing.Queue()
    proc = multiprocessing.Process(target=_run, args=(size_mb, seed, queue))
    proc.start()
    proc.join(timeout)
    if proc.is_alive():
        proc.kill()
        proc.join()
        return None
    return queue.get() if not queue.empty() else None


def main(argv: list[str] | None = None) -> int:
    """Print one line per size; return 0."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="0.1,1,5", help="sizes in MB, comma-separated (default 0.1,1,5)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--timeout", type=float, default=900.0, help="seconds per size before giving up")
    args = ap.parse_args(argv)
    for size in (float(s) for s in args.sizes.split(",")):
        got = measure(size, args.seed, args.timeout)
        if got is None:
            print(f"{size:g} MB: > {args.timeout:g} s (stopped)", flush=True)
            continue
        chars, pages, read_s, write_s = got
        print(f"{size:g} MB: {chars:,} characters, {pages:,} PDF pages, read {read_s:.1f} s, "
              f"PDF {write_s:.1f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
