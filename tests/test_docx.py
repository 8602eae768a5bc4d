"""The DOCX writer: the package read back as XML parts.

Every check parses the written file (``word/document.xml``, ``styles.xml``, ``settings.xml``, the
footers) with lxml; nothing here asks python-docx what it thinks it wrote. LibreOffice renderings are
in test_docx_render.py, embedded fonts in test_docx_embed.py, ``--reference-doc`` in
test_docx_reference.py, and the XML goldens in test_docx_goldens.py.
"""
from __future__ import annotations

import io
import re
import statistics
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from lxml import etree

from speechconv.errors import OutputError, ProfileError
from speechconv.model import Document, Notice, Paragraph, Run, Speech
from speechconv.profile import _default_table, _merge, load_profile, profile_from_dict
from speechconv.writers.docx import write_docx
from speechconv.writers.flow import flow

DATA = Path(__file__).resolve().parent / "data"
SRC = Path(__file__).resolve().parents[1] / "src" / "speechconv"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = {"w": W, "r": R}
THEME_ATTRS = ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")


def w(name: str) -> str:
    """Return the Clark name of ``w:name``."""
    return f"{{{W}}}{name}"


@dataclass
class Docx:
    """A written DOCX opened as parsed XML parts."""

    raw: bytes
    notices: list[Notice]

    def part(self, name: str) -> etree._Element:
        with zipfile.ZipFile(io.BytesIO(self.raw)) as zf:
            return etree.fromstring(zf.read(name))

    def names(self) -> list[str]:
        with zipfile.ZipFile(io.BytesIO(self.raw)) as zf:
            return zf.namelist()

    @property
    def body(self) -> etree._Element:
        return self.part("word/document.xml").find("w:body", NS)

    def paragraphs(self) -> list[etree._Element]:
        return self.body.findall("w:p", NS)

    def style(self, style_id: str) -> etree._Element:
        found = self.part("word/styles.xml").find(f"w:style[@w:styleId='{style_id}']", NS)
        assert found is not None, f"no style {style_id}"
        return found

    def footer(self, kind: str) -> etree._Element:
        """Return the footer part referenced as ``kind`` (default or even) by the section."""
        ref = self.body.find(f"w:sectPr/w:footerReference[@w:type='{kind}']", NS)
        assert ref is not None, f"no {kind} footer reference"
        rels = self.part("word/_rels/document.xml.rels")
        target = next(r.get("Target") for r in rels if r.get("Id") == ref.get(f"{{{R}}}id"))
        return self.part("word/" + target)


def para_text(p: etree._Element) -> str:
    """Return a paragraph's text: its w:t pieces joined (w:br adds nothing, as FlowPara.text does)."""
    return "".join(t.text or "" for t in p.iter(w("t")))


def para_style(p: etree._Element) -> str:
    found = p.find("w:pPr/w:pStyle", NS)
    return "Normal" if found is None else found.get(w("val"))


def write(doc: Document, profile) -> Docx:
    buf = io.BytesIO()
    notices = write_docx(doc, buf, profile)
    return Docx(buf.getvalue(), notices)


def profile_with(**tables) -> object:
    """Return the default profile with the given tables merged over it."""
    return profile_from_dict(_merge(_default_table(), tables))


@pytest.fixture(scope="module")
def profile():
    return load_profile()


