"""A small linear-chain CRF trainer for the structure weights (pure Python, for bench/fit_structure.py).

The model is the one conversion uses (speechconv.passes.reading.choose): a line's score for a role
is the sum of its features' weights for that role, a reading adds its steps' weights, and roles a line
cannot take are ruled out. Training maximises the probability of the readings that agree with what the
expectations say (partly labelled lines: a set of allowed roles each), minus an L2 pull toward the
prior weights, by gradient ascent with Adam. Forward-backward runs in log space over the allowed steps.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

from speechconv.passes.reading.choose import LABELS, L, grammar, impossible

NEG = float("-inf")


def _lse(values) -> float:
    m = max(values, default=NEG)
    if m == NEG:
        return NEG
    return m + math.log(sum(math.exp(v - m) for v in values if v != NEG))


@dataclass
class Chain:
    """One training item: features per line, allowed roles per line (None: any), single-speech flag."""

    features: list[tuple[str, ...]]
    allowed: list
    single: bool


def _steps(single: bool) -> tuple[list[tuple[int, int, str]], set[str], set[str]]:
    steps, starts, ends = grammar(single)          # the decoder's own grammar, so both always agree
    return [(L[a], L[b], f"{a}>{b}") for a, b in steps], starts, ends


_STEPS = {True: _steps(True), False: _steps(False)}


def _emissions(chain: Chain, w: dict[str, float], constrained: bool) -> list[list[float]]:
    out = []
    for feats, allowed in zip(chain.features, chain.allowed):
        row = [sum(w.get(f"{lab}|{f}", 0.0) for f in feats) for lab in LABELS]
        for j in impossible(feats):
            row[j] = NEG
        if constrained and allowed is not None:
            row = [v if LABELS[j] in allowed else NEG for j, v in enumerate(row)]
        out.append(row)
    return out


def _forward_backward(chain: Chain, w: dict[str, float], constrained: bool):
    """Return (log Z, node marginals, step marginals by key) for one chain."""
    e = _emissions(chain, w, constrained)
    n, k = len(e), len(LABELS)
    steps, starts, ends = _STEPS[chain.single]
    tw = [(a, b, key, w.get(key, 0.0)) for a, b, key in steps]
    start = [w.get(f"START>{LABELS[b]}", 0.0) if LABELS[b] in starts else NEG for b in range(k)]
    end = [w.get(f"{LABELS[a]}>END", 0.0) if LABELS[a] in ends else NEG for a in range(k)]
    alpha = [[NEG] * k for _ in range(n)]
    alpha[0] = [s + x for s, x in zip(start, e[0])]
    for i in range(1, n):
        incoming: list[list[float]] = [[] for _ in range(k)]
        for a, b, _, t in tw:
            if alpha[i - 1][a] != NEG:
                incoming[b].append(alpha[i - 1][a] + t)
        alpha[i] = [(_lse(incoming[b]) + e[i][b]) if incoming[b] and e[i][b] != NEG else NEG for b in range(k)]
    beta = [[NEG] * k for _ in range(n)]
    beta[n - 1] = list(end)
    for i in range(n - 2, -1, -1):
        outgoing: list[list[float]] = [[] for _ in range(k)]
        for a, b, _, t in tw:
            v = beta[i + 1][b]
            if v != NEG and e[i + 1][b] != NEG:
                outgoing[a].append(t + e[i + 1][b] + v)
        beta[i] = [_lse(outgoing[a]) if outgoing[a] else NEG for a in range(k)]
    log_z = _lse([alpha[n - 1][a] + end[a] for a in range(k)])
    if log_z == NEG:
        return NEG, None, None
    nodes = [[math.exp(alpha[i][j] + beta[i][j] - log_z) if alpha[i][j] != NEG and beta[i][j] != NEG else 0.0
              for j in range(k)] for i in range(n)]
    pair: dict[str, float] = {}
    for i in range(1, n):
        for a, b, key, t in tw:
            x, y = alpha[i - 1][a], beta[i][b]
            if x == NEG or y == NEG or e[i][b] == NEG:
                continue
            pair[key] = pair.get(key, 0.0) + math.exp(x + t + e[i][b] + y - log_z)
    for b in range(k):
        if nodes[0][b]:
            key = f"START>{LABELS[b]}"
            pair[key] = pair.get(key, 0.0) + nodes[0][b]
    for a in range(k):
        if nodes[n - 1][a]:
            key = f"{LABELS[a]}>END"
            pair[key] = pair.get(key, 0.0) + nodes[n - 1][a]
    return log_z, nodes, pair


def gradient(chain: Chain, w: dict[str, float], grad: dict[str, float]) -> float:
    """Add the chain's log-likelihood gradient to ``grad``; return its log-likelihood (or 0 when the
    allowed roles admit no reading)."""
    lz_c, nodes_c, pair_c = _forward_backward(chain, w, True)
    if lz_c == NEG:
        return 0.0
    lz, nodes, pair = _forward_backward(chain, w, False)
    for i, feats in enumerate(chain.features):
        for j, lab in enumerate(LABELS):
            d = nodes_c[i][j] - nodes[i][j]
            if abs(d) < 1e-9:
                continue
            for f in feats:
                key = f"{lab}|{f}"
                grad[key] = grad.get(key, 0.0) + d
    for key in set(pair_c) | set(pair):
        d = pair_c.get(key, 0.0) - pair.get(key, 0.0)
        if abs(d) >= 1e-9:
            grad[key] = grad.get(key, 0.0) + d
    return lz_c - lz


def train(chains: Sequence[Chain], prior: dict[str, float], *, iterations: int = 60, l2: float = 0.1,
          rate: float = 0.1, log=None, free=None) -> dict[str, float]:
    """Return weights fitted by Adam on the chains' penalised log-likelihood (L2 toward ``prior``);
    ``free`` (a test on a weight's key), when given, says which weights may move: the others keep
    their ``prior`` values."""
    w = dict(prior)
    m: dict[str, float] = {}
    v: dict[str, float] = {}
    b1, b2, eps = 0.9, 0.999, 1e-8
    for it in range(1, iterations + 1):
        grad: dict[str, float] = {}
        ll = sum(gradient(c, w, grad) for c in chains)
        keys = set(grad) | set(w)
        penalty = 0.0
        for key in keys:
            if free is not None and not free(key):
                continue
            diff = w.get(key, 0.0) - prior.get(key, 0.0)
            penalty += 0.5 * l2 * diff * diff
            g = grad.get(key, 0.0) - l2 * diff
            m[key] = b1 * m.get(key, 0.0) + (1 - b1) * g
            v[key] = b2 * v.get(key, 0.0) + (1 - b2) * g * g
            mh = m[key] / (1 - b1 ** it)
            vh = v[key] / (1 - b2 ** it)
            w[key] = w.get(key, 0.0) + rate * mh / (math.sqrt(vh) + eps)
        if log:
            log(f"iteration {it}: log-likelihood {ll:.1f}, penalty {penalty:.1f}")
    return w
