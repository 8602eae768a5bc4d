"""The PDF reader: speechconv's own PDFs read back into the same document (model fixtures, a hypothesis
property over generated models), PDFs made by LibreOffice from real pages read as the pages themselves,
page furniture, and the PDFs it refuses (no text layer, a password, damaged, too many pages, too slow).
"""
from __future__ import annotations

import io
import re
import shutil
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import speechconv
from speechconv.errors import InputError
from speechconv.limits import Limits
from speechconv.model import Document, Heading, Paragraph, Run, Speech

from .conftest import CORPUS, DATA, ROOT

FONT = ROOT / "fonts" / "FandolFang-Regular.ttf"
MODELS = sorted((DATA / "model").glob("*.json"))


def pdf_of(doc: Document) -> tuple[bytes, list[str]]:
    """Return speechconv's PDF of ``doc`` and the characters it had no glyph for."""
    buf = io.BytesIO()
    notices = speechconv.write(doc, buf, to="pdf")
    return buf.getvalue(), [n.text[0] for n in notices if n.code == "missing-glyph"]


def shown(doc: Document, missing: list[str] = ()) -> list[dict]:
    """Return what a round trip must keep of each speech: every field and block, with the forms the PDF
    cannot tell apart folded: a lead sentence's own bold mark, runs split where nothing changes, a
    date's （）, and characters no font has (their cells are blank)."""
    out = []
    for speech in doc.speeches:
        data = speech.to_dict()
        if data["date"]:
            data["date"] = re.sub(r"^（(.*)）$", r"\1", data["date"])
        data["blocks"] = [_block(b) for b in data["blocks"]]
        out.append(data)
    text = repr(out)
    for ch in missing:
        text = text.replace(ch, " ")
    return eval(text)  # noqa: S307 - a repr of plain dicts, lists and strings made just above


def _block(block: dict) -> dict:
    if block["type"] != "paragraph":
        return block
    runs: list[dict] = []
    for run in block["runs"]:
        run = {k: v for k, v in run.items() if not (k == "bold" and run.get("role") == "lead")}
        if runs and {k: v for k, v in runs[-1].items() if k != "text"} == {k: v for k, v in run.items() if k != "text"}:
            runs[-1]["text"] += run["text"]
        else:
            runs.append(run)
    return {"type": "paragraph", "runs": runs, **({"role": block["role"]} if block.get("role") else {})}


def closing_as_body(doc: Document) -> Document:
    """Return ``doc`` with closing lines that are not thanks as body paragraphs: the PDF sets closing
    lines exactly like body paragraphs, and only thanks (谢谢大家！) are told apart."""
    speeches = []
    for s in doc.speeches:
        keep = tuple(c for c in s.closing if re.match(r"^(?:谢谢|感谢|多谢|此致|敬礼)", c))
        moved = tuple(Paragraph.of(c) for c in s.closing if c not in keep)
        speeches.append(replace(s, blocks=s.blocks + moved, closing=keep))
    return replace(doc, speeches=tuple(speeches))


# ------------------------------------------------------------------ our own PDFs


@pytest.mark.parametrize("path", MODELS, ids=[p.stem for p in MODELS])
def test_own_pdf_reads_back_as_the_model(path):
    doc = Document.from_json(path.read_text("utf-8"))
    pdf, missing = pdf_of(doc)
    got = speechconv.read(pdf, name=path.stem + ".pdf")
    assert shown(got) == shown(closing_as_body(doc), missing)
    assert got.title == (doc.title or doc.speeches[0].title)
    assert [d.reason for d in got.dropped] == ["pdf: page number"] * len(got.dropped) and got.dropped


def test_own_pdf_of_a_real_page_reads_back_exactly():
    page = CORPUS / "11-gwr-2024.txt"
    if not page.is_file():
        pytest.skip(f"shared corpus not found at {CORPUS}")
    doc = speechconv.read(page)
    pdf, missing = pdf_of(doc)
    assert not missing
    assert shown(speechconv.read(pdf, name="gwr.pdf")) == shown(doc)


