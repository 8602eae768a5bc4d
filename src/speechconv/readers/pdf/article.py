"""The article in a PDF printed from a web page, set apart from the page's navigation, link lists and
footer the way the HTML reader finds it: by punctuation outside links.

A web page printed to PDF (by a browser or LibreOffice) keeps the whole page: menus of links, "推荐阅读"
lists, breadcrumbs, the footer; its links stay link annotations. The article is the best-scoring
stretch of lines (Kadane), where a line scores its Chinese punctuation outside links (a line without
any scores a little below nothing) and a line that is mostly link scores against; the stretch then takes
in the lines around it that are neither links nor smaller type: above it, the title block (a speaker
line a little smaller than the body included, a subtitle or date line in smaller type under a
large title line, and a title centred in smaller type), up to a line smaller than the largest taken (the
section name or meta line above a headline) or a
bookmarked one (a web page's headings are bookmarks: the headline above the article); below it,
the signature. What lies outside is left out only when it is clearly page furniture: at least
:data:`MIN_OUTSIDE` lines, little of the page's punctuation in lines of the body's type (a footer's
address in smaller type is furniture however it is punctuated), and mostly links or smaller type. A
document without links and set in one size (speechconv's PDF, a text file, most office documents)
is never cut.
"""
from __future__ import annotations

import re

from .lines import LINKED, Line

OUTSIDE = "pdf: outside the main content (page navigation, links, footer)"
#: Lines outside the article needed before any is left out.
MIN_OUTSIDE = 4
#: The share of the page's punctuation that the lines left out may hold, at most.
MAX_OUTSIDE_PUNCT = 0.15
#: Lines of smaller type (a subtitle, a date) that may stand between the body and a title above them.
TITLE_BLOCK = 3
#: A title line is set at least this much larger than the body.
TITLE_SIZE = 1.15
_PUNCT = re.compile(r"[，。；！？、：“”]")


def _linked(line: Line) -> bool:
    """Return True when most of a line's characters are inside links."""
    shown = [m for ch, m in zip(line.text, line.marks) if not ch.isspace()]
    return bool(shown) and 2 * sum(1 for m in shown if m & LINKED) >= len(shown)


def _punct(line: Line) -> int:
    """Return the Chinese punctuation marks of a line that are not inside links."""
    return sum(1 for ch, m in zip(line.text, line.marks) if not m & LINKED and _PUNCT.match(ch))


def mark_outside(lines: list[Line]) -> str | None:
    """Mark the lines around the article of a printed web page as outside the main content (see the
    module doc); ``lines`` are in reading order, furniture already marked is passed over. Return the
    page's headline when the article was set apart (:func:`_headline`: a web page's ``<h1>`` or
    ``<h2>`` is bookmarked), which is the page title as the HTML reader takes it."""
    kept = [ln for ln in lines if ln.removed is None]
    punct = [_punct(ln) for ln in kept]
    linked = [_linked(ln) for ln in kept]
    total = sum(punct)
    if not total:
        return None
    by_size: dict[float, int] = {}
    for ln, n in zip(kept, punct):
        key = round(ln.size * 2) / 2
        by_size[key] = by_size.get(key, 0) + n
    body = max(by_size, key=by_size.__getitem__)
    first, last = _best_stretch([_score(ln, n, link, body) for ln, n, link in zip(kept, punct, linked)])
    first = _body_start(kept, punct, first, last, body)
    top = body
    while first > 0 and _free(kept, linked, first - 1):
        if kept[first - 1].size >= (0.85 * body if top == body else 0.95 * top):
            first -= 1
        elif top == body and (under := _under_title(kept, linked, first, body)
                              or _centred_block(kept, linked, first, body)):
            first -= under
        else:
            break
        top = max(top, kept[first].size)
    while last + 1 < len(kept) and not linked[last + 1] and kept[last + 1].size >= 0.95 * body:
        last += 1
    outside = list(range(first)) + list(range(last + 1, len(kept)))
    furniture = sum(1 for i in outside if linked[i] or kept[i].size < 0.95 * body)
    text_punct = sum(punct[i] for i in outside if kept[i].size >= 0.95 * body)
    if len(outside) < MIN_OUTSIDE or text_punct > MAX_OUTSIDE_PUNCT * total or 2 * furniture < len(outside):
        return None
    for i in outside:
        kept[i].removed = OUTSIDE
    return _headline(kept, first)


