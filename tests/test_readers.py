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
