"""Why a line got its role: the evidence behind one line of a reading (``speechconv inspect --why``)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ...model import Block
from . import announced_count, line_views, page_facts
from .choose import LABELS, Weights, choose, default_weights
from .features import page_features


@dataclass(frozen=True)
class Why:
    """The evidence for one line: its role, the runner-up roles with what choosing them would cost
    the whole reading, and the features that weigh most between the role and the runner-up."""

    index: int
    text: str
    role: str
    others: tuple[tuple[str, float], ...]        #: (role, how much lower the best reading with it scores)
    features: tuple[tuple[str, float], ...]      #: (feature, weight for the role minus for the runner-up)
    note: str | None = None                      #: how the page was read when no weighing decided it

    def lines(self) -> list[str]:
        """Return the explanation as printable lines."""
        out = [f"line {self.index + 1}: {self.text[:40]!r} -> {self.role}"]
        if self.note:
            out.append(f"  {self.note}")
        if self.others:
            out.append("  next best: " + ", ".join(f"{r} (-{c:.1f})" for r, c in self.others))
        for name, w in self.features:
            out.append(f"  {'+' if w >= 0 else '-'}{abs(w):.2f}  {name}")
        return out


def explain(blocks: Sequence[Block], title: str | None, index: int, *, single: bool = False,
            weights: Weights | None = None, top: int = 8) -> Why:
    """Return the evidence for line ``index`` of ``blocks`` read as a page (or one speech when ``single``).

    Raises IndexError when there is no such line.
    """
    if not 0 <= index < len(blocks):
        raise IndexError(index)
    weights = weights or default_weights()
    feats = page_features(line_views(blocks), page_facts(blocks, title))
    count = None if single else announced_count(title)
    best = choose(feats, weights, single=single, count=count)
    role = best.labels[index]
    costs = []
    for other in LABELS:
        if other == role:
            continue
        allowed = [None] * len(blocks)
        allowed[index] = {other}
        alt = choose(feats, weights, single=single, count=count, allowed=allowed)
        if alt.score != float("-inf"):
            costs.append((other, best.score - alt.score))
    costs.sort(key=lambda rc: rc[1])
    rival = costs[0][0] if costs else role
    emit = weights.emit
    diffs = [(f, emit.get(role, {}).get(f, 0.0) - emit.get(rival, {}).get(f, 0.0)) for f in feats[index]]
    diffs = sorted((d for d in diffs if abs(d[1]) >= 0.005), key=lambda d: -abs(d[1]))[:top]
    text = blocks[index].text if hasattr(blocks[index], "runs") else blocks[index].label
    return Why(index, text, role, tuple(costs[:3]), tuple(diffs))
