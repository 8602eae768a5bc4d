"""The PDF writer: pure line breaking and pagination, then real PDFs read back with pdfplumber.

Line breaking is tested greedy (``break_lines``) and exact (``break_exact``: a paragraph set in a given
number of lines, to retouch a short line or keep a page full); page filling through the composer's
slots. The end-to-end checks measure the written file (glyph positions, fonts, outline, metadata,
warnings); the GB/T 9704 acceptance test runs ``../shared/tools/layoutcheck.py`` on a generated
multi-page document (tests/test_corpus_layout.py runs it on every corpus page).
"""
from __future__ import annotations

import io
import random
import re
import subprocess
import sys
import threading
import zlib
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from speechconv.errors import FontError, OutputError
from speechconv.model import Document, Heading, Paragraph, Run, Speech
from speechconv.profile import MM, load_profile
from speechconv.writers.flow import FlowPara, Span, balance_title, flow
from speechconv.writers.pdf import write_pdf
from speechconv.writers.typeset import compose
from speechconv.writers.typeset.compose import Composer
from speechconv.writers.typeset.fontset import FontSet
from speechconv.writers.typeset.atoms import NO_END, NO_START, grid_cells, joined_gaps
from speechconv.writers.typeset.exact import EXCUSED_COST, LONE_COST, SHORT_COST, break_exact, breaks_cost
from speechconv.writers.typeset.linebreak import break_lines
from speechconv.writers.typeset.paginate import ParaShape, Slot, paginate

DATA = Path(__file__).resolve().parent / "data"
ROOT = Path(__file__).resolve().parents[1]
LAYOUTCHECK = ROOT.parent / "shared" / "tools" / "layoutcheck.py"

CELL = 156 * MM / 28                 # 15.79 pt
MEASURE = 156 * MM                   # 442.2 pt
TOL = 0.3 * CELL
LEFT, RIGHT = 28 * MM, (210 - 26) * MM


# ------------------------------------------------------------------ pure line breaking

def measured(text: str, half: dict[str, float] | None = None) -> tuple[list[float], list[float]]:
    """Return (widths, spacing) as the body font gives them: CJK 16 pt, half-width 8 pt, -0.21 pt."""
    half = half or {}
    widths = [16.0 if grid_cells(ch) == 1 else half.get(ch, 8.0) for ch in text]
    return widths, [-0.21] * len(text)


def lines_of(text: str, first: float | None = None, half: dict[str, float] | None = None):
    """Return [(line text, kind)] for ``text`` broken at the body measure."""
    widths, spacing = measured(text, half)
    breaks = break_lines(text, widths, spacing, MEASURE, first_measure=first, cell=CELL,
                         tolerance=TOL)
    return [(text[b.start:b.end], b.kind) for b in breaks]


BREAK_CASES = [
    # (id, text, first-line measure, expected [(chars, kind)] for the first lines)
    ("full lines hold 28", "一" * 60, None, [(28, "fit"), (28, "fit"), (4, "last")]),
    ("indent leaves 26", "一" * 60, MEASURE - 2 * CELL, [(26, "fit"), (28, "fit"), (6, "last")]),
    ("comma that fits stays", "一" * 27 + "，" + "二" * 5, None, [(28, "fit"), (5, "last")]),
    ("comma pulled up (29 cells)", "一" * 28 + "，" + "二" * 5, None, [(29, "squeeze"), (5, "last")]),
    ("closing quote pulled up", "一" * 27 + "。”" + "二" * 5, None, [(29, "squeeze"), (5, "last")]),
    ("two closers: push one down", "一" * 28 + "。”" + "二" * 5, None, [(27, "push"), (8, "last")]),
    ("opening bracket pushed down", "一" * 27 + "（二）" + "三" * 5, None, [(27, "push"), (8, "last")]),
    ("ellipsis pair pulled up whole", "一" * 27 + "……" + "二" * 3, None, [(29, "squeeze"), (3, "last")]),
]


@pytest.mark.parametrize("text,first,expected", [c[1:] for c in BREAK_CASES], ids=[c[0] for c in BREAK_CASES])
def test_break_lines_table(text, first, expected):
    got = lines_of(text, first)
    assert [(len(t), k) for t, k in got] == expected
    for t, _ in got[1:]:
        assert t[0] not in NO_START
    for t, _ in got:
        assert t[-1] not in NO_END


def test_number_is_never_split():
    got = lines_of("一" * 27 + "2024年3月8日，" + "二" * 10)
    assert got[0][0] == "一" * 27
    assert got[1][0].startswith("2024年")


def test_number_that_fits_fills_the_line():
    got = lines_of("一" * 26 + "2024年")
    assert got[0][0] == "一" * 26 + "2024"          # 26 + 4 × 0.5 = 28 grid cells
    assert got[1][0] == "年"


