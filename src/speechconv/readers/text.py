"""Plain-text reader: every non-empty line becomes a paragraph of one unstructured speech.

Structure (titles, headings, several speeches) is recognised later by the passes.
"""
from __future__ import annotations

import re

from ..limits import LIMITS, Limits
from ..model import Document, Notice, Paragraph, Source, Speech, fill_surrogates

_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_LINE = re.compile(r"[^\n]+")


def replace_surrogates(text: str) -> tuple[str, list[Notice]]:
    """Return ``text`` with lone surrogates replaced by U+FFFD, and a notice when there were any.

    Lone surrogates (U+D800–U+DFFF) are not characters: a Python ``str`` may hold them, but no output
    format can, so they are shown as U+FFFD (the mark for a lost character) and reported.
    """
    text, count = fill_surrogates(text)
    if not count:
        return text, []
    notice = Notice("lone-surrogate", f"{count} lone surrogate code point(s) replaced by U+FFFD (\ufffd)",
                    "the text was damaged before it reached speechconv (a bad UTF-16 conversion); "
                    "check those places against the original")
    return text, [notice]


def split_lines(text: str, limits: Limits | None = None) -> list[str]:
    """Return the non-blank lines of ``text`` (any newline convention), outer whitespace removed.

    Raises InputError when there are more than ``limits.paragraphs`` of them (no limit when None).
    """
    text = _NEWLINES.sub("\n", text.lstrip("\ufeff"))
    if limits is None or text.count("\n") < limits.paragraphs:   # cheap test first: it cannot be over
        return [ln.strip() for ln in text.split("\n") if ln.strip()]
    lines: list[str] = []
    for match in _LINE.finditer(text):                 # one at a time: stop before memory runs out
        line = match.group().strip()
        if line:
            lines.append(line)
            limits.check_paragraphs(len(lines))
    return lines


def read_text(text: str, source: Source | None = None, *, limits: Limits = LIMITS) -> Document:
    """Return a Document holding one speech whose blocks are the lines of ``text``.

    Lone surrogates become U+FFFD with a ``lone-surrogate`` warning. Raises InputError when there are
    more than ``limits.paragraphs`` non-blank lines.
    """
    text, notices = replace_surrogates(text)
    blocks = tuple(Paragraph.of(line) for line in split_lines(text, limits))
    return Document(speeches=(Speech(blocks=blocks),), source=source or Source(format="text"),
                    warnings=tuple(notices))
