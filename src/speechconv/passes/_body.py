"""Headings, run-in headings and lead sentences in a speech's body (a helper of the ``structure`` pass,
not a pass).

The page reading (:mod:`.reading`) says which body lines are headings; this module gives them their form:

- Numbered headings ``第一部分`` (or ``壹、``) ``一、`` ``（一）`` ``1.`` ``（1）`` (variants ``一.`` ``一，`` ``(一)`` ``1、`` ``1．``
  normalised). A number that does not continue its level (三、 after 一、) stays body text. Levels
  follow the forms the speech uses: its top form is level 1 (a speech whose top is ``（一）`` has
  ``（一）`` headings at level 1, ``1.`` at 2…). A long numbered paragraph gives a run-in heading (its
  first sentence).
- Run-in series: paragraphs that open with the same label and numbers 1, 2, 3… in order — ``第一，``
  ``一是`` ``其一，`` ``一要`` ``一抓…二抓…`` ``措施一：…措施二：…``. Read as headings, they become level-1
  run-in headings (their first sentence); otherwise their first sentence is marked as a lead.
- Unnumbered headings the source marks by presentation (a whole bold or centred line, ``<h3>``…):
  level 1, or a run-in heading when only the paragraph's opening sentence is bold.
- List items (``hints.list``: an ``<li>``, a Word list paragraph) are body: their numbers (``1. `` as a
  browser shows them) give no heading and they open no run-in heading.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Block, Heading, Paragraph
from ._text import cn_number, split_runs

_CN = "一二三四五六七八九十"
_HEADING_FORMS = (  # (level, pattern, number format); level 0 stands above 一、 and is moved up to 1
    (0, re.compile(rf"^第(?P<n>[{_CN}]{{1,3}})部分[\s\u3000：:、]+"), "第{}部分　"),
    # 壹、貳、參、 (the capital numerals Taiwan's documents number their top level with, above 一、)
    (0, re.compile(r"^(?P<n>[壹贰貳参參叁叄肆伍陆陸柒捌玖拾]{1,2})\s*[、.．]\s*"), "{}、"),
    (1, re.compile(rf"^(?P<n>[{_CN}]{{1,3}})\s*[、.．，,]\s*"), "{}、"),
    (2, re.compile(rf"^[（(]\s*(?P<n>[{_CN}]{{1,3}})\s*[)）]\s*[、.．，,]?\s*"), "（{}）"),
    (3, re.compile(r"^(?P<n>\d{1,2})\s*[.．、](?!\d)\s*"), "{}."),
    (4, re.compile(r"^[（(]\s*(?P<n>\d{1,2})\s*[)）]\s*"), "（{}）"),
)
#: A run-in series item: an optional label, a Chinese number, an optional verb or 是/要, a separator.
_SERIES = re.compile(rf"^(?P<pre>第|其|[\u4e00-\u9fff]{{2,4}}(?=[{_CN}][：:]))?(?P<n>[{_CN}]{{1,2}})"
                     rf"(?P<post>[\u4e00-\u9fff])?\s*(?P<sep>[，,、：:])?")
_ORDER = re.compile(r"^(?P<n>首先|其次|再次|再者|最后)\s*[，,、：:]")
_ORDER_WORDS = {"首先": 1, "其次": 2, "再次": 3, "再者": 3, "最后": 9}
#: Words that a number starts without enumerating anything (一个 一些 一直 一起 一样 一切 一定…).
_NOT_SERIES_POST = frozenset("个些直起样切定般旦点下同道线级批年天次时月项条位种度场方面带名份家期")
#: Counting words that do enumerate after 第 and before a mark (第二点： 第三条， 第四项、).
_COUNTED = frozenset("点条项")
# A sentence end; a ? or ! standing between Chinese characters is a lost character, not an end.
_SENTENCE_END = re.compile(r"[。！？]|[!?](?![\u4e00-\u9fff])")


#: ``一 关于…`` (a number and a space, no 、): a level-1 heading only as a short line with no sentence end.
_SPACED_FORM = re.compile(rf"^(?P<n>[{_CN}]{{1,3}})[ \u3000]+(?=[^\s{_CN}])")


#: A number alone on its line (一 / （二）): a section heading in older texts, when its series continues.
_BARE = re.compile(rf"^\s*(?:(?P<n>[{_CN}]{{1,3}})|[（(](?P<p>[{_CN}]{{1,3}})[)）])\s*$")


def bare_number(text: str) -> tuple[int, int] | None:
    """Return (level, value) for a line that is only a Chinese number (一 is level 1, （一） level 2)."""
    m = _BARE.match(text)
    if m is None:
        return None
    n = cn_number(m.group("n") or m.group("p"))
    return None if n is None else (1 if m.group("n") else 2, n)


def heading_form(text: str) -> tuple[int, str, int] | None:
    """Return (level, normalised number, length of the marker) for a numbered heading, or None."""
    for level, pattern, fmt in _HEADING_FORMS:
        m = pattern.match(text)
        if m and m.end() < len(text):
            return level, fmt.format(m.group("n")), m.end()
    m = _SPACED_FORM.match(text)
    if m and len(text) - m.end() <= 40 and not _SENTENCE_END.search(text):
        return 1, f"{m.group('n')}、", m.end()
    return None


def enum_kind(text: str) -> tuple[str, int, int] | None:
    """Return (series label, number, length of the marker) when a paragraph may open a run-in series
    (第一，  一是  其一，  一要  一抓  措施一：  首先，), or None. Whether it does depends on its neighbours."""
    m = _ORDER.match(text)
    if m:
        return "order", _ORDER_WORDS[m.group("n")], m.end()
    m = _SERIES.match(text)
    if not m or heading_form(text):
        return None
    pre, post, sep = m.group("pre") or "", m.group("post") or "", m.group("sep") or ""
    n = cn_number(m.group("n"))
    if n is None or (not post and not sep) or (pre in ("第", "其") and post and not sep):
        return None
    if post and post in _NOT_SERIES_POST and not (pre == "第" and sep and post in _COUNTED):
        return None
    if post and text[m.end():m.end() + len(m.group("n"))] == m.group("n"):  # 一是一，二是二
        return None
    label = f"{pre}#{post}{'：' if sep in '：:' and sep else ''}"
    return label, n, m.end()


def _split_sentence(text: str, limit: int = 60, clause_limit: int = 40) -> int:
    """Return the length of ``text``'s lead: its first sentence when short, else its first clause."""
    m = _SENTENCE_END.search(text)
    if m and m.end() <= limit:
        return m.end()
    m2 = re.search(r"[；;]", text)
    if m2 and m2.end() <= clause_limit:
        return m2.end()
    m3 = re.search(r"[，,：:]", text)
    if m3 and m3.end() <= clause_limit:
        return m3.end()
    return 0


