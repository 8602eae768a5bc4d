"""A speech followed by itself in another language: the Chinese text, then the English original.

News pages that translate a speech often set the original after the translation (``### …原文（英文）``
then the English, or the English straight after the last Chinese paragraph). Read as one speech, the
English would run on as body of the Chinese one. Where a page's text falls into a long run of
Chinese paragraphs and, after it, a long run of Latin-script paragraphs to its end, the two runs are
two speeches; a short title line just before the Latin run (the original's own heading) opens the
second. Pages that pair each paragraph with its translation never hold such runs and are left whole.

The reading of titles, notes and headings is grown on Chinese lines; the original's part is kept as
it stands, its heading line (if any) as its title (:func:`as_original`).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from ..model import Block, Paragraph, Speech
from ._text import SENTENCE_MARK, compact

_HAN = re.compile(r"[\u4e00-\u9fff]+")
_LATIN = re.compile(r"[A-Za-z]+")
#: Five words of Latin script in a row: a paragraph that may be in another language (a cheap first look).
_PHRASE = re.compile(r"[A-Za-z]{2,}(?:[\s,;:'’-]+[A-Za-z]+){4}")
#: Each run holds at least this many paragraphs longer than :data:`SHORT`.
MIN_RUN = 6
SHORT = 20
#: Share of a run's long paragraphs that may be in the other script (a caption, a quoted phrase).
STRAY = 0.1
#: The longest line that may stand above the Latin run as its title.
TITLE = 40


def _script(block: Block) -> str | None:
    """Return ``"han"`` or ``"latin"`` for a long paragraph mostly in that script, else None."""
    if not isinstance(block, Paragraph):
        return None
    text = compact(block.text)
    if len(text) <= SHORT:
        return None
    han, latin = _count(_HAN, text), _count(_LATIN, text)
    if han >= 0.5 * (han + latin / 4):     # a Han character carries about a word, a Latin word ~4 letters
        return "han"
    return "latin" if latin >= 0.8 * (han * 4 + latin) else None


def _count(pattern: re.Pattern[str], text: str) -> int:
    """Return how many characters of ``text`` the runs ``pattern`` finds hold."""
    return sum(m.end() - m.start() for m in pattern.finditer(text))


def _may_hold_a_run(blocks: Sequence[Block]) -> bool:
    """Return True when at least :data:`MIN_RUN` paragraphs hold five Latin words in a row (a cheap
    first look before the scripts are counted)."""
    return sum(1 for b in blocks if isinstance(b, Paragraph) and _PHRASE.search(b.text)) >= MIN_RUN


def language_boundary(blocks: list[Block]) -> int | None:
    """Return the index where the second-language part of ``blocks`` starts (see the module doc), or
    None when the blocks hold no Chinese run followed by a Latin run to their end."""
    if not _may_hold_a_run(blocks):
        return None
    scripts = [_script(b) for b in blocks]
    longs = [i for i, s in enumerate(scripts) if s]
    first_latin = next((k for k, i in enumerate(longs) if scripts[i] == "latin"), None)
    if first_latin is None:
        return None
    before, after = [scripts[i] for i in longs[:first_latin]], [scripts[i] for i in longs[first_latin:]]
    if before.count("han") < MIN_RUN or after.count("latin") < MIN_RUN \
            or after.count("han") > STRAY * len(after) or not all(s == "han" for s in before[-MIN_RUN:]):
        return None
    start = longs[first_latin]
    prev = blocks[start - 1] if start else None
    if isinstance(prev, Paragraph) and 0 < len(compact(prev.text)) <= TITLE and not SENTENCE_MARK.search(prev.text):
        start -= 1
    return start


def is_original(speech: Speech) -> bool:
    """Return True for a speech whose long paragraphs are nearly all in Latin script (an original set
    after its translation)."""
    if not _may_hold_a_run(speech.blocks):
        return False
    scripts = [s for s in map(_script, speech.blocks) if s]
    return len(scripts) >= MIN_RUN and scripts.count("han") <= STRAY * len(scripts)


def as_original(speech: Speech) -> Speech:
    """Return the original's part with its first line as its title when that line is a short one
    without a sentence mark, and every other block kept as body."""
    first = speech.blocks[0] if speech.blocks else None
    if speech.title or not isinstance(first, Paragraph) or not 0 < len(compact(first.text)) <= TITLE \
            or SENTENCE_MARK.search(first.text):
        return speech
    return replace(speech, title=first.text.strip(), blocks=speech.blocks[1:])
