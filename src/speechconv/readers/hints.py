"""Hints that tell paragraphs apart, and only those: a gap before and a size, said as every reader says them.

A hint that every paragraph of a document carries alike says nothing about any one of them: a gap (or
an empty line) before nearly every paragraph, the body's own size. The text and DOCX readers leave
those out; a PDF measures them on every paragraph, so its reader leaves them out here, and one page
read from its text, its Word file or its PDF gives the passes the same evidence.

(Indentation is left as each reader gives it: a PDF of flush-left paragraphs says 0 for each, and the
reading's fitted weights lean on that; leaving it out put three tune pages' titles wrong.)
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Hints, Paragraph

#: A gap before at least this share of the paragraphs stands between all of them.
EVERYWHERE = 0.8
#: A size within this much of the body's is the body's.
SAME_SIZE = 0.05
#: A line of one repeated rule character: under a line, it marks that line a heading (=== level 1,
#: --- level 2, as text clips, Markdown and reStructuredText underline titles), in a text page and in
#: a PDF printed from one alike.
UNDERLINE = re.compile(r"^(=|-|~|\^|\*|#)\1{2,}$")
_UNDER_LEVEL = {"=": 1, "#": 1, "*": 1}


#: A line of Latin script at least this long that runs on in the next line of its paragraph is wrapped.
LATIN_WRAP = 30
_LATIN = re.compile(r"[A-Za-z]")


def is_latin(line: str) -> bool:
    """Return True when most of a line's characters are Latin letters."""
    return len(_LATIN.findall(line)) > len(line) / 2


def wraps_on(line: str, after: str) -> bool:
    """Return True when ``after`` (stripped) carries on a wrapped English line ``line`` (stripped): both
    in Latin script, ``line`` at least :data:`LATIN_WRAP` long, ``after`` opening with an ASCII
    character. Chinese lines are never joined so: a clip puts one Chinese paragraph on each line."""
    return bool(after) and after[0].isascii() and len(line) >= LATIN_WRAP and is_latin(after) and is_latin(line)


def underline_level(line: str) -> int | None:
    """Return the heading level a rule line gives the line above it (1 for ===, ###, ***; 2 for ---,
    ~~~, ^^^), or None when ``line`` is no rule."""
    m = UNDERLINE.match(line)
    return _UNDER_LEVEL.get(m.group(1), 2) if m else None


def varied(hints: list[Hints]) -> list[Hints]:
    """Return ``hints`` with a gap before left out where gaps stand before (nearly) all paragraphs, and
    a size within :data:`SAME_SIZE` of the body's left out."""
    everywhere = sum(h.blank_before for h in hints) >= EVERYWHERE * max(1, len(hints) - 1)
    return [replace(h, blank_before=h.blank_before and not everywhere,
                    size=None if h.size is not None and abs(h.size - 1.0) < SAME_SIZE else h.size)
            for h in hints]


def with_varied_hints(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Return ``paragraphs`` with their hints as :func:`varied` leaves them."""
    return [replace(p, hints=h) for p, h in zip(paragraphs, varied([p.hints for p in paragraphs]))]


#: A heading size step: at least this much larger than the body, and this much smaller than the top size.
STEP_OVER_BODY = 1.1
STEP_UNDER_TOP = 0.95
#: Lines longer than this are no heading set in a larger size (an introduction in large type).
STEP_LINE = 40
#: More than this share of the paragraphs in a step is no heading step (a page of mixed sizes).
STEP_SHARE = 0.3


def size_steps_bold(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Return the paragraphs with the short ones set in a size step between the body's size and the
    page's largest one (the title's) in bold: a page that sets its headings apart by size alone
    (16 pt heads over a 14 pt body under a 22 pt title, ``<font size=4>`` heads over size 3 under a
    size-5 title) shows the size step as other pages show bold. The largest size is left as it is (a
    title, or a page's only larger lines), and so are a heading tag's text (its own hint says more: a
    Markdown ``###`` is an ``<h3>``) and a page where many paragraphs share the step."""
    top = max((p.hints.size or 1.0 for p in paragraphs), default=1.0)
    step = [i for i, p in enumerate(paragraphs)
            if p.hints.size and STEP_OVER_BODY <= p.hints.size <= STEP_UNDER_TOP * top
            and len(p.text) <= STEP_LINE and not p.hints.heading and not p.hints.bold]
    if not step or len(step) > STEP_SHARE * len(paragraphs):
        return paragraphs
    return _bold(paragraphs, step)


#: Sentence ends: a line ending in one is no centred heading.
_SENTENCE_END = ("。", "！", "？", "；", "：", ".", "!", "?", ";", ":")


def centred_heads_bold(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Return the paragraphs with short centred lines inside the running text in bold, when the page
    has two or more: a line centred between paragraphs that are not (the one before ending a sentence)
    is a heading a page sets apart by centring alone, as others set it in bold. A title, byline or date
    stands above the text or below it, not between its paragraphs."""
    found = []
    for i in range(1, len(paragraphs) - 1):
        prev, p, nxt = paragraphs[i - 1], paragraphs[i], paragraphs[i + 1]
        if p.hints.align == "center" and not p.hints.bold and not p.hints.heading and len(p.text) <= STEP_LINE \
                and not p.text.rstrip().endswith(_SENTENCE_END) and prev.hints.align is None \
                and nxt.hints.align is None and prev.text.rstrip().endswith(_SENTENCE_END[:3]) \
                and (len(nxt.text) > STEP_LINE or nxt.text.rstrip().endswith(_SENTENCE_END[:3])):
            found.append(i)
    if len(found) < 2:
        return paragraphs
    return _bold(paragraphs, found)


def _bold(paragraphs: list[Paragraph], indexes: list[int]) -> list[Paragraph]:
    """Return ``paragraphs`` with those at ``indexes`` set wholly in bold (every run, and the hint)."""
    out = list(paragraphs)
    for i in indexes:
        p = out[i]
        out[i] = replace(p, runs=tuple(replace(r, bold=True) for r in p.runs), hints=replace(p.hints, bold=True))
    return out
