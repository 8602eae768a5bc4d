"""Printed lines into paragraphs, with the hints of how each was set.

The text block is measured first (:class:`Measure`: the usual body size, the left and right edges most
lines keep, the usual line pitch). A line then starts a new paragraph when

- a gap stands before it (more than the usual pitch), or the font size changes;
- it is indented past the line before it (a first-line indent of two characters), or indented like a
  first line that came before it;
- the line before it ends short of the right edge by more than its own first word (a CJK character
  with the marks that cling to it, or a Latin word): that word would have fitted;
- in a document without first-line indents, it follows a line that ends a sentence and opens with a
  heading number (一、 （一） 1.), or opens a page where paragraphs are set apart by gaps (the page
  break hides the gap);
- either line is centred or set to the right (title, speaker, date and signature lines), except that
  the lines of a large centred title run on, as does a centred or right-aligned paragraph whose first
  line filled the measure.

Lines join without a space between CJK text and with one between Latin words (not inside a web
address broken at the line end); a word hyphenated at a line end is joined again. Each paragraph carries :class:`~speechconv.model.Hints`: size relative to the
body, whole bold, centred or right, indentation in characters, a gap of an empty line before it.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from ...model import Hints, Paragraph, Run
from .lines import BOLD, ITALIC, NO_LINE_START, Line, is_wide

#: A gap before a line counts when the baseline distance exceeds the pitch by this much (in ems).
GAP_EM = 0.4
#: A gap of this many line pitches is an empty line (the hint ``blank_before``): a smaller one is
#: paragraph spacing, a taller one held what is not text (a picture, a figure the producer left out).
EMPTY_LINE = (0.75, 1.5)
#: Baseline distances this close (in ems) are one line pitch.
PITCH_SPREAD = 0.04
#: Title lines: centred lines at least this much larger than the body run on as one paragraph.
TITLE_SIZE = 1.15
#: A line ends its paragraph when the next line's first word would have fitted after it, with this
#: much room to spare (in ems: the right edge is measured, not known).
FIT_EM = 0.3
_LATIN_END = set(",.;:!?)]}%'\"")
#: How a numbered heading or list item opens (一、 （一） 第一， 1. （1）).
_NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十\d]{1,3}[)）]|第[一二三四五六七八九十]{1,3}[，,、]"
                       r"|\d{1,2}[、．.](?!\d))")
#: A section head's number (一、 （一）), never a wrapped line's start after a sentence's end.
_HEAD_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])")
#: What a sentence (and so maybe a paragraph) ends with.
_SENTENCE_END = set("。！？!?…”」』）：:")
_LATIN_START = set("([{'\"")
#: A list item's bullet (LibreOffice's for the first three list levels) and the space after it.
_BULLET = re.compile(r"^[•◦▪] +(?=\S)")


@dataclass(frozen=True)
class Measure:
    """The text block of a document: body size ``em``, left and right edges, line pitch (pt), and the
    usual first-line indentation (pt from the left edge; None when paragraphs are not indented)."""

    em: float
    left: float
    right: float
    pitch: float
    indent: float | None = None
    gapped: bool = False        #: paragraphs are set apart by gaps (so a page break hides one)

    def align(self, line: Line) -> str | None:
        """Return ``"center"`` or ``"right"`` for a line set so, else None. A line of the body size
        starting where paragraphs usually start is not centred (an indented line of 24 of 28
        characters would look so). A line is centred between the text block's edges, or between the
        usual first-line indent and the right edge (a centred paragraph that keeps the page's
        first-line indent, as Word and LibreOffice set it)."""
        em = self.em
        lg, rg = line.x0 - self.left, self.right - line.x1
        if self.indent is not None and abs(lg - self.indent) <= 0.2 * em and abs(line.size - em) <= 0.1 * em:
            return None
        if _centred(lg, rg, em) or (self.indent is not None and _centred(lg - self.indent, rg, em)):
            return "center"
        if lg >= 4 * em and (rg < em or (lg >= 6 * em and lg > 2 * rg + 2 * em)):
            return "right"
        return None


def _centred(lg: float, rg: float, em: float) -> bool:
    """Return True when a line's room on the left ``lg`` and on the right ``rg`` are alike."""
    return min(lg, rg) >= 0.3 * em and abs(lg - rg) <= (em if min(lg, rg) >= em else 0.25 * em)


