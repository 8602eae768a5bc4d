"""Typesetting on the GB/T 9704 grid: a Document becomes pages of placed glyphs, as plain data.

Shared by the writers that draw pages (PDF, and OFD): :func:`compose` returns a
:class:`~.pages.Composition` (described in :mod:`.pages`: units, origin, fields) that each of them draws
in its own format, so both show the same pages, lines and glyph positions. Page writers import from
this package only.

Inside: line breaking with 避头尾 (:mod:`.linebreak`), pagination on the line grid (:mod:`.paginate`),
composition of paragraphs into placed lines and pages (:mod:`.compose`), and the fonts that measure
them (:mod:`.fontload`, with its disk cache :mod:`.facecache`; reportlab's TrueType parser reads the
metrics, and the PDF writer draws with the same loaded fonts). Nothing here draws.
"""
from __future__ import annotations

from ...model import Document
from ...profile import Profile
from ..flow import flow
from .compose import Composer
from .fontload import FontSet
from .pages import (BOLD_STROKE, HIGHLIGHT_RGB, ITALIC_SHEAR, Composition, GlyphRun, GlyphStyle, Highlight,
                    OutlineEntry, Page, TextLine)

__all__ = ["compose", "FontSet", "Composition", "Page", "TextLine", "GlyphRun", "GlyphStyle", "Highlight",
           "OutlineEntry", "BOLD_STROKE", "ITALIC_SHEAR", "HIGHLIGHT_RGB"]


def compose(doc: Document, profile: Profile, fonts: FontSet | None = None) -> Composition:
    """Return ``doc`` set in pages by ``profile``, with its ``missing-glyph`` and ``pdf-unknown-role``
    notices; ``fonts`` (default: a new FontSet of the profile) measures and supplies the glyphs.

    Raises FontError when a font file is missing or unreadable, ProfileError for a profile naming
    unknown fonts.
    """
    return Composer(profile, fonts or FontSet(profile)).compose(flow(doc, profile))
