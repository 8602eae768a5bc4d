"""Word forms of the real pages: is a page read the same from a DOCX or DOC as from the page itself?

    python bench/forms_docx.py [--set shared|tune|check|all] [--forms lo-docx,lo-doc,own-docx]
                               [--cache DIR] [--json] [--quiet] [--timing]

Each page of a set (``shared``: ../shared/corpus; ``tune``/``check``: tests/data/corpus) is read as it
is (the reference), then turned into other forms and read from those:

- ``lo-docx`` / ``lo-doc``: LibreOffice's DOCX ("MS Word 2007 XML") and Word 97 DOC of the page, staged
  by the format speechconv reads the page as (``readers.detect_format``): an HTML page through
  LibreOffice's HTML import, named (re-encoded as UTF-8 with its charset declared, server-template
  residue such as ``<%@ page %>`` removed, so LibreOffice sees the page the HTML reader sees; left to
  LibreOffice's type detection, a page opening with a blank line before its doctype hangs it), a
  Markdown clip as the HTML page it renders, a text page — ``.txt``, and a reStructuredText clip, which
  speechconv reads as text and LibreOffice opens as text — through LibreOffice's text import;
- ``own-docx``: speechconv's own DOCX of the reference document.

A page LibreOffice cannot open (it makes no file: c01's page, whose search form its HTML import fails
on), and a page that is a Word file already (collector l's .docx and .doc pages), has no LibreOffice
form: it is listed apart and left out of the share, since there is no file to read.

A form is read "as the page" when it gives the same number of speeches, the same titles, salutations
and level-1 headings (compared as bench/structure.py compares: no whitespace, punctuation widths
folded), and a body text at least 97 % alike (difflib ratio of the joined body texts). Targets: own
forms 100 %, LibreOffice's forms 95 % of the pages. LibreOffice's conversions are cached in ``--cache``
(default: a folder under the system's temporary folder), keyed by the page's bytes.

``--timing`` also times the readers on one text of about 20 printed pages (the start of the 2024
government work report) as an HTML page, as LibreOffice's DOCX of it and as our own DOCX: the whole read
(reader and passes) and the reader alone.
"""
from __future__ import annotations

import argparse
import difflib
import hashlib
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import speechconv  # noqa: E402
from bench.structure import DEFAULT_CORPUS, body_texts, entries_of, key  # noqa: E402
from speechconv.decode import decode  # noqa: E402
from speechconv.model import Document, Heading  # noqa: E402
from speechconv.readers import detect_format  # noqa: E402

FORMS = ("lo-docx", "lo-doc", "own-docx")
_LO_FILTER = {"lo-docx": ("docx", "docx:MS Word 2007 XML"), "lo-doc": ("doc", "doc:MS Word 97")}
#: LibreOffice's import filters, named for each staged file (its type detection can hang on a web page).
_IN_FILTER = {".txt": "Text (encoded):UTF8", ".html": "HTML (StarWriter)"}
#: Changes when the staging changes, so that the cache holds no conversion of another staging.
_STAGING = b"staging 3: by detected format, import filter named, Markdown as the reader renders it"
_META = re.compile(rb"<meta[^>]+charset[^>]*>", re.I)
#: Server-template residue (``<%@ page … %>``, ``<jsp:include …/>``) that keeps LibreOffice from seeing HTML.
_SERVER = re.compile(rb"<%.*?%>|<jsp:[^>]*>", re.S)
RATIO = 0.97


@dataclass
class Row:
    """One page in one form: the checks that differed (empty when read as the page)."""

    page: str
    form: str
    misses: list[str] = field(default_factory=list)
    ratio: float = 1.0
    seconds: float = 0.0
    no_form: str | None = None     #: why LibreOffice made no file of the page (then nothing was read)


def compare(ref: Document, got: Document) -> tuple[list[str], float]:
    """Return what differs between the page's reading ``ref`` and a form's ``got``, and the body ratio."""
    misses = []
    if len(ref.speeches) != len(got.speeches):
        misses.append(f"speeches {len(got.speeches)} != {len(ref.speeches)}")
    for field_name in ("title", "salutation"):
        a = [key(getattr(s, field_name)) for s in ref.speeches]
        b = [key(getattr(s, field_name)) for s in got.speeches]
        if a != b:
            misses.append(f"{field_name}s {b} != {a}"[:160])
    h1 = [[key(b.label) for b in s.blocks if isinstance(b, Heading) and b.level == 1] for s in ref.speeches]
    g1 = [[key(b.label) for b in s.blocks if isinstance(b, Heading) and b.level == 1] for s in got.speeches]
    if h1 != g1:
        misses.append(f"level-1 headings {sum(map(len, g1))} != {sum(map(len, h1))}")
    a = key("".join(t for s in ref.speeches for t in body_texts(s)))
    b = key("".join(t for s in got.speeches for t in body_texts(s)))
    ratio = difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() if a or b else 1.0
    if ratio < RATIO:
        misses.append(f"body {ratio:.3f} alike")
    return misses, ratio


