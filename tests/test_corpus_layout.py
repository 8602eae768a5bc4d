"""GB/T 9704 layout of the PDFs made from the real corpus pages, by ../shared/tools/layoutcheck.py.

The seed page must pass every check. Every corpus page must pass the checks this first version
promises (A4, margins, body size, line pitch, 避头尾, page numbers, embedded fonts, glyph mapping);
the exact fill of every page (22 lines, 28 characters) is the PDF issue's to guarantee everywhere.
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

import speechconv

from .conftest import CORPUS, ROOT, corpus_file

LAYOUTCHECK = ROOT.parent / "shared" / "tools" / "layoutcheck.py"
PROMISED = {"page size", "margins", "line pitch", "body font size", "line-start/end rule (避头尾)",
            "page numbers", "fonts embedded", "glyph mapping"}
PAGES = sorted(p.name for p in CORPUS.glob("*") if p.suffix in (".txt", ".html"))


def _check(pdf) -> dict[str, dict]:
    """Return layoutcheck's checks for ``pdf`` by name."""
    if not LAYOUTCHECK.is_file():
        pytest.skip(f"layoutcheck.py not found at {LAYOUTCHECK}")
    run = subprocess.run([sys.executable, str(LAYOUTCHECK), str(pdf), "--json"], capture_output=True,
                         text=True, timeout=300)
    assert run.returncode in (0, 1), run.stderr
    report = json.loads(run.stdout.strip().splitlines()[0])
    return {c["name"]: c for c in report["checks"]}


def test_seed_page_pdf_passes_every_check(seed_path, tmp_path):
    pdf = tmp_path / "seed.pdf"
    speechconv.convert(seed_path, pdf)
    checks = _check(pdf)
    assert set(checks) >= PROMISED | {"lines per full page", "chars per full line"}
    assert all(c["ok"] for c in checks.values()), [c["detail"] for c in checks.values() if not c["ok"]]


@pytest.mark.parametrize("name", PAGES)
def test_corpus_page_pdf_passes_the_promised_checks(name, tmp_path):
    pdf = tmp_path / "page.pdf"
    speechconv.convert(corpus_file(name), pdf)
    checks = _check(pdf)
    failed = {n: checks[n]["detail"] for n in PROMISED if not checks[n]["ok"]}
    assert not failed, failed
