"""LibreOffice renders the DOCX: 28 × 22 grid, outer page numbers, layoutcheck, embedded fonts.

One ``soffice --headless`` run (a fresh profile under the test's temporary folder) converts every
document, on a font configuration *without* the shipped fonts: the system's fonts only, with system
copies of the shipped families rejected. The embedded-font document goes last, because LibreOffice
keeps the first embedded copy of a family for the rest of the process. A control document names the
shipped fonts without embedding them, which proves that the machine really lacks them.

Skips, with the reason, when soffice, pdfplumber or ../shared/tools/layoutcheck.py is missing.
"""
from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import docx
import pytest
from docx.shared import Mm

from speechconv.model import Document, Paragraph, Speech
from speechconv.profile import _default_table, _merge, load_profile, profile_from_dict
from speechconv.writers.docx import write_docx
from speechconv.writers.layout import flow

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
LAYOUTCHECK = ROOT.parent / "shared" / "tools" / "layoutcheck.py"
PT_PER_MM = 72 / 25.4
PAGE_H = 297 * PT_PER_MM
BLOCK_BOTTOM = PAGE_H - 35 * PT_PER_MM
LEFT, RIGHT = 28 * PT_PER_MM, (210 - 26) * PT_PER_MM
#: PostScript names of the shipped fonts, as PDF font names show them (after the subset tag).
SHIPPED_PS = ("FandolFang-Regular", "FandolHei-Regular", "FandolKai-Regular", "NotoSerifCJKsc-Black",
              "WenQuanYiMicroHei")
#: Documents in conversion order: (name, model, [docx] settings, with the reference document).
DOCS = [("grid", None, {}, False), ("model", "two-speeches", {}, False),
        ("long", "long-speech", {}, False), ("reference", "long-speech", {}, True),
        ("control", "long-speech", {"font_names": "bundled"}, False),
        ("embedded", "long-speech", {"embed_fonts": True}, False)]

_GRID_TEXT = "国家发展改革委员会关于推进新时代文化建设高质量发展的实施意见提出要坚持以人民为中心"


def _grid_doc() -> Document:
    """Return body-only paragraphs of CJK without punctuation: every full line must hold 28."""
    text = (_GRID_TEXT * 10)[:300]
    return Document(speeches=(Speech(blocks=tuple(Paragraph.of(text) for _ in range(6))),))


def _model(name: str) -> Document:
    return Document.from_json((DATA / "model" / f"{name}.json").read_text("utf-8"))


def _shipped_system_files() -> list[str]:
    """Return system font files whose family is one the project ships (they would hide the proof)."""
    if shutil.which("fc-list") is None:
        return []
    families = {face.bundled for face in load_profile().faces.values()}
    out = subprocess.run(["fc-list", "--format", "%{file}\t%{family}\n"], capture_output=True,
                         text=True, timeout=60).stdout
    files = []
    for line in out.splitlines():
        path, _, fams = line.partition("\t")
        if families & {f.strip() for f in fams.split(",")}:
            files.append(path)
    return sorted(set(files))


def _system_cjk_font() -> bool:
    """Return True when fontconfig knows a Chinese font that is not a system copy of a shipped one."""
    if shutil.which("fc-list") is None:
        return False
    out = subprocess.run(["fc-list", ":lang=zh", "file"], capture_output=True, text=True, timeout=60).stdout
    shipped = set(_shipped_system_files())
    return any(line.rstrip(":").strip() not in shipped for line in out.splitlines() if line.strip())


def _fonts_conf(tmp: Path) -> Path:
    """Return a fontconfig file: the system's fonts, minus any system copy of a shipped family."""
    rejects = "".join(f"<glob>{p}</glob>" for p in _shipped_system_files())
    conf = tmp / "fonts.conf"
    conf.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
                    '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
                    f"<selectfont><rejectfont>{rejects}</rejectfont></selectfont>"
                    f"<cachedir>{tmp / 'fc-cache'}</cachedir></fontconfig>", "utf-8")
    return conf


def _reference(path: Path) -> Path:
    """Write a reference document: US Letter, 20 mm margins, a footer of its own."""
    ref = docx.Document()
    sec = ref.sections[0]
    sec.page_width, sec.page_height = Mm(215.9), Mm(279.4)
    sec.top_margin = sec.bottom_margin = sec.left_margin = sec.right_margin = Mm(20)
    sec.footer.paragraphs[0].text = "参考页脚"
    ref.save(path)
    return path


