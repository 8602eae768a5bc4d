"""Plain-text reader: every non-empty line becomes a paragraph of one unstructured speech.

Structure (titles, headings, several speeches) is recognised later by the passes.
"""
from __future__ import annotations

import re

from ..model import Document, Paragraph, Source, Speech

_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")


def split_lines(text: str) -> list[str]:
    """Return the non-blank lines of ``text`` (any newline convention), outer whitespace removed."""
    lines = _NEWLINES.sub("\n", text.lstrip("\ufeff")).split("\n")
    return [ln.strip() for ln in lines if ln.strip()]


def read_text(text: str, source: Source | None = None) -> Document:
    """Return a Document holding one speech whose blocks are the lines of ``text``."""
    blocks = tuple(Paragraph.of(line) for line in split_lines(text))
    return Document(speeches=(Speech(blocks=blocks),), source=source or Source(format="text"))
