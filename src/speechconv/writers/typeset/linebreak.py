"""Line breaking on measured characters, with the Chinese line-start/end rules (避头尾).

Pure Python, no reportlab: the caller measures every character (advance width and the base spacing
after it, in pt) and this module decides where lines end. Units of breaking ("atoms") are one CJK
character, one run of half-width characters (a number such as ``12.5%`` or a Latin word, never split
unless it is wider than a whole line), one space, or a run of ``——`` / ``……`` (kept together).

Lines are filled to the character grid: a half-width character counts half a cell, as GB/T 9704
counts characters, so a line of Chinese with a few Latin letters still holds 28 cells. A line that
would start with a closing mark first tries to pull that mark (or a ``……`` pair) up, one cell past
the measure; otherwise characters are pushed down to the next line. A line wider than its measure is
squeezed to it when drawn, a shorter one stretched: no line ever runs into the margin.

:func:`break_lines` fills lines greedily. :func:`break_exact` sets a text in an exact number of lines
at the least cost (dynamic programming over line starts): the writer uses it when greedy filling left
a line short for no 避头尾 reason, and to set a paragraph a line looser or tighter so that a page stays
full. :func:`breaks_cost` prices greedy lines the same way.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple, Sequence

#: Characters no line may start with (GB/T 9704 避头尾, plus half-width closers).
NO_START = frozenset("，。、；：？！）》」』”’…%％】〕〉］｝〗〙" + ",.;:!?)]}")
#: Characters no line may end with.
NO_END = frozenset("（《「『“‘【〔〈［｛〖〘" + "([{")
#: Full-width marks set in pairs (——, ……) that must not be split or stretched apart.
PAIRED = frozenset("—…")

CJK, WORD, SPACE, PAIR = "cjk", "word", "space", "pair"


class Atom(NamedTuple):
    """An unbreakable unit: characters ``text[start:end]`` of ``kind`` cjk, word, space or pair."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Break:
    """One output line: characters ``start``..``end`` (exclusive, outer spaces dropped).

    ``natural`` is the width at base spacing; ``kind`` says how the line end was chosen: ``fit``,
    ``squeeze`` (a closing mark pulled up, natural wider than the measure), ``push`` (characters pushed
    down), ``force`` (no allowed break point: the rules were broken rather than the margin) or ``last``.
    """

    start: int
    end: int
    natural: float
    kind: str

    @property
    def last(self) -> bool:
        """Return True for the paragraph's last line."""
        return self.kind == "last"


def is_half_width(ch: str) -> bool:
    """Return True for a half-width, non-space character (digits, Latin letters, ASCII marks)."""
    return _kind(ch) == WORD


_KINDS: dict[str, str] = {}


def _kind(ch: str) -> str:
    """Return the atom kind a character starts: space, word (half-width) or cjk (cached)."""
    kind = _KINDS.get(ch)
    if kind is None:
        if ch.isspace() and ch != "\u3000":
            kind = SPACE
        elif unicodedata.east_asian_width(ch) in ("Na", "H", "N"):
            kind = WORD
        else:
            kind = CJK
        if len(_KINDS) < 65536:
            _KINDS[ch] = kind
    return kind


def grid_cells(ch: str) -> float:
    """Return the grid cells ``ch`` nominally takes: 1 for CJK and full-width, 0.5 otherwise."""
    return 1.0 if _kind(ch) == CJK else 0.5


def split_atoms(text: str) -> list[Atom]:
    """Return ``text`` cut into atoms, in order, covering every character."""
    return list(_atoms(text))


@lru_cache(maxsize=512)
def _atoms(text: str) -> tuple[Atom, ...]:
    """Return the atoms of ``text`` (cached: a paragraph is broken more than once)."""
    atoms: list[Atom] = []
    add = atoms.append
    get = _KINDS.get
    kinds = [get(ch) or _kind(ch) for ch in text]
    i, n = 0, len(text)
    while i < n:
        kind = kinds[i]
        j = i + 1
        if kind == CJK:
            ch = text[i]
            if ch in PAIRED and j < n and text[j] == ch:
                while j < n and text[j] == ch:
                    j += 1
                add(Atom(i, j, PAIR))
            else:
                add(Atom(i, j, CJK))
        else:
            while j < n and kinds[j] == kind:
                j += 1
            add(Atom(i, j, kind))
        i = j
    return tuple(atoms)


