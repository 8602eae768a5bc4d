"""Numbered headings, run-in headings and lead sentences in a speech's body (a helper of the ``structure`` pass, not a pass).

- ``一、`` level 1, ``（一）`` level 2, ``1.`` level 3, ``（1）`` level 4, with the common variants
  (``一.`` ``一，`` ``(一)`` ``1、`` ``1．``) normalised. A long numbered paragraph gives a run-in heading
  (its first sentence). A number that does not continue its level (三、 after 一、) stays body text.
- Run-in enumerations (第一，/一是/其一，/一要/首先，) become level-1 run-in headings when the speech has
  no numbered heading; otherwise their first sentence is marked as a lead sentence.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Block, Heading, Paragraph
from ._text import split_runs
from ._text import cn_number

_CN = "一二三四五六七八九十"
_HEADING_FORMS = (  # (level, pattern, number format)
    (1, re.compile(rf"^(?P<n>[{_CN}]{{1,3}})\s*[、.．，,]\s*"), "{}、"),
    (2, re.compile(rf"^[（(]\s*(?P<n>[{_CN}]{{1,3}})\s*[)）]\s*[、.．，,]?\s*"), "（{}）"),
    (3, re.compile(r"^(?P<n>\d{1,2})\s*[.．、](?!\d)\s*"), "{}."),
    (4, re.compile(r"^[（(]\s*(?P<n>\d{1,2})\s*[)）]\s*"), "（{}）"),
)
_ENUMS = (  # run-in enumeration kinds, in priority order: (kind, pattern)
    ("di", re.compile(rf"^第(?P<n>[{_CN}]{{1,3}})\s*[，,、：:]")),
    ("shi", re.compile(rf"^(?P<n>[{_CN}]{{1,3}})是(?!(?P=n))")),  # not 一是一，二是二
    ("qi", re.compile(rf"^其(?P<n>[{_CN}])\s*[，,、：:]")),
    ("yao", re.compile(rf"^(?P<n>[{_CN}]{{1,2}})要(?!(?P=n))")),
    ("order", re.compile(r"^(?P<n>首先|其次|再次|再者|最后)\s*[，,、：:]")),
)
_ORDER_WORDS = {"首先": 1, "其次": 2, "再次": 3, "再者": 3, "最后": 9}
# A sentence end; a ? or ! standing between Chinese characters is a lost character, not an end.
_SENTENCE_END = re.compile(r"[。！？]|[!?](?![\u4e00-\u9fff])")


def heading_form(text: str) -> tuple[int, str, int] | None:
    """Return (level, normalised number, length of the marker) for a numbered heading, or None."""
    for level, pattern, fmt in _HEADING_FORMS:
        m = pattern.match(text)
        if m and m.end() < len(text):
            return level, fmt.format(m.group("n")), m.end()
    return None


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


def _numbered(block: Paragraph) -> list[Block] | None:
    """Return a numbered paragraph as a heading (and run-in body), or None when it is not one."""
    text = block.text
    form = heading_form(text)
    if form is None:
        return None
    level, number, skip = form
    rest = text[skip:]
    body_end = _SENTENCE_END.search(rest)
    if len(rest) <= 60 and (body_end is None or body_end.end() == len(rest)):
        return [Heading(level, rest, number)]
    lead = _split_sentence(rest, 60, 0)
    if not lead:
        return None
    _, tail = split_runs(block.runs, skip + lead)
    return [Heading(level, rest[:lead], number, run_in=True), Paragraph(tail, block.role)]


def _enum_kind(text: str) -> tuple[str, int] | None:
    """Return (kind, number) for a paragraph opening a run-in enumeration (第一，/一是…), or None."""
    for kind, pattern in _ENUMS:
        m = pattern.match(text)
        if m:
            raw = m.group("n")
            n = _ORDER_WORDS.get(raw) if kind == "order" else cn_number(raw)
            if n:
                return kind, n
    return None


def _enum_kinds(blocks: list[Block]) -> list[str]:
    """Return the enumeration kinds that really enumerate here (items 1 and 2 present), by priority."""
    seen: dict[str, list[int]] = {}
    for b in blocks:
        if isinstance(b, Paragraph) and (k := _enum_kind(b.text)):
            seen.setdefault(k[0], []).append(k[1])
    return [kind for kind, _ in _ENUMS if {1, 2} <= set(seen.get(kind, ())) or
            (kind == "order" and 1 in seen.get(kind, ()) and len(seen[kind]) >= 2)]


def _heading_kind(blocks: list[Block], kinds: list[str]) -> str | None:
    """Return the enumeration kind that serves as level-1 headings, or None.

    That is the highest-priority enumerating kind, when the speech has no numbered heading at all.
    """
    if any(isinstance(b, Heading) for b in blocks):
        return None  # numbered headings lead; enumerations inside them are lead sentences
    return kinds[0] if kinds and kinds[0] != "order" else None


def _enumerated(block: Paragraph, as_heading: bool) -> list[Block]:
    """Return an enumeration paragraph as a run-in heading + body, or with its lead marked."""
    text = block.text
    lead = _split_sentence(text)
    if not lead:
        return [block]
    head, tail = split_runs(block.runs, lead)
    if as_heading:
        m = _ENUMS[0][1].match(text)
        number = text[:m.end()] if m else ""
        return [Heading(1, text[len(number):lead], number, run_in=True), Paragraph(tail, block.role)] \
            if tail else [Heading(1, text[len(number):lead], number)]
    marked = tuple(replace(r, role="lead") for r in head)
    return [Paragraph(marked + tail, block.role)]


def _in_sequence(candidates: list[tuple[Block, list[Block] | None]]) -> list[Block]:
    """Return the blocks, keeping a numbered heading only where its number continues its level.

    A heading numbered n at level L is kept when n is 1 (a list starts) or follows the last number
    seen at L; a higher-level heading restarts the levels below it. Anything else (一、 after 三、, a
    stray 5. in the body) stays the paragraph it was.
    """
    last = {1: 0, 2: 0, 3: 0, 4: 0}
    out: list[Block] = []
    for original, found in candidates:
        head = found[0] if found else None
        n = _number_value(head.number) if isinstance(head, Heading) else None
        if head is None or n is None or not (n == 1 or n == last[head.level] + 1):
            out.append(original)
            continue
        last[head.level] = n
        for deeper in range(head.level + 1, 5):
            last[deeper] = 0
        out.extend(found)
    return out


def _number_value(number: str) -> int | None:
    """Return the value of a normalised heading number (一、 （二） 3. （4）), or None."""
    digits = number.strip("（）()、.")
    return cn_number(digits)


def recognise_body(blocks: list[Block]) -> list[Block]:
    """Return body blocks with numbered headings, run-in headings and lead sentences recognised."""
    out = _in_sequence([(b, _numbered(b) if isinstance(b, Paragraph) else None) for b in blocks])
    kinds = _enum_kinds(out)
    kind = _heading_kind(out, kinds)
    final: list[Block] = []
    for b in out:
        if isinstance(b, Paragraph) and (k := _enum_kind(b.text)) and k[0] in kinds \
                and not any(r.role for r in b.runs):
            final.extend(_enumerated(b, as_heading=k[0] == kind))
        else:
            final.append(b)
    return final
