"""The PDF reader: a PDF's text layer as one speech of paragraphs, with hints of how each was set.

The characters of every page come from PDFium (:mod:`speechconv.pdfium`); :mod:`.lines` sets them into
printed lines, :mod:`.furniture` marks page numbers and running headers and footers and
:mod:`.article` the navigation around a printed web page's article (recorded in ``dropped`` with the
reason), and :mod:`.paragraphs` joins the lines into paragraphs by indentation,
line length, gaps and font size; a gap or size every paragraph has alike is left out
(:mod:`speechconv.readers.hints`), as the other readers leave it out. The outline (bookmarks) marks
headings; the document information's title is the page title (a printed web page's first bookmark,
its headline, where that title is the site's name). Structure is left to the passes, as for every
reader, except in a PDF that speechconv wrote: :mod:`.own` reads that back into the finished document.

Refused with an InputError: a PDF without a text layer (scanned: run OCR first), an encrypted or
damaged one, one of more than ``limits.pdf_pages`` pages, one whose text takes longer than
``limits.pdf_seconds`` to read.
"""
from __future__ import annotations

import re
import time
from dataclasses import replace

from ...errors import InputError
from ...limits import LIMITS, Limits
from ...model import Document, Dropped, Notice, Source, Speech
from ...pdfium import Layout, OutlineEntry, read_layout
from .. import Finished
from ..hints import underline_level, with_varied_hints
from .article import mark_outside
from .furniture import mark_furniture
from .lines import Line, faceless_fonts, heading_faces_bold, page_lines
from .own import is_own, match_outline, read_own
from .paragraphs import group, measure, paragraph

__all__ = ["read_pdf"]

NO_TEXT = ("no text layer: the PDF holds only images (a scan?); run OCR first (e.g. ocrmypdf in.pdf out.pdf) "
           "and convert the result")
#: Titles in the document information that name a file or a program, not the document.
_NOT_A_TITLE = re.compile(r"^(?:Microsoft Word - |WPS |untitled|无标题)|\.(?:docx?|wps|pdf|html?|txt|rtf|odt)$",
                          re.I)


def read_pdf(data: bytes, source: Source | None = None, *, limits: Limits = LIMITS) -> Document | Finished:
    """Return a Document holding one speech whose blocks are the paragraphs of the PDF ``data``, or, for
    a PDF that speechconv wrote, the finished document read back by how its roles are set (:mod:`.own`).

    Page numbers and running headers and footers go to ``dropped``. Warnings: pages without text in a
    PDF that has text elsewhere, characters whose Unicode value the PDF does not give. Raises InputError
    for a PDF without text, an encrypted, damaged or too long one (see the module doc).
    """
    deadline = time.monotonic() + limits.pdf_seconds
    layout = read_layout(bytes(data), limits.pdf_pages, deadline)
    glyphs = [g for page in layout.pages for g in page.glyphs]
    faceless = faceless_fonts(glyphs)
    own = is_own(layout.info)
    if not own:
        heading_faces_bold(glyphs)
    pages = [page_lines(page.glyphs, i, page.marks, page.links, faceless) for i, page in enumerate(layout.pages)]
    text_lines = [ln for lines in pages for ln in lines]
    if not any(ln.text.strip() for ln in text_lines):
        raise InputError(NO_TEXT)
    body_size = measure(text_lines).em
    mark_furniture(pages, body_size)
    headline = None
    underlined: dict[int, int] = {}
    if not own:
        _bookmark_lines(pages, layout.outline)
        headline = mark_outside(text_lines)
        underlined = _underlines(pages)
    kept = [ln for ln in text_lines if ln.removed is None]
    if not kept:
        raise InputError("the PDF's text is only page numbers and running headers; there is no speech to read")
    m = measure(kept)
    if own and m.indent is None:        # too few paragraphs to see it: speechconv indents two characters
        m = replace(m, indent=2 * m.em)
    paras = group(kept, m)
    limits.check_paragraphs(len(paras))
    dropped = tuple(Dropped(ln.text, ln.removed) for ln in text_lines if ln.removed)
    title = headline or _title(layout, own)
    if not own and not headline:
        title = _headline_bookmark(layout, kept, title) or title
    doc = Document(title=title, source=source or Source(format="pdf"), dropped=dropped,
                   warnings=tuple(_notices(layout, pages)))
    if own:
        return Finished(doc.evolve(speeches=read_own(paras, m, layout.outline)))
    levels = {i: min(6, e.depth + 1) for i, e in match_outline(paras, layout.outline).items()}
    levels |= {i: underlined[id(p.lines[-1])] for i, p in enumerate(paras)
               if i not in levels and id(p.lines[-1]) in underlined}
    blocks = tuple(with_varied_hints([paragraph(p, m, levels.get(i)) for i, p in enumerate(paras)]))
    if time.monotonic() > deadline:
        raise InputError("reading the PDF's text took too long; split the PDF into smaller files")
    return doc.evolve(speeches=(Speech(blocks=blocks),))