def test_percent_and_decimal_stay_with_the_number():
    got = lines_of("一" * 25 + "增长12.5%，" + "二" * 10)
    joined = [t for t, _ in got]
    assert any("12.5%" in t for t in joined), joined


def test_wide_latin_letters_still_fill_28_grid_cells():
    # X is 0.74 em in FandolFang: the line takes one more character and is squeezed, not left short
    text = "一" * 25 + "XX" + "二" * 10
    got = lines_of(text, half={"X": 11.82})
    assert sum(grid_cells(c) for c in got[0][0]) == 28


def test_latin_word_moves_whole():
    got = lines_of("一" * 26 + "ABCDEFGH" + "二")
    assert got[0][0] == "一" * 26
    assert got[1][0].startswith("ABCDEFGH")


def test_word_longer_than_a_line_is_cut_without_overflow():
    text = "一" * 10 + "https://example.gov.cn/" + "a" * 120
    widths, spacing = measured(text)
    breaks = break_lines(text, widths, spacing, MEASURE, cell=CELL, tolerance=TOL)
    assert "".join(text[b.start:b.end] for b in breaks) == text
    assert all(b.natural <= MEASURE + TOL + 1e-6 for b in breaks)
    assert breaks[0].end > 10                        # the URL starts on the first line


def test_empty_text_gives_one_empty_line():
    assert [(b.start, b.end, b.kind) for b in break_lines("", [], [], MEASURE)] == [(0, 0, "last")]


def test_mismatched_lengths_raise():
    with pytest.raises(ValueError):
        break_lines("一二", [16.0], [0.0, 0.0], MEASURE)


def test_joined_gaps_inside_numbers_and_pairs():
    text = "年12.5%和——及"
    j = joined_gaps(text)
    assert j == [False, True, True, True, True, False, False, True, False, False]


@pytest.mark.parametrize("seed", range(40))
def test_random_text_invariants(seed):
    rnd = random.Random(seed)
    alphabet = "一二三四五六七八九十，。、；：？！（）《》“”……——0123456789ab %"
    text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(50, 400)))
    widths, spacing = measured(text)
    breaks = break_lines(text, widths, spacing, MEASURE, first_measure=MEASURE - 2 * CELL, cell=CELL,
                         tolerance=TOL)
    pos = 0
    for n, b in enumerate(breaks):
        assert text[pos:b.start].strip() == "", "text lost between lines"
        limit = (MEASURE - 2 * CELL if n == 0 else MEASURE) + TOL + CELL + 1e-6
        assert b.natural <= limit, "a line runs into the margin"
        if n > 0 and breaks[n - 1].kind != "force" and b.end > b.start:
            assert text[b.start] not in NO_START, text[b.start:b.end]
        if b.kind not in ("force", "last") and b.end > b.start:
            assert text[b.end - 1] not in NO_END, text[b.start:b.end]
        pos = b.end
    assert text[pos:].strip() == ""
    assert breaks[-1].kind == "last"


# ------------------------------------------------------------------ exact line counts

FIRST = MEASURE - 2 * CELL                # a body paragraph's first line: indented 2 characters


def greedy(text: str) -> list:
    """Return the greedy breaks of a body paragraph ``text``."""
    widths, spacing = measured(text)
    return break_lines(text, widths, spacing, [FIRST, MEASURE], cell=CELL, tolerance=TOL)


def exact(text: str, count: int, max_short: float = 2.0):
    """Return break_exact's (cost, breaks) for a body paragraph ``text`` in ``count`` lines."""
    widths, spacing = measured(text)
    return break_exact(text, widths, spacing, [FIRST, MEASURE], count, CELL, TOL, max_short)


def cells(text: str, b) -> float:
    """Return the grid cells of the line ``b`` of ``text``."""
    return sum(grid_cells(ch) for ch in text[b.start:b.end])


def test_exact_break_prefers_a_short_line_that_kinsoku_explains():
    # greedy: 26 | 27 二 + 甲 + ， pulled up (29) | 27 三. One line looser: push 甲 down before its
    # comma (a 避头尾 push, cheap) rather than leave a line short for no reason.
    text = "一" * 26 + "二" * 27 + "甲，" + "三" * 27
    assert len(greedy(text)) == 3
    cost, brs = exact(text, 4)
    assert [text[b.start:b.end] for b in brs] == ["一" * 26, "二" * 27, "甲，" + "三" * 26, "三"]
    assert cost == pytest.approx(EXCUSED_COST + LONE_COST)


def test_exact_break_spreads_a_deficit_over_lines():
    text = "一" * 26 + "二" * 28 + "三" * 26            # the last line is 2 characters short of full
    cost, brs = exact(text, 4)
    assert len(brs) == 4 and "".join(text[b.start:b.end] for b in brs) == text
    shorts = [(FIRST if n == 0 else MEASURE) / CELL - cells(text, b) for n, b in enumerate(brs[:-1])]
    assert all(0 <= s <= 2 for s in shorts) and sum(shorts) >= 3
    assert SHORT_COST * 2 < cost < 4


