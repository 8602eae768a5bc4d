"""Small WordprocessingML helpers shared by the DOCX modules: units, names, element building.

Everything here works on lxml elements from python-docx's ``oxml`` layer or on XML text; nothing here
knows about roles or profiles beyond turning their numbers into OOXML units.
"""
from __future__ import annotations

import re
from typing import Iterable
from xml.sax.saxutils import escape

from docx.oxml.ns import qn
from lxml import etree
from docx.oxml.parser import OxmlElement

from ...errors import ProfileError
from ...profile import Face, Profile
from ...profilecheck import HIGHLIGHTS

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

#: rFonts attributes that point at theme fonts; they override explicit names, so they are removed.
THEME_FONT_ATTRS = tuple(qn(f"w:{a}") for a in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"))

#: Characters Word would set in the Latin font unless the run says ``w:hint="eastAsia"``.
AMBIGUOUS_CHARS = frozenset("“”‘’—…·")

#: Paragraph alignment in the profile -> ``w:jc`` value (transitional names Word 2007+ and LO read).
JC = {"left": "left", "center": "center", "right": "right", "justify": "both"}

#: ``w:highlight`` colours allowed by ST_HighlightColor.

#: The parser for XML parts read from a reference document (which may come from anywhere): no entity
#: is expanded, no DTD loaded, nothing fetched.
SAFE_XML = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False)

#: Characters XML 1.0 forbids; they are dropped from the text (with a notice).
INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def twips(pt: float) -> int:
    """Return ``pt`` points in twentieths of a point (twips), rounded."""
    return round(pt * 20)


def mm_twips(mm: float) -> int:
    """Return ``mm`` millimetres in twips, rounded (A4 210 mm -> 11906)."""
    return round(mm * 1440 / 25.4)


def half_points(pt: float) -> int:
    """Return a font size in the half-points of ``w:sz``."""
    return round(pt * 2)


def xml_attr(value: str) -> str:
    """Return ``value`` escaped for a double-quoted XML attribute."""
    return escape(value, {'"': "&quot;"})


def xml_text(text: str) -> str:
    """Return the run content XML for ``text``: ``w:t`` pieces, with ``w:br``/``w:tab`` for \\n/\\t."""
    if "\n" not in text and "\t" not in text:
        return f'<w:t xml:space="preserve">{escape(text)}</w:t>'
    out = []
    for i, line in enumerate(text.split("\n")):
        if i:
            out.append("<w:br/>")
        for j, piece in enumerate(line.split("\t")):
            if j:
                out.append("<w:tab/>")
            if piece:
                out.append(f'<w:t xml:space="preserve">{escape(piece)}</w:t>')
    return "".join(out)


def embed_fonts(profile: Profile) -> bool:
    """Return ``[docx] embed_fonts``: whether subsets of the shipped fonts go into the DOCX.

    Raises ProfileError when the value is not a boolean.
    """
    value = profile.docx.get("embed_fonts", False)
    if not isinstance(value, bool):
        raise ProfileError(f"[docx] embed_fonts is {value!r}; set it to true or false")
    return value


def font_names(profile: Profile) -> str:
    """Return the naming mode, ``"office"`` or ``"bundled"``; embedding always names bundled fonts.

    Raises ProfileError when ``[docx] font_names`` is neither ``"office"`` nor ``"bundled"``.
    """
    mode = profile.docx.get("font_names", "office")
    if mode not in ("office", "bundled"):
        raise ProfileError(f"[docx] font_names is {mode!r}; set it to \"office\" or \"bundled\"")
    return "bundled" if embed_fonts(profile) else str(mode)


def face_name(face: Face, profile: Profile) -> str:
    """Return the family name DOCX writes for ``face``: its ``office`` or its ``bundled`` name.

    Raises ProfileError for a bad ``[docx] font_names`` or ``embed_fonts``.
    """
    return face.bundled if font_names(profile) == "bundled" else face.office


def fallback_face(profile: Profile) -> Face | None:
    """Return the face for characters a role's shipped font lacks (``[docx] fallback``), or None.

    Raises ProfileError when ``[docx] fallback`` names a face the profile does not define.
    """
    key = profile.docx.get("fallback")
    return profile.face(str(key)) if key else None


def latin_font(profile: Profile) -> str:
    """Return the font DOCX names for Latin letters and digits (``[docx] latin_font``)."""
    return str(profile.docx.get("latin_font") or "Times New Roman")


def highlight_colour(profile: Profile) -> str:
    """Return the ``w:highlight`` value for template blanks. Raises ProfileError when invalid."""
    value = str(profile.docx.get("placeholder_highlight", "yellow"))
    if value not in HIGHLIGHTS:
        raise ProfileError(f"[docx] placeholder_highlight {value!r} is not a Word highlight colour; use "
                           "one of " + ", ".join(sorted(HIGHLIGHTS)))
    return value


def element(tag: str, attrs: dict[str, str | int] | None = None,
            children: Iterable[object] = ()) -> object:
    """Return a new python-docx oxml element ``tag`` (``"w:spacing"``) with ``attrs`` and ``children``.

    Attribute names are prefixed names (``"w:val"``); values are converted with ``str``.
    """
    el = OxmlElement(tag)
    for name, value in (attrs or {}).items():
        el.set(qn(name), str(value))
    for child in children:
        el.append(child)
    return el


def rfonts(ascii_: str, east_asia: str) -> object:
    """Return a ``w:rFonts`` naming ``ascii_`` for Latin (ascii, hAnsi, cs) and ``east_asia``."""
    return element("w:rFonts", {"w:ascii": ascii_, "w:hAnsi": ascii_, "w:eastAsia": east_asia,
                                "w:cs": ascii_})


def strip_theme_fonts(root: object) -> int:
    """Remove theme-font attributes from every ``w:rFonts`` under ``root``; return how many went."""
    count = 0
    for rf in root.iter(qn("w:rFonts")):  # type: ignore[attr-defined]
        for attr in THEME_FONT_ATTRS:
            if attr in rf.attrib:
                del rf.attrib[attr]
                count += 1
    return count
