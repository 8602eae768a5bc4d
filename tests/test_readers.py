"""The reader registry: content and suffix choose a reader from the table; a reader that takes bytes is
one more row (shown with stand-in readers for kinds that today's table refuses)."""
from __future__ import annotations

import inspect

import pytest

import speechconv
from speechconv import readers
from speechconv.errors import InputError
from speechconv.model import Document, Paragraph, Source, Speech
from speechconv.readers import Reader, detect_format, get_reader

MODEL = '{"schema": "speechconv/1", "speeches": []}'


@pytest.mark.parametrize("name, text, fmt", [
    ("page.html", "plain words", "html"),            # the suffix decides for text
    ("PAGE.MHT", "plain words", "html"),
    ("page.txt", "<p>a paragraph</p>", "text"),      # a .txt stays text even with tags in it
    ("notes.md", "<div>x</div>", "markdown"),
    ("notes.txt", "---\ntitle: x\n---\n", "text"),
    ("clip", "---\ntitle: 讲话\n---\n正文", "markdown"),
    ("doc.json", "not even json", "json"),
    ("speech", MODEL, "json"),                        # a model without a suffix
    (None, MODEL, "json"),
    ("speech.dat", MODEL, "text"),                    # ...but not under another suffix
    ("download.doc", "<html><body><p>讲话</p>", "html"),   # HTML saved under a Word name
    ("download.doc", "同志们：今天开会。", "text"),
    (None, "<!DOCTYPE html><p>讲话</p>", "html"),
    (None, "a < b and c > d", "text"),
])
def test_suffix_then_markers_choose_a_text_reader(name, text, fmt):
    assert detect_format(name, text) == fmt


def _speech_pdf() -> bytes:
    import io

    buf = io.BytesIO()
    speechconv.write(Document(speeches=(Speech(title="讲话", blocks=(Paragraph.of("今天开会。"),)),)), buf, to="pdf")
    return buf.getvalue()


def test_every_row_loads_a_reader_that_takes_content_source_and_limits():
    from .docx_build import docx, p

    content = {"json": MODEL, "pdf": _speech_pdf(), "docx": docx(p("同志们：") + p("今天开会。"))}
    for row in readers.READERS:
        fn = row.load()
        if row.takes == "bytes" and row.name not in content:   # LibreOffice's: tested in test_office.py
            assert list(inspect.signature(fn).parameters) == ["data", "source", "limits"], row.name
            continue
        doc = fn(content.get(row.name, "同志们：\n今天开会。"), Source(format=row.name), limits=speechconv.Limits())
        assert isinstance(doc, (Document, readers.Finished)), row.name


def test_an_unknown_format_names_the_formats_of_the_table():
    with pytest.raises(InputError, match=r"unknown input format 'pptx'; use json, docx, doc, rtf, odt, html, "
                                         r"markdown, text or pdf"):
        get_reader("PPTX")
    with pytest.raises(InputError, match="unknown input format 'pptx'"):
        speechconv.read(text="同志们：\n今天开会。", format="pptx")


# --- a reader that takes bytes is one row -----------------------------------------------------------

SEEN: list[tuple[bytes, Source]] = []


def stand_in(data: bytes, source: Source | None = None, *, limits: speechconv.Limits) -> Document:
    """A bytes reader for the tests: records what it was given and returns a small raw speech."""
    SEEN.append((data, source))
    blocks = (Paragraph.of("同志们："), Paragraph.of(f"这个文件有{len(data)}个字节。"))
    return Document(speeches=(Speech(blocks=blocks),), source=source)


PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 40


@pytest.fixture
def bytes_rows(monkeypatch):
    """The table with stand-in readers for PDF files and old Office files."""
    SEEN.clear()
    rows = (Reader("pdf", "bytes", f"{__name__}:stand_in", kinds=("pdf",), suffixes=(".pdf",)),
            Reader("doc", "bytes", f"{__name__}:stand_in", kinds=("ole",), suffixes=(".doc", ".wps")))
    monkeypatch.setattr(readers, "READERS", tuple(r for r in readers.READERS if r.name not in ("pdf", "doc")) + rows)