#: The longest first sentence a numbered paragraph gives as its run-in heading (1．要把…融会贯通；…旁通。).
RUN_IN_LIMIT = 150


def _numbered(block: Paragraph) -> list[Block] | None:
    """Return a numbered paragraph as a heading (and run-in body), or None when it is not one."""
    text = block.text
    bare = bare_number(text)
    if bare is not None:
        return [Heading(bare[0], text.strip())]
    form = heading_form(text)
    if form is None:
        return None
    level, number, skip = form
    rest = text[skip:]
    body_end = _SENTENCE_END.search(rest)
    if len(rest) <= 60 and (body_end is None or body_end.end() == len(rest)):
        return [Heading(level, rest, number)]
    lead = _split_sentence(rest, RUN_IN_LIMIT, 0)
    if not lead:
        return None
    _, tail = split_runs(block.runs, skip + lead)
    if not tail:
        return [Heading(level, rest, number)]
    return [Heading(level, rest[:lead], number, run_in=True), Paragraph(tail, block.role, block.hints)]


def _in_sequence(candidates: list[list[Block] | None]) -> list[bool]:
    """Return, per candidate, whether its numbered heading is kept: its number continues its level.

    A heading numbered n at level L is kept when n is 1 (a list starts) or follows the last number
    seen at L; a higher-level heading restarts the levels below it. Anything else (一、 after 三、, a
    stray 5. in the body) stays the paragraph it was.
    """
    last = {0: 0, 1: 0, 2: 0, 3: 0, 4: 0}
    keep = []
    for found in candidates:
        head = found[0] if found else None
        n = _number_value(head.number or head.text) if isinstance(head, Heading) else None
        ok = head is not None and n is not None and (n == 1 or n == last[head.level] + 1)
        keep.append(ok)
        if ok:
            last[head.level] = n
            for deeper in range(head.level + 1, 5):
                last[deeper] = 0
    return keep


