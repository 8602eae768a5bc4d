"""Word files of web pages as LibreOffice saves them, built here from small WordprocessingML snippets: what
the DOCX reader must read as the page itself reads (the cases found by bench/forms_docx.py) — a list's
and a quotation's indentation, a rule line, the page's headline as its title.
"""
from __future__ import annotations

import pytest

import speechconv
from speechconv.readers.docx import read_docx

from .docx_build import docx, level, numbering, p

BULLETS = numbering({1: level(0, "bullet", "•", extra='<w:pPr><w:ind w:left="709" w:hanging="283"/></w:pPr>')},
                    {1: (1, "")})
LIST_ITEM = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:ind w:left="709" w:hanging="283"/>'
BODY = ["正文第一段，讲了一件事。", "正文第二段，又讲了一件事。"]


def _indents(body: str, with_numbering: bool = False) -> list[int | None]:
    doc = read_docx(docx(body, numbering=BULLETS if with_numbering else None))
    return [b.hints.indent for b in doc.speeches[0].blocks]


INDENTS = [
    # a bulleted list's items are indented by the list (a web page's <li>): no first-line indent, so
    # the document does not vary its indentation and none is said
    ("list items", "".join(p(t) for t in BODY) + p("第一项", LIST_ITEM) + p("第二项", LIST_ITEM), True,
     [None, None, None, None]),
    # the same indentation without the list is the paragraph's own
    ("indented paragraphs", "".join(p(t) for t in BODY) + p("缩进的一段", '<w:ind w:left="709" w:hanging="283"/>'),
     False, [0, 0, 1]),
    # a quotation set in alike from both sides (LibreOffice's <blockquote>): its block indent is no
    # first line's
    ("quotation", "".join(p(t) for t in BODY) + p("引用的一段话。", '<w:ind w:left="567" w:right="567"/>'),
     False, [None, None, None]),
    # …but its own first-line indent still counts
    ("quotation with a first-line indent",
     "".join(p(t) for t in BODY) + p("引用的一段话。", '<w:ind w:left="567" w:right="567" w:firstLine="640"/>'),
     False, [0, 0, 2]),
    # a paragraph set in from the left only is indented
    ("left indent", "".join(p(t) for t in BODY) + p("左缩进的一段。", '<w:ind w:left="640"/>'), False, [0, 0, 2]),
]


@pytest.mark.parametrize("body, with_numbering, want", [c[1:] for c in INDENTS], ids=[c[0] for c in INDENTS])
def test_indentation_of_lists_and_quotations_is_no_first_line_indent(body, with_numbering, want):
    assert _indents(body, with_numbering) == want


RULE = '<w:p><w:pPr><w:pBdr><w:bottom w:val="double" w:sz="2" w:space="0" w:color="808080"/></w:pBdr></w:pPr></w:p>'
RULES = [
    ("a rule line is no empty line", p(BODY[0]) + RULE + p(BODY[1]) + p("第三段。"), [False, False, False]),
    ("an empty paragraph is", p(BODY[0]) + p() + p(BODY[1]) + p("第三段。"), [False, True, False]),
    ("an empty line before a rule still counts", p(BODY[0]) + p() + RULE + p(BODY[1]) + p("第三段。"),
     [False, True, False]),
]


@pytest.mark.parametrize("body, want", [c[1:] for c in RULES], ids=[c[0] for c in RULES])
def test_a_rule_line_is_no_empty_line(body, want):
    doc = read_docx(docx(body))
    assert [b.hints.blank_before for b in doc.speeches[0].blocks] == want


def _link(text: str, heading: str = "") -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{heading}"/></w:pPr>' if heading else ""
    return f'<w:p>{ppr}<w:hyperlink r:id="rId99"><w:r><w:t>{text}</w:t></w:r></w:hyperlink></w:p>'


SPEECH = [p("同志们："), p("今天我们召开会议，主要任务是总结去年的工作，部署今年的任务。"),
          p("各单位要把思想统一到会议精神上来，切实增强责任感和紧迫感，确保各项任务落到实处。"), p("谢谢大家！")]
MENU = [_link(t) for t in ("首页", "新闻中心", "校长专栏", "学校概况", "联系我们")]
FOOT = "".join(f'<w:p><w:hyperlink r:id="rId99"><w:r><w:t>{a}</w:t></w:r></w:hyperlink><w:r><w:t>{b}</w:t></w:r></w:p>'
               for a, b in (("上一篇", "：某某讲话"), ("下一篇", "：某某讲话"), ("标签", "：讲话"), ("分享到", "：微博")))
PAGE = [p("当前位置：新闻中心"), _link("在全县工作会议上的讲话", "2"), p("日期：2024年3月8日")] + SPEECH + [FOOT]
HEADLINES = [
    # a saved web page (a menu of links) without a <title>: its <h2> headline, itself a link to the
    # article, is the page title
    ("linked headline of a web page", MENU + PAGE, "", "在全县工作会议上的讲话"),
    # a page with few links is no saved web page: its title property stays, said in the text or not
    # (a Markdown clip's front matter titles it so, and the page reads so)
    ("few links", [p("首页 > 新闻 > 正文"), p("在全县工作会议上的讲话", '<w:pStyle w:val="1"/>')] + SPEECH,
     "某某书苑", "某某书苑"),
    # a title property said in the text stays the title
    ("title in the text", [p("会议讲话", '<w:pStyle w:val="1"/>'), p("在全县工作会议上的讲话")] + SPEECH,
     "在全县工作会议上的讲话", "在全县工作会议上的讲话"),
    # a draft without a title property has none from its headings
    ("no title property", [p("在全县工作会议上的讲话", '<w:pStyle w:val="1"/>')] + SPEECH, None, None),
]


@pytest.mark.parametrize("paras, title, want", [c[1:] for c in HEADLINES], ids=[c[0] for c in HEADLINES])
def test_the_headline_of_a_saved_web_page_is_its_title(paras, title, want):
    assert read_docx(docx("".join(paras), title=title)).title == want


def test_a_saved_page_titled_by_its_headline_reads_as_the_speech():
    doc = speechconv.read(docx("".join(MENU + PAGE)), name="page.docx")
    assert (doc.speeches[0].title, doc.speeches[0].salutation) == ("在全县工作会议上的讲话", "同志们：")
