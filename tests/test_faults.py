"""Faults and hostile input, second round (issue 15): paths never taken for text, MHTML found after a
blank line or a BOM, a speech's own repeated lines kept, profiles checked value by value, linear line
breaking, non-regular files refused, reference documents read with caps, signals and orphans in
batch, odd encodings, executors and callbacks that fail, and output names with a trailing slash.

The catalogue cases of these classes run in ``test_hostile.py`` (``bench/hostile.py``); the tests
here pin the mechanisms underneath."""
from __future__ import annotations

import os
import warnings
from pathlib import Path

import pytest

import speechconv
from speechconv.batch import convert_many
from speechconv.errors import InputError

from bench.hostile import BODY, TRADITIONAL, package_problems


# --- paths and page text are never confused --------------------------------------------------------

@pytest.fixture
def odd_names(tmp_path) -> list[Path]:
    """Pages whose names look like page text: a line break, a '<', a carriage return."""
    paths = [tmp_path / "第一\n讲.txt", tmp_path / "<讲话>.txt", tmp_path / "a\rb.txt"]
    for path in paths:
        path.write_text(BODY, "utf-8")
    return paths


def test_a_path_is_read_as_a_file_whatever_its_name_holds(odd_names):
    for path in odd_names:
        doc = speechconv.read(path)
        assert doc.speeches[0].salutation == "同志们：", path
        assert doc.source.name == path.name


def test_page_text_is_given_as_text_and_named_by_name():
    doc = speechconv.read(text=BODY, name="pasted.txt")
    assert doc.speeches[0].title == "在全县工作会议上的讲话" and doc.source.name == "pasted.txt"
    with warnings.catch_warnings():
        warnings.simplefilter("error")                      # text= never warns
        speechconv.read(text="<p>同志们：</p><p>今天开会，部署工作。</p>")


def test_page_text_as_a_plain_str_still_works_but_warns():
    with pytest.warns(DeprecationWarning, match="text="):
        doc = speechconv.read(BODY)
    assert doc == speechconv.read(text=BODY)


def test_a_str_that_is_both_text_and_an_existing_file_is_refused(odd_names, monkeypatch):
    monkeypatch.chdir(odd_names[0].parent)
    with pytest.warns(DeprecationWarning), pytest.raises(InputError, match="both page text and the name"):
        speechconv.read("第一\n讲.txt")
    assert speechconv.read(Path("第一\n讲.txt")).speeches[0].salutation == "同志们："


@pytest.mark.parametrize("kwargs, message", [
    ({}, "exactly one"),
    ({"src": b"x", "text": "y"}, "exactly one"),
    ({"text": b"bytes"}, "takes page text as a str"),
    ({"src": 42}, "not int"),
])
def test_src_and_text_are_exactly_one_of_the_right_type(kwargs, message):
    with pytest.raises(TypeError, match=message):
        speechconv.read(**kwargs)


@pytest.mark.parametrize("src", ["", "   "])
def test_an_empty_path_says_so(src):
    with pytest.raises(InputError, match="the path is empty; give a file's path, or pass page text as text="):
        speechconv.read(src)


def test_convert_takes_text_too(tmp_path):
    doc = speechconv.convert(None, tmp_path / "out.md", text=BODY)
    assert "同志们：" in (tmp_path / "out.md").read_text("utf-8") and doc.speeches


def test_batch_reads_the_files_never_their_names(odd_names, tmp_path):
    report = convert_many([odd_names[0].parent], tmp_path / "out", to="md", jobs=1)
    assert [r.status for r in report.results] == ["ok"] * 3
    for path in odd_names:
        text = (tmp_path / "out" / (path.stem + ".md")).read_text("utf-8")
        assert "今天，我们召开全县工作会议" in text and path.name not in text


# --- single-file web pages (MHTML) and saved e-mails ----------------------------------------------------

@pytest.mark.parametrize("lead", [b"", b"\n", b"\r\n\r\n", b" \t\n", b"\xef\xbb\xbf", b"\xef\xbb\xbf\r\n"])
@pytest.mark.parametrize("eol", ["\r\n", "\n"])
@pytest.mark.parametrize("kind", ["related", "alternative", "mixed"])
def test_a_mime_page_is_unwrapped_whatever_comes_before_its_headers(lead, eol, kind):
    from bench.hostile import _mime
    from speechconv.sniff import mhtml_page

    html, charset = mhtml_page(_mime(lead, kind, eol=eol))
    assert charset == "gb2312" and "同志们：".encode("gbk") in html
    doc = speechconv.read(_mime(lead, kind, eol=eol), name="page.mht")
    assert doc.speeches[0].salutation == "同志们：" and doc.source.encoding == "gb18030"


