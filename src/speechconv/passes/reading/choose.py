"""Choose the best consistent reading of a page: one role per line, by dynamic programming.

Every line may take any role the page grammar allows after the role of the line before it (a speech
is: notes above it, a part marker, title lines, subtitle, speaker and date lines (a note such as a news
lead may stand under them), salutation lines,
body and heading lines, closing lines, signature lines; the page may end in clutter). A line's score
for a role is the sum of the weights of its features for that role (:mod:`.features`); a reading's
score adds the weights of its role-to-role steps. The Viterbi algorithm finds the reading with the
highest score. A step from the end of one speech to a marker or a title starts another speech; when
the page announces a count of speeches (``精选3篇``), the reading that gives that count is preferred
as long as it costs little (the count is evidence, not an order).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable, Sequence

LABELS = ("head", "marker", "title", "subtitle", "byline", "date", "salutation", "body", "heading",
          "closing", "signature", "tail")
L = {name: i for i, name in enumerate(LABELS)}
_SPEECH_HEAD = ("marker", "title", "subtitle", "byline", "date", "salutation", "body", "heading")
_GRAMMAR = {
    "START": ("head",) + _SPEECH_HEAD,
    "head": ("head",) + _SPEECH_HEAD,
    "marker": ("title", "subtitle", "byline", "date", "salutation", "body", "heading"),
    "title": ("title", "subtitle", "byline", "date", "salutation", "body", "heading", "head"),
    "subtitle": ("byline", "date", "salutation", "body", "heading", "head"),
    "byline": ("byline", "date", "salutation", "body", "heading", "head"),
    "date": ("byline", "date", "salutation", "body", "heading", "head"),
    "salutation": ("salutation", "body", "heading"),
    "body": ("body", "heading", "closing", "signature", "tail", "marker", "title", "head", "byline"),
    "heading": ("body", "heading", "closing", "signature", "tail", "marker", "title", "head"),
    "closing": ("closing", "signature", "tail", "marker", "title", "head", "byline"),
    "signature": ("signature", "tail", "marker", "title", "head", "byline"),
    "tail": ("tail",),
}
_ENDS = ("salutation", "body", "heading", "closing", "signature", "tail", "title", "subtitle", "byline",
         "date")
#: What a line must show to take a role at all (any one of these features), and what rules a role out.
#: Everything else is weighed; these say what each role can be.
REQUIRE_ANY = {
    "closing": frozenset({"pat:thanks"}),
    "subtitle": frozenset({"pat:subtitle", "pat:dash", "pat:occasion"}),
    "date": frozenset({"pat:date"}),
    "marker": frozenset({"page:marker-chain", "page:label-repeated", "page:label-multi", "pat:appendix"}),
    "signature": frozenset({"pat:date", "pat:issuer", "pat:org-speaker", "pat:name", "pat:office-name", "pat:ends-with-name",
                            "pat:dated-byline", "pat:office", "pat:speaker-label"}),
    "tail": frozenset({"page:repeated", "page:same-as-title", "page:overlaps-title", "pat:editor", "pat:count",
                       "pat:label", "has:no-punct", "page:short-run"}),
    "salutation": frozenset({"pat:salutation", "pat:opens-salutation", "pat:address-call"}),
    # a speaker line shows a speaker: an office, a name, an affiliation, a speaking body, a dash or label
    "byline": frozenset({"pat:office", "pat:name", "pat:office-name", "pat:ends-with-name", "pat:spaced-name",
                         "pat:speaker-dash", "pat:speaker-label", "pat:affiliation", "pat:dated-byline",
                         "pat:org-speaker", "pat:date", "pat:latin-name", "pat:en-speaker"}),
}
FORBID_ANY = {
    "subtitle": frozenset({"has:period-inside", "end:period", "len:61-120", "len:121+"}),
    "head": frozenset({"pat:salutation", "form:h1", "page:marker-chain", "form:bare", "pat:speaks", "pat:speaks-short", "pat:about",
                       "pat:name-office"}),
    "tail": frozenset({"form:h1", "form:h2", "form:h3", "form:h4", "form:enum", "pat:salutation", "form:bare",
                       "page:verse", "pat:signs-off", "pat:date-only"}),
    # a list item is body text (the corpus convention): never a heading line
    "heading": frozenset({"pat:greets", "page:verse", "pat:signs-off", "page:top-type", "hint:list",
                          "pat:name-office"}),
    "body": frozenset({"pat:signs-off", "pat:name-office"}),
    "title": frozenset({"end:period", "end:semi", "end:colon", "len:121+", "pat:subtitle", "page:marker-chain",
                        "has:period-inside",
                        "form:h1", "form:h2", "form:h4", "form:bare", "pat:greets", "pair:above-larger-title",
                        "pat:dated-byline", "pat:date-only", "pat:bracketed", "pat:stage", "pat:name-office",
                        "pat:thanks-said"}),
    "byline": frozenset({"form:bare", "end:period", "end:q", "end:excl", "has:sentence-inside", "len:46-60", "len:61-120", "len:121+"}),
    "signature": frozenset({"has:sentence-inside", "end:period", "len:31-45", "len:46-60", "len:61-120",
                            "len:121+", "form:h1", "form:h2", "form:h3", "form:h4", "form:enum"}),
}
#: Steps that start another speech.
NEW_SPEECH = frozenset((a, b) for a in ("body", "heading", "closing", "signature")
                       for b in ("marker", "title", "head", "byline") if (a, b) != ("heading", "byline"))
_NEG = float("-inf")
#: How far an announced count may move the cost of starting a speech (in weight units).
COUNT_BIASES = (0.5, 1.0, 2.0, 3.0, 4.0)


@dataclass(frozen=True)
class Weights:
    """Weights as data: per role, feature → weight; per step ``"a>b"`` (START and END included)."""

    emit: dict[str, dict[str, float]]
    steps: dict[str, float]

    @classmethod
    def from_dict(cls, data: dict) -> "Weights":
        """Return weights from their JSON form (``{"emit": {...}, "steps": {...}}``)."""
        return cls(emit={k: dict(v) for k, v in data.get("emit", {}).items()}, steps=dict(data.get("steps", {})))

    def to_dict(self) -> dict:
        """Return the JSON form, rounded and without zero weights."""
        emit = {lab: {f: round(w, 3) for f, w in sorted(feats.items()) if round(w, 3)}
                for lab, feats in self.emit.items()}
        return {"emit": emit, "steps": {k: round(v, 3) for k, v in sorted(self.steps.items()) if round(v, 3)}}


@lru_cache(maxsize=1)
def default_weights() -> Weights:
    """Return the shipped weights (``weights.json``, fitted by ``bench/fit_structure.py``)."""
    text = resources.files(__package__).joinpath("weights.json").read_text("utf-8")
    return Weights.from_dict(json.loads(text))


@dataclass(frozen=True)
class Reading:
    """The chosen role of every line, the reading's score, and the features that were weighed."""

    labels: tuple[str, ...]
    score: float
    features: tuple[tuple[str, ...], ...]

    def starts(self) -> list[int]:
        """Return the line indices where a speech starts: the first line after the page head, and each
        line after a step that starts another speech (past any notes above it)."""
        out: list[int] = []
        pending = False
        for i, lab in enumerate(self.labels):
            if i > 0 and (self.labels[i - 1], lab) in NEW_SPEECH:
                pending = True
            if lab in ("head", "tail"):
                continue
            if not out or pending:
                out.append(i)
            pending = False
        return out


