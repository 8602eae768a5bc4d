"""PDF forms benchmark: is a real page read the same from a PDF as from the page itself?

    python bench/forms_pdf.py [--set shared|tune|check|repo|all] [--forms own,libreoffice] [--cache DIR]
                              [--only NAME] [--quiet] [--timing]

Every page of ../shared/corpus/ (``shared``) and tests/data/corpus/pages/ (``repo``; ``tune`` and
``check`` are its entries of that set, as bench/structure.py takes them) is read as it is
(the reference), then turned into two PDFs: speechconv's own (the reference written as PDF) and
LibreOffice's (``soffice --headless --convert-to pdf`` of the HTML or text page, with a private profile
and the HTML or text import filter named, by the format speechconv reads the page as: text pages —
``.txt``, and reStructuredText clips, which speechconv reads as text — as UTF-8 text; a Markdown page
has no LibreOffice form, since LibreOffice has no Markdown import and would print the page's source).
LibreOffice is given a CJK font without a bold face (fonts/WenQuanYiMicroHei-GBK.ttf, through a
fontconfig file), as a desktop has one: it then draws bold CJK text filled and stroked, as Word and
WPS do for SimSun. Without it LibreOffice sets CJK text in Droid Sans Fallback, the only CJK font the
bare Debian package brings, and draws its bold exactly as its regular: no trace of the page's bold is
left in the PDF (same glyphs, same font, fill only). A page LibreOffice cannot open (it makes no PDF)
has no form: it is listed apart, not counted. Each PDF is read back and compared with the reference (:func:`compare`): the
same number of speeches, the same titles, salutations and level-1 headings, and body text at least 97 %
alike (difflib ratio, whitespace and punctuation widths folded). Prints one row per page and form, and
the share of pages read alike per form (targets: our own 100 %, LibreOffice's 95 %).

``--timing`` also reads a 20-page PDF (our own PDF of a long page's speech, cut to fill 20 pages) and
prints its read time beside the HTML reader's time for the same text as a plain web page.
LibreOffice's PDFs are cached in ``--cache`` (default: a folder in the system's temporary directory)
by the page's SHA-256.
"""
from __future__ import annotations

import argparse
import difflib
import hashlib
import io
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import speechconv
from speechconv.model import Document, Heading, Speech

sys.path.insert(0, str(Path(__file__).resolve().parent))
from structure import body_texts, entries_of, full_title, key  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
REPO = ROOT / "tests" / "data" / "corpus" / "pages"
#: The CJK font LibreOffice is given (see the module doc).
CJK_FONT = ROOT / "fonts" / "WenQuanYiMicroHei-GBK.ttf"
#: Body text this alike (difflib ratio of the folded texts) counts as the same.
BODY_RATIO = 0.97
#: The long HTML page whose first 20 PDF pages are timed (--timing).
TIMING_PAGE = REPO / "a28-sxyz-xi-reform-40th-word.aspx"


@dataclass
class Outcome:
    """How one form of one page was read: the differences found (none: read alike), the body ratio."""

    misses: list[str] = field(default_factory=list)
    ratio: float = 1.0
    seconds: float = 0.0
    no_form: str | None = None     #: why there is no file of this form (nothing was read)

    @property
    def ok(self) -> bool:
        """Return True when the form was read as the page itself is."""
        return not self.misses


def _headings(speech: Speech) -> list[str]:
    return [key(b.label) for b in speech.blocks if isinstance(b, Heading) and b.level == 1]


def body_ratio(want: Speech, got: Speech) -> float:
    """Return how alike the two speeches' body texts are (difflib ratio, 1.0 the same)."""
    a, b = key("".join(body_texts(want))), key("".join(body_texts(got)))
    if a == b:
        return 1.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def compare(want: Document, got: Document) -> Outcome:
    """Return what differs between the reference reading ``want`` and the reading ``got`` of a form:
    speeches, titles (with a ——subtitle), salutations, level-1 headings, body text (ratio)."""
    out = Outcome()
    if len(want.speeches) != len(got.speeches):
        out.misses.append(f"speeches {len(got.speeches)} != {len(want.speeches)}")
    for n, (w, g) in enumerate(zip(want.speeches, got.speeches), 1):
        if key(full_title(w, False)) != key(full_title(g, False)):
            out.misses.append(f"#{n} title {full_title(g, False)!r} != {full_title(w, False)!r}")
        if key(w.salutation) != key(g.salutation):
            out.misses.append(f"#{n} salutation {g.salutation!r} != {w.salutation!r}")
        if _headings(w) != _headings(g):
            out.misses.append(f"#{n} headings {len(_headings(g))} != {len(_headings(w))}")
        ratio = body_ratio(w, g)
        out.ratio = min(out.ratio, ratio)
        if ratio < BODY_RATIO:
            out.misses.append(f"#{n} body {ratio:.3f}")
    return out


