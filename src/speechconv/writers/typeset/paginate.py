"""Pagination on the line grid: which page and grid slot every line of every paragraph takes.

Pure Python. A page has ``lines_per_page`` slots; every text line takes one slot, blank lines before and
after a paragraph take whole slots (blank lines before are dropped at the top of a page, blank lines
after that run past the page end are dropped). A paragraph marked ``keep_with_next`` moves to the next
page together with the rest of its chain unless the chain and the first line of the paragraph after it
fit on the current page (so headings and the title block are never left alone at a page bottom).
Each such move is reported as a :class:`Strand` (the slots it left empty and the slots the chain
needed), so the caller can set a paragraph above it a line looser, or a line tighter so that the
chain stays, and keep the page full.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence


@dataclass(frozen=True)
class ParaShape:
    """What pagination needs to know about one paragraph: its lines, the blank lines around it, and
    whether it starts a page or keeps with the next."""

    lines: int
    space_before: int = 0
    space_after: int = 0
    page_break_before: bool = False
    keep_with_next: bool = False


@dataclass(frozen=True)
class Slot:
    """A place on the grid: page index (0-based) and line slot (0-based, from the top)."""

    page: int
    slot: int


@dataclass(frozen=True)
class Strand:
    """A keep-with-next chain starting at paragraph ``first`` moved off ``page``, leaving ``gap`` slots.

    ``need`` is the slots the chain and the first line after it take: the chain would have stayed
    had the page held ``need - gap`` lines fewer before it.
    """

    first: int
    page: int
    gap: int
    need: int = 0


@dataclass(frozen=True)
class Pagination:
    """The result: for every paragraph the slot of each of its lines, and the chains that were moved."""

    slots: list[list[Slot]]
    strands: list[Strand]


#: Where pagination stands before a paragraph: page index, next free slot, and whether the page holds
#: a line yet.
State = tuple[int, int, bool]
START: State = (0, 0, False)


def paginate(shapes: Sequence[ParaShape], lines_per_page: int) -> Pagination:
    """Return where every line of ``shapes`` goes. Raises ValueError for a page of 0 lines."""
    if lines_per_page <= 0:
        raise ValueError("a page needs at least one line")
    out: list[list[Slot]] = []
    strands: list[Strand] = []
    state = START
    for index in range(len(shapes)):
        state, placed, strand = place(shapes, index, lines_per_page, state)
        if strand is not None:
            strands.append(strand)
        out.append(placed)
    return Pagination(out, strands)


def place(shapes: Sequence[ParaShape], index: int, lines_per_page: int,
          state: State) -> tuple[State, list[Slot], Strand | None]:
    """Return the state after paragraph ``index``, the slots of its lines, and the chain move it
    starts (or None), given the ``state`` before it: one step of :func:`paginate`, so that a caller
    that changes a paragraph can go on from the state before it instead of from the first page."""
    page, slot, used = state
    shape = shapes[index]
    strand = None
    if shape.page_break_before and used:
        page, slot, used = page + 1, 0, False
    if slot > 0:
        slot += shape.space_before
    if slot >= lines_per_page:
        page, slot, used = page + 1, 0, False
    if shape.keep_with_next and slot > 0:
        need = _chain_need(shapes, index)
        if slot + need > lines_per_page >= need:
            strand = Strand(index, page, lines_per_page - slot, need)
            page, slot, used = page + 1, 0, False
    placed: list[Slot] = []
    for _ in range(shape.lines):
        if slot >= lines_per_page:
            page, slot = page + 1, 0
        placed.append(Slot(page, slot))
        slot += 1
        used = True
    return (page, slot + shape.space_after, used), placed, strand


def _chain_need(shapes: Sequence[ParaShape], first: int) -> int:
    """Return the slots a keep-with-next chain starting at ``first`` needs, plus one following line."""
    need = 0
    k = first
    while k < len(shapes):
        b = shapes[k]
        if k > first:
            if b.page_break_before:
                return need
            need += b.space_before
        if not b.keep_with_next:
            return need + min(1, b.lines)
        need += b.lines + b.space_after
        k += 1
    return need
