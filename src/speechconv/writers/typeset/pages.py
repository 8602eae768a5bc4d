"""The composed document: pages of placed glyphs as plain data, for every writer that draws pages.

:func:`speechconv.writers.typeset.compose` returns a :class:`Composition`; the PDF writer draws it with
reportlab (:mod:`speechconv.writers.pdf.render`), and a writer that knows only font files can draw the
very same pages. Nothing here refers to reportlab or to a loaded font object: a font is named by its
file.

Units and origin
    Every length is in PostScript points (1 pt = 1/72 in = 25.4/72 mm). ``x`` is measured from the
    page's left edge to the right; ``y`` from the page's **top** edge downwards (as in OFD; PDF, whose
    origin is the bottom-left corner, draws at ``height - y``). Sizes are type sizes in pt (the em).

Glyphs
    One character of a line is one glyph (no shaping, no ligatures): ``line.text[k]`` is drawn from
    ``style.font`` at ``(line.xs[k], line.baseline)``, the left end of its baseline. ``line.widths[k]``
    is the glyph's own advance at its size (from the font's ``hmtx``: advance × size / unitsPerEm);
    ``line.xs[k + 1] - line.xs[k] - line.widths[k]`` is the spacing after it (the grid's −0.21 pt plus
    what justification adds). The positions put each glyph on the 28-cell grid exactly; a writer that
    positions glyphs one by one (OFD ``DeltaX``: ``xs[k + 1] - xs[k]``) reproduces the PDF.

Fonts
    ``GlyphStyle.font`` is the absolute path of a shipped font file (the face the profile names for
    the role, or the profile's ``[pdf] fallback`` face for a character that face lacks, with
    ``fallback`` True; the choice is made per character by ``FontSet.pick``). It is
    None for a character no font of the profile has: its cell stays blank and a ``missing-glyph``
    notice names it. :meth:`Composition.fonts` lists the files drawn from.

Simulated styles
    ``bold``: the outlines are filled and stroked with a line of :data:`BOLD_STROKE` × size.
    ``italic``: the glyphs are slanted, x shifted by :data:`ITALIC_SHEAR` × the height above the baseline.
    ``placeholder``: a template blank; a :class:`Highlight` of :data:`HIGHLIGHT_RGB` lies behind it.
"""
from __future__ import annotations

from dataclasses import dataclass

from ...model import Notice

#: Simulated bold: outline stroke width as a share of the type size (the outlines are filled and stroked).
BOLD_STROKE = 0.03
#: Simulated italic: horizontal shear of the glyphs (about 11°).
ITALIC_SHEAR = 0.2
#: The colour behind template blanks (placeholders): light yellow, RGB in 0..1.
HIGHLIGHT_RGB = (1.0, 0.97, 0.6)


@dataclass(frozen=True)
class GlyphStyle:
    """How the glyphs of a run are drawn.

    ``font`` is the font file's absolute path, or None when no font has the characters (their cells
    stay blank); ``size`` the type size in pt; ``fallback`` True when ``font`` is the profile's
    fallback face rather than the role's own. ``bold`` and ``italic`` are simulated (see the module
    notes); ``placeholder`` marks a template blank (highlighted).
    """

    font: str | None
    size: float
    bold: bool = False
    placeholder: bool = False
    italic: bool = False
    fallback: bool = False


@dataclass(frozen=True)
class GlyphRun:
    """Consecutive glyphs of a line drawn alike: ``line.text[start:end]`` in ``style``."""

    start: int
    end: int
    style: GlyphStyle


@dataclass(frozen=True)
class Highlight:
    """A rectangle of :data:`HIGHLIGHT_RGB` behind placeholder glyphs, drawn before the text.

    ``x`` and ``y`` are its left and top edges (pt; ``y`` from the page top), ``width`` and ``height``
    its size: from the first glyph's origin to the last glyph's advance, over the line's em box (its
    bottom ``-descent / 1000 × size`` below the baseline, its height the paragraph's type size).
    """

    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class TextLine:
    """One placed line: its glyphs, their x positions and advances, and its baseline.

    ``xs``, ``widths`` hold one value per character of ``text`` (pt); ``runs`` cover ``text`` in order,
    one per stretch of one :class:`GlyphStyle`. ``baseline`` is the baseline's y (pt from the page
    top). ``size`` and ``descent`` (1/1000 em, negative) are the paragraph's type size and its face's
    descent: the line's em box. ``uniform`` is True when every glyph but the last has the same spacing
    after it (one character spacing serves the whole line). ``highlights`` lie behind placeholders.
    """

    text: str
    xs: tuple[float, ...]
    widths: tuple[float, ...]
    runs: tuple[GlyphRun, ...]
    baseline: float
    size: float
    descent: float
    uniform: bool = False
    highlights: tuple[Highlight, ...] = ()


@dataclass(frozen=True)
class OutlineEntry:
    """A bookmark: ``level`` 0 for a speech title, 1–4 for headings ``一、`` … ``（1）``; ``title`` its
    text; ``y`` the top of its first line's em box above the baseline (pt from the page top).

    Entries come in document order; a writer nests a level under the last entry of a lower level
    (the PDF writer never lets a level exceed the one before it by more than one).
    """

    level: int
    title: str
    y: float


@dataclass(frozen=True)
class Page:
    """A composed page: ``number`` (1-based), its body ``lines`` top to bottom, its ``page_number``
    line ("— N —" in the profile's page-number role, on the outer side: right on odd pages, left on
    even ones; drawn after the body lines) and the ``outlines`` that start on it."""

    number: int
    lines: tuple[TextLine, ...]
    page_number: TextLine
    outlines: tuple[OutlineEntry, ...] = ()


@dataclass(frozen=True)
class Composition:
    """A document set in pages: page ``width`` and ``height`` (pt), the ``pages`` (at least one) and
    the ``notices`` composing raised (``pdf-unknown-role``, ``missing-glyph``)."""

    width: float
    height: float
    pages: tuple[Page, ...]
    notices: tuple[Notice, ...] = ()

    def fonts(self) -> list[str]:
        """Return the font files the glyphs are drawn from, in order of first use."""
        seen: dict[str, None] = {}
        for page in self.pages:
            for line in (*page.lines, page.page_number):
                for run in line.runs:
                    if run.style.font is not None:
                        seen.setdefault(run.style.font, None)
        return list(seen)
