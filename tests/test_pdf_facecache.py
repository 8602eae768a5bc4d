"""The parsed-font cache of the PDF writer: same fonts, same PDFs, and harmless when it cannot work."""
from __future__ import annotations

import io

import pytest

import speechconv
from speechconv.fonts import font_path
from speechconv.profile import load_profile
from speechconv.writers.typeset import facecache

FACE_FIELDS = ("charToGlyph", "charWidths", "glyphPos", "hmetrics", "unitsPerEm", "ascent", "descent",
               "bbox", "name", "numGlyphs", "defaultWidth", "table")


@pytest.fixture
def body_font_path():
    return font_path(load_profile().face("fang"))


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("SPEECHCONV_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _same_face(a, b) -> None:
    for name in FACE_FIELDS:
        assert getattr(a.face, name) == getattr(b.face, name), name
    assert a.face._ttf_data == b.face._ttf_data
    assert a.face.name.ustr == b.face.name.ustr


def test_second_load_comes_from_the_cache_and_equals_a_fresh_load(cache, body_font_path):
    fresh = facecache.load_font("fresh", body_font_path)
    entries = list(cache.iterdir())
    assert len(entries) == 1 and entries[0].name.startswith("FandolFang-Regular-")
    cached = facecache.load_font("cached", body_font_path)
    _same_face(fresh, cached)
    assert cached.face._pdfScale(500) == fresh.face._pdfScale(500)
    assert cached.stringWidth("仿宋字体", 16) == fresh.stringWidth("仿宋字体", 16)


def test_a_damaged_cache_file_falls_back_to_loading_the_font(cache, body_font_path):
    fresh = facecache.load_font("fresh", body_font_path)
    entry = next(cache.iterdir())
    entry.write_bytes(b"\x00not marshal data")
    again = facecache.load_font("again", body_font_path)
    _same_face(fresh, again)


def test_cache_can_be_switched_off(monkeypatch, tmp_path, body_font_path):
    monkeypatch.setenv("SPEECHCONV_CACHE", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    facecache.load_font("x", body_font_path)
    assert not any(tmp_path.iterdir())


def test_an_unwritable_cache_folder_is_harmless(monkeypatch, tmp_path, body_font_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("SPEECHCONV_CACHE", str(blocker / "cache"))
    font = facecache.load_font("x", body_font_path)
    assert 0x4EFF in font.face.charToGlyph  # 仿


def test_pdf_from_cached_fonts_is_byte_identical(monkeypatch, tmp_path, cache):
    """Fonts loaded with the cache off, then into the cache, then from it: the same PDF each time."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    doc = speechconv.read("同志们：\n今天开会，研究部署工作。\n谢谢大家！\n".encode("utf-8"), format="text")
    from speechconv.writers.typeset import fontload
    from speechconv.writers.typeset.fontset import FontSet

    outputs = []
    for setting in ("off", str(cache), str(cache)):
        monkeypatch.setenv("SPEECHCONV_CACHE", setting)
        monkeypatch.setattr(fontload, "_BY_PATH", {})   # forget this process's registrations
        monkeypatch.setattr(fontload, "_BY_PSNAME", {})
        monkeypatch.setattr(FontSet, "_shared", {})     # and the font sets holding them
        buf = io.BytesIO()
        speechconv.write(doc, buf, to="pdf")
        outputs.append(buf.getvalue())
    assert any(cache.iterdir())
    assert outputs[0] == outputs[1] == outputs[2]
