"""Reading a page by evidence: every line's role chosen for the whole page at once.

:func:`read_lines` is what the ``split`` and ``structure`` passes call: it turns blocks into line views,
finds the page's part markers and announced count, computes every line's features and returns the best
consistent :class:`~.choose.Reading`. :mod:`.explain` says why a line got its role.
"""
from __future__ import annotations

from typing import Sequence

from ...model import Block, Heading, Hints, Paragraph
from .._body import bold_lead
from . import patterns
from .choose import LABELS, Reading, Weights, choose, default_weights
from .features import LineView, PageFacts, page_features
from .markers import Marker, find_markers

__all__ = ["LABELS", "Reading", "Weights", "Marker", "LineView", "PageFacts", "read_lines", "line_views",
           "page_facts", "announced_count", "default_weights", "find_markers"]


def line_views(blocks: Sequence[Block]) -> list[LineView]:
    """Return the line views of blocks: a paragraph's text, hints and whole-line bold; a heading's label."""
    out = []
    for b in blocks:
        if isinstance(b, Paragraph):
            text = b.text
            bold = bool(text.strip()) and all(r.bold for r in b.runs if r.text.strip())
            out.append(LineView(text, b.hints, bold, not bold and bold_lead(b) > 0))
        else:
            assert isinstance(b, Heading)
            out.append(LineView(b.label, Hints(heading=b.level)))
    return out


def announced_count(title: str | None) -> int | None:
    """Return the number of speeches a page title announces (``（精选3篇）`` 3, ``两篇`` 2), or None."""
    if not title:
        return None
    m = patterns.COUNT.search(title)
    if not m or not m.group("n"):
        return None
    n = m.group("n")
    from .._text import cn_number

    value = 2 if n == "两" else cn_number(n)
    return value if value and value >= 2 else None


def page_facts(blocks: Sequence[Block], title: str | None) -> PageFacts:
    """Return what the evidence needs to know of the page: its title and its part markers."""
    first = next((b.text for b in blocks[:1] if isinstance(b, Paragraph)), "")
    announced = any(t and patterns.COUNT.search(t) for t in (title, first))    # the headline may be the first line
    return PageFacts(title, tuple(find_markers(tuple(blocks), announced)))


def read_lines(blocks: Sequence[Block], title: str | None, *, single: bool = False,
               weights: Weights | None = None) -> Reading:
    """Return the best reading of ``blocks`` (one role per block).

    ``title`` is the page title the reader found (or None); ``single`` reads the blocks as one speech.
    """
    facts = page_facts(blocks, title)
    feats = page_features(line_views(blocks), facts)
    return choose(feats, weights or default_weights(), single=single,
                  count=None if single else announced_count(title))
