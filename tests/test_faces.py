"""Headings set apart by typeface, size or centring alone (no bold), read as bold by the readers.

Official documents (GB/T 9704) set the body in 仿宋 and level-1 headings in 黑体, often not bold: the
typeface is the emphasis. Word files, Word's web pages and PDFs printed from them all carry the face;
the readers count a run in a heading face as bold where most of the text is in another face. Near
misses: a page set all in 黑体, a 黑体 word inside a sentence, 微软雅黑 (a body face of web pages), 楷体.
"""
from __future__ import annotations

import io

import pytest

import speechconv
from speechconv.model import Heading, Hints, Paragraph, Run
from speechconv.readers.faces import faces_stand_for_bold, first_face, is_heading_face
from speechconv.readers.hints import centred_heads_bold, size_steps_bold

from .conftest import ROOT

TITLE = "在全市干部大会上的讲话"
HEADS = ["要坚定理想信念", "要勇于担当作为", "要严守纪律规矩"]
BODY = [("b", "同志们："),
        ("b", "今天召开全市干部大会，主要任务是学习贯彻上级会议精神，动员全市干部进一步坚定信心、真抓实干。"),
        ("h", HEADS[0]),
        ("b", "理想信念是共产党人精神上的“钙”。全市广大干部要坚持学习，筑牢信仰之基，补足精神之钙。"),
        ("w", "要把学习成效转化为推动工作的实际行动，牢记|“三个务必”|，在攻坚克难中锤炼党性。"),
        ("h", HEADS[1]),
        ("b", "担当是干部的职责所在。面对繁重任务，各级干部要敢于迎难而上，不推诿、不扯皮。"),
        ("h", HEADS[2]),
        ("b", "纪律是管党治党的戒尺。要严格遵守政治纪律和政治规矩，做到令行禁止。"),
        ("b", "同志们，让我们团结一心，奋发有为，为全市高质量发展作出新的更大贡献！")]


@pytest.mark.parametrize("name", ["黑体", "SimHei", "'黑体'", "黑体_GB2312", "方正黑体_GBK", "方正黑体简体", "Heiti SC",
                                  "STHeiti", "华文黑体", "FandolHei-Regular", "FZHei-B01S"])
def test_heading_faces(name):
    assert is_heading_face(name)


@pytest.mark.parametrize("name", ["微软雅黑", "Microsoft YaHei", "思源黑体", "PingFang SC", "冬青黑体简体中文", "仿宋_GB2312",
                                  "楷体_GB2312", "KaiTi", "宋体", "方正小标宋简体", "Arial", "", None])
def test_faces_that_are_no_heading_face(name):
    assert not is_heading_face(name)


def test_first_face_of_a_list():
    assert first_face('"黑体", SimHei, sans-serif') == "黑体"
    assert first_face("黑体;SimHei") == "黑体"       # LibreOffice's font lists in a Word file
    assert first_face(" ") is None


def test_the_face_stands_for_bold_only_where_the_body_is_in_another_face():
    assert faces_stand_for_bold(30, 1000)
    assert not faces_stand_for_bold(0, 1000)
    assert not faces_stand_for_bold(1000, 1000)     # all in 黑体
    assert not faces_stand_for_bold(600, 1000)


# ------------------------------------------------------------------ Word files made with python-docx


def _docx(head_face: str = "黑体", body_face: str = "仿宋_GB2312", bold: bool = False, head_pt: int = 16,
          body_pt: int = 16, east_asia: bool = True) -> bytes:
    """Return a Word file of the speech: heads in ``head_face`` at ``head_pt``, the body in
    ``body_face``; a "w" line has a word (between bars) in ``head_face``."""
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Pt

    def run(par, text, face, size, bold=False):
        r = par.add_run(text)
        r.font.size, r.font.name = Pt(size), face
        r.bold = bold or None
        if east_asia:
            r._element.rPr.rFonts.set(qn("w:eastAsia"), face)

    d = Document()
    t = d.add_paragraph()
    t.alignment = 1
    run(t, TITLE, "方正小标宋简体", 22)
    for kind, text in BODY:
        par = d.add_paragraph()
        par.paragraph_format.first_line_indent = Pt(32)
        if kind == "h":
            run(par, text, head_face, head_pt, bold)
        elif kind == "w":
            for k, part in enumerate(text.split("|")):
                run(par, part, head_face if k == 1 else body_face, body_pt)
        else:
            run(par, text, body_face, body_pt)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _headings(doc) -> list[str]:
    return [b.text for s in doc.speeches for b in s.blocks if isinstance(b, Heading)]


