"""Composing paragraphs: each role-tagged paragraph becomes lines set across the GB/T 9704 measure.

Each paragraph from :func:`speechconv.writers.flow.flow` is measured character by character through the
font set's caches (role face, else the fallback face, else a missing glyph that keeps its cell), broken
into lines by :mod:`.linebreak` (retouched by :mod:`.exact` when that left a line short), and justified
or aligned as its role says. :meth:`Composer.reline` sets a paragraph a line looser or tighter for the
page filling of :mod:`.fill`; :mod:`.assemble` puts the lines on pages. Nothing here draws.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import accumulate

from ...model import Notice
from ...profile import MM, Profile, RoleStyle
from ..flow import FlowPara
from .atoms import Break, joined_gaps
from .exact import EXACT_LINES, improve, reline
from .fontload import RLFont
from .fontset import FontSet
from .linebreak import break_lines
from .pages import GlyphStyle
from .paginate import ParaShape

_CONTROLS = {ord(c): " " for c in "\r\n\t\v\f"}

#: Squeeze allowed without pulling up a mark, in cells (spread over a line's gaps, invisible); twice
#: this is allowed when it brings a line with wide Latin letters to 28 grid cells.
TOLERANCE_CELLS = 0.3


@dataclass
class DraftLine:
    """A line set across the measure but not yet on a page: characters, their x positions and advances
    (pt), a style per character, the paragraph's size and face descent, and whether every gap is
    stretched alike (no word or pair inside)."""

    text: str
    xs: list[float]
    widths: list[float]
    styles: list[GlyphStyle]
    size: float = 16.0
    descent: float = -120.0
    uniform: bool = False


@dataclass
class _Piece:
    """One measured stretch of a paragraph (a whole paragraph, or one title line)."""

    text: str
    widths: list[float]
    spacing: list[float]
    styles: list[GlyphStyle]
    joined: list[bool]
    indent: float
    right: float


@dataclass
class ComposedPara:
    """A composed paragraph: its flow paragraph, its lines, and its shape for pagination."""

    source: FlowPara
    role: RoleStyle
    pieces: list[_Piece]
    lines: list[DraftLine]
    shape: ParaShape
    face: RLFont
    missing: bool = False                   #: some character has no font

    def relined(self, lines: list[DraftLine]) -> None:
        """Replace the lines by a version a line longer or shorter."""
        self.lines = lines
        self.shape = replace(self.shape, lines=len(lines))


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
        #: character no font has -> where it stands (filled by :mod:`.assemble`, page by page)
        self.missing: dict[str, list[str]] = {}
        #: roles the document names and the profile lacks (set as body text)
        self.unknown_roles: dict[str, None] = {}

    def _role(self, name: str) -> RoleStyle:
        """Return the style of a document's role ``name``; the body's (noted for a warning) when the
        profile has no such role, as a JSON model may name any role."""
        rs = self.profile.roles.get(name)
        if rs is None:
            self.unknown_roles[name] = None
            return self.profile.role("body")
        return rs

    # ------------------------------------------------------------ measuring

    def _measure(self, spans: tuple) -> tuple[str, list[float], list[float], list[GlyphStyle]]:
        """Return text, advances, base spacing and styles of ``spans`` (flow Spans)."""
        text: list[str] = []
        widths: list[float] = []
        spacing: list[float] = []
        styles: list[GlyphStyle] = []
        fonts = self.fonts
        for span in spans:
            rs = self._role(span.role)
            kind = (rs.font, rs.size_pt, rs.bold or span.bold, span.placeholder, span.italic)
            table = fonts.glyphs(kind)
            chars = span.text.translate(_CONTROLS)
            for ch in chars:
                got = table.get(ch)
                if got is None:
                    got = table[ch] = fonts.glyph(kind, ch)
                styles.append(got[0])
                widths.append(got[1])
            text.append(chars)
            spacing.extend([self.spacing_per_pt * rs.size_pt] * len(chars))
        return "".join(text), widths, spacing, styles

    # ------------------------------------------------------------ one paragraph

    def paragraph(self, para: FlowPara) -> ComposedPara:
        """Return ``para`` composed into draft lines (x positions set, not yet on a page)."""
        rs = self._role(para.role)
        groups = [(s,) for s in para.spans] if para.hard_breaks else [para.spans]
        face = self.fonts.font(rs.font)
        pieces: list[_Piece] = []
        out: list[DraftLine] = []
        for k, spans in enumerate(groups):
            text, widths, spacing, styles = self._measure(spans)
            piece = _Piece(text, widths, spacing, styles, joined_gaps(text),
                           rs.indent_chars * self.cell if k == 0 else 0.0,
                           rs.right_indent_chars * self.cell)
            pieces.append(piece)
            brs = self._break(piece, rs)
            out.extend(self._lines(piece, brs, rs, face))
        shape = ParaShape(lines=len(out), space_before=round(rs.space_before_lines),
                          space_after=round(rs.space_after_lines + para.space_after_lines),
                          page_break_before=para.page_break_before, keep_with_next=para.keep_with_next)
        no_font = self.fonts.no_font
        missing = any(not no_font.isdisjoint(p.styles) for p in pieces) if no_font else False
        return ComposedPara(para, rs, pieces, out, shape, face, missing)

    def _measures(self, piece: _Piece) -> list[float]:
        """Return the line measures of ``piece``: the first line's (indented), then the others'."""
        full = self.measure - piece.right
        return [full - piece.indent, full]

    def _break(self, piece: _Piece, rs: RoleStyle) -> list[Break]:
        """Return the line breaks of ``piece``: greedy, retouched when that leaves a line short.

        Greedy filling pulls a closing mark up or pushes characters down line by line; when that
        leaves a justified line short for no 避头尾 reason (or two cells short), the paragraph is
        broken again into as many lines at the least cost (:func:`.exact.improve`: as a whole, or
        window by window when it is long).
        """
        measures = self._measures(piece)
        tol = TOLERANCE_CELLS * self.cell
        brs = break_lines(piece.text, piece.widths, piece.spacing, measures, cell=self.cell,
                          tolerance=tol)
        if rs.align != "justify" or len(brs) < 2:
            return brs
        return improve(piece.text, piece.widths, piece.spacing, measures, brs, self.cell, tol)

    def _lines(self, piece: _Piece, breaks: list[Break], rs: RoleStyle, face: RLFont) -> list[DraftLine]:
        """Return the positioned lines of ``piece`` broken at ``breaks``."""
        out = []
        for n, br in enumerate(breaks):
            ind = piece.indent if n == 0 else 0.0
            out.append(self._place(br, piece, rs, ind, self.measure - ind - piece.right, face))
        return out

    def reline(self, para: ComposedPara, delta: int,
               max_short: float = 2.0) -> tuple[float, list[DraftLine]] | None:
        """Return (cost, lines): ``para`` broken into ``delta`` more lines at the least cost, or None.

        ``delta`` is +1 (looser) or -1 (tighter). The cost is :func:`.exact.break_exact`'s: about
        one per line left a character short, less where 避头尾 explains it, little for a closing mark
        pulled up. Only justified, single-piece paragraphs qualify; None also when no break with at
        most ``max_short`` cells missing from a line exists.
        """
        if para.role.align != "justify" or len(para.pieces) != 1:
            return None
        count = len(para.lines) + delta
        if count < 1:
            return None
        piece = para.pieces[0]
        now = len(para.lines)
        got = reline(piece.text, piece.widths, piece.spacing, self._measures(piece), now, delta, self.cell,
                     TOLERANCE_CELLS * self.cell, max_short,
                     breaks=self._break(piece, para.role) if now > EXACT_LINES else None)
        if got is None:
            return None
        return got[0], self._lines(piece, got[1], para.role, para.face)

    def _place(self, br: Break, piece: _Piece, rs: RoleStyle, indent: float, avail: float,
               face: RLFont) -> DraftLine:
        """Return one broken line with its characters' x positions (justified or aligned)."""
        s, e = br.start, br.end
        natural = br.natural
        text, widths, spacing, joined = piece.text, piece.widths, piece.spacing, piece.joined
        extra = 0.0
        x0 = self.left + indent
        stretch = [not j for j in joined[s:e - 1]]
        uniform = all(stretch)
        if (rs.align == "justify" and not br.last) or natural > avail + 1e-6:
            n = len(stretch) if uniform else sum(stretch)
            if n:
                extra = (avail - natural) / n
        elif rs.align == "center":
            x0 += (avail - natural) / 2
        elif rs.align == "right":
            x0 += avail - natural
        ws, sps = widths[s:e], spacing[s:e]
        if uniform:
            steps = [w + sp + extra for w, sp in zip(ws, sps[:-1])]
        else:
            steps = [w + sp + (extra if st else 0.0) for w, sp, st in zip(ws, sps, stretch)]
        xs = list(accumulate(steps, initial=x0)) if e > s else []
        return DraftLine(text[s:e], xs, ws, piece.styles[s:e], size=rs.size_pt, descent=face.descent,
                         uniform=uniform)

    def baseline(self, slot: int, size: float, descent: float) -> float:
        """Return the baseline (pt from the page top) of a line of ``size`` in grid slot ``slot``.

        The glyph's em box (descent to descent + size) is centred in the slot.
        """
        return self.top + slot * self.pitch + (self.pitch - size) / 2 + size * (1 + descent / 1000)

    def notices(self) -> list[Notice]:
        """Return a ``pdf-unknown-role`` notice per role the profile lacks (set as body text), then one
        ``missing-glyph`` notice per character no font has, saying where it first is.

        The place is the PDF page, the printed line on it and the character in that line, with the
        speech, role and opening words of the paragraph: ``𠀀 (U+20000) on page 1, line 3,
        character 2 (speech 1, body: 甲𠀀乙) and 2 more places``.
        """
        out = [Notice("pdf-unknown-role", name, f"the profile has no role {name!r}, so its text is set as "
                                                 f"body text; add [roles.{name}] to the profile to style it")
               for name in self.unknown_roles]
        for ch, wheres in self.missing.items():
            more = f" and {len(wheres) - 1} more places" if len(wheres) > 1 else ""
            out.append(Notice("missing-glyph", f"{ch} (U+{ord(ch):04X}) {wheres[0]}{more}",
                              "no PDF font has this character, so its place is left blank; replace it "
                              "or add a font that has it to the profile"))
        return out