def test_without_its_row_a_kind_is_refused_as_before(tmp_path):
    path = tmp_path / "speech.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    with pytest.raises(InputError, match="this is a PNG image, not a web page or text; .* OCR first"):
        speechconv.read(path)


def test_a_bytes_row_gets_the_undecoded_file_and_the_passes_run_on_its_document(tmp_path, bytes_rows):
    path = tmp_path / "speech.pdf"
    path.write_bytes(PDF)
    doc = speechconv.read(path)
    assert SEEN == [(PDF, Source("speech.pdf", "pdf"))]
    assert doc.source.format == "pdf" and doc.speeches[0].salutation == "同志们："


def test_content_not_the_suffix_picks_a_bytes_reader(tmp_path, bytes_rows):
    word = tmp_path / "download.doc"
    word.write_bytes(OLE)
    page = tmp_path / "saved-as-web-page.doc"
    page.write_bytes("<html><body><p>同志们：</p><p>今天开会。</p></body></html>".encode("gbk"))
    assert speechconv.read(word).source.format == "doc"
    assert speechconv.read(page).source.format == "html" and len(SEEN) == 1
    assert speechconv.read(OLE, format="DOC").source.format == "doc"


def test_a_bytes_reader_is_never_given_text(bytes_rows):
    with pytest.raises(InputError, match="pdf is read from a file, not from text"):
        speechconv.read(text="同志们：\n今天开会。", format="pdf")
    assert SEEN == []


def test_text_lines_underlined_by_a_rule_are_headings_and_the_rules_are_recorded():
    from speechconv.readers.text import read_text

    doc = read_text("在毕业典礼上的讲话\n==========\n\n同学们：\n今天你们毕业了。\n\n一点希望\n--------\n要常回家看看。\n\n"
                    "==========\n\n谢谢大家！\n")
    blocks = doc.speeches[0].blocks
    assert [b.text for b in blocks] == ["在毕业典礼上的讲话", "同学们：", "今天你们毕业了。", "一点希望", "要常回家看看。",
                                        "==========", "谢谢大家！"]
    assert [b.hints.heading for b in blocks] == [1, None, None, 2, None, None, None]
    assert [(d.text, d.reason) for d in doc.dropped] == [("==========", "text: underline of a heading"),
                                                         ("--------", "text: underline of a heading")]


@pytest.mark.parametrize("line, shown, dropped", [
    ("`ruanyifeng.com <http://www.example.com/blog/2011/06/x.html>`__",
     "ruanyifeng.com", ["http://www.example.com/blog/2011/06/x.html"]),
    ("邀请利比里亚总统\\ `瑟利夫夫人 <http://news.example.com/x.htm>`__\\ ，担任演讲嘉宾。",
     "邀请利比里亚总统瑟利夫夫人，担任演讲嘉宾。", ["http://news.example.com/x.htm", "\\ \\ "]),
    ("原文网址：\\ `<http://example.com/a>`__", "原文网址：http://example.com/a", ["\\ "]),
    # near-miss: backquotes and angle brackets that make no link stay as they are
    ("他说`这很重要`，<见附件>。", "他说`这很重要`，<见附件>。", []),
])
def test_restructuredtext_links_read_as_their_text(line, shown, dropped):
    from speechconv.readers.text import read_text

    doc = read_text(line + "\n")
    assert doc.speeches[0].blocks[0].text == shown
    assert [d.text for d in doc.dropped] == dropped


