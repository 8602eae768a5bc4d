"""Table-driven structure tests, from two kinds of fixture:

- tests/data/structure/NAME.txt with NAME.expected.json beside it: page ``title``, then per speech
  ``title``, ``subtitle``, ``byline``, ``date``, ``salutation``, ``headings`` ("LEVEL NUMBERTEXT"),
  ``run_in`` (texts of run-in headings), ``leads`` (lead-sentence texts), ``closing``, ``signature``,
  ``first_body``, ``placeholders``; and ``dropped_reasons`` (the reasons in ``Document.dropped``, in
  order).
- tests/data/structure/cases.json: many small cases, each an ``input`` (a list of lines, or a string
  kept as it is) and an ``expect`` object naming only what it checks: the facts above for the first
  speech, plus ``page_title``, ``speeches`` (count), ``titles`` (all speech titles), ``bylines`` (all
  speech bylines), ``warnings`` (codes) and ``dropped_reasons``.
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
        "last_body": paragraphs[-1].text if paragraphs else None,
        "placeholders": [r.text for p in paragraphs for r in p.runs if r.placeholder],
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


CASE_FILE = DATA / "structure" / "cases.json"
CASE_LIST = json.loads(CASE_FILE.read_text("utf-8"))
PAGE_KEYS = {"page_title", "speeches", "titles", "bylines", "warnings", "dropped_reasons"}


def _page_facts(doc) -> dict:
    """Return the document-level facts a case may check."""
    return {"page_title": doc.title, "speeches": len(doc.speeches), "titles": [s.title for s in doc.speeches],
            "bylines": [s.byline for s in doc.speeches],
            "warnings": [w.code for w in doc.warnings], "dropped_reasons": [d.reason for d in doc.dropped]}


@pytest.mark.parametrize("case", CASE_LIST, ids=[c["name"] for c in CASE_LIST])
def test_structure_case(case):
    raw = case["input"]
    text = raw if isinstance(raw, str) else "\n".join(raw) + "\n"
    doc = speechconv.read(text.encode("utf-8"), format="text")
    page, first = _page_facts(doc), _facts(doc.speeches[0])
    for key, value in case["expect"].items():
        got = page[key] if key in PAGE_KEYS else first[key]
        assert got == value, key


def test_there_are_at_least_sixty_cases():
    assert len(CASE_LIST) >= 60
    assert len({c["name"] for c in CASE_LIST}) == len(CASE_LIST)


def test_every_fixture_has_an_expectation():
    assert CASES, "no structure fixtures found"
    for case in CASES:
        assert case.with_suffix(".expected.json").is_file(), case.name
