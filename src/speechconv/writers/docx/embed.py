"""Embedding font subsets in the DOCX package: obfuscated ``word/fonts/*.odttf`` parts.

WordprocessingML stores an embedded font obfuscated (ECMA-376, "Font Embedding"): a GUID is the key;
its 32 hex digits, read as 16 bytes in reverse order, are XORed over the font's first 32 bytes (bytes
0–15 and again 16–31). The key goes into the font table as ``w:fontKey="{GUID}"`` on the
``w:embedRegular`` element that points (``r:id``) at the font part; ``w:embedTrueTypeFonts`` in the
settings tells Word the document carries its fonts. Doing the XOR again restores the font.
"""
from __future__ import annotations

import hashlib
import re
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from docx.document import Document as DocxDocument
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn
from lxml import etree

from ..fontfile import subset_font
from .ooxml import SAFE_XML, W_NS, element

#: Content type of an obfuscated TrueType font part.
OBFUSCATED_FONT = "application/vnd.openxmlformats-officedocument.obfuscatedFont"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

#: ``w:settings`` children that come before ``w:embedTrueTypeFonts`` in CT_Settings (ECMA-376).
_SETTINGS_BEFORE_EMBED = frozenset(qn(f"w:{t}") for t in (
    "writeProtection", "view", "zoom", "removePersonalInformation", "removeDateAndTime",
    "doNotDisplayPageBoundaries", "displayBackgroundShape", "printPostScriptOverText",
    "printFractionalCharacterWidth", "printFormsData"))
_EMBED_SETTINGS = ("embedTrueTypeFonts", "embedSystemFonts", "saveSubsetFonts")

#: ``w:font`` children that follow ``w:embedRegular`` (CT_Font); a new one goes before them.
_FONT_AFTER_REGULAR = frozenset(qn(f"w:{t}") for t in ("embedBold", "embedItalic", "embedBoldItalic"))


@dataclass(frozen=True)
class FontUse:
    """A shipped font the DOCX names (``name``), its file, and the characters set in it."""

    name: str
    path: Path
    chars: frozenset[str]


@dataclass(frozen=True)
class Embedded:
    """One embedded font: its family name, part name, the subset's size in bytes and its key."""

    name: str
    partname: str
    size: int
    key: str


def font_key(guid: uuid.UUID) -> str:
    """Return ``guid`` as a ``w:fontKey`` value: upper-case, braced ("{001B70DC-AA60-…}")."""
    return "{" + str(guid).upper() + "}"


def key_bytes(key: str) -> bytes:
    """Return the 16 XOR bytes of a font key: its hex digits as bytes, last byte first.

    Raises ValueError when ``key`` does not hold exactly 32 hex digits.
    """
    digits = re.sub(r"[{}\-]", "", key)
    if len(digits) != 32 or not re.fullmatch(r"[0-9A-Fa-f]{32}", digits):
        raise ValueError(f"not a GUID font key: {key!r}")
    return bytes.fromhex(digits)[::-1]


def obfuscate(data: bytes, key: str) -> bytes:
    """Return ``data`` with its first 32 bytes XORed with the key (the same call de-obfuscates).

    Raises ValueError for a malformed key.
    """
    xor = key_bytes(key)
    head = bytes(b ^ xor[i % 16] for i, b in enumerate(data[:32]))
    return head + data[32:]


