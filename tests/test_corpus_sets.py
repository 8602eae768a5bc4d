"""The real pages of tests/data/corpus (tune and check sets): every page is read, nothing is lost, and
each set's scores stay at or above the floor they reached (a regression guard, not a target: the
targets and the figures are in bench/structure.py's tables)."""
from __future__ import annotations

import pytest

import speechconv
from bench.structure import entries_of, evaluate, lost_characters, source_text

SETS = {which: entries_of(which) for which in ("tune", "check")}
#: Share of checks passed per set, a little under what the current weights reach.
FLOORS = {"tune": {"speeches": 0.97, "title": 0.90, "salutation": 0.95, "clutter dropped": 0.94,
                   "text conserved": 1.0, "no U+FFFD": 1.0},
          "check": {"speeches": 0.95, "title": 0.93, "salutation": 0.95, "clutter dropped": 0.95,
                    "text conserved": 1.0, "no U+FFFD": 1.0}}


def test_the_corpus_holds_sixty_pages_and_a_check_set_of_twenty():
    assert len(SETS["tune"]) + len(SETS["check"]) >= 60
    assert len(SETS["check"]) >= 20
    tune = {e["source"]["sha256"] for _, e in SETS["tune"]}
    assert not tune & {e["source"]["sha256"] for _, e in SETS["check"]}   # no page in both sets


@pytest.mark.parametrize("which", ["tune", "check"])
def test_each_set_keeps_its_floor(which):
    totals: dict[str, list[bool]] = {}
    for path, entry in SETS[which]:
        score = evaluate(entry, speechconv.read(path), source_text(path))
        for name, results in score.checks.items():
            totals.setdefault(name, []).extend(results)
    for name, floor in FLOORS[which].items():
        got = sum(totals[name]) / len(totals[name])
        assert got >= floor, f"{which}: {name} {got:.2f} < {floor}"


@pytest.mark.parametrize("path, entry", [pe for pes in SETS.values() for pe in pes],
                         ids=[e["file"] for pes in SETS.values() for _, e in pes])
def test_no_text_is_lost(path, entry):
    lost = lost_characters(source_text(path), speechconv.read(path))
    assert not lost, f"characters lost: {dict(lost.most_common(10))}"


@pytest.mark.parametrize("letter", ["a", "i"])
def test_a_letter_picks_that_collectors_pages_only(letter):
    # bench/structure.py --letter C scores expected.C.json alone; every page of it starts with C
    picked = entries_of("tune", letter=letter) + entries_of("check", letter=letter)
    assert picked and all(e["file"].startswith(letter) for _, e in picked)
    assert len(picked) < len(SETS["tune"]) + len(SETS["check"])