@dataclass
class Para:
    """The lines of one paragraph and whether a gap stood before it."""

    lines: list[Line] = field(default_factory=list)
    gap_before: bool = False
    gap_lines: float = 0.0      #: the gap's height in line pitches


def measure(lines: list[Line]) -> Measure:
    """Return the text block of ``lines`` (every page's lines, furniture left out)."""
    sizes = Counter()
    for ln in lines:
        sizes[round(ln.size * 2) / 2] += len(ln.text)
    em = sizes.most_common(1)[0][0] if sizes else 12.0
    body = [ln for ln in lines if abs(ln.size - em) <= 0.1 * em] or lines
    lefts = _frequent([round(ln.x0) for ln in body])
    left = min(lefts) if lefts else min(ln.x0 for ln in body)
    right = _right_edge(body)
    deltas = [a.y - b.y for a, b in zip(body, body[1:]) if a.page == b.page and 0.9 * em <= a.y - b.y <= 3.5 * em]
    pitch = _pitch(deltas, em)
    indents = Counter(round(ln.x0 - left) for ln in body if em <= ln.x0 - left <= 4.5 * em)
    indent = indents.most_common(1)[0] if indents else None
    pairs = [a.y - b.y for a, b in zip(body, body[1:]) if a.page == b.page]
    gaps = sum(1 for d in pairs if d > pitch + GAP_EM * em)
    return Measure(em, float(left), float(right), pitch,
                   float(indent[0]) if indent and indent[1] >= max(2, len(body) // 50) else None,
                   bool(pairs) and gaps >= 0.15 * len(pairs))


def _pitch(deltas: list[float], em: float) -> float:
    """Return the line pitch (pt, to half a point): the baseline distance most lines keep, counting
    together distances within :data:`PITCH_SPREAD` of each other (11.7 and 11.8 pt are one pitch, not
    two beaten by the 23.4 pt of lines with an empty line between them); 1.5 ems without lines."""
    if not deltas:
        return 1.5 * em
    counts = Counter(round(d, 1) for d in deltas)
    near = {v: sum(c for w, c in counts.items() if abs(w - v) <= PITCH_SPREAD * em) for v in counts}
    best = max(near, key=lambda v: (near[v], -v))
    close = sorted(d for d in deltas if abs(d - best) <= PITCH_SPREAD * em)
    return round(2 * close[len(close) // 2]) / 2


def _right_edge(body: list[Line]) -> float:
    """Return the right edge of the text block: where most full lines end (a value at least 5 % of the
    lines end at, or the 90th percentile of line ends, the larger). A line ending with a mark that may
    hang past the edge (，。、” …: LibreOffice and Word let them) counts as ending before that mark, so
    a ragged (left-aligned) text's edge is not put a character too far right."""
    ends = sorted(_flush_end(ln) for ln in body)
    return max(max(_frequent([round(x) for x in ends]), default=0.0), ends[round(0.9 * (len(ends) - 1))])


def _flush_end(line: Line) -> float:
    """Return where a line ends, less a closing mark at its end (a full-width one is an em wide)."""
    last = line.text[-1:]
    if last not in NO_LINE_START:
        return line.x1
    return line.x1 - (line.size if is_wide(last) else 0.3 * line.size)


def _frequent(values: list[float]) -> list[float]:
    """Return the values that occur on at least 5 % of the lines (and twice at least)."""
    need = max(2, len(values) // 20)
    return [v for v, n in Counter(values).items() if n >= need]


def group(lines: list[Line], m: Measure) -> list[Para]:
    """Return ``lines`` (reading order) grouped into paragraphs."""
    paras: list[Para] = []
    for line in lines:
        if not paras:
            paras.append(Para([line]))
            continue
        cur = paras[-1]
        new, gap = _starts_paragraph(cur.lines[-1], line, len(cur.lines) == 1, m)
        if new:
            paras.append(Para([line], gap, _gap_lines(cur.lines[-1], line, m) if gap else 0.0))
        else:
            cur.lines.append(line)
    return paras


def _gap_lines(prev: Line, line: Line, m: Measure) -> float:
    """Return the height of the gap between two lines on one page, in line pitches."""
    return (prev.y - line.y - m.pitch) / m.pitch


def _starts_paragraph(prev: Line, line: Line, prev_first: bool, m: Measure) -> tuple[bool, bool]:
    """Return (``line`` starts a paragraph, a gap stands before it) after the line ``prev``."""
    em = m.em
    if line.page == prev.page:
        delta = prev.y - line.y
        if delta > m.pitch * max(1.0, prev.size / em, line.size / em) + GAP_EM * em:
            return True, True
        if delta < 0.5 * min(prev.size, line.size):
            return True, False          # beside or above the line before: another block of text
    if abs(prev.size - line.size) > 0.1 * max(prev.size, line.size):
        return True, False
    before, this = m.align(prev), m.align(line)
    if before or this:
        title = _title_lines(prev, line, m)
        wrapped = this == "center" and _wrapped_centred(prev, line, prev_first, m)
        return not (title or wrapped or (this == "right" and _wrapped_right(prev, line, m))), False
    if line.x0 - m.left > 0.5 * em:
        if line.x0 > prev.x0 + 0.5 * em or (abs(line.x0 - prev.x0) <= 0.5 * em and prev_first):
            return True, False
    if prev.text[-1:] in _SENTENCE_END and m.indent is None and (
            _NUMBERED.match(line.text) or (line.page != prev.page and m.gapped)):
        return True, False              # a numbered heading after a full line; a gap hidden by a page break
    if prev.text[-1:] in "。！？!?" and m.indent is not None and _HEAD_NUMBER.match(line.text) \
            and abs(line.x0 - m.left) <= 0.5 * em and abs(prev.x0 - m.left) <= 0.5 * em + m.indent:
        return True, False              # 二、 flush left after a sentence's end, where paragraphs indent
    return m.right - prev.x1 > line.first_width + FIT_EM * em, False


def _full(line: Line, m: Measure) -> bool:
    """Return True for a line that fills the measure (less than one of its characters short)."""
    return line.x0 - m.left < 0.5 * m.em and m.right - line.x1 < 1.1 * line.size


def _title_lines(prev: Line, line: Line, m: Measure) -> bool:
    """Return True for two lines of one large title: the same large face and size, each centred or
    filling the measure."""
    return (prev.size >= TITLE_SIZE * m.em and abs(prev.size - line.size) < 0.1 and prev.font == line.font
            and all(m.align(x) == "center" or _full(x, m) for x in (prev, line)))


def _wrapped_centred(prev: Line, line: Line, prev_first: bool, m: Measure) -> bool:
    """Return True when a centred ``line`` ends a centred paragraph whose line before it filled the
    measure (a subtitle too long for one line): ``prev`` starts at the left edge, is its paragraph's first
    line, ends less than a character of its size short of the right edge and is set in the same face
    and size."""
    return (prev_first and prev.x0 - m.left < 0.5 * m.em and m.right - prev.x1 < 1.1 * prev.size
            and prev.font == line.font and abs(prev.size - line.size) < 0.1)


def _wrapped_right(prev: Line, line: Line, m: Measure) -> bool:
    """Return True when a right-aligned ``line`` ends a paragraph set to the right of an indent on the
    right (a signature line too long for one line): ``prev`` starts at the left edge, ends where
    ``line`` ends, at least a character short of the right edge, and ends no sentence (a body paragraph's
    last line may end just where the signature under it ends)."""
    return (prev.x0 - m.left < 0.5 * m.em and abs(prev.x1 - line.x1) < 0.25 * m.em
            and prev.text.rstrip()[-1:] not in _SENTENCE_END
            and m.right - line.x1 >= m.em and prev.font == line.font)


_URL_END = re.compile(r"(?:https?://|www\.|[\w-]+\.[a-z]{2,}/)[^\s\"'<>()\[\]{}]*$", re.I)


def _broken_word(line: str, full: bool) -> bool:
    """Return True when a line ends inside a word that had to be broken: a web address, or a word
    that fills the whole (``full``) line, with no space or CJK character to break at."""
    token = line.rsplit(" ", 1)[-1]
    return bool(_URL_END.search(token)) or (full and token == line and line.isascii())


def join_text(before: str, after: str, full: bool = False) -> str:
    """Return the separator between two lines of a paragraph: a space between Latin words, nothing
    between CJK text or inside a word broken at the end of a ``full`` line, and for a word hyphenated
    at the line end the hyphen taken away (returned as ``"-"`` for the caller to remove)."""
    if not before or not after:
        return ""
    a, b = before[-1], after[0]
    if a == "\u00ad":
        return "-"
    if a == "-" and len(before) > 1 and before[-2].isalpha() and before[-2].isascii() and b.islower():
        return "-"
    if (a.isascii() and (a.isalnum() or a in _LATIN_END)) and (b.isascii() and (b.isalnum() or b in _LATIN_START)):
        return "" if _broken_word(before, full) else " "
    return ""


def para_text(para: Para, m: Measure | None = None) -> tuple[str, list[int]]:
    """Return the text of ``para``'s lines joined (see :func:`join_text`; with the text block ``m``,
    a full line's word may be broken) and its character marks."""
    text: list[str] = []
    marks: list[int] = []
    for k, line in enumerate(para.lines):
        if text:
            before = para.lines[k - 1]
            sep = join_text(before.text, line.text, m is not None and m.right - before.x1 < 0.5 * m.em)
            if sep == "-":
                text.pop()
                marks.pop()
            elif sep:
                text.append(sep)
                marks.append(marks[-1] & line.marks[0])
        text.extend(line.text)
        marks.extend(line.marks)
    return "".join(text), marks


def paragraph(para: Para, m: Measure, heading: int | None = None) -> Paragraph:
    """Return the model paragraph of ``para``: its text in runs of one weight and slant, and its hints
    (``heading`` the outline level that points to it, if any). A list's bullet opening it (as
    LibreOffice draws a web page's ``<li>``) is no text, and the item's indentation is the list's: no
    indent is said (the HTML and DOCX readers read a list item alike)."""
    text, marks = para_text(para, m)
    bullet = _BULLET.match(text)
    if bullet:
        text, marks = text[bullet.end():], marks[bullet.end():]
    runs = [Run(t, bold=bool(k & BOLD), italic=bool(k & ITALIC)) for t, k in cut_runs(text, marks, BOLD | ITALIC)]
    hints = _hints(para, m, marks, text, heading)
    return Paragraph(tuple(runs), hints=replace(hints, indent=None) if bullet else hints)


def cut_runs(text: str, marks: list[int], mask: int) -> list[tuple[str, int]]:
    """Return ``text`` cut where its marks (those in ``mask``) change, as (text, marks) pairs; a space
    takes the marks before it."""
    runs: list[tuple[str, int]] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or ((marks[i] & mask) != (marks[start] & mask) and not text[i].isspace()):
            runs.append((text[start:i], marks[start] & mask))
            start = i
    return runs


def _hints(para: Para, m: Measure, marks: list[int], text: str, heading: int | None) -> Hints:
    """Return how the paragraph was set: size, bold, alignment, indentation, an empty line's gap before
    (:data:`EMPTY_LINE`)."""
    first = para.lines[0]
    aligns = [m.align(ln) for ln in para.lines]
    align = "center" if "center" in aligns else aligns[0]
    sizes = Counter()
    for ln in para.lines:
        sizes[ln.size] += len(ln.text)
    size = round(sizes.most_common(1)[0][0] / m.em, 2)
    shown = [k & BOLD for ch, k in zip(text, marks) if not ch.isspace()]
    indent = None if align else max(0, round((first.x0 - m.left) / m.em))
    return Hints(heading=heading, bold=bool(shown) and all(shown), align=align, size=size, indent=indent,
                 blank_before=para.gap_before and EMPTY_LINE[0] <= para.gap_lines <= EMPTY_LINE[1])
