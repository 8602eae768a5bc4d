"""A PDF that speechconv wrote, read back into the finished document by how each role is set.

speechconv's PDF (document information: Creator ``speechconv``) gives every title and heading an
outline entry, starts each speech on a new page, centres the title block, sets the salutation flush
left, indents body paragraphs, sets lead sentences bold, highlights placeholders and sets the signature
to the right. Reading that back:

- a speech starts at an outline title (a depth-0 entry on a large centred paragraph), or, with no title,
  at the top of a page when the page before ends a line or more early and no heading or signature
  explains it;
- the centred (or full-width) lines after the title, down to the gap the writer leaves under the title
  block, are the subtitle, speaker and date: the date is the last one when it stands in （） (the
  parentheses go: the writer adds them); of the others, two are subtitle and speaker, and one is the
  subtitle when it is set in the body face, else the speaker;
- the unindented left-aligned paragraphs before the body are the salutation lines (joined by newlines);
- headings are the outline's entries: a paragraph that is an entry's text is a heading, one that starts
  with it a run-in heading and the paragraph after it. The level is the entry's depth, except where
  the writer had to lower it (an outline cannot skip a level): there it is the level of an earlier
  heading set in the same face, when there is one;
- a bold opening up to a sentence or clause end is a lead sentence, and so is a wholly bold paragraph
  that opens a series (首先，最后，一是…); a bold run at a paragraph start looks the same and comes
  back as a lead. Highlighted text is a placeholder; other bold and slanted text keeps its marks;
- right-aligned paragraphs at the end are the signature (lines joined by newlines); short thanks just
  before it (谢谢大家！) are closing lines. Other closing lines look like body paragraphs and come back
  as such.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ...model import Block, Heading, Paragraph, Run, Speech
from ...pdfium import OutlineEntry
from .lines import BOLD, ITALIC, MARKED
from .paragraphs import TITLE_SIZE, Measure, Para, cut_runs, para_text

#: The Creator the PDF writer puts in the document information.
CREATOR = "speechconv"
_CN = "一二三四五六七八九十百零〇"
#: Heading numbers as the structure pass writes them (一、 （一） 1. （1） 第一，).
_NUMBER = re.compile(rf"^(?:[{_CN}]{{1,4}}、|（[{_CN}]{{1,4}}）|\d{{1,3}}\.(?!\d)|（\d{{1,3}}）|第[{_CN}]{{1,4}}[，、：])")
_WRAPPED = re.compile(r"^（(?P<d>.*)）$")
_THANKS = re.compile(r"^(?:谢谢|感谢|多谢|此致|敬礼)[^，。,]{0,12}[。！!]?$")
#: How a series item opens (首先 其次 最后 第一 一是 其一): a wholly bold one is a lead sentence.
_SERIES = re.compile(rf"^(?:首先|其次|再次|最后|第[{_CN}]+|[{_CN}]+是|其[{_CN}]+)")
#: Marks that end a lead sentence or clause (the structure pass cuts a long lead at a clause).
_LEAD_END = "。！？；：，!?;:,"


def is_own(info: dict[str, str]) -> bool:
    """Return True for a PDF that speechconv wrote (its document information says so)."""
    return info.get("Creator", "").strip() == CREATOR


@dataclass(frozen=True)
class _Entry:
    """An outline entry matched to a paragraph: its depth, and how many non-space characters of the
    paragraph it covers (all of them: a heading; fewer: a run-in heading)."""

    depth: int
    covers: int
    whole: bool
    title: str = ""


def _key(text: str) -> str:
    return "".join(text.split())


def match_outline(paras: list[Para], outline: list[OutlineEntry]) -> dict[int, _Entry]:
    """Return {paragraph index: entry} for the outline entries, matched in order by their text at the
    start of a paragraph on their page or later; where an entry says the height it points to, the
    paragraph of that text whose first line stands nearest it on its page (a text said twice on a page,
    一一一, is told apart by where it stands)."""
    out: dict[int, _Entry] = {}
    start = 0
    texts = [_key(para_text(p)[0]) for p in paras]
    for entry in outline:
        key = _key(entry.title)
        i = _place(paras, texts, entry, key, start) if key else None
        if i is not None:
            out[i] = _Entry(entry.depth, len(key), len(key) == len(texts[i]), entry.title.strip())
            start = i + 1
    return out


def _place(paras: list[Para], texts: list[str], entry: OutlineEntry, key: str, start: int) -> int | None:
    """Return the paragraph from ``start`` on that ``entry`` points to, or None."""
    here: list[int] = []
    for i in range(start, len(paras)):
        page = paras[i].lines[0].page
        if entry.page is not None and page < entry.page:
            continue
        if here and page != entry.page:
            break
        if not texts[i].startswith(key):
            continue
        if entry.top is None or page != entry.page:
            return i
        here.append(i)
    return min(here, key=lambda j: abs(entry.top - paras[j].lines[0].y)) if here else None


def read_own(paras: list[Para], m: Measure, outline: list[OutlineEntry]) -> tuple[Speech, ...]:
    """Return the speeches of a PDF speechconv wrote, from its paragraphs and outline."""
    entries = match_outline(paras, outline)
    m = _true_block(paras, m, entries)
    titles = {i for i, e in entries.items() if e.depth == 0 and e.whole and _is_title(paras[i], m)}
    starts = sorted({0} | titles | _page_starts(paras, m, entries))
    body_font = _body_font(paras)
    levels = _Levels()
    speeches = []
    for k, a in enumerate(starts):
        b = starts[k + 1] if k + 1 < len(starts) else len(paras)
        speeches.append(_speech(paras, a, b, a in titles, m, entries, levels, body_font))
    return tuple(speeches)


def _true_block(paras: list[Para], m: Measure, entries: dict[int, _Entry]) -> Measure:
    """Return ``m`` with the text block's edges as the writer set them when a page of few lines did not
    show them: the left edge is where the leftmost body-size line starts (indented first lines and
    headings stand right of it), and the block ends as far right of a centred title's centre as it
    starts left of it (the writer centres every title in the block)."""
    starts = [ln.x0 for p in paras for ln in p.lines if abs(ln.size - m.em) < 0.1 * m.em]
    if starts and min(starts) < m.left - 0.5 * m.em:
        m = replace(m, left=min(starts))
    for i, e in sorted(entries.items()):
        line = paras[i].lines[0]
        if e.depth == 0 and e.whole and line.size >= TITLE_SIZE * m.em and line.x0 - m.left >= m.em:
            right = line.x0 + line.x1 - m.left
            return replace(m, right=right) if right > m.right + m.em else m
    return m


def _is_title(para: Para, m: Measure) -> bool:
    """Return True for a paragraph set larger than the body: with a top-level outline entry, a speech
    title (the writer sets nothing else so; its centring is not checked, since a page of a few short
    lines shows neither margin for sure)."""
    return para.lines[0].size >= TITLE_SIZE * m.em


def _page_starts(paras: list[Para], m: Measure, entries: dict[int, _Entry]) -> set[int]:
    """Return the paragraphs that start a speech without a title: first on a page, after a page that
    ends a line or more early, and not a heading or signature (which the writer also moves on)."""
    if not paras:
        return set()
    bottom = min(ln.y for p in paras for ln in p.lines)
    out = set()
    for i in range(1, len(paras)):
        prev, first = paras[i - 1].lines[-1], paras[i].lines[0]
        if first.page == prev.page or i in entries or m.align(first) == "right":
            continue
        if prev.y - bottom >= 0.9 * m.pitch:
            out.add(i)
    return out


def _body_font(paras: list[Para]) -> str:
    """Return the face most body lines are set in."""
    counts: dict[str, int] = {}
    for p in paras:
        for ln in p.lines:
            counts[ln.font] = counts.get(ln.font, 0) + len(ln.text)
    return max(counts, key=counts.__getitem__) if counts else ""


#: The GB/T 9704 level of each heading number form (the structure pass moves them up together when a
#: speech's top form is not 一、).
_FORM_LEVELS = ((re.compile(rf"^[{_CN}]+、$"), 1), (re.compile(rf"^（[{_CN}]+）$"), 2), (re.compile(r"^\d+\.$"), 3),
                (re.compile(r"^（\d+）$"), 4))


def _form_level(number: str) -> int | None:
    """Return the level a heading number's form has in GB/T 9704 (一、 1, （一） 2, 1. 3, （1） 4)."""
    return next((level for form, level in _FORM_LEVELS if form.match(number)), None)