def test_exact_break_gives_none_when_no_line_can_be_that_loose():
    text = "一" * 26 + "二" * 28 + "三" * 3
    assert exact(text, 4) is None
    assert exact(text, 4, max_short=20) is not None


def test_exact_break_can_take_a_line_back_with_half_width_characters():
    # greedy leaves line 2 at 27.5 cells (within half a cell of full) and sets "12" alone
    text = "一" * 26 + "二" * 26 + "5三12"
    assert [text[b.start:b.end] for b in greedy(text)][-1] == "12"
    cost, brs = exact(text, 2)
    assert [text[b.start:b.end] for b in brs] == ["一" * 26, "二" * 26 + "5三12"]


def test_retouch_beats_a_line_pushed_two_characters_short():
    # greedy pulls ， up on line 1, then must push “二 down on line 2 (26 cells): breaking line 1
    # before 乙， instead fills line 2 exactly
    text = "甲" * 25 + "乙，" + "丙" * 26 + "“二”，" + "丁" * 20
    widths, spacing = measured(text)
    brs = greedy(text)
    assert cells(text, brs[1]) == 26
    before = breaks_cost(text, widths, spacing, brs, [FIRST, MEASURE], CELL, TOL)
    assert before >= SHORT_COST
    cost, better = exact(text, len(brs))
    assert cost < before
    assert [cells(text, b) for b in better[:2]] == [25, 28]


def test_composer_retouches_paragraphs(profile):
    text = "甲" * 25 + "乙，" + "丙" * 26 + "“二”，" + "丁" * 20
    composer = Composer(profile, FontSet(profile))
    para = composer.paragraph(FlowPara("body", (Span(text, "body"),), 0))
    assert [len(tl.text) for tl in para.lines][:2] == [25, 28]


@pytest.mark.parametrize("seed", range(25))
def test_exact_break_invariants(seed):
    rnd = random.Random(seed)
    alphabet = "一二三四五六七八九十，。、；：？！（）《》“”……——0123456789ab %"
    text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(60, 300)))
    count = len(greedy(text))
    for lines in (count - 1, count, count + 1):
        got = exact(text, lines)
        if got is None:
            continue
        brs = got[1]
        assert len(brs) == lines
        pos = 0
        for n, b in enumerate(brs):
            assert text[pos:b.start].strip() == "", "text lost between lines"
            measure = FIRST if n == 0 else MEASURE
            assert b.natural <= measure + 2 * TOL + CELL + 1e-6, "a line runs into the margin"
            if n < lines - 1:
                assert cells(text, b) >= measure / CELL - 2.5
                assert text[b.end - 1] not in NO_END
            if n > 0 and b.end > b.start:
                assert text[b.start] not in NO_START
            pos = b.end
        assert text[pos:].strip() == "" and brs[-1].kind == "last"


def test_balance_title_breaks_long_titles_into_even_lines():
    assert balance_title("在全市文化工作推进会上的讲话", 20) == ["在全市文化工作推进会上的讲话"]
    assert balance_title("在庆祝中华人民共和国成立76周年招待会上的讲话", 20) == [
        "在庆祝中华人民共和国成立", "76周年招待会上的讲话"]
    assert balance_title("在全市妇女工作会议暨“巾帼建功”活动表彰大会上的讲话", 20) == [
        "在全市妇女工作会议暨", "“巾帼建功”活动表彰大会上的讲话"]
    assert balance_title("在2024年全省经济工作会议上的讲话——坚定信心真抓实干奋力开创新局面", 20) == [
        "在2024年全省经济工作会议上的讲话", "——坚定信心真抓实干奋力开创新局面"]
    for title in ("关于进一步加强和改进新时代党的建设工作的实施意见", "在纪念毛泽东同志诞辰130周年座谈会上的讲话",
                  "一" * 45):
        parts = balance_title(title, 20)
        assert "".join(parts) == title and all(len(p) <= 20 for p in parts)
        assert max(map(len, parts)) - min(map(len, parts)) <= 6
        assert not any(p[0] in NO_START or p[-1] in NO_END for p in parts)


# ------------------------------------------------------------------ pagination

def test_paginate_fills_pages_of_22():
    res = paginate([ParaShape(1)] * 30, 22)
    pages = Counter(s.page for placed in res.slots for s in placed)
    assert pages == {0: 22, 1: 8}
    assert not res.strands


def test_heading_is_not_left_at_the_page_bottom():
    blocks = [ParaShape(21), ParaShape(1, keep_with_next=True), ParaShape(3)]
    res = paginate(blocks, 22)
    assert res.slots[1] == [Slot(1, 0)]
    assert res.strands[0].first == 1 and res.strands[0].page == 0 and res.strands[0].gap == 1