@dataclass
class Rendered:
    """The PDFs LibreOffice wrote, by document name, and how long the conversion took."""

    pdfs: dict[str, Path]
    seconds: float


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> Rendered:
    """Write every document of DOCS and convert them to PDF in one LibreOffice run."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not on PATH; install libreoffice-writer-nogui to run "
                    "the rendering checks")
    pytest.importorskip("pdfplumber", reason="pdfplumber is needed to measure the PDF")
    if not _system_cjk_font():
        pytest.skip("no system CJK font for LibreOffice's fallback (it would draw every character with "
                    "one glyph); install fonts-droid-fallback to run the rendering checks")
    tmp = tmp_path_factory.mktemp("render")
    reference = _reference(tmp / "reference-doc.docx")
    for name, model, keys, with_ref in DOCS:
        settings = dict(keys, reference_doc=str(reference)) if with_ref else keys
        profile = profile_from_dict(_merge(_default_table(), {"docx": settings}))
        doc = _grid_doc() if model is None else _model(model)
        with open(tmp / f"{name}.docx", "wb") as fh:
            write_docx(doc, fh, profile)
    env = dict(os.environ, FONTCONFIG_FILE=str(_fonts_conf(tmp)), HOME=str(tmp))
    cmd = [soffice, f"-env:UserInstallation=file://{tmp / 'lo-profile'}", "--headless",
           "--convert-to", "pdf", "--outdir", str(tmp)] + [str(tmp / f"{n}.docx") for n, *_ in DOCS]
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    seconds = time.perf_counter() - start
    pdfs = {n: tmp / f"{n}.pdf" for n, *_ in DOCS}
    missing = [str(p) for p in pdfs.values() if not p.is_file()]
    assert not missing, f"LibreOffice made no PDF for {missing}: {proc.stdout} {proc.stderr}"
    return Rendered(pdfs, seconds)


@dataclass
class Row:
    """One printed line: its top (pt from the page top), its characters' text and x extent."""

    top: float
    text: str
    x0: float
    x1: float


def _rows(pdf_path: Path) -> list[list[Row]]:
    """Return each page's printed lines: characters clustered by their top."""
    import pdfplumber

    pages = []
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            chars = sorted((c for c in page.chars if c["text"].strip()), key=lambda c: c["top"])
            clusters: list[list] = []
            for c in chars:
                if clusters and c["top"] - clusters[-1][0]["top"] < 8:
                    clusters[-1].append(c)
                else:
                    clusters.append([c])
            pages.append([Row(statistics.median(c["top"] for c in cs),
                              "".join(c["text"] for c in sorted(cs, key=lambda c: c["x0"])),
                              min(c["x0"] for c in cs), max(c["x1"] for c in cs)) for cs in clusters])
    return pages


def _body_rows(rows: list[Row]) -> list[Row]:
    return [r for r in rows if r.top < BLOCK_BOTTOM]


def _fonts_by_char(pdf_path: Path) -> dict[str, set[str]]:
    """Return font name (subset tag removed) -> the characters drawn in it."""
    import pdfplumber

    out: dict[str, set[str]] = {}
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            for c in page.chars:
                out.setdefault(c["fontname"].split("+")[-1], set()).add(c["text"])
    return out


def _layoutcheck(pdf: Path) -> dict:
    """Return layoutcheck.py's JSON report on ``pdf`` (its summary line under ``summary_line``)."""
    if not LAYOUTCHECK.is_file():
        pytest.skip(f"layoutcheck not found at {LAYOUTCHECK} (tests expect ../shared beside the checkout)")
    proc = subprocess.run([sys.executable, str(LAYOUTCHECK), str(pdf), "--json"], capture_output=True,
                          text=True, timeout=300)
    lines = proc.stdout.strip().splitlines()
    assert proc.returncode in (0, 1) and lines, proc.stderr
    report = json.loads(lines[0])
    report["summary_line"] = lines[-1]
    return report


# --- the grid, measured directly ----------------------------------------------------------------

def test_render_full_lines_hold_28_characters(rendered):
    pages = _rows(rendered.pdfs["grid"])
    counts = [len(r.text) for page in pages for r in _body_rows(page)]
    # each 300-character paragraph: 26 after the 2-character indent, then 28, 28, ... and the rest
    assert counts[:11] == [26] + [28] * 9 + [22]
    assert max(counts) == 28
    for page in pages:
        for r in _body_rows(page):
            assert r.x0 >= LEFT - 0.5 and r.x1 <= RIGHT + 0.5


def test_render_pages_hold_22_lines_on_the_pitch(rendered):
    pages = _rows(rendered.pdfs["grid"])
    for page in pages[:-1]:
        body = _body_rows(page)
        assert len(body) == 22
        steps = [b.top - a.top for a, b in zip(body, body[1:])]
        assert steps == pytest.approx([28.95] * 21, abs=0.1)      # linePitch 579 twips