def _bold(doc) -> list[str]:
    return [r.text for s in doc.speeches for b in s.blocks if isinstance(b, Paragraph) for r in b.runs if r.bold]


@pytest.mark.parametrize("bold", [False, True])
def test_docx_heiti_heads_over_a_fangsong_body_are_headings(bold):
    doc = speechconv.read(_docx(bold=bold), name="heads.docx")
    assert doc.speeches[0].title == TITLE
    assert _headings(doc) == HEADS
    body = [b.text for b in doc.speeches[0].blocks if isinstance(b, Paragraph)]
    assert "要把学习成效转化为推动工作的实际行动，牢记“三个务必”，在攻坚克难中锤炼党性。" in body   # a 黑体 word: body


def test_docx_heiti_word_inside_a_sentence_is_a_bold_run_of_a_body_paragraph():
    raw = speechconv.read(_docx(), name="heads.docx", passes=[])
    assert _bold(raw) == HEADS[:1] + ["“三个务必”"] + HEADS[1:]
    line = next(b for b in raw.speeches[0].blocks if "三个务必" in b.text)
    assert not line.hints.bold


def test_docx_face_given_only_as_the_latin_font_name_counts():
    """python-docx's ``font.name = "黑体"`` alone sets w:ascii/w:hAnsi: the author meant the run's face."""
    assert _headings(speechconv.read(_docx(east_asia=False), name="heads.docx")) == HEADS


@pytest.mark.parametrize("kw", [{"body_face": "黑体"}, {"head_face": "微软雅黑", "body_face": "宋体"},
                                {"head_face": "楷体_GB2312"}])
def test_docx_near_misses_gain_no_bold(kw):
    """A document set all in 黑体 says nothing by its face; 微软雅黑 and 楷体 are no heading faces."""
    raw = speechconv.read(_docx(**kw), name="plain.docx", passes=[])
    assert _bold(raw) == []
    assert _headings(speechconv.read(_docx(**kw), name="plain.docx")) == []


def test_docx_heads_one_size_step_over_the_body_under_the_title_are_headings():
    doc = speechconv.read(_docx(head_face="仿宋_GB2312", head_pt=18), name="sized.docx")
    assert _headings(doc) == HEADS


# ------------------------------------------------------------------ Word's web pages and old HTML


def _html(head: str, body: str = "font-family:仿宋_GB2312") -> str:
    rows = [f"<p align=center><span style='font-size:22.0pt;font-family:方正小标宋简体'>{TITLE}</span></p>"]
    for kind, text in BODY:
        style = head if kind == "h" else body
        rows.append(f"<p class=MsoNormal><span style='font-size:16.0pt;{style}'>{text.replace('|', '')}</span></p>")
    return f"<html><body><div>{''.join(rows)}</div></body></html>"


@pytest.mark.parametrize("head", ["font-family:黑体", "font-family:\"Times New Roman\";mso-fareast-font-family:黑体",
                                  'font-family:"黑体", SimHei'])
def test_html_heiti_heads_are_headings(head):
    assert _headings(speechconv.read(text=_html(head), format="html")) == HEADS


def test_html_font_tag_face():
    page = "".join(f"<p><font face=\"黑体\">{t}</font></p>" if k == "h" else f"<p>{t.replace('|', '')}</p>"
                   for k, t in BODY)
    raw = speechconv.read(text=f"<html><body><div>{page}</div></body></html>", format="html", passes=[])
    assert _bold(raw) == HEADS


@pytest.mark.parametrize("head,body", [("font-family:黑体", "font-family:黑体"), ("font-family:微软雅黑", "font-family:宋体"),
                                       ("font-family:楷体_GB2312", "font-family:仿宋_GB2312")])
def test_html_near_misses_gain_no_bold(head, body):
    raw = speechconv.read(text=_html(head, body), format="html", passes=[])
    assert _bold(raw) == []


# ------------------------------------------------------------------ size steps and centred lines