@pytest.mark.parametrize("text, paragraphs, bold, marks", [
    # a whole line in **…** is a bold line (a heading's hint); a stretch of a line is a bold run
    ("**我明白这次选举的特殊意义**\n\n**所有人都注意到了。**他今年已经72岁了。\n",
     ["我明白这次选举的特殊意义", "所有人都注意到了。他今年已经72岁了。"], [True, False], "********"),
    # near-miss: a lone ** or ** around spaces is no emphasis
    ("评分：**\n他说 ** 很好 **。\n", ["评分：**", "他说 ** 很好 **。"], [False, False], None),
])
def test_text_emphasis_marks_become_bold_runs_and_are_recorded(text, paragraphs, bold, marks):
    from speechconv.readers.text import read_text

    doc = read_text(text)
    blocks = doc.speeches[0].blocks
    assert [b.text for b in blocks] == paragraphs
    assert [b.hints.bold for b in blocks] == bold
    assert [d.text for d in doc.dropped if d.reason == "text: emphasis marks (**…**)"] == ([marks] if marks else [])


def test_wrapped_english_in_a_text_clip_is_one_paragraph_and_chinese_lines_stay_apart():
    from speechconv.readers.text import read_text

    doc = read_text("标题\n\n    Thank you. Thank you, my friends. Thank you for coming here on this\n"
                    "    beautiful Arizona evening.\n\n    感谢各位。\n    非常感谢你们。\n\n"
                    "    My friends, we have come to the end of a long journey. The\n\n    American people have spoken.\n")
    assert [b.text for b in doc.speeches[0].blocks] == [
        "标题", "Thank you. Thank you, my friends. Thank you for coming here on this beautiful Arizona evening.",
        "感谢各位。", "非常感谢你们。", "My friends, we have come to the end of a long journey. The",
        "American people have spoken."]


def test_wrapped_english_is_joined_only_on_pages_parted_by_blank_lines():
    from speechconv.readers.text import read_text

    text = "Dear friends, thank you all for coming to this meeting today\nWe are here to talk about our work\n"
    assert len(read_text(text).speeches[0].blocks) == 2


@pytest.mark.parametrize("text, lines, numbers", [
    # a text copied out of an official document's PDF: its "— 1 —" page numbers go, recorded
    ("同志们：\n今天我们召开会议。\n— 1 —\n一、提高认识\n", ["同志们：", "今天我们召开会议。", "一、提高认识"],
     ["— 1 —"]),
    ("正文一。\n\n- 2 -\n\n正文二。\n第3页 共12页\n正文三。\n共12页 第4页\n5/12\nPage 6 of 12\n",
     ["正文一。", "正文二。", "正文三。"], ["- 2 -", "第3页 共12页", "共12页 第4页", "5/12", "Page 6 of 12"]),
    # near-misses: numbers and pages inside sentences, a dash line, a list number, a year stay
    ("——1——2——\n全书共12页。\n第三页的内容\n1.\n2024\n一—二\n",
     ["——1——2——", "全书共12页。", "第三页的内容", "1.", "2024", "一—二"], []),
])
def test_page_numbers_of_a_copied_document_are_left_out_and_recorded(text, lines, numbers):
    from speechconv.readers.text import read_text

    doc = read_text(text)
    assert [b.text for b in doc.speeches[0].blocks] == lines
    assert [d.text for d in doc.dropped if d.reason == "text: page number"] == numbers


@pytest.mark.parametrize("blank", ["", "\n"])
def test_a_paragraph_running_over_a_page_break_of_a_copied_text_is_one_paragraph(blank):
    text = ("关于做好防汛工作的讲话\n\n同志们：\n\n　　今天，我们召开全市防汛工作会议，主要任务是分析形势，部署今年\n"
            "防汛工作。\n　　一、提高认识。今年汛期，气象部门预测降雨偏多，各地要\n"
            f"{blank}- 1 -\n{blank}做好应对大汛的准备。要立足于防大汛、抗大洪、抢大险。\n"
            f"　　二、落实责任。各级防汛指挥部要严格执行值班制度。\n{blank}- 2 -\n{blank}"
            "　　同志们，防汛工作责任重大。让我们共同努力，确保安全度汛！\n")
    doc = speechconv.read(text=text, name="copied.txt")
    speech = doc.speeches[0]
    texts = [b.text if isinstance(b, Paragraph) else b.label for b in speech.blocks]
    assert "今年汛期，气象部门预测降雨偏多，各地要做好应对大汛的准备。要立足于防大汛、抗大洪、抢大险。" in "".join(texts)
    assert not any("- 1 -" in t or "- 2 -" in t for t in texts)
    assert [d.reason for d in doc.dropped].count("text: page number") == 2


