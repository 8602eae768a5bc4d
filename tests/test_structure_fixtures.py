"""Table-driven structure tests: each tests/data/structure/NAME.txt has NAME.expected.json beside it.

An expectation names only what it checks: page ``title``; per speech ``title``, ``subtitle``, ``byline``,
``date``, ``salutation``, ``headings`` ("LEVEL NUMBERTEXT"), ``run_in`` (texts of run-in headings),
``leads`` (lead-sentence texts), ``closing``, ``signature``, ``first_body``; and ``dropped_reasons``
(the reasons of ``Document.dropped``, in order).
"""
from __future__ import annotations

import json

import pytest

import speechconv
from speechconv.model import Heading, Paragraph

from .conftest import DATA

CASES = sorted((DATA / "structure").glob("*.txt"))


def _facts(speech) -> dict:
    """Return the checkable facts of one recognised speech."""
    headings = [b for b in speech.blocks if isinstance(b, Heading)]
    paragraphs = [b for b in speech.blocks if isinstance(b, Paragraph)]
    return {
        "title": speech.title, "subtitle": speech.subtitle, "byline": speech.byline, "date": speech.date,
        "salutation": speech.salutation, "closing": list(speech.closing), "signature": speech.signature,
        "headings": [f"{h.level} {h.number}{h.text}" for h in headings],
        "run_in": [h.number + h.text for h in headings if h.run_in],
        "leads": ["".join(r.text for r in p.runs if r.role == "lead") for p in paragraphs
                  if any(r.role == "lead" for r in p.runs)],
        "first_body": paragraphs[0].text if paragraphs else None,
    }


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_structure_matches_expectation(case):
    expected = json.loads(case.with_suffix(".expected.json").read_text("utf-8"))
    doc = speechconv.read(case)
    if "title" in expected:
        assert doc.title == expected["title"]
    assert len(doc.speeches) == len(expected["speeches"])
    for got, want in zip(doc.speeches, expected["speeches"]):
        facts = _facts(got)
        for key, value in want.items():
            assert facts[key] == value, f"{key} of speech {got.title!r}"
    if "dropped_reasons" in expected:
        assert [d.reason for d in doc.dropped] == expected["dropped_reasons"]


def test_every_fixture_has_an_expectation():
    assert CASES, "no structure fixtures found"
    for case in CASES:
        assert case.with_suffix(".expected.json").is_file(), case.name
