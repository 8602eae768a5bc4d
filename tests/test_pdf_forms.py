"""PDFs of web pages as LibreOffice prints them, written here with reportlab: what the PDF reader must
recover so that the page reads from its PDF as it does itself (the cases found by bench/forms_pdf.py).
"""
from __future__ import annotations

import io

import pytest

import speechconv

from .conftest import ROOT

FONT = ROOT / "fonts" / "FandolFang-Regular.ttf"
NAV = ["首页", "新闻中心", "学校公告", "校长专栏", "校务公开", "联系我们"]
FOOT = ["上一篇", "下一篇", "版权所有", "网站地图"]
BODY = ["各位家长，大家好！", "今天我想和大家交流两个问题，一是孩子的成长，二是学习安排。",
        "孩子的成长有三个阶段，需要我们用心陪伴，耐心引导。", "学习怎么安排，是大家马上要面对的事情，也请大家配合。",
        "谢谢大家！"]


def _canvas(buf):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    if "Fang" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("Fang", str(FONT)))
    return Canvas(buf, pagesize=(595, 842))


def _web_page_pdf(title_block: list[tuple[str, float, bool]], body: list[str] = BODY) -> bytes:
    """Return a printed web page: a menu of links, the title block (text, size, bookmarked), the body
    at 16 pt, and a footer of links, all flush left (as LibreOffice prints a page)."""
    buf = io.BytesIO()
    c = _canvas(buf)
    y = 800.0

    def line(text: str, size: float, link: bool = False) -> None:
        nonlocal y
        y -= 2.2 * size             # each line a paragraph of its own, spaced as LibreOffice spaces them
        c.setFont("Fang", size)
        c.drawString(57, y, text)
        if link:
            c.linkURL("https://example.org/" + str(int(y)), (57, y - 2, 57 + size * len(text), y + size))

    for item in NAV:
        line(item, 12, link=True)
    for n, (text, size, bookmarked) in enumerate(title_block):
        line(text, size)
        if bookmarked:
            c.bookmarkHorizontal(f"h{n}", 57, y + size)
            c.addOutlineEntry(text, f"h{n}", level=0)
    for text in body:
        line(text, 16)
    for item in FOOT:
        line(item, 12, link=True)
    c.showPage()
    c.save()
    return buf.getvalue()


TITLE_BLOCKS = [
    # a headline (an <h1>, so a bookmark) above a subtitle and a date in smaller type than the body
    ("bookmarked headline", [("家校合力 携手共赢", 22, True), ("——新高一家长会上的讲话稿", 10.5, False),
                             ("2020年7月18日", 12, False)],
     "家校合力 携手共赢", ["——新高一家长会上的讲话稿", "2020年7月18日", BODY[0]]),
    # the same title set large in a plain paragraph: the title line belongs to the article too
    ("large paragraph", [("家校合力 携手共赢", 22, False), ("——新高一家长会上的讲话稿", 10.5, False),
                         ("2020年7月18日", 12, False)],
     None, ["家校合力 携手共赢", "——新高一家长会上的讲话稿", "2020年7月18日", BODY[0]]),
    # small lines under a line of body size are no title block: they stay outside with the menu
    ("no large line", [("家校合力 携手共赢", 16, True), ("本站原创 点击数：12", 10.5, False)],
     "家校合力 携手共赢", [BODY[0]]),
]


@pytest.mark.parametrize("title_block, headline, first", [c[1:] for c in TITLE_BLOCKS],
                         ids=[c[0] for c in TITLE_BLOCKS])
def test_small_subtitle_and_date_lines_under_a_large_title_belong_to_the_article(title_block, headline, first):
    raw = speechconv.read(_web_page_pdf(title_block), name="page.pdf", passes=[])
    texts = [b.text for b in raw.speeches[0].blocks]
    assert texts[:len(first)] == first
    assert texts[-1] == BODY[-1]
    if headline:
        assert raw.title == headline
    assert {d.text for d in raw.dropped} >= set(NAV + FOOT)


def test_a_printed_page_with_a_small_subtitle_and_date_reads_them_as_the_speech_has_them():
    block = TITLE_BLOCKS[0][1]
    doc = speechconv.read(_web_page_pdf(block), name="page.pdf")
    speech = doc.speeches[0]
    assert (speech.title, speech.subtitle, speech.date, speech.salutation) == (
        "家校合力 携手共赢", "——新高一家长会上的讲话稿", "2020年7月18日", "各位家长，大家好！")


def _list_pdf(items: list[str]) -> bytes:
    """Return a page of flush-left body paragraphs, then ``items`` set in by 21 pt (a list, as
    LibreOffice prints a web page's <ul>), each a paragraph of its own."""
    buf = io.BytesIO()
    c = _canvas(buf)
    y = 780.0
    for text in BODY[1:4]:
        c.setFont("Fang", 12)
        c.drawString(57, y, text)
        y -= 30
    for text in items:
        c.drawString(78, y, text)
        y -= 30
    c.showPage()
    c.save()
    return buf.getvalue()


BULLETS = [
    ("bullets", ["• 将军神勇海天行", "• 遗爱华东子弟兵"], ["将军神勇海天行", "遗爱华东子弟兵"], [None, None]),
    ("Latin items", ["• Thank you.", "• 谢谢大家！"], ["Thank you.", "谢谢大家！"], [None, None]),
    # a mark that is the text's own (no space after it) and a line set in without a bullet stay as they are
    ("no bullet", ["•重点工作", "缩进的一行"], ["•重点工作", "缩进的一行"], [2, 2]),
]


@pytest.mark.parametrize("items, texts, indents", [c[1:] for c in BULLETS], ids=[c[0] for c in BULLETS])
def test_a_list_bullet_is_no_text_and_the_list_indent_no_first_line_indent(items, texts, indents):
    blocks = speechconv.read(_list_pdf(items), name="list.pdf", passes=[]).speeches[0].blocks
    assert [b.text for b in blocks[-2:]] == texts
    assert [b.hints.indent for b in blocks[-2:]] == indents
