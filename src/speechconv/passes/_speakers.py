"""Pages of several speakers' parts (发言摘登, 座谈会发言, 代表发言选登): the speakers' own labels cut the page.

Such a page gives each speaker's part as a speech of its own: its head (when the part has one), its
speaker and its text. Two layouts name the speaker in a way no speech of one speaker shows twice:

- a **run-in label**: the part's first paragraph opens with the speaker's offices and name and a colon
  (``市人大代表、XX集团董事长 张建华：报告提出…``, ``张建华（市人大代表）：…``, ``张建华代表：…``), or the label
  stands alone on its line; the paragraphs after it, up to the next label, are the speaker's too;
- a **bracketed attribution** after the part (``（县政协委员 张三）`` on its own line, or run on at the end
  of the part's last paragraph): the part runs from the line after the previous attribution, and its
  first line is its head when it is a short line without a sentence in it.

A page is read so only when at least two such labels (or attributions) name at least two different
speakers, and (for labels) when no label is said twice (a dialogue, an interview) and no salutation
stands above the first: a single speech that quotes
``张三：`` or ends in ``（作者系…）`` stays one speech. The label becomes the part's byline (its colon or
brackets are recorded in ``dropped``); a head above a later label paragraph is that part's title when
every later part has one. The host's words between the speakers (``主持人：下面请…``) are nobody's
speech: they are recorded in ``dropped``. What stands above the first part is the page head.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Sequence

from ..model import Block, Dropped, Paragraph
from ._text import SENTENCE_MARK, compact, shown_text, split_runs
from .reading import patterns as P

HOST = "split: host's words between speeches"
LABEL_MARK = "split: colon after a speaker's label (the label is the byline)"
BRACKETS = "split: brackets around a speaker's attribution (the speaker is the byline)"
#: At most this many lines (headline, date, editor's note) stand above the first labelled part.
MAX_HEAD = 6
#: A part's head is at most this long.
HEAD_CHARS = 40


@dataclass(frozen=True)
class Part:
    """One speaker's part: its head line (or None), its speaker, its blocks."""

    title: str | None
    speaker: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class SpeakerPage:
    """A page read as speakers' parts: the page head above them, the parts, what was dropped, and the
    role of every line (head, title, speaker: a label run into the text, byline: a label or an
    attribution on its own line, body, host)."""

    head: list[Block]
    parts: list[Part]
    dropped: list[Dropped]
    roles: tuple[str, ...] = ()


def _head_line(b: Block) -> bool:
    """Return True for a line that may head a part: short, no sentence in it, no label of its own."""
    text = shown_text(b).strip()
    return P.titleish(text, HEAD_CHARS) and not P.EDITOR.search(compact(text)) and not P.HOST.match(text)


def _prose(b: Block) -> bool:
    return isinstance(b, Paragraph) and bool(SENTENCE_MARK.search(b.text))


def _distinct(names: Sequence[str]) -> bool:
    return len(names) >= 2 and len({compact(n) for n in names}) >= 2


def speaker_page(blocks: Sequence[Block], title: str | None) -> SpeakerPage | None:
    """Return the page read as speakers' parts (see the module doc), or None when it is no such page;
    ``title`` is the page title the reader found (or None)."""
    hosts = [i for i, b in enumerate(blocks) if isinstance(b, Paragraph) and P.HOST.match(b.text)]
    kept = [b for i, b in enumerate(blocks) if i not in hosts]
    found = _by_labels(kept) or _by_attributions(kept, title)
    if found is None:
        return None
    host_drops = [Dropped(shown_text(blocks[i]).strip(), HOST) for i in hosts]
    roles = iter(found.roles)
    every = tuple("host" if i in hosts else next(roles) for i in range(len(blocks)))
    return replace(found, dropped=host_drops + found.dropped, roles=every)


def _labels(blocks: Sequence[Block]) -> dict[int, tuple[int, str]]:
    """Return the paragraphs that open with a speaker's label: index → (label length, label)."""
    out = {}
    for i, b in enumerate(blocks):
        if isinstance(b, Paragraph):
            found = P.speaker_label(b.text)
            if found and (len(b.text) - found[0] == 0 or len(compact(b.text[found[0]:])) >= 4):
                out[i] = found
    return out