class _Levels:
    """Heading levels where the outline depth may be too low (the writer keeps outline levels from
    skipping one, so a depth one below the last may stand for a deeper level): numbered headings take
    their form's level, less the speech's shift (the structure pass moves all forms up alike when a
    speech's top form is not 一、); others the level of an earlier sure heading set in the same face."""

    def __init__(self) -> None:
        self.by_face: dict[tuple[str, bool], int] = {}
        self.shift = 0
        self.last = 0

    def level(self, depth: int, number: str, face: tuple[str, bool]) -> int:
        """Return a heading's level from its outline ``depth``, its ``number`` and its ``face``."""
        depth = max(1, min(4, depth))
        form = _form_level(number)
        if depth <= self.last:                # the writer could not have lowered it: sure
            self.by_face.setdefault(face, depth)
            level = depth
        elif form is not None:
            level = max(depth, min(4, form - self.shift))
        else:
            level = max(depth, self.by_face.get(face, depth))
        self.last = depth
        return level

    def start(self, entries: list[_Entry], titled: bool) -> None:
        """Start a speech whose outline entries are ``entries``: after a title the next heading may
        stand at depth 1 whatever its level; the shift is the speech's top number form's level less one."""
        if titled:
            self.last = 0
        forms = [_form_level(_split_number(e.title)[0]) for e in entries if e.depth > 0]
        found = [f for f in forms if f is not None]
        self.shift = min(found) - 1 if found else 0


