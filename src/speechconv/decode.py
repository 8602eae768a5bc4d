"""Bytes to text: BOM, then a declared charset (HTML meta / XML declaration), then UTF-8, then
charset-normalizer. A declared gb2312/gbk is decoded as gb18030, its superset.

This is the only module that uses charset-normalizer.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from .errors import InputError

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_DECLARED = re.compile(rb"""(?:<meta[^>]{0,200}?charset\s*=\s*["']?|<\?xml[^>]{0,100}?encoding\s*=\s*["']|<%@[^>]{0,200}?charset\s*=\s*)([A-Za-z0-9_\-]{2,40})""", re.I)
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030",
              "cp936": "gb18030", "iso-8859-1": "cp1252", "latin-1": "cp1252", "ascii": "utf-8",
              "us-ascii": "utf-8", "big5": "big5hkscs"}
#: Signatures of files that are not text, and what to use instead.
_BINARY = ((b"%PDF-", "a PDF file"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
           (b"GIF8", "a GIF image"), (b"PK\x03\x04", "a ZIP archive (DOCX, XLSX or ZIP)"),
           (b"\xd0\xcf\x11\xe0", "an old Office document (.doc)"), (b"{\\rtf", "an RTF document"))


@dataclass(frozen=True)
class Decoded:
    """Decoded text and the name of the encoding that was used."""

    text: str
    encoding: str


def _declared(head: bytes) -> str | None:
    """Return the normalised encoding a page declares in its first bytes, or None."""
    m = _DECLARED.search(head)
    if not m:
        return None
    name = m.group(1).decode("ascii").lower()
    try:
        codecs.lookup(name)
    except LookupError:
        return None
    return _SUPERSETS.get(name, name)


def sniff_binary(data: bytes) -> str | None:
    """Return what kind of non-text file ``data`` is (``"a PNG image"``), or None for text."""
    for magic, what in _BINARY:
        if data.startswith(magic):
            return what
    sample = data[:4096]
    if b"\x00" in sample and not sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "a binary file"
    return None


def decode(data: bytes) -> Decoded:
    """Return ``data`` decoded to text with the encoding used.

    Raises InputError for empty input, a known binary format, or bytes no encoding explains.
    """
    if not data.strip():
        raise InputError("the file is empty; give a saved web page (.html) or a text file (.txt)")
    binary = sniff_binary(data)
    if binary:
        raise InputError(f"this is {binary}, not a web page or text; save the speech as .html or .txt first")
    for bom, name in _BOMS:
        if data.startswith(bom):
            return Decoded(data.decode(name, errors="replace"), name.replace("-sig", ""))
    declared = _declared(data[:4096])
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if declared and declared != "utf-8":
        try:
            return Decoded(data.decode(declared), declared)
        except UnicodeDecodeError:
            pass
    return _guess(data)


def _guess(data: bytes) -> Decoded:
    """Return ``data`` decoded with charset-normalizer's best guess. Raises InputError when none fits."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError("cannot tell the text encoding; save the page again as UTF-8")
    name = _SUPERSETS.get(best.encoding.replace("_", "-"), best.encoding)
    try:
        return Decoded(data.decode(name), name)
    except (UnicodeDecodeError, LookupError):
        return Decoded(str(best), best.encoding)
