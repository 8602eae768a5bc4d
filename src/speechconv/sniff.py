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
#: Any other file with a NUL byte in its first 4 KB (and no UTF-16/32 byte-order mark).
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
    if b"\x00" in sample and not sample.startswith(_WIDE_BOMS):
        return BINARY
    return None


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