def test_a_mime_message_without_a_page_is_refused_and_plain_text_is_not_mime():
    from bench.hostile import _mime
    from speechconv.sniff import mhtml_page

    with pytest.raises(InputError, match="no web page in it"):
        mhtml_page(_mime(html=False))
    assert mhtml_page("\n同志们：\nContent-Type: multipart/related\n".encode("utf-8")) is None


# --- the boilerplate pass keeps a speech's own repeated lines ------------------------------------------

BODY_LINES = ["同志们：", "第一段内容。", "第二段内容。", "第三段内容。"]
SUMMARY = "教育是国之大计，党之大计，我们要办好人民满意的教育。"


@pytest.mark.parametrize("lines, dropped", [
    # the page's title, and a cut copy of its summary, repeated at the end: clutter
    (["在全县大会上的讲话", SUMMARY, *BODY_LINES, "在全县大会上的讲话", SUMMARY[:18]],
     ["report or summary between the headline and the salutation", "page title repeated at the end",
      "page summary repeated at the end"]),
    # a closing line that echoes the opening one is the speech's own
    (["大家新年好！", *BODY_LINES, "大家新年好！"], []),
    (["新年致辞", "大家新年好！", *BODY_LINES, "大家新年好！"], []),
    # a long opening paragraph said again in full at the end is not a cut summary
    (["在全县大会上的讲话", SUMMARY, *BODY_LINES[1:], SUMMARY], []),
    # a line the body uses too is never a repeat, however often it comes back
    (["一、加强学习"] * 50, []),
    (["在全县大会上的讲话", *BODY_LINES, "在全县大会上的讲话", *BODY_LINES, "在全县大会上的讲话"], []),
    (["在全县大会上的讲话", *BODY_LINES, "在全县大会上的讲话", "在全县大会上的讲话"], []),
    # the first paragraph always stays
    (["在全县大会上的讲话", "在全县大会上的讲话"], ["page title repeated at the end"]),
    (["在全县大会上的讲话"], []),
])
def test_only_the_pages_title_or_summary_repeated_at_the_end_is_dropped(lines, dropped):
    from speechconv.model import Document, Paragraph, Speech
    from speechconv.passes.boilerplate import boilerplate

    doc = boilerplate(Document(speeches=(Speech(blocks=tuple(Paragraph.of(t) for t in lines)),)))
    assert [d.reason.removeprefix("boilerplate: ") for d in doc.dropped] == dropped
    assert len(doc.speeches[0].blocks) == len(lines) - len(dropped)


def test_the_page_title_from_the_page_counts_as_a_title():
    from speechconv.model import Document, Paragraph, Speech
    from speechconv.passes.boilerplate import boilerplate

    lines = ["同志们：", *BODY_LINES[1:], "在全县大会上的讲话"]
    doc = Document(speeches=(Speech(blocks=tuple(Paragraph.of(t) for t in lines)),), title="在全县大会上的讲话")
    assert [d.reason for d in boilerplate(doc).dropped] == ["boilerplate: page title repeated at the end"]


# --- profiles: every value's type and range, and the page as a whole -----------------------------------