_CJK = "的一是在了我们要工作会议发展建设同志讲话全面推进社会主义现代化国家人民群众坚持党领导"
_TEXT = st.text(alphabet=st.sampled_from(list(_CJK)), min_size=4, max_size=18)
_SENTENCE = st.builds(lambda a, b: a + "，" + b + "。", _TEXT, _TEXT)
_NUMBERS = {1: "{}、", 2: "（{}）", 3: "{}.", 4: "（{}）"}
_CN = "一二三四五六七八九"


@st.composite
def _paragraph(draw) -> Paragraph:
    # three sentences at least: the paragraph wraps, and the wrapped line shows where the text block
    # starts (a document of one short line cannot show its left edge)
    body = "".join(draw(st.lists(_SENTENCE, min_size=3, max_size=5)))
    runs = [Run(body)]
    if draw(st.booleans()):
        runs.insert(0, Run(draw(_TEXT) + "。", role="lead"))
    if draw(st.booleans()):
        runs.append(Run("XX", placeholder=True))
        runs.append(Run(draw(_TEXT) + "。"))
    return Paragraph(tuple(runs))


@st.composite
def _blocks(draw) -> tuple:
    blocks: list = []
    counters = {1: 0, 2: 0, 3: 0, 4: 0}
    level = 0
    for _ in range(draw(st.integers(1, 8))):
        if draw(st.booleans()):
            level = draw(st.integers(1, min(4, level + 1)))
            counters[level] += 1
            for deeper in range(level + 1, 5):
                counters[deeper] = 0
            n = counters[level]
            number = _NUMBERS[level].format(_CN[n - 1] if level <= 2 else n)
            blocks.append(Heading(level, draw(_TEXT), number))
        blocks.append(draw(_paragraph()))
    return tuple(blocks)


@st.composite
def _speech(draw) -> Speech:
    return Speech(title=draw(_TEXT), subtitle=draw(st.none() | _TEXT.map(lambda t: "——在" + t + "上")),
                  byline=draw(st.none() | _TEXT.map(lambda t: "市长 " + t[:4])),
                  date=draw(st.none() | st.just("2024年3月8日")),
                  salutation=draw(st.none() | st.sampled_from(["同志们：", "各位领导、\n同志们："])),
                  blocks=draw(_blocks()), closing=draw(st.sampled_from([(), ("谢谢大家！",)])),
                  signature=draw(st.none() | st.sampled_from(["县人民政府", "县人民政府\n2024年3月8日"])))


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_speech(), min_size=1, max_size=3))
def test_any_model_comes_back_from_its_pdf(speeches):
    doc = Document(speeches=tuple(speeches), title="讲话稿")
    pdf, missing = pdf_of(doc)
    assert not missing
    assert shown(speechconv.read(pdf, name="model.pdf")) == shown(doc)


# ------------------------------------------------------------------ LibreOffice's PDFs of real pages

LO_PAGES = ["06-sxyz-xi-reception-speech.html", "13-hust-party-history-lecture.txt"]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.parametrize("name", LO_PAGES)
def test_libreoffice_pdf_of_a_page_reads_as_the_page(name, tmp_path):
    from bench.forms_pdf import compare, libreoffice_pdf

    page = CORPUS / name
    if not page.is_file():
        pytest.skip(f"shared corpus not found at {CORPUS}")
    pdf = libreoffice_pdf(page, tmp_path)
    assert pdf is not None, "LibreOffice made no PDF"
    want = speechconv.read(page)
    got = speechconv.read(pdf, name=page.stem + ".pdf")
    outcome = compare(want, got)
    assert outcome.ok, outcome.misses
    if name.endswith(".html"):       # the site's menus and footer were set apart, with their reason
        reasons = {d.reason for d in got.dropped}
        assert "pdf: outside the main content (page navigation, links, footer)" in reasons
        assert not any("首页" == t.strip("• ") for s in got.speeches for t in s.text_parts())


