"""Composition: the writers' role-tagged paragraphs become positioned lines on the GB/T 9704 grid.

Each paragraph from :func:`speechconv.writers.flow.flow` is measured character by character (role
face, else the fallback face, else a missing glyph that keeps its cell), broken into lines by
:mod:`.linebreak`, justified or aligned as its role says, and placed in grid slots by :mod:`.paginate`.
Where a heading or title block must move to the next page, the page it leaves is kept full by setting
paragraphs a line looser or tighter, or by a blank line more after a title block (:meth:`Composer._plan`).
The result is a :class:`~.pages.Composition` of plain data (:mod:`.pages`); nothing here draws.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import accumulate

from ...model import Notice
from ...profile import MM, Profile, RoleStyle
from ..flow import FlowPara
from .fontload import FontSet, RLFont
from .linebreak import SHORT_COST, Break, break_exact, break_lines, breaks_cost, joined_gaps
from .pages import Composition, GlyphRun, GlyphStyle, Highlight, OutlineEntry, Page, TextLine
from .paginate import ParaShape, Slot, Strand, paginate

_CONTROLS = {ord(c): " " for c in "\r\n\t\v\f"}

#: Squeeze allowed without pulling up a mark, in cells (spread over a line's gaps, invisible); twice
#: this is allowed when it brings a line with wide Latin letters to 28 grid cells.
TOLERANCE_CELLS = 0.3
#: Cost of one more blank grid line after a title block, to fill a page a moved heading left short
#: (between a looser paragraph with one short line and one with two).
TITLE_SLACK_COST = 1.5
#: At most this many blank grid lines are added after a title block.
TITLE_SLACK_LINES = 2
#: A paragraph is set looser or tighter to keep a page full only up to this cost (about eight lines a
#: character short, or five two short); beyond it the page is left short. On random documents with
#: many headings 8 left the fewest documents failing layoutcheck's 90 % rules (short pages against
#: lines off the 28-character grid); 5 left twice as many short pages, 10 and more only added lines.
MAX_RELINE_COST = 8.0


_GLYPHS: dict[tuple, dict[str, tuple[GlyphStyle, float]]] = {}
_STYLES: dict[tuple, GlyphStyle] = {}
_NO_FONT: set[GlyphStyle] = set()            #: the styles of characters no font has


def _style(font: RLFont | None, size: float, bold: bool, placeholder: bool, italic: bool,
           fallback: bool) -> GlyphStyle:
    """Return the shared GlyphStyle of these attributes (one object each, so runs compare by identity)."""
    file = font.file if font is not None else None
    key = (file, size, bold, placeholder, italic, fallback)
    st = _STYLES.get(key)
    if st is None:
        st = _STYLES.setdefault(key, GlyphStyle(file, size, bold, placeholder, italic, fallback))
        if font is None:
            _NO_FONT.add(st)
    return st


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
        self.missing: dict[str, list[str]] = {}
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
        """Return text, advances, base spacing and styles of ``spans`` (layout Spans)."""
        text: list[str] = []
        widths: list[float] = []
        spacing: list[float] = []
        styles: list[GlyphStyle] = []
        for span in spans:
            rs = self._role(span.role)
            kind = (rs.font, rs.size_pt, rs.bold or span.bold, span.placeholder, span.italic)
            table = self._glyphs(kind)
            chars = span.text.translate(_CONTROLS)
            for ch in chars:
                got = table.get(ch)
                if got is None:
                    got = table[ch] = self._glyph(kind, ch)
                styles.append(got[0])
                widths.append(got[1])
            text.append(chars)
            spacing.extend([self.spacing_per_pt * rs.size_pt] * len(chars))
        return "".join(text), widths, spacing, styles

    def _glyphs(self, kind: tuple) -> dict[str, tuple[GlyphStyle, float]]:
        """Return the char -> (GlyphStyle, advance) cache of one kind of span (face, size, marks).

        The caches live as long as the process and are shared by every document whose profile
        draws that face from the same font files, so a batch measures each character once.
        """
        key = (id(self.fonts.font(kind[0])), self.fonts.fallback_id, *kind[1:])
        table = _GLYPHS.get(key)
        if table is None:
            table = _GLYPHS.setdefault(key, {})
        return table

    def _glyph(self, kind: tuple, ch: str) -> tuple[GlyphStyle, float]:
        """Return the style and advance of ``ch`` in a span of ``kind``: its own font, the fallback,
        or None for a character no font has (it keeps one em so the layout does not shift)."""
        face, size, bold, placeholder, italic = kind
        font = self.fonts.pick(face, ch)
        fallback = font is not None and font is not self.fonts.font(face)
        style = _style(font, size, bold, placeholder, italic, fallback)
        return style, (font.advance(ch, size) if font is not None else size)

    # ------------------------------------------------------------ one paragraph

    def paragraph(self, line: FlowPara) -> ComposedPara:
        """Return ``line`` composed into text lines (x positions set, baselines not yet)."""
        rs = self._role(line.role)
        groups = [(s,) for s in line.spans] if line.hard_breaks else [line.spans]
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
                      space_after=round(rs.space_after_lines + line.space_after_lines),
                      page_break_before=line.page_break_before, keep_with_next=line.keep_with_next)
        missing = any(not _NO_FONT.isdisjoint(p.styles) for p in pieces) if _NO_FONT else False
        return ComposedPara(line, rs, pieces, out, shape, face, missing)

    def _measures(self, piece: _Piece) -> list[float]:
        """Return the line measures of ``piece``: the first line's (indented), then the others'."""
        full = self.measure - piece.right
        return [full - piece.indent, full]

    def _break(self, piece: _Piece, rs: RoleStyle) -> list[Break]:
        """Return the line breaks of ``piece``: greedy, retouched when that leaves a line short.

        Greedy filling pulls a closing mark up or pushes characters down line by line; when that
        leaves a justified line short for no 避头尾 reason (or two cells short), the paragraph is
        broken again into as many lines at the least cost (:func:`.linebreak.break_exact`).
        """
        measures = self._measures(piece)
        tol = TOLERANCE_CELLS * self.cell
        brs = break_lines(piece.text, piece.widths, piece.spacing, measures, cell=self.cell,
                          tolerance=tol)
        if rs.align != "justify" or len(brs) < 2:
            return brs
        cost = breaks_cost(piece.text, piece.widths, piece.spacing, brs, measures, self.cell, tol)
        if cost >= SHORT_COST:
            better = break_exact(piece.text, piece.widths, piece.spacing, measures, len(brs),
                                 self.cell, tol)
            if better is not None and better[0] < cost - 1e-9:
                return better[1]
        return brs

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

        ``delta`` is +1 (looser) or -1 (tighter). The cost is :func:`.linebreak.break_exact`'s: about
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
        got = break_exact(piece.text, piece.widths, piece.spacing, self._measures(piece), count,
                          self.cell, TOLERANCE_CELLS * self.cell, max_short)
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

    # ------------------------------------------------------------ the document

    def compose(self, flow: list[FlowPara]) -> Composition:
        """Return the composed pages of ``flow``: baselines set, outline entries and page numbers
        attached, with the notices raised (missing glyphs first in the body, then in page numbers)."""
        paras = [self.paragraph(fp) for fp in flow]
        slots = self._paginate(paras)
        bodies: list[list[TextLine]] = []
        outlines: list[list[OutlineEntry]] = []
        for para, placed in zip(paras, slots):
            for k, (draft, slot) in enumerate(zip(para.lines, placed)):
                while len(bodies) <= slot.page:
                    bodies.append([])
                    outlines.append([])
                line = _finish(draft, self.baseline(slot.slot, draft.size, draft.descent))
                bodies[slot.page].append(line)
                if para.missing:
                    self._note_missing(draft, slot.page + 1, len(bodies[slot.page]), para.source)
                if k == 0 and para.source.outline is not None:
                    outlines[slot.page].append(OutlineEntry(para.source.outline, _outline_text(para.source),
                                                            line.baseline - line.size))
        if not bodies:
            bodies, outlines = [[]], [[]]
        pages = tuple(Page(n, tuple(lines), self.page_number(n), tuple(entries))
                      for n, (lines, entries) in enumerate(zip(bodies, outlines), start=1))
        page = self.profile.page
        return Composition(page.width_mm * MM, page.height_mm * MM, pages, tuple(self.notices()))

    def _note_missing(self, draft: DraftLine, page: int, row: int, source: FlowPara) -> None:
        """Record where ``draft``, line ``row`` of page ``page``, has characters no font has."""
        for col, st in enumerate(draft.styles, start=1):
            if st.font is None:
                self.missing.setdefault(draft.text[col - 1], []).append(
                    f"on page {page}, line {row}, character {col} (speech "
                    f"{source.speech + 1}, {source.role}: {_snippet(source.text)})")

    def _paginate(self, paras: list[ComposedPara]) -> list[list[Slot]]:
        """Return the slots of every paragraph's lines, keeping pages full around moved headings.

        When a keep-with-next chain (heading, title block) would not fit with the line after it, it
        moves to the next page and leaves ``gap`` slots empty. The page is then kept full the
        cheapest way a typesetter would (:meth:`_plan`): paragraphs on it are set one line looser,
        the blank space after a title block on it grows, or paragraphs are set one line tighter so
        that the chain stays. When nothing is cheap enough the page stays short: a heading is never
        left alone at the foot of a page.
        """
        per_page = self.profile.page.lines_per_page
        tried: set[tuple[int, int]] = set()
        used: set[int] = set()
        cache: dict[tuple[int, int], tuple[float, list[DraftLine]] | None] = {}
        while True:
            result = paginate([p.shape for p in paras], per_page)
            strand = next((st for st in result.strands if (st.first, st.page) not in tried), None)
            if strand is None:
                return result.slots
            tried.add((strand.first, strand.page))
            for k, lines in self._plan(paras, result.slots, strand, cache, used):
                if lines is None:
                    paras[k].shape = replace(paras[k].shape, space_after=paras[k].shape.space_after + 1)
                else:
                    paras[k].relined(lines)
                    used.add(k)

    @staticmethod
    def _fillers(paras: list[ComposedPara], slots: list[list[Slot]], strand: Strand) -> list[int]:
        """Return the paragraphs whose change moves lines onto the page ``strand`` left short.

        They are the paragraphs before the moved chain ending on that page, and those ending on the
        page before it after its last keep-with-next chain (a line more there flows onto the page);
        nothing before a new speech's page break.
        """
        out: list[int] = []
        for k in range(strand.first - 1, -1, -1):
            placed = slots[k]
            shape = paras[k].shape
            page = placed[-1].page if placed else strand.page
            if page < strand.page - 1 or (page < strand.page and shape.keep_with_next):
                break
            out.append(k)
            if shape.page_break_before:
                break
        return out

    def _plan(self, paras: list[ComposedPara], slots: list[list[Slot]], strand: Strand,
              cache: dict, used: set[int]) -> list[tuple[int, list[DraftLine] | None]]:
        """Return the cheapest changes that keep the page ``strand`` left short full, or [].

        A change is (paragraph index, its new lines), or (index, None) for one more blank line after
        the title block that ends at that paragraph. Either ``gap`` lines are added to the page
        (looser paragraphs, :data:`TITLE_SLACK_COST` per blank line) or ``need - gap`` lines are taken
        from it (tighter paragraphs) so that the chain stays. Each paragraph changes at most once
        (``used``) and at most :data:`MAX_RELINE_COST`; ``cache`` keeps :meth:`reline` results.
        """
        grow: list[tuple[float, int, int, list[DraftLine] | None]] = []
        shrink: list[tuple[float, int, int, list[DraftLine] | None]] = []
        for k in self._fillers(paras, slots, strand):
            para = paras[k]
            if para.source.space_after_lines > 0:           # the end of a title block
                extra = para.shape.space_after - round(para.role.space_after_lines
                                                       + para.source.space_after_lines)
                for n in range(max(0, TITLE_SLACK_LINES - extra)):
                    grow.append((TITLE_SLACK_COST + 0.01 * n, -k, k, None))
            if k in used:
                continue
            for delta, options in ((1, grow), (-1, shrink)):
                if (k, delta) not in cache:
                    cache[(k, delta)] = self.reline(para, delta)
                got = cache[(k, delta)]
                if got is not None and got[0] <= MAX_RELINE_COST:
                    options.append((got[0], -k, k, got[1]))
        plans = []
        if len(grow) >= strand.gap:
            plans.append(sorted(grow, key=lambda o: o[:2])[:strand.gap])
        take = strand.need - strand.gap
        if 0 < take <= len(shrink):
            plans.append(sorted(shrink, key=lambda o: o[:2])[:take])
        if not plans:
            return []
        best = min(plans, key=lambda plan: sum(o[0] for o in plan))
        return [(o[2], o[3]) for o in best]

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
                self.missing.setdefault(ch, []).append(f"in the page number of page {number}")
            widths.append(font.advance(ch, rs.size_pt) if font else rs.size_pt)
            fallback = font is not None and font is not face
            styles.append(_style(font, rs.size_pt, rs.bold, False, False, fallback))
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
        return _finish(DraftLine(text, xs, widths, styles, rs.size_pt, face.descent), baseline)

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


def _snippet(text: str, n: int = 16) -> str:
    """Return the first ``n`` characters of ``text``, with … when cut."""
    text = text.strip()
    return text if len(text) <= n else text[:n] + "…"


def _outline_text(line: FlowPara) -> str:
    """Return the bookmark title of a paragraph: the whole title, or the heading's own text."""
    if line.role == "title":
        return line.text
    heads = [s.text for s in line.spans if s.role.startswith("heading")]
    return "".join(heads) or line.text