@pytest.mark.parametrize("toml, says", [
    ("[roles.body]\nsize_pt = 0", "[roles.body] size_pt = 0 is out of range"),
    ("[page]\nline_pitch_pt = 0", "[page] line_pitch_pt = 0 is out of range"),
    ("[page]\nlines_per_page = 1000000", "[page] lines_per_page = 1000000 is out of range"),
    ("[page]\nlines_per_page = 40", "lines_per_page = 40 lines of 28.95 pt do not fit the text block"),
    ("[page]\nchars_per_line = 0", "[page] chars_per_line = 0 is out of range"),
    ("[page]\nchars_per_line = 60", "cannot hold body characters 15.79 pt wide; set at most 28"),
    ("[page]\nchars_per_line = 28.5", "chars_per_line = 28.5 must be a whole number"),
    ("[page]\nleft_mm = 150\nright_mm = 80", "left_mm + right_mm = 230 leaves no text width"),
    ("[page]\ntop_mm = -5", "[page] top_mm = -5 is out of range"),
    ("[page]\nwidth_mm = inf", "must be a finite number"),
    ("[page]\nchar_spacing_pt = -16", "leaves body characters no width"),
    ("[page]\nspeech_starts_new_page = 1", "speech_starts_new_page = 1 must be true or false"),
    ("[roles.body]\nsize_pt = \"16\"", '[roles.body] size_pt = "16" must be a number'),
    ("[roles.body]\nsize_pt = true", "[roles.body] size_pt = true must be a number"),
    ("[roles.title]\nsize_pt = 40", "[roles.title] size_pt = 40 is larger than the line pitch"),
    ("[roles.body]\nalign = \"middle\"", '[roles.body] align = "middle" is not one of left, center, right, justify'),
    ("[roles.body]\nindent_chars = 28", "indent_chars + right_indent_chars = 28 leaves no room"),
    ("[roles.body]\nspace_after_lines = 22", "space_after_lines = 22 is a page or more of blank lines"),
    ("[roles.body]\nmax_line_chars = -1", "max_line_chars = -1 is out of range"),
    ("[roles.bodyy]\nsize_pt = 16", "unknown role 'bodyy' in [roles]"),
    ("[roles.body]\nsize = 16", "unknown key 'size' in [roles.body]"),
    ("[page_number]\ntemplate = \"{x}\"", "cannot be filled in"),
    ("[page_number]\ntemplate = \"第页\"", "has no {n}"),
    ("[page_number]\nbelow_mm = 40", "puts the page number below the paper"),
    ("[page_number]\nrole = \"nope\"", "role = 'nope' is not a role"),
    ("[page_number]\ngap_chars = 28", "gap_chars = 28 leaves no room"),
    ("[fonts.fang]\nfile = \"\"", "[fonts.fang] file is empty"),
    ("[fonts.fang]\nfile = 3", "[fonts.fang] file = 3 must be text"),
    ("[docx]\nfont_names = \"mine\"", '[docx] font_names = "mine" is not one of office, bundled'),
    ("[docx]\nembed_fonts = \"yes\"", '[docx] embed_fonts = "yes" must be true or false'),
    ("[docx]\nfallback = \"nope\"", "[docx] fallback = 'nope' names no font"),
    ("[pdf]\ninvariant = 1", "[pdf] invariant = 1 must be true or false"),
    ("[pdf]\nfallbak = \"fallback\"", "unknown key 'fallbak' in [pdf]"),
    ("page = 5", "[page] must be a table of keys, not 5"),
    ("[roles]\nbody = 3", "[roles.body] must be a table of keys, not 3"),
    ("name = 3", "name = 3 must be text"),
    ("[colours]\nred = 1", "unknown key 'colours' in the profile"),
    ("a = " + "[" * 20_000 + "]" * 20_000, "nests arrays or tables too deeply"),
    ("[page\nx = 1", "cannot read the profile"),
])
def test_a_profile_value_that_makes_no_sense_is_refused_naming_its_key(tmp_path, toml, says):
    from speechconv.errors import ProfileError
    from speechconv.profile import load_profile

    path = tmp_path / "my.toml"
    path.write_text(toml, "utf-8")
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    assert says in str(caught.value) and str(caught.value).startswith(f"{path}: ")
    assert "\n" not in str(caught.value)


def test_a_profile_that_bends_the_rules_within_reason_is_taken(tmp_path):
    from speechconv.profile import load_profile

    path = tmp_path / "mine.toml"
    path.write_bytes("\ufeff[page]\nchars_per_line = 29\nlines_per_page = 20\n[roles.title]\nsize_pt = 26\n"
                     "[docx]\nplaceholder_highlight = \"none\"\n".encode("utf-8"))   # Notepad's BOM too
    prof = load_profile(path)
    assert (prof.page.chars_per_line, prof.role("title").size_pt) == (29, 26)


@pytest.mark.parametrize("make, says", [
    (lambda p: os.mkfifo(p), "is a named pipe (FIFO), not a regular file"),
    (lambda p: p.mkdir(), "is a folder"),
    (lambda p: p.write_bytes(b"# " + b"x" * (1024 * 1024)), "is over 1 MB"),
    (lambda p: p.write_bytes(b"name = \"\xff\xfe\"\n"), "is not UTF-8 text"),
])
def test_a_profile_file_that_is_no_profile_is_refused_at_once(tmp_path, make, says):
    from speechconv.errors import ProfileError
    from speechconv.profile import load_profile

    path = tmp_path / "p.toml"
    make(path)
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    assert says in str(caught.value)
    with pytest.raises(ProfileError, match="is a character device, not a regular file"):
        load_profile("/dev/zero")


# --- line breaking and page filling stay linear ----------------------------------------------------------