def test_page_break_and_blank_lines():
    blocks = [ParaShape(2, space_after=1), ParaShape(1, space_before=1),
              ParaShape(1, page_break_before=True, space_before=2)]
    res = paginate(blocks, 22)
    assert res.slots[1] == [Slot(0, 4)]
    assert res.slots[2] == [Slot(1, 0)]              # blank lines before are dropped at a page top


def test_chain_longer_than_a_page_is_not_moved():
    res = paginate([ParaShape(5), ParaShape(30, keep_with_next=True), ParaShape(1)], 22)
    assert res.slots[1][0] == Slot(0, 5)


# ------------------------------------------------------------------ end to end

pdfplumber = pytest.importorskip("pdfplumber", reason="pdfplumber is needed to read the PDFs back")


@pytest.fixture(scope="module")
def profile():
    return load_profile()


@pytest.fixture(scope="module")
def fixture_doc() -> Document:
    return Document.from_json((DATA / "model" / "two-speeches.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def fixture_pdf(fixture_doc, profile) -> tuple[bytes, list]:
    buf = io.BytesIO()
    notices = write_pdf(fixture_doc, buf, profile)
    return buf.getvalue(), notices


def long_doc(doc: Document, reps: int) -> Document:
    """Return ``doc`` with the first speech's body repeated ``reps`` times."""
    first = doc.speeches[0]
    return doc.evolve(speeches=(replace(first, blocks=first.blocks * reps),) + doc.speeches[1:])


def is_page_number(c: dict) -> bool:
    return c["top"] > 262 * MM


def lines(page) -> list[list[dict]]:
    """Return the page's characters grouped by baseline, left to right."""
    rows: dict[float, list[dict]] = {}
    for c in page.chars:
        rows.setdefault(round(c["matrix"][5], 1), []).append(c)
    return [sorted(r, key=lambda c: c["x0"]) for _, r in sorted(rows.items(), reverse=True)]


def test_pages_are_a4(fixture_pdf):
    with pdfplumber.open(io.BytesIO(fixture_pdf[0])) as pdf:
        assert len(pdf.pages) == 3
        for page in pdf.pages:
            assert page.width == pytest.approx(210 * MM, abs=0.5)
            assert page.height == pytest.approx(297 * MM, abs=0.5)


def test_every_character_comes_back(fixture_pdf, fixture_doc, profile):
    expected = Counter(ch for line in flow(fixture_doc, profile) for ch in line.text if not ch.isspace())
    with pdfplumber.open(io.BytesIO(fixture_pdf[0])) as pdf:
        got = Counter(c["text"] for p in pdf.pages for c in p.chars
                      if not is_page_number(c) and not c["text"].isspace())
    assert got == expected
    assert fixture_pdf[1] == []


def test_rare_characters_come_from_the_fallback_font(fixture_pdf):
    with pdfplumber.open(io.BytesIO(fixture_pdf[0])) as pdf:
        chars = [c for p in pdf.pages for c in p.chars if c["text"] in "镕喆堃"]
    assert sorted(c["text"] for c in chars) == sorted("镕喆堃")
    assert all("WenQuanYi" in c["fontname"] for c in chars)


def test_text_extracts_with_pdftotext_too(tmp_path, fixture_pdf):
    exe = "pdftotext"
    path = tmp_path / "f.pdf"
    path.write_bytes(fixture_pdf[0])
    try:
        out = subprocess.run([exe, str(path), "-"], capture_output=True, text=True, check=True).stdout
    except FileNotFoundError:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    flat = re.sub(r"\s+", "", out)
    for part in ("在全市文化工作推进会上的讲话", "（2023年全市文化消费增长12.5%）", "王镕、李喆、张堃"):
        assert part in flat


def test_fonts_are_embedded(fixture_pdf):
    from pdfminer.pdftypes import resolve1

    with pdfplumber.open(io.BytesIO(fixture_pdf[0])) as pdf:
        fonts = {}
        for page in pdf.pages:
            for ref in resolve1(page.page_obj.resources["Font"]).values():
                fd = resolve1(ref)
                fonts[resolve1(fd["BaseFont"]).name] = resolve1(fd["FontDescriptor"])
        used = {c["fontname"] for p in pdf.pages for c in p.chars}
    assert used <= set(fonts)
    for name in used:
        assert "FontFile2" in fonts[name], name
        assert re.match(r"^[A-Z]{6}\+", name), name  # a subset
    assert not any("Helvetica" in n for n in fonts)
    raw = fixture_pdf[0]                             # font files are Flate streams that inflate to TrueType
    streams = [zlib.decompress(m) for m in re.findall(rb"stream\r?\n(.*?)endstream", raw, re.S)
               if _inflates(m)]
    assert sum(st.startswith(b"\x00\x01\x00\x00") for st in streams) == len(used)


def test_page_numbers_outer_side(fixture_pdf):
    with pdfplumber.open(io.BytesIO(fixture_pdf[0])) as pdf:
        for n, page in enumerate(pdf.pages, start=1):
            pn = [c for c in page.chars if is_page_number(c)]
            assert "".join(c["text"] for c in pn).replace(" ", "") == f"—{n}—"
            assert all(c["size"] == pytest.approx(14) for c in pn)
            top = min(c["top"] for c in pn)
            assert top == pytest.approx((262 + 7) * MM, abs=0.5)
            if n % 2:
                assert RIGHT - max(c["x1"] for c in pn) == pytest.approx(16, abs=0.5)
            else:
                assert min(c["x0"] for c in pn) - LEFT == pytest.approx(16, abs=0.5)


def test_full_lines_are_justified_on_the_grid(fixture_pdf, profile):
    pitch = profile.page.line_pitch_pt
    with pdfplumber.open(io.BytesIO(fixture_pdf[0])) as pdf:
        pages = [[r for r in lines(page) if not is_page_number(r[0])] for page in pdf.pages]
    rows = [r for page in pages for r in page]
    full = [r for r in rows if len(r) == 28 and all(c["size"] == 16 for c in r)]
    assert len(full) >= 3
    for r in full:
        assert r[0]["x0"] == pytest.approx(LEFT, abs=0.05)
        assert r[-1]["x1"] == pytest.approx(RIGHT, abs=0.05)
        steps = [b["x0"] - a["x0"] for a, b in zip(r, r[1:])]
        assert max(steps) - min(steps) < 0.05         # justified by even spacing
    indented = [r for r in rows if len(r) == 26 and r[-1]["x1"] == pytest.approx(RIGHT, abs=0.05)]
    assert indented and all(r[0]["x0"] == pytest.approx(LEFT + 2 * CELL, abs=0.05) for r in indented)
    for page in pages:
        base = [r[0]["matrix"][5] for r in page if r[0]["size"] == 16]
        for b in base:                               # every body-size line sits on a grid slot
            k = (base[0] - b) / pitch
            assert abs(k - round(k)) < 0.01


def test_title_is_centred_and_larger(fixture_pdf):
    with pdfplumber.open(io.BytesIO(fixture_pdf[0])) as pdf:
        first = lines(pdf.pages[0])[0]
    assert "".join(c["text"] for c in first) == "在全市文化工作推进会上的讲话"
    assert all(c["size"] == pytest.approx(22) for c in first)
    mid = (first[0]["x0"] + first[-1]["x1"]) / 2
    assert mid == pytest.approx((LEFT + RIGHT) / 2, abs=1)
    assert "NotoSerif" in first[0]["fontname"]


def test_heading_and_lead_fonts(fixture_pdf):
    with pdfplumber.open(io.BytesIO(fixture_pdf[0])) as pdf:
        chars = [c for p in pdf.pages for c in p.chars]
        text = "".join(c["text"] for c in chars)
        at = text.index("一、统一思想")
        assert "FandolHei" in chars[at]["fontname"]
        at = text.index("（一）坚持问题导向")
        assert "FandolKai" in chars[at + 3]["fontname"]
        raw = fixture_pdf[0]
    streams = [zlib.decompress(m) for m in re.findall(rb"stream\r?\n(.*?)endstream", raw, re.S)
               if _inflates(m)]
    assert any(b" 2 Tr" in s or b"\n2 Tr" in s for s in streams), "lead sentences are not bold"


def _inflates(data: bytes) -> bool:
    try:
        zlib.decompress(data)
        return True
    except zlib.error:
        return False


def test_placeholders_are_highlighted(fixture_pdf):
    with pdfplumber.open(io.BytesIO(fixture_pdf[0])) as pdf:
        for page in pdf.pages:
            for c in page.chars:
                if c["text"] == "×":
                    assert any(r["x0"] <= c["x0"] + 0.1 and c["x1"] <= r["x1"] + 0.1
                               and r["top"] <= c["top"] + 2 for r in page.rects), "× not highlighted"
        assert sum(len(p.rects) for p in pdf.pages) == 2          # ××× and XX区


def test_outline_and_info(fixture_pdf):
    with pdfplumber.open(io.BytesIO(fixture_pdf[0])) as pdf:
        outline = [(lvl, title) for lvl, title, *_ in pdf.doc.get_outlines()]
        info = pdf.metadata
    assert outline == [(1, "在全市文化工作推进会上的讲话"), (2, "一、统一思想，充分认识做好新时期文化工作的重要意义"),
                       (3, "（一）坚持问题导向"), (4, "1.补齐基层设施短板。"), (5, "（1）加强队伍建设"),
                       (2, "二、突出重点，全力推动各项任务落地见效"), (1, "在庆祝第四十个教师节大会上的致辞"),
                       (2, "第一，坚守初心，做学生成长的引路人。")]
    assert info["Title"] == "讲话稿两篇"
    assert info["Author"] == "市委副书记 王建华"
    assert info["Creator"] == "speechconv"
    assert "CreationDate" in info


def test_each_speech_starts_a_new_page(fixture_pdf):
    with pdfplumber.open(io.BytesIO(fixture_pdf[0])) as pdf:
        top = "".join(c["text"] for c in lines(pdf.pages[2])[0])
    assert top == "在庆祝第四十个教师节大会上的致辞"


def test_missing_glyph_is_reported_and_keeps_its_cell(profile):
    doc = Document(speeches=(Speech(blocks=(Paragraph.of("甲\U00020000乙"),)),))
    buf = io.BytesIO()
    notices = write_pdf(doc, buf, profile)
    assert [n.code for n in notices] == ["missing-glyph"]
    assert "\U00020000" in notices[0].text and "U+20000" in notices[0].text
    with pdfplumber.open(buf) as pdf:
        chars = [c for c in pdf.pages[0].chars if not is_page_number(c)]
    assert [c["text"] for c in chars] == ["甲", "乙"]
    assert chars[1]["x0"] - chars[0]["x0"] == pytest.approx(2 * (16 - 0.21), abs=0.1)


def test_same_output_for_same_input(monkeypatch, fixture_doc, profile):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    a, b = io.BytesIO(), io.BytesIO()
    write_pdf(fixture_doc, a, profile)
    write_pdf(fixture_doc, b, profile)
    assert a.getvalue() == b.getvalue()


def test_the_writer_changes_no_reportlab_globals(monkeypatch, fixture_doc, profile):
    from reportlab import rl_config
    from reportlab.pdfbase import pdfdoc

    from speechconv.writers.pdf import render

    before = (rl_config.useA85, pdfdoc.PDFZCompress)
    during = []
    encode = render._FastFlate.encode

    def watched(self, text):
        during.append((rl_config.useA85, pdfdoc.PDFZCompress))
        return encode(self, text)

    monkeypatch.setattr(render._FastFlate, "encode", watched)
    buf = io.BytesIO()
    write_pdf(fixture_doc, buf, profile)
    assert len(during) > 3 and set(during) == {before}
    assert (rl_config.useA85, pdfdoc.PDFZCompress) == before
    data = buf.getvalue()
    assert b"/FlateDecode" in data and b"ASCII85Decode" not in data


def test_threads_write_the_same_text(fixture_doc, profile, fixture_pdf):
    outs: list[bytes] = [b""] * 4

    def work(k: int) -> None:
        buf = io.BytesIO()
        write_pdf(fixture_doc, buf, profile)
        outs[k] = buf.getvalue()

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with pdfplumber.open(io.BytesIO(fixture_pdf[0])) as pdf:
        want = [p.extract_text() for p in pdf.pages]
    for data in outs:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            assert [p.extract_text() for p in pdf.pages] == want


class _BrokenOut(io.RawIOBase):
    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        raise OSError("disk full")


def test_unwritable_output_raises_output_error(fixture_doc, profile):
    with pytest.raises(OutputError):
        write_pdf(fixture_doc, _BrokenOut(), profile)


def test_unreadable_font_raises_font_error(tmp_path, monkeypatch, fixture_doc, profile):
    for face in profile.faces.values():
        (tmp_path / face.file).write_bytes(b"not a font")
    monkeypatch.setenv("SPEECHCONV_FONTS", str(tmp_path))
    with pytest.raises(FontError):
        write_pdf(fixture_doc, io.BytesIO(), profile)


def test_missing_font_raises_font_error(tmp_path, monkeypatch, fixture_doc, profile):
    (tmp_path / "other.ttf").write_bytes(b"x")
    monkeypatch.setenv("SPEECHCONV_FONTS", str(tmp_path))
    with pytest.raises(FontError):
        write_pdf(fixture_doc, io.BytesIO(), profile)


def test_heading_at_page_bottom_moves_and_page_stays_full(profile):
    # 586 characters: 26 + 20 × 28, so the paragraph takes 21 full lines and the heading would be
    # alone on line 22; the writer sets the paragraph one line looser instead of leaving a gap.
    body = "".join("天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳"[k % 32] for k in range(586))
    doc = Document(speeches=(Speech(blocks=(Paragraph.of(body), Heading(1, "总体要求", "一、"),
                                            Paragraph.of("要求" * 20))),))
    buf = io.BytesIO()
    write_pdf(doc, buf, profile)
    with pdfplumber.open(buf) as pdf:
        first = [r for r in lines(pdf.pages[0]) if not is_page_number(r[0])]
        second = [r for r in lines(pdf.pages[1]) if not is_page_number(r[0])]
    assert len(first) == 22
    assert "".join(c["text"] for c in second[0]) == "一、总体要求"


def test_layoutcheck_passes_on_a_long_document(tmp_path, fixture_doc, profile):
    if not LAYOUTCHECK.is_file():
        pytest.fail(f"layoutcheck.py not found at {LAYOUTCHECK} (tests expect ../shared beside the checkout)")
    doc = long_doc(fixture_doc, 6)
    path = tmp_path / "long.pdf"
    with path.open("wb") as f:
        write_pdf(doc, f, profile)
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) >= 5
    run = subprocess.run([sys.executable, str(LAYOUTCHECK), str(path)], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.strip().splitlines()[-1].startswith("layout: 10/10 checks pass")


# ------------------------------------------------------------------ keeping pages full

TEXT = "天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳云腾致雨露结为霜金生丽水玉出昆冈"


def body(n: int, offset: int = 0) -> Paragraph:
    """Return a body paragraph of ``n`` characters without punctuation (no 避头尾 freedom)."""
    return Paragraph.of("".join(TEXT[(k + offset) % len(TEXT)] for k in range(n)))


def placed(doc: Document, profile) -> list[list[tuple[int, str]]]:
    """Return per page the (grid slot, text) of every line the composer sets."""
    comp = Composer(profile, FontSet(profile))
    pages = compose(doc, profile).pages
    return [[(round((tl.baseline - comp.baseline(0, tl.size, tl.descent)) / comp.pitch), tl.text)
             for tl in page.lines] for page in pages]


def two_line_paragraphs(n: int) -> tuple[Paragraph, ...]:
    """Return ``n`` paragraphs of 26 + 1 characters: two lines that cannot be set one line looser."""
    return tuple(body(27, 3 * k) for k in range(n))


def test_title_page_takes_a_blank_line_when_no_paragraph_can_loosen(profile):
    # title, blank, 19 lines: the heading would be alone on line 22. No paragraph can be set a line
    # looser, so the title block gets a second blank line and the heading opens page 2.
    blocks = two_line_paragraphs(9) + (body(10), Heading(1, "总体要求", "一、"), body(60))
    pages = placed(Document(speeches=(Speech(title="在全市工作会议上的讲话", blocks=blocks),)), profile)
    first = pages[0]
    assert first[0] == (0, "在全市工作会议上的讲话")
    assert first[1][0] == 3                            # two blank grid lines after the title
    assert first[-1][0] == 21                          # the page is full to its last grid line
    assert pages[1][0] == (0, "一、总体要求")


def test_page_keeps_its_heading_by_taking_a_line_back(profile):
    # a paragraph whose last line is a lone "12" can be set a line tighter (half-width digits), so the
    # heading and its first line fit on the page instead of moving
    shrink = Paragraph.of("一" * 26 + "二" * 26 + "5三12")
    blocks = (shrink,) + two_line_paragraphs(9) + (Heading(1, "总体要求", "一、"), body(60))
    pages = placed(Document(speeches=(Speech(blocks=blocks),)), profile)
    assert pages[0][:2] == [(0, "一" * 26), (1, "二" * 26 + "5三12")]
    assert pages[0][-2] == (20, "一、总体要求")
    assert pages[0][-1][0] == 21


def test_a_paragraph_on_the_page_before_can_fill_the_page(profile):
    # page 1 is one full paragraph whose last line is full; page 2 holds nothing that can loosen.
    # Setting the page-1 paragraph a line looser sends a line over and keeps page 2 full.
    blocks = (body(26 + 28 * 21, 5),) + two_line_paragraphs(10) + (
        body(10), Heading(1, "总体要求", "一、"), body(60))
    pages = placed(Document(speeches=(Speech(blocks=blocks),)), profile)
    assert [slot for slot, _ in pages[0]] == list(range(22))
    assert pages[1][-1][0] == 21
    assert len(pages[1][0][1]) == 1                    # the line sent over
    assert pages[2][0] == (0, "一、总体要求")


def test_a_heading_is_never_left_at_the_page_foot(profile):
    # nothing on the page can be loosened or tightened: the page stays a line short
    blocks = two_line_paragraphs(10) + (body(10), Heading(1, "总体要求", "一、"), body(60))
    pages = placed(Document(speeches=(Speech(blocks=blocks),)), profile)
    assert pages[0][-1][0] == 20
    assert pages[1][0] == (0, "一、总体要求")


def test_title_block_moves_to_the_next_page_together(tmp_path):
    toml = tmp_path / "p.toml"
    toml.write_text("[page]\nspeech_starts_new_page = false\n", "utf-8")
    prof = load_profile(toml)
    second = Speech(title="在庆祝第四十个教师节大会上的致辞", subtitle="——在全县教师节表彰大会上",
                    byline="县长 李明", salutation="老师们：", blocks=(body(80),))
    doc = Document(speeches=(Speech(blocks=two_line_paragraphs(9)), second))
    pages = placed(doc, prof)
    assert [t for _, t in pages[1][:4]] == ["在庆祝第四十个教师节大会上的致辞", "——在全县教师节表彰大会上",
                                           "县长 李明", "老师们："]
    assert not any(t.startswith("在庆祝") for _, t in pages[0])


def test_long_title_is_set_in_balanced_centred_lines(profile):
    title = "在庆祝中华人民共和国成立76周年招待会上的讲话"
    buf = io.BytesIO()
    write_pdf(Document(speeches=(Speech(title=title, blocks=(body(40),)),)), buf, profile)
    with pdfplumber.open(buf) as pdf:
        rows = [r for r in lines(pdf.pages[0]) if r[0]["size"] == pytest.approx(22)]
    texts = ["".join(c["text"] for c in r) for r in rows]
    assert texts == ["在庆祝中华人民共和国成立", "76周年招待会上的讲话"]
    for r in rows:
        assert (r[0]["x0"] + r[-1]["x1"]) / 2 == pytest.approx((LEFT + RIGHT) / 2, abs=1)


# ------------------------------------------------------------------ fonts, text, navigation

RARE = "镕喆堃珺昇赟"


def test_rare_names_come_from_the_fallback_font_in_every_role(profile):
    doc = Document(speeches=(Speech(
        title="王镕喆堃珺昇赟同志讲话", byline="赵珺",
        blocks=(Heading(1, "学习王镕同志", "一、"), Heading(2, "向李喆、张堃学习", "（一）"),
                Paragraph((Run("赵珺、钱昇、孙赟等同志"), Run("王镕、李喆、张堃", bold=True),
                           Run("发言。"))))),))
    buf = io.BytesIO()
    notices = write_pdf(doc, buf, profile)
    assert notices == []
    with pdfplumber.open(buf) as pdf:
        chars = [c for p in pdf.pages for c in p.chars if c["text"] in RARE]
    title = [c for c in chars if c["size"] == pytest.approx(22)]
    rest = [c for c in chars if c["size"] == pytest.approx(16)]
    assert "".join(c["text"] for c in title) == RARE          # the title face has them itself
    assert all("NotoSerif" in c["fontname"] for c in title)
    assert Counter(c["text"] for c in rest) == Counter("珺镕喆堃珺昇赟镕喆堃")
    assert all("WenQuanYi" in c["fontname"] for c in rest)


def test_missing_glyph_notice_says_where(profile):
    doc = Document(speeches=(Speech(title="标题", blocks=(Paragraph.of("甲" * 30 + "\U00020000乙"),
                                                          Paragraph.of("\U00020000"))),))
    notices = write_pdf(doc, io.BytesIO(), profile)
    assert len(notices) == 1
    text = notices[0].text
    assert text.startswith("\U00020000 (U+20000) on page 1, line 3, character 5 (speech 1, body: 甲甲")
    assert text.endswith("and 1 more places")


def test_italic_runs_are_slanted(profile):
    doc = Document(speeches=(Speech(blocks=(Paragraph((Run("正文"), Run("强调", italic=True))),)),))
    buf = io.BytesIO()
    write_pdf(doc, buf, profile)
    with pdfplumber.open(buf) as pdf:
        shear = {c["text"]: round(c["matrix"][2], 2) for c in pdf.pages[0].chars if not is_page_number(c)}
    assert shear == {"正": 0, "文": 0, "强": 0.2, "调": 0.2}


def test_subject_lists_the_speeches(fixture_pdf):
    with pdfplumber.open(io.BytesIO(fixture_pdf[0])) as pdf:
        info = pdf.metadata
    assert info["Subject"] == "在全市文化工作推进会上的讲话；在庆祝第四十个教师节大会上的致辞"
    assert info["Producer"].startswith("ReportLab")


def test_split_files_number_their_pages_from_one(tmp_path):
    from click.testing import CliRunner

    from speechconv.cli import main

    src = tmp_path / "two.json"
    src.write_bytes((DATA / "model" / "two-speeches.json").read_bytes())
    out = tmp_path / "out"
    out.mkdir()
    result = CliRunner().invoke(main, ["convert", str(src), "--to", "pdf", "--split", "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    files = sorted(out.glob("*.pdf"))
    assert [f.name for f in files] == ["two-1.pdf", "two-2.pdf"]
    for path, title in zip(files, ("在全市文化工作推进会上的讲话", "在庆祝第四十个教师节大会上的致辞")):
        with pdfplumber.open(path) as pdf:
            numbers = ["".join(c["text"] for c in p.chars if is_page_number(c)).replace(" ", "")
                       for p in pdf.pages]
            first = "".join(c["text"] for c in lines(pdf.pages[0])[0])
        assert numbers == [f"—{n}—" for n in range(1, len(numbers) + 1)]
        assert first == title
