"""The speech's title block set beside the main content: CMS pages put the title, the speaker and the
date in their own ``<div>``\\ s or table cells just above the article's ``<div>``, so the density search
(:mod:`.content`) leaves them outside.

The lines just before the content in document order are read nearest first (:func:`lead_in`):

- a CMS meta line, a share or print bar, a font-size switch (what the clean-up drops anyway:
  :func:`~speechconv.passes.boilerplate.match_rule`, or link lines in a tool bar by its class words), an
  editor's note or summary is passed over and stays out;
- a date line, a speaker line (office and name, a labelled speaker, a dash-led attribution) and the title
  lines above them (a line holding a speech word or the occasion, a ——subtitle, the page ``<title>``'s
  core, or a heading tag or title class with a line of title length) are taken, at most
  :data:`MAX_TITLE_LINES` title lines, the speaker and date lines below them;
- the scan stops at anything else: a link line or a breadcrumb, a line inside page furniture, a list
  item or a table cell beside the content's (a column, not a head), a long or sentence-like line, a short
  label, a line that fits none of the forms; and after :data:`WINDOW` lines.

A bare name or a date in digits alone (2024-02-26: a publishing date) is taken only under a title line.
Nothing is taken when the content opens with a title block of its own, and a line the content's opening
repeats stays out. What is not taken stays in ``dropped`` as outside the main content.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from enum import Enum

from bs4 import Tag

from ...model import Paragraph
from ...passes._text import compact, page_title_core
from ...passes.boilerplate import match_rule
from ...passes.reading.patterns import (DATE, DATE_ONLY, DATE_THEN_NAME, DATELINE, EDITOR, NEWS_ACT, OCCASION,
                                        OFFICE_NAME, SPEAKER_LABEL, SPEECH_WORD, SUBTITLE, dated_byline, is_salutation,
                                        name_only, news_lead)
from .blocks import Outside
from .tags import class_words

#: How many lines before the content are looked at (passed-over clutter included).
WINDOW = 8
#: At most this many title lines (a title over two lines, a kicker, a ——subtitle) are taken.
MAX_TITLE_LINES = 3
#: A line longer than this (whitespace removed) is text, not a title block.
MAX_LINE = 80
#: A title line shorter than this is a column label (领导讲话, 重要讲话) unless it is the page title's core.
MIN_TITLE = 5
#: How many of the content's first paragraphs are its opening (for repeats and a title block of its own).
OPENING = 6

_SENTENCE = re.compile(r"[。！？!?；;]")
#: A bar between a column or site name and a title (博雅论坛（教师篇）|金秋竞赛…): a page headline's parts.
_BAR = re.compile(r"[|｜丨]")
#: A speech's title quoted in a line (陈局长《在…会议上的讲话》): the line is about the speech.
_QUOTED = re.compile(r"《[^《》]*(讲话|致辞|致词|发言|报告|演讲|贺词|献词)》")
_HEADING_NUMBER = re.compile(r"^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[.．、])")
#: Class or id words naming a title element (title, arttitle, biaoti, bt).
_TITLE_CLASS = re.compile(r"^(\w*title|tit|bt|biaoti|headline|heading)$")
#: Class or id words of the article's tool bars between its head and its text (share, print, font size):
#: their link lines are passed over, where other link lines end the scan.
_TOOLS_CLASS = re.compile(r"^(share\w*|bdshare\w*|fenxiang|social|sns|print|dayin|tools?|toolbar|fontsize)$")
#: Elements whose lines are a list, never a title block.
_LIST_TAGS = frozenset(("li", "dd", "dt", "ul", "ol", "dl", "menu"))


class Kind(Enum):
    """What a line before the content is to the title block."""

    SKIP = "skip"          #: clutter the clean-up drops: passed over, stays out
    STOP = "stop"          #: not part of a title block: the scan ends
    TITLE = "title"        #: a title or subtitle line
    BELOW = "below"        #: a speaker or date line (below the title)
    WEAK = "weak"          #: a bare name or a date in digits: only under a title line


def lead_in(lines: Sequence[Outside], content: Tag, kept: Sequence[Paragraph], page_title: str | None,
            furniture: set[int]) -> list[int]:
    """Return the indexes (in document order) of ``lines`` (the blocks before the content) that make the
    speech's title block, or [] (see the module doc). ``kept`` are the content's paragraphs, ``furniture``
    the ids of the page's furniture elements."""
    core = compact(page_title_core(page_title) or "") if page_title else ""
    opening = _opening(kept)
    if any(_titled(p, core) for p in opening) or _reported(kept):
        return []
    said = "".join(compact(p.text) for p in opening)
    above = _ancestors(content)
    taken: list[tuple[int, Kind]] = []
    titles = 0
    for i in range(len(lines) - 1, max(-1, len(lines) - 1 - WINDOW), -1):
        kind = classify(lines[i], content, above, core, furniture)
        key = compact(lines[i].paragraph.text)
        if kind is Kind.SKIP or (kind is not Kind.STOP and key in said and kind is not Kind.TITLE):
            continue
        if kind is Kind.STOP or (titles and kind is not Kind.TITLE) or titles == MAX_TITLE_LINES \
                or any(compact(lines[j].paragraph.text) == key for j, _ in taken):
            break       # a line said again above: the page shows its head twice, the nearer copy is taken
        if kind is Kind.TITLE and key in said:
            return []       # the content repeats the title: its own head is there
        titles += kind is Kind.TITLE
        taken.append((i, kind))
    return sorted(i for i, kind in taken if titles or kind is not Kind.WEAK)


