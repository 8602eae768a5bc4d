"""Batch benchmark: documents and pages per second, memory per worker, cold start, other tools.

    python bench/run.py [--n 100] [--rss-docs 1000] [--other-n 20] [--jobs 1,2] [--quick]
    python bench/run.py --profile {read,pdf,docx}    # where one seed document's time goes (pyinstrument)

Builds N documents in a temporary folder — N copies of the seed page (the reference,
../shared/corpus/xuexila-women-rights-speeches.txt) and N pages cycled from samples/ and the corpus —
and converts them with ``speechconv.batch.convert_many`` to PDF, DOCX and both, at each -j. -j 1 runs
in this process; -j N on a process pool that has already warmed up (its start-up is shown apart, and
the end-to-end ``speechconv batch`` command time includes it). Pages are the PDF's pages.

Then: peak RSS of each worker over --rss-docs documents (first document, a tenth of the way, the end);
the cold ``speechconv convert SEED --to pdf`` and ``speechconv --help`` times (best and median of 5);
and, when installed, LibreOffice (``soffice --headless --convert-to pdf`` of our DOCX), WeasyPrint
(HTML -> PDF in process) and pandoc (text -> DOCX, one process a document) on copies of the seed page
at the same -j, with speechconv's ratio to each. The machine's load is printed: other processes on
it make every figure noisier.
"""
from __future__ import annotations

import argparse
import html
import io
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import speechconv
from speechconv.batch import Settings, convert_many, formats_of, make_pool, warm_up

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
SEED = CORPUS / "xuexila-women-rights-speeches.txt"
SAMPLES = ROOT / "samples"
FORMAT_SETS = ("pdf", "docx", "pdf,docx")
TARGETS = {"pdf": 25.0, "docx": 40.0}   # docs/s at -j 2 on the seed page (the targets)


# --------------------------------------------------------------------------- documents


def build_sets(folder: Path, n: int, kinds: tuple[str, ...] = ("seed", "mixed")) -> dict[str, list[Path]]:
    """Return {"seed": N copies of the seed page, "mixed": N pages cycled from samples and corpus}
    (the sets named in ``kinds``)."""
    sources = sorted(p for p in list(SAMPLES.glob("*")) + list(CORPUS.glob("*"))
                     if p.suffix in (".txt", ".html", ".htm") and p.name != "README.md")
    sets: dict[str, list[Path]] = {}
    for name, pick in (("seed", lambda i: SEED), ("mixed", lambda i: sources[i % len(sources)])):
        if name not in kinds:
            continue
        target = folder / name
        target.mkdir(parents=True)
        sets[name] = []
        for i in range(n):
            src = pick(i)
            dest = target / f"{i:05d}-{src.name}"
            shutil.copy(src, dest)
            sets[name].append(dest)
    return sets


def pdf_pages(data: bytes) -> int:
    """Return the number of pages of a PDF (its /Type /Page objects)."""
    return len(re.findall(rb"/Type\s*/Page\b", data))


def pages_of(paths: list[Path]) -> int:
    """Return the total PDF pages of ``paths`` (each distinct page converted once, in memory)."""
    cache: dict[int, int] = {}
    total = 0
    for p in paths:
        key = hash(p.read_bytes())
        if key not in cache:
            buf = io.BytesIO()
            speechconv.write(speechconv.read(p), buf, to="pdf")
            cache[key] = pdf_pages(buf.getvalue())
        total += cache[key]
    return total


# --------------------------------------------------------------------------- speechconv


def run_batch(files: list[Path], out: Path, to: str, jobs: int) -> tuple[float, float | None]:
    """Return (seconds for the batch, pool start-up seconds or None for -j 1). Raises on failures."""
    settings = Settings(formats_of(to))
    if jobs == 1:
        warm_up(settings)
        start = time.perf_counter()
        report = convert_many(files, out, to, jobs=1)
        return _checked(report, time.perf_counter() - start), None
    start = time.perf_counter()
    pool = make_pool(jobs, settings)
    list(pool.map(_noop, range(jobs * 4)))          # every worker started and warmed up
    startup = time.perf_counter() - start
    try:
        start = time.perf_counter()
        report = convert_many(files, out, to, executor=pool, max_in_flight=4 * jobs)
        return _checked(report, time.perf_counter() - start), startup
    finally:
        pool.shutdown()