def joined_gaps(text: str) -> list[bool]:
    """Return, per character, True when the gap after it lies inside an atom (not to be stretched)."""
    out = [False] * len(text)
    for a in _atoms(text):
        if a.kind in (WORD, PAIR):
            for k in range(a.start, a.end - 1):
                out[k] = True
    return out


class _Widths:
    """Prefix sums for O(1) natural and nominal (grid) widths of character ranges."""

    def __init__(self, text: str, widths: Sequence[float], spacing: Sequence[float],
                 cell: float) -> None:
        self.w = [0.0, *accumulate(widths)]
        self.s = [0.0, *accumulate(spacing)]
        self.g = _grid_prefix(text, cell) if cell > 0 else None

    def natural(self, start: int, end: int) -> float:
        """Return the width of characters start..end: advances plus the spacing between them."""
        if end <= start:
            return 0.0
        return self.w[end] - self.w[start] + self.s[end - 1] - self.s[start]

    def grid(self, start: int, end: int) -> float:
        """Return the nominal width of characters start..end in pt (grid cells times the cell)."""
        return self.g[end] - self.g[start] if self.g is not None else self.natural(start, end)


@lru_cache(maxsize=256)
def _grid_prefix(text: str, cell: float) -> list[float]:
    """Return the prefix sums of the grid widths of ``text`` (cached: reused by re-breaking)."""
    half = cell / 2
    return [0.0, *accumulate(cell if _KINDS.get(ch) == CJK or (ch not in _KINDS and _kind(ch) == CJK)
                             else half for ch in text)]


def break_lines(text: str, widths: Sequence[float], spacing: Sequence[float],
                measure: float | Sequence[float], first_measure: float | None = None,
                cell: float = 0.0, tolerance: float = 0.0, squeeze: float | None = None,
                pull_marks: bool = True) -> list[Break]:
    """Return the lines ``text`` breaks into.

    ``widths[i]`` is character i's advance and ``spacing[i]`` the base space after it (pt). Lines are
    ``measure`` wide (a sequence gives line k's measure, its last value repeating), the first
    ``first_measure`` when given. A line may exceed its measure by ``tolerance`` (spread as a squeeze).

    With a grid ``cell`` (pt), a line should hold as many grid cells as its measure (a half-width
    character counts half a cell, as GB/T 9704 counts characters): when half-width characters wider
    or narrower than half a cell leave the line off by more than half a cell, an atom is taken in
    (real width up to ``squeeze`` past the measure, default 2 × tolerance) or left out. With
    ``pull_marks`` a closing mark may be pulled up, one ``cell`` past the measure (避头尾). An empty
    text gives one empty line. Raises ValueError when the sequences differ in length or ``measure`` is
    an empty sequence.
    """
    if not (len(text) == len(widths) == len(spacing)):
        raise ValueError("text, widths and spacing must have the same length")
    measures = [float(measure)] if isinstance(measure, (int, float)) else [float(m) for m in measure]
    if not measures:
        raise ValueError("measure must not be empty")
    if first_measure is not None:
        measures = [float(first_measure)] + (measures[1:] if len(measures) > 1 else measures)
    atoms = split_atoms(text)
    if not atoms:
        return [Break(0, 0, 0.0, "last")]
    wid = _Widths(text, widths, spacing, cell)
    squeeze = 2 * tolerance if squeeze is None else squeeze
    out: list[Break] = []
    i, n = 0, len(atoms)
    while i < n:
        base = measures[min(len(out), len(measures) - 1)]
        avail = base + tolerance
        start = atoms[i].start
        k = _fit(atoms, i, wid, start, avail)
        if k < n and atoms[k].kind == WORD and wid.natural(atoms[k].start, atoms[k].end) > base:
            # a word longer than a whole line (a URL): fill this line with its head, not push it
            a = atoms[k]
            cut = a.start
            while cut < a.end and wid.natural(start, cut + 1) <= avail + 1e-6:
                cut += 1
            if cut > a.start:
                atoms[k:k + 1] = [Atom(a.start, cut, WORD), Atom(cut, a.end, WORD)]
                n = len(atoms)
                out.append(Break(start, cut, wid.natural(start, cut), "force"))
                i = k + 1
                continue
        if cell > 0 and i < k < n:
            k = _grid_fit(atoms, i, k, wid, start, base, cell, squeeze)
        if k == n:
            end = _trim_end(atoms, i, n)
            out.append(Break(start, end, wid.natural(start, end), "last"))
            break
        if k == i:                                  # the first atom alone is wider than the line
            cut = _force_cut(atoms[i], wid, start, avail)
            atoms[i] = Atom(cut, atoms[i].end, atoms[i].kind)
            out.append(Break(start, cut, wid.natural(start, cut), "force"))
            continue
        j, kind = _choose(text, atoms, i, k, wid, start, avail, cell if pull_marks else 0.0)
        end = _trim_end(atoms, i, j)
        out.append(Break(start, end, wid.natural(start, end), kind))
        i = j
        while i < n and atoms[i].kind == SPACE:
            i += 1
        if i == n:
            out[-1] = Break(out[-1].start, out[-1].end, out[-1].natural, "last")
    return out


