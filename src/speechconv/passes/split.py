"""The ``split`` pass: a page holding several speeches becomes several ``Speech`` entries.

The page is read by evidence (:mod:`speechconv.passes.reading`): a speech starts where the best
reading of the whole page starts one — at a part marker (``标题篇1``, ``【篇一】``, ``第一篇：标题``,
``范文一：标题``, ``一：标题``, ``标题 1`` / ``标题 2`` repeating one title; markers count only in a chain
numbered 1, 2, 3…), or at a title line after a speech's ending (a bold or centred title with its speaker
line, a ——subtitle, a salutation…). A page title that announces a count (``（精选3篇）``) is weighed too.

The marker is never part of a title: ``标题篇1`` gives the title ``标题``; after a bare marker the part's
own first line may be its title, else the structure pass gives it the page title (without a
``(精选N篇)`` suffix). What stands before the first speech is the page head: its first title-like line
is the page title (when the reader found none), the rest is recorded as dropped.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Block, Document, Dropped, Paragraph, Speech
from ._language import language_boundary, original_first
from ._speakers import speaker_page
from ._text import SENTENCE_MARK, compact, ends_sentence, headline_keys, page_title_core
from .reading import patterns as P
from .reading import announced_count, read_lines

APPENDIX_LABEL = "split: appendix label (the appendix is a part of its own)"

_NAMED = re.compile(r"(?:整理|收集|准备|推荐)的?《(?P<t>[^》]{2,40})》")


def _named_in_notes(dropped: tuple[Dropped, ...]) -> str | None:
    """Return the title an editor's note names in 《…》 (以下是…整理的《标题》), or None."""
    for d in dropped:
        m = _NAMED.search(d.text)
        if m and d.reason.endswith("editor note"):
            return m.group("t")
    return None


def _page_head(blocks: list[Block], title: str | None) -> tuple[str | None, list[Dropped]]:
    """Return the page title among the page-head blocks (when ``title`` is None) and the rest as dropped."""
    dropped = []
    for b in blocks:
        text = b.text if isinstance(b, Paragraph) else b.label
        if title is None and P.titleish(text) and not P.EDITOR.search(compact(text)):
            title = text
        elif title is not None and compact(text) == compact(title):
            dropped.append(Dropped(text, "split: page head before the first speech"))
        elif P.EDITOR.search(compact(text)):
            dropped.append(Dropped(text, "split: note or source line before the first speech"))
        else:
            dropped.append(Dropped(text, "split: page summary before the first speech"))
    return title, dropped


def _revived(labels: tuple[str, ...], unopened: list[int]) -> set[int]:
    """Return the lines read as notes before a speech start that opened nothing (they stay text)."""
    out: set[int] = set()
    for s in unopened:
        i = s - 1
        while i >= 0 and labels[i] == "head":
            out.add(i)
            i -= 1
    return out


def _titled_below(block: Block) -> bool:
    """Return True when the line under an appendix label may be the appendix's own title (a short line
    ending no sentence: 《案例：关于…的报告》), not its first entry (1.链长制：指…的机制。)."""
    text = block.text if isinstance(block, Paragraph) else block.label
    return len(text.strip()) <= 40 and not ends_sentence(text.strip())


def _parts(blocks: list[Block], labels: tuple[str, ...], starts: list[int],
           revived: set[int]) -> tuple[list[Speech], list[Dropped]]:
    """Return one speech per start (its marker lines dropped, a marker's title taken), and the drops;
    lines in ``revived`` read as notes are kept as text."""
    speeches, dropped = [], []
    for k, s in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(blocks)
        title = None
        kept: list[Block] = []
        for i in range(s, end):
            text = blocks[i].text if isinstance(blocks[i], Paragraph) else blocks[i].label
            if labels[i] == "head":
                after_title = i > s and labels[i - 1] in ("title", "head") and "title" in labels[s:i]
                if i in revived:
                    kept.append(blocks[i])   # notes before a speech that did not start: text after all
                    continue
                dropped.append(Dropped(text, "split: note under the title" if after_title
                                       else "split: note between speeches"))
                continue
            if labels[i] != "marker":
                kept.append(blocks[i])
                continue
            if P.APPENDIX.match(compact(text)):
                if i + 1 < end and labels[i + 1] in ("body", "heading") and title is None \
                        and not _titled_below(blocks[i + 1]):
                    title = text.strip().strip("【】[]").rstrip(":：")   # 名词解释 with no title under it: its title
                    marks = "".join(c for c in text.strip() if c in "【】[]:：")
                    if marks:
                        dropped.append(Dropped(marks, "split: marks around an appendix label taken as its title"))
                    continue
                dropped.append(Dropped(text, APPENDIX_LABEL))
                continue
            if title is None and P.APPENDIX_TITLED.match(compact(text)):
                colon = re.search(r"[:：]", text)      # 附件：2024年重点任务分解表: the label goes, the title stays
                title = text[colon.end():].strip()
                dropped.append(Dropped(text[:colon.end()].strip(), APPENDIX_LABEL))
                continue
            found = P.marker_parts(text)
            part_title = found[2] if found else ""
            if found and found[0] in (P.SAME_TITLE_FORM, P.LABEL_FORM) and i + 1 < end and labels[i + 1] == "title":
                part_title = ""      # 党课讲话稿 1, 一、国旗下讲话 over the part's own title: that title only
            if found is None and i + 1 < end and labels[i + 1] != "title":
                title = title or text.strip().rstrip(":：")   # a part label (值周总结：) with no title after it
                dropped.append(Dropped(text, "split: part label, taken as the part's title"))
                continue
            if part_title and title is None:
                title = part_title
                gone = text.replace(part_title, "", 1) if part_title in text else text
            else:
                gone = text
            if gone.strip():
                dropped.append(Dropped(gone.strip(), "split: part marker"))
        speeches.append(Speech(title=title or None, blocks=tuple(kept)))
    return speeches, dropped