#: What separates a web page's title from the site's name (as the HTML reader cuts <title>).
_SITE_SEPARATOR = re.compile(r"\s*(?:--|_|\||-\s|\s-)\s*")


def _title(layout: Layout, own: bool) -> str | None:
    """Return the document information's title (without a site's name after a separator, as a web
    page printed to PDF has it), unless it names a file or a program."""
    title = " ".join(layout.info.get("Title", "").split())
    if not own:
        title = _SITE_SEPARATOR.split(title)[0]
    return title if title and not _NOT_A_TITLE.search(title) else None


def _headline_bookmark(layout: Layout, lines: list[Line], title: str | None) -> str | None:
    """Return the first top-level outline entry when the outline starts with one on the first page and
    the document information's ``title`` is not in the text: a web page printed to PDF, whose
    ``<title>`` is the site's name and whose ``<h1>`` headline became the first bookmark (the HTML
    reader takes that headline for the page title too). Return None otherwise."""
    first = layout.outline[0] if layout.outline else None
    if first is None or first.depth != 0 or first.page != 0 or not first.title.strip():
        return None
    text = "".join("".join(ln.text.split()) for ln in lines)
    if title and "".join(title.split()) in text:
        return None
    return " ".join(first.title.split())


def _bookmark_lines(pages: list[list[Line]], outline: list[OutlineEntry]) -> None:
    """Mark the lines the outline's entries point to: the first line on the entry's page whose text
    the entry's title starts with, and the lines after it that carry on the title."""
    for entry in outline:
        key = "".join(entry.title.split())
        if not key or entry.page is None or not 0 <= entry.page < len(pages):
            continue
        lines = pages[entry.page]
        for i, line in enumerate(lines):
            text = "".join(line.text.split())
            if line.bookmark is None and len(text) >= 2 and key.startswith(text):
                mark = (entry.depth, " ".join(entry.title.split()))
                for follow in lines[i:]:
                    part = "".join(follow.text.split())
                    if not key.startswith(part) or follow.bookmark is not None:
                        break
                    follow.bookmark, key = mark, key[len(part):]
                break


def _underlines(pages: list[list[Line]]) -> dict[int, int]:
    """Mark removed each rule line (===, ---) standing right under a line of text, as a text page
    printed to PDF shows its underlined titles; return the heading level each gives the line above
    it, by that line's ``id`` (the text reader reads the same page's underlines alike)."""
    out = {}
    for lines in pages:
        for above, line in zip(lines, lines[1:]):
            level = underline_level(line.text.replace(" ", ""))
            if (level and line.removed is None and above.removed is None and id(above) not in out
                    and underline_level(above.text.replace(" ", "")) is None
                    and above.y - line.y <= 1.6 * max(above.size, line.size)):
                line.removed = "pdf: underline of a heading"
                out[id(above)] = level
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