def _bare_series(blocks: list[Block], keep: list[bool]) -> list[bool]:
    """Return ``keep`` with bare numbers (一 alone on a line) kept only where numbers 1 and 2 of their
    level both stand alone: one stray 一 is a word, not a section."""
    bare = [bare_number(b.text) if k and isinstance(b, Paragraph) else None for b, k in zip(blocks, keep)]
    series = {level for level in (1, 2)
              if {1, 2} <= {n for found in bare if found and found[0] == level for n in (found[1],)}}
    return [k and (found is None or found[0] in series) for k, found in zip(keep, bare)]


def _number_value(number: str) -> int | None:
    """Return the value of a normalised heading number (一、 （二） 3. （4）), or None."""
    plain = number.strip("（）()、.\u3000").removeprefix("第").removesuffix("部分").translate(_CAPITALS)
    return cn_number(plain)


#: The capital (anti-forgery) numerals as the plain ones.
_CAPITALS = str.maketrans("壹贰貳参參叁叄肆伍陆陸柒捌玖拾", "一二二三三三三四五六六七八九十")


def series_labels(blocks: list[Block]) -> set[str]:
    """Return the series labels that really enumerate here: items 1 and 2 both open paragraphs, or
    items 2, 3 and 4 in order (item 1 run into the paragraph before); 首先/其次… count with two items
    of any numbers."""
    seen: dict[str, list[int]] = {}
    for b in blocks:
        if isinstance(b, Paragraph) and (k := enum_kind(b.text)):
            seen.setdefault(k[0], []).append(k[1])
    return {label for label, nums in seen.items()
            if {1, 2} <= set(nums) or (label == "order" and 1 in nums and len(nums) >= 2) or _from_two(nums)}


def _from_two(nums: list[int]) -> bool:
    """Return True for a series whose item 1 is run into the paragraph before it: 2, 3, 4… in order."""
    return len(nums) >= 3 and nums[:3] == [2, 3, 4]


def _series_item(block: Paragraph, as_heading: bool) -> list[Block]:
    """Return a series paragraph as a run-in heading + body, or with its lead sentence marked."""
    text = block.text
    lead = _split_sentence(text)
    if not lead:
        return [block]
    head, tail = split_runs(block.runs, lead)
    if as_heading:
        m = re.match(rf"^第[{_CN}]{{1,3}}[点条项]?\s*[，,、：:]\s*", text)
        number = m.group() if m else ""
        heading = Heading(1, text[len(number):lead], number.strip(), run_in=bool(tail))
        return [heading, Paragraph(tail, block.role, block.hints)] if tail else [replace(heading, run_in=False)]
    return [Paragraph(tuple(replace(r, role="lead") for r in head) + tail, block.role, block.hints)]


