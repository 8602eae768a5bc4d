"""GB/T 9704 layout of the PDFs made from the real corpus pages, by ../shared/tools/layoutcheck.py.

Every corpus page (the seed page among them) must pass every check: A4, margins, 22 lines on every
full page, 28 characters on full lines, line pitch, body size, 避头尾, page numbers, embedded fonts,
glyph mapping. The text read back from each PDF must be the model's text, character for character.
"""
from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

import speechconv
from speechconv.model import Document

from .conftest import CORPUS, ROOT, corpus_file

LAYOUTCHECK = ROOT.parent / "shared" / "tools" / "layoutcheck.py"
CHECKS = {"page size", "margins", "lines per full page", "chars per full line", "line pitch",
          "body font size", "line-start/end rule (避头尾)", "page numbers", "fonts embedded",
          "glyph mapping"}
PAGES = sorted(p.name for p in CORPUS.glob("*") if p.suffix in (".txt", ".html"))
SEED = "xuexila-women-rights-speeches.txt"
BLOCK_BOTTOM = (297 - 35) * 72 / 25.4            #: the text block's bottom edge, pt from the page top


@pytest.fixture(scope="module")
def converted(tmp_path_factory) -> dict[str, tuple[Path, Document]]:
    """Return a cache: corpus page name -> (its PDF, its Document), filled on first use."""
    return {}


def _pdf(name: str, converted: dict, tmp_path_factory) -> tuple[Path, Document]:
    """Return the PDF and the Document of corpus page ``name``, converting it once per module."""
    if name not in converted:
        pdf = tmp_path_factory.mktemp("corpus") / (Path(name).stem + ".pdf")
        doc = speechconv.convert(corpus_file(name), pdf)
        converted[name] = (pdf, doc)
    return converted[name]


def _check(pdf: Path) -> tuple[dict[str, dict], str]:
    """Return layoutcheck's checks for ``pdf`` by name, and its summary line."""
    if not LAYOUTCHECK.is_file():
        pytest.skip(f"layoutcheck.py not found at {LAYOUTCHECK}")
    run = subprocess.run([sys.executable, str(LAYOUTCHECK), str(pdf), "--json"], capture_output=True,
                         text=True, timeout=300)
    assert run.returncode in (0, 1), run.stderr
    lines = run.stdout.strip().splitlines()
    report = json.loads(lines[0])
    return {c["name"]: c for c in report["checks"]}, lines[-1]


def test_the_seed_page_is_in_the_corpus():
    assert SEED in PAGES or not CORPUS.is_dir()


@pytest.mark.parametrize("name", PAGES)
def test_corpus_page_pdf_passes_every_check(name, converted, tmp_path_factory):
    pdf, _ = _pdf(name, converted, tmp_path_factory)
    checks, summary = _check(pdf)
    assert set(checks) == CHECKS, summary
    failed = {n: c["detail"] for n, c in checks.items() if not c["ok"]}
    assert not failed, failed
    assert summary.startswith("layout: 10/10 checks pass"), summary


def model_chars(doc: Document) -> Counter:
    """Return the non-space characters the model says the document shows.

    The PDF adds only the full-width parentheses the profile puts round a date that has none.
    """
    got: Counter = Counter()
    for speech in doc.speeches:
        for part in speech.text_parts():
            got.update(ch for ch in part if not ch.isspace())
        if speech.date and not speech.date.strip().startswith(("（", "(")):
            got.update("（）")
    return got


@pytest.mark.parametrize("name", PAGES)
def test_corpus_page_pdf_text_is_the_model_text(name, converted, tmp_path_factory):
    pdfplumber = pytest.importorskip("pdfplumber")
    pdf, doc = _pdf(name, converted, tmp_path_factory)
    with pdfplumber.open(pdf) as f:
        got: Counter = Counter()
        for page in f.pages:                      # the page number sits below the 262 mm block edge
            got.update(c["text"] for c in page.chars if c["top"] < BLOCK_BOTTOM and not c["text"].isspace())
    want = model_chars(doc)
    assert got == want, (got - want, want - got)
