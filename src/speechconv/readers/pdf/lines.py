"""A page's characters into printed lines: characters on one baseline, left to right, with the spaces a
PDF leaves to positioning put back, doubled characters (bold drawn twice) taken once.

A line knows its text, marks per character (:data:`BOLD`, :data:`ITALIC`, :data:`MARKED` for a
character on a coloured highlight), its left and right edges, its baseline and its usual font size
and face. Nothing here knows paragraphs.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ...pdfium import Glyph
from ..faces import faces_stand_for_bold, first_face, is_heading_face

#: Characters of East Asian scripts and their punctuation: no space is wanted between two of them.
_WIDE = ((0x2E80, 0x9FFF), (0xAC00, 0xD7AF), (0xF900, 0xFAFF), (0xFE30, 0xFE4F), (0xFF00, 0xFFEF),
         (0x20000, 0x3FFFF), (0x2010, 0x206F))
#: A gap this much wider than the line's usual gap (in ems) is a word space: between Latin letters…
LATIN_SPACE_EM = 0.22
#: …and between CJK characters (a space left as a gap, a name spaced out by positioning: 王  琛).
WIDE_SPACE_EM = 0.25
#: Character marks (bits): bold, slanted, on a coloured highlight, inside a link.
BOLD, ITALIC, MARKED, LINKED = 1, 2, 4, 8
Rect = tuple[float, float, float, float]


def is_wide(ch: str) -> bool:
    """Return True for a CJK character or full-width mark (no space belongs next to it)."""
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in _WIDE)


@dataclass
class Line:
    """One printed line: text, marks per character (bits :data:`BOLD`, :data:`ITALIC`, :data:`MARKED`),
    edges and baseline (pt, origin bottom-left), its most used font size and face, and the page it is
    on (0-based)."""

    page: int
    text: str
    marks: list[int]
    x0: float
    x1: float
    y: float
    size: float
    font: str
    first_width: float = 0.0     #: the width of its first word (a CJK character with marks that cling to it)
    removed: str | None = field(default=None, compare=False)   #: why it is not text (a page number…)
    bookmark: tuple[int, str] | None = None   #: (depth, title) of the outline entry that points here

    @property
    def all_bold(self) -> bool:
        """Return True when every non-space character is bold."""
        marks = [m & BOLD for ch, m in zip(self.text, self.marks) if not ch.isspace()]
        return bool(marks) and all(marks)


def faceless_fonts(glyphs: list[Glyph]) -> frozenset[str]:
    """Return the fonts of CJK characters that are never drawn bold in a document whose other characters
    are drawn bold somewhere: a CJK fallback font without a bold face (LibreOffice's Droid Sans
    Fallback), in which the producer could not draw the bold it set; the digits, Latin letters and
    spaces of the same run came out in a bold Latin face."""
    if not any(g.bold and not is_wide(g.char) for g in glyphs):
        return frozenset()
    wide = {g.font for g in glyphs if is_wide(g.char)}
    return frozenset(wide - {g.font for g in glyphs if g.bold})


def pdf_face(name: str) -> str | None:
    """Return the face a PDF font name names: its first part (``SimHei,Bold`` is SimHei), a name in GBK
    bytes (read by PDFium as Latin-1) decoded."""
    if name and not name.isascii():
        try:
            name = name.encode("latin-1").decode("gb18030")
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
    return first_face(name)


def heading_faces_bold(glyphs: list[Glyph]) -> None:
    """Mark bold the characters drawn in a heading face (黑体, SimHei) when most of the document's
    characters are in another face (:mod:`speechconv.readers.faces`): official documents set level-1
    headings in 黑体, often without bold."""
    heading = {f for f in {g.font for g in glyphs} if is_heading_face(pdf_face(f))}
    if not heading:
        return
    shown = [g for g in glyphs if not g.char.isspace()]
    if faces_stand_for_bold(sum(g.font in heading for g in shown), len(shown)):
        for g in shown:
            if g.font in heading:
                g.bold = True


def page_lines(glyphs: list[Glyph], page: int, highlights: list[Rect] = (), links: list[Rect] = (),
               faceless: frozenset[str] = frozenset()) -> list[Line]:
    """Return the lines of one page from its characters, top to bottom; characters standing on one of
    the ``highlights`` or ``links`` rectangles are marked so; characters in a ``faceless`` font take
    the bold of their neighbours (:func:`_borrow_bold`)."""
    visible = [g for g in glyphs if g.size > 0.5 and g.x1 >= g.x0]
    out = []
    for group in _baselines(visible):
        line = _line(group, page, (highlights, links), faceless)
        if line is not None and line.text.strip():
            out.append(line)
    return out


def _baselines(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """Return the characters grouped by baseline, top line first; raised or lowered small characters
    (superscripts, footnote marks) go with the line they stand in."""
    groups: list[list[Glyph]] = []
    for g in sorted(glyphs, key=lambda g: -g.y):
        if groups:
            last = groups[-1]
            ref = last[0]
            if abs(ref.y - g.y) <= 0.3 * max(ref.size, g.size):
                last.append(g)
                continue
        groups.append([g])
    return _merge_small(groups)


def _merge_small(groups: list[list[Glyph]]) -> list[list[Glyph]]:
    """Return the groups with a group of small characters joined to the line beside it whose body
    they overlap (a superscript above the baseline, a subscript below)."""
    out: list[list[Glyph]] = []
    for group in groups:
        size = max(g.size for g in group)
        if out:
            prev = out[-1]
            prev_size = _usual(prev, "size")
            if size < 0.8 * prev_size and prev[0].y - group[0].y < 0.45 * prev_size:
                prev.extend(group)
                continue
            if prev_size < 0.8 * size and prev[0].y - group[0].y < 0.45 * size and len(prev) <= 3:
                out[-1] = group + prev
                continue
        out.append(group)
    return out


def _usual(glyphs: list[Glyph], attr: str):
    """Return the most common value of ``attr`` among ``glyphs`` (counted per character)."""
    return Counter(getattr(g, attr) for g in glyphs).most_common(1)[0][0]


def _mark(g: Glyph, rects: tuple[list[Rect], list[Rect]]) -> int:
    """Return the marks of one character (``rects``: highlights and links)."""
    mark = (BOLD if g.bold else 0) | (ITALIC if g.italic else 0)
    x, y = (g.x0 + g.x1) / 2, g.y + 0.3 * g.size
    for found, bit in zip(rects, (MARKED, LINKED)):
        if found and any(r[0] <= x <= r[2] and r[1] <= y <= r[3] for r in found):
            mark |= bit
    return mark


def _line(group: list[Glyph], page: int, highlights: tuple[list[Rect], list[Rect]],
          faceless: frozenset[str] = frozenset()) -> Line | None:
    """Return the line of one baseline group: characters left to right, spaces put back."""
    glyphs = _without_doubles(sorted(group, key=lambda g: g.x0))
    if not glyphs:
        return None
    if faceless:
        _borrow_bold(glyphs, faceless)
    size = round(_usual([g for g in glyphs if not g.char.isspace()] or glyphs, "size"), 1)
    stretch = _usual_gaps(glyphs)
    text: list[str] = []
    marks: list[int] = []
    prev: Glyph | None = None
    for g in glyphs:
        mark = _mark(g, highlights)
        if prev is not None and not g.char.isspace() and not prev.char.isspace():
            wide = is_wide(g.char) or is_wide(prev.char)
            gap = g.x0 - prev.x1 - stretch[wide]
            if gap > (WIDE_SPACE_EM if wide else LATIN_SPACE_EM) * size:
                text.append(" ")
                marks.append(marks[-1] & mark)
        text.append(g.char)
        marks.append(mark)
        prev = g
    joined = "".join(text)
    lead = len(joined) - len(joined.lstrip())
    trail = len(joined.rstrip())
    body = [g for g in glyphs if not g.char.isspace()]
    if not body:
        return None
    return Line(page, joined[lead:trail], marks[lead:trail], body[0].x0, body[-1].x1, _usual(glyphs, "y"),
                size, _usual(body, "font"), _first_width(body))


def _borrow_bold(glyphs: list[Glyph], faceless: frozenset[str]) -> None:
    """Mark bold the runs of characters in a ``faceless`` font whose neighbours in the line (digits,
    Latin letters, spaces in other fonts) are bold: a run between two bold neighbours wholly
    (2019届高三10班 褚步霄 北京大学, its digits and spaces in DejaVu Sans Bold), a run between a bold
    neighbour and the line's end from that neighbour up to the first sentence end (18岁也代表着要更加
    心怀大爱！ opening a paragraph); a run touching a neighbour that is not bold stays as it is."""
    i, n = 0, len(glyphs)
    while i < n:
        if glyphs[i].font not in faceless:
            i += 1
            continue
        j = i
        while j < n and glyphs[j].font in faceless:
            j += 1
        for g in glyphs[slice(*_bold_span(glyphs, i, j))]:
            g.bold = True
        i = j


#: Marks that end a sentence or a clause that opens a list (a bold lead ends at one; 一是… starts after one).
_SENTENCE_END = set("。！？；：!?;:")


def _bold_span(glyphs: list[Glyph], i: int, j: int) -> tuple[int, int]:
    """Return the part [start, end) of the faceless run ``glyphs[i:j]`` that its neighbours make bold
    (an empty span when none)."""
    left = glyphs[i - 1].bold if i > 0 else None
    right = glyphs[j].bold if j < len(glyphs) else None
    if left is False or right is False or not (left or right):
        return i, i
    if left and right:
        return i, j
    ends = [k for k in range(i, j) if glyphs[k].char in _SENTENCE_END]
    if left:
        return i, (ends[0] + 1 if ends else j)
    return (ends[-1] + 1 if ends else i), j


def _without_doubles(glyphs: list[Glyph]) -> list[Glyph]:
    """Return the characters with a character drawn again over itself (a poor man's bold: the same
    character shifted by a fraction of a point) taken once, and marked bold."""
    out: list[Glyph] = []
    for g in glyphs:
        if out and g.char == out[-1].char and not g.char.isspace() and abs(g.x0 - out[-1].x0) < 0.15 * g.size:
            out[-1].bold = True
            continue
        out.append(g)
    return out


def _usual_gaps(glyphs: list[Glyph]) -> dict[bool, float]:
    """Return the usual gap (pt) between neighbouring characters of a line, apart for pairs with a CJK
    character (True) and pairs of Latin ones (False): a justified line stretches every gap of a kind
    alike (speechconv's PDF stretches CJK gaps and keeps Latin words tight), which is not a space."""
    gaps: dict[bool, list[float]] = {True: [], False: []}
    for a, b in zip(glyphs, glyphs[1:]):
        if not a.char.isspace() and not b.char.isspace():
            gaps[is_wide(a.char) or is_wide(b.char)].append(round(b.x0 - a.x1, 1))
    return {kind: max(0.0, Counter(found).most_common(1)[0][0]) if found else 0.0 for kind, found in gaps.items()}


#: Marks that may not start a line (避头尾): they stay with the character before them.
NO_LINE_START = set("，。、；：？！）》」』”’…—·,.;:?!)]}%")
#: Marks that may not end a line: they go with the character after them.
NO_LINE_END = set("（《「『“‘【〔([{")


#: Quotation marks that may open or close (“ ‘): a line breaker following Unicode's rules (LibreOffice, a
#: browser) breaks on neither side of one, so the character before it and the one after go down with it.
_CLINGING_QUOTES = set("“‘")


def _first_width(glyphs: list[Glyph]) -> float:
    """Return the width of a line's first word: a CJK character with the opening marks before it and
    the marks that may not start a line after it (“八”、), and an opening quote and the character after
    it when they follow at once (业“强), or a run of Latin letters and digits."""
    start = 0
    while start + 1 < len(glyphs) and glyphs[start].char in NO_LINE_END:
        start += 1
    first = glyphs[start]
    end = start + 1
    if is_wide(first.char):
        while end < len(glyphs) and glyphs[end].char in NO_LINE_START:
            end += 1
        if end + 1 < len(glyphs) and glyphs[end].char in _CLINGING_QUOTES and is_wide(glyphs[end + 1].char):
            end += 2            # 业“强: no break on either side of the quote (LibreOffice breaks so)
    else:
        while end < len(glyphs) and not is_wide(glyphs[end].char) and glyphs[end].x0 - glyphs[end - 1].x1 < 0.2 * first.size:
            end += 1
    return glyphs[end - 1].x1 - glyphs[0].x0
