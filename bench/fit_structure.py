"""Fit the structure evidence weights on the tune set: a linear-chain CRF pulled toward prior weights.

    python bench/fit_structure.py [--iterations N] [--l2 X] [--out PATH] [--no-cases] [--no-fixtures]
                                  [--only FEATURE,FEATURE…]

Each example (see bench/examples.py) is a page with, per line, the roles its expectations allow. The
weights are fitted (bench/crf.py) to make the readings that agree with what is known probable, while
an L2 pull keeps them near ``bench/structure_prior.json`` (what each pattern suggests before any page
is seen), so that a rare pattern in the tune set cannot swing them far. Pages are read whole (as
``split`` does) and, speech by speech, alone (as ``structure`` does). The result is written to
``src/speechconv/passes/reading/weights.json``; conversion only reads that file.

``--only`` fits the weights of the named features alone (for every role), starting from the shipped
weights and keeping all others as they are: how evidence added since the last full fit is weighed.

The check set (``tests/data/corpus`` entries with ``"set": "check"``) is never used here.
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.examples import Example, allowed_roles, case_examples, corpus_examples, fixture_examples  # noqa: E402
from speechconv.passes.reading import announced_count, line_views, page_facts  # noqa: E402
from bench.crf import Chain, train  # noqa: E402
from speechconv.passes.reading.choose import Reading, Weights, choose  # noqa: E402
from speechconv.passes.reading.features import PageFacts, page_features  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "src" / "speechconv" / "passes" / "reading" / "weights.json"


@dataclass
class Item:
    """One training item: features per line, allowed roles, and how it is read."""

    name: str
    features: list[tuple[str, ...]]
    allowed: list
    single: bool
    count: int | None       #: the true number of speeches, when known (for the agreeing reading)
    announced: int | None   #: the number the page title announces (what conversion knows)


def to_weights(flat: dict[str, float]) -> Weights:
    """Return Weights from flat keys ``role|feature`` and ``a>b``."""
    emit: dict[str, dict[str, float]] = {}
    steps: dict[str, float] = {}
    for k, v in flat.items():
        if "|" in k:
            role, feat = k.split("|", 1)
            emit.setdefault(role, {})[feat] = v
        else:
            steps[k] = v
    return Weights(emit, steps)


def page_items(ex: Example) -> list[Item]:
    """Return the training items of one example: the whole page, then (later) its speeches alone."""
    allowed = allowed_roles(ex)
    if all(a is None for a in allowed):
        return []
    feats = page_features(line_views(ex.blocks), page_facts(ex.blocks, ex.title))
    count = len(ex.speeches) if ex.count_known else None
    return [Item(ex.name, feats, allowed, False, count, announced_count(ex.title))]


def speech_items(ex: Example, item: Item, gold: Reading) -> list[Item]:
    """Return one single-speech item per speech of the agreeing reading (as ``structure`` sees it)."""
    starts = gold.starts()
    out = []
    for k, s in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(gold.labels)
        idx = [i for i in range(s, end) if gold.labels[i] != "marker"]
        if not idx:
            continue
        blocks = [ex.blocks[i] for i in idx]
        feats = page_features(line_views(blocks), PageFacts(ex.title))
        allowed = [item.allowed[i] - {"marker"} if item.allowed[i] is not None and item.allowed[i] - {"marker"}
                   else (None if item.allowed[i] is None else frozenset({"head"})) for i in idx]
        out.append(Item(f"{ex.name}#{k + 1}", feats, allowed, True, None, None))
    return out


def agreeing(item: Item, weights: Weights) -> Reading | None:
    """Return the best reading within the allowed roles (None when the roles admit no reading)."""
    r = choose(item.features, weights, single=item.single, allowed=item.allowed,
               count=None if item.single else item.count)
    return r if r.score != float("-inf") else None


PRIOR = Path(__file__).resolve().parent / "structure_prior.json"


def prior() -> dict[str, float]:
    """Return the starting weights of ``structure_prior.json`` as flat keys."""
    data = json.loads(PRIOR.read_text("utf-8"))
    flat = {f"{role}|{f}": float(w) for role, feats in data["emit"].items() for f, w in feats.items()}
    flat.update({k: float(v) for k, v in data.get("steps", {}).items()})
    return flat


def items_of(examples: list[Example], start: Weights) -> list[Item]:
    """Return every training item: each page whole, and each of its speeches alone (segmented by the
    best reading that agrees with the page's expectations under the ``start`` weights)."""
    out = []
    for ex in examples:
        for item in page_items(ex):
            out.append(item)
            gold = agreeing(item, start)
            if gold is not None:
                out += speech_items(ex, item, gold)
    return out


def errors(items: list[Item], weights: Weights, show: bool = False) -> tuple[int, int]:
    """Return how many items, and lines, the free reading gets wrong against the agreeing one (and,
    with ``show``, print each such line: item, line number, wanted role, chosen role)."""
    wrong = lines = 0
    for it in items:
        want = agreeing(it, weights)
        if want is None:
            continue
        got = choose(it.features, weights, single=it.single, count=it.announced)
        bad = sum(a != b for a, b in zip(got.labels, want.labels))
        wrong += bad > 0
        lines += bad
        if show:
            for i, (a, b) in enumerate(zip(want.labels, got.labels)):
                if a != b:
                    print(f"  {it.name} line {i + 1}: wanted {a}, chose {b}", file=sys.stderr)
    return wrong, lines


def shipped(only: frozenset[str]) -> dict[str, float]:
    """Return the shipped weights (``weights.json``) as flat keys, with the prior weights of the
    features in ``only`` that the shipped file does not hold (evidence added since the last fit)."""
    data = json.loads(OUT.read_text("utf-8"))
    flat = {f"{role}|{f}": float(w) for role, feats in data["emit"].items() for f, w in feats.items()}
    flat.update({k: float(v) for k, v in data.get("steps", {}).items()})
    for key, w in prior().items():
        if key.split("|", 1)[-1] in only:
            flat.setdefault(key, w)
    return flat


def fit(examples: list[Example], iterations: int, l2: float, show: bool = False,
        only: frozenset[str] = frozenset()) -> Weights:
    """Return the weights fitted on ``examples``: a CRF pulled toward the prior (see bench/crf.py).
    With ``only`` (feature names), the fit starts from the shipped weights and moves only the
    weights of those features, for every role: new evidence is weighed without refitting the rest."""
    w0 = shipped(only) if only else prior()
    items = items_of(examples, to_weights(w0))
    print(f"{len(items)} items; start: {errors(items, to_weights(w0))} (items, lines) wrong", file=sys.stderr)
    chains = [Chain(it.features, it.allowed, it.single) for it in items]
    free = (lambda key: key.split("|", 1)[-1] in only) if only else None
    flat = train(chains, w0, iterations=iterations, l2=l2, free=free,
                 log=lambda msg: print(msg, file=sys.stderr) if msg.split()[1].rstrip(":").isdigit()
                 and int(msg.split()[1].rstrip(":")) % 10 == 0 else None)
    weights = to_weights(flat)
    print(f"fitted: {errors(items, weights, show)} (items, lines) wrong", file=sys.stderr)
    return weights


def load(use_cases: bool, use_fixtures: bool) -> list[Example]:
    """Return the tune-set examples (never the check set)."""
    out = list(corpus_examples("tune"))
    if use_fixtures:
        out += list(fixture_examples())
    if use_cases:
        out += list(case_examples())
    return out


def main(argv: list[str] | None = None) -> int:
    """Fit and write the weights; return 0."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--iterations", type=int, default=80)
    ap.add_argument("--l2", type=float, default=0.3, help="pull toward the prior weights")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--no-cases", action="store_true")
    ap.add_argument("--show-errors", action="store_true", help="print the lines the fitted weights still get wrong")
    ap.add_argument("--no-fixtures", action="store_true")
    ap.add_argument("--only", default="", help="comma-separated features: fit only their weights, the "
                    "shipped weights of every other feature kept")
    args = ap.parse_args(argv)
    examples = load(not args.no_cases, not args.no_fixtures)
    print(f"{len(examples)} examples", file=sys.stderr)
    only = frozenset(f for f in args.only.split(",") if f)
    weights = fit(examples, args.iterations, args.l2, args.show_errors, only)
    args.out.write_text(json.dumps(weights.to_dict(), ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