def _headline(kept: list[Line], first: int) -> str | None:
    """Return the page's headline above line ``first``: of the bookmarked lines (depth 0 or 1) above
    it, the one in the largest type (the last of those alike); the lines around a headline are
    bookmarked too (the section's name above it, an English subtitle under it)."""
    marks = [i for i in range(first) if kept[i].bookmark is not None and kept[i].bookmark[0] <= 1]
    if not marks:
        return None
    best = max(marks, key=lambda i: (kept[i].size, i))
    return kept[best].bookmark[1]


def _free(kept: list[Line], linked: list[bool], i: int) -> bool:
    """Return True for a line that is neither a link nor bookmarked (a web page's heading)."""
    return not linked[i] and kept[i].bookmark is None


def _under_title(kept: list[Line], linked: list[bool], first: int, body: float) -> int:
    """Return how many lines above line ``first`` belong to the article's title block when up to
    :data:`TITLE_BLOCK` free lines of smaller type (a subtitle, a date) stand between the body and a
    line of a title's size (:data:`TITLE_SIZE` times the body's at least) that is not a link: those
    small lines, and the title line too unless it is bookmarked (a web page's headline, which is
    the page title). Return 0 otherwise."""
    for n in range(1, TITLE_BLOCK + 2):
        i = first - n
        if i < 0 or linked[i]:
            return 0
        if kept[i].size >= TITLE_SIZE * body and n > 1:
            return n if kept[i].bookmark is None else n - 1
        if kept[i].bookmark is not None or kept[i].size >= 0.85 * body:
            return 0
    return 0


def _centred_block(kept: list[Line], linked: list[bool], first: int, body: float) -> int:
    """Return how many free lines right above line ``first`` are centred on the text block (a title
    set in type smaller than the body's, over up to :data:`TITLE_BLOCK` + 1 lines); 0 for none."""
    left = min(ln.x0 for ln in kept)
    right = max(ln.x1 for ln in kept)
    n = 0
    while n <= TITLE_BLOCK and first - n > 0 and _free(kept, linked, first - n - 1):
        line = kept[first - n - 1]
        lg, rg = line.x0 - left, right - line.x1
        if min(lg, rg) < 2 * body or abs(lg - rg) > body:
            break
        n += 1
    return n


def _body_start(kept: list[Line], punct: list[int], first: int, last: int, body: float) -> int:
    """Return the first body line of the stretch ``first``..``last``: a punctuated line of the body
    size followed by another of that size (the lines above it are the title block, taken in again
    line by line)."""
    for i in range(first, last):
        if punct[i] and _same(kept[i].size, body) and _same(kept[i + 1].size, body):
            return i
    return first


def _same(size: float, body: float) -> bool:
    return abs(size - body) <= 0.05 * body


def _score(line: Line, punct: int, linked: bool, body: float) -> float:
    """Return what a line adds to the article: its punctuation, less for smaller type or links."""
    if linked:
        return -2.0 - punct
    if line.size < 0.95 * body:
        return -1.0
    return punct + 0.5 if punct else -0.25


def _best_stretch(scores: list[float]) -> tuple[int, int]:
    """Return (first, last) index of the stretch of ``scores`` with the highest sum (Kadane)."""
    best, best_span = float("-inf"), (0, len(scores) - 1)
    run, start = 0.0, 0
    for i, s in enumerate(scores):
        if run <= 0:
            run, start = s, i
        else:
            run += s
        if run > best:
            best, best_span = run, (start, i)
    return best_span