_TITLE_BLOCK = frozenset({"subtitle", "byline", "date", "salutation"})


def _repeats_headline(text: str, title: str | None) -> bool:
    """Return True when a line repeats the page headline (whole, its core, or past a speaker's name)."""
    keys = headline_keys(title)
    core = page_title_core(title) if title else None
    if core and "：" in core:
        keys.add(compact(core.split("：", 1)[-1]))
    key = compact(text)
    return bool(key) and key in keys


def _substantial(starts: list[int], labels: tuple[str, ...], blocks: list[Block],
                 count: int | None, title: str | None = None) -> tuple[list[int], list[int]]:
    """Return the speech starts without those that begin no real speech, which stay with the part
    before: a part with no sentence in its body (a list of headlines after the ending), and a part that
    opens with a bare title line and goes straight on with body text (a heading set like a title)
    unless the page announces that many speeches, and a part that opens with no title, speaker, date or
    salutation at all, and a part titled with the page headline said again (no count announced). Also
    return the starts left out for lack of an opening (body text goes on there)."""
    kept = starts[:1]
    unopened: list[int] = []
    for k, s in enumerate(starts[1:], start=1):
        end = starts[k + 1] if k + 1 < len(starts) else len(blocks)
        roles = labels[s:end]
        body = [blocks[i].text for i in range(s, end)
                if labels[i] in ("body", "heading") and isinstance(blocks[i], Paragraph)]
        opens = next((blocks[i].text for i in range(s, end) if labels[i] == "body"), "")
        if labels[s] == "title" and _repeats_headline(blocks[s].text, title) and not count:
            continue   # the headline said again after a speech: no new speech
        if "marker" in roles[:1] or "salutation" in roles or P.fused_salutation(opens):
            kept.append(s)
            continue
        head = [r for r in roles if r not in ("body", "heading")][:4]
        if not {"title", "subtitle", "byline", "date"} & set(roles[:6]):
            unopened.append(s)   # nothing opens a speech here: body read past a run of notes
            continue
        bare_title = roles[0] == "title" and not _TITLE_BLOCK & set(head) and not (count and len(starts) <= count)
        if any(SENTENCE_MARK.search(t) for t in body) and not bare_title:
            kept.append(s)
    return kept, unopened


#: A cover holds a few lines: the collection's title, who compiled it, when.
COVER_LINES = 8


def _cover(starts: list[int], labels: tuple[str, ...], blocks: list[Block]) -> bool:
    """Return True when the first part is a collection's cover above the speeches that follow (2026年全市
    经济工作会议 / 领导讲话汇编 / 市委办公室　编 / 2026年1月, on a 汇编's first page): a few lines at the
    page's top, no salutation and no sentence among them, and at least one speech after them."""
    if len(starts) < 2 or starts[0] != 0 or starts[1] > COVER_LINES:
        return False
    part = range(starts[0], starts[1])
    texts = [blocks[i].text if isinstance(blocks[i], Paragraph) else blocks[i].label for i in part]
    return "salutation" not in labels[:starts[1]] and not any(SENTENCE_MARK.search(t) for t in texts)


def _below_cover_title(starts: list[int], labels: tuple[str, ...]) -> list[int]:
    """Return the starts with the first one moved down past a title and the notes under it when another
    title follows them (a cover's 2026年全市经济工作会议领导讲话汇编 / 2026年1月 above the first speech's
    own title in a PDF, both set large and centred): the first title is the page's, not the speech's."""
    if not starts:
        return starts
    i = s = starts[0]
    while i < len(labels) and labels[i] == "title":
        i += 1
    k = i
    while k < len(labels) and labels[k] == "head":
        k += 1
    if i == s or k == i or k >= len(labels) or labels[k] != "title" or (len(starts) > 1 and k >= starts[1]):
        return starts
    return [k] + starts[1:]