def bold_lead(block: Paragraph) -> int:
    """Return the length of a paragraph's bold opening sentence (0 when it has none)."""
    n = 0
    for r in block.runs:
        if not r.bold:
            break
        n += len(r.text)
    lead = _split_sentence(block.text)
    return lead if lead and n >= lead - 1 else 0


def _unnumbered(block: Paragraph) -> list[Block]:
    """Return a presentation heading: the whole short line, or its bold opening sentence as a run-in."""
    text = block.text.strip()
    if len(text) <= 60 and not _SENTENCE_END.search(text[:-1]):
        return [Heading(1, text)]
    lead = bold_lead(block)
    if not lead or len(_WORDS.findall(text[:lead])) < 4:
        return [block]   # a bold 第二， alone says nothing: no heading
    _, tail = split_runs(block.runs, lead)
    return [Heading(1, text[:lead], run_in=True), Paragraph(tail, block.role, block.hints)]


#: Characters that carry words (CJK, letters, digits), not marks.
_WORDS = re.compile(r"[\w\u4e00-\u9fff]")


def _relevel(blocks: list[Block], numbered: set[int]) -> list[Block]:
    """Return the blocks with numbered headings' levels moved up so the speech's top form is level 1
    (level 2 when unnumbered headings stand above them); when the numbered ones come first, an
    unnumbered heading after one of them stands one level below it (bold 第一阶段… under 2.关于…)."""
    levels = [b.level for i, b in enumerate(blocks) if isinstance(b, Heading) and i in numbered]
    if not levels:
        return blocks
    first_numbered = min(numbered)
    above = any(isinstance(b, Heading) and i not in numbered and i < first_numbered for i, b in enumerate(blocks))
    shift = min(levels) - 1 - (1 if above else 0)
    out: list[Block] = []
    last: int | None = None          # the level of the last numbered heading, once shifted
    for i, b in enumerate(blocks):
        if isinstance(b, Heading) and i in numbered:
            b = replace(b, level=max(1, min(4, b.level - shift))) if shift else b
            last = b.level
        elif isinstance(b, Heading) and not above and last is not None:
            b = replace(b, level=min(4, last + 1))
        out.append(b)
    return out


def recognise_body(blocks: list[Block], headings: list[bool] | None = None) -> list[Block]:
    """Return body blocks with headings, run-in headings and lead sentences recognised.

    ``headings`` says, per block, whether the page reading takes it for a heading (None: every
    numbered paragraph may be one and series are headings only in a speech without numbered ones).
    A list item (``hints.list``: ``<li>``, a Word list paragraph) stays body: its number is no heading's,
    and it opens no run-in heading (its lead sentence may still be marked).
    """
    flags = headings if headings is not None else [False] * len(blocks)
    found = [_numbered(b) if isinstance(b, Paragraph) and not b.hints.list else None for b in blocks]
    keep = _bare_series(blocks, _in_sequence(found))
    labels = series_labels(blocks)
    items = _series_items(blocks, labels)
    facts = _fact_items(blocks, items)
    heads = {lab for lab, where in items.items() if any(i not in facts for i in where)}   # a run of points
    as_heads = _series_as_headings(heads, any(keep))
    out: list[Block] = []
    numbered: set[int] = set()
    for i, (b, flag, f, kept) in enumerate(zip(blocks, flags, found, keep)):
        if kept and f:
            numbered.add(len(out))
            out.extend(f)
        elif isinstance(b, Paragraph) and (k := enum_kind(b.text)) and k[0] in labels \
                and not any(r.role for r in b.runs):     # facts told in order: lead sentences only
            out.extend(_series_item(b, k[0] in as_heads and i not in facts and not b.hints.list))
        elif isinstance(b, Paragraph) and flag and not f and _presented(b):
            out.extend(_unnumbered(b))
        else:
            out.append(b)
    return _nest_run_ins(_relevel(out, numbered), numbered)