def _body_lines(text: str):
    """Return (widths, spacing, measures, cell, tolerance, greedy breaks) of a body paragraph."""
    from speechconv.writers.typeset.linebreak import break_lines

    cell = 156 * 72 / 25.4 / 28
    measures = [26 * cell, 28 * cell]
    widths, spacing = [16.0] * len(text), [-0.21] * len(text)
    tol = 0.3 * cell
    return widths, spacing, measures, cell, tol, break_lines(text, widths, spacing, measures, cell=cell,
                                                             tolerance=tol)


def _check_lines(text: str, breaks, measures, cell) -> None:
    """Assert that ``breaks`` cover ``text`` in order and keep the 避头尾 rules and the margins."""
    from speechconv.writers.typeset.atoms import NO_END, NO_START

    pos = 0
    for n, b in enumerate(breaks):
        assert text[pos:b.start].strip() == "", "text lost between lines"
        assert b.natural <= measures[min(n, 1)] + 1.6 * cell, "a line runs into the margin"
        if n < len(breaks) - 1:
            assert text[b.end - 1] not in NO_END and text[breaks[n + 1].start] not in NO_START
        pos = b.end
    assert text[pos:].strip() == "" and breaks[-1].kind == "last"


@pytest.mark.parametrize("seed", range(4))
def test_a_long_paragraph_is_retouched_window_by_window(seed):
    from bench.linebreak import paragraph
    from speechconv.writers.typeset import exact

    text = paragraph(0.02, seed)                    # about 250 lines: past EXACT_LINES
    widths, spacing, measures, cell, tol, greedy = _body_lines(text)
    assert len(greedy) > 3 * exact.EXACT_LINES
    better = exact.improve(text, widths, spacing, measures, greedy, cell, tol)
    assert len(better) == len(greedy)
    _check_lines(text, better, measures, cell)
    assert exact.breaks_cost(text, widths, spacing, better, measures, cell, tol) <= \
        exact.breaks_cost(text, widths, spacing, greedy, measures, cell, tol)
    for delta in (1, -1):
        got = exact.reline(text, widths, spacing, measures, len(greedy), delta, cell, tol, breaks=greedy)
        if got is not None:
            assert len(got[1]) == len(greedy) + delta and got[1][:100] == greedy[:100]
            _check_lines(text, got[1], measures, cell)
    with pytest.raises(ValueError, match="needs the"):
        exact.reline(text, widths, spacing, measures, len(greedy), 1, cell, tol)


def test_a_paragraph_within_the_exact_limit_is_set_as_a_whole():
    from speechconv.writers.typeset import exact

    text = "甲" * 25 + "乙，" + "丙" * 26 + "“二”，" + "丁" * 20
    widths, spacing, measures, cell, tol, greedy = _body_lines(text)
    whole = exact.break_exact(text, widths, spacing, measures, len(greedy), cell, tol)
    assert exact.improve(text, widths, spacing, measures, greedy, cell, tol) == whole[1]
    assert exact.reline(text, widths, spacing, measures, len(greedy), 1, cell, tol) == \
        exact.break_exact(text, widths, spacing, measures, len(greedy) + 1, cell, tol)


def _fill_from_the_first_page(paras, lines_per_page, reline):
    """The page filling as it was: paginate everything again after every change (the reference)."""
    from dataclasses import replace

    from speechconv.writers.typeset import fill
    from speechconv.writers.typeset.paginate import paginate

    tried, used, cache = set(), set(), {}
    while True:
        result = paginate([p.shape for p in paras], lines_per_page)
        strand = next((st for st in result.strands if (st.first, st.page) not in tried), None)
        if strand is None:
            return result.slots
        tried.add((strand.first, strand.page))
        for k, lines in fill._plan(paras, result.slots, strand, reline, cache, used):
            if lines is None:
                paras[k].shape = replace(paras[k].shape, space_after=paras[k].shape.space_after + 1)
            else:
                paras[k].relined(lines)
                used.add(k)


@pytest.mark.parametrize("seed", range(30))
def test_filling_pages_forward_gives_what_filling_from_the_first_page_gave(seed):
    import random
    from types import SimpleNamespace

    from speechconv.writers.typeset.fill import fill_pages
    from speechconv.writers.typeset.paginate import ParaShape

    rng = random.Random(seed)

    class Para:
        def __init__(self, lines, keep, title, brk):
            self.shape = ParaShape(lines, space_before=0, space_after=1 if title else 0,
                                   page_break_before=brk, keep_with_next=keep)
            self.role = SimpleNamespace(space_after_lines=0.0)
            self.source = SimpleNamespace(space_after_lines=1.0 if title else 0.0)
            self.lines = [None] * lines

        def relined(self, lines):
            self.lines = lines
            self.shape = ParaShape(len(lines), self.shape.space_before, self.shape.space_after,
                                   self.shape.page_break_before, self.shape.keep_with_next)

    def make():
        r = random.Random(seed)
        out = []
        for i in range(r.randint(20, 200)):
            heading = r.random() < 0.3
            out.append(Para(1 if heading else r.randint(1, 12), heading, r.random() < 0.03, r.random() < 0.02))
        return out

    def reline(para, delta):
        n = len(para.lines) + delta
        return None if n < 1 or rng.random() < 0.2 else (abs(hash((len(para.lines), delta))) % 9 * 1.0, [None] * n)

    rng.seed(seed)
    expected = _fill_from_the_first_page(make(), 22, reline)
    rng.seed(seed)
    assert fill_pages(make(), 22, reline) == expected


