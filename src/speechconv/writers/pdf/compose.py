"""Composition: the writers' role-tagged paragraphs become positioned lines on the GB/T 9704 grid.

Each paragraph from :func:`speechconv.writers.layout.flow` is measured character by character (role
face, else the fallback face, else a missing glyph that keeps its cell), broken into lines by
:mod:`.linebreak`, justified or aligned as its role says, and placed in grid slots by :mod:`.paginate`.
Nothing here draws; :mod:`.render` turns the result into PDF operators.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from ...model import Notice
from ...profile import MM, Profile, RoleStyle
from ..layout import Line
from .fonts_rl import FontSet, RLFont
from .linebreak import Break, break_lines, joined_gaps
from .paginate import Block, Slot, paginate

_CONTROLS = {ord(c): " " for c in "\r\n\t\v\f"}

#: Squeeze allowed without pulling up a mark, in cells (spread over a line's gaps, invisible); twice
#: this is allowed when it brings a line with wide Latin letters to 28 grid cells.
TOLERANCE_CELLS = 0.3


@dataclass(frozen=True)
class Style:
    """How a character is drawn: its font (None for a glyph no font has), size, bold, highlight."""

    font: RLFont | None
    size: float
    bold: bool = False
    placeholder: bool = False


@dataclass
class TextLine:
    """One line to draw: characters, their x positions and widths (pt), and a style per character."""

    text: str
    xs: list[float]
    widths: list[float]
    styles: list[Style]
    baseline: float = 0.0                   #: distance of the baseline from the page top, pt
    size: float = 16.0                      #: the paragraph's type size (highlight height)
    descent: float = -120.0                 #: the paragraph face's descent, 1/1000 em


@dataclass
class _Piece:
    """One measured stretch of a paragraph (a whole paragraph, or one title line)."""

    text: str
    widths: list[float]
    spacing: list[float]
    styles: list[Style]
    joined: list[bool]
    indent: float
    right: float


@dataclass
class Paragraph:
    """A composed paragraph: its lines, its layout line, and its pagination block."""

    source: Line
    role: RoleStyle
    pieces: list[_Piece]
    lines: list[TextLine]
    block: Block
    face: RLFont

    def loosened(self, lines: list[TextLine]) -> None:
        """Replace the lines by a version one line longer."""
        self.lines = lines
        self.block = replace(self.block, lines=len(lines))


@dataclass
class Page:
    """A composed page: its lines and the outline entries (level, title, baseline) it opens."""

    number: int
    lines: list[TextLine] = field(default_factory=list)
    outlines: list[tuple[int, str, float]] = field(default_factory=list)


class Composer:
    """Composes paragraphs for one profile and font set, collecting missing-glyph notices."""

    def __init__(self, profile: Profile, fonts: FontSet) -> None:
        self.profile = profile
        self.fonts = fonts
        page = profile.page
        self.cell = page.cell_pt
        self.measure = page.text_width_pt
        self.left = page.left_mm * MM
        self.top = page.top_mm * MM
        self.pitch = page.line_pitch_pt
        self.body_size = profile.role("body").size_pt
        self.spacing_per_pt = page.char_spacing_pt / self.body_size if self.body_size else 0.0
        self.missing: dict[str, list[str]] = {}
        self._styles: dict[tuple, Style] = {}
        self._tables: dict[tuple, dict[str, tuple[Style, float]]] = {}

    # ------------------------------------------------------------ measuring

    def _style(self, font: RLFont | None, size: float, bold: bool, placeholder: bool) -> Style:
        """Return the shared Style object for these attributes."""
        key = (id(font), size, bold, placeholder)
        st = self._styles.get(key)
        if st is None:
            st = self._styles[key] = Style(font, size, bold, placeholder)
        return st

    def _measure(self, spans: tuple, where: str) -> tuple[str, list[float], list[float], list[Style]]:
        """Return text, advances, base spacing and styles of ``spans`` (layout Spans)."""
        text: list[str] = []
        widths: list[float] = []
        spacing: list[float] = []
        styles: list[Style] = []
        for span in spans:
            rs = self.profile.role(span.role)
            bold = rs.bold or span.bold
            table = self._glyphs(rs.font, rs.size_pt, bold, span.placeholder)
            chars = span.text.translate(_CONTROLS)
            for ch in chars:
                got = table.get(ch)
                if got is None:
                    got = table[ch] = self._glyph(rs.font, rs.size_pt, bold, span.placeholder, ch)
                if got[0].font is None:
                    self.missing.setdefault(ch, []).append(where)
                styles.append(got[0])
                widths.append(got[1])
            text.append(chars)
            spacing.extend([self.spacing_per_pt * rs.size_pt] * len(chars))
        return "".join(text), widths, spacing, styles

    def _glyphs(self, face: str, size: float, bold: bool, placeholder: bool) -> dict:
        """Return the per-character cache (char -> (Style, advance)) of one kind of span."""
        return self._tables.setdefault((face, size, bold, placeholder), {})

    def _glyph(self, face: str, size: float, bold: bool, placeholder: bool,
               ch: str) -> tuple[Style, float]:
        """Return the style and advance of ``ch`` in face ``face``: its own font, the fallback, or none.

        A character no font has keeps one em so the layout does not shift.
        """
        font = self.fonts.pick(face, ch)
        if font is None:
            return self._style(None, size, bold, placeholder), size
        return self._style(font, size, bold, placeholder), font.advance(ch, size)

    # ------------------------------------------------------------ one paragraph

    def paragraph(self, line: Line) -> Paragraph:
        """Return ``line`` composed into text lines (x positions set, baselines not yet)."""
        rs = self.profile.role(line.role)
        where = f"speech {line.speech + 1}, {line.role}: {_snippet(line.text)}"
        groups = [(s,) for s in line.spans] if line.hard_breaks else [line.spans]
        face = self.fonts.font(rs.font)
        pieces: list[_Piece] = []
        out: list[TextLine] = []
        for k, spans in enumerate(groups):
            text, widths, spacing, styles = self._measure(spans, where)
            piece = _Piece(text, widths, spacing, styles, joined_gaps(text),
                           rs.indent_chars * self.cell if k == 0 else 0.0,
                           rs.right_indent_chars * self.cell)
            pieces.append(piece)
            brs = self._break(piece, [self.measure - piece.right])
            out.extend(self._lines(piece, brs, rs, face))
        block = Block(lines=len(out), space_before=round(rs.space_before_lines),
                      space_after=round(rs.space_after_lines + line.space_after_lines),
                      page_break_before=line.page_break_before, keep_with_next=line.keep_with_next)
        return Paragraph(line, rs, pieces, out, block, face)

    def _break(self, piece: _Piece, measures: list[float], squeeze: bool = True) -> list[Break]:
        """Return the line breaks of ``piece`` for the given line measures (first line indented).

        With ``squeeze`` False no closing mark is pulled up (characters are pushed down instead).
        """
        measures = list(measures) if len(measures) > 1 else [measures[0]] * 2
        measures[0] -= piece.indent
        return break_lines(piece.text, piece.widths, piece.spacing, measures, cell=self.cell,
                           tolerance=TOLERANCE_CELLS * self.cell, pull_marks=squeeze)

    def _lines(self, piece: _Piece, breaks: list[Break], rs: RoleStyle, face: RLFont) -> list[TextLine]:
        """Return the positioned lines of ``piece`` broken at ``breaks``."""
        out = []
        for n, br in enumerate(breaks):
            ind = piece.indent if n == 0 else 0.0
            out.append(self._place(br, piece, rs, ind, self.measure - ind - piece.right, face))
        return out

    def loose(self, para: Paragraph, max_cost: int = 3) -> tuple[int, list[TextLine]] | None:
        """Return (cost, lines): ``para`` broken into one more line, or None when it cannot be.

        The cost is the number of lines that hold one character fewer than they could; the cheapest
        version is returned. Only justified, single-piece paragraphs of two or more lines qualify.
        """
        if para.role.align != "justify" or len(para.pieces) != 1 or len(para.lines) < 2:
            return None
        piece = para.pieces[0]
        m = len(para.lines)
        full = self.measure - piece.right
        for cost in range(1, min(max_cost, m) + 1):
            measures = [full] * (m + 1)
            for k in range(m - cost, m):
                measures[k] = full - self.cell
            brs = self._break(piece, measures, squeeze=False)
            if len(brs) == m + 1 and not any(b.kind == "force" for b in brs):
                return cost, self._lines(piece, brs, para.role, para.face)
        return None

    def _place(self, br: Break, piece: _Piece, rs: RoleStyle, indent: float, avail: float,
               face: RLFont) -> TextLine:
        """Return one broken line with its characters' x positions (justified or aligned)."""
        s, e = br.start, br.end
        natural = br.natural
        text, widths, spacing, joined = piece.text, piece.widths, piece.spacing, piece.joined
        extra = 0.0
        x0 = self.left + indent
        stretch = [not joined[i] for i in range(s, e - 1)]
        if (rs.align == "justify" and not br.last) or natural > avail + 1e-6:
            n = sum(stretch)
            if n:
                extra = (avail - natural) / n
        elif rs.align == "center":
            x0 += (avail - natural) / 2
        elif rs.align == "right":
            x0 += avail - natural
        xs: list[float] = []
        x = x0
        for i in range(s, e):
            xs.append(x)
            x += widths[i] + spacing[i]
            if i - s < len(stretch) and stretch[i - s]:
                x += extra
        return TextLine(text[s:e], xs, widths[s:e], piece.styles[s:e], size=rs.size_pt,
                        descent=face.descent)

    # ------------------------------------------------------------ the document

    def pages(self, lines: list[Line]) -> list[Page]:
        """Return the composed pages of ``lines``, baselines set, outline entries attached."""
        paras = [self.paragraph(ln) for ln in lines]
        slots = self._paginate(paras)
        pages: list[Page] = []
        for para, placed in zip(paras, slots):
            for k, (tl, slot) in enumerate(zip(para.lines, placed)):
                while len(pages) <= slot.page:
                    pages.append(Page(number=len(pages) + 1))
                tl.baseline = self.baseline(slot.slot, tl.size, tl.descent)
                pages[slot.page].lines.append(tl)
                if k == 0 and para.source.outline is not None:
                    pages[slot.page].outlines.append(
                        (para.source.outline, _outline_text(para.source), tl.baseline - tl.size))
        return pages or [Page(number=1)]

    def _paginate(self, paras: list[Paragraph]) -> list[list[Slot]]:
        """Return the slots of every paragraph's lines, keeping pages full around moved headings.

        When a keep-with-next chain (heading, title block) is moved to the next page and leaves ``gap``
        empty slots, ``gap`` paragraphs earlier on that page are each set one line longer (the
        cheapest looser breaks), so the chain starts the next page and this page stays full.
        """
        per_page = self.profile.page.lines_per_page
        tried: set[int] = set()
        loosened: set[int] = set()
        looser: dict[int, tuple[int, list[TextLine]] | None] = {}
        while True:
            result = paginate([p.block for p in paras], per_page)
            for strand in result.strands:
                if strand.block in tried:
                    continue
                tried.add(strand.block)
                options = []
                for k in range(strand.block - 1, -1, -1):      # paragraphs ending on that page
                    placed = result.slots[k]
                    if placed and placed[-1].page < strand.page:
                        break
                    if not placed or k in loosened:
                        continue
                    if k not in looser:
                        looser[k] = self.loose(paras[k])
                    got = looser[k]
                    if got is not None:
                        options.append((got[0], -k, got[1]))
                if len(options) >= strand.gap:
                    for _cost, negk, lines in sorted(options, key=lambda o: (o[0], o[1]))[:strand.gap]:
                        paras[-negk].loosened(lines)
                        loosened.add(-negk)
                    break
            else:
                return result.slots

    def baseline(self, slot: int, size: float, descent: float) -> float:
        """Return the baseline (pt from the page top) of a line of ``size`` in grid slot ``slot``.

        The glyph's em box (descent to descent + size) is centred in the slot.
        """
        return self.top + slot * self.pitch + (self.pitch - size) / 2 + size * (1 + descent / 1000)

    def page_number(self, number: int) -> TextLine:
        """Return the page-number line of page ``number`` (1-based), placed per the profile."""
        pn = self.profile.page_number
        rs = self.profile.role(pn.role)
        text = pn.template.format(n=number)
        face = self.fonts.font(rs.font)
        widths, styles, xs = [], [], []
        for ch in text:
            font = self.fonts.pick(rs.font, ch)
            if font is None:
                self.missing.setdefault(ch, []).append("page number")
            widths.append(font.advance(ch, rs.size_pt) if font else rs.size_pt)
            styles.append(self._style(font, rs.size_pt, rs.bold, False))
        total = sum(widths)
        gap = pn.gap_chars * self.body_size
        right = self.left + self.measure
        align = ("right" if number % 2 else "left") if pn.outer else rs.align
        if align == "right":
            x = right - gap - total
        elif align == "left":
            x = self.left + gap
        else:
            x = self.left + (self.measure - total) / 2
        for w in widths:
            xs.append(x)
            x += w
        page = self.profile.page
        box_top = (page.height_mm - page.bottom_mm + pn.below_mm) * MM
        baseline = box_top + rs.size_pt * (1 + face.descent / 1000)
        return TextLine(text, xs, widths, styles, baseline, rs.size_pt, face.descent)

    def notices(self) -> list[Notice]:
        """Return one missing-glyph notice per character no font has."""
        out = []
        for ch, wheres in self.missing.items():
            more = f" (and {len(wheres) - 1} more)" if len(wheres) > 1 else ""
            out.append(Notice("missing-glyph", f"{ch} (U+{ord(ch):04X}) in {wheres[0]}{more}",
                              "no PDF font has this character, so its place is left blank; replace it "
                              "or add a font that has it to the profile"))
        return out


def _snippet(text: str, n: int = 16) -> str:
    """Return the first ``n`` characters of ``text``, with … when cut."""
    text = text.strip()
    return text if len(text) <= n else text[:n] + "…"


def _outline_text(line: Line) -> str:
    """Return the bookmark title of a paragraph: the whole title, or the heading's own text."""
    if line.role == "title":
        return line.text
    heads = [s.text for s in line.spans if s.role.startswith("heading")]
    return "".join(heads) or line.text