def _by_language(speeches: list[Speech]) -> tuple[list[Speech], bool]:
    """Return the speeches with each one that is followed by its original in another language cut in
    two (see :mod:`._language`), and whether any was."""
    out: list[Speech] = []
    for speech in speeches:
        cut = language_boundary(list(speech.blocks))
        if cut is None:
            out.append(speech)
            continue
        out += [replace(speech, blocks=speech.blocks[:cut]), Speech(blocks=speech.blocks[cut:])]
    return out, len(out) > len(speeches)


def _first_part_title(blocks: list[Block], labels: tuple[str, ...], starts: list[int]) -> tuple[int, str]:
    """Return where the first part starts and the title it takes there: at its start with no title, or
    one line higher with that line's text when the page head ends in a short title line and the parts
    after it open with titles of their own (## 校长致辞 over the first of several speeches, each under its
    ## title)."""
    s = starts[0]
    if s >= 2 and len(starts) > 1 and all(labels[t] == "title" for t in starts[1:]) and labels[s] != "title":
        above = blocks[s - 1]
        text = above.text if isinstance(above, Paragraph) else above.label
        if P.titleish(text, 30) and not P.EDITOR.search(compact(text)):
            return s - 1, text.strip()
    return s, ""


def _titled(part: Speech, label: str) -> Speech:
    """Return a later part with its opening title line as its title (the page's reading found it a
    title; the part's own reading may take a short one for a note)."""
    first = part.blocks[0] if part.blocks else None
    if part.title or label != "title" or not isinstance(first, Paragraph):
        return part
    return replace(part, title=first.text.strip(), blocks=part.blocks[1:])


def _original_first(blocks: list[Block]) -> tuple[Speech | None, list[Block]]:
    """Return the original set before its translation (see :mod:`._language`) as a speech of its own,
    and the page head above it; (None, []) when the blocks set no original first."""
    cut = language_boundary(blocks)
    start = None if cut is None else original_first(blocks, cut)
    if cut is None or start is None:
        return None, []
    return Speech(blocks=tuple(blocks[start:cut])), blocks[:start]


def split(doc: Document) -> Document:
    """Return ``doc`` with each speech that holds several speeches split into one speech per part.

    The page head before the first speech gives ``Document.title`` (when it has none yet) and is
    otherwise recorded in ``dropped``, as are the marker texts that are not titles.
    """
    speeches: list[Speech] = []
    dropped: list[Dropped] = []
    title = doc.title
    changed = False
    for speech in doc.speeches:
        blocks = list(speech.blocks)
        original, head = _original_first(blocks)
        if original is not None:     # the original, then its translation: the reading is for Chinese lines
            head_title, head_dropped = _page_head(head, title)
            title, changed = title or head_title, True
            dropped += head_dropped
            speeches.append(original)
            blocks = blocks[len(head) + len(original.blocks):]
            speech = replace(speech, blocks=tuple(blocks))
        by_speaker = speaker_page(blocks, title)
        if by_speaker is not None:      # a 发言摘登 page: each speaker's label starts a part
            head_title, head_dropped = _page_head(by_speaker.head, title)
            title, changed = title or head_title, True
            dropped += head_dropped + by_speaker.dropped
            speeches += [Speech(title=p.title, byline=p.speaker, blocks=p.blocks) for p in by_speaker.parts]
            continue
        reading = read_lines(blocks, title)
        starts, unopened = _substantial(reading.starts(), reading.labels, blocks, announced_count(title), title)
        if _cover(starts, reading.labels, blocks):
            starts = starts[1:]      # a collection's cover: the page head above the first speech
        starts = _below_cover_title(starts, reading.labels)
        if not starts or (len(starts) == 1 and starts[0] == 0 and "marker" not in reading.labels
                          and "head" not in reading.labels):
            speeches.append(speech)
            continue
        changed = True
        first, first_title = _first_part_title(blocks, reading.labels, starts)
        head_title, head_dropped = _page_head(blocks[:first], title)
        title = title or head_title or _named_in_notes(doc.dropped)
        dropped += head_dropped
        parts, gone = _parts(blocks, reading.labels, starts, _revived(reading.labels, unopened))
        dropped += gone
        parts = [_titled(p, reading.labels[s]) if k else p for k, (p, s) in enumerate(zip(parts, starts))]
        if first_title and not parts[0].title:
            parts[0] = replace(parts[0], title=first_title)
        if len(parts) == 1:
            parts[0] = replace(speech, title=speech.title or parts[0].title, blocks=parts[0].blocks)
        elif speech.subtitle or speech.byline or speech.date:   # what the reader found goes to the first
            parts[0] = replace(parts[0], subtitle=parts[0].subtitle or speech.subtitle,
                               byline=parts[0].byline or speech.byline, date=parts[0].date or speech.date)
        speeches += parts
    speeches, by_language = _by_language(speeches)
    if not changed and not by_language:
        return doc
    return doc.evolve(speeches=tuple(speeches), title=title).drop(dropped)