# --- reference documents: read as bad input; LibreOffice's, pandoc's and python-docx's work cleanly --------

REFS = Path(__file__).parent / "data" / "docx"


def _python_docx_reference(folder: Path) -> Path:
    import docx

    path = folder / "python-docx.docx"
    docx.Document().save(str(path))
    return path


@pytest.mark.parametrize("make", [lambda folder: REFS / "reference-libreoffice.docx",
                                  lambda folder: REFS / "reference-pandoc.docx", _python_docx_reference],
                         ids=["libreoffice", "pandoc", "python-docx"])
def test_references_made_by_other_programs_give_packages_word_opens_as_they_are(tmp_path, make):
    import io

    doc = speechconv.read(text=BODY)
    buf = io.BytesIO()
    speechconv.write(doc, buf, to="docx", reference_doc=make(tmp_path))
    assert package_problems(buf.getvalue()) == []


def test_the_package_check_finds_what_the_reference_did_before(tmp_path):
    """The check of the test above fails on the kind of package speechconv wrote before the fix."""
    import io
    import zipfile

    doc = speechconv.read(text=BODY)
    good = io.BytesIO()
    speechconv.write(doc, good, to="docx", reference_doc=REFS / "reference-libreoffice.docx")
    bad = io.BytesIO()
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for item in src.infolist():
            part = src.read(item.filename)
            if item.filename == "word/styles.xml":
                part = part.replace(b"</w:styles>", b'<w:style w:type="paragraph" w:styleId="Normal2" w:default="1">'
                                    b'<w:name w:val="Normal"/></w:style></w:styles>')
            if item.filename == "word/document.xml":
                part = part.replace(b'w:footer="401"', b'w:footer="0"')
            dst.writestr(item, part)
        with pytest.warns(UserWarning, match="Duplicate name"):
            dst.writestr("docProps/core.xml", src.read("docProps/core.xml"))
    assert package_problems(bad.getvalue()) == ["docProps/core.xml twice", "two paragraph styles named 'normal'",
                                                "2 default paragraph styles", "page numbers 0.0 mm from the paper's edge"]


@pytest.mark.skipif(not __import__("shutil").which("soffice"), reason="LibreOffice (soffice) is not installed")
def test_a_reference_libreoffice_makes_now_renders_with_page_numbers_above_the_edge(tmp_path):
    import subprocess

    import pdfplumber

    (tmp_path / "ref.txt").write_text("参考文档\n", "utf-8")
    subprocess.run(["soffice", "--headless", "--convert-to", "docx", "--outdir", str(tmp_path), str(tmp_path / "ref.txt")],
                   check=True, capture_output=True, timeout=180)
    out = tmp_path / "speech.docx"
    speechconv.write(speechconv.read(text=BODY * 30), out, reference_doc=tmp_path / "ref.docx")
    assert package_problems(out.read_bytes()) == []
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
                   check=True, capture_output=True, timeout=180)
    with pdfplumber.open(tmp_path / "speech.pdf") as pdf:
        page = pdf.pages[0]
        numbers = [w for w in page.extract_words() if w["text"].strip("—– ") == "1"]
        assert numbers, [w["text"] for w in page.extract_words()][-5:]
        assert page.height - numbers[-1]["bottom"] >= 5 * 72 / 25.4 - 1


def _zip_with(part: str, chunks, base: Path = REFS / "reference-libreoffice.docx") -> bytes:
    """Return the LibreOffice reference with ``part`` replaced by the bytes ``chunks`` yields (deflated)."""
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            if item.filename != part:
                dst.writestr(item.filename, src.read(item.filename))
        with dst.open(part, "w") as fh:
            for chunk in chunks:
                fh.write(chunk)
    return buf.getvalue()


