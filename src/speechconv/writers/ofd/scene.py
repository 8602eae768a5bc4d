"""What the OFD writer draws, as plain data in millimetres, and how composed pages become it.

A :class:`PageScene` is a list of text runs (one OFD ``TextObject`` each) and filled rectangles (one
``PathObject`` each), in drawing order, with the outline entries the page opens. Coordinates are OFD's:
millimetres from the page's top-left corner, y downwards. :func:`scenes` turns the composed pages the
PDF writer also draws (lines of characters with x positions, widths and styles, in points) into scenes,
so both formats show the same glyphs at the same places.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from ...profile import MM

HIGHLIGHT_RGB = (255, 247, 153)       #: placeholder highlight (the PDF's 1.0 0.97 0.6), 0–255
BOLD_STROKE = 0.03                    #: simulated bold: outline width as a share of the type size
ITALIC_SHEAR = 0.2                    #: simulated italic: glyphs slant by ~11° (as in the PDF)

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

def scenes(pages: Iterable, number_line, max_outline_level: int = 1) -> list[PageScene]:
    """Return the scenes of composed ``pages``; ``number_line(n)`` gives page ``n``'s number line.

    A composed page has ``number``, ``lines`` and ``outlines`` ((level, title, top in pt)); a line has
    ``text``, ``xs``, ``widths`` (pt), ``styles`` (``font`` with ``path``, ``ascent``, ``descent``, or
    None for a character no font has; ``size``, ``bold``, ``italic``, ``placeholder``), ``baseline``
    (pt from the top), ``size`` and ``descent``. Outline entries deeper than ``max_outline_level`` are
    left out (the OFD outline lists speeches and first-level headings).
    """
    faces: dict[int, FontFace] = {}
    out: list[PageScene] = []
    for page in pages:
        items: list[TextRun | Rect] = []
        lines = list(page.lines)
        extra = number_line(page.number)
        if extra is not None:
            lines.append(extra)
        for line in lines:
            items.extend(_highlights(line))
            items.extend(_runs(line, faces))
        outlines = tuple(Outline(level, title, top / MM) for level, title, top in page.outlines
                         if level <= max_outline_level)
        out.append(PageScene(tuple(items), outlines))
    return out


def _face(font, faces: dict[int, FontFace]) -> FontFace:
    """Return the FontFace of a composed style's font (one object per font)."""
    face = faces.get(id(font))
    if face is None:
        face = faces[id(font)] = FontFace(Path(font.path), float(font.ascent), float(font.descent))
    return face


def _runs(line, faces: dict[int, FontFace]) -> Iterator[TextRun]:
    """Yield the text runs of one composed line: maximal stretches of one font, size and manner.

    Characters no font has, and characters XML cannot carry, are left out (their cell stays blank, as
    in the PDF); spaces at a run's ends are dropped (they draw nothing).
    """
    text, xs, styles = line.text, line.xs, line.styles
    baseline = line.baseline / MM
    n = len(text)
    i = 0
    while i < n:
        st = styles[i]
        if st.font is None or text[i] == " " or xml_text(text[i]) != text[i]:
            i += 1
            continue
        key = (id(st.font), st.size, st.bold, st.italic)
        j = i + 1
        while j < n and styles[j].font is not None and xml_text(text[j]) == text[j] and \
                (id(styles[j].font), styles[j].size, styles[j].bold, styles[j].italic) == key:
            j += 1
        k = j
        while text[k - 1] == " ":
            k -= 1
        yield TextRun(_face(st.font, faces), st.size / MM, text[i:k],
                      tuple(x / MM for x in xs[i:k]), baseline, st.bold, st.italic)
        i = j


def _highlights(line) -> Iterator[Rect]:
    """Yield a rectangle behind each run of placeholder characters of ``line`` (as the PDF draws)."""
    styles: Sequence = line.styles
    n = len(styles)
    bottom = (line.baseline - line.size * line.descent / 1000) / MM
    height = line.size / MM
    i = 0
    while i < n:
        if not styles[i].placeholder:
            i += 1
            continue
        j = i
        while j + 1 < n and styles[j + 1].placeholder:
            j += 1
        x0 = line.xs[i] / MM
        x1 = (line.xs[j] + line.widths[j]) / MM
        yield Rect(x0, bottom - height, x1 - x0, height)
        i = j + 1