def _fit(atoms: list[Atom], i: int, wid: _Widths, start: int, avail: float) -> int:
    """Return k such that atoms i..k-1 fit in ``avail`` (spaces never count as overflowing)."""
    k = i
    while k < len(atoms):
        a = atoms[k]
        if a.kind != SPACE and wid.natural(start, a.end) > avail + 1e-6:
            break
        k += 1
    return k


def _grid_fit(atoms: list[Atom], i: int, k: int, wid: _Widths, start: int, base: float, cell: float,
              squeeze: float) -> int:
    """Return k moved by whole atoms so that the line's grid width is within half a cell of ``base``.

    Atoms are taken in only while their real width stays within ``squeeze`` of the measure, and left
    out only while the line stays at least half its measure; otherwise ``k`` is returned unchanged.
    """
    half = cell / 2 + 1e-6
    end = _trim_end(atoms, i, k)
    g = wid.grid(start, end)
    if abs(g - base) <= half:
        return k
    n = len(atoms)
    if g < base:
        k2 = k
        while k2 < n:
            a = atoms[k2]
            k2 += 1
            if a.kind == SPACE:
                continue
            if wid.natural(start, a.end) > base + squeeze + 1e-6 or wid.grid(start, a.end) > base + half:
                return k
            if wid.grid(start, a.end) >= base - half:
                return k2
        return k
    k2 = k
    while k2 > i + 1:
        k2 -= 1
        end = _trim_end(atoms, i, k2)
        if wid.grid(start, end) <= base + half:
            return k2 if wid.grid(start, end) >= base / 2 else k
    return k


def _force_cut(atom: Atom, wid: _Widths, start: int, avail: float) -> int:
    """Return where to cut an over-wide atom: as many characters as fit, at least one."""
    cut = start + 1
    while cut < atom.end and wid.natural(start, cut + 1) <= avail + 1e-6:
        cut += 1
    return cut


def _trim_end(atoms: list[Atom], i: int, j: int) -> int:
    """Return the end of atoms i..j-1 with trailing spaces dropped."""
    while j > i + 1 and atoms[j - 1].kind == SPACE:
        j -= 1
    return atoms[j - 1].end if j > i else atoms[i].start


def allowed(text: str, atoms: list[Atom], j: int) -> bool:
    """Return True when a line may end before atom ``j`` (避头尾, spaces looked through)."""
    p = j - 1
    while p >= 0 and atoms[p].kind == SPACE:
        p -= 1
    q = j
    while q < len(atoms) and atoms[q].kind == SPACE:
        q += 1
    if p < 0 or q >= len(atoms):
        return True
    return text[atoms[q].start] not in NO_START and text[atoms[p].end - 1] not in NO_END


def _choose(text: str, atoms: list[Atom], i: int, k: int, wid: _Widths, start: int, avail: float,
            cell: float) -> tuple[int, str]:
    """Return (j, kind): the line holds atoms i..j-1. ``k`` atoms fit without adjustment."""
    if allowed(text, atoms, k):
        return k, "fit"
    nxt = atoms[k]
    mark = nxt.end - nxt.start == 1 or (nxt.kind == PAIR and nxt.end - nxt.start == 2)
    if (cell > 0 and mark and text[nxt.start] in NO_START
            and wid.natural(start, nxt.end) <= avail + cell + 1e-6 and allowed(text, atoms, k + 1)):
        return k + 1, "squeeze"
    for j in range(k - 1, i, -1):
        if allowed(text, atoms, j) and any(a.kind != SPACE for a in atoms[i:j]):
            return j, "push"
    return k, "force"


