"""Embedded fonts in the DOCX (``--embed-fonts``): obfuscation, package parts, subsets, fallback runs.

The package is read back with zipfile and lxml; the embedded fonts are de-obfuscated with the key the
font table states and opened with fontTools, so every claim is checked on the written bytes.
"""
from __future__ import annotations

import io
import re
import uuid
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from lxml import etree

from .docx_parts import DocxParts

from speechconv.errors import FontError, ProfileError
from speechconv.model import Document, Paragraph, Run, Speech
from speechconv.profile import _default_table, _merge, load_profile, profile_from_dict
from speechconv.writers.docx import write_docx
from speechconv.writers.docx.embed import font_key, key_bytes, obfuscate, set_embed_settings
from speechconv.writers.fontfile import EDITING_CHARS, subset_font
from speechconv.writers.flow import flow

DATA = Path(__file__).resolve().parent / "data"
SRC = Path(__file__).resolve().parents[1] / "src" / "speechconv"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PR = "http://schemas.openxmlformats.org/package/2006/relationships"
CTNS = "http://schemas.openxmlformats.org/package/2006/content-types"
NS = {"w": W, "r": R}


def w(name: str) -> str:
    return f"{{{W}}}{name}"


def profile_with(**docx) -> object:
    """Return the default profile with ``[docx]`` keys merged in."""
    return profile_from_dict(_merge(_default_table(), {"docx": docx}))


def model(name: str) -> Document:
    return Document.from_json((DATA / "model" / f"{name}.json").read_text("utf-8"))


class Package(DocxParts):
    """A written DOCX: its zip members and the notices the writer returned."""

    def fonts(self) -> dict[str, TTFont]:
        """Return family name -> de-obfuscated embedded font, following fontTable.xml and its rels."""
        table = self.xml("word/fontTable.xml")
        rels = {r.get("Id"): r.get("Target") for r in self.xml("word/_rels/fontTable.xml.rels")}
        out = {}
        for font in table.findall("w:font", NS):
            emb = font.find("w:embedRegular", NS)
            if emb is None:
                continue
            data = self.files["word/" + rels[emb.get(f"{{{R}}}id")]]
            out[font.get(w("name"))] = TTFont(io.BytesIO(obfuscate(data, emb.get(w("fontKey")))))
        return out


def write(doc: Document, profile) -> Package:
    buf = io.BytesIO()
    notices = write_docx(doc, buf, profile)
    return Package(buf.getvalue(), notices)


@pytest.fixture(scope="module")
def embed_profile():
    return profile_with(embed_fonts=True)


@pytest.fixture(scope="module")
def rare(embed_profile) -> Package:
    return write(model("rare-and-blanks"), embed_profile)


@pytest.fixture(scope="module")
def plain() -> Package:
    return write(model("rare-and-blanks"), load_profile())


# --- obfuscation -------------------------------------------------------------------------------

def test_key_bytes_follow_the_standards_example():
    # ECMA-376 "Font Embedding": GUID 001B70DC-AA60-4AD5-90EC-18A0948E1EAE is used reversed,
    # AE1E8E94-A018-EC90-D54A-60AADC701B00, against bytes 0-15 and again 16-31.
    key = "{001B70DC-AA60-4AD5-90EC-18A0948E1EAE}"
    assert key_bytes(key) == bytes.fromhex("AE1E8E94A018EC90D54A60AADC701B00")
    data = bytes(range(40))
    out = obfuscate(data, key)
    assert out[32:] == data[32:]
    assert out[:16] == bytes(a ^ b for a, b in zip(data[:16], key_bytes(key)))
    assert out[16:32] == bytes(a ^ b for a, b in zip(data[16:32], key_bytes(key)))
    assert obfuscate(out, key) == data


def test_font_key_is_a_braced_upper_case_guid():
    key = font_key(uuid.UUID("001b70dc-aa60-4ad5-90ec-18a0948e1eae"))
    assert key == "{001B70DC-AA60-4AD5-90EC-18A0948E1EAE}"


@pytest.mark.parametrize("bad", ["", "{001B70DC}", "{001B70DC-AA60-4AD5-90EC-18A0948E1EAG}"])
def test_malformed_keys_are_refused(bad):
    with pytest.raises(ValueError):
        key_bytes(bad)


# --- the package ---------------------------------------------------------------------------------

def test_without_embedding_there_are_no_font_parts(plain):
    assert not [n for n in plain.files if n.startswith("word/fonts/")]
    settings = plain.xml("word/settings.xml")
    assert settings.find("w:embedTrueTypeFonts", NS) is None
    styles = plain.xml("word/styles.xml")
    assert styles.find("w:style[@w:styleId='Normal']/w:rPr/w:rFonts", NS).get(w("eastAsia")) == "仿宋_GB2312"


