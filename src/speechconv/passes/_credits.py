"""Credits pasted after a speech: the sponsors, partners and crew of an event page.

A talk's page often ends with its credits: ``主办方：润米咨询``, ``战略合作伙伴：…``, ``导演：洪工``,
``实时摄影： VPHOTO``, with lines of names between them and a prompt or two (``领取演讲PPT``). The
speech ends in sentences; what follows its last sentence, when it is all short lines without a
sentence in them and several of them are ``label：value`` lines, is the credits.
"""
from __future__ import annotations

import re

from ..model import Dropped, Paragraph
from ._text import CLOSERS, SENTENCE_MARK, compact, ends_sentence

#: A credit line: a short label, a colon, something after it, no sentence.
_CREDIT = re.compile(r"^[^：:，,。！？]{1,14}[：:]\s*[^。！？]{1,50}$")
#: The fewest credit lines, and their smallest share of the run, that make the end of a page credits.
MIN_CREDITS = 3
MIN_SHARE = 0.4
#: Lines longer than this are no credits.
MAX_LEN = 80
REASON = "boilerplate: credits after the speech"


def drop_credits(kept: list) -> list[Dropped]:
    """Pop the credits that end a page (see the module doc) from ``kept``; return them as dropped.

    The run must follow a paragraph that ends a sentence, and hold at least :data:`MIN_CREDITS`
    ``label：value`` lines making up :data:`MIN_SHARE` of it.
    """
    run = 0
    while run < len(kept) and _short(kept[-1 - run]):
        run += 1
    if run == 0 or run == len(kept):
        return []
    lines = [compact(b.text) for b in kept[-run:]]
    credits = sum(1 for k in lines if _CREDIT.match(k))
    before = kept[-1 - run]
    if credits < MIN_CREDITS or credits < MIN_SHARE * run or not _ends_sentence(before):
        return []
    out = [Dropped(b.text, REASON) for b in kept[-run:]]
    del kept[-run:]
    return out


def _short(block: object) -> bool:
    """Return True for a paragraph that could be a credits line: short, no sentence in it."""
    if not isinstance(block, Paragraph):
        return False
    key = compact(block.text)
    return 0 < len(key) <= MAX_LEN and not SENTENCE_MARK.search(key)


def _ends_sentence(block: object) -> bool:
    """Return True for a paragraph whose text ends a sentence (closing quotes, brackets and emphasis
    marks after the mark aside)."""
    return isinstance(block, Paragraph) and ends_sentence(block.text, CLOSERS + "*_~ \u3000")