def _noop(i: int) -> int:
    """Return ``i`` after a short pause (used to make every pool worker start)."""
    time.sleep(0.05)
    return i


def _checked(report, seconds: float) -> float:
    """Return ``seconds`` after checking that every document of ``report`` was converted."""
    if report.failed:
        raise SystemExit(f"bench: {len(report.failed)} documents failed: {report.failed[0].error}")
    return seconds


def throughput(sets: dict[str, list[Path]], pages: dict[str, int], jobs_list: list[int],
               work: Path) -> dict[tuple[str, str, int], float]:
    """Print docs/s and pages/s per set, format and -j; return {(set, formats, jobs): docs/s}."""
    rates: dict[tuple[str, str, int], float] = {}
    print(f"\n{'set':6} {'formats':9} {'-j':>3} {'docs':>5} {'seconds':>8} {'docs/s':>8} {'pages/s':>8}"
          f"  pool start")
    for name, files in sets.items():
        for to in FORMAT_SETS:
            for jobs in jobs_list:
                out = work / f"out-{name}-{to.replace(',', '+')}-{jobs}"
                seconds, startup = run_batch(files, out, to, jobs)
                shutil.rmtree(out)
                rate = len(files) / seconds
                rates[(name, to, jobs)] = rate
                start = f"{startup:.2f} s" if startup is not None else "-"
                print(f"{name:6} {to:9} {jobs:>3} {len(files):>5} {seconds:>8.2f} {rate:>8.1f} "
                      f"{pages[name] / seconds:>8.0f}  {start}", flush=True)
    return rates


def memory(files: list[Path], work: Path, jobs: int) -> None:
    """Print each worker's peak RSS after its first document, a tenth of the way, and at the end."""
    out = work / "out-rss"
    start = time.perf_counter()
    report = convert_many(files, out, "pdf,docx", jobs=jobs)
    seconds = time.perf_counter() - start
    _checked(report, seconds)
    shutil.rmtree(out)
    by_worker: dict[int, list[float]] = {}
    for r in report.results:
        by_worker.setdefault(r.worker or 0, []).append(r.peak_rss_mb or 0.0)
    print(f"\npeak RSS per worker over {len(files)} documents (pdf+docx, -j {jobs}, {seconds:.1f} s "
          f"including pool start, {len(files) / seconds:.1f} docs/s):")
    for worker, series in sorted(by_worker.items()):
        series.sort()                   # a peak only grows: sorted is the order in time
        tenth = series[max(0, len(series) // 10 - 1)]
        print(f"  worker {worker}: {len(series)} docs; {series[0]:.0f} MB after the first, {tenth:.0f} MB "
              f"after {max(1, len(series) // 10)}, {series[-1]:.0f} MB at the end "
              f"(growth {series[-1] - series[0]:+.0f} MB)")


def _cli() -> list[str]:
    """Return the command that starts the installed ``speechconv`` (its script, not a shim)."""
    script = Path(sys.executable).with_name("speechconv")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "speechconv.cli"]


def cold(args: list[str], runs: int = 5) -> tuple[float, float]:
    """Return (best, median) wall seconds of ``runs`` new ``speechconv ARGS`` processes."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(_cli() + args, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def cli_batch(files: list[Path], work: Path, jobs: int) -> float:
    """Return the wall seconds of one ``speechconv batch`` command over ``files`` (PDF, -j N)."""
    folder = files[0].parent
    out = work / "out-cli"
    start = time.perf_counter()
    subprocess.run(_cli() + ["batch", str(folder), "-o", str(out), "--to", "pdf", "-j", str(jobs), "-q"],
                   check=True, capture_output=True)
    seconds = time.perf_counter() - start
    shutil.rmtree(out)
    return seconds


# --------------------------------------------------------------------------- other tools


def _split(files: list, parts: int) -> list[list]:
    """Return ``files`` dealt into ``parts`` lists."""
    return [files[i::parts] for i in range(parts)]


def libreoffice(docx: list[Path], work: Path, jobs: int) -> float | None:
    """Return LibreOffice's DOCX -> PDF docs/s with ``jobs`` soffice processes, or None if absent."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None

    def convert(i: int, batch: list[Path]) -> None:
        profile = work / f"lo-profile-{i}"
        out = work / f"lo-out-{i}"
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                        "--convert-to", "pdf", "--outdir", str(out), *map(str, batch)],
                       check=True, capture_output=True, timeout=900)

    with ThreadPoolExecutor(jobs) as ex:                    # warm-up: profiles created, not timed
        list(ex.map(convert, range(jobs), [[docx[0]]] * jobs))
    start = time.perf_counter()
    with ThreadPoolExecutor(jobs) as ex:
        list(ex.map(convert, range(jobs), _split(docx, jobs)))
    seconds = time.perf_counter() - start
    made = sum(len(list((work / f"lo-out-{i}").glob("*.pdf"))) for i in range(jobs))
    return len(docx) / seconds if made >= len(docx) else None