def classify(line: Outside, content: Tag, above: dict[int, Tag], core: str, furniture: set[int]) -> Kind:
    """Return what ``line`` (a block before the content) is to a title block above the content."""
    text = line.paragraph.text.strip()
    key = compact(text)
    if not key:
        return Kind.SKIP
    rule = match_rule(text)
    if rule is not None:
        return Kind.STOP if rule.reason.endswith("breadcrumb") else Kind.SKIP
    path = _path(line.block, above)
    if EDITOR.match(key) or (line.link_only and _tools(path)):
        return Kind.SKIP
    if _apart(path, above, furniture) or len(key) > MAX_LINE or _SENTENCE.search(key):
        return Kind.STOP
    marked = _marked_title(line, path)
    if line.link_only and not marked:
        return Kind.STOP
    if SPEAKER_LABEL.match(text) or DATE_THEN_NAME.match(key):
        return Kind.BELOW
    if DATE_ONLY.match(key) or DATE.match(key):
        return Kind.BELOW if "年" in key else Kind.WEAK
    if _title_text(key, core) or (marked and len(key) >= MIN_TITLE and not _news_headline(key)):
        return Kind.TITLE
    if OFFICE_NAME.search(text) or dated_byline(text) or (text.startswith(("—", "－")) and len(key) <= 30):
        return Kind.BELOW
    return Kind.WEAK if name_only(text) else Kind.STOP


def _title_text(key: str, core: str) -> bool:
    """Return True when ``key`` (a line, whitespace removed) reads as a speech's title or subtitle: the
    page title's core (or a part of it), a ——subtitle, or a line of title length naming a speech or its
    occasion; a line numbered as a heading (一、…) is none."""
    if _HEADING_NUMBER.match(key) or _news_headline(key):
        return False
    if len(core) >= 4 and (key in core or core in key):
        return True
    return len(key) >= MIN_TITLE and bool(SUBTITLE.match(key) or SPEECH_WORD.search(key) or OCCASION.match(key))


def _reported(kept: Sequence[Paragraph]) -> bool:
    """Return True when the content opens as a news report (a dateline, a news lead): the head above it
    is the report's headline, not a speech's title block."""
    first = next((p.text.strip() for p in kept if p.text.strip()), "")
    return bool(DATELINE.match(first)) or news_lead(first)


def _news_headline(key: str) -> bool:
    """Return True for a headline about a speech rather than its title: one that tells of an event
    (…举行座谈会 江泽民发表重要讲话), quotes the speech's title (马校长《在…上的讲话》) or holds a bar."""
    return bool(_BAR.search(key) or _QUOTED.search(key) or (NEWS_ACT.search(key) and not OCCASION.match(key)))


def _titled(p: Paragraph, core: str) -> bool:
    """Return True when a paragraph of the content's opening is a title line of its own."""
    key = compact(p.text)
    return (_title_text(key, core) or (p.hints.heading is not None and p.hints.heading <= 2
                                       and not _HEADING_NUMBER.match(key))) and not _SENTENCE.search(key) \
        and not is_salutation(key)        # a salutation (…全体运动员、教练员和工作人员：) is no title


def _opening(kept: Sequence[Paragraph]) -> list[Paragraph]:
    """Return the content's first paragraphs up to its first sentence (at most :data:`OPENING`)."""
    out: list[Paragraph] = []
    for p in kept[:OPENING]:
        if _SENTENCE.search(p.text) or len(compact(p.text)) > MAX_LINE:
            break
        out.append(p)
    return out


def _ancestors(content: Tag) -> dict[int, Tag]:
    """Return the content element and its ancestors, by id()."""
    out: dict[int, Tag] = {id(content): content}
    for parent in content.parents:
        out[id(parent)] = parent
    return out


def _path(block: Tag | None, above: dict[int, Tag]) -> list[Tag]:
    """Return the elements from ``block`` up to (not including) its nearest common ancestor with the
    content, then that ancestor last."""
    path: list[Tag] = []
    node = block
    while node is not None and id(node) not in above:
        path.append(node)
        node = node.parent
    return path + ([node] if node is not None else [])


def _apart(path: list[Tag], above: dict[int, Tag], furniture: set[int]) -> bool:
    """Return True when the line lies apart from the content: inside page furniture or a list, or in a
    table cell beside the content's (their common ancestor is a table row)."""
    if not path or id(path[-1]) not in above:
        return True
    own = path[:-1]
    return path[-1].name == "tr" or any(id(t) in furniture or t.name in _LIST_TAGS for t in own)


def _tools(path: list[Tag]) -> bool:
    """Return True when the line lies in a share, print or font-size bar (by class or id words)."""
    return any(_TOOLS_CLASS.match(w) for t in path[:-1] for w in class_words(t))


def _marked_title(line: Outside, path: list[Tag]) -> bool:
    """Return True when the line's element says it is a title: an <h1>–<h3>, or a title class or id on
    it or on an element around it below the common ancestor with the content."""
    if line.paragraph.hints.heading is not None and line.paragraph.hints.heading <= 3:
        return True
    return any(_TITLE_CLASS.match(w) for t in path[:-1][:3] for w in class_words(t))