def _by_labels(blocks: Sequence[Block]) -> SpeakerPage | None:
    """Return the page cut at its run-in speaker labels, or None."""
    labels = _labels(blocks)
    starts = sorted(labels)
    names = [compact(labels[i][1]) for i in starts]
    if not _distinct(names) or len(set(names)) < len(names) or starts[0] > MAX_HEAD:
        return None     # one label said again: a dialogue or an interview, not speakers' parts
    if any(P.is_salutation(shown_text(b).strip()) for b in blocks[:starts[0]]):
        return None
    heads = [s - 1 for s in starts[1:] if s - 1 > starts[0] and s - 1 not in labels and _head_line(blocks[s - 1])]
    titled = len(heads) == len(starts) - 1
    first = starts[0] - 1 if titled and starts[0] >= 2 and _head_line(blocks[starts[0] - 1]) else starts[0]
    bounds = [first] + [s - 1 if titled else s for s in starts[1:]] + [len(blocks)]
    parts, dropped = [], []
    for k, s in enumerate(starts):
        lo, hi = bounds[k], bounds[k + 1]
        head = shown_text(blocks[lo]).strip() if lo < s else None
        n, label = labels[s]
        b = blocks[s]
        assert isinstance(b, Paragraph)
        _, rest = split_runs(b.runs, n)
        dropped.append(Dropped(b.text[:n].replace(label, "", 1).strip(), LABEL_MARK))
        body = ([replace(b, runs=rest)] if rest and "".join(r.text for r in rest).strip() else []) \
            + list(blocks[s + 1:hi])
        parts.append(Part(head, label, tuple(body)))
    roles = ["head"] * first + ["body"] * (len(blocks) - first)
    for k, s in enumerate(starts):
        roles[s] = "byline" if labels[s][0] >= len(shown_text(blocks[s]).rstrip()) else "speaker"
        if bounds[k] < s:
            roles[bounds[k]] = "title"
    return SpeakerPage(list(blocks[:first]), parts, dropped, tuple(roles))


def _by_attributions(blocks: Sequence[Block], title: str | None) -> SpeakerPage | None:
    """Return the page cut after each part's bracketed attribution, or None."""
    found = {i: a for i, b in enumerate(blocks) if isinstance(b, Paragraph) and (a := P.attribution(b.text))}
    ends = sorted(found)
    if not _distinct([found[i][1] for i in ends]):
        return None
    starts = [e + 1 for e in ends[:-1]]
    if not all(_prose_before(blocks, lo, e) for lo, e in zip([0] + starts, ends)):
        return None
    titled = all(_head_line(blocks[s]) and _prose_before(blocks, s + 1, e) for s, e in zip(starts, ends[1:]))
    first = _first_start(blocks, ends[0], titled, title)
    parts, dropped = [], []
    for lo, e in zip([first] + starts, ends):
        head = shown_text(blocks[lo]).strip() if titled and _head_line(blocks[lo]) and lo < e else None
        at, who = found[e]
        b = blocks[e]
        assert isinstance(b, Paragraph)
        before, _ = split_runs(b.runs, at)
        dropped.append(Dropped(compact(b.text[at:]).replace(compact(who), "", 1), BRACKETS))
        last = [replace(b, runs=before)] if before and "".join(r.text for r in before).strip() else []
        body = list(blocks[lo + (1 if head else 0):e]) + last
        parts.append(Part(head, who, tuple(body)))
    if ends[-1] + 1 < len(blocks):      # lines after the last attribution stay with the last part
        p = parts[-1]
        parts[-1] = replace(p, blocks=p.blocks + tuple(blocks[ends[-1] + 1:]))
    roles = ["head"] * first + ["body"] * (len(blocks) - first)
    for lo, e, part in zip([first] + starts, ends, parts):
        roles[e] = "byline" if found[e][0] == 0 else "body+byline"
        if part.title is not None:
            roles[lo] = "title"
    return SpeakerPage(list(blocks[:first]), parts, dropped, tuple(roles))


def _prose_before(blocks: Sequence[Block], lo: int, end: int) -> bool:
    """Return True when the part that an attribution at ``end`` closes holds prose (the attribution's
    own paragraph, or one between ``lo`` and it)."""
    b = blocks[end]
    at = P.attribution(b.text) if isinstance(b, Paragraph) else None
    return (at is not None and at[0] > 0) or any(_prose(x) for x in blocks[lo:end])


def _first_start(blocks: Sequence[Block], end: int, titled: bool, title: str | None) -> int:
    """Return where the first part starts: above the prose that its attribution at ``end`` closes, at
    its head line when the parts have heads (the page's first line only when the page has a title of
    its own already); what stands higher is the page head."""
    i = end - 1
    while i >= 0 and not _head_line(blocks[i]) and not P.EDITOR.search(compact(shown_text(blocks[i]))):
        i -= 1
    if i < 0:
        return 0
    if titled and _head_line(blocks[i]) and (i > 0 or title is not None):
        return i
    return i + 1