@pytest.mark.parametrize("data, says", [
    (lambda: _zip_with("word/styles.xml", (b" " * 2**20 for _ in range(80))),
     "its part word/styles.xml inflates to more than 64 MB"),
    (lambda: _zip_with("word/styles.xml", [b'<?xml version="1.0"?>\n<!DOCTYPE w:styles [<!ENTITY a "aaaa">]>'
                                           b"<w:styles/>"]), "its part word/styles.xml holds a DTD"),
    (lambda: _zip_with("word/styles.xml", [b"<w:styles>&nope;</w:styles>"]), "is not a Word .docx document"),
    (lambda: b"%PDF-1.7\n1 0 obj\n", "is not a Word .docx document (a PDF file)"),
    (lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "(an old Office document (.doc))"),
    (lambda: b"just some text", "is not a Word .docx document (not a zip package)"),
    (lambda: b"PK\x03\x04 cut short", "its zip package is damaged or cut short"),
    (lambda: _zip_with("_rels/.rels", [b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                       b'<Relationship Id="r" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/'
                                       b'officeDocument" Target="word/document.xml"/></Relationships>']),
     "is a Strict Open XML document"),
])
def test_a_reference_document_that_is_bad_input_is_a_profile_error(tmp_path, data, says):
    from speechconv.errors import ProfileError

    ref = tmp_path / "ref.docx"
    ref.write_bytes(data())
    with pytest.raises(ProfileError) as caught:
        speechconv.write(speechconv.read(text=BODY), tmp_path / "out.docx", reference_doc=ref)
    assert says in str(caught.value) and caught.value.path == str(ref)
    assert not (tmp_path / "out.docx").exists()


@pytest.mark.parametrize("path, says", [("/dev/zero", "is a character device, not a regular file"),
                                        ("/tmp", "is a folder")])
def test_a_reference_that_is_no_file_is_refused_at_once(tmp_path, path, says):
    from speechconv.errors import ProfileError

    with pytest.raises(ProfileError, match=says):
        speechconv.write(speechconv.read(text=BODY), tmp_path / "out.docx", reference_doc=path)


# --- signals, stopped workers, stale temporary files ------------------------------------------------------

def test_a_stale_temporary_file_is_removed_and_a_live_or_fresh_one_is_kept(tmp_path):
    import fcntl

    from speechconv.partfiles import remove_stale_parts

    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    stale, held, fresh = sub / ".x.pdf.abcd1234.part", sub / ".y.pdf.efgh5678.part", sub / ".z.pdf.ijkl9012.part"
    other = [sub / "notes.part", sub / ".x.pdf.part", sub / "x.pdf"]          # not names atomic_output gives
    for path in [stale, held, fresh, *other]:
        path.write_bytes(b"half")
    for path in [stale, held, *other]:
        os.utime(path, (0, 0))
    with open(held, "rb") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)          # a writer that is still alive
        assert remove_stale_parts(tmp_path) == 0          # not recursive: nothing at the top
        assert remove_stale_parts(tmp_path, recursive=True) == 1
    assert not stale.exists() and held.exists() and fresh.exists() and all(p.exists() for p in other)
    assert remove_stale_parts(sub, prefix=".y.pdf.") == 1 and not held.exists()


def test_a_batch_removes_what_a_killed_run_left_in_its_output_folder(tmp_path):
    out = tmp_path / "out" / "deep"
    out.mkdir(parents=True)
    stale = out / ".page.docx.k1ll3d00.part"
    stale.write_bytes(b"PK half")
    os.utime(stale, (0, 0))
    (tmp_path / "page.txt").write_text(BODY, "utf-8")
    report = convert_many([tmp_path / "page.txt"], tmp_path / "out", to="md", jobs=1)
    assert report.counts()["ok"] == 1 and not stale.exists()


def test_convert_removes_a_stale_temporary_file_of_its_own_output(tmp_path):
    from click.testing import CliRunner

    from speechconv.cli import main

    (tmp_path / "page.txt").write_text(BODY, "utf-8")
    stale = tmp_path / ".page.md.abcdefgh.part"
    stale.write_bytes(b"half")
    os.utime(stale, (0, 0))
    assert CliRunner().invoke(main, ["convert", str(tmp_path / "page.txt"), "--to", "md"]).exit_code == 0
    assert not stale.exists() and (tmp_path / "page.md").exists()