def _nest_run_ins(blocks: list[Block], numbered: set[int]) -> list[Block]:
    """Return the blocks with the unnumbered run-in headings (a bold first sentence: 要抓项目扩投资。) that
    follow an unnumbered heading set as a line of its own (a centred or bold line) one level below it:
    the line heads a part, the run-in heads are its points. A numbered heading ends the nesting."""
    top: int | None = None
    out: list[Block] = []
    for i, b in enumerate(blocks):
        if isinstance(b, Heading) and i in numbered:
            top = None
        elif isinstance(b, Heading) and not b.run_in:
            top = b.level
        elif isinstance(b, Heading) and top is not None and b.level <= top:
            b = replace(b, level=min(4, top + 1))
        out.append(b)
    return out


#: A line wholly in brackets.
_BRACKETED = re.compile(r"^[（(【\[][^（()）【】\[\]]*[)）】\]]$")


def _presented(block: Paragraph) -> bool:
    """Return True when the source marks a paragraph as a heading by presentation (a heading tag, whole
    bold, centred, a larger font, or a bold opening sentence)."""
    if _BRACKETED.match(block.text.strip()):
        return False   # （掌声） （会场唱起生日快乐歌）: a note on the scene, not a heading
    h = block.hints
    return bool(h.heading or h.bold or h.align == "center" or (h.size or 1.0) >= 1.15
                or all(r.bold for r in block.runs if r.text.strip()) or bold_lead(block))


#: Which series serves as headings when a speech has several and no numbered heading: 第一， before
#: 一是 before 其一， before 一要, then any other label; 首先/其次 never.
_SERIES_RANK = ("第#", "#是", "其#", "#要")


def _series_items(blocks: list[Block], labels: set[str]) -> dict[str, list[int]]:
    """Return, per series label of ``labels``, the indices of the paragraphs that are its items, in order."""
    items: dict[str, list[int]] = {}
    for i, b in enumerate(blocks):
        if isinstance(b, Paragraph) and (k := enum_kind(b.text)) and k[0] in labels:
            items.setdefault(k[0], []).append(i)
    return items


def _fact_items(blocks: list[Block], items: dict[str, list[int]]) -> set[int]:
    """Return the indices of the items of series runs that tell facts in order, whose items give no
    heading: more than a quarter of the run's items open with a long sentence (第一，7月26日，在第23届…比赛中，…)
    or with a date (第二，8月5日，…). A run starts again at its item 1, so a speech that first lists its news
    (第一，7月20日，…) and then its points (第一，德育为首。) heads only the points."""
    facts: set[int] = set()
    for where in items.values():
        runs: list[list[int]] = []
        for i in where:
            if not runs or enum_kind(blocks[i].text)[1] == 1:
                runs.append([])
            runs[-1].append(i)
        for run in runs:
            if sum(1 for i in run if _tells_a_fact(blocks[i].text)) > 0.25 * len(run):
                facts.update(run)
    return facts


#: A date or time opening an item after its series marker (7月26日， 2023年 今年3月 上周五).
_OPENS_DATED = re.compile(r"^(\d{4}年|\d{1,2}月(\d{1,2}日)?|[今去前明]年|上(周|月|半年)|近日|日前)")


def _tells_a_fact(text: str) -> bool:
    """Return True when a series item opens with a long first sentence or a date (a fact told)."""
    end = _SENTENCE_END.search(text)
    kind = enum_kind(text)
    rest = text[kind[2]:].lstrip() if kind else text
    return end is None or end.end() > 60 or bool(_OPENS_DATED.match(rest))


def _series_as_headings(labels: set[str], numbered: bool) -> set[str]:
    """Return the series read as headings: none under numbered headings (there they are leads), else
    the first-ranked one (首先/其次… never)."""
    if numbered:
        return set()
    ranked = sorted((lab for lab in labels if lab != "order"),
                    key=lambda lab: _SERIES_RANK.index(lab) if lab in _SERIES_RANK else len(_SERIES_RANK))
    return set(ranked[:1])
