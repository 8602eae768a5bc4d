"""Table-driven HTML tests: each tests/data/html/NAME.html (or .htm) has NAME.expected.json beside it.

The pages are our own text in template-site, CMS, gov.cn and Word "save as web page" layouts, saved in
GBK, GB18030, Big5, UTF-8 with a wrong gb2312 meta and UTF-8 with a BOM, with clutter around (and inside)
the article. An expectation names only what it checks:

- ``encoding``, ``site``, ``title`` (the page title);
- ``speeches``: per speech the keys of the structure fixtures (``title``, ``subtitle``, ``date``,
  ``salutation``, ``headings``, ``first_body`` …, see test_structure_fixtures.py) plus ``last_body``;
  ``byline_has``: strings the first speech's byline contains;
- ``present`` / ``absent``: strings that must / must not appear in the speeches (whitespace ignored);
- ``bold`` / ``italic``: texts that must be bold / italic runs in what the reader gives (before passes);
- ``raw_blocks_start``: the first blocks the reader gives (before any pass), whitespace kept;
- ``warnings``: the exact set of warning codes; ``dropped_reasons_include``: reasons that must occur.
"""
from __future__ import annotations

import json
import re

import pytest

import speechconv
from speechconv.model import Heading, Paragraph

from .conftest import DATA
from .test_structure_fixtures import _facts

HTML_DIR = DATA / "html"
CASES = sorted(p for p in HTML_DIR.glob("*.htm*") if p.suffix in (".html", ".htm"))


def _key(text: str | None) -> str:
    """Return ``text`` without any whitespace (U+3000 and NBSP included)."""
    return re.sub(r"\s+", "", text or "")


def _shown(doc) -> str:
    """Return everything the speeches show, whitespace removed."""
    return _key("".join(t for s in doc.speeches for t in s.text_parts()))


def _runs(doc, mark: str) -> list[str]:
    """Return the texts of the runs that carry ``mark`` (bold/italic)."""
    return [r.text for s in doc.speeches for b in s.blocks if isinstance(b, Paragraph)
            for r in b.runs if getattr(r, mark)]


def _last_body(speech) -> str | None:
    """Return the last body text: the last block, or the last closing line."""
    body = [b.label if isinstance(b, Heading) else b.text for b in speech.blocks] + list(speech.closing)
    return body[-1] if body else None


@pytest.fixture(scope="module")
def docs():
    """Return a cache: fixture path -> (converted Document, reader-only Document)."""
    return {}


def _read(docs, case):
    """Return (doc, raw doc) for a fixture, reading it once per module."""
    if case not in docs:
        docs[case] = (speechconv.read(case), speechconv.read(case, passes=[]))
    return docs[case]


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_page_matches_expectation(case, docs):
    expected = json.loads(case.with_suffix(".expected.json").read_text("utf-8"))
    doc, raw = _read(docs, case)
    for key in ("encoding", "site"):
        if key in expected:
            assert getattr(doc.source, key) == expected[key], key
    if "title" in expected:
        assert _key(doc.title) == _key(expected["title"]), doc.title
    assert len(doc.speeches) == len(expected["speeches"])
    for got, want in zip(doc.speeches, expected["speeches"]):
        facts = _facts(got) | {"last_body": _last_body(got)}
        for key, value in want.items():
            if key == "date":
                assert _key(facts[key]).strip("（）()") == _key(value), f"date: {facts[key]!r}"
            elif key in ("title", "subtitle", "salutation", "first_body", "last_body"):
                assert _key(facts[key]) == _key(value), f"{key} of speech {got.title!r}: {facts[key]!r}"
            else:
                assert facts[key] == value, f"{key} of speech {got.title!r}"
    for part in expected.get("byline_has", []):
        assert part in (doc.speeches[0].byline or ""), doc.speeches[0].byline
    shown = _shown(doc)
    assert "\ufffd" not in shown
    for text in expected.get("present", []):
        assert _key(text) in shown, text
    for text in expected.get("absent", []):
        assert _key(text) not in shown, text
    for mark in ("bold", "italic"):
        runs = [_key(r) for r in _runs(raw, mark)]
        for text in expected.get(mark, []):
            assert any(_key(text) in r for r in runs), f"{text!r} is not {mark}: {runs}"
    start = expected.get("raw_blocks_start")
    if start:
        assert [b.text for b in raw.speeches[0].blocks[:len(start)]] == start
    assert sorted({w.code for w in doc.warnings}) == sorted(expected.get("warnings", []))
    reasons = {d.reason for d in doc.dropped}
    for reason in expected.get("dropped_reasons_include", []):
        assert reason in reasons


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_nothing_disappears_silently(case, docs):
    """Every character of the page's visible text ends up in the speeches, the page title or ``dropped``."""
    from collections import Counter

    from bs4 import BeautifulSoup

    from speechconv.decode import decode

    doc, raw = _read(docs, case)
    soup = BeautifulSoup(decode(case.read_bytes()).text, "lxml")
    for tag in soup(["script", "style", "head", "title", "button", "textarea", "select", "option"]):
        tag.decompose()
    visible = Counter(_key(soup.get_text()))
    accounted = Counter(_key("".join(t for s in raw.speeches for t in s.text_parts())
                             + "".join(d.text for d in raw.dropped) + (raw.title or "")))
    missing = visible - accounted
    assert not missing, f"characters lost: {dict(missing.most_common(10))}"


def test_every_fixture_has_an_expectation():
    assert len(CASES) >= 8, "HTML fixtures missing"
    for case in CASES:
        assert case.with_suffix(".expected.json").is_file(), case.name
