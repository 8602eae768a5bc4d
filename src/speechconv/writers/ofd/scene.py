"""What the OFD writer draws, as plain data in millimetres, and how composed pages become it.

A :class:`PageScene` is a list of text runs (one OFD ``TextObject`` each) and filled rectangles (one
``PathObject`` each), in drawing order, with the outline entries the page opens. Coordinates are OFD's:
millimetres from the page's top-left corner, y downwards. :func:`scenes` turns the composition that the
PDF writer also draws (:mod:`speechconv.writers.typeset.pages`: lines of glyphs with x positions, in
points from the page top) into scenes, so both formats show the same glyphs at the same places. The
fields it reads: ``Composition.pages``; ``Page.lines``, ``page_number``, ``outlines`` (``level``,
``title``, ``y``); ``TextLine.text``, ``xs``, ``baseline``, ``runs`` (``start``, ``end``, ``style``:
``font`` path, ``size``, ``bold``, ``italic``) and ``highlights`` (``x``, ``y``, ``width``, ``height``).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ...profile import MM
from ..fontfile import vertical_metrics
from ..typeset import HIGHLIGHT_RGB as _RGB
from ..typeset import Composition, TextLine

#: The placeholder highlight, in OFD's 0–255 RGB: the composition's colour.
HIGHLIGHT_RGB = tuple(round(c * 255) for c in _RGB)

#: Characters XML 1.0 cannot carry (C0 controls other than tab, line feed, return; lone surrogates;
#: U+FFFE/U+FFFF). They never reach a TextCode or a title.
_NOT_XML = {c: None for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20),
                              *range(0xD800, 0xE000), 0xFFFE, 0xFFFF]}


@dataclass(frozen=True)
class FontFace:
    """A font file drawn from, with its vertical metrics in 1/1000 em (descent negative)."""

    path: Path
    ascent: float
    descent: float


@dataclass(frozen=True)
class TextRun:
    """Characters drawn in one font, size and manner: glyph origins ``xs`` on one ``baseline`` (mm)."""

    face: FontFace
    size: float                       #: type size, mm
    text: str
    xs: tuple[float, ...]             #: x of each character's origin, mm from the page's left edge
    baseline: float                   #: mm from the page's top edge
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Rect:
    """A filled rectangle: left, top, width, height in mm, and an RGB colour (0–255)."""

    x: float
    y: float
    w: float
    h: float
    rgb: tuple[int, int, int] = HIGHLIGHT_RGB


@dataclass(frozen=True)
class Outline:
    """An outline entry: nesting level (0 = speech title), title, and the top of its line (mm)."""

    level: int
    title: str
    top: float


@dataclass(frozen=True)
class PageScene:
    """One page: rectangles and text runs in drawing order, and the outline entries it opens."""

    items: tuple[TextRun | Rect, ...]
    outlines: tuple[Outline, ...] = ()


def xml_text(text: str) -> str:
    """Return ``text`` without the characters XML 1.0 cannot carry, line breaks as spaces."""
    return text.translate(_NOT_XML).replace("\n", " ").replace("\r", " ").replace("\t", " ")


# ---------------------------------------------------------------- from composed pages

def scenes(composition: Composition, max_outline_level: int = 1) -> list[PageScene]:
    """Return the scenes of the composed pages (:mod:`speechconv.writers.typeset.pages`), in mm.

    Each line gives its highlights, then its glyph runs (adjacent runs differing only in the
    placeholder or fallback flag become one); the page-number line comes last. Outline entries
    deeper than ``max_outline_level`` are left out (the OFD outline lists speeches and first-level
    headings). Raises FontError when a font file drawn from cannot be read.
    """
    faces: dict[str, FontFace] = {}
    out: list[PageScene] = []
    for page in composition.pages:
        items: list[TextRun | Rect] = []
        for line in (*page.lines, page.page_number):
            items.extend(Rect(h.x / MM, h.y / MM, h.width / MM, h.height / MM) for h in line.highlights)
            items.extend(_runs(line, faces))
        outlines = tuple(Outline(o.level, o.title, o.y / MM) for o in page.outlines
                         if o.level <= max_outline_level)
        out.append(PageScene(tuple(items), outlines))
    return out


def _face(path: str, faces: dict[str, FontFace]) -> FontFace:
    """Return the FontFace of the font file ``path`` (one object per file)."""
    face = faces.get(path)
    if face is None:
        ascent, descent = vertical_metrics(Path(path))
        face = faces[path] = FontFace(Path(path), ascent, descent)
    return face


def _runs(line: TextLine, faces: dict[str, FontFace]) -> Iterator[TextRun]:
    """Yield the text runs of one composed line: maximal stretches of one font, size and manner.

    Characters no font has, and characters XML cannot carry, are left out (their cell stays blank, as
    in the PDF); spaces at a run's ends are dropped (they draw nothing).
    """
    text, xs = line.text, line.xs
    baseline = line.baseline / MM
    pieces: list[tuple[int, int, tuple]] = []
    for run in line.runs:
        st = run.style
        if st.font is None:
            continue
        key = (st.font, st.size, st.bold, st.italic)
        i = run.start
        while i < run.end:
            if xml_text(text[i]) != text[i]:
                i += 1
                continue
            j = i + 1
            while j < run.end and xml_text(text[j]) == text[j]:
                j += 1
            if pieces and pieces[-1][1] == i and pieces[-1][2] == key:
                pieces[-1] = (pieces[-1][0], j, key)
            else:
                pieces.append((i, j, key))
            i = j
    for i, j, (font, size, bold, italic) in pieces:
        while i < j and text[i] == " ":
            i += 1
        while j > i and text[j - 1] == " ":
            j -= 1
        if i < j:
            yield TextRun(_face(font, faces), size / MM, text[i:j], tuple(x / MM for x in xs[i:j]),
                          baseline, bold, italic)
