"""The PDF writer: GB/T 9704 pages, composed by :mod:`speechconv.writers.typeset`, drawn with reportlab.

Layout is our own, on the character grid of the profile (:func:`speechconv.writers.typeset.compose`):
lines of 28 cells justified to both edges, 22 lines a page on a fixed pitch, 避头尾 line breaking,
per-character font fallback, page numbers "— N —" on the outer side, bookmarks for titles and headings.
:mod:`.render` draws the composed pages; fonts are embedded as subsets.
"""
from __future__ import annotations

import threading
from typing import BinaryIO

from ...errors import FontError, OutputError
from ...outputs import write_problem
from ...model import Document, Notice
from ...profile import Profile
from ..typeset import FontSet, compose
from .render import Renderer, new_canvas, pdf_text

__all__ = ["write_pdf"]


#: reportlab subsets the fonts when the canvas is saved, reading the shared font file objects through a
#: parser position they keep: two threads saving at once read each other's tables (a KeyError, seen as
#: "cannot embed a font" in the threaded test on a fresh process). Saves take turns; layout does not.
_SUBSET_LOCK = threading.Lock()


def write_pdf(doc: Document, out: BinaryIO, profile: Profile) -> list[Notice]:
    """Write ``doc`` as a PDF to the binary file object ``out``; return the warnings.

    Warnings are ``missing-glyph`` notices, one per character no font of the profile has (its cell is
    left blank), saying where it first stands: page, line and character, speech and paragraph.
    Raises FontError when a font file is missing or unreadable, ProfileError for a profile naming
    unknown roles or fonts, OutputError when ``out`` cannot be written.
    """
    fonts = FontSet.shared(profile)
    composed = compose(doc, profile, fonts)
    invariant = bool(profile.pdf.get("invariant", False))
    canvas = new_canvas(out, profile, fonts.font(profile.role("body").font).name, invariant)
    _set_info(canvas, doc)
    renderer = Renderer(canvas, composed.height, fonts.by_file)
    for page in composed.pages:
        renderer.page(page)
    if renderer.bookmarks:
        canvas.showOutline()
    try:
        with _SUBSET_LOCK:
            canvas.save()
    except OSError as exc:
        raise OutputError(f"cannot write the PDF: {write_problem(exc)}") from None
    except (KeyError, ValueError) as exc:   # reportlab subsetting trouble with a font file
        raise FontError(f"cannot embed a font in the PDF ({exc}); rebuild the fonts") from None
    return list(composed.notices)


def _set_info(canvas, doc: Document) -> None:
    """Set the document information dictionary from the model."""
    first = doc.speeches[0] if doc.speeches else None
    title = doc.title or (first.title if first else None) or ""
    canvas.setTitle(pdf_text(title))
    if first is not None and first.byline:
        canvas.setAuthor(pdf_text(first.byline))
    titles = [s.title for s in doc.speeches if s.title]
    subject = "；".join(titles) if len(titles) > 1 else (first.subtitle if first and first.subtitle else "")
    if subject:
        canvas.setSubject(pdf_text(subject))
    canvas.setCreator("speechconv")
