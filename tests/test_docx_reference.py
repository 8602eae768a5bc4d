"""``--reference-doc``: styles, page set-up and footers from the user's .docx, as pandoc does.

Reference documents are made here with python-docx (Word's default template, English style ids) and
rewritten with the ids a Chinese Word gives its built-in styles (Normal ``a``, heading 1 ``1``…), since
styles must be matched by name, not by id. The written package is read back with lxml.
"""
from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from docx.shared import Mm, Pt
from lxml import etree

from .docx_parts import DocxParts

import speechconv
from speechconv.cli import main
from speechconv.errors import ProfileError
from speechconv.model import Document
from speechconv.profile import _default_table, _merge, load_profile, profile_from_dict
from speechconv.writers.docx import write_docx

DATA = Path(__file__).resolve().parent / "data"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = {"w": W, "r": R}

#: Style ids a Chinese Word 2016 gives the built-in styles (the names stay English).
CHINESE_IDS = {"Normal": "a", "DefaultParagraphFont": "a0", "Title": "a3", "Heading1": "1",
               "Heading2": "2", "Heading3": "3", "Heading4": "4", "TableNormal": "a1", "NoList": "a2"}


def w(name: str) -> str:
    return f"{{{W}}}{name}"


class Out(DocxParts):
    """A written DOCX opened as XML parts."""

    @property
    def body(self) -> etree._Element:
        return self.xml("word/document.xml").find("w:body", NS)

    def styles(self) -> dict[str, etree._Element]:
        return {s.get(w("styleId")): s for s in self.xml("word/styles.xml").findall("w:style", NS)}

    def footer_texts(self) -> dict[str, str]:
        rels = {r.get("Id"): r.get("Target") for r in self.xml("word/_rels/document.xml.rels")}
        out = {}
        for ref in self.body.findall("w:sectPr/w:footerReference", NS):
            part = self.xml("word/" + rels[ref.get(f"{{{R}}}id")])
            out[ref.get(w("type"))] = "".join(t.text or "" for t in part.iter(w("t")))
        return out


def pstyle(p: etree._Element) -> str | None:
    el = p.find("w:pPr/w:pStyle", NS)
    return None if el is None else el.get(w("val"))


def text(p: etree._Element) -> str:
    return "".join(t.text or "" for t in p.iter(w("t")))


def profile_with(**docx_keys):
    return profile_from_dict(_merge(_default_table(), {"docx": docx_keys}))


def write(doc: Document, reference: Path, **docx_keys) -> Out:
    buf = io.BytesIO()
    notices = write_docx(doc, buf, profile_with(reference_doc=str(reference), **docx_keys))
    return Out(buf.getvalue(), notices)


def make_reference(path: Path, *, footer: str | None = "参考页脚", chinese_ids: bool = False,
                   comment: bool = False, header: str | None = None) -> Path:
    """Write a reference .docx: Word's default styles with Normal at 15 pt 宋体, A4 with 20/20/25/25 mm
    margins, a body paragraph that must not survive, and optionally a footer, a header, a comment."""
    ref = docx.Document()
    normal = ref.styles["Normal"]
    normal.font.size = Pt(15)
    rpr = normal.element.get_or_add_rPr()
    rpr.get_or_add_rFonts().set(w("eastAsia"), "宋体")
    heading = ref.styles["Heading 1"]
    heading.font.size = Pt(18)
    p = ref.add_paragraph("参考文档的正文必须消失")
    if comment:
        ref.add_comment(p.runs, text="a reviewer's comment", author="R")
    sec = ref.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(20), Mm(20), Mm(25), Mm(25)
    if footer is not None:
        sec.footer.paragraphs[0].text = footer
    if header is not None:
        sec.header.paragraphs[0].text = header
    ref.save(path)
    if chinese_ids:
        _rename_style_ids(path, CHINESE_IDS)
    return path


