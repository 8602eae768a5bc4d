"""Shared test fixtures: paths to the shared corpus, the samples and the model fixtures."""
from __future__ import annotations

import signal
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
CORPUS = ROOT.parent / "shared" / "corpus"
SAMPLES = ROOT / "samples"

if str(ROOT) not in sys.path:  # lets tests use bench/structure.py's evaluation
    sys.path.insert(0, str(ROOT))

# A shell that starts pytest in the background (``cmd &`` without job control) hands it Ctrl-C
# ignored, and speechconv rightly keeps an ignored signal ignored (as under nohup). The Ctrl-C tests
# need a terminal's Ctrl-C, here and in the commands they start (which inherit an ignored signal
# but not a handler), so the test process takes Python's usual one.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)


def corpus_file(name: str) -> Path:
    """Return a corpus file's path, skipping the test with a clear reason when shared/ is absent."""
    path = CORPUS / name
    if not path.is_file():
        pytest.skip(f"shared corpus not found at {CORPUS} (tests expect ../shared beside the checkout)")
    return path


@pytest.fixture
def seed_path() -> Path:
    """Return the seed page: the xuexila plain-text scrape with two speeches."""
    return corpus_file("xuexila-women-rights-speeches.txt")


@pytest.fixture
def model_doc():
    """Return the two-speech model fixture with every role."""
    from speechconv import Document

    return Document.from_json((DATA / "model" / "two-speeches.json").read_text("utf-8"))


@pytest.fixture(autouse=True, scope="session")
def _font_cache_in_tmp(tmp_path_factory):
    """Keep the PDF writer's parsed-font cache out of the user's home while tests run."""
    import os

    old = os.environ.get("SPEECHCONV_CACHE")
    os.environ["SPEECHCONV_CACHE"] = str(tmp_path_factory.mktemp("font-cache"))
    yield
    if old is None:
        os.environ.pop("SPEECHCONV_CACHE", None)
    else:
        os.environ["SPEECHCONV_CACHE"] = old
