"""The PDF reader: a PDF's text layer as one speech of paragraphs, with hints of how each was set.

The characters of every page come from PDFium (:mod:`speechconv.pdfium`); :mod:`.lines` sets them into
printed lines, :mod:`.furniture` marks page numbers and running headers and footers (recorded in
``dropped`` with the reason), and :mod:`.paragraphs` joins the lines into paragraphs by indentation,
line length, gaps and font size. The outline (bookmarks) marks headings; the document information's
title is the page title. Structure is left to the passes, as for every reader.

Refused with an InputError: a PDF without a text layer (scanned: run OCR first), an encrypted or
damaged one, one of more than ``limits.pdf_pages`` pages, one whose text takes longer than
``limits.pdf_seconds`` to read.
"""
from __future__ import annotations

import re
import time

from ...errors import InputError
from ...limits import LIMITS, Limits
from ...model import Document, Dropped, Notice, Paragraph, Source, Speech
from ...pdfium import Layout, OutlineEntry, read_layout
from .furniture import mark_furniture
from .lines import Line, page_lines
from .paragraphs import Measure, Para, group, measure, paragraph

__all__ = ["read_pdf"]

NO_TEXT = ("no text layer: the PDF holds only images (a scan?); run OCR first (e.g. ocrmypdf in.pdf out.pdf) "
           "and convert the result")
#: Titles in the document information that name a file or a program, not the document.
_NOT_A_TITLE = re.compile(r"^(?:Microsoft Word - |WPS |untitled|无标题)|\.(?:docx?|wps|pdf|html?|txt|rtf|odt)$",
                          re.I)


def read_pdf(data: bytes, source: Source | None = None, *, limits: Limits = LIMITS) -> Document:
    """Return a Document holding one speech whose blocks are the paragraphs of the PDF ``data``.

    Page numbers and running headers and footers go to ``dropped``. Warnings: pages without text in a
    PDF that has text elsewhere, characters whose Unicode value the PDF does not give. Raises InputError
    for a PDF without text, an encrypted, damaged or too long one (see the module doc).
    """
    deadline = time.monotonic() + limits.pdf_seconds
    layout = read_layout(bytes(data), limits.pdf_pages, deadline)
    pages = [page_lines(page.glyphs, i, page.marks) for i, page in enumerate(layout.pages)]
    text_lines = [ln for lines in pages for ln in lines]
    if not any(ln.text.strip() for ln in text_lines):
        raise InputError(NO_TEXT)
    body_size = measure(text_lines).em
    mark_furniture(pages, body_size)
    kept = [ln for ln in text_lines if ln.removed is None]
    if not kept:
        raise InputError("the PDF's text is only page numbers and running headers; there is no speech to read")
    m = measure(kept)
    paras = group(kept, m)
    limits.check_paragraphs(len(paras))
    levels = _outline_levels(paras, layout.outline)
    blocks = tuple(paragraph(p, m, levels.get(i)) for i, p in enumerate(paras))
    if time.monotonic() > deadline:
        raise InputError("reading the PDF's text took too long; split the PDF into smaller files")
    dropped = tuple(Dropped(ln.text, ln.removed) for ln in text_lines if ln.removed)
    return Document(speeches=(Speech(blocks=blocks),), title=_title(layout), source=source or Source(format="pdf"),
                    dropped=dropped, warnings=tuple(_notices(layout, pages)))


def _title(layout: Layout) -> str | None:
    """Return the document information's title, unless it names a file or a program."""
    title = " ".join(layout.info.get("Title", "").split())
    return title if title and not _NOT_A_TITLE.search(title) else None


def _key(text: str) -> str:
    """Return ``text`` without whitespace (to match bookmarks with paragraphs)."""
    return "".join(text.split())


def _outline_levels(paras: list[Para], outline: list[OutlineEntry]) -> dict[int, int]:
    """Return {paragraph index: heading level} for the paragraphs the outline points to: a bookmark
    at depth d is a heading of level d + 1 (as HTML's h1, h2…). Bookmarks are matched in order, by
    their text at the start of a paragraph on their page or later."""
    out: dict[int, int] = {}
    start = 0
    texts = [_key("".join(ln.text for ln in p.lines)) for p in paras]
    for entry in outline:
        key = _key(entry.title)
        if not key:
            continue
        for i in range(start, len(paras)):
            if entry.page is not None and paras[i].lines[0].page < entry.page:
                continue
            if texts[i].startswith(key) or (len(texts[i]) >= 4 and key.startswith(texts[i])):
                out[i] = min(6, entry.depth + 1)
                start = i + 1
                break
    return out


def _notices(layout: Layout, pages: list[list[Line]]) -> list[Notice]:
    """Return warnings: pages without text among pages with text, characters without Unicode values."""
    out = []
    empty = [str(i + 1) for i, lines in enumerate(pages) if not lines]
    if empty and len(empty) < len(pages):
        shown = ", ".join(empty[:10]) + (" …" if len(empty) > 10 else "")
        out.append(Notice("pdf-page-without-text", f"page {shown}" if len(empty) == 1 else f"pages {shown}",
                          "these pages hold no text (scanned pictures?); their words are missing: run OCR "
                          "on the PDF (e.g. ocrmypdf) if they hold part of the speech"))
    unmapped = sum(1 for page in layout.pages for g in page.glyphs if g.unmapped)
    if unmapped:
        out.append(Notice("pdf-unmapped-chars", f"{unmapped} character(s) without a reliable Unicode value",
                          "the PDF's fonts do not say which characters they draw (a broken ToUnicode map), so "
                          "some characters may be wrong; compare the text with the PDF"))
    return out
