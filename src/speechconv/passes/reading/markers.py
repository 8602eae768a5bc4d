"""Part markers: the lines that number the speeches of a page (``篇一``, ``【第2篇】``, ``范文二：标题``).

A line of marker shape counts as evidence of a boundary only inside a chain numbered 1, 2, 3… of one
form; ``标题 1`` / ``标题 2`` count only when every marker of the chain repeats one title.
"""
from __future__ import annotations

from dataclasses import dataclass

from ...model import Paragraph
from . import patterns as P


@dataclass(frozen=True)
class Marker:
    """A part marker: the block index, its number, the title it carries (may be empty), its form."""

    index: int
    number: int
    title: str
    form: int = 0


def _chain(found: list[Marker]) -> list[Marker]:
    """Return the markers numbered 1, 2, 3… in order among ``found``."""
    chain: list[Marker] = []
    for m in found:
        if m.number == len(chain) + 1:
            chain.append(m)
    return chain


def find_markers(blocks: tuple, announced: bool = False) -> list[Marker]:
    """Return the part markers among ``blocks``: a run numbered 1, 2, 3… of one form, at least two.

    Markers of the form 标题 1 count only as a run repeating one title; a bare （一） line counts only
    when the page ``announced`` its parts (两篇, 汇总). Of several runs the longest wins.
    """
    found = []
    for i, b in enumerate(blocks):
        if isinstance(b, Paragraph) and (parts := P.marker_parts(b.text)) \
                and (announced or parts[0] != P.BARE_BRACKET_FORM):
            found.append(Marker(i, parts[1], parts[2], parts[0]))
    groups: dict[tuple[int, str], list[Marker]] = {}
    for m in found:
        groups.setdefault((m.form, m.title if m.form == P.SAME_TITLE_FORM else ""), []).append(m)
    best = max((_chain(g) for g in groups.values()), key=len, default=[])
    return best if len(best) >= 2 else []