def _finish(draft: DraftLine, baseline: float) -> TextLine:
    """Return ``draft`` placed at ``baseline`` (pt from the page top): its runs of one style and the
    highlights behind its placeholder characters."""
    styles = draft.styles
    runs: list[GlyphRun] = []
    start = 0
    for k in range(1, len(styles) + 1):
        if k == len(styles) or styles[k] is not styles[start]:
            runs.append(GlyphRun(start, k, styles[start]))
            start = k
    return TextLine(draft.text, tuple(draft.xs), tuple(draft.widths), tuple(runs), baseline, draft.size,
                    draft.descent, draft.uniform, _highlights(draft, baseline))


def _highlights(draft: DraftLine, baseline: float) -> tuple[Highlight, ...]:
    """Return a rectangle over the em box of each stretch of placeholder characters of ``draft``."""
    styles = draft.styles
    n = len(styles)
    out: list[Highlight] = []
    bottom = baseline - draft.size * draft.descent / 1000
    i = 0
    while i < n:
        if not styles[i].placeholder:
            i += 1
            continue
        j = i
        while j + 1 < n and styles[j + 1].placeholder:
            j += 1
        x0, x1 = draft.xs[i], draft.xs[j] + draft.widths[j]
        out.append(Highlight(x0, bottom - draft.size, x1 - x0, draft.size))
        i = j + 1
    return tuple(out)
