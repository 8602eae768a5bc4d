"""Greedy line breaking on measured characters, with the Chinese line-start/end rules (避头尾).

Pure Python, no reportlab: the caller measures every character (advance width and the base spacing
after it, in pt) and :func:`break_lines` decides where lines end, filling each line in turn; the
units it breaks between are the atoms of :mod:`.atoms`.

Lines are filled to the character grid: a half-width character counts half a cell, as GB/T 9704
counts characters, so a line of Chinese with a few Latin letters still holds 28 cells. A line that
would start with a closing mark first tries to pull that mark (or a ``……`` pair) up, one cell past
the measure; otherwise characters are pushed down to the next line. A line wider than its measure is
squeezed to it when drawn, a shorter one stretched: no line ever runs into the margin.
:mod:`.exact` sets a text in an exact number of lines instead.
"""
from __future__ import annotations

from typing import Sequence

from .atoms import NO_START, PAIR, SPACE, WORD, Atom, Break, Widths, allowed, split_atoms, trim_end


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
    wid = Widths(text, widths, spacing, cell)
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
            end = trim_end(atoms, i, n)
            out.append(Break(start, end, wid.natural(start, end), "last"))
            break
        if k == i:                                  # the first atom alone is wider than the line
            cut = _force_cut(atoms[i], wid, start, avail)
            atoms[i] = Atom(cut, atoms[i].end, atoms[i].kind)
            out.append(Break(start, cut, wid.natural(start, cut), "force"))
            continue
        j, kind = _choose(text, atoms, i, k, wid, start, avail, cell if pull_marks else 0.0)
        end = trim_end(atoms, i, j)
        out.append(Break(start, end, wid.natural(start, end), kind))
        i = j
        while i < n and atoms[i].kind == SPACE:
            i += 1
        if i == n:
            out[-1] = Break(out[-1].start, out[-1].end, out[-1].natural, "last")
    return out


def _fit(atoms: list[Atom], i: int, wid: Widths, start: int, avail: float) -> int:
    """Return k such that atoms i..k-1 fit in ``avail`` (spaces never count as overflowing)."""
    k = i
    while k < len(atoms):
        a = atoms[k]
        if a.kind != SPACE and wid.natural(start, a.end) > avail + 1e-6:
            break
        k += 1
    return k


def _grid_fit(atoms: list[Atom], i: int, k: int, wid: Widths, start: int, base: float, cell: float,
              squeeze: float) -> int:
    """Return k moved by whole atoms so that the line's grid width is within half a cell of ``base``.

    Atoms are taken in only while their real width stays within ``squeeze`` of the measure, and left
    out only while the line stays at least half its measure; otherwise ``k`` is returned unchanged.
    """
    half = cell / 2 + 1e-6
    end = trim_end(atoms, i, k)
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
        end = trim_end(atoms, i, k2)
        if wid.grid(start, end) <= base + half:
            return k2 if wid.grid(start, end) >= base / 2 else k
    return k


def _force_cut(atom: Atom, wid: Widths, start: int, avail: float) -> int:
    """Return where to cut an over-wide atom: as many characters as fit, at least one."""
    cut = start + 1
    while cut < atom.end and wid.natural(start, cut + 1) <= avail + 1e-6:
        cut += 1
    return cut


def _choose(text: str, atoms: list[Atom], i: int, k: int, wid: Widths, start: int, avail: float,
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