def _rename_style_ids(path: Path, ids: dict[str, str]) -> None:
    """Rewrite styles.xml (and pStyle/rStyle uses) of ``path`` with other style ids."""
    with zipfile.ZipFile(path) as zf:
        files = {n: zf.read(n) for n in zf.namelist()}
    styles = etree.fromstring(files["word/styles.xml"])
    for st in styles.findall("w:style", NS):
        sid = st.get(w("styleId"))
        st.set(w("styleId"), ids.get(sid, sid))
        for link in st.findall("w:basedOn", NS) + st.findall("w:next", NS) + st.findall("w:link", NS):
            link.set(w("val"), ids.get(link.get(w("val")), link.get(w("val"))))
    files["word/styles.xml"] = etree.tostring(styles, xml_declaration=True, encoding="UTF-8",
                                              standalone=True)
    for name in list(files):
        if name.startswith("word/") and name.endswith(".xml") and name != "word/styles.xml":
            part = etree.fromstring(files[name])
            for el in list(part.iter(w("pStyle"))) + list(part.iter(w("rStyle"))):
                el.set(w("val"), ids.get(el.get(w("val")), el.get(w("val"))))
            files[name] = etree.tostring(part, xml_declaration=True, encoding="UTF-8", standalone=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)


@pytest.fixture(scope="module")
def model() -> Document:
    return Document.from_json((DATA / "model" / "two-speeches.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def refs(tmp_path_factory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("refs")
    return {"footer": make_reference(tmp / "footer.docx", comment=True),
            "bare": make_reference(tmp / "bare.docx", footer=None, header="参考页眉"),
            "chinese": make_reference(tmp / "chinese.docx", chinese_ids=True)}


@pytest.fixture(scope="module")
def with_footer(model, refs) -> Out:
    return write(model, refs["footer"])


@pytest.fixture(scope="module")
def chinese(model, refs) -> Out:
    return write(model, refs["chinese"])


# --- what comes from the reference ---------------------------------------------------------------

def test_reference_text_is_dropped_and_the_speech_written(with_footer, model):
    paras = with_footer.body.findall("w:p", NS)
    texts = [text(p) for p in paras]
    assert "参考文档的正文必须消失" not in "".join(texts)
    assert texts[0] == model.speeches[0].title
    assert len(paras) > 20


def test_page_set_up_comes_from_the_reference(with_footer):
    mar = with_footer.body.find("w:sectPr/w:pgMar", NS)
    mm = {k: round(int(mar.get(w(k))) * 25.4 / 1440) for k in ("top", "bottom", "left", "right")}
    assert mm == {"top": 20, "bottom": 20, "left": 25, "right": 25}
    # the reference has no docGrid of ours (python-docx's template: linePitch 360)
    assert with_footer.body.find("w:sectPr/w:docGrid", NS).get(w("linePitch")) == "360"


def test_footers_of_the_reference_are_kept_and_none_added(with_footer):
    assert with_footer.footer_texts() == {"default": "参考页脚"}
    settings = with_footer.xml("word/settings.xml")
    assert settings.find("w:evenAndOddHeaders", NS) is None
    assert not {"SpeechPageNumber", "SpeechPageNumberEven"} & set(with_footer.styles())


def test_reference_styles_keep_their_formatting(with_footer):
    styles = with_footer.styles()
    normal = styles["Normal"]
    assert normal.find("w:rPr/w:sz", NS).get(w("val")) == "30"                  # 15 pt, not 16
    assert normal.find("w:rPr/w:rFonts", NS).get(w("eastAsia")) == "宋体"
    assert styles["Heading1"].find("w:rPr/w:sz", NS).get(w("val")) == "36"


def test_missing_speech_styles_are_added_on_the_references_normal(with_footer):
    styles = with_footer.styles()
    for sid in ("SpeechSalutation", "SpeechByline", "SpeechDate", "SpeechSignature", "SpeechSubtitle"):
        assert styles[sid].find("w:basedOn", NS).get(w("val")) == "Normal"
    lead = styles["SpeechLead"]
    assert lead.get(w("type")) == "character"
    assert lead.find("w:basedOn", NS).get(w("val")) == "DefaultParagraphFont"
    ids = [s.get(w("styleId")) for s in with_footer.xml("word/styles.xml").findall("w:style", NS)]
    assert len(ids) == len(set(ids))


def test_comments_of_the_reference_are_dropped(refs, with_footer):
    with zipfile.ZipFile(refs["footer"]) as zf:
        assert "word/comments.xml" in zf.namelist()          # the reference really had one
    assert "word/comments.xml" not in with_footer.files
    rels = with_footer.files["word/_rels/document.xml.rels"].decode()
    assert "comments" not in rels


def test_styles_match_by_name_not_by_id(chinese, model):
    styles = chinese.styles()
    assert "Normal" not in styles and "Heading1" not in styles and "Title" not in styles
    paras = chinese.body.findall("w:p", NS)
    by_text = {text(p): pstyle(p) for p in paras}
    assert by_text[model.speeches[0].title] == "a3"
    assert by_text["一、统一思想，充分认识做好新时期文化工作的重要意义"] == "1"
    assert by_text["（一）坚持问题导向"] == "2"
    body = [p for p in paras if text(p).startswith("今天，我们")][0]
    assert pstyle(body) is None                          # the default paragraph style, unnamed
    assert styles["SpeechSalutation"].find("w:basedOn", NS).get(w("val")) == "a"
    assert styles["SpeechLead"].find("w:basedOn", NS).get(w("val")) == "a0"
    used = {pstyle(p) for p in paras} - {None}
    assert used <= set(styles)                           # every paragraph style exists


def test_keep_with_next_is_direct_only_where_the_reference_style_lacks_it(chinese, model):
    paras = chinese.body.findall("w:p", NS)
    title = next(p for p in paras if text(p) == model.speeches[0].title)
    heading = next(p for p in paras if text(p).startswith("一、"))
    assert title.find("w:pPr/w:keepNext", NS) is not None       # Word's Title has no keepNext
    assert heading.find("w:pPr/w:keepNext", NS) is None         # Word's heading 1 has it


def test_without_footers_speechconv_adds_page_numbers_and_shares_the_header(model, refs):
    out = write(model, refs["bare"])
    assert out.footer_texts() == {"default": "— 1 —", "even": "— 1 —"}
    assert out.xml("word/settings.xml").find("w:evenAndOddHeaders", NS) is not None
    heads = {h.get(w("type")): h.get(f"{{{R}}}id") for h in out.body.findall("w:sectPr/w:headerReference", NS)}
    assert heads["default"] == heads["even"]                 # even pages keep the reference's header
    assert {"SpeechPageNumber", "SpeechPageNumberEven"} <= set(out.styles())
    tags = [etree.QName(c).localname for c in out.body.find("w:sectPr", NS)]
    refs_end = max(i for i, t in enumerate(tags) if t.endswith("Reference"))
    assert all(t.endswith("Reference") for t in tags[:refs_end + 1])   # references come first


def test_speechconv_output_as_reference_matches_every_style(model, tmp_path):
    first = tmp_path / "first.docx"
    speechconv.write(model, first)
    edited = docx.Document(str(first))
    edited.styles["Normal"].font.size = Pt(15)
    edited.save(str(tmp_path / "edited.docx"))
    out = write(model, tmp_path / "edited.docx")
    ids = [s.get(w("styleId")) for s in out.xml("word/styles.xml").findall("w:style", NS)]
    with zipfile.ZipFile(first) as zf:
        before = [s.get(w("styleId")) for s in etree.fromstring(zf.read("word/styles.xml")).findall("w:style", NS)]
    assert ids == before                                          # nothing added, nothing renamed
    assert out.styles()["Normal"].find("w:rPr/w:sz", NS).get(w("val")) == "30"
    assert out.footer_texts() == {"default": "— 1 —", "even": "— 1 —"}     # its footers, reused


def test_embedded_subsets_of_a_reference_are_dropped_unless_embedding_again(model, tmp_path):
    ref = tmp_path / "embedded-ref.docx"
    speechconv.write(model, ref, embed_fonts=True)
    plain = write(model, ref)
    assert not [n for n in plain.files if n.startswith("word/fonts/")]
    assert plain.xml("word/fontTable.xml").find(".//w:embedRegular", NS) is None
    again = write(model, ref, embed_fonts=True)
    fonts = [n for n in again.files if n.startswith("word/fonts/")]
    table = again.xml("word/fontTable.xml")
    assert len(fonts) == len(table.findall(".//w:embedRegular", NS)) == 5


def test_a_changed_reference_is_read_again(model, tmp_path):
    path = make_reference(tmp_path / "ref.docx")
    assert write(model, path).footer_texts() == {"default": "参考页脚"}
    make_reference(path, footer="新的页脚")
    os.utime(path, ns=(1, 1))                       # a different mtime even on a coarse clock
    assert write(model, path).footer_texts() == {"default": "新的页脚"}


def test_embedding_with_a_reference_embeds_only_shipped_fonts(model, refs):
    out = write(model, refs["footer"], embed_fonts=True)
    codes = {n.code: n.text for n in out.notices}
    assert codes.get("docx-font-not-embedded") == "宋体"           # the reference's Normal font
    table = out.xml("word/fontTable.xml")
    embedded = {f.get(w("name")) for f in table.findall("w:font", NS) if f.find("w:embedRegular", NS) is not None}
    assert "FandolKai" in embedded                                # our added byline/date styles
    assert "宋体" not in embedded


def test_theme_fonts_of_a_reference_are_reported_when_embedding(model, tmp_path):
    plain = tmp_path / "plain.docx"
    docx.Document().save(str(plain))                 # Normal uses the theme's east-Asian font
    out = write(model, plain, embed_fonts=True)
    assert {n.code: n.text for n in out.notices}.get("docx-font-not-embedded") == "a theme font"


# --- errors, API, CLI, profile -----------------------------------------------------------------

def test_missing_reference_is_a_profile_error(model, tmp_path):
    with pytest.raises(ProfileError, match="reference document not found"):
        write(model, tmp_path / "nope.docx")


@pytest.mark.parametrize("content", [b"not a zip", b"PK\x03\x04 broken"])
def test_a_file_that_is_not_a_docx_is_a_profile_error(model, tmp_path, content):
    bad = tmp_path / "bad.docx"
    bad.write_bytes(content)
    with pytest.raises(ProfileError, match="not a Word .docx") as info:
        write(model, bad)
    assert info.value.path == str(bad)


def test_api_write_takes_the_options(model, refs, tmp_path):
    dest = tmp_path / "api.docx"
    speechconv.write(model, dest, reference_doc=refs["footer"])
    assert Out(dest.read_bytes(), []).footer_texts() == {"default": "参考页脚"}
    with pytest.raises(ProfileError):
        speechconv.write(model, tmp_path / "x.docx", reference_doc=tmp_path / "missing.docx")


def test_profile_reference_doc_is_relative_to_the_profile_file(model, refs, tmp_path):
    folder = tmp_path / "prof"
    folder.mkdir()
    (folder / "ref.docx").write_bytes(refs["footer"].read_bytes())
    (folder / "p.toml").write_text('[docx]\nreference_doc = "ref.docx"\n', "utf-8")
    profile = load_profile(folder / "p.toml")
    assert Path(profile.docx["reference_doc"]) == folder / "ref.docx"
    buf = io.BytesIO()
    write_docx(model, buf, profile)
    assert Out(buf.getvalue(), []).footer_texts() == {"default": "参考页脚"}


def test_cli_reference_doc_and_embed_fonts(refs, tmp_path):
    out = tmp_path / "cli.docx"
    src = DATA / "model" / "two-speeches.json"
    result = CliRunner().invoke(main, ["convert", str(src), "-o", str(out), "--reference-doc",
                                       str(refs["bare"]), "--embed-fonts", "-q"])
    assert result.exit_code == 0, result.output
    written = Out(out.read_bytes(), [])
    assert written.footer_texts()["even"] == "— 1 —"
    assert any(n.startswith("word/fonts/") for n in written.files)


def test_cli_missing_reference_is_one_line_and_exit_6(tmp_path):
    src = DATA / "model" / "two-speeches.json"
    result = CliRunner().invoke(main, ["convert", str(src), "-o", str(tmp_path / "o.docx"),
                                       "--reference-doc", str(tmp_path / "none.docx")])
    assert result.exit_code == 6
    lines = [ln for ln in result.output.splitlines() if ln]
    assert lines == [f"error: {tmp_path / 'none.docx'}: reference document not found; "
                     "pass an existing .docx to --reference-doc"]
    assert not (tmp_path / "o.docx").exists()