RAGGED_PAGES = [CORPUS / "11-gwr-2024.txt", DATA / "corpus" / "pages" / "a20-sxyz-boya-forum-7.aspx"]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.parametrize("page", RAGGED_PAGES, ids=[p.name for p in RAGGED_PAGES])
def test_ragged_lines_of_a_libreoffice_pdf_join_into_the_pages_paragraphs(page, tmp_path):
    # LibreOffice sets a web or text page flush left: lines with Latin digits end short of the edge,
    # and a closing mark (，。) hangs past it; neither may put the edge a character too far right
    from bench.forms_pdf import libreoffice_pdf
    from bench.structure import key

    if not page.is_file():
        pytest.skip(f"page not found: {page}")
    raw = speechconv.read(libreoffice_pdf(page, tmp_path), name=page.stem + ".pdf", passes=[])
    got = [key(b.text) for b in raw.speeches[0].blocks]
    want = [key(b.text) for s in speechconv.read(page).speeches for b in s.blocks
            if isinstance(b, Paragraph) and len(b.text) >= 20]
    assert len(want) > 10
    assert [t[:20] for t in want if not any(t in g for g in got)] == []


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.parametrize("name", ["a06-zhclsy-jiang-chenyi-centenary.php", "a20-sxyz-boya-forum-7.aspx"])
def test_a_gap_before_every_paragraph_is_no_hint_and_the_page_reads_as_itself(name, tmp_path):
    # LibreOffice sets a web page's paragraphs apart by spacing: a gap stands before each, as an empty
    # line stands between all lines of some text pages; it says nothing about any one paragraph
    from bench.forms_pdf import compare, libreoffice_pdf

    page = DATA / "corpus" / "pages" / name
    pdf = libreoffice_pdf(page, tmp_path)
    raw = speechconv.read(pdf, name=page.stem + ".pdf", passes=[])
    hints = [b.hints for b in raw.speeches[0].blocks]
    assert not any(h.blank_before for h in hints) and not any(h.size == 1.0 for h in hints)
    outcome = compare(speechconv.read(page), speechconv.read(pdf, name=page.stem + ".pdf"))
    assert outcome.ok, outcome.misses


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_a_centred_line_that_keeps_the_first_line_indent_is_centred(tmp_path):
    # the page centres each student's name; one name's paragraph also keeps the page's text-indent
    # (21.1pt), so it stands centred between the indent and the right edge
    from bench.forms_pdf import libreoffice_pdf

    page = DATA / "corpus" / "pages" / "a19-sxyz-yingxian-award-1.aspx"
    raw = speechconv.read(libreoffice_pdf(page, tmp_path), name=page.stem + ".pdf", passes=[])
    names = [b for b in raw.speeches[0].blocks if b.text.startswith("2019届高三")]
    assert len(names) == 5 and all(b.hints.align == "center" and b.hints.indent is None for b in names)


BOLD_CASES = [("a14-sxyz-coming-of-age-2020-word.aspx", "我想18岁", ["我想18岁首先代表着责任！"]),
              ("a14-sxyz-coming-of-age-2020-word.aspx", "18岁也代表", ["18岁也代表着要更加心怀大爱！"]),
              ("a01-sxyz-beidou-class-opening.aspx", "关于我们的", ["一是学习“北斗时空+人工智能”选修课程。"]),
              ("a19-sxyz-yingxian-award-1.aspx", "2019届高三2班", ["2019届高三2班 许可沁 浙江大学"])]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.parametrize("name, start, bold", BOLD_CASES, ids=[c[1] for c in BOLD_CASES])
