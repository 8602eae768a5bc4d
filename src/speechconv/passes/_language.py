"""A speech followed by itself in another language: the Chinese text, then the English original (or the
original, then its Chinese translation).

News pages that translate a speech often set the original after the translation (``### …原文（英文）``
then the English, or the English straight after the last Chinese paragraph). Read as one speech, the
English would run on as body of the Chinese one. Where a page's text falls into a long run of
Chinese paragraphs and, after it, a long run of Latin-script paragraphs to its end, the two runs are
two speeches; a short title line just before the Latin run (the original's own heading) opens the
second. The other way round, a long Latin run then a long Chinese run to the end, is the original and
its translation; up to three short Chinese lines above the Chinese run (its title, the translator's
byline) open the translation. Pages that pair each paragraph with its translation never hold such runs and are left whole.

The reading of titles, notes and headings is grown on Chinese lines; the original's part is kept as
it stands, its heading line (if any) as its title (:func:`as_original`).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from ..model import Block, Paragraph, Speech
from ._text import SENTENCE_MARK, compact, mostly_latin
from .reading.patterns import LATIN_NAME

_HAN = re.compile(r"[\u4e00-\u9fff]+")
_LATIN = re.compile(r"[A-Za-z]+")
#: Five words of Latin script in a row: a paragraph that may be in another language (a cheap first look).
_PHRASE = re.compile(r"[A-Za-z]{2,}(?:[\s,;:'’-]+[A-Za-z]+){4}")
#: Each run holds at least this many paragraphs longer than :data:`SHORT`.
MIN_RUN = 6
SHORT = 20
#: A shorter pair of runs is still an original and its translation when it mirrors itself: no paragraph
#: in the other script on either side, and as many long paragraphs on each side, give or take one.
MIN_MIRROR = 3
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
    return sum(1 for b in blocks if isinstance(b, Paragraph) and _PHRASE.search(b.text)) >= MIN_MIRROR


def language_boundary(blocks: list[Block]) -> int | None:
    """Return the index where the second-language part of ``blocks`` starts (see the module doc), or
    None when the blocks hold no Chinese run followed by a Latin run to their end, nor a Latin run
    followed by a Chinese run to their end."""
    if not _may_hold_a_run(blocks):
        return None
    scripts = [_script(b) for b in blocks]
    longs = [i for i, s in enumerate(scripts) if s]
    opening = [scripts[i] for i in longs[:MIN_RUN]]     # a head line in the other script aside
    first, second = ("han", "latin") if opening.count("han") > len(opening) / 2 else ("latin", "han")
    switch = next((k for k, i in enumerate(longs) if scripts[i] == second and k >= opening.index(first)), None)
    if switch is None:
        return None
    before, after = [scripts[i] for i in longs[:switch]], [scripts[i] for i in longs[switch:]]
    if not _runs(before, after, first, second):
        return None
    start = longs[switch]
    if second == "han":
        return _after_last_latin(blocks, start)
    lines = 1
    while lines and start and _head_line(blocks[start - 1], second):
        start, lines = start - 1, lines - 1
    return start


def _after_last_latin(blocks: list[Block], start: int) -> int:
    """Return where a translation set after its original begins, its first long paragraph being at
    ``start``: right after the original's last line, when at most :data:`HEAD_LINES` short lines in
    Chinese stand between (its title, the translator's byline, a short greeting such as 大家晚上好。);
    else at :data:`HEAD_LINES` head lines above ``start`` as before."""
    k = start
    while k > 0 and start - k < HEAD_LINES + 1 and isinstance(blocks[k - 1], Paragraph) \
            and _HAN.search(blocks[k - 1].text) and not mostly_latin(blocks[k - 1].text) \
            and len(compact(blocks[k - 1].text)) <= SHORT:
        k -= 1
    if k < start and k > 0 and isinstance(blocks[k - 1], Paragraph) and mostly_latin(blocks[k - 1].text):
        return k
    lines = HEAD_LINES
    while lines and start and _head_line(blocks[start - 1], "han"):
        start, lines = start - 1, lines - 1
    return start


def _runs(before: list[str], after: list[str], first: str, second: str) -> bool:
    """Return True when the long paragraphs ``before`` the switch end in a run in script ``first`` and
    those ``after`` it are a run in script ``second`` to the end: :data:`MIN_RUN` of each with a few
    strays after, or a mirrored pair of :data:`MIN_MIRROR` or more (no strays, counts within one)."""
    if before.count(first) >= MIN_RUN and after.count(second) >= MIN_RUN \
            and after.count(first) <= STRAY * len(after) and all(s == first for s in before[-MIN_RUN:]):
        return True
    return MIN_MIRROR <= len(after) and set(before) == {first} and set(after) == {second} \
        and abs(len(before) - len(after)) <= 1


#: How many short lines (title, translator's byline) may open a Chinese translation set after its original.
HEAD_LINES = 3


def _head_line(block: Block, script: str) -> bool:
    """Return True for a short line without a sentence mark that may head the part in ``script``: any
    such line above a Latin part, one holding Chinese above a Chinese part."""
    if not isinstance(block, Paragraph):
        return False
    key = compact(block.text)
    if not 0 < len(key) <= TITLE or SENTENCE_MARK.search(block.text):
        return False
    return script == "latin" or bool(_HAN.search(key))


def original_first(blocks: Sequence[Block], cut: int) -> int | None:
    """Return where the original starts when ``blocks`` set it first and its translation from ``cut`` on
    (the first line mostly in Latin letters, at most :data:`HEAD_LINES` down: the lines above it are the
    page's head), else None."""
    if _script(blocks[cut]) != "han" and not any(_script(b) == "han" for b in blocks[cut:cut + HEAD_LINES + 1]):
        return None
    start = next((i for i, b in enumerate(blocks[:cut]) if isinstance(b, Paragraph) and mostly_latin(b.text)), None)
    if start is None or start > HEAD_LINES or any(_script(b) == "han" for b in blocks[start:cut]):
        return None
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
    without a sentence mark, its last lines as its signature and date when they are a name and a date
    in English (``Haruki Murakami``, ``February 2009``), and every other block kept as body."""
    first = speech.blocks[0] if speech.blocks else None
    if not speech.title and isinstance(first, Paragraph) and 0 < len(compact(first.text)) <= TITLE \
            and not SENTENCE_MARK.search(first.text):
        speech = replace(speech, title=first.text.strip(), blocks=speech.blocks[1:])
    return _signed(speech)


_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December)"
#: A date in English: ``February 2009``, ``May 12, 2005``, ``12 May 2005``.
_LATIN_DATE = re.compile(rf"^({_MONTH}\.?( \d{{1,2}},?)? \d{{4}}|\d{{1,2}} {_MONTH} \d{{4}})$")


def _signed(speech: Speech) -> Speech:
    """Return the speech with a last English date line as its date and a name line right above it (or
    last) as its signature."""
    blocks = list(speech.blocks)
    date = signature = None
    if blocks and isinstance(blocks[-1], Paragraph) and _LATIN_DATE.match(blocks[-1].text.strip()):
        date = blocks.pop().text.strip()
    if len(blocks) > 1 and isinstance(blocks[-1], Paragraph) and LATIN_NAME.match(blocks[-1].text.strip()):
        signature = blocks.pop().text.strip()
    if date is None and signature is None:
        return speech
    return replace(speech, blocks=tuple(blocks), date=speech.date or date,
                   signature=speech.signature or signature)