def test_the_font_cache_leaves_no_temporary_file_on_a_full_disk(tmp_path, monkeypatch):
    import tempfile

    from speechconv.fonts import font_path
    from speechconv.profile import load_profile
    from speechconv.writers.typeset import facecache

    monkeypatch.setenv("SPEECHCONV_CACHE", str(tmp_path / "cache"))
    real = tempfile.mkstemp

    def full(*args, **kwargs):
        fd, path = real(*args, **kwargs)
        os.close(fd)
        return os.open("/dev/full", os.O_WRONLY), path

    monkeypatch.setattr(facecache.tempfile, "mkstemp", full)
    font = facecache.load_font("FaceCacheTest", font_path(load_profile().face("fang")))
    assert font.face.unitsPerEm > 0
    assert [p.name for p in (tmp_path / "cache").iterdir()] == []


@pytest.mark.parametrize("signame, code", [("SIGTERM", 143), ("SIGHUP", 129), ("SIGINT", 130)])
def test_a_stop_signal_stops_a_batch_between_files_and_gives_its_exit_status(tmp_path, signame, code):
    import signal

    from speechconv.batch import BatchInterrupted

    pages = tmp_path / "in"
    for i in range(3):
        (pages / f"p{i}.txt").parent.mkdir(exist_ok=True)
        (pages / f"p{i}.txt").write_text(BODY, "utf-8")

    def progress(snap):
        if snap.done == 1:
            os.kill(os.getpid(), getattr(signal, signame))

    with pytest.raises(BatchInterrupted) as caught:
        convert_many([pages], tmp_path / "out", to="md", jobs=1, progress=progress)
    report = caught.value.report
    assert (report.signal, report.exit_code, caught.value.exit_code) == (signame, code, code)
    assert [r.status for r in report.results] == ["ok", "cancelled", "cancelled"]
    assert report.to_dict()["signal"] == signame
    assert signal.getsignal(getattr(signal, signame)) is not None          # handlers given back


def test_sigterm_in_convert_leaves_no_partial_file_and_exits_143(tmp_path, monkeypatch):
    import signal

    from click.testing import CliRunner

    import speechconv.writers.json as json_writer
    from speechconv.cli import main

    def killed(doc, out, profile=None):
        out.write(b'{"half')
        os.kill(os.getpid(), signal.SIGTERM)

    monkeypatch.setattr(json_writer, "write_json", killed)
    (tmp_path / "page.txt").write_text(BODY, "utf-8")
    result = CliRunner().invoke(main, ["convert", str(tmp_path / "page.txt"), "--to", "json"])
    assert result.exit_code == 143 and result.stderr.startswith("interrupted by SIGTERM")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.txt"]
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL


def test_a_stopped_job_removes_the_outputs_it_wrote_and_is_cancelled(tmp_path, monkeypatch):
    import speechconv.api
    from speechconv.batch import job as job_module
    from speechconv.batch.worker import WORKER, Stopped
    from speechconv.plan import Job, Target

    (tmp_path / "page.txt").write_text(BODY, "utf-8")
    targets = tuple(Target(fmt, str(tmp_path / f"page.{fmt}"), f"page.{fmt}") for fmt in ("md", "json"))
    real_write = speechconv.api.write

    def stopped_on_json(doc, dest, to=None, **kwargs):
        if to == "json":
            raise Stopped()                       # SIGTERM arrives while the second output is written
        return real_write(doc, dest, to=to, **kwargs)

    monkeypatch.setattr(speechconv.api, "write", stopped_on_json)
    result = job_module.run_job(Job("page.txt", str(tmp_path / "page.txt"), targets),
                                job_module.Settings(("md", "json")))
    assert result.status == "cancelled" and not (tmp_path / "page.md").exists()
    monkeypatch.setattr(WORKER, "stopping", True)              # a stopped worker starts no other job
    assert job_module.run_job(Job("page.txt", str(tmp_path / "page.txt"), targets),
                              job_module.Settings(("md",))).status == "cancelled"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.txt"]


# --- UTF-16/32 without a byte-order mark, stray NULs ------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("text", [BODY, BODY.replace("\n", "\r\n"), "同志们：今天开会。" * 300 + "\n",
                                  "Speech 2024\n" + BODY])
def test_wide_text_without_a_bom_is_told_by_its_zero_bytes(encoding, text):
    from speechconv.sniff import wide_encoding

    data = text.encode(encoding)
    assert wide_encoding(data) == encoding
    doc = speechconv.read(data, format="text")
    assert doc.source.encoding == encoding.rsplit("-", 1)[0] and "同志们" in "".join(
        b.text for s in doc.speeches for b in s.blocks) + (doc.speeches[0].salutation or "")


