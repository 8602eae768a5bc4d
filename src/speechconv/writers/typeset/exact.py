"""Line breaking into an exact number of lines at the least cost (dynamic programming over line starts).

The writer uses :func:`break_exact` when greedy filling (:mod:`.linebreak`) left a line short for no
避头尾 reason, and to set a paragraph a line looser or tighter so that a page stays full;
:func:`breaks_cost` prices greedy lines the same way. A line is allowed by the rules greedy filling
follows (:class:`_Fitter`), and costs by how short it is and why.
"""
from __future__ import annotations

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
        end = trim_end(atoms, i, j)
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