class _Scorer:
    """Emission vectors per feature set, cached (body lines share a handful of feature sets)."""

    def __init__(self, weights: Weights) -> None:
        self.weights = weights
        self.vectors: dict[str, list[float]] = {}
        self.cache: dict[tuple[str, ...], list[float]] = {}

    def vector(self, feature: str) -> list[float]:
        vec = self.vectors.get(feature)
        if vec is None:
            vec = [self.weights.emit.get(lab, {}).get(feature, 0.0) for lab in LABELS]
            self.vectors[feature] = vec
        return vec

    def emission(self, feats: tuple[str, ...]) -> list[float]:
        got = self.cache.get(feats)
        if got is None:
            got = [0.0] * len(LABELS)
            for f in feats:
                for j, w in enumerate(self.vector(f)):
                    got[j] += w
            for j in impossible(feats):
                got[j] = _NEG
            self.cache[feats] = got
        return got


def impossible(feats: tuple[str, ...]) -> list[int]:
    """Return the roles a line with ``feats`` cannot take (see REQUIRE_ANY and FORBID_ANY)."""
    have = set(feats)
    out = [L[r] for r, need in REQUIRE_ANY.items() if not need & have]
    return out + [L[r] for r, bar in FORBID_ANY.items() if bar & have]


def grammar(single: bool) -> tuple[list[tuple[str, str]], set[str], set[str]]:
    """Return the steps a reading may take (role, next role), the roles it may start with and the roles
    it may end with; ``single`` (one speech) leaves out the steps that start another speech."""
    steps = [(a, b) for a, targets in _GRAMMAR.items() if a != "START" for b in targets
             if not (single and (a, b) in NEW_SPEECH)]
    starts = set(_GRAMMAR["START"]) - ({"marker"} if single else set())
    return steps, starts, set(_ENDS)


