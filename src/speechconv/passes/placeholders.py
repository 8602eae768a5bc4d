"""The ``placeholders`` pass: mark template blanks so writers can highlight them.

Blanks are the fill-in-here marks of template speeches: ``20XX年`` / ``20××年``, runs of ``X`` or ``×``
(``XXX同志``, ``XX市``), ``***``, ``某某``, ``○○`` and runs of underscores (``___``, ``＿＿``). A run holding one is split so the blank
is a run of its own with ``placeholder=True``.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Document, Paragraph, Run, Speech

BLANK = re.compile(r"(?:19|20)[xX×＊*]{2}(?=年)|(?<![A-Za-z])[xX]{2,}(?![A-Za-z])|[×Ｘ＊]{2,}|\*{3,}|某某|"
                   r"[○〇]{2,}|_{3,}|＿{2,}")
#: Every blank holds one of these characters: a text without them needs no search with BLANK, whose
#: alternatives (one a look-behind) are tried at every position of the text.
_BLANK_CHARS = re.compile(r"[xX×Ｘ＊*某○〇_＿]")


def mark_run(run: Run) -> list[Run]:
    """Return ``run`` split so that each template blank in it is a placeholder run."""
    if run.placeholder or not _BLANK_CHARS.search(run.text):
        return [run]
    out: list[Run] = []
    pos = 0
    for m in BLANK.finditer(run.text):
        if m.start() > pos:
            out.append(replace(run, text=run.text[pos:m.start()]))
        out.append(replace(run, text=m.group(), placeholder=True))
        pos = m.end()
    if pos < len(run.text):
        out.append(replace(run, text=run.text[pos:]))
    return out or [run]


def _mark_speech(speech: Speech) -> Speech:
    """Return the speech with blanks marked in every paragraph."""
    blocks = tuple(replace(b, runs=tuple(r for run in b.runs for r in mark_run(run)))
                   if isinstance(b, Paragraph) else b for b in speech.blocks)
    return replace(speech, blocks=blocks)


def placeholders(doc: Document) -> Document:
    """Return ``doc`` with template blanks in body paragraphs marked as placeholder runs."""
    return doc.evolve(speeches=tuple(_mark_speech(s) for s in doc.speeches))