def _para(text: str, size: float | None = None, align: str | None = None, heading: int | None = None) -> Paragraph:
    return Paragraph((Run(text),), hints=Hints(size=size, align=align, heading=heading))


def _bold_texts(paras: list[Paragraph]) -> list[str]:
    return [p.text for p in paras if p.hints.bold and all(r.bold for r in p.runs)]


LONG = "各级各部门要把教育摆在优先发展的位置，在规划上优先安排，在投入上优先保障，确保各项任务落到实处。"


def test_a_size_step_under_the_title_is_bold_and_the_title_is_not():
    paras = [_para(TITLE, 1.57), _para(LONG), _para("坚定信心", 1.14), _para(LONG), _para(LONG), _para("扎实工作", 1.14),
             _para(LONG), _para(LONG)]
    assert _bold_texts(size_steps_bold(paras)) == ["坚定信心", "扎实工作"]


@pytest.mark.parametrize("paras", [
    [_para("坚定信心", 1.14), _para(LONG), _para("扎实工作", 1.14), _para(LONG)],          # the top size: left as it is
    [_para(TITLE, 1.57), _para("坚定信心", 1.14), _para("扎实工作", 1.14), _para(LONG)],    # most of the page in the step
    [_para(TITLE, 1.57), _para(LONG), _para("坚定信心", 1.17, heading=3), _para(LONG), _para(LONG), _para(LONG)],
    [_para(TITLE, 1.57), _para(LONG), _para(LONG, 1.14), _para(LONG), _para(LONG), _para(LONG)],   # a long line
])
def test_size_step_near_misses(paras):
    assert size_steps_bold(paras) == paras


def test_centred_lines_between_paragraphs_are_bold_and_the_title_block_is_not():
    paras = [_para(TITLE, align="center"), _para("县委副书记　周　洁", align="center"), _para("同志们："), _para(LONG),
             _para("坚持优先发展，办好人民满意的教育", align="center"), _para(LONG), _para("建设高素质教师队伍", align="center"),
             _para(LONG), _para("2024年3月1日", align="center")]
    assert _bold_texts(centred_heads_bold(paras)) == ["坚持优先发展，办好人民满意的教育", "建设高素质教师队伍"]


def test_one_centred_line_between_paragraphs_is_left_as_it_is():
    paras = [_para(TITLE, align="center"), _para(LONG), _para("坚持优先发展", align="center"), _para(LONG)]
    assert centred_heads_bold(paras) == paras


# ------------------------------------------------------------------ PDFs made here with reportlab


PDF_LINES = [("b", "今天召开全市干部大会，动员全市干部真抓实干。"), ("h", HEADS[0]),
             ("b", "理想信念是共产党人精神上的“钙”，我们要坚持学习。"), ("b", "要把学习成效转化为推动工作的实际行动。"),
             ("h", HEADS[1]), ("b", "担当是干部的职责所在，各级干部要敢于迎难而上。"), ("h", HEADS[2]),
             ("b", "纪律是管党治党的戒尺，要严格遵守政治纪律和政治规矩。")]


def _pdf(head_font: str) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    for name, file in (("FaceFang", "FandolFang-Regular.ttf"), ("FaceHei", "FandolHei-Regular.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(ROOT / "fonts" / file)))
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(595, 842))
    y = 760
    c.setFont("FaceFang", 22)
    c.drawCentredString(297, y, TITLE)
    for kind, text in PDF_LINES:       # indented first lines; a body paragraph's second line at the margin
        c.setFont(head_font if kind == "h" else "FaceFang", 16)
        for k, line in enumerate([text] if kind == "h" else [text[:8], text[8:]]):
            y -= 28
            c.drawString(112 if k == 0 else 80, y, line)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_pdf_heiti_lines_are_bold_where_the_body_is_in_fangsong():
    raw = speechconv.read(_pdf("FaceHei"), name="heads.pdf", passes=[])
    bold = [b.text for b in raw.speeches[0].blocks if b.hints.bold]
    assert bold == HEADS


def test_pdf_all_in_one_face_gains_no_bold():
    raw = speechconv.read(_pdf("FaceFang"), name="plain.pdf", passes=[])
    assert not any(b.hints.bold for b in raw.speeches[0].blocks)