def test_embedding_names_the_shipped_fonts_in_styles(rare):
    styles = rare.xml("word/styles.xml")
    east = {st.get(w("styleId")): st.find("w:rPr/w:rFonts", NS).get(w("eastAsia"))
            for st in styles.findall("w:style", NS) if st.find("w:rPr/w:rFonts", NS) is not None}
    assert east["Normal"] == "FandolFang"
    assert east["Title"] == "Noto Serif CJK SC Black"
    assert east["Heading1"] == "FandolHei"
    assert east["SpeechByline"] == "FandolKai"
    assert not [n for n in east.values() if n.endswith("_GB2312")]


def test_font_parts_relationships_and_content_types(rare):
    parts = sorted(n for n in rare.files if n.startswith("word/fonts/"))
    assert parts and all(re.fullmatch(r"word/fonts/font\d+\.odttf", n) for n in parts)
    rels = rare.xml("word/_rels/fontTable.xml.rels")
    targets = {r.get("Target"): r.get("Type") for r in rels}
    assert sorted("word/" + t for t in targets) == parts
    assert set(targets.values()) == {f"{R}/font"}
    types = rare.xml("[Content_Types].xml")
    declared = {o.get("PartName"): o.get("ContentType") for o in types.findall(f"{{{CTNS}}}Override")}
    for name in parts:
        assert declared["/" + name] == "application/vnd.openxmlformats-officedocument.obfuscatedFont"
        assert rare.files[name][:4] != b"\x00\x01\x00\x00"          # not a plain TrueType header


def test_font_table_entries_point_at_the_parts_with_keys(rare):
    table = rare.xml("word/fontTable.xml")
    embedded = {f.get(w("name")): f.find("w:embedRegular", NS) for f in table.findall("w:font", NS)
                if f.find("w:embedRegular", NS) is not None}
    # rare-and-blanks uses 仿宋 (body), 黑体 (run-in heads), 楷体 (byline, date, 一级 heading 2),
    # 小标宋 (titles) and the fallback for 镕堃喆珺昇赟, which Fandol lacks
    assert set(embedded) == {"FandolFang", "FandolHei", "FandolKai", "Noto Serif CJK SC Black",
                             "WenQuanYi Micro Hei"}
    for emb in embedded.values():
        assert re.fullmatch(r"\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}",
                            emb.get(w("fontKey")))
        assert emb.get(w("subsetted")) == "1"
        assert emb.get(f"{{{R}}}id")
    # schema order inside w:font: ... charset, family, pitch, embedRegular
    for font in table.findall("w:font", NS):
        tags = [etree.QName(c).localname for c in font]
        order = ["altName", "panose1", "charset", "family", "notTrueType", "pitch", "sig",
                 "embedRegular", "embedBold", "embedItalic", "embedBoldItalic"]
        assert tags == sorted(tags, key=order.index)


def test_settings_turn_on_true_type_embedding_in_schema_order(rare):
    settings = rare.xml("word/settings.xml")
    tags = [etree.QName(c).localname for c in settings]
    i = tags.index("embedTrueTypeFonts")
    assert tags[i:i + 3] == ["embedTrueTypeFonts", "embedSystemFonts", "saveSubsetFonts"]
    assert settings.find("w:embedTrueTypeFonts", NS).get(w("val")) is None     # on
    assert settings.find("w:embedSystemFonts", NS).get(w("val")) == "0"        # off
    assert tags.index("zoom") < i < tags.index("defaultTabStop")


def test_embed_settings_replace_old_values_and_keep_position():
    root = etree.fromstring(f'<w:settings xmlns:w="{W}"><w:writeProtection/><w:zoom w:percent="100"/>'
                            '<w:embedSystemFonts/><w:defaultTabStop w:val="420"/></w:settings>')
    set_embed_settings(root)
    assert [etree.QName(c).localname for c in root] == [
        "writeProtection", "zoom", "embedTrueTypeFonts", "embedSystemFonts", "saveSubsetFonts",
        "defaultTabStop"]
    assert root.find("w:embedSystemFonts", NS).get(w("val")) == "0"


def test_embedded_fonts_are_subsets_holding_every_character_they_draw(rare, embed_profile):
    fonts = rare.fonts()
    lines = flow(model("rare-and-blanks"), embed_profile)
    body_chars = {c for line in lines if line.role in ("body", "salutation", "closing", "signature")
                  for s in line.spans if s.role in ("body", "salutation", "closing", "signature", "lead")
                  for c in s.text if ord(c) > 0x2E80}
    fang = set(fonts["FandolFang"].getBestCmap())
    missing = {c for c in body_chars if ord(c) not in fang}
    assert missing == set("堃喆珺昇赟𬘬")              # drawn by the fallback, or by no shipped font
    spare = set(fonts["WenQuanYi Micro Hei"].getBestCmap())
    assert {ord(c) for c in "镕堃喆珺昇赟"} <= spare
    title = set(fonts["Noto Serif CJK SC Black"].getBestCmap())
    assert {ord(c) for c in "关于进一步加强新时代致全市广大青年的一封信"} <= title
    for name, font in fonts.items():
        assert font["name"].getDebugName(1) == name                   # the family the DOCX names
        assert len(font.getGlyphOrder()) < 1500, name                 # a subset, not the whole font
        assert {ord(c) for c in EDITING_CHARS} <= set(font.getBestCmap()) | {0x3000, 0xFF0D}