def own_pdf(doc: Document) -> bytes:
    """Return speechconv's PDF of ``doc``."""
    buf = io.BytesIO()
    speechconv.write(doc, buf, to="pdf")
    return buf.getvalue()


def page_format(page: Path) -> str:
    """Return the format speechconv reads ``page`` as (html, markdown, text…)."""
    from speechconv.decode import decode
    from speechconv.readers import detect_format

    return detect_format(page.name, decode(page.read_bytes()).text)


def _utf8_text(page: Path) -> bytes:
    """Return a text page as UTF-8 (LibreOffice is told the encoding; the page may be GBK)."""
    from speechconv.decode import decode

    return decode(page.read_bytes()).text.encode("utf-8")


def _font_config(folder: Path) -> Path:
    """Write a fontconfig file adding :data:`CJK_FONT` to the system's fonts into ``folder``; return it."""
    fonts = folder / "fonts"
    fonts.mkdir()
    (fonts / CJK_FONT.name).symlink_to(CJK_FONT)
    conf = folder / "fonts.conf"
    conf.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
                    '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
                    f"<dir>{fonts}</dir><cachedir>{folder / 'fontcache'}</cachedir></fontconfig>", "utf-8")
    return conf


def libreoffice_pdf(page: Path, cache: Path, cjk_font: bool = True) -> bytes | None:
    """Return LibreOffice's PDF of ``page`` (an HTML or a text page), from ``cache`` when made before;
    None without soffice or when LibreOffice fails. ``cjk_font``: LibreOffice is given :data:`CJK_FONT`
    (else it has the system's fonts only)."""
    is_text = page_format(page) == "text"
    tag = b"v3 " + (b"text " if is_text else b"html ") + (b"wqy " if cjk_font else b"system ")
    digest = hashlib.sha256(tag + page.read_bytes()).hexdigest()[:20]
    done = cache / f"{digest}.pdf"
    if done.is_file():
        return done.read_bytes()
    soffice = shutil.which("soffice")
    if soffice is None:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / (f"{digest}.txt" if is_text else f"{digest}.html")
        src.write_bytes(_utf8_text(page) if is_text else page.read_bytes())
        args = [soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--norestore"]
        # the import filter is named: a page starting with a server directive (<%@ page …%>) is
        # otherwise taken for text
        args.append("--infilter=Text (encoded):UTF8,LF,,," if is_text else "--infilter=HTML (StarWriter)")
        args += ["--convert-to", "pdf:writer_pdf_Export", "--outdir", tmp, str(src)]
        env = {**os.environ, "FONTCONFIG_FILE": str(_font_config(Path(tmp)))} if cjk_font else None
        subprocess.run(args, capture_output=True, timeout=180, env=env)
        made = Path(tmp) / f"{digest}.pdf"
        if not made.is_file():
            return None
        cache.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(made, done)
        return made.read_bytes()


def read_form(pdf: bytes, name: str) -> tuple[Document, float]:
    """Return the reading of a PDF and the seconds it took."""
    start = time.perf_counter()
    doc = speechconv.read(pdf, name=name)
    return doc, time.perf_counter() - start


def check_page(page: Path, cache: Path, forms: tuple[str, ...] = ("own", "libreoffice")) -> dict[str, Outcome]:
    """Return the outcome per form (``own``, ``libreoffice``; those of ``forms``) of one page."""
    want = speechconv.read(page)
    # LibreOffice has no Markdown import (it would print the page's source, ** and # marks and all), so
    # a Markdown page has no LibreOffice form: nobody gets such a PDF of a web clip
    markdown = page_format(page) == "markdown"
    out = {}
    made = {"own": lambda: own_pdf(want), "libreoffice": lambda: None if markdown else libreoffice_pdf(page, cache)}
    for form in forms:
        pdf = made[form]()
        if pdf is None:
            if not markdown and shutil.which("soffice"):
                out[form] = Outcome(no_form="LibreOffice made no PDF")
            continue
        try:
            got, seconds = read_form(pdf, page.stem + ".pdf")
        except speechconv.SpeechconvError as exc:
            out[form] = Outcome([f"error: {exc}"], 0.0)
            continue
        result = compare(want, got)
        result.seconds = seconds
        out[form] = result
    return out


#: Pages that are office documents or PDFs already (a Word draft, a PDF): no web page to print.
OFFICE_FILES = (".docx", ".doc", ".pdf", ".odt", ".rtf")


def pages_of(which: str) -> list[Path]:
    """Return the pages of the set ``which``: shared, tune, check, repo (tune and check and the pages
    in neither) or all."""
    if which in ("tune", "check"):
        return [path for path, _ in entries_of(which) if path.suffix.lower() not in OFFICE_FILES]
    shared = sorted(p for p in SHARED.glob("*") if p.is_file() and p.name not in ("expected.json", "README.md"))
    repo = sorted(REPO.glob("*")) if REPO.is_dir() else []
    return {"shared": shared, "repo": repo, "all": shared + repo}[which]


def _page_count(pdf: bytes) -> int:
    """Return the number of pages of a PDF speechconv wrote (its page objects)."""
    import re

    return len(re.findall(rb"/Type\s*/Page\b", pdf))


def twenty_pages(doc: Document, pages: int = 20) -> tuple[Document, bytes]:
    """Return ``doc`` cut to the blocks that fill ``pages`` PDF pages, and its PDF."""
    from dataclasses import replace

    speech = doc.speeches[0]
    lo, hi = 1, len(speech.blocks)
    while lo < hi:                     # the most blocks whose PDF has at most ``pages`` pages
        mid = (lo + hi + 1) // 2
        if _page_count(own_pdf(replace(doc, speeches=(replace(speech, blocks=speech.blocks[:mid]),)))) <= pages:
            lo = mid
        else:
            hi = mid - 1
    cut = replace(doc, speeches=(replace(speech, blocks=speech.blocks[:lo]),))
    return cut, own_pdf(cut)


def html_page(doc: Document) -> str:
    """Return a plain web page of ``doc``'s first speech: title, salutation, headings and paragraphs."""
    from html import escape

    speech = doc.speeches[0]
    parts = [f"<h1>{escape(speech.title or '')}</h1>"]
    if speech.salutation:
        parts.append(f"<p>{escape(speech.salutation)}</p>")
    parts += [f"<h2>{escape(b.label)}</h2>" if isinstance(b, Heading) else f"<p>{escape(b.text)}</p>"
              for b in speech.blocks]
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>" + escape(speech.title or "")
            + "</title></head><body>" + "".join(parts) + "</body></html>")


