"""What a file is, from its content: binary kinds by their magic bytes (PDF, images, archives, office
documents), single-file web pages (MHTML), whose HTML part is unwrapped here, and, in decoded text,
HTML tags and the JSON model.

:func:`sniff_kind` names a binary kind with what it is and what to do instead; the reader registry
(:mod:`speechconv.readers`) hands a kind to the reader whose row names it, and while none does, reading
it is refused with :meth:`Kind.refusal`. Turning text bytes into a ``str`` is :mod:`speechconv.decode`'s
job.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from .errors import InputError


@dataclass(frozen=True)
class Kind:
    """A kind of file that is not text: its short ``name`` (``"pdf"``, ``"docx"``), what it is for a
    user (``"a PDF file"``), and what to do instead while speechconv has no reader for it."""

    name: str
    what: str
    hint: str

    def refusal(self) -> InputError:
        """Return the error that refuses this kind of file (exit 3)."""
        return InputError(f"this is {self.what}, not a web page or text; {self.hint}")


_IMAGE_HINT = "speechconv reads text, not pictures: get the text with OCR first (e.g. tesseract), then convert it"
_SAVE_AS_HINT = "open it in Word or LibreOffice, save it as a web page (.html) or text (.txt), and convert that"
#: Signatures of files that are not text, in the order they are tested.
_MAGIC: tuple[tuple[bytes, Kind], ...] = (
    (b"%PDF-", Kind("pdf", "a PDF file", "extract its text first (pdftotext -layout FILE out.txt, from "
                                         "poppler-utils) and convert the .txt")),
    (b"\x89PNG", Kind("png", "a PNG image", _IMAGE_HINT)),
    (b"\xff\xd8\xff", Kind("jpeg", "a JPEG image", _IMAGE_HINT)),
    (b"GIF8", Kind("gif", "a GIF image", _IMAGE_HINT)),
    (b"PK\x03\x04", Kind("zip", "a ZIP archive", "unpack it (unzip FILE) and convert the pages inside, e.g. "
                                                 "with speechconv batch FOLDER")),
    (b"\xd0\xcf\x11\xe0", Kind("ole", "an old Office document (.doc)", _SAVE_AS_HINT)),
    (b"{\\rtf", Kind("rtf", "an RTF document", _SAVE_AS_HINT)),
    (b"\x1f\x8b", Kind("gzip", "a gzip-compressed file", "unpack it first (gunzip FILE) and convert what it holds")),
)
#: Names inside a ZIP archive's first entries that make it an office document.
_OFFICE_ZIPS: tuple[tuple[bytes, Kind], ...] = (
    (b"word/", Kind("docx", "a Word document (.docx)", _SAVE_AS_HINT + " (or: pandoc FILE -t plain -o out.txt)")),
    (b"xl/", Kind("xlsx", "an Excel workbook (.xlsx)", _SAVE_AS_HINT.replace("Word", "Excel"))),
    (b"ppt/", Kind("pptx", "a PowerPoint file (.pptx)", _SAVE_AS_HINT.replace("Word", "PowerPoint"))),
    (b"opendocument", Kind("odt", "an OpenDocument file (.odt)", _SAVE_AS_HINT)),
)
#: Any other file with NUL bytes in its first 4 KB: more than a few, or with other control bytes, or
#: bytes no text encoding explains (text in UTF-16/32 and text with a few stray NULs is not binary).
BINARY = Kind("binary", "a binary file", "save the speech as a web page (.html) or text (.txt) first")
#: How much of a file's start is looked at for magic bytes, NUL bytes and office archive names.
SNIFF_WINDOW = 4096
_WIDE_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)


def sniff_kind(data: bytes) -> Kind | None:
    """Return the kind of non-text file ``data`` is, or None for text (and for MHTML, which is text)."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return (_office_zip(data[:SNIFF_WINDOW]) or kind) if kind.name == "zip" else kind
    sample = data[:SNIFF_WINDOW]
    if b"\x00" in sample and not sample.startswith(_WIDE_BOMS) and wide_encoding(data) is None \
            and not _stray_nuls(sample):
        return BINARY
    return None


#: Stray NUL bytes in a text file: at most this many in the first 4 KB, or one in a hundred bytes.
STRAY_NULS = 16
_TEXT_CONTROLS = frozenset(b"\t\n\r\x0c\x1b")


