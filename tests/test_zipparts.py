"""zipparts: every part read with a cap on its inflated size, the parts counted, damage reported."""
from __future__ import annotations


import pytest

from speechconv.errors import InputError, ProfileError
from speechconv.zipparts import ZipParts

from .docx_build import zip_parts


def test_parts_are_read_and_named():
    with ZipParts(zip_parts({"word/document.xml": b"<w:document/>", "a.txt": b"x"}), "d.docx") as z:
        assert z.names() == ["word/document.xml", "a.txt"]
        assert z.text("word/document.xml") == "<w:document/>" and z.has("a.txt") and not z.has("b")
        with pytest.raises(KeyError):
            z.read("missing.xml")


@pytest.mark.parametrize("caps, parts, message", [
    ({"max_part": 1000}, {"big.xml": b"\0" * 5000}, "its part big.xml inflates to more than"),
    ({"max_total": 3000}, {"a.xml": b"\0" * 2000, "b.xml": b"\0" * 2000}, r"in all \(at b.xml\)"),
    ({"max_parts": 3}, {f"p{i}": b"" for i in range(4)}, "holds more than 3 parts"),
])
def test_caps_refuse_a_bomb_with_the_callers_error(caps, parts, message):
    with pytest.raises(ProfileError, match=message) as info:
        with ZipParts(zip_parts(parts), "ref.docx", error=ProfileError, **caps) as z:
            for name in z.names():
                z.read(name)
    assert info.value.exit_code == ProfileError("x").exit_code


def test_a_small_file_inflating_past_the_cap_is_stopped_early():
    data = zip_parts({"word/document.xml": b"\0" * (80 * 1024 * 1024)})
    assert len(data) < 200_000                       # 80 MB of zeros packs into ~80 KB
    with ZipParts(data, "bomb.docx") as z, pytest.raises(InputError, match="inflates to more than 64 MB"):
        z.read("word/document.xml")


@pytest.mark.parametrize("data", [b"PK\x03\x04 not really a zip", b"", zip_parts({"a": b"x" * 100})[:-30]])
def test_damaged_packages_are_one_line_errors(data):
    with pytest.raises(InputError, match="is not a readable zip package|cannot be read"):
        with ZipParts(data, "broken.docx") as z:
            z.read(z.names()[0])
