"""The ``split`` pass: a page holding several speeches becomes several ``Speech`` entries.

Part markers are recognised on paragraphs of their own: ``标题篇1`` / ``标题 篇2``, ``【篇一】``,
``第一篇：标题``, ``篇一：标题``, ``范文一：标题``, ``一：`` alone on a line, and ``标题 1`` / ``标题 2`` when they repeat one
title. Markers count only when they number 1, 2, 3… in order, so a title that merely contains 篇 is
not taken for one. The marker is never part of
a title: ``标题篇1`` gives the title ``标题``; after a bare marker the part's own first line may be its
title, else the structure pass gives it the page title (without a ``(精选N篇)`` suffix). What stands before the first marker is the page head: its first title-like line is
the page title, the rest is dropped as the page summary.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..model import Document, Dropped, Paragraph, Speech
from ._text import TERMINAL, cn_number, compact

_NUM = "0-9一二三四五六七八九十"
_MARKERS = (
    re.compile(rf"^(?P<title>.{{0,60}}?)[（(【\[]?篇(?P<n>[{_NUM}]{{1,3}})[)）】\]]?$"),
    re.compile(rf"^[【\[]?第(?P<n>[{_NUM}]{{1,3}})篇[】\]]?[:：、.．]?(?P<title>.{{0,60}})$"),
    re.compile(rf"^[【\[]?(?:范文|例文|样文|精选)(?P<n>[{_NUM}]{{1,3}})[】\]]?[:：、.．]?(?P<title>.{{0,60}})$"),
    re.compile(rf"^[【\[]?篇(?P<n>[{_NUM}]{{1,3}})[】\]]?[:：、.．](?P<title>.{{1,60}})$"),
    re.compile(r"^(?P<n>[一二三四五六七八九十]{1,3})[:：](?P<title>)$"),
    # 标题 1 / 标题 2: a title followed by a bare number counts only when every such marker repeats
    # the same title (see find_markers).
    re.compile(r"^(?=.*[\u4e00-\u9fff])(?P<title>.{4,60}?)(?P<n>\d{1,2})$"),
)
_SAME_TITLE_FORM = len(_MARKERS) - 1
_SENTENCE_MARK = re.compile(r"[。！？；!?;]|[，,：:]$")


@dataclass(frozen=True)
class Marker:
    """A recognised part marker: the block index, its number, the title it carries (may be empty)."""

    index: int
    number: int
    title: str
    form: int = 0  #: which of _MARKERS matched


def _marker(index: int, text: str) -> Marker | None:
    """Return the marker a paragraph is, or None."""
    key = compact(text)
    if len(key) > 64:
        return None
    for form, pattern in enumerate(_MARKERS):
        m = pattern.match(key)
        if m:
            n = cn_number(m.group("n"))
            title = m.group("title").strip(" ：:、")
            if n is not None and not _SENTENCE_MARK.search(title):
                return Marker(index, n, title, form)
    return None


def _chain(found: list[Marker]) -> list[Marker]:
    """Return the markers numbered 1, 2, 3… in order among ``found``."""
    chain: list[Marker] = []
    for m in found:
        if m.number == len(chain) + 1:
            chain.append(m)
    return chain


def find_markers(blocks: tuple) -> list[Marker]:
    """Return the part markers among ``blocks``: a run numbered 1, 2, 3… of one form, at least two.

    Markers of the form 标题 1 count only as a run repeating one title. Of several runs the longest wins.
    """
    found = [m for i, b in enumerate(blocks) if isinstance(b, Paragraph) and (m := _marker(i, b.text))]
    groups: dict[tuple[int, str], list[Marker]] = {}
    for m in found:
        groups.setdefault((m.form, m.title if m.form == _SAME_TITLE_FORM else ""), []).append(m)
    best = max((_chain(g) for g in groups.values()), key=len, default=[])
    return best if len(best) >= 2 else []


def _page_head(blocks: tuple) -> tuple[str | None, list[Dropped]]:
    """Return the page title among the blocks before the first marker, and the rest as dropped."""
    title = None
    dropped = []
    for b in blocks:
        text = b.text
        if title is None and len(text) <= 60 and not text.endswith(TERMINAL[:4]):
            title = text
        else:
            dropped.append(Dropped(text, "split: page summary before the first speech"))
    return title, dropped


_NAMED = re.compile(r"(?:整理|收集|准备|推荐)的?《(?P<t>[^》]{2,40})》")


def _named_in_notes(dropped: tuple[Dropped, ...]) -> str | None:
    """Return the title an editor's note names in 《…》 (以下是…整理的《标题》), or None."""
    for d in dropped:
        m = _NAMED.search(d.text)
        if m and d.reason.endswith("editor note"):
            return m.group("t")
    return None


def split(doc: Document) -> Document:
    """Return ``doc`` with each speech that holds part markers split into one speech per part.

    The page head before the first marker gives ``Document.title`` (when it has none yet); the marker
    text that is not a title is recorded in ``dropped``.
    """
    speeches: list[Speech] = []
    dropped: list[Dropped] = []
    title = doc.title
    for speech in doc.speeches:
        markers = find_markers(speech.blocks)
        if not markers:
            speeches.append(speech)
            continue
        head_title, head_dropped = _page_head(speech.blocks[:markers[0].index])
        if title and head_title is not None:  # the page has its title already: the line is a repeat
            head_dropped.insert(0, Dropped(head_title, "split: page head before the first speech"))
        title = title or head_title or _named_in_notes(doc.dropped)
        dropped += head_dropped
        ends = [m.index for m in markers[1:]] + [len(speech.blocks)]
        for m, end in zip(markers, ends):
            marker_text = speech.blocks[m.index].text
            part_title = m.title or None  # a bare marker: the structure pass finds the title
            gone = marker_text.replace(m.title, "", 1) if m.title else marker_text
            dropped.append(Dropped(gone.strip(), "split: part marker"))
            speeches.append(replace(speech, title=part_title, blocks=speech.blocks[m.index + 1:end]))
    if len(speeches) == len(doc.speeches):
        return doc
    return doc.evolve(speeches=tuple(speeches), title=title).drop(dropped)