def timing() -> None:
    """Print the read time of a 20-page PDF beside the HTML reader's time for the same text."""
    doc, pdf = twenty_pages(speechconv.read(TIMING_PAGE))
    html = html_page(doc).encode("utf-8")

    def best(fn, n: int = 5) -> float:
        times = []
        for _ in range(n):
            start = time.perf_counter()
            fn()
            times.append(time.perf_counter() - start)
        return min(times)

    t_html = best(lambda: speechconv.read(html, name="page.html"))
    t_pdf = best(lambda: speechconv.read(pdf, name="page.pdf"))
    other = pdf.replace(b"(speechconv)", b"(elsewhere )")   # read as any other PDF: reader, then passes
    t_other = best(lambda: speechconv.read(other, name="page.pdf"))
    t_other_raw = best(lambda: speechconv.read(other, name="page.pdf", passes=[]))
    t_html_raw = best(lambda: speechconv.read(html, name="page.html", passes=[]))
    print(f"timing ({TIMING_PAGE.name}, {_page_count(pdf)} PDF pages, best of 5): "
          f"HTML {t_html * 1000:.0f} ms (reader alone {t_html_raw * 1000:.0f} ms); "
          f"speechconv's PDF read back {t_pdf * 1000:.0f} ms; "
          f"the same PDF as any other {t_other * 1000:.0f} ms (reader alone {t_other_raw * 1000:.0f} ms)")


def main(argv: list[str] | None = None) -> int:
    """Print the table; return 0."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", dest="which", default="all", choices=("shared", "tune", "check", "repo", "all"))
    ap.add_argument("--forms", default="own,libreoffice", help="the forms to check, comma-separated")
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "speechconv-forms-pdf")
    ap.add_argument("--only", help="check only pages whose name holds this")
    ap.add_argument("--quiet", action="store_true", help="print the totals only")
    ap.add_argument("--timing", action="store_true", help="time a 20-page PDF against the HTML reader")
    args = ap.parse_args(argv)
    totals: dict[str, list[bool]] = {}
    no_form: dict[str, list[str]] = {}
    for page in pages_of(args.which):
        if args.only and args.only not in page.name:
            continue
        results = check_page(page, args.cache, tuple(f for f in args.forms.split(",") if f in ("own", "libreoffice")))
        for form, outcome in results.items():
            if outcome.no_form:
                no_form.setdefault(form, []).append(page.name)
                if not args.quiet:
                    print(f"{page.name[:44]:44s} {form:11s} no form: {outcome.no_form}")
                continue
            totals.setdefault(form, []).append(outcome.ok)
            if not args.quiet:
                status = "ok" if outcome.ok else "; ".join(outcome.misses)
                print(f"{page.name[:44]:44s} {form:11s} {outcome.ratio:6.3f} {outcome.seconds * 1000:6.0f} ms  {status}")
    for form, oks in totals.items():
        apart = f"; no form of {len(no_form[form])}: {', '.join(no_form[form])}" if no_form.get(form) else ""
        print(f"{form}: {sum(oks)}/{len(oks)} pages read alike ({100 * sum(oks) / len(oks):.0f} %){apart}")
    if args.timing:
        timing()
    return 0


if __name__ == "__main__":
    sys.exit(main())