def _speech(paras: list[Para], a: int, b: int, titled: bool, m: Measure, entries: dict[int, _Entry],
            levels: _Levels, body_font: str) -> Speech:
    """Return the speech of paragraphs ``a`` to ``b``."""
    k = a
    title = None
    levels.start([e for i, e in entries.items() if a <= i < b], titled)
    if titled:
        title, k = entries[a].title, a + 1
    head = _head(paras, k, b, m, entries)
    k += len(head)
    greeting: list[str] = []
    while k < b and k not in entries and _flush_left(paras[k], m):
        greeting.append(para_text(paras[k], m)[0])
        k += 1
    end = _signature_start(paras, k, b, m, entries)
    signature = [para_text(p, m)[0] for p in paras[end:b]]
    stop = end
    while stop > k and stop - 1 not in entries and _THANKS.match(para_text(paras[stop - 1], m)[0]):
        stop -= 1
    closing = tuple(para_text(p, m)[0] for p in paras[stop:end])
    blocks: list[Block] = []
    for i in range(k, stop):
        blocks += _blocks(paras[i], entries.get(i), levels, m)
    subtitle, byline, date = _title_block(head, body_font)
    return Speech(title=title, subtitle=subtitle, byline=byline, date=date,
                  salutation="\n".join(greeting) or None, blocks=tuple(blocks), closing=closing,
                  signature="\n".join(signature) or None)


def _head(paras: list[Para], k: int, b: int, m: Measure, entries: dict[int, _Entry]) -> list[Para]:
    """Return the title block after a title (subtitle, speaker, date): the centred or full-width
    paragraphs up to the gap the writer leaves under the block, else the centred ones."""
    def centred(p: Para) -> bool:
        return any(m.align(ln) == "center" for ln in p.lines)

    def full(p: Para) -> bool:
        return p.lines[0].x0 - m.left < 0.5 * m.em and m.right - p.lines[0].x1 < 0.5 * m.em

    i = k
    while i < b and i not in entries and not (i > k and paras[i].gap_before) and (centred(paras[i]) or full(paras[i])):
        i += 1
    if i < b and i > k and paras[i].gap_before:
        return paras[k:i]
    j = k
    while j < b and j not in entries and centred(paras[j]):
        j += 1
    return paras[k:j]