# ---------------------------------------------------------------- exact line count (retouch, loosen)

#: Cost of a line one cell short that 避头尾 explains (a mark or an opening bracket pushed down).
EXCUSED_COST = 0.3
#: Cost of a line with a closing mark pulled up (29 characters in 28 cells).
SQUEEZE_COST = 0.05
#: Cost of a line a cell short for no visible reason; each further half cell adds SHORT_STEP / 2.
SHORT_COST, SHORT_STEP = 1.0, 0.6
#: Cost of a paragraph's last line holding a single character (a widow the eye catches).
LONE_COST = 0.5


class _Fitter:
    """Judges candidate lines of one text: feasibility and cost, by the rules :func:`break_lines` uses."""

    def __init__(self, text: str, widths: Sequence[float], spacing: Sequence[float], cell: float,
                 tolerance: float, max_short: float) -> None:
        self.text = text
        self.atoms = split_atoms(text)
        self.wid = _Widths(text, widths, spacing, cell)
        self.cell, self.tol, self.max_short = cell, tolerance, max_short

    def next_start(self, j: int) -> int:
        """Return the first atom at or after ``j`` that is not a space."""
        atoms = self.atoms
        while j < len(atoms) and atoms[j].kind == SPACE:
            j += 1
        return j

    def cost(self, i: int, j: int, measure: float) -> float | None:
        """Return the cost of a line of atoms i..j-1 (``j`` = all atoms for the last line), or None.

        None means the line is not allowed: wider than the measure (beyond a pulled-up mark or the
        squeeze a grid-full line with wide Latin letters may take), more than ``max_short`` cells
        short, or breaking a 避头尾 rule.
        """
        atoms, wid, text, cell = self.atoms, self.wid, self.text, self.cell
        start, end = atoms[i].start, _trim_end(atoms, i, j)
        natural, grid = wid.natural(start, end), wid.grid(start, end)
        half = cell / 2 + 1e-6
        if j >= len(atoms):
            ok = natural <= measure + self.tol + 1e-6 or (
                grid <= measure + half and natural <= measure + 2 * self.tol + 1e-6)
            return (LONE_COST if end - start == 1 else 0.0) if ok else None
        if not allowed(text, atoms, j):
            return None
        if grid > measure + half:                  # only a closing mark may be pulled up
            last = atoms[j - 1]
            mark = last.end - last.start == 1 or last.kind == PAIR
            if (mark and text[last.end - 1] in NO_START and grid <= measure + cell + half
                    and natural <= measure + self.tol + cell + 1e-6):
                return SQUEEZE_COST
            return None
        if natural > measure + 2 * self.tol + 1e-6 or (
                natural > measure + self.tol + 1e-6 and grid < measure - half):
            return None
        short = (measure - grid) / cell
        if short <= 0.5 + 1e-6:
            return 0.0
        if short > self.max_short + 1e-6:
            return None
        if short <= 1.5 + 1e-6 and self._excused(j, end):
            return EXCUSED_COST
        return SHORT_COST + SHORT_STEP * (short - 1)

    def _excused(self, j: int, end: int) -> bool:
        """Return True when 避头尾 explains a short line ending at char ``end`` before atom ``j``."""
        text = self.text
        q = self.next_start(j)
        s = self.atoms[q].start
        return (text[s] in NO_END or (s + 1 < len(text) and text[s + 1] in NO_START)
                or (end > 0 and text[end - 1] in PAIRED))


def breaks_cost(text: str, widths: Sequence[float], spacing: Sequence[float], breaks: Sequence[Break],
                measures: Sequence[float], cell: float, tolerance: float) -> float:
    """Return the cost of ``breaks`` (lines of :func:`break_lines`) as :func:`break_exact` counts it.

    A line the exact breaker would not allow (forced, or shorter than 2 cells) costs its shortfall;
    a last line of one character costs :data:`LONE_COST`.
    """
    if cell <= 0 or len(breaks) < 2:
        return 0.0
    wid = _Widths(text, widths, spacing, cell)
    total = LONE_COST if breaks[-1].end - breaks[-1].start == 1 else 0.0
    for n, b in enumerate(breaks[:-1]):
        measure = measures[min(n, len(measures) - 1)]
        short = (measure - wid.grid(b.start, b.end)) / cell
        if b.kind == "force" or short > 1.5 + 1e-6:
            total += SHORT_COST + SHORT_STEP * max(0.0, short - 1)
        elif short > 0.5 + 1e-6:
            total += EXCUSED_COST if b.kind == "push" else SHORT_COST
        elif b.kind == "squeeze":
            total += SQUEEZE_COST
    return total