def stable_guid(name: str, data: bytes) -> uuid.UUID:
    """Return a GUID derived from the font name and bytes, so the same input gives the same file."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"speechconv:font:{name}:{hashlib.sha256(data).hexdigest()}")


def embed_fonts(document: DocxDocument, uses: Sequence[FontUse]) -> list[Embedded]:
    """Embed a subset of each font in ``uses`` into ``document``; return what was embedded.

    Each subset becomes an obfuscated ``/word/fonts/fontN.odttf`` part related from the font table,
    whose ``w:font`` entry (created when missing) gets a ``w:embedRegular`` pointing at it; the
    settings get ``w:embedTrueTypeFonts`` on, ``w:embedSystemFonts`` off and ``w:saveSubsetFonts``
    on. Raises FontError when a font cannot be subset.
    """
    if not uses:
        return []
    table = font_table_part(document)
    root = _with_r_namespace(etree.fromstring(table.blob, SAFE_XML))
    package = document.part.package
    done = []
    for use in uses:
        data = subset_font(use.path, use.chars)
        key = font_key(stable_guid(use.name, data))
        partname = package.next_partname("/word/fonts/font%d.odttf")
        part = Part(PackURI(partname), OBFUSCATED_FONT, obfuscate(data, key), package)
        rid = table.relate_to(part, RT.FONT)
        _set_embed_regular(root, use.name, rid, key, table)
        done.append(Embedded(use.name, str(partname), len(data), key))
    table._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    set_embed_settings(document.settings.element)
    return done


def font_table_part(document: DocxDocument) -> Part:
    """Return the document's font table part, adding an empty one when the package has none."""
    try:
        return document.part.part_related_by(RT.FONT_TABLE)
    except KeyError:
        blob = (f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
                f'<w:fonts xmlns:w="{W_NS}" xmlns:r="{R_NS}"/>').encode("utf-8")
        part = Part(PackURI("/word/fontTable.xml"), CT.WML_FONT_TABLE, blob, document.part.package)
        document.part.relate_to(part, RT.FONT_TABLE)
        return part


def _with_r_namespace(root: etree._Element) -> etree._Element:
    """Return ``root``, or a copy of it that declares the ``r:`` namespace on the root element."""
    if root.nsmap.get("r") == R_NS:
        return root
    nsmap = {k: v for k, v in root.nsmap.items() if v != R_NS and k != "r"}
    nsmap["r"] = R_NS
    new = etree.Element(root.tag, attrib=dict(root.attrib), nsmap=nsmap)
    new.extend(list(root))
    return new


def _set_embed_regular(root: etree._Element, name: str, rid: str, key: str, table: Part) -> None:
    """Point the ``w:font`` named ``name`` at the embedded part ``rid`` (replacing an old link)."""
    font = next((f for f in root.findall(qn("w:font")) if f.get(qn("w:name")) == name), None)
    if font is None:
        font = etree.SubElement(root, qn("w:font"))
        font.set(qn("w:name"), name)
        for tag, val in (("charset", "86"), ("family", "auto"), ("pitch", "variable")):
            etree.SubElement(font, qn(f"w:{tag}")).set(qn("w:val"), val)
    for old in font.findall(qn("w:embedRegular")):
        old_rid = old.get(qn("r:id"))
        if old_rid and old_rid in table.rels:
            table.rels.pop(old_rid)
        font.remove(old)
    new = etree.Element(qn("w:embedRegular"))
    new.set(qn("r:id"), rid)
    new.set(qn("w:fontKey"), key)
    new.set(qn("w:subsetted"), "1")
    later = next((c for c in font if c.tag in _FONT_AFTER_REGULAR), None)
    if later is not None:
        later.addprevious(new)
    else:
        font.append(new)


def set_embed_settings(settings: object) -> None:
    """Write ``w:embedTrueTypeFonts`` (on), ``w:embedSystemFonts`` (off), ``w:saveSubsetFonts`` (on)
    into the ``w:settings`` element, in schema position, replacing earlier values."""
    for tag in _EMBED_SETTINGS:
        for old in settings.findall(qn(f"w:{tag}")):  # type: ignore[attr-defined]
            settings.remove(old)  # type: ignore[attr-defined]
    anchor = next((c for c in settings if c.tag not in _SETTINGS_BEFORE_EMBED), None)  # type: ignore
    for el in (element("w:embedTrueTypeFonts"), element("w:embedSystemFonts", {"w:val": 0}),
               element("w:saveSubsetFonts")):
        if anchor is not None:
            anchor.addprevious(el)
        else:
            settings.append(el)  # type: ignore[attr-defined]