def test_bold_a_cjk_font_without_a_bold_face_lost_comes_back_from_its_bold_digits(name, start, bold, tmp_path):
    # LibreOffice's CJK fallback font has no bold face: the page's bold CJK text comes out regular, and
    # only the digits, Latin letters and spaces among it are drawn in a bold (DejaVu) face; the bold
    # reaches from those to the line's end or the sentence's end, as the page's <strong> did
    from bench.forms_pdf import libreoffice_pdf

    page = DATA / "corpus" / "pages" / name
    pdf = libreoffice_pdf(page, tmp_path, cjk_font=False)       # Droid Sans Fallback, the bare package's
    raw = speechconv.read(pdf, name=page.stem + ".pdf", passes=[])
    para = next(b for b in raw.speeches[0].blocks if b.text.startswith(start))
    assert [r.text for r in para.runs if r.bold] == bold


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_all_cjk_bold_in_a_font_without_a_bold_face_is_read_from_its_stroke(tmp_path):
    # given a CJK font with no bold face (as a desktop has; Droid Sans Fallback alone leaves no trace of
    # bold at all), LibreOffice draws the page's <strong> CJK leads filled and stroked (2 Tr, 0.4 w):
    # the leads, without a digit or a Latin letter to borrow bold from, are bold and the rest is not
    from bench.forms_pdf import compare, libreoffice_pdf

    page = DATA / "corpus" / "pages" / "a12-sxyz-newyear-2021-word.aspx"
    pdf = libreoffice_pdf(page, tmp_path)
    raw = speechconv.read(pdf, name=page.stem + ".pdf", passes=[])
    leads = [b for b in raw.speeches[0].blocks if b.text.startswith("这一年，我们的")]
    assert len(leads) == 5
    assert [[r.text for r in b.runs if r.bold] for b in leads] == [[b.text.split("。")[0] + "。"] for b in leads]
    outcome = compare(speechconv.read(page), speechconv.read(pdf, name=page.stem + ".pdf"))
    assert outcome.ok, outcome.misses


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_an_underlined_title_of_a_text_page_printed_to_pdf_is_a_heading(tmp_path):
    # a reStructuredText clip (read as text) printed by LibreOffice: the ===== rule under the title is
    # a line of its own, as in the text; it makes the line above a level-1 heading and is dropped
    from bench.forms_pdf import compare, libreoffice_pdf

    page = DATA / "corpus" / "pages" / "e08-ruanyf-sirleaf-harvard-bilingual-pairs.rst"
    pdf = libreoffice_pdf(page, tmp_path)
    raw = speechconv.read(pdf, name=page.stem + ".pdf", passes=[])
    title = next(b for b in raw.speeches[0].blocks if b.text.startswith("瑟利夫夫人"))
    assert (title.text, title.hints.heading) == ("瑟利夫夫人在哈佛大学毕业典礼上的演讲", 1)
    assert [d.reason for d in raw.dropped if set(d.text) == {"="}] == ["pdf: underline of a heading"]
    outcome = compare(speechconv.read(page), speechconv.read(pdf, name=page.stem + ".pdf"))
    assert outcome.ok, outcome.misses


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.parametrize("name", ["a06-zhclsy-jiang-chenyi-centenary.php", "a26-zhclsy-wang-chenyi-90th.php"])
def test_a_printed_web_page_is_titled_by_its_headline_bookmark_not_the_site_name(name, tmp_path):
    # the page's <title> is the site's name (仲弘春兰书苑, nowhere in the text); its <h1> headline is
    # the PDF's first bookmark, and the page title the HTML reader takes
    from bench.forms_pdf import libreoffice_pdf

    page = DATA / "corpus" / "pages" / name
    got = speechconv.read(libreoffice_pdf(page, tmp_path), name=page.stem + ".pdf", passes=[])
    assert got.title == speechconv.read(page, passes=[]).title != "仲弘春兰书苑"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_the_gap_a_left_out_picture_leaves_is_no_empty_line(tmp_path):
    # a19 shows a photo above each student's name; LibreOffice could not fetch them and left their
    # room empty (about two lines): that is no empty line before the name, and the page reads as itself
    from bench.forms_pdf import compare, libreoffice_pdf

    page = DATA / "corpus" / "pages" / "a19-sxyz-yingxian-award-1.aspx"
    pdf = libreoffice_pdf(page, tmp_path)
    raw = speechconv.read(pdf, name=page.stem + ".pdf", passes=[])
    names = [b for b in raw.speeches[0].blocks if b.text.startswith("2019届高三")]
    assert len(names) == 5 and not any(b.hints.blank_before for b in names)
    outcome = compare(speechconv.read(page), speechconv.read(pdf, name=page.stem + ".pdf"))
    assert outcome.ok, outcome.misses


# ------------------------------------------------------------------ PDFs made here with reportlab


def _canvas(buf, **kwargs):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    if "Fang" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("Fang", str(FONT)))
    c = Canvas(buf, pagesize=(595, 842), **kwargs)
    c.setFont("Fang", 16)
    return c


BODY = ["同志们：", "　　今天我们召开全县工作会议，主要任务是总结去年的工作，部署今年的任务。",
        "　　一、统一思想，提高认识", "　　各单位要把思想统一到会议精神上来，切实增强责任感和紧迫感。"]