@pytest.mark.parametrize("data", [
    b"\x00\x01\x02binary" * 20,
    bytes(range(256)) * 4,
    b"\x7fELF\x02\x01\x01\x00" + bytes(200) + b"\x02\x00\x3e\x00" * 50,
    "同志们：今天开会。".encode("utf-8") + bytes(64) + b"\x01\x02\x03" * 40,    # many NULs and controls
    "同志们，".encode("gbk") * 10 + b"\x00" * 40,                                # more NULs than stray ones
])
def test_a_binary_file_stays_a_binary_file(data):
    with pytest.raises(InputError, match="binary file"):
        speechconv.read(data)


@pytest.mark.parametrize("encoding, text", [("utf-8", BODY), ("gb18030", BODY), ("big5", TRADITIONAL)])
def test_a_few_stray_nuls_are_removed_with_a_warning(encoding, text):
    raw = text.encode(encoding)
    data = b"\x00" + raw[:12] + b"\x00\x00" + raw[12:]
    doc = speechconv.read(data, format="text")
    warning = [w for w in doc.warnings if w.code == "stray-nul"]
    assert warning and warning[0].text == "3 NUL byte(s) removed, the first at byte offset 0"
    assert doc == speechconv.read(raw, format="text").warn(warning)
    assert not [w for w in doc.warnings if w.code == "broken-bytes"]


# --- executors and callbacks that fail --------------------------------------------------------------------

def _pages(folder: Path, count: int = 4) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (folder / f"p{i}.txt").write_text(BODY, "utf-8")
    return folder


def test_an_executor_that_refuses_work_fails_the_rest_and_the_report_is_whole(tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    class Refusing(ThreadPoolExecutor):
        def __init__(self):
            super().__init__(1)
            self.taken = 0

        def submit(self, *args, **kwargs):
            if self.taken == 2:
                raise RuntimeError("cannot schedule new futures after shutdown")
            self.taken += 1
            return super().submit(*args, **kwargs)

    with Refusing() as pool:
        report = convert_many([_pages(tmp_path / "in")], tmp_path / "out", to="md", executor=pool)
    assert [r.status for r in report.results] == ["ok", "ok", "failed", "failed"]
    assert "the executor would not take this file (RuntimeError: cannot schedule" in report.results[2].error["message"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["p0.md", "p1.md"]


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_progress_callback_that_raises_stops_the_batch_with_its_report_and_no_worker_left(tmp_path, jobs):
    import multiprocessing
    import time

    from speechconv.batch import ProgressFailed

    def progress(snap):
        if snap.done == 1:
            raise ValueError("the display is gone")

    with pytest.raises(ProgressFailed, match="the progress callback raised ValueError: the display is gone") as caught:
        convert_many([_pages(tmp_path / "in", 8)], tmp_path / "out", to="md", jobs=jobs, progress=progress)
    report = caught.value.report
    assert isinstance(caught.value.__cause__, ValueError) and report.interrupted
    assert report.counts()["cancelled"] >= 1 and report.counts()["ok"] >= 1
    for r in report.results:
        assert (tmp_path / "out" / (Path(r.input).stem + ".md")).exists() == (r.status == "ok")
    time.sleep(0.2)
    assert not [p for p in multiprocessing.active_children() if "Pool" in p.name or "Process" in p.name]


# --- output names -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("path, folder", [("out/", True), ("out", False), ("a/b/", True), (".", True),
                                          ("..", True), ("out/.", True), ("out.docx", False), ("-", False)])
def test_a_path_that_can_only_be_a_folder_is_one(path, folder):
    from speechconv.plan import names_folder

    assert names_folder(path) is folder


def test_o_with_a_trailing_slash_is_a_folder_for_convert_even_for_one_output(tmp_path):
    from speechconv.plan import FilePlan

    plan = FilePlan.make(1, "pdf", str(tmp_path / "new") + "/")
    assert not plan.single and (tmp_path / "new").is_dir()
    assert plan.targets(tmp_path / "page.txt")[0].path == str(tmp_path / "new" / "page.pdf")
    assert FilePlan.make(1, "pdf", str(tmp_path / "file.pdf")).single
    with pytest.raises(Exception, match="-o is empty"):
        FilePlan.make(1, "pdf", "")


def test_a_time_limit_whose_error_is_swallowed_still_stops_the_document():
    """The timer's error can land in a finalizer, where Python prints it and goes on; the block must
    still end with TimeLimitError once it returns."""
    import gc
    import time as _time

    from speechconv.batch.job import time_limit
    from speechconv.errors import TimeLimitError

    class Slow:
        def __del__(self):
            _time.sleep(0.3)            # the timer fires in here: the error is only printed

    with pytest.raises(TimeLimitError):
        with time_limit(0.1):
            Slow()
            gc.collect()