def _signature_start(paras: list[Para], k: int, b: int, m: Measure, entries: dict[int, _Entry]) -> int:
    """Return where the signature starts among paragraphs ``k`` to ``b``.

    The signature is set to the right, short of the right edge, under a gap: the paragraphs at the end
    whose lines end where the last one ends, back to the one under the gap. Where there is no such gap,
    only the right-aligned paragraphs at the end.
    """
    end = b
    while end > k and end - 1 not in entries and m.align(paras[end - 1].lines[-1]) == "right":
        end -= 1
    edge = paras[b - 1].lines[-1].x1 if b > k else m.right
    if m.right - edge < m.em:
        return end
    start = b
    while start > k and start - 1 not in entries:
        lines = paras[start - 1].lines
        lg = lines[0].x0 - m.left
        at_indent = m.indent is not None and abs(lg - m.indent) <= 0.2 * m.em
        if len(lines) > 1 or abs(lines[-1].x1 - edge) > 0.25 * m.em or lg < 0.5 * m.em or (at_indent and start == b):
            break
        start -= 1
        if paras[start].gap_before:
            return start
    return end


def _flush_left(para: Para, m: Measure) -> bool:
    """Return True for a paragraph set flush left without indentation (a salutation line)."""
    first = para.lines[0]
    return m.align(first) is None and first.x0 - m.left < 0.5 * m.em


def _title_block(head: list[Para], body_font: str) -> tuple[str | None, str | None, str | None]:
    """Return (subtitle, byline, date) from the centred paragraphs after a title."""
    texts = [para_text(p)[0] for p in head]
    fonts = [p.lines[0].font for p in head]
    date = None
    if texts and _WRAPPED.match(texts[-1]) and (len(texts) == 3 or any(c.isdigit() or c in "年月日〇" for c in texts[-1])):
        date = _WRAPPED.match(texts.pop()).group("d")
        date_font = fonts.pop()
    else:
        date_font = None
    if not texts:
        return None, None, date
    if len(texts) >= 2:
        return texts[0], " ".join(texts[1:]), date
    only, font = texts[0], fonts[0]
    if font == body_font and font != date_font:
        return only, None, date
    return None, only, date


def _blocks(para: Para, entry: _Entry | None, levels: _Levels, m: Measure) -> list[Block]:
    """Return the blocks of one body paragraph: a heading, a run-in heading and its paragraph, or a
    paragraph with its lead sentence, placeholders and marks."""
    text, marks = para_text(para, m)
    if entry is None:
        return [Paragraph(tuple(_runs(text, marks, lead=True)))]
    cut = _position(text, entry.covers)
    label = entry.title if _key(entry.title) == _key(text[:cut]) else text[:cut].strip()
    number, rest = _split_number(label)
    first = para.lines[0]
    level = levels.level(entry.depth, number, (first.font, bool(marks and marks[0] & BOLD)))
    if entry.whole:
        return [Heading(level, rest, number)]
    tail = _runs(text[cut:], marks[cut:], lead=False)
    return [Heading(level, rest, number, run_in=True), Paragraph(tuple(tail))]


def _split_number(label: str) -> tuple[str, str]:
    """Return (number, text) of a heading label (``一、总体要求`` -> ``一、``, ``总体要求``)."""
    m = _NUMBER.match(label)
    return (m.group(), label[m.end():]) if m else ("", label)


def _position(text: str, covers: int) -> int:
    """Return the index in ``text`` after its first ``covers`` non-space characters."""
    seen = 0
    for i, ch in enumerate(text):
        if not ch.isspace():
            seen += 1
            if seen == covers:
                return i + 1
    return len(text)


def _runs(text: str, marks: list[int], lead: bool) -> list[Run]:
    """Return the runs of a paragraph's text: placeholders, bold and slanted text; with ``lead``, the
    bold opening up to the end of its sentence is a lead sentence."""
    pieces = cut_runs(text, marks, BOLD | ITALIC | MARKED)
    runs = [Run(t, bold=bool(k & BOLD), italic=bool(k & ITALIC), placeholder=bool(k & MARKED)) for t, k in pieces]
    if not lead:
        return runs
    n = 0
    while n < len(runs) and runs[n].bold:
        n += 1
        if runs[n - 1].text.rstrip()[-1:] in _LEAD_END and (n < len(runs) or _SERIES.match(text)):
            return [Run(r.text, role="lead", italic=r.italic, placeholder=r.placeholder) for r in runs[:n]] + runs[n:]
    return runs
