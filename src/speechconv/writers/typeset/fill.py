"""Page filling: paginate the composed paragraphs and keep pages full around headings that moved on.

When a keep-with-next chain (a heading, a title block) would not fit on a page with the line after it,
:func:`.paginate.paginate` moves it to the next page and reports the slots it left empty. The page is
then kept full the cheapest way a typesetter would: paragraphs on it are set a line looser, the blank
space after a title block on it grows, or paragraphs are set a line tighter so that the chain stays.
When nothing is cheap enough the page stays short: a heading is never left alone at the foot of a page.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable

from .compose import ComposedPara, DraftLine
from .paginate import START, ParaShape, Slot, State, Strand, place

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

#: Sets a paragraph ``delta`` (+1 or -1) lines longer: (cost, new lines) or None (Composer.reline).
Reline = Callable[[ComposedPara, int], "tuple[float, list[DraftLine]] | None"]
_Option = tuple[float, int, int, "list[DraftLine] | None"]


def fill_pages(paras: list[ComposedPara], lines_per_page: int, reline: Reline) -> list[list[Slot]]:
    """Return the slots of every paragraph's lines, keeping pages full around moved headings.

    Paragraphs that are set looser or tighter are changed in place (:meth:`ComposedPara.relined`), as
    is the blank space after a title block. Each paragraph changes at most once. Pagination goes
    forward paragraph by paragraph; after a change it goes on from the start of the keep-with-next
    chain holding the first changed paragraph (never from the first page), so the work grows with the
    document, not with the document times its moved headings. Raises ValueError for a page of 0 lines.
    """
    if lines_per_page <= 0:
        raise ValueError("a page needs at least one line")
    tried: set[tuple[int, int]] = set()
    used: set[int] = set()
    cache: dict[tuple[int, int], tuple[float, list[DraftLine]] | None] = {}
    shapes = [p.shape for p in paras]
    slots: list[list[Slot]] = []
    before: list[State] = []                   # the pagination state before each paragraph
    state, k = START, 0
    while k < len(paras):
        del slots[k:], before[k:]
        before.append(state)
        state, placed, strand = place(shapes, k, lines_per_page, state)
        slots.append(placed)
        k += 1
        if strand is None or (strand.first, strand.page) in tried:
            continue
        tried.add((strand.first, strand.page))
        changed = _apply(paras, _plan(paras, slots, strand, reline, cache, used), used)
        if changed:
            for c in changed:
                shapes[c] = paras[c].shape
            k = _chain_start(shapes, min(changed))
            state = before[k]
    return slots


def _apply(paras: list[ComposedPara], plan: list[tuple[int, list[DraftLine] | None]], used: set[int]) -> list[int]:
    """Apply a plan of :func:`_plan` to ``paras``; return the indices changed."""
    for k, lines in plan:
        if lines is None:
            paras[k].shape = replace(paras[k].shape, space_after=paras[k].shape.space_after + 1)
        else:
            paras[k].relined(lines)
            used.add(k)
    return [k for k, _ in plan]


def _chain_start(shapes: list[ParaShape], k: int) -> int:
    """Return the first paragraph of the keep-with-next chain that paragraph ``k`` belongs to (or
    follows): pagination decides the whole chain's place there."""
    while k > 0 and shapes[k - 1].keep_with_next:
        k -= 1
    return k


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


def _plan(paras: list[ComposedPara], slots: list[list[Slot]], strand: Strand, reline: Reline,
          cache: dict, used: set[int]) -> list[tuple[int, list[DraftLine] | None]]:
    """Return the cheapest changes that keep the page ``strand`` left short full, or [].

    A change is (paragraph index, its new lines), or (index, None) for one more blank line after
    the title block that ends at that paragraph. Either ``gap`` lines are added to the page
    (looser paragraphs, :data:`TITLE_SLACK_COST` per blank line) or ``need - gap`` lines are taken
    from it (tighter paragraphs) so that the chain stays. Each paragraph changes at most once
    (``used``) and at most :data:`MAX_RELINE_COST`; ``cache`` keeps ``reline`` results.
    """
    grow: list[_Option] = []
    shrink: list[_Option] = []
    for k in _fillers(paras, slots, strand):
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
                cache[(k, delta)] = reline(para, delta)
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
