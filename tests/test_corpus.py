"""The real pages of ../shared/corpus against their expected structure (corpus/README.md's rules)."""
from __future__ import annotations

import json

import pytest

import speechconv
from bench.structure import evaluate

from .conftest import CORPUS, corpus_file


def _entries() -> list[dict]:
    path = CORPUS / "expected.json"
    return json.loads(path.read_text("utf-8")) if path.is_file() else []


ENTRIES = _entries()


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["file"] for e in ENTRIES])
def test_corpus_page_structure(entry):
    doc = speechconv.read(corpus_file(entry["file"]))
    score = evaluate(entry, doc)
    assert not score.misses, "\n".join(score.misses)


def test_corpus_is_present():
    corpus_file("expected.json")
    assert len(ENTRIES) >= 8


def test_seed_page_in_detail(seed_path):
    doc = speechconv.read(seed_path)
    assert doc.title == "在全市妇女工作会议上的讲话"
    assert [s.title for s in doc.speeches] == ["妇联维权工作会议上的讲话"] * 2
    assert [s.salutation for s in doc.speeches] == ["同志们：", "同志们："]
    reasons = {d.reason for d in doc.dropped}
    assert {"boilerplate: breadcrumb", "boilerplate: meta line", "boilerplate: editor note",
            "boilerplate: download prompt", "split: part marker"} <= reasons
    assert all(d.text.strip() for d in doc.dropped)
    assert [w.code for w in doc.warnings] == ["lossy-char"]


@pytest.mark.parametrize("name", [e["file"] for e in ENTRIES])
def test_no_input_text_disappears_silently(name):
    """Every character of the page's text is in the output, the page title or ``dropped``."""
    from bench.structure import lost_characters, source_text

    path = corpus_file(name)
    lost = lost_characters(source_text(path), speechconv.read(path))
    assert not lost, f"characters lost: {dict(lost.most_common(10))}"


def test_gbk_page_records_its_encoding():
    doc = speechconv.read(corpus_file("01-bnrs-summit-welcome.html"))
    assert doc.source.encoding == "gb18030"
    assert doc.source.format == "html"
    assert "泽被pī后人" in "".join(b.text for b in doc.speeches[0].blocks)