def test_page_number_digits_and_dashes_are_embedded_in_the_page_number_font(rare):
    # the page-number role is 宋体 -> bundled FandolFang, digits set in it too
    fang = set(rare.fonts()["FandolFang"].getBestCmap())
    assert {ord(c) for c in "—0123456789"} <= fang


def test_fallback_runs_name_the_fallback_font_in_every_slot(rare):
    doc = rare.xml("word/document.xml")
    runs = [r for r in doc.iter(w("r")) if "".join(t.text or "" for t in r.iter(w("t"))) in
            ("堃", "喆", "珺", "昇", "赟", "镕")]
    assert len(runs) >= 6
    for r in runs:
        rf = r.find("w:rPr/w:rFonts", NS)
        assert {rf.get(w(k)) for k in ("ascii", "hAnsi", "eastAsia", "cs")} == {"WenQuanYi Micro Hei"}
        assert r.find("w:rPr/w:sz", NS) is None                       # size still from the style


def test_fallback_run_keeps_the_marks_of_its_span(embed_profile):
    doc = Document(speeches=(Speech(blocks=(Paragraph(runs=(Run("王堃同志", placeholder=True),)),)),))
    out = write(doc, embed_profile)
    runs = list(out.xml("word/document.xml").iter(w("r")))
    assert ["".join(t.text for t in r.iter(w("t"))) for r in runs] == ["王", "堃", "同志"]
    assert all(r.find("w:rPr/w:highlight", NS) is not None for r in runs)
    tags = [etree.QName(c).localname for c in runs[1].find("w:rPr", NS)]
    assert tags == ["rFonts", "highlight"]


def test_characters_no_shipped_font_has_are_reported(rare):
    codes = {n.code: n.text for n in rare.notices}
    assert codes == {"docx-missing-glyph": "𬘬"}


def test_bundled_names_without_embedding_split_fallback_runs_but_embed_nothing():
    out = write(model("rare-and-blanks"), profile_with(font_names="bundled"))
    assert not [n for n in out.files if n.startswith("word/fonts/")]
    fonts = [r.find("w:rPr/w:rFonts", NS) for r in out.xml("word/document.xml").iter(w("r"))]
    assert any(rf is not None and rf.get(w("eastAsia")) == "WenQuanYi Micro Hei" for rf in fonts)
    assert "WenQuanYi Micro Hei" in {f.get(w("name")) for f in out.xml("word/fontTable.xml")}


def test_office_names_never_split_runs(plain):
    for r in plain.xml("word/document.xml").iter(w("r")):
        rf = r.find("w:rPr/w:rFonts", NS)
        assert rf is None or dict(rf.attrib) == {w("hint"): "eastAsia"}


def test_the_same_document_gives_the_same_parts(embed_profile, monkeypatch):
    """Keys derive from the subset bytes, so two runs write identical parts (zip dates aside)."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    doc = model("two-speeches")
    assert write(doc, embed_profile).files == write(doc, embed_profile).files


def test_embedded_docx_stays_small(rare, plain):
    # five subsets for ~400 distinct characters; the whole shipped fonts are 34 MB
    assert len(plain.raw) < 20_000
    assert len(rare.raw) < 600_000, len(rare.raw)


def test_subset_font_keeps_names_and_asked_characters():
    from speechconv.fonts import font_path

    path = font_path(load_profile().face("kai"))
    font = TTFont(io.BytesIO(subset_font(path, "楷书测试")))
    cmap = font.getBestCmap()
    assert {ord(c) for c in "楷书测试"} <= set(cmap)
    assert ord("国") not in cmap
    assert font["name"].getDebugName(1) == "FandolKai"
    assert "glyf" in font and "vmtx" in font


def test_embed_fonts_must_be_a_boolean(model_doc):
    with pytest.raises(ProfileError, match="embed_fonts"):
        write_docx(model_doc, io.BytesIO(), profile_with(embed_fonts="yes"))


def test_missing_font_file_is_a_font_error(model_doc, tmp_path, monkeypatch):
    monkeypatch.setenv("SPEECHCONV_FONTS", str(tmp_path))
    (tmp_path / "Other.ttf").write_bytes(b"")          # a font folder without our files
    with pytest.raises(FontError, match="missing"):
        write_docx(model_doc, io.BytesIO(), profile_with(embed_fonts=True))


def test_only_fontfile_imports_fonttools():
    pattern = re.compile(r"^\s*(from|import)\s+fontTools\b", re.M)
    users = sorted(str(p.relative_to(SRC)) for p in SRC.rglob("*.py") if pattern.search(p.read_text("utf-8")))
    assert users == ["writers/fontfile.py"], users