def seed_html(text: str) -> str:
    """Return the seed page as a simple A4 HTML page in FandolFang (for WeasyPrint)."""
    font = ROOT / "fonts" / "FandolFang-Regular.ttf"
    paras = "\n".join(f"<p>{html.escape(line.strip())}</p>" for line in text.splitlines() if line.strip())
    return (f"<html><head><meta charset='utf-8'><style>@font-face {{font-family: F; src: url('{font.as_uri()}')}}"
            "@page {size: A4; margin: 37mm 26mm 35mm 28mm} body {font: 16pt/28.95pt F}"
            f" p {{text-indent: 2em; margin: 0; text-align: justify}}</style></head><body>{paras}</body></html>")


def _weasy_batch(pages: list[str], out: str) -> int:
    """Convert HTML strings to PDF files in ``out`` with WeasyPrint; return how many."""
    import weasyprint

    for i, page in enumerate(pages):
        weasyprint.HTML(string=page).write_pdf(os.path.join(out, f"{i}.pdf"))
    return len(pages)


def weasyprint_rate(text: str, n: int, work: Path, jobs: int) -> float | None:
    """Return WeasyPrint's HTML -> PDF docs/s in ``jobs`` warmed processes, or None if absent."""
    from importlib.util import find_spec

    if find_spec("weasyprint") is None:
        return None
    from concurrent.futures import ProcessPoolExecutor

    page = seed_html(text)
    out = work / "weasy"
    out.mkdir(exist_ok=True)
    with ProcessPoolExecutor(jobs) as ex:
        list(ex.map(_weasy_batch, [[page]] * jobs, [str(out)] * jobs))      # warm-up, not timed
        start = time.perf_counter()
        done = sum(ex.map(_weasy_batch, _split([page] * n, jobs), [str(out)] * jobs))
        return done / (time.perf_counter() - start)


def pandoc_rate(files: list[Path], work: Path, jobs: int) -> float | None:
    """Return pandoc's text -> DOCX docs/s (one process a document, ``jobs`` at once), or None."""
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        return None
    out = work / "pandoc"
    out.mkdir(exist_ok=True)

    def convert(src: Path) -> None:
        subprocess.run([pandoc, "-f", "markdown", "-t", "docx", str(src), "-o", str(out / f"{src.stem}.docx")],
                       check=True, capture_output=True)

    convert(files[0])
    start = time.perf_counter()
    with ThreadPoolExecutor(jobs) as ex:
        list(ex.map(convert, files))
    return len(files) / (time.perf_counter() - start)


def others(seed_files: list[Path], n: int, work: Path, jobs_list: list[int]) -> None:
    """Print other tools' docs/s on copies of the seed page, each next to speechconv's on the same
    documents measured just before it (the machine's load changes during a run), and the ratio."""
    files = seed_files[:n]
    docx_dir = work / "docx-for-lo"
    convert_many(files, docx_dir, "docx", jobs=1)
    docx = sorted(docx_dir.rglob("*.docx"))
    text = SEED.read_text("utf-8")
    print(f"\nother tools on {n} copies of the seed page; speechconv measured on the same documents "
          "just before each (ratio = speechconv's docs/s / theirs):")
    tools = (("LibreOffice DOCX->PDF", "pdf", lambda j: libreoffice(docx, work, j)),
             ("WeasyPrint HTML->PDF", "pdf", lambda j: weasyprint_rate(text, n, work, j)),
             ("pandoc text->DOCX", "docx", lambda j: pandoc_rate(files, work, j)))
    for jobs in jobs_list:
        for label, fmt, measure in tools:
            out = work / "out-others"
            ours = len(files) / run_batch(files, out, fmt, jobs)[0]
            shutil.rmtree(out)
            rate = measure(jobs)
            if rate is None:
                print(f"  -j {jobs} {label:22}: not installed")
            else:
                print(f"  -j {jobs} {label:22}: {rate:6.1f} docs/s; speechconv {fmt:4} {ours:6.1f} docs/s = "
                      f"{ours / rate:5.1f} x", flush=True)