@pytest.fixture(scope="module")
def model() -> Document:
    return Document.from_json((DATA / "model" / "two-speeches.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def out(model, profile) -> Docx:
    return write(model, profile)


# --- package and page --------------------------------------------------------------------------

def test_returns_a_list_of_notices_and_a_complete_package(out):
    # 镕 喆 堃 (in a name) are GBK, not GB2312: 仿宋_GB2312 cannot show them
    assert [(n.code, n.text) for n in out.notices] == [("docx-font-coverage", "镕喆堃")]
    assert "仿宋_GB2312" in out.notices[0].hint
    names = set(out.names())
    assert {"word/document.xml", "word/styles.xml", "word/settings.xml", "docProps/core.xml",
            "docProps/app.xml", "word/fontTable.xml"} <= names
    # the python-docx template's leftovers are gone
    assert not any(n.startswith(("customXml/", "docProps/thumbnail")) for n in names)
    assert "word/stylesWithEffects.xml" not in names


@pytest.mark.parametrize("path, attr, twips", [
    ("w:pgSz", "w", 11906), ("w:pgSz", "h", 16838),
    ("w:pgMar", "top", 2098), ("w:pgMar", "bottom", 1984),      # 37 mm, 35 mm
    ("w:pgMar", "left", 1587), ("w:pgMar", "right", 1474),      # 28 mm, 26 mm
    ("w:pgMar", "gutter", 0),
])
def test_page_size_and_margins_in_twips(out, path, attr, twips):
    el = out.body.find(f"w:sectPr/{path}", NS)
    assert int(el.get(w(attr))) == twips


def test_footer_sits_about_7mm_under_the_text_block(out, profile):
    mar = out.body.find("w:sectPr/w:pgMar", NS)
    footer_mm = int(mar.get(w("footer"))) * 25.4 / 1440
    line_mm = int(out.style("SpeechPageNumber").find("w:pPr/w:spacing", NS).get(w("line"))) * 25.4 / 1440
    top_of_number = footer_mm + line_mm            # Word: footer distance is to the footer's bottom
    assert top_of_number == pytest.approx(profile.page.bottom_mm - profile.page_number.below_mm, abs=0.1)


def test_lines_only_grid_without_char_pitch(out):
    grid = out.body.find("w:sectPr/w:docGrid", NS)
    assert grid.get(w("type")) == "lines"
    assert grid.get(w("linePitch")) == "579"
    assert grid.get(w("charSpace")) is None


def test_settings_odd_even_footers_and_chinese_layout(out):
    settings = out.part("word/settings.xml")
    assert settings.find("w:evenAndOddHeaders", NS) is not None
    assert settings.find("w:characterSpacingControl", NS).get(w("val")) == "doNotCompress"
    assert settings.find("w:themeFontLang", NS).get(w("eastAsia")) == "zh-CN"
    mode = settings.find("w:compat/w:compatSetting[@w:name='compatibilityMode']", NS)
    assert mode.get(w("val")) == "15"


# --- styles ------------------------------------------------------------------------------------

def test_every_rfonts_in_styles_names_east_asian_font_and_no_theme(out):
    styles = out.part("word/styles.xml")
    fonts = list(styles.iter(w("rFonts")))
    assert fonts, "styles.xml has no rFonts at all"
    for rf in fonts:
        owner = rf.getparent().getparent()
        where = owner.get(w("styleId")) or etree.QName(owner).localname
        assert rf.get(w("eastAsia")), f"{where}: rFonts without w:eastAsia"
        assert rf.get(w("ascii")) and rf.get(w("hAnsi")), f"{where}: rFonts without ascii/hAnsi"
        for attr in THEME_ATTRS:
            assert rf.get(w(attr)) is None, f"{where}: theme font {attr}"
    default = styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:rFonts", NS)
    assert default.get(w("eastAsia")) == "仿宋_GB2312"
    assert default.get(w("ascii")) == "Times New Roman"
    assert styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS).get(w("eastAsia")) == "zh-CN"


#: role, style id, east-Asian font, size (half-points), w:jc, bold, outline level, keepNext
ROLE_STYLES = [
    ("body", "Normal", "仿宋_GB2312", 32, "both", False, None, False),
    ("title", "Title", "方正小标宋简体", 44, "center", False, 0, True),
    ("heading1", "Heading1", "黑体", 32, "both", False, 0, True),
    ("heading2", "Heading2", "楷体_GB2312", 32, "both", False, 1, True),
    ("heading3", "Heading3", "仿宋_GB2312", 32, "both", True, 2, True),
    ("heading4", "Heading4", "仿宋_GB2312", 32, "both", False, 3, True),
    ("subtitle", "SpeechSubtitle", "仿宋_GB2312", 32, "center", False, None, True),
    ("byline", "SpeechByline", "楷体_GB2312", 32, "center", False, None, True),
    ("date", "SpeechDate", "楷体_GB2312", 32, "center", False, None, True),
    ("salutation", "SpeechSalutation", "仿宋_GB2312", 32, "left", False, None, False),
    ("closing", "SpeechClosing", "仿宋_GB2312", 32, "both", False, None, False),
    ("signature", "SpeechSignature", "仿宋_GB2312", 32, "right", False, None, False),
    ("page-number", "SpeechPageNumber", "宋体", 28, "right", False, None, False),
]


@pytest.mark.parametrize("role, style_id, font, size, jc, bold, outline, keep", ROLE_STYLES)
def test_paragraph_style_per_role(out, role, style_id, font, size, jc, bold, outline, keep):
    st = out.style(style_id)
    assert st.get(w("type")) == "paragraph"
    assert st.find("w:rPr/w:rFonts", NS).get(w("eastAsia")) == font
    assert int(st.find("w:rPr/w:sz", NS).get(w("val"))) == size
    assert st.find("w:pPr/w:jc", NS).get(w("val")) == jc
    b = st.find("w:rPr/w:b", NS)
    assert (b is not None and b.get(w("val")) in (None, "1", "true")) == bold
    lvl = st.find("w:pPr/w:outlineLvl", NS)
    assert (None if lvl is None else int(lvl.get(w("val")))) == outline
    assert (st.find("w:pPr/w:keepNext", NS) is not None) == keep
    if style_id != "Normal":
        assert st.find("w:basedOn", NS).get(w("val")) == "Normal"


@pytest.mark.parametrize("style_id, first_line, first_chars", [
    ("Normal", 640, 200), ("Heading1", 640, 200), ("SpeechClosing", 640, 200),
    ("Title", 0, 0), ("SpeechSalutation", 0, 0), ("SpeechSubtitle", 0, 0),
    ("SpeechSignature", 0, 0), ("SpeechPageNumber", 0, 0),
])
def test_first_line_indent_in_chars_and_twips(out, style_id, first_line, first_chars):
    ind = out.style(style_id).find("w:pPr/w:ind", NS)
    assert int(ind.get(w("firstLine"))) == first_line
    assert int(ind.get(w("firstLineChars"))) == first_chars


@pytest.mark.parametrize("style_id, spacing", [
    ("Normal", -5), ("Heading1", -5), ("Heading2", -5), ("SpeechSalutation", -5),
    ("SpeechLead", -5), ("Title", 0), ("SpeechPageNumber", 0),
])
def test_character_spacing_on_body_size_styles_only(out, style_id, spacing):
    assert int(out.style(style_id).find("w:rPr/w:spacing", NS).get(w("val"))) == spacing


@pytest.mark.parametrize("style_id", ["Normal", "Title", "Heading1", "Heading4", "SpeechByline",
                                      "SpeechSignature", "SpeechClosing"])
def test_exact_line_spacing_on_the_grid(out, style_id):
    sp = out.style(style_id).find("w:pPr/w:spacing", NS)
    assert (sp.get(w("line")), sp.get(w("lineRule"))) == ("579", "exact")


@pytest.mark.parametrize("tag, val", [
    ("kinsoku", "1"), ("autoSpaceDE", "0"), ("autoSpaceDN", "0"), ("widowControl", "0"),
    # on, not off: LibreOffice reads overflowPunct=0 as "hang punctuation" and then loses the comma
    ("overflowPunct", "1"),
])
def test_normal_chinese_line_breaking(out, tag, val):
    assert out.style("Normal").find(f"w:pPr/w:{tag}", NS).get(w("val")) == val


def test_space_around_title_block_and_signature_in_lines(out):
    title = out.style("Title").find("w:pPr/w:spacing", NS)
    assert (title.get(w("after")), title.get(w("afterLines"))) == ("0", "0")
    spaced = [(para_text(p), sp.get(w("after")), sp.get(w("afterLines"))) for p in out.paragraphs()
              if (sp := p.find("w:pPr/w:spacing", NS)) is not None]
    # One blank grid line closes each title block, on its last line (a date, or a subtitle).
    assert spaced == [("（2024年3月8日）", "579", "100"), ("——在20XX年全县教师节表彰大会上", "579", "100")]
    sig = out.style("SpeechSignature").find("w:pPr", NS)
    assert sig.find("w:spacing", NS).get(w("beforeLines")) == "100"
    assert (sig.find("w:ind", NS).get(w("right")), sig.find("w:ind", NS).get(w("rightChars"))) == ("1280", "400")


@pytest.mark.parametrize("style_id, font, bold", [
    ("SpeechLead", "仿宋_GB2312", True),
    ("SpeechRunInHeading1", "黑体", False),
    ("SpeechRunInHeading2", "楷体_GB2312", False),
    ("SpeechRunInHeading3", "仿宋_GB2312", True),
    ("SpeechRunInHeading4", "仿宋_GB2312", False),
])
def test_character_styles(out, style_id, font, bold):
    st = out.style(style_id)
    assert st.get(w("type")) == "character"
    assert st.find("w:rPr/w:rFonts", NS).get(w("eastAsia")) == font
    b = st.find("w:rPr/w:b", NS)
    assert (b.get(w("val")) in (None, "1", "true")) == bold


def test_bundled_font_names_when_the_profile_asks():
    doc = write(Document(speeches=(Speech(title="标题", blocks=(Paragraph.of("正文王镕"),)),)),
                profile_with(docx={"font_names": "bundled"}))
    assert doc.notices == []        # FandolFang lacks 镕, the shipped fallback font has it
    assert doc.style("Normal").find("w:rPr/w:rFonts", NS).get(w("eastAsia")) == "FandolFang"
    assert doc.style("Title").find("w:rPr/w:rFonts", NS).get(w("eastAsia")) == "Noto Serif CJK SC Black"
    runs = {para_text(r): r.find("w:rPr/w:rFonts", NS) for r in doc.body.iter(w("r"))}
    assert runs["正文王"] is None
    assert runs["镕"].get(w("eastAsia")) == "WenQuanYi Micro Hei"


@pytest.mark.parametrize("style_id, snap", [("Title", "0"), ("SpeechPageNumber", "0"), ("Normal", None),
                                            ("Heading1", None)])
def test_only_type_larger_than_the_body_leaves_the_line_grid(out, style_id, snap):
    """LibreOffice gives a 22 pt title line two grid lines when it snaps to the grid (21 lines on a
    title page); off the grid its exact 28.95 pt line spacing keeps it on one."""
    el = out.style(style_id).find("w:pPr/w:snapToGrid", NS)
    assert (None if el is None else el.get(w("val"))) == snap


# --- body --------------------------------------------------------------------------------------

def test_every_line_of_the_flow_in_order_with_its_style(out, model, profile):
    lines = flow(model, profile)
    paras = out.paragraphs()
    assert [para_text(p) for p in paras] == [line.text for line in lines]
    expected = {row[0]: row[1] for row in ROLE_STYLES}
    assert [para_style(p) for p in paras] == [expected[line.role] for line in lines]


def test_second_speech_starts_a_new_page(out, model):
    breaks = [para_text(p) for p in out.paragraphs() if p.find("w:pPr/w:pageBreakBefore", NS) is not None]
    assert breaks == [model.speeches[1].title]
    # a real paragraph property, not an empty paragraph or a page-break run
    assert not [p for p in out.paragraphs() if not para_text(p)]
    assert not out.body.findall(".//w:br[@w:type='page']", NS)


def test_placeholders_are_highlighted(out, model, profile):
    wanted = [s.text for line in flow(model, profile) for s in line.spans if s.placeholder]
    marked = [para_text(r) for r in out.body.iter(w("r")) if r.find("w:rPr/w:highlight", NS) is not None]
    assert marked == wanted == ["×××", "XX区"]
    for r in out.body.iter(w("r")):
        hl = r.find("w:rPr/w:highlight", NS)
        if hl is not None:
            assert hl.get(w("val")) == "yellow"


@pytest.mark.parametrize("text, style_id", [
    ("一是文化工作关系长远。", "SpeechLead"),
    ("1.补齐基层设施短板。", "SpeechRunInHeading3"),
    ("第一，坚守初心，做学生成长的引路人。", "SpeechRunInHeading1"),
])
def test_in_paragraph_roles_get_character_styles(out, text, style_id):
    runs = [r for r in out.body.iter(w("r")) if para_text(r) == text]
    assert len(runs) == 1
    assert runs[0].find("w:rPr/w:rStyle", NS).get(w("val")) == style_id
    assert para_style(runs[0].getparent()) == "Normal"


def test_run_in_heading_paragraph_is_in_the_outline(out):
    p = next(p for p in out.paragraphs() if para_text(p).startswith("1.补齐"))
    assert p.find("w:pPr/w:outlineLvl", NS).get(w("val")) == "2"
    plain = next(p for p in out.paragraphs() if para_text(p).startswith("今天"))
    assert plain.find("w:pPr", NS) is None        # body text: Normal, no direct formatting at all


def test_runs_carry_no_direct_fonts_or_sizes(out):
    for r in out.body.iter(w("r")):
        rpr = r.find("w:rPr", NS)
        if rpr is None:
            continue
        assert rpr.find("w:sz", NS) is None
        rf = rpr.find("w:rFonts", NS)
        assert rf is None or dict(rf.attrib) == {w("hint"): "eastAsia"}


def test_east_asian_hint_on_quotes_dashes_and_ellipsis(profile):
    doc = Document(speeches=(Speech(blocks=(
        Paragraph(runs=(Run("他说“好”……"), Run("没有引号"), Run("一‘二’三—四·五"))),)),))
    out = write(doc, profile)
    hints = {para_text(r): r.find("w:rPr/w:rFonts", NS) is not None for r in out.body.iter(w("r"))}
    assert hints == {"他说“好”……": True, "没有引号": False, "一‘二’三—四·五": True}


def test_broken_title_lines_join_with_line_breaks(profile):
    title = "关于进一步加强和改进新时代基层文化阵地建设工作的若干意见和具体实施办法"
    doc = Document(speeches=(Speech(title=title, blocks=(Paragraph.of("正文。"),)),))
    lines = flow(doc, profile)
    assert lines[0].hard_breaks and len(lines[0].spans) >= 2
    out = write(doc, profile)
    first = out.paragraphs()[0]
    assert para_style(first) == "Title"
    assert len(first.findall(".//w:br", NS)) == len(lines[0].spans) - 1
    assert para_text(first) == title


def test_bold_and_italic_marks_are_kept(profile):
    doc = Document(speeches=(Speech(blocks=(Paragraph(runs=(Run("粗", bold=True), Run("斜", italic=True))),)),))
    runs = list(write(doc, profile).body.iter(w("r")))
    assert runs[0].find("w:rPr/w:b", NS) is not None and runs[0].find("w:rPr/w:i", NS) is None
    assert runs[1].find("w:rPr/w:i", NS) is not None and runs[1].find("w:rPr/w:b", NS) is None


def test_control_characters_are_dropped_with_a_notice(profile):
    doc = Document(speeches=(Speech(blocks=(Paragraph.of("前\x0b后\x00。"),)),))
    out = write(doc, profile)
    assert para_text(out.paragraphs()[0]) == "前后。"
    assert [n.code for n in out.notices] == ["docx-invalid-char"]


@pytest.mark.parametrize("office, expected", [("仿宋_GB2312", ["docx-font-coverage"]), ("仿宋", [])])
def test_gb2312_font_coverage_notice(office, expected):
    doc = Document(speeches=(Speech(blocks=(Paragraph.of("张堃同志——“好”……"),)),))
    out = write(doc, profile_with(fonts={"fang": {"office": office}}))
    assert [n.code for n in out.notices] == expected
    assert all(n.text == "堃" for n in out.notices)


def test_gb2312_dashes_alone_raise_no_coverage_notice(profile):
    """Python's gb2312 codec rejects U+2014, but Windows' GB2312 has it: no notice, not an empty one."""
    doc = Document(speeches=(Speech(blocks=(Paragraph.of("——在全县工作会议上"),)),))
    assert write(doc, profile).notices == []


def test_unknown_paragraph_role_is_body_text_with_a_notice(profile):
    doc = Document(speeches=(Speech(blocks=(Paragraph.of("引文", role="quote"),)),))
    out = write(doc, profile)
    assert para_style(out.paragraphs()[0]) == "Normal"
    assert [(n.code, n.text) for n in out.notices] == [("docx-unknown-role", "quote")]


def test_text_with_markup_characters_is_escaped(profile):
    doc = Document(speeches=(Speech(blocks=(Paragraph.of("a<b>&c \"d\" 'e'"),)),))
    assert para_text(write(doc, profile).paragraphs()[0]) == "a<b>&c \"d\" 'e'"


# --- footers -----------------------------------------------------------------------------------

@pytest.mark.parametrize("kind, style_id, jc, side", [
    ("default", "SpeechPageNumber", "right", "right"),
    ("even", "SpeechPageNumberEven", "left", "left"),
])
def test_page_number_footers(out, kind, style_id, jc, side):
    ftr = out.footer(kind)
    p = ftr.find("w:p", NS)
    assert para_style(p) == style_id
    instr = "".join(t.text for t in p.iter(w("instrText")))
    assert instr.strip() == "PAGE"
    assert [f.get(w("fldCharType")) for f in p.iter(w("fldChar"))] == ["begin", "separate", "end"]
    text = para_text(p)
    assert text == "— 1 —"            # em dashes U+2014 around the field's placeholder number
    assert text.count("\u2014") == 2
    st = out.style(style_id)
    assert st.find("w:pPr/w:jc", NS).get(w("val")) == jc
    assert st.find("w:pPr/w:ind", NS).get(w(side)) == "320"    # one 16 pt character
    dash_runs = [r for r in p.iter(w("r")) if "—" in para_text(r)]
    assert all(r.find("w:rPr/w:rFonts", NS).get(w("hint")) == "eastAsia" for r in dash_runs)


def test_page_numbers_are_song_digits_14pt(out):
    st = out.style("SpeechPageNumber")
    rf = st.find("w:rPr/w:rFonts", NS)
    assert rf.get(w("eastAsia")) == rf.get(w("ascii")) == "宋体"
    assert st.find("w:pPr/w:snapToGrid", NS).get(w("val")) == "0"


# --- properties, errors, boundaries ------------------------------------------------------------

def test_core_and_app_properties(out):
    core = out.part("docProps/core.xml")
    ns = {"dc": "http://purl.org/dc/elements/1.1/",
          "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
          "dcterms": "http://purl.org/dc/terms/"}
    assert core.findtext("dc:title", namespaces=ns) == "讲话稿两篇"
    assert core.findtext("dc:creator", namespaces=ns) == "市委副书记 王建华"
    assert core.findtext("cp:lastModifiedBy", namespaces=ns) == "speechconv"
    assert core.findtext("dc:description", namespaces=ns).startswith("generated by speechconv")
    assert re.match(r"\d{4}-\d\d-\d\dT", core.findtext("dcterms:created", namespaces=ns))
    app = out.part("docProps/app.xml")
    assert app.findtext("{*}Application").startswith("speechconv")


def test_title_falls_back_to_first_speech_and_author_may_be_empty(profile, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    out = write(Document(speeches=(Speech(title="讲话", blocks=(Paragraph.of("正文"),)),)), profile)
    core = out.part("docProps/core.xml")
    assert core.findtext("{*}title") == "讲话"
    assert (core.findtext("{*}creator") or "") == ""
    assert core.findtext("{*}created") == "2023-11-14T22:13:20Z"


def test_empty_document_is_still_a_valid_package(profile):
    out = write(Document(), profile)
    assert out.paragraphs() == [] and out.body.find("w:sectPr", NS) is not None


class _Broken(io.RawIOBase):
    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        raise OSError(28, "No space left on device")


def test_write_failure_is_an_output_error(model, profile):
    with pytest.raises(OutputError, match="cannot write the DOCX"):
        write_docx(model, _Broken(), profile)


def test_text_stream_destination_is_an_output_error(model, profile):
    with pytest.raises(OutputError, match="binary mode"):
        write_docx(model, io.StringIO(), profile)


@pytest.mark.parametrize("tables, match", [
    ({"docx": {"placeholder_highlight": "orange"}}, "placeholder_highlight"),
    ({"docx": {"font_names": "system"}}, "font_names"),
    ({"page_number": {"template": "第页"}}, "template"),
])
def test_bad_profile_values_are_profile_errors(model, tables, match):
    with pytest.raises(ProfileError, match=match):
        write_docx(model, io.BytesIO(), profile_with(**tables))


def test_only_the_docx_package_imports_python_docx():
    pattern = re.compile(r"^\s*(from|import)\s+docx\b", re.M)
    users = sorted(str(p.relative_to(SRC)) for p in SRC.rglob("*.py") if pattern.search(p.read_text("utf-8")))
    assert users and all(u.startswith("writers/docx/") for u in users), users
    for p in (SRC / "writers" / "docx").glob("*.py"):
        assert "reportlab" not in p.read_text("utf-8"), p


def _big_doc(model: Document, chars: int = 10_000) -> Document:
    speech = model.speeches[0]
    blocks: list = []
    while sum(len(b.text) for b in blocks) < chars:
        blocks.extend(speech.blocks)
    return Document(speeches=(Speech(title=speech.title, salutation=speech.salutation, blocks=tuple(blocks)),))


def test_ten_thousand_characters_write_fast(model, profile):
    doc = _big_doc(model)
    write_docx(doc, io.BytesIO(), profile)                      # warm-up: builds the cached template
    times = []
    for _ in range(5):
        start = time.perf_counter()
        write_docx(doc, io.BytesIO(), profile)
        times.append(time.perf_counter() - start)
    assert statistics.median(times) < 0.1, times                 # ~8 ms measured on the dev machine