def _paged_pdf(header: str | None, footer: str, pages: int = 3) -> bytes:
    """Return a PDF of ``pages`` pages of speech text with a running ``header`` and a ``footer``
    (``{n}`` is the page number, ``{total}`` the count)."""
    buf = io.BytesIO()
    c = _canvas(buf)
    for n in range(1, pages + 1):
        c.setFont("Fang", 10.5)
        if header:
            c.drawCentredString(297, 800, header)
        c.drawCentredString(297, 40, footer.format(n=n, total=pages))
        c.setFont("Fang", 16)
        for k, line in enumerate(BODY if n == 1 else BODY[1:]):
            c.drawString(80 + (32 if line.startswith("　") else 0), 740 - 30 * k, line.lstrip("　"))
        c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("footer", ["— {n} —", "- {n} -", "第 {n} 页", "第{n}页 共{total}页", "{n}/{total}",
                                    "Page {n} of {total}", "{n}"])
def test_page_numbers_and_running_headers_are_dropped_with_their_reason(footer):
    doc = speechconv.read(_paged_pdf("某某县人民政府办公室文件", footer), name="paged.pdf", passes=[])
    texts = [b.text for b in doc.speeches[0].blocks]
    assert texts[0] == "同志们："
    assert "今天我们召开全县工作会议，主要任务是总结去年的工作，部署今年的任务。" in texts
    assert not any("办公室文件" in t or re.fullmatch(r"[-—\s\d/页第共Pageof]+", t) for t in texts)
    reasons = [(d.text, d.reason) for d in doc.dropped]
    assert [r for t, r in reasons if "办公室文件" in t] == ["pdf: running header or footer"] * 3
    assert [r for t, r in reasons if "办公室文件" not in t] == ["pdf: page number"] * 3


@pytest.mark.parametrize("top, bottom", [
    ("12/6/26, 8:21 AM  在全市科技创新大会上的讲话_东州市人民政府", "https://www.dongzhou.gov.cn/art/2026/3/18/art_1229.html  1/1"),
    ("2026/12/6 08:21  在全市科技创新大会上的讲话", "file:///C:/Users/wang/Desktop/讲话.html  1/1"),
    ("在全市科技创新大会上的讲话  https://www.dongzhou.gov.cn/art_1229.html", "1 of 1  06/12/2026, 08:21")])
def test_a_browsers_print_header_and_footer_go_on_a_one_page_print(top, bottom):
    # one page: nothing repeats, yet Chrome's / Firefox's date-title and address-count lines are no text
    buf = io.BytesIO()
    c = _canvas(buf)
    c.setFont("Fang", 8)
    c.drawString(30, 820, top)
    c.drawString(30, 20, bottom)
    c.setFont("Fang", 16)
    lines = BODY + ["　　2026年3月16日", "　　网址：https://www.dongzhou.gov.cn"]   # near-misses: body-size lines
    for k, line in enumerate(lines):
        c.drawString(80 + (32 if line.startswith("　") else 0), 740 - 30 * k, line.lstrip("　"))
    c.setFont("Fang", 8)
    c.drawString(80, 740 - 30 * len(lines), "图为会议现场")                       # near-miss: small, no date or address
    c.showPage()
    c.save()
    doc = speechconv.read(buf.getvalue(), name="printed.pdf", passes=[])
    texts = [b.text for b in doc.speeches[0].blocks]
    kept = "".join(texts)
    assert texts[0] == "同志们：" and "2026年3月16日" in kept and "网址：https://www.dongzhou.gov.cn" in kept
    assert "图为会议现场" in kept
    assert [d.reason for d in doc.dropped] == ["pdf: a browser's print header or footer"] * 2


def _quote_wrap_pdf(next_line: str) -> bytes:
    """A page whose third line ends two characters short of the edge, ``next_line`` under it: its
    quotation marks in a Latin font, narrower, as LibreOffice sets “” in a CJK paragraph."""
    buf = io.BytesIO()
    c = _canvas(buf)
    full = "各单位要把思想统一到会议精神上来，切实增强责任感"          # 24 characters: the measure
    rows = [(112, full[2:]), (80, full), (80, full[:22]), (80, next_line), (112, full[2:]), (80, "确保各项任务落到实处。")]
    for k, (x, text) in enumerate(rows):
        cx = x
        for ch in text:
            font, width = ("Helvetica", 8.3) if ch in "“”" else ("Fang", 16)
            c.setFont(font, 16)
            c.drawString(cx, 740 - 29 * k, ch)
            cx += width
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_line_left_short_by_a_character_that_clings_to_a_quote_runs_on():
    # LibreOffice keeps 业“强 together, so the line above ends two characters short: no paragraph ends there
    doc = speechconv.read(_quote_wrap_pdf("业“强链补链”行动。"), name="quote.pdf", passes=[])
    texts = [b.text for b in doc.speeches[0].blocks]
    assert len(texts) == 2 and texts[0].endswith("切实增强责业“强链补链”行动。")


