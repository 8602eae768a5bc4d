"""Line breaking into an exact number of lines at the least cost (dynamic programming over line starts).

The writer uses :func:`break_exact` when greedy filling (:mod:`.linebreak`) left a line short for no
避头尾 reason, and to set a paragraph a line looser or tighter so that a page stays full;
:func:`breaks_cost` prices greedy lines the same way. A line is allowed by the rules greedy filling
follows (:class:`_Fitter`), and costs by how short it is and why.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Sequence

from .atoms import NO_END, NO_START, PAIR, PAIRED, SPACE, Break, Widths, allowed, split_atoms, trim_end


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
        self.wid = Widths(text, widths, spacing, cell)
        self.cell, self.tol, self.max_short = cell, tolerance, max_short
        grid = self.wid.g or [0.0] * (len(text) + 1)
        self._ends = [grid[a.end] for a in self.atoms]   # grid offset of each atom's end, rising
        self.starts = [a.start for a in self.atoms]

    def first_wide(self, i: int, low: float) -> int:
        """Return the first line end j worth trying for a line from atom ``i``: lines narrower than
        ``low`` are skipped by bisection (from one atom before, for rounding), not measured one by one."""
        k = bisect_left(self._ends, self.wid.grid(0, self.atoms[i].start) + low, i)
        return max(i + 1, k)

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
        start, end = atoms[i].start, trim_end(atoms, i, j)
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


def _line_cost(wid: Widths, b: Break, measure: float, cell: float) -> float:
    """Return what a greedy line (not a paragraph's last) costs as :func:`break_exact` counts it."""
    short = (measure - wid.grid(b.start, b.end)) / cell
    if b.kind == "force" or short > 1.5 + 1e-6:
        return SHORT_COST + SHORT_STEP * max(0.0, short - 1)
    if short > 0.5 + 1e-6:
        return EXCUSED_COST if b.kind == "push" else SHORT_COST
    return SQUEEZE_COST if b.kind == "squeeze" else 0.0


def breaks_cost(text: str, widths: Sequence[float], spacing: Sequence[float], breaks: Sequence[Break],
                measures: Sequence[float], cell: float, tolerance: float) -> float:
    """Return the cost of ``breaks`` (lines of :func:`break_lines`) as :func:`break_exact` counts it.

    A line the exact breaker would not allow (forced, or shorter than 2 cells) costs its shortfall;
    a last line of one character costs :data:`LONE_COST`.
    """
    if cell <= 0 or len(breaks) < 2:
        return 0.0
    wid = Widths(text, widths, spacing, cell)
    total = LONE_COST if breaks[-1].end - breaks[-1].start == 1 else 0.0
    for n, b in enumerate(breaks[:-1]):
        total += _line_cost(wid, b, measures[min(n, len(measures) - 1)], cell)
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
    dynamic programming over line starts; its work grows with the square of ``lines``, so long
    paragraphs go through :func:`improve` and :func:`reline`, which bound it. Raises ValueError when
    the sequences differ in length, ``measures`` is empty or ``cell`` is not positive.
    """
    fit = _fitter(text, widths, spacing, measures, cell, tolerance, max_short)
    n = len(fit.atoms)
    if lines < 1 or n == 0:
        return None
    first = fit.next_start(0)
    got = _solve(fit, first, n, measures, lines)
    return None if got is None else (got[0], _to_breaks(fit, first, got[1], measures, n))


#: A paragraph of up to this many lines is broken again as a whole: the search's work grows with the
#: square of the lines (a 64-line paragraph, some 1,800 characters, is longer than any in the corpus).
EXACT_LINES = 64
#: A longer paragraph is broken again window by window, each this many lines (or a few more, to start
#: the next window where a line starts on an atom), so that its work grows with its length only.
WINDOW_LINES = 16


def improve(text: str, widths: Sequence[float], spacing: Sequence[float], measures: Sequence[float],
            breaks: Sequence[Break], cell: float, tolerance: float) -> list[Break]:
    """Return greedy ``breaks`` (of :func:`break_lines`), or as many lines that cost less.

    A paragraph of up to :data:`EXACT_LINES` lines whose greedy lines cost :data:`SHORT_COST` or more
    is broken again as a whole by :func:`break_exact`. A longer one is broken again window by window
    (:data:`WINDOW_LINES` greedy lines each, the window's first line start and last line end kept),
    so that the work stays linear in its length; a window whose greedy lines cost less than
    :data:`SHORT_COST`, or that cannot be set better, keeps them. Raises ValueError as break_exact does.
    """
    if len(breaks) < 2:
        return list(breaks)
    if len(breaks) <= EXACT_LINES:
        cost = breaks_cost(text, widths, spacing, breaks, measures, cell, tolerance)
        if cost >= SHORT_COST:
            better = break_exact(text, widths, spacing, measures, len(breaks), cell, tolerance)
            if better is not None and better[0] < cost - 1e-9:
                return better[1]
        return list(breaks)
    fit = _fitter(text, widths, spacing, measures, cell, tolerance, 2.0)
    out: list[Break] = []
    bounds = _window_bounds(fit, breaks, len(breaks))
    for k0, k1 in zip(bounds, bounds[1:]):
        got = _rebreak(fit, breaks, measures, k0, k1, 0)
        out += got[1] if got is not None and got[0] < _cost_of(fit, breaks, measures, k0, k1) - 1e-9 \
            else breaks[k0:k1]
    return out


def reline(text: str, widths: Sequence[float], spacing: Sequence[float], measures: Sequence[float],
           lines: int, delta: int, cell: float, tolerance: float, max_short: float = 2.0,
           breaks: Sequence[Break] | None = None) -> tuple[float, list[Break]] | None:
    """Return (cost, breaks): the paragraph now set in ``lines`` lines set in ``delta`` more (+1
    looser, -1 tighter) at the least cost, or None when it cannot be.

    Up to :data:`EXACT_LINES` lines the whole paragraph is broken again (:func:`break_exact`); a
    longer one keeps its current ``breaks`` (then required) but the last :data:`WINDOW_LINES` or so,
    which are broken again into ``delta`` more (the cost counts every line). Raises ValueError as
    break_exact does, and when a long paragraph comes without its breaks.
    """
    count = lines + delta
    if count < 1:
        return None
    if lines <= EXACT_LINES:
        return break_exact(text, widths, spacing, measures, count, cell, tolerance, max_short)
    if breaks is None or len(breaks) != lines:
        raise ValueError(f"reline needs the {lines} breaks of a paragraph over {EXACT_LINES} lines")
    fit = _fitter(text, widths, spacing, measures, cell, tolerance, max_short)
    bounds = _window_bounds(fit, breaks, len(breaks))
    k0 = bounds[-2]
    got = _rebreak(fit, breaks, measures, k0, len(breaks), delta)
    if got is None:
        return None
    return _cost_of(fit, breaks, measures, 0, k0) + got[0], list(breaks[:k0]) + got[1]


def _window_bounds(fit: _Fitter, breaks: Sequence[Break], count: int) -> list[int]:
    """Return the first line of each window, then ``count``: every :data:`WINDOW_LINES` lines, moved on
    to a line that starts on an atom of ``fit`` (a word cut by force does not), the last window at
    least half as long."""
    starts = {a.start: k for k, a in enumerate(fit.atoms)}
    bounds = [0]
    k = WINDOW_LINES
    while k < count:
        while k < count and breaks[k].start not in starts:
            k += 1
        if count - k >= WINDOW_LINES // 2:
            bounds.append(k)
        k += WINDOW_LINES
    return bounds + [count]


def _atom_at(fit: _Fitter, offset: int) -> int:
    """Return the index of the atom that starts at character ``offset`` (the atom count past the end)."""
    starts = fit.starts
    k = bisect_left(starts, offset)
    return k if k < len(starts) else len(fit.atoms)


def _rebreak(fit: _Fitter, breaks: Sequence[Break], measures: Sequence[float], k0: int, k1: int,
             delta: int) -> tuple[float, list[Break]] | None:
    """Return (cost, breaks) of greedy lines ``k0``..``k1-1`` set again in ``delta`` more lines between
    the same first start and last end, or None when they cannot be."""
    n = len(fit.atoms)
    first = _atom_at(fit, breaks[k0].start)
    stop = n if k1 >= len(breaks) else _atom_at(fit, breaks[k1].start)
    ms = list(measures[min(k0, len(measures) - 1):])
    got = _solve(fit, first, stop, ms, k1 - k0 + delta)
    return None if got is None else (got[0], _to_breaks(fit, first, got[1], ms, stop))


def _cost_of(fit: _Fitter, breaks: Sequence[Break], measures: Sequence[float], k0: int, k1: int) -> float:
    """Return the cost of greedy lines ``k0``..``k1-1`` as :func:`breaks_cost` counts them."""
    total = 0.0
    for k in range(k0, k1):
        b = breaks[k]
        if k == len(breaks) - 1:
            total += LONE_COST if b.end - b.start == 1 else 0.0
        else:
            total += _line_cost(fit.wid, b, measures[min(k, len(measures) - 1)], fit.cell)
    return total


def _fitter(text: str, widths: Sequence[float], spacing: Sequence[float], measures: Sequence[float],
            cell: float, tolerance: float, max_short: float) -> _Fitter:
    """Return the judge of ``text``'s lines. Raises ValueError for bad arguments (see break_exact)."""
    if not (len(text) == len(widths) == len(spacing)):
        raise ValueError("text, widths and spacing must have the same length")
    if not measures or cell <= 0:
        raise ValueError("break_exact needs measures and a grid cell")
    return _Fitter(text, widths, spacing, cell, tolerance, max_short)


def _solve(fit: _Fitter, first: int, stop: int, measures: Sequence[float],
           lines: int) -> tuple[float, tuple[int, ...]] | None:
    """Return (cost, line ends): atoms ``first``..``stop`` set in exactly ``lines`` lines at the least
    cost, or None. ``stop`` is the atom count (the paragraph's end: its last line is set as a last
    line) or the start of a later line (the last line here must end just before it, as any line).

    Dynamic programming over line starts, with one back pointer per state (never a copy of the path).
    """
    atoms, n, cell = fit.atoms, len(fit.atoms), fit.cell
    end_grid = fit.wid.grid(0, atoms[stop].start if stop < n else len(fit.text))
    full = measures[-1]
    layer: dict[int, float] = {first: 0.0}
    back: list[dict[int, tuple[int, int]]] = []            # per line: next start -> (line end, start)
    for line in range(lines):
        measure = measures[min(line, len(measures) - 1)]
        rest = lines - line - 1                            # lines after this one
        nxt: dict[int, float] = {}
        came: dict[int, tuple[int, int]] = {}
        for i, so_far in layer.items():
            for j, c in _candidates(fit, i, measure, rest == 0, stop):
                q = fit.next_start(j) if j < n else n
                if rest:
                    remaining = end_grid - fit.wid.grid(0, atoms[q].start) if q < stop else 0.0
                    if (q >= stop or remaining > rest * (full + cell) + 1e-6
                            or remaining <= (rest - 1) * (full - (fit.max_short + 0.5) * cell)):
                        continue
                total = so_far + c
                if q not in nxt or total < nxt[q] - 1e-9:
                    nxt[q] = total
                    came[q] = (j, i)
        layer = nxt
        back.append(came)
        if not layer:
            return None
    if stop not in layer:
        return None
    ends: list[int] = []
    q = stop
    for came in reversed(back):
        j, q = came[q]
        ends.append(j)
    return layer[stop], tuple(reversed(ends))


def _candidates(fit: _Fitter, i: int, measure: float, last: bool, stop: int) -> list[tuple[int, float]]:
    """Return [(j, cost)]: the allowed ends of a line starting at atom ``i`` (the last line before
    ``stop`` ends just before it)."""
    if last:
        c = fit.cost(i, stop, measure)
        return [] if c is None else [(stop, c)]
    atoms, wid, cell = fit.atoms, fit.wid, fit.cell
    start = atoms[i].start
    low = measure - fit.max_short * cell - cell / 2 - 1e-6
    high = measure + 1.5 * cell + 1e-6
    out = []
    for j in range(fit.first_wide(i, low), stop):
        g = wid.grid(start, atoms[j - 1].end)
        if g > high:
            break
        if g < low or atoms[j - 1].kind == SPACE:
            continue
        c = fit.cost(i, j, measure)
        if c is not None:
            out.append((j, c))
    return out


def _to_breaks(fit: _Fitter, first: int, ends: tuple, measures: Sequence[float], stop: int) -> list[Break]:
    """Return the Break list for lines from atom ``first`` ending before the atoms in ``ends`` (the
    last one a paragraph's last line when ``stop`` is the atom count)."""
    atoms, wid = fit.atoms, fit.wid
    out: list[Break] = []
    i = first
    for k, j in enumerate(ends):
        end = trim_end(atoms, i, j)
        grid, natural = wid.grid(atoms[i].start, end), wid.natural(atoms[i].start, end)
        measure = measures[min(k, len(measures) - 1)]
        if k == len(ends) - 1 and stop >= len(atoms):
            kind = "last"
        elif grid > measure + fit.cell / 2 + 1e-6:
            kind = "squeeze"
        else:
            kind = "fit" if grid >= measure - fit.cell / 2 - 1e-6 else "push"
        out.append(Break(atoms[i].start, end, natural, kind))
        i = fit.next_start(j) if j < len(atoms) else j
    return out