def test_render_page_numbers_outside_and_7mm_below(rendered):
    pages = _rows(rendered.pdfs["grid"])
    assert len(pages) >= 2
    for index, page in enumerate(pages):
        number = [r for r in page if r.top > BLOCK_BOTTOM]
        assert len(number) == 1
        row = number[0]
        assert row.text == f"—{index + 1}—"
        assert (row.top - BLOCK_BOTTOM) / PT_PER_MM == pytest.approx(7, abs=1.5)
        if index % 2 == 0:      # odd page: right, one 16 pt character in from the edge
            assert RIGHT - row.x1 == pytest.approx(16, abs=2)
        else:
            assert row.x0 - LEFT == pytest.approx(16, abs=2)


def test_render_model_keeps_every_line_and_breaks_before_speech_two(rendered):
    model = _model("two-speeches")
    pages = _rows(rendered.pdfs["model"])
    printed = "".join(r.text for page in pages for r in _body_rows(page))
    for line in flow(model, load_profile()):
        assert line.text.replace(" ", "") in printed
    starts = [_body_rows(page)[0].text for page in pages]
    assert model.speeches[1].title in starts[1:]


def test_render_title_page_keeps_22_grid_lines(rendered):
    """The 22 pt title sits on one 28.95 pt grid line (not snapped to two), so page 1 holds 22."""
    first = _body_rows(_rows(rendered.pdfs["long"])[0])
    span = (first[-1].top - first[0].top) / 28.95
    assert round(span) == 21                   # first to last line: 21 steps, title line included


# --- layoutcheck ------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["long", "embedded"])
def test_layoutcheck_passes(rendered, name):
    report = _layoutcheck(rendered.pdfs[name])
    status = {c["name"]: c["status"] for c in report["checks"]}
    failed = {k: c["detail"] for c in report["checks"] if c["status"] == "FAIL" for k in [c["name"]]}
    assert failed == {}, report["summary_line"]
    for check in ("page size", "margins", "lines per full page", "chars per full line", "line pitch",
                  "body font size", "page numbers", "fonts embedded", "glyph mapping"):
        assert any(k.startswith(check) and v == "PASS" for k, v in status.items()), (check, status)
    assert report["pages"] >= 4


# --- embedded fonts on a machine without them ------------------------------------------------------

def test_control_without_embedding_falls_back_to_other_fonts(rendered):
    """The shipped fonts are not installed here: naming them without embedding draws something else."""
    fonts = _fonts_by_char(rendered.pdfs["control"])
    assert not [f for f in fonts if f.startswith(SHIPPED_PS)], sorted(fonts)


def test_embedded_fonts_draw_every_chinese_character(rendered):
    fonts = _fonts_by_char(rendered.pdfs["embedded"])
    used = {f for f in fonts if f.startswith(SHIPPED_PS)}
    assert {"FandolFang-Regular", "FandolHei-Regular", "FandolKai-Regular",
            "NotoSerifCJKsc-Black"} <= used
    strangers = {f: "".join(sorted(c for c in chars if ord(c) > 0x2E80))
                 for f, chars in fonts.items() if not f.startswith(SHIPPED_PS)}
    assert {f: s for f, s in strangers.items() if s} == {}      # only Latin/digits in other fonts


def test_pdffonts_lists_the_embedded_fonts(rendered):
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    out = subprocess.run(["pdffonts", str(rendered.pdfs["embedded"])], capture_output=True, text=True,
                         timeout=60).stdout
    names = {line.split()[0].split("+")[-1] for line in out.splitlines()[2:] if line.strip()}
    assert {"FandolFang-Regular", "FandolHei-Regular", "FandolKai-Regular", "NotoSerifCJKsc-Black"} <= names


# --- reference document --------------------------------------------------------------------------

def test_reference_page_set_up_and_footer_are_rendered(rendered):
    import pdfplumber

    with pdfplumber.open(rendered.pdfs["reference"]) as pdf:
        page = pdf.pages[0]
        assert (round(float(page.width)), round(float(page.height))) == (612, 792)    # US Letter
        text = page.extract_text()
    assert "参考页脚" in text and "— 1 —" not in text
    assert min(c["x0"] for c in page.chars) == pytest.approx(20 * PT_PER_MM, abs=2)


def test_one_conversion_stays_within_budget(rendered):
    # six documents in one soffice run: about 5 s measured on a 2-core machine
    assert rendered.seconds < 120