def test_a_line_two_characters_short_before_a_plain_line_still_ends_its_paragraph():
    # near-miss: the next line's first character alone would have fitted
    doc = speechconv.read(_quote_wrap_pdf("业务强链补链行动。"), name="quote.pdf", passes=[])
    texts = [b.text for b in doc.speeches[0].blocks]
    assert len(texts) == 3 and texts[1] == "业务强链补链行动。"


def test_a_line_repeated_inside_the_text_is_kept():
    doc = speechconv.read(_paged_pdf(None, "— {n} —"), name="paged.pdf", passes=[])
    texts = [b.text for b in doc.speeches[0].blocks]
    assert texts.count("各单位要把思想统一到会议精神上来，切实增强责任感和紧迫感。") == 3


def test_indented_lines_start_paragraphs_and_wrapped_lines_join():
    buf = io.BytesIO()
    c = _canvas(buf)
    lines = [(112, "今天我们在这里召开会议，主要任务是总结过去一年的工"), (80, "作，部署今年的任务。"),
             (112, "一、统一思想，提高认识"), (112, "各单位要把思想统一到会议精神上来，切实增强责任感"),
             (80, "和紧迫感，确保各项任务落到实处。")]
    for k, (x, text) in enumerate(lines):
        c.drawString(x, 740 - 29 * k, text)
    c.showPage()
    c.save()
    doc = speechconv.read(buf.getvalue(), name="wrapped.pdf", passes=[])
    assert [b.text for b in doc.speeches[0].blocks] == [
        "今天我们在这里召开会议，主要任务是总结过去一年的工作，部署今年的任务。", "一、统一思想，提高认识",
        "各单位要把思想统一到会议精神上来，切实增强责任感和紧迫感，确保各项任务落到实处。"]
    assert [b.hints.indent for b in doc.speeches[0].blocks] == [2, 2, 2]


def test_a_flush_heading_after_a_full_last_line_starts_a_paragraph_where_paragraphs_indent():
    # a LibreOffice PDF of an official-style draft: body paragraphs indent, 一、/二、 heads stand flush left;
    # a paragraph whose last line ends a sentence near the right edge must not swallow the head under it
    buf = io.BytesIO()
    c = _canvas(buf)
    lines = [(80, "一、坚持立德树人"), (112, "要落实双减政策，保障学生每天校内体育活动时间不少于"),
             (80, "一小时，全面推进素质教育，确保学生体质健康水平提升。"), (80, "二、聚焦群众关切"),
             (112, "今年全市计划新建中小学十五所，新增学位两万个，缓解"), (80, "城区入学压力，让每个孩子都能在家门口就近上学、上好学校。"),
             (80, "二是推进集团化办学，让优质资源惠及更多家庭。")]
    for k, (x, text) in enumerate(lines):
        c.drawString(x, 740 - 29 * k, text)
    c.showPage()
    c.save()
    doc = speechconv.read(buf.getvalue(), name="heads.pdf", passes=[])
    assert [b.text for b in doc.speeches[0].blocks] == [
        "一、坚持立德树人", "要落实双减政策，保障学生每天校内体育活动时间不少于一小时，全面推进素质教育，确保学生体质健康水平提升。",
        "二、聚焦群众关切",
        # near-miss: a flush line after a sentence's end that opens with no head number (二是) continues
        "今年全市计划新建中小学十五所，新增学位两万个，缓解城区入学压力，让每个孩子都能在家门口就近上学、上好学校。"
        "二是推进集团化办学，让优质资源惠及更多家庭。"]


