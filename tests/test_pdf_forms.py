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


def _web_page_pdf(title_block: list[tuple], body: list[str] = BODY, tail: tuple[str, ...] = ()) -> bytes:
    """Return a printed web page: a menu of links, the title block (text, size, bookmarked, and
    optionally centred), the body at 16 pt, a footer of links and the ``tail`` lines at 10.5 pt, flush
    left but for the centred lines (as LibreOffice prints a page)."""
    buf = io.BytesIO()
    c = _canvas(buf)
    y = 800.0

    def line(text: str, size: float, link: bool = False, centred: bool = False) -> None:
        nonlocal y
        y -= 2.2 * size             # each line a paragraph of its own, spaced as LibreOffice spaces them
        c.setFont("Fang", size)
        if centred:
            c.drawCentredString(57 + 8 * max(map(len, body)), y, text)     # on the body's text block
        else:
            c.drawString(57, y, text)
        if link:
            c.linkURL("https://example.org/" + str(int(y)), (57, y - 2, 57 + size * len(text), y + size))

    for item in NAV:
        line(item, 12, link=True)
    for n, (text, size, bookmarked, *centred) in enumerate(title_block):
        line(text, size, centred=bool(centred and centred[0]))
        if bookmarked:
            c.bookmarkHorizontal(f"h{n}", 57, y + size)
            c.addOutlineEntry(text, f"h{n}", level=0)
    for text in body:
        line(text, 16)
    for item in FOOT:
        line(item, 12, link=True)
    for text in tail:
        line(text, 10.5)
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
    # a title centred in smaller type than the body's, under the column's bookmarked headline and a
    # meta line: the centred lines belong to the article, the meta line not
    ("centred small title", [("每周一学（2022年6月27日）", 18, True), ("文章来源： 发布时间：2022年06月27日", 12, False),
                             ("忠实践行“八八战略”", 12, False, True), ("在高质量发展中奋力推进", 12, False, True)],
     "每周一学（2022年6月27日）", ["忠实践行“八八战略”", "在高质量发展中奋力推进", BODY[0]]),
    # of the bookmarked lines above the article the headline is the one in the largest type, not the
    # English subtitle bookmarked under it
    ("headline and a bookmarked subtitle", [("董事局主席致辞", 18, True), ("MESSAGE FROM THE PRESIDENT", 10, True)],
     "董事局主席致辞", [BODY[0]]),
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


def test_a_footer_in_smaller_type_is_furniture_however_it_is_punctuated():
    # a short article: the footer's address line holds a good share of the page's punctuation, but it
    # is set smaller than the body, as the rest of the page's furniture
    tail = ("地址：某某区某某路1号，电话：027-12345678",)
    raw = speechconv.read(_web_page_pdf([("总裁致辞", 22, True)], BODY[:2], tail), name="page.pdf", passes=[])
    assert [b.text for b in raw.speeches[0].blocks] == BODY[:2]
    assert raw.title == "总裁致辞"
    assert {d.text for d in raw.dropped} >= set(NAV + FOOT) | set(tail)


def _scaled_pdf(lines: list[tuple[str, float]], font_size: float) -> bytes:
    """Return a PDF whose lines are set with the font at ``font_size`` and scaled to each line's size by
    the text matrix (as Acrobat Distiller writes Word's PDFs: 1 pt fonts, Tm scaled to 10.5 pt), each
    wrapped body paragraph over lines 1.5 times the size apart, paragraphs a further half line apart."""
    buf = io.BytesIO()
    c = _canvas(buf)
    y = 780.0
    for text, size in lines:
        for k in range(0, len(text), 40):
            t = c.beginText()
            t.setFont("Fang", font_size)
            t.setTextTransform(size / font_size, 0, 0, size / font_size, 57, y)
            t.textOut(text[k:k + 40])
            c.drawText(t)
            y -= 1.5 * size
        y -= 0.5 * size
    c.save()
    return buf.getvalue()


PARAS = ["马克思认为，应当合理调节人与自然之间的物质交换，在最无愧于和最适合于人类本性的条件下来进行这种物质交换，这是我们今天讨论的出发点。",
         "首先我们要了解什么是生态文明。与生态不同，生态是指生物之间以及生物与环境之间的相互关系与存在状态，文明则是人类社会进步的状态。",
         "建设生态文明是对传统文明形态特别是工业文明进行深刻反思形成的成果，是人类文明形态和文明发展理念、道路和模式的重大进步。"]


@pytest.mark.parametrize("font_size", [1.0, 10.5])
def test_a_pdf_that_scales_its_fonts_by_the_text_matrix_reads_as_one_set_at_size(font_size):
    # the same page, written with 1 pt fonts scaled by Tm and with 10.5 pt fonts, reads alike: three
    # paragraphs under a title in larger type (1 pt fonts once made every line step look a paragraph gap)
    pdf = _scaled_pdf([("讲稿", 16.0)] + [(p, 10.5) for p in PARAS], font_size)
    doc = speechconv.read(pdf, format="pdf")
    speech = doc.speeches[0]
    assert speech.title == "讲稿"
    assert [b.text for b in speech.blocks] == PARAS