def break_exact(text: str, widths: Sequence[float], spacing: Sequence[float],
                measures: Sequence[float], lines: int, cell: float, tolerance: float,
                max_short: float = 2.0) -> tuple[float, list[Break]] | None:
    """Return (cost, breaks): ``text`` set in exactly ``lines`` lines at the least cost, or None.

    Every line but the last is full (within half a cell of its measure, or a closing mark pulled up)
    or at most ``max_short`` cells short; a short line costs :data:`SHORT_COST` and more per extra
    half cell, or only :data:`EXCUSED_COST` when 避头尾 explains it (the next line starts with an
    opening mark or its second character is a closing mark); a last line of one character costs
    :data:`LONE_COST`. ``measures[k]`` is line k's width (the last value repeats). The search is
    dynamic programming over line starts. Raises ValueError when the sequences differ in length,
    ``measures`` is empty or ``cell`` is not positive.
    """
    if not (len(text) == len(widths) == len(spacing)):
        raise ValueError("text, widths and spacing must have the same length")
    if not measures or cell <= 0:
        raise ValueError("break_exact needs measures and a grid cell")
    fit = _Fitter(text, widths, spacing, cell, tolerance, max_short)
    atoms, n = fit.atoms, len(fit.atoms)
    if lines < 1 or n == 0:
        return None
    total_grid = fit.wid.grid(0, len(text))
    layer: dict[int, tuple[float, tuple]] = {fit.next_start(0): (0.0, ())}
    for line in range(lines):
        measure = measures[min(line, len(measures) - 1)]
        rest = lines - line - 1                            # lines after this one
        full = measures[-1]
        nxt: dict[int, tuple[float, tuple]] = {}
        for i, (so_far, path) in layer.items():
            for j, c in _candidates(fit, i, measure, rest == 0):
                q = fit.next_start(j)
                if rest:
                    remaining = total_grid - fit.wid.grid(0, atoms[q].start) if q < n else 0.0
                    if (q >= n or remaining > rest * (full + cell) + 1e-6
                            or remaining <= (rest - 1) * (full - (max_short + 0.5) * cell)):
                        continue
                total = so_far + c
                if q not in nxt or total < nxt[q][0] - 1e-9:
                    nxt[q] = (total, path + (j,))
        layer = nxt
        if not layer:
            return None
    if n not in layer:
        return None
    cost, ends = layer[n]
    return cost, _to_breaks(fit, ends, measures)


def _candidates(fit: _Fitter, i: int, measure: float, last: bool) -> list[tuple[int, float]]:
    """Return [(j, cost)]: the allowed ends of a line starting at atom ``i``."""
    n = len(fit.atoms)
    if last:
        c = fit.cost(i, n, measure)
        return [] if c is None else [(n, c)]
    atoms, wid, cell = fit.atoms, fit.wid, fit.cell
    start = atoms[i].start
    low = measure - fit.max_short * cell - cell / 2 - 1e-6
    high = measure + 1.5 * cell + 1e-6
    out = []
    for j in range(i + 1, n):
        g = wid.grid(start, atoms[j - 1].end)
        if g > high:
            break
        if g < low or atoms[j - 1].kind == SPACE:
            continue
        c = fit.cost(i, j, measure)
        if c is not None:
            out.append((j, c))
    return out


def _to_breaks(fit: _Fitter, ends: tuple, measures: Sequence[float]) -> list[Break]:
    """Return the Break list for lines ending before the atoms in ``ends``."""
    atoms, wid = fit.atoms, fit.wid
    out: list[Break] = []
    i = fit.next_start(0)
    for k, j in enumerate(ends):
        end = _trim_end(atoms, i, j)
        grid, natural = wid.grid(atoms[i].start, end), wid.natural(atoms[i].start, end)
        measure = measures[min(k, len(measures) - 1)]
        if k == len(ends) - 1:
            kind = "last"
        elif grid > measure + fit.cell / 2 + 1e-6:
            kind = "squeeze"
        else:
            kind = "fit" if grid >= measure - fit.cell / 2 - 1e-6 else "push"
        out.append(Break(atoms[i].start, end, natural, kind))
        i = fit.next_start(j)
    return out