def test_a_pdf_without_text_is_refused_with_what_to_do():
    buf = io.BytesIO()
    c = _canvas(buf)
    c.rect(100, 100, 300, 400, fill=1)          # a scanned page is a picture: no characters at all
    c.showPage()
    c.save()
    with pytest.raises(InputError, match=r"^scan\.pdf: no text layer: .*run OCR first \(e\.g\. ocrmypdf"):
        speechconv.read(buf.getvalue(), name="scan.pdf", passes=[])


def test_a_password_protected_pdf_is_refused_and_an_owner_only_one_is_read():
    from reportlab.lib.pdfencrypt import StandardEncryption

    for user, readable in (("secret", False), ("", True)):
        buf = io.BytesIO()
        c = _canvas(buf, encrypt=StandardEncryption(user, ownerPassword="owner", canCopy=0))
        c.drawString(80, 740, "同志们：大家好！")
        c.showPage()
        c.save()
        if readable:
            doc = speechconv.read(buf.getvalue(), name="locked.pdf", passes=[])
            assert [b.text for b in doc.speeches[0].blocks] == ["同志们：大家好！"]
        else:
            with pytest.raises(InputError, match="encrypted with a password"):
                speechconv.read(buf.getvalue(), name="locked.pdf")


@pytest.mark.parametrize("cut", [0.5, 0.98, 30])
def test_a_truncated_pdf_is_refused_in_one_line(cut):
    data, _ = pdf_of(Document.from_json((DATA / "model" / "two-speeches.json").read_text("utf-8")))
    part = data[:int(len(data) * cut)] if cut < 1 else data[:cut]
    with pytest.raises(InputError) as err:
        speechconv.read(part, name="cut.pdf")
    assert "\n" not in str(err.value) and "damaged" in str(err.value) and str(err.value).startswith("cut.pdf: ")


def test_page_and_time_limits():
    data = _paged_pdf(None, "— {n} —", pages=3)
    with pytest.raises(InputError, match="has 3 pages, more than the 2"):
        speechconv.read(data, name="long.pdf", limits=Limits(pdf_pages=2))
    with pytest.raises(InputError, match="took too long"):
        speechconv.read(data, name="slow.pdf", limits=Limits(pdf_seconds=0))
    assert speechconv.read(data, name="ok.pdf", limits=Limits(pdf_pages=3), passes=[]).speeches


def test_pdf_is_chosen_by_content_whatever_the_name(tmp_path):
    data, _ = pdf_of(Document.from_json((DATA / "model" / "long-speech.json").read_text("utf-8")))
    path = tmp_path / "download.doc"
    path.write_bytes(data)
    doc = speechconv.read(path)
    assert doc.source.format == "pdf" and doc.source.name == "download.doc"
    assert doc.speeches[0].title == "在全县乡村振兴工作推进会上的讲话"


# ------------------------------------------------------------------ the pieces


@pytest.mark.parametrize("before, after, sep", [
    ("我们要坚持", "党的领导", ""),
    ("we keep", "going", " "),
    ("inter-", "national", "-"),                # hyphenated at the line end: joined again
    ("self-", "Reliance", ""),                  # a capital after the hyphen: the hyphen stays, no space
    ("见 http://news.example.cn/a", "b/c.html", ""),
    ("2024", "年", ""),
    ("Hello,", "world", " "),
])
def test_join_text(before, after, sep):
    from speechconv.readers.pdf.paragraphs import join_text

    assert join_text(before, after) == sep


def test_pdfium_is_the_only_pypdfium2_user():
    users = [p.relative_to(ROOT).as_posix() for p in (ROOT / "src").rglob("*.py")
             if re.search(r"^\s*(?:import|from)\s+pypdfium2", p.read_text("utf-8"), re.M)]
    assert users == ["src/speechconv/pdfium.py"]


@pytest.mark.parametrize("gap, blank", [(0, False), (12, False), (29, True), (58, False)])
def test_an_empty_line_is_a_gap_of_about_one_line(gap, blank):
    # 29 pt is the pitch here: a gap of one line is an empty line; under half a line is paragraph
    # spacing, two lines held something that is not text
    buf = io.BytesIO()
    c = _canvas(buf)
    y = 740
    for k, text in enumerate(["同志们：", "今天我们召开全县工作会议。", "主要任务是总结去年的工作。", "部署今年的任务。",
                              "各单位要把思想统一到会议精神上来。", "切实增强责任感和紧迫感。"]):
        y -= 29 + (gap if k == 4 else 0)
        c.drawString(80, y, text)
    c.showPage()
    c.save()
    blocks = speechconv.read(buf.getvalue(), name="gaps.pdf", passes=[]).speeches[0].blocks
    third = next(b for b in blocks if b.text.startswith("各单位"))
    assert third.hints.blank_before is blank