# --------------------------------------------------------------------------- profile


def profile(stage: str, n: int = 20) -> int:
    """Print pyinstrument's profile of ``n`` reads or writes of the seed page; return 0 (1 if absent)."""
    try:
        from pyinstrument import Profiler
    except ImportError:
        print("bench: --profile needs pyinstrument (pip install pyinstrument)", file=sys.stderr)
        return 1
    data = SEED.read_bytes()
    doc = speechconv.read(data, name=SEED.name)
    work = (lambda: speechconv.read(data, name=SEED.name)) if stage == "read" else (
        lambda: speechconv.write(doc, io.BytesIO(), to=stage))
    work()
    profiler = Profiler(interval=0.0005)
    start = time.perf_counter()
    with profiler:
        for _ in range(n):
            work()
    print(f"{stage}: {(time.perf_counter() - start) / n * 1000:.1f} ms per seed document under the profiler")
    print(profiler.output_text(unicode=False, color=False))
    return 0


# --------------------------------------------------------------------------- main


def _load() -> str:
    """Return the machine's load averages and CPU count as text."""
    try:
        one, five, _ = os.getloadavg()
        return f"load average {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} CPUs"
    except OSError:  # pragma: no cover
        return f"{os.cpu_count()} CPUs"


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print every figure; return 0."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100, help="documents per set (default 100)")
    ap.add_argument("--rss-docs", type=int, default=1000, help="documents for the memory run (default 1000)")
    ap.add_argument("--other-n", type=int, default=20, help="documents for the other tools (default 20)")
    ap.add_argument("--jobs", default="1,2", help="comma-separated -j values (default 1,2)")
    ap.add_argument("--quick", action="store_true", help="small sizes: --n 20 --rss-docs 100 --other-n 6")
    ap.add_argument("--profile", choices=("read", "pdf", "docx"), help="profile one stage and stop")
    args = ap.parse_args(argv)
    if args.profile:
        return profile(args.profile)
    if args.quick:
        args.n, args.rss_docs, args.other_n = 20, 100, 6
    if not SEED.is_file():
        raise SystemExit(f"bench: the seed page {SEED} is missing (../shared/corpus beside the checkout)")
    jobs_list = [int(j) for j in args.jobs.split(",")]
    import reportlab

    print(f"speechconv {speechconv.__version__}, Python {platform.python_version()}, reportlab "
          f"{reportlab.Version}, {platform.machine()}; {_load()}")
    with tempfile.TemporaryDirectory(prefix="speechconv-bench-") as tmp:
        work = Path(tmp)
        sets = build_sets(work / "in", args.n)
        pages = {k: pages_of(v) for k, v in sets.items()}
        print(f"seed page: {SEED.name}, {len(SEED.read_text('utf-8'))} characters, "
              f"{pages['seed'] // len(sets['seed'])} PDF pages; sets of {args.n} documents "
              f"({pages['seed']} and {pages['mixed']} pages)")
        rates = throughput(sets, pages, jobs_list, work)
        top = max(jobs_list)
        for fmt, target in TARGETS.items():
            got = rates[("seed", fmt, top)]
            print(f"target {fmt} at -j {top} on the seed page: >= {target:.0f} docs/s; measured {got:.1f} "
                  f"({'met' if got >= target else 'NOT met'})")
        print(f"\n'speechconv batch' command, {args.n} seed documents to PDF, -j {top}, cold start to end: "
              f"{cli_batch(sets['seed'], work, top):.2f} s")
        rss_set = build_sets(work / "rss", args.rss_docs, ("seed",))["seed"]
        memory(rss_set, work, top)
        with tempfile.TemporaryDirectory() as out:
            best, median = cold(["convert", str(SEED), "--to", "pdf", "-o", f"{out}/x.pdf", "-q"])
        print(f"\ncold 'speechconv convert SEED --to pdf': best {best:.2f} s, median {median:.2f} s "
              f"(target <= 0.5 s)")
        best, median = cold(["--help"])
        print(f"cold 'speechconv --help': best {best:.2f} s, median {median:.2f} s (target <= 0.3 s)")
        others(build_sets(work / "others", args.other_n, ("seed",))["seed"], args.other_n, work, jobs_list)
    print(f"\nafter the run: {_load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