def _steps(weights: Weights, single: bool, new_bias: float) -> tuple[list[list[tuple[int, float]]],
                                                                         list[float], list[float]]:
    """Return, per role, the allowed previous roles with step weights; START and END weights."""
    steps, starts, ends = grammar(single)
    back: list[list[tuple[int, float]]] = [[] for _ in LABELS]
    for a, b in steps:
        bias = new_bias if (a, b) in NEW_SPEECH else 0.0
        back[L[b]].append((L[a], weights.steps.get(f"{a}>{b}", 0.0) + bias))
    start = [weights.steps.get(f"START>{b}", 0.0) if b in starts else _NEG for b in LABELS]
    end = [weights.steps.get(f"{a}>END", 0.0) if a in ends else _NEG for a in LABELS]
    return back, start, end


def viterbi(emissions: Sequence[Sequence[float]], back, start, end,
            allowed: Sequence[Iterable[str] | None] | None = None) -> tuple[list[int], float]:
    """Return the best label path and its score; ``allowed`` may restrict each line's labels."""
    n = len(emissions)
    if n == 0:
        return [], 0.0
    masks = [None if a is None else {L[x] for x in a} for a in (allowed or [None] * n)]
    score = [start[j] + emissions[0][j] if masks[0] is None or j in masks[0] else _NEG for j in range(len(LABELS))]
    pointers: list[list[int]] = []
    for i in range(1, n):
        row = emissions[i]
        mask = masks[i]
        new = [_NEG] * len(LABELS)
        ptr = [0] * len(LABELS)
        for j, prevs in enumerate(back):
            if row[j] == _NEG or (mask is not None and j not in mask):
                continue
            best, arg = _NEG, 0
            for p, w in prevs:
                s = score[p]
                if s != _NEG and s + w > best:
                    best, arg = s + w, p
            if best != _NEG:
                new[j] = best + row[j]
                ptr[j] = arg
        pointers.append(ptr)
        score = new
    final = [s + e for s, e in zip(score, end)]
    last = max(range(len(LABELS)), key=lambda j: final[j])
    path = [last]
    for ptr in reversed(pointers):
        path.append(ptr[path[-1]])
    return path[::-1], final[last]


def choose(features: Sequence[tuple[str, ...]], weights: Weights | None = None, *, single: bool = False,
           count: int | None = None, allowed: Sequence[Iterable[str] | None] | None = None) -> Reading:
    """Return the best reading of lines with ``features``.

    ``single`` forbids starting another speech (the structure of one speech); ``count`` is a number of
    speeches the page announces; ``allowed`` may restrict the roles of each line (used in fitting).
    """
    weights = weights or default_weights()
    scorer = _Scorer(weights)
    emissions = [scorer.emission(f) for f in features]
    path, score = _best(emissions, weights, single, 0.0, allowed)
    found = _speeches(path)
    if count and not single and found != count:
        sign = 1.0 if found < count else -1.0
        for bias in COUNT_BIASES:
            alt, alt_score = _best(emissions, weights, single, sign * bias, allowed)
            if _speeches(alt) == count:
                path, score = alt, alt_score - sign * bias * (count - 1)
                break
    return Reading(tuple(LABELS[j] for j in path), score, tuple(features))


def _best(emissions, weights: Weights, single: bool, bias: float, allowed) -> tuple[list[int], float]:
    back, start, end = _steps(weights, single, bias)
    return viterbi(emissions, back, start, end, allowed)


def _speeches(path: list[int]) -> int:
    """Return how many speeches a label path holds."""
    labels = [LABELS[j] for j in path]
    return len(Reading(tuple(labels), 0.0, ()).starts())