def _stray_nuls(sample: bytes) -> bool:
    """Return True when ``sample`` is text with a few NUL bytes in it (a damaged or padded file): few
    NULs, hardly any other control byte, and the rest valid UTF-8 or GB18030."""
    nuls = sample.count(0)
    if nuls > max(STRAY_NULS, len(sample) // 100):
        return False
    rest = sample.replace(b"\x00", b"")
    controls = sum(1 for byte in rest if byte < 32 and byte not in _TEXT_CONTROLS)
    if controls > len(rest) // 100:
        return False
    for encoding in ("utf-8", "gb18030"):
        try:
            codecs.getincrementaldecoder(encoding)().decode(rest, final=False)
            return True
        except UnicodeDecodeError:
            continue
    return False


def wide_encoding(data: bytes) -> str | None:
    """Return ``utf-32-le``, ``utf-32-be``, ``utf-16-le`` or ``utf-16-be`` for text in that encoding
    without a byte-order mark, or None.

    The zero bytes in the first 4 KB suggest the encoding: UTF-32 when every four-byte unit's high
    bytes are zero (a plane number of at most 16); UTF-16 when at least one unit in 32 has a zero
    byte (the high byte of ASCII characters: spaces, digits, line breaks; or the low byte of a
    character U+xx00 such as 开 U+5F00), both byte orders tried, the likelier first. The whole text
    must then decode strictly, and nine in ten of its first characters must be Chinese, Japanese
    kana, ASCII, white space or CJK and full-width punctuation (the wrong byte order, or 8-bit text
    with stray NULs, decodes into private-use, surrogate and other rare characters).
    """
    sample = data[:SNIFF_WINDOW]
    if b"\x00" not in sample or sample.startswith(_WIDE_BOMS) or len(sample) < 4:
        return None
    for name in _wide_guesses(sample[:len(sample) - len(sample) % 4]):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        head = text[:SNIFF_WINDOW]
        if sum(1 for ch in head if _common(ch)) >= 0.9 * len(head):
            return name
    return None


def _common(ch: str) -> bool:
    """Return True for a character Chinese text is made of: Han, kana, ASCII, white space, CJK and
    full-width punctuation, general punctuation (dashes, quotes, ellipsis)."""
    o = ord(ch)
    return (0x20 <= o < 0x7F or ch in "\t\n\r\x0c\x00" or 0x4E00 <= o <= 0x9FFF or 0x3000 <= o <= 0x30FF
            or 0xFF00 <= o <= 0xFFEF or 0x2000 <= o <= 0x206F or 0x3400 <= o <= 0x4DBF or o in (0xA0, 0xB7))


def _wide_guesses(sample: bytes) -> list[str]:
    """Return the wide encodings the zero bytes of ``sample`` (a whole number of 4-byte units) suggest,
    the likelier first."""
    units = range(0, len(sample), 4)
    guesses = []
    if units and all(sample[i + 3] == 0 and sample[i + 2] <= 0x10 for i in units):
        guesses.append("utf-32-le")
    if units and all(sample[i] == 0 and sample[i + 1] <= 0x10 for i in units):
        guesses.append("utf-32-be")
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    if max(odd, even) >= max(2, len(sample) // 32):   # zeros on one side: ASCII (or U+xx00 characters)
        guesses += ["utf-16-le", "utf-16-be"] if odd >= even else ["utf-16-be", "utf-16-le"]
    return guesses


def _office_zip(head: bytes) -> Kind | None:
    """Return what office document a ZIP archive is (from the names of its first entries), or None."""
    for marker, kind in _OFFICE_ZIPS:
        if marker in head:
            return kind
    return None


#: A MIME message's header block (before the first blank line) naming a multipart body: a single-file
#: web page (.mht/.mhtml: multipart/related) or a saved e-mail (.eml: multipart/alternative or mixed).
_MHTML_HEAD = re.compile(rb"^(?:[!-9;-~]+:[^\n]*\n|[ \t][^\n]*\n)*?content-type:\s*multipart/"
                         rb"(?:related|alternative|mixed)\b", re.I)
#: What may come before the headers of a saved MIME file: a UTF-8 byte-order mark and blank lines.
_MIME_LEAD = re.compile(rb"^(?:\xef\xbb\xbf)?[ \t\r\n]*")


def mhtml_page(data: bytes) -> tuple[bytes, str | None] | None:
    """Return (HTML bytes, declared charset) of a single-file web page (.mht/.mhtml) or a saved e-mail
    (.eml) with a web page in it, or None when ``data`` is not such a MIME message.

    Such files (Word's, IE's and Chrome's "single file web page") are MIME messages: the page is the
    first ``text/html`` part, usually quoted-printable. Other parts (images, CSS) are ignored. A UTF-8
    byte-order mark and blank lines before the headers (an editor or a download tool added them) are
    skipped. Raises InputError for a MIME message with no web page part.
    """
    lead = _MIME_LEAD.match(data[:SNIFF_WINDOW])
    start = lead.end() if lead else 0
    if not _MHTML_HEAD.match(data[start:start + SNIFF_WINDOW].replace(b"\r\n", b"\n")):
        return None
    import email  # only .mht archives need it; kept off the start-up path
    import email.policy

    message = email.message_from_bytes(data[start:], policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes) and payload.strip():
                return payload, part.get_content_charset()
    raise InputError("this is a MIME message (a single-file web page or a saved e-mail) with no web page "
                     "in it; open it in a browser or mail program, save the speech as .html or .txt, and "
                     "convert that")


_HTML_TAG = re.compile(r"<\s*(!doctype\s+html|html|head|body|p|div|br|meta|table|span|h[1-6])[\s>/]", re.I)


def looks_like_html(text: str) -> bool:
    """Return True when decoded text holds an HTML tag (``<p>``, ``<div …>``, ``<!DOCTYPE html>``…) in
    its first :data:`SNIFF_WINDOW` characters."""
    return bool(_HTML_TAG.search(text[:SNIFF_WINDOW]))


def looks_like_model(text: str) -> bool:
    """Return True when decoded text starts as a speechconv JSON model (``{`` and a ``speechconv/``
    schema name in the first 200 characters)."""
    return text.lstrip().startswith("{") and "speechconv/" in text[:200]
