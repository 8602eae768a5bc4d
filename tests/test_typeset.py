"""The composed pages (speechconv.writers.typeset): plain data that the PDF draws exactly.

A writer that knows only font files (OFD) must be able to draw the same pages, so the composition holds
no reportlab or font objects, names real font files, and the PDF shows every glyph where it says.
"""
from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pytest

from speechconv.model import Document, Notice, Paragraph, Run, Speech
from speechconv.profile import MM, load_profile
from speechconv.writers.pdf import write_pdf
from speechconv.writers.typeset import Composition, compose

DATA = Path(__file__).resolve().parent / "data"
PLAIN = (str, int, float, bool, type(None))


@pytest.fixture(scope="module")
def profile():
    return load_profile()


@pytest.fixture(scope="module")
def doc() -> Document:
    """Return the two-speech fixture plus a paragraph with bold, italic, a blank and a missing glyph."""
    base = Document.from_json((DATA / "model" / "rare-and-blanks.json").read_text("utf-8"))
    marks = Paragraph((Run("请"), Run("XX市", placeholder=True), Run("强调", bold=True),
                       Run("斜体", italic=True), Run("缺\U00020000字")))
    extra = Speech(title="标记", blocks=(marks,))
    two = Document.from_json((DATA / "model" / "two-speeches.json").read_text("utf-8"))
    return base.evolve(speeches=base.speeches + two.speeches + (extra,))


@pytest.fixture(scope="module")
def composed(doc, profile) -> Composition:
    return compose(doc, profile)


def _walk(value, path="composition"):
    """Yield (path, value) of every leaf of a composed value."""
    if dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            yield from _walk(getattr(value, f.name), f"{path}.{f.name}")
    elif isinstance(value, (tuple, list)):
        for k, item in enumerate(value):
            yield from _walk(item, f"{path}[{k}]")
    else:
        yield path, value


def test_composition_is_plain_data(composed):
    leaves = list(_walk(composed))
    assert len(leaves) > 1000
    odd = [(p, type(v).__name__) for p, v in leaves if not isinstance(v, PLAIN)]
    assert odd == []
    assert all(isinstance(n, Notice) for n in composed.notices)


def test_runs_cover_every_line_and_name_font_files(composed):
    files = composed.fonts()
    assert all(Path(f).is_absolute() and Path(f).is_file() for f in files)
    for page in composed.pages:
        for line in (*page.lines, page.page_number):
            assert len(line.xs) == len(line.widths) == len(line.text)
            ends = [(r.start, r.end) for r in line.runs]
            assert [s for s, _ in ends] == [0] + [e for _, e in ends[:-1]]
            assert (ends[-1][1] if ends else 0) == len(line.text)


def test_fallback_and_missing_glyphs_are_marked(composed):
    styles = {}
    for page in composed.pages:
        for line in page.lines:
            for r in line.runs:
                for ch in line.text[r.start:r.end]:
                    styles.setdefault(ch, r.style)
    for ch in "镕喆堃":
        assert styles[ch].fallback and "WenQuanYi" in styles[ch].font
    assert not styles["请"].fallback
    assert styles["\U00020000"].font is None
    assert any(n.code == "missing-glyph" and "U+20000" in n.text for n in composed.notices)


def test_highlights_cover_the_placeholders(composed):
    for page in composed.pages:
        for line in page.lines:
            marked = [k for r in line.runs if r.style.placeholder for k in range(r.start, r.end)]
            covered = [k for k in range(len(line.text))
                       if any(h.x < line.xs[k] + line.widths[k] / 2 < h.x + h.width for h in line.highlights)]
            assert covered == marked
            for h in line.highlights:
                assert h.y < line.baseline < h.y + h.height


def test_page_numbers_sit_on_the_outer_side(composed, profile):
    left, right = profile.page.left_mm * MM, (profile.page.width_mm - profile.page.right_mm) * MM
    for page in composed.pages:
        pn = page.page_number
        assert pn.text == f"— {page.number} —"
        if page.number % 2:
            assert pn.xs[-1] + pn.widths[-1] < right - 10 and pn.xs[0] > composed.width / 2
        else:
            assert pn.xs[0] > left + 10 and pn.xs[-1] < composed.width / 2


def test_outline_entries_follow_titles(composed, doc):
    titles = [e.title for p in composed.pages for e in p.outlines if e.level == 0]
    assert titles == [s.title for s in doc.speeches if s.title]


pdfplumber = pytest.importorskip("pdfplumber", reason="pdfplumber is needed to read the PDF back")


def test_the_pdf_draws_every_glyph_where_the_composition_says(doc, profile, composed):
    buf = io.BytesIO()
    write_pdf(doc, buf, profile)
    with pdfplumber.open(io.BytesIO(buf.getvalue())) as pdf:
        assert len(pdf.pages) == len(composed.pages)
        for got, page in zip(pdf.pages, composed.pages):
            want = sorted((line.baseline, line.xs[k], ch) for line in (*page.lines, page.page_number)
                          for r in line.runs if r.style.font is not None
                          for k, ch in enumerate(line.text[r.start:r.end], start=r.start)
                          if not ch.isspace())
            seen = sorted((composed.height - c["matrix"][5], c["matrix"][4], c["text"])
                          for c in got.chars if not c["text"].isspace())
            assert [ch for *_, ch in seen] == [ch for *_, ch in want]
            for (y, x, _), (wy, wx, _) in zip(seen, want):
                assert abs(y - wy) < 0.01 and abs(x - wx) < 0.01


@pytest.mark.parametrize("title", ["第二篇讲话", None])
def test_each_speech_after_the_first_starts_a_page_titled_or_not(title):
    from speechconv.writers.flow import flow

    first = Speech(title="第一篇讲话", blocks=(Paragraph.of("第一篇的正文。"),))
    second = Speech(title=title, blocks=(Paragraph.of("Second speech, untitled or not."),))
    paras = flow(Document(speeches=(first, second)), load_profile())
    opening = next(p for p in paras if p.speech == 1)
    assert opening.page_break_before
    assert sum(p.page_break_before for p in paras) == 1