@pytest.mark.parametrize("md, paragraphs, dividers", [
    # a crawler's summary divider cut a sentence: the two halves are one paragraph again
    ("吴德，校长，获国家科技进步二等奖2\n<!--more-->\n项，四川省科技进步一等奖3项。\n\n阳春三月。\n",
     ["吴德，校长，获国家科技进步二等奖2项，四川省科技进步一等奖3项。", "阳春三月。"], 1),
    # near-miss: a divider between paragraphs (blank lines around it) parts nothing
    ("第一段。\n\n<!--more-->\n\n第二段。\n", ["第一段。", "第二段。"], 0),
])
def test_markdown_summary_divider_inside_a_paragraph_is_taken_out(md, paragraphs, dividers):
    from speechconv.readers.markdown import read_markdown

    doc = read_markdown(md)
    assert [b.text for b in doc.speeches[0].blocks] == paragraphs
    assert sum(d.reason == "markdown: summary divider inside a paragraph" for d in doc.dropped) == dividers


@pytest.mark.parametrize("md, texts, headings", [
    # an ATX heading written without its space is a heading still
    ("#外语学习：就职演讲\n\n##Donald Trump\n\n谢谢大家。\n", ["外语学习：就职演讲", "Donald Trump", "谢谢大家。"], [1, 2, None]),
    # near-miss: a hashtag (#话题#) is text
    ("#毕业季#\n\n同学们好。\n", ["#毕业季#", "同学们好。"], [None, None]),
])
def test_markdown_headings_without_a_space(md, texts, headings):
    from speechconv.readers.markdown import read_markdown

    blocks = read_markdown(md).speeches[0].blocks
    assert [b.text for b in blocks] == texts
    assert [b.hints.heading for b in blocks] == headings


@pytest.mark.parametrize("md, texts", [
    # English wrapped at a width is one paragraph; Chinese lines stay one paragraph each
    ("I have come to Jerusalem today as a novelist, which is to say as a\nprofessional spinner of lies.\n\n"
     "我作为一个小说家来到这里。\n当然，说谎的不都是小说家。\n",
     ["I have come to Jerusalem today as a novelist, which is to say as a professional spinner of lies.",
      "我作为一个小说家来到这里。", "当然，说谎的不都是小说家。"]),
    # near-misses: a line with a link, and a whole bold line, are joined to nothing
    ("视频来源：[https://youtu.be/T2LBwHuBDDQ](https://youtu.be/T2LBwHuBDDQ)\n**The Promise of America**\n\n"
     "**Speech by the Secretary of State, at the Institute**\nWell, good morning, everyone.\n",
     ["视频来源：https://youtu.be/T2LBwHuBDDQ", "The Promise of America", "Speech by the Secretary of State, at the Institute",
      "Well, good morning, everyone."]),
])
def test_markdown_joins_wrapped_english_only(md, texts):
    from speechconv.readers.markdown import read_markdown

    assert [b.text for b in read_markdown(md).speeches[0].blocks] == texts


def test_markdown_empty_emphasis_goes_and_is_recorded():
    from speechconv.readers.markdown import read_markdown

    doc = read_markdown(" **** **增长收敛**\n\n ****很多人对我说，现在增长越来越难了。\n\n**a****b**\n")
    blocks = doc.speeches[0].blocks
    assert [b.text for b in blocks] == ["增长收敛", "很多人对我说，现在增长越来越难了。", "ab"]
    assert blocks[0].hints.bold and blocks[2].hints.bold     # two bold stretches side by side read alike
    assert [d.text for d in doc.dropped if d.reason == "markdown: empty emphasis marks"] == ["****" * 3]
