"""Readers: one module (or package) per input format, chosen from the table :data:`READERS` as writers
are chosen from :data:`speechconv.writers.FORMATS`.

A reader is ``(content, source, *, limits) -> Document``: ``content`` is the decoded text or, for a row
that takes ``"bytes"``, the file's bytes as they are; ``source`` names the input and its format;
``limits`` is the :class:`~speechconv.limits.Limits` to refuse input by. It returns the raw document
(one speech of blocks) that the passes then clean and structure, or, for a ``finished`` row, the
document itself. A reader that can tell only from the input whether it holds a finished document (the
DOCX reader, given a DOCX that speechconv wrote) returns :class:`Finished` for those. Reader modules are
imported only when their format is read, so start-up stays fast.

How an input finds its reader (:func:`reader_for_bytes`, :func:`reader_for_text`):

1. bytes whose magic bytes name a kind (:func:`speechconv.sniff.sniff_kind`: ``pdf``, ``docx``,
   ``ole``…) go to the row listing that kind; a kind no row lists is refused with what to do instead;
2. other bytes are decoded (a single-file web page unwrapped first), and the text goes to the row whose
   ``suffixes`` hold the file's suffix;
3. else to the first row whose ``marker`` recognises the text; else to :data:`FALLBACK`.

A new input format is one module plus one row. A reader of Word files, say::

    Reader("docx", "bytes", "speechconv.readers.docx:read_docx", kinds=("docx",), suffixes=(".docx",))

(sniff.py already knows the kind ``docx``: the row replaces today's refusal of it).
"""
from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import Callable, Literal

from ..errors import InputError
from ..model import Document
from ..sniff import looks_like_html, looks_like_model, sniff_kind

ReaderFunction = Callable[..., "Document | Finished"]


@dataclass(frozen=True)
class Finished:
    """A reader's answer for an input that holds a finished document (the structure is in the input
    itself, as in a DOCX that speechconv wrote, read back by its role styles): no passes are run."""

    document: Document


@dataclass(frozen=True)
class Reader:
    """One input format: its name, what its reader takes, where the reader is, how inputs are recognised."""

    name: str                            #: format name: ``read(format=)``, ``--format``, ``Source.format``
    takes: Literal["text", "bytes"]      #: the decoded text, or the file's bytes undecoded
    function: str                        #: ``"module:function"``, imported when first used
    kinds: tuple[str, ...] = ()          #: sniff kinds (magic bytes) this reader reads: content decides
    suffixes: tuple[str, ...] = ()       #: file suffixes, lower case with the dot (text rows: chosen by them)
    marker: Callable[[str, str], bool] | None = None   #: (text, suffix) -> True when the text is this format
    finished: bool = False               #: the reader returns a finished Document: no passes, no decoding notes

    def load(self) -> ReaderFunction:
        """Return the reader function, importing its module on first use."""
        module, _, function = self.function.partition(":")
        return getattr(import_module(module), function)


def _model_without_suffix(text: str, suffix: str) -> bool:
    """Return True for a JSON model in a file with no suffix (one written with ``-o -`` and redirected)."""
    return suffix == "" and looks_like_model(text)


def _html_tags(text: str, suffix: str) -> bool:
    """Return True for text holding HTML tags near its start, whatever its suffix (``.doc``, ``.asp``…)."""
    return looks_like_html(text)


def _front_matter(text: str, suffix: str) -> bool:
    """Return True for Markdown that opens with a front-matter block naming a title (a saved blog post)."""
    from .markdown import has_front_matter

    return text.startswith(("---", "\ufeff---")) and has_front_matter(text)


#: Word 97 and WPS files, RTF and OpenDocument: converted by LibreOffice, then read as DOCX.
_OFFICE = "speechconv.readers.office:read_office"
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".mht", ".aspx", ".asp", ".jsp", ".php")

#: Every input format, in the order their markers are tried (the JSON model's before HTML tags).
READERS: tuple[Reader, ...] = (
    Reader("json", "text", "speechconv.readers.json:read_json", suffixes=(".json",),
           marker=_model_without_suffix, finished=True),
    Reader("docx", "bytes", "speechconv.readers.docx:read_docx", kinds=("docx",), suffixes=(".docx", ".docm")),
    Reader("doc", "bytes", _OFFICE, kinds=("ole",), suffixes=(".doc", ".wps", ".dot", ".wpt")),
    Reader("rtf", "bytes", _OFFICE, kinds=("rtf",), suffixes=(".rtf",)),
    Reader("odt", "bytes", _OFFICE, kinds=("odt",), suffixes=(".odt", ".ott")),
    Reader("html", "text", "speechconv.readers.html:read_html", suffixes=HTML_SUFFIXES, marker=_html_tags),
    Reader("markdown", "text", "speechconv.readers.markdown:read_markdown", suffixes=(".md", ".markdown"),
           marker=_front_matter),
    Reader("text", "text", "speechconv.readers.text:read_text", suffixes=(".txt", ".text")),
    Reader("pdf", "bytes", "speechconv.readers.pdf:read_pdf", kinds=("pdf",), suffixes=(".pdf",)),
)
#: The format of text that no suffix or marker claims.
FALLBACK = "text"


def names() -> list[str]:
    """Return the input format names, in table order."""
    return [r.name for r in READERS]


def get_reader(name: str) -> Reader:
    """Return the row of input format ``name`` (any case). Raises InputError for an unknown format."""
    key = name.lower()
    for row in READERS:
        if row.name == key:
            return row
    *most, last = names()
    raise InputError(f"unknown input format {name.lower()!r}; use {', '.join(most)} or {last}")


def reader_for_bytes(data: bytes, format: str | None = None) -> Reader | None:
    """Return the row that reads ``data`` undecoded: the named ``format`` when it takes bytes, else the
    row listing the kind its magic bytes show. None when the bytes are to be decoded as text (a kind that
    no row lists is then refused by decoding)."""
    if format is not None:
        row = next((r for r in READERS if r.name == format.lower()), None)
        return row if row is not None and row.takes == "bytes" else None
    kind = sniff_kind(data)
    if kind is None:
        return None
    return next((r for r in READERS if kind.name in r.kinds), None)


def reader_for_text(name: str | None, text: str) -> Reader:
    """Return the row for decoded ``text`` from a file called ``name``: by suffix, else by marker, else
    :data:`FALLBACK`. Only rows that take text are chosen."""
    suffix = Path(name).suffix.lower() if name else ""
    rows = [r for r in READERS if r.takes == "text"]
    for row in rows:
        if suffix and suffix in row.suffixes:
            return row
    for row in rows:
        if row.marker is not None and row.marker(text, suffix):
            return row
    return get_reader(FALLBACK)


def detect_format(name: str | None, text: str) -> str:
    """Return the format name for decoded ``text`` from a file called ``name`` (see :func:`reader_for_text`)."""
    return reader_for_text(name, text).name
