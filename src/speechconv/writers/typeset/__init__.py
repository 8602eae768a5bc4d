"""Typesetting on the GB/T 9704 grid: a Document becomes pages of placed glyphs, as plain data.

Shared by the writers that draw pages (PDF, and OFD): :func:`compose` returns a
:class:`~.pages.Composition` (described in :mod:`.pages`: units, origin, fields) that each of them draws
in its own format, so both show the same pages, lines and glyph positions. Page writers import from
this package only.

Inside, top down: :mod:`.assemble` puts every composed paragraph on the line grid and builds the pages;
:mod:`.fill` keeps pages full around headings that moved on (on :mod:`.paginate`'s slots);
:mod:`.compose` sets each paragraph across the measure, breaking it greedily (:mod:`.linebreak`) or into
an exact number of lines (:mod:`.exact`) over the units and cached measures of :mod:`.atoms`;
:mod:`.fontset` picks the font of every character (role face, fallback, none) and owns the measuring
caches; :mod:`.fontload` loads font files with reportlab's TrueType parser (disk cache in
:mod:`.facecache`), the same loaded fonts the PDF writer embeds. Nothing here draws.
"""
from __future__ import annotations

from ...model import Document
from ...profile import Profile
from ..flow import flow
from .assemble import compose_pages
from .compose import Composer
from .fontload import RLFont
from .fontset import FontSet
from .pages import (BOLD_STROKE, HIGHLIGHT_RGB, ITALIC_SHEAR, Composition, GlyphRun, GlyphStyle, Highlight,
                    OutlineEntry, Page, TextLine)

__all__ = ["compose", "FontSet", "RLFont", "Composition", "Page", "TextLine", "GlyphRun", "GlyphStyle",
           "Highlight", "OutlineEntry", "BOLD_STROKE", "ITALIC_SHEAR", "HIGHLIGHT_RGB"]


def compose(doc: Document, profile: Profile, fonts: FontSet | None = None) -> Composition:
    """Return ``doc`` set in pages by ``profile``, with its ``missing-glyph`` and ``pdf-unknown-role``
    notices; ``fonts`` (default: the profile's shared :meth:`FontSet.shared`) measures and supplies the
    glyphs.

    Raises FontError when a font file is missing or unreadable, ProfileError for a profile naming
    unknown fonts.
    """
    return compose_pages(Composer(profile, fonts or FontSet.shared(profile)), flow(doc, profile))