def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        sys.exit("LibreOffice (soffice) is needed: apt-get install libreoffice-writer-nogui")
    return found


def _staged(page: Path, folder: Path) -> Path:
    """Return the page written into ``folder`` as LibreOffice is to open it (see the module doc)."""
    data = page.read_bytes()
    kind = detect_format(page.name, decode(data).text)
    if kind == "markdown":
        return _markdown_page(decode(data).text, folder / (page.stem + ".html"))
    if kind == "text":
        out = folder / (page.stem + ".txt")
        out.write_text(decode(data).text, "utf-8")
        return out
    text = _SERVER.sub(b"", decode(data).text.encode("utf-8"))
    text = _META.sub(b"", text)
    head = re.search(rb"<head[^>]*>", text, re.I)
    meta = b'<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
    text = text[:head.end()] + meta + text[head.end():] if head else meta + text
    out = folder / (page.stem + ".html")
    out.write_bytes(text)
    return out


def _markdown_page(text: str, out: Path) -> Path:
    """Write the HTML page a Markdown clip renders to (as the Markdown reader renders it, the front
    matter's title as the page title) to ``out``; return ``out``."""
    from html import escape

    from speechconv.readers.markdown import render_markdown

    title, html, _dropped = render_markdown(text)
    out.write_text(f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                   f"<title>{escape(title or '')}</title></head><body>{html}</body></html>", "utf-8")
    return out


def convert_all(pages: list[Path], form: str, cache: Path, time_limit: float = 120.0) -> dict[Path, Path]:
    """Return page -> LibreOffice's file of ``form`` for each page, converting the ones not cached, one
    LibreOffice run per page with a time limit (a page LibreOffice cannot convert in time gets a
    ``.failed`` file in the cache holding the reason)."""
    suffix, filt = _LO_FILTER[form]
    cache.mkdir(parents=True, exist_ok=True)
    done = {p: cache / f"{p.stem}-{hashlib.sha1(_STAGING + p.read_bytes()).hexdigest()[:10]}.{suffix}" for p in pages}
    todo = [p for p in pages if not done[p].is_file() and not done[p].with_suffix(".failed").is_file()]
    if not todo:
        return done
    with tempfile.TemporaryDirectory(prefix="forms-") as tmp:
        profile = Path(tmp, "profile").as_uri()
        for page in todo:
            stage, out = Path(tmp, "in"), Path(tmp, "out")
            shutil.rmtree(stage, ignore_errors=True)
            shutil.rmtree(out, ignore_errors=True)
            stage.mkdir()
            try:
                staged = _staged(page, stage)
            except speechconv.SpeechconvError as exc:   # a Word file among the pages: no page to convert
                done[page].with_suffix(".failed").write_text(f"has no page to convert: {str(exc).split(';')[0]}\n")
                continue
            cmd = [_soffice(), f"-env:UserInstallation={profile}", "--headless",
                   f"--infilter={_IN_FILTER[staged.suffix]}"]
            cmd += ["--convert-to", filt, "--outdir", str(out), str(staged)]
            proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.PIPE, start_new_session=True)
            try:
                err = proc.communicate(timeout=time_limit)[1].decode("utf-8", "replace")
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
                done[page].with_suffix(".failed").write_text(f"took over {time_limit:.0f} s\n")
                continue
            made = out / (staged.stem + "." + suffix)
            if made.is_file():
                shutil.copyfile(made, done[page])
            else:
                said = [ln.strip() for ln in err.splitlines() if ln.strip() and "javaldx" not in ln]
                done[page].with_suffix(".failed").write_text(f"made no file ({said[-1] if said else 'no message'})\n")
    return done


def _own_docx(doc: Document) -> bytes:
    buf = io.BytesIO()
    speechconv.write(doc, buf, to="docx")
    return buf.getvalue()


#: Pages that are office documents or PDFs already (a Word draft, a PDF): no web page to save as Word.
OFFICE_FILES = (".docx", ".doc", ".pdf", ".odt", ".rtf")