def test_hints_come_from_the_page():
    doc = Document.from_json((DATA / "model" / "two-speeches.json").read_text("utf-8"))
    pdf, _ = pdf_of(doc)
    from speechconv.readers.pdf import read_pdf

    # the own-PDF reading is skipped by naming another creator: the plain reading with hints is what
    # any other PDF gets
    raw = read_pdf(pdf.replace(b"(speechconv)", b"(elsewhere )"))
    blocks = raw.speeches[0].blocks
    title, byline = blocks[0].hints, blocks[1].hints
    assert title.heading == 1 and title.align == "center" and title.size == pytest.approx(22 / 16, abs=0.01)
    assert byline.align == "center" and byline.size is None     # the body's size: nothing to say
    body = next(b for b in blocks if b.text.startswith("今天，我们在这里召开"))
    assert body.hints.indent == 2 and not body.hints.bold
    lead = next(b for b in blocks if b.text.startswith("一是文化工作关系长远。"))
    assert lead.runs[0].bold and lead.runs[0].text == "一是文化工作关系长远。" and not lead.runs[1].bold


def test_a_signature_atop_a_page_is_not_the_last_line_of_the_paragraph_before():
    # the paragraph ending page 1 happens to end four characters short of the right edge, just where
    # the right-aligned signature on page 2 ends: its last line ends a sentence, so the signature is
    # a paragraph of its own (hypothesis found them joined)
    buf = io.BytesIO()
    c = _canvas(buf)
    y = 760
    for k in range(6):
        y -= 29
        c.drawString(80 + (32 if k % 3 == 0 else 0), y, "一" * (26 if k % 3 == 0 else 28))
    y -= 29
    c.drawString(80, y, "一" * 23 + "。")
    c.showPage()
    c.setFont("Fang", 16)
    c.drawString(80 + 24 * 16 - 5 * 16, 760, "县人民政府")
    c.showPage()
    c.save()
    blocks = speechconv.read(buf.getvalue(), name="signature.pdf", passes=[]).speeches[0].blocks
    assert blocks[-1].text == "县人民政府"
    assert blocks[-2].text.endswith("一。")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_empty_lines_of_a_text_page_are_read_when_line_pitches_differ_by_a_tenth_of_a_point(tmp_path):
    # b30 leaves an empty line after most of its lines; in LibreOffice's PDF (set in WenQuanYi Micro Hei)
    # lines stand 11.7 and 11.8 pt apart, one pitch, and 23.4 pt apart across an empty line: the pitch
    # is the 11.7 pt most lines keep, so the empty lines are read where the text page has them
    from bench.forms_pdf import compare, libreoffice_pdf

    page = DATA / "corpus" / "pages" / "b30-thesis-defense-script-gbk.txt"
    pdf = libreoffice_pdf(page, tmp_path)
    raw = speechconv.read(pdf, name=page.stem + ".pdf", passes=[])
    blanks = sum(b.hints.blank_before for b in raw.speeches[0].blocks)
    want = sum(b.hints.blank_before for b in speechconv.read(page, passes=[]).speeches[0].blocks)
    assert want - 5 <= blanks <= want
    outcome = compare(speechconv.read(page), speechconv.read(pdf, name=page.stem + ".pdf"))
    assert outcome.ok, outcome.misses


def test_two_pages_set_alike_keep_their_text():
    # found by the property above: a speech said twice fills two short pages alike, and its lines at the
    # same heights once read as running headers (pages too short to tell their edges from their text)
    speech = Speech(title="一一一一", blocks=(Paragraph.of("一一一一，一一一一。一一一一，一一一一。一一一一，一一一一。"),))
    doc = Document(speeches=(speech, speech), title="讲话稿")
    pdf, _ = pdf_of(doc)
    assert shown(speechconv.read(pdf, name="model.pdf")) == shown(doc)