def run_set(which: str, forms: list[str], cache: Path) -> list[Row]:
    """Return a row per page and form of set ``which``."""
    pages = [p for p, _ in entries_of(which) if p.suffix.lower() not in OFFICE_FILES]   # forms already
    converted = {f: convert_all(pages, f, cache) for f in forms if f in _LO_FILTER}
    rows = []
    for page in pages:
        ref = speechconv.read(page)
        for form in forms:
            row = Row(page.name, form)
            start = time.perf_counter()
            try:
                if form == "own-docx":
                    got = speechconv.read(_own_docx(ref), name=page.stem + ".docx")
                else:
                    path = converted[form][page]
                    if not path.is_file():
                        failed = path.with_suffix(".failed")
                        row.no_form = failed.read_text().strip() if failed.is_file() else "no file"
                        rows.append(row)
                        continue
                    got = speechconv.read(path)
                row.seconds = time.perf_counter() - start
                row.misses, row.ratio = compare(ref, got)
            except speechconv.SpeechconvError as exc:
                row.misses, row.ratio = [f"error: {exc}"], 0.0
            rows.append(row)
    return rows


def report(which: str, rows: list[Row], forms: list[str], quiet: bool) -> dict:
    """Print the rows that differ (unless ``quiet``) and the totals per form; return the totals."""
    totals = {}
    for form in forms:
        mine = [r for r in rows if r.form == form and r.no_form is None]
        ok = sum(1 for r in mine if not r.misses)
        totals[form] = {"pages": len(mine), "as_page": ok, "percent": round(100 * ok / len(mine), 1) if mine else 0.0,
                        "mean_ratio": round(sum(r.ratio for r in mine) / len(mine), 4) if mine else 0.0,
                        "no_form": [r.page for r in rows if r.form == form and r.no_form is not None]}
    if not quiet:
        for r in rows:
            if r.misses or r.no_form:
                said = f"no form: LibreOffice {r.no_form}" if r.no_form else "; ".join(r.misses)
                print(f"  {r.form:9} {r.page[:44]:44} {said[:150]}")
    for form, t in totals.items():
        apart = f"; no form of {len(t['no_form'])}: {', '.join(n[:3] for n in t['no_form'])}" if t["no_form"] else ""
        print(f"{which:7} {form:9} {t['as_page']:3}/{t['pages']:<3} read as the page ({t['percent']:5.1f} %), "
              f"mean body ratio {t['mean_ratio']:.4f}{apart}")
    return totals


def timing(cache: Path, chars: int = 12_500) -> None:
    """Print read times of one text as an HTML page, as LibreOffice's DOCX of that page, and as our own
    DOCX: the whole read (reader and passes) and the reader alone. The text is the first ``chars``
    characters (whole paragraphs) of the 2024 government work report, about 20 printed pages."""
    page = Path(__file__).resolve().parents[1] / "tests/data/corpus/pages/b09-gwr-2024-oneline-title.txt"
    lines, size = [], 0
    for line in decode(page.read_bytes()).text.splitlines():
        if line.strip() and size < chars:
            lines.append(line.strip())
            size += len(line.strip())
    folder = cache / "timing"
    folder.mkdir(parents=True, exist_ok=True)
    html = folder / "report-20-pages.html"
    html.write_text('<html><head><meta charset="utf-8"><title>政府工作报告</title></head><body>'
                    + "".join(f"<p>{ln}</p>" for ln in lines) + "</body></html>", "utf-8")
    docx = convert_all([html], "lo-docx", folder)[html]
    doc = speechconv.read(html)
    own = _own_docx(doc)
    buf = io.BytesIO()
    speechconv.write(doc, buf, to="pdf")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", buf.getvalue()))
    print(f"timing: {size:,} characters of {page.name}, {pages} pages in our PDF")
    for label, src, kw in (("HTML page", html, {}), ("LibreOffice DOCX", docx, {}),
                           ("our own DOCX", own, {"name": "own.docx"})):
        for passes in (None, []):
            n, start = 10, time.perf_counter()
            for _ in range(n):
                speechconv.read(src, passes=passes, **kw)
            what = "reader + passes" if passes is None else "reader alone"
            print(f"  {label:17} {what:16} {1000 * (time.perf_counter() - start) / n:8.1f} ms")


def main(argv: list[str] | None = None) -> int:
    """Print the tables; return 0."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", dest="which", default="all", choices=("shared", "tune", "check", "all"))
    ap.add_argument("--forms", default=",".join(FORMS))
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "speechconv-forms")
    ap.add_argument("--json", action="store_true", help="print the totals as JSON")
    ap.add_argument("--quiet", action="store_true", help="print the totals only")
    ap.add_argument("--timing", action="store_true", help="time the readers on a long page")
    args = ap.parse_args(argv)
    forms = [f for f in args.forms.split(",") if f in FORMS]
    if DEFAULT_CORPUS.is_dir() is False and args.which in ("shared", "all"):
        print(f"shared corpus not found at {DEFAULT_CORPUS}", file=sys.stderr)
    out = {}
    for which in (("shared", "tune", "check") if args.which == "all" else (args.which,)):
        out[which] = report(which, run_set(which, forms, args.cache), forms, args.quiet or args.json)
    if args.json:
        print(json.dumps(out, indent=1))
    if args.timing:
        timing(args.cache)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
