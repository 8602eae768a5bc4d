"""The ``structure`` pass: recognise each speech's title block, salutation, headings and ending.

- Title block: title (when the split pass gave none: the first title-like line, or two lines when the
  second is followed by a ——subtitle), subtitle (``——在…上的讲话``), byline (speaker) and date.
- Salutation: one or more short lines ending in ``：`` (or ``，`` then ``：``) that address people
  (同志们、各位领导…), or ``亲爱的同学们，大家好！``.
- Headings: ``一、`` level 1, ``（一）`` level 2, ``1.`` level 3, ``（1）`` level 4, with the common variants
  (``一.`` ``一，`` ``(一)`` ``1、`` ``1．``) normalised. A long numbered paragraph gives a run-in heading
  (its first sentence). A number that does not continue its level (三、 after 一、) stays body text.
  Run-in enumerations (第一，/一是/其一，/一要/首先，) become level-1 run-in headings when
  the speech has no numbered heading; otherwise they are marked as lead sentences.
- Ending: short thank-you lines (and a letter's 此致 / 敬礼！) become ``closing``; an issuer line and
  the date under it (or the date alone) become ``signature``, one line each.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..model import Block, Document, Dropped, Heading, Paragraph, Speech
from ._text import compact, split_runs
from .split import base_title, cn_number

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
_ADDRESS = re.compile(r"同志|领导|来宾|嘉宾|朋友|同学|老师|代表|女士|先生|各位|尊敬|亲爱|家长|同仁|同事|委员|"
                      r"战友|校友|伙伴|大家|师生|职工|员工|青年|孩子|乡亲|市民|党员|干部|教练|运动员|评委")
_GREETING = re.compile(r"^(亲爱的|尊敬的|各位).{1,30}[，,](大家|各位|你们)?.{0,4}好[！!]$")
_DATE = re.compile(r"^[（(]?(\d{4}|[二〇○零一二三四五六七八九]{4})年\d{0,2}[一二三四五六七八九十〇○]{0,3}月"
                   r"[\d一二三四五六七八九十〇○]{0,3}日?[，,、]?[^（()）]{0,10}[)）]?$")
_DATED_BYLINE = re.compile(r"^(?P<who>.{2,20}?)\s*(?P<date>[（(]?\d{4}年\d{1,2}月\d{1,2}日[)）]?)$")
_SUBTITLE = re.compile(r"^[—–-]{1,2}.*(在|于).*(上|的)|^[—–-]{1,2}.*(讲话|致辞|发言|报告|演讲)")
# A subtitle whose line break before the speaker's name was lost: ——在…上的致辞王琛
_SUBTITLE_NAME = re.compile(r"^(?P<sub>[—–-]{1,2}.*(讲话|致辞|发言|报告|演讲|贺词|献词))\s*"
                            r"(?P<name>[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,2})$")
_THANKS = re.compile(r"^(谢谢|感谢|再次感谢|再次谢谢)[^。]{0,10}[！!。]?$|^此致$|^敬礼[！!]?$|^此致敬礼[！!]?$")
# A sentence end; a ? or ! standing between Chinese characters is a lost character, not an end.
_GREETING_ONLY = re.compile(r"^(大家|各位|同学们|朋友们|老师们|同志们)?(上午|下午|晚上|早上)?好[！!]?$")
# What a speaker line holds: an office, a name with 同志, or names spaced to width.
_OFFICE = re.compile(r"书记|市长|县长|区长|镇长|乡长|省长|主任|校长|局长|部长|总经理|经理|董事长|主席|总理|院长|处长|"
                     r"厅长|委员|代表|教授|老师|学生|同志|总裁|会长|理事长|秘书长|主持人|发言人|负责人|干部")
_SENTENCE_END = re.compile(r"[。！？]|[!?](?![\u4e00-\u9fff])")


_NOT_IN_TITLE = re.compile(r"[。！？!?；;]")


def _titleish(text: str, limit: int = 60) -> bool:
    """Return True for a short line with no sentence punctuation that does not end like a salutation."""
    return 0 < len(text) <= limit and not _NOT_IN_TITLE.search(text) \
        and not text.endswith(("，", ",", "、", "：", ":"))


def heading_form(text: str) -> tuple[int, str, int] | None:
    """Return (level, normalised number, length of the marker) for a numbered heading, or None."""
    for level, pattern, fmt in _HEADING_FORMS:
        m = pattern.match(text)
        if m and m.end() < len(text):
            return level, fmt.format(m.group("n")), m.end()
    return None


def _is_salutation(text: str) -> bool:
    """Return True for a salutation line (ends in ： and addresses people, or a greeting line)."""
    if len(text) > 60 or not _ADDRESS.search(text):
        return False
    return text.endswith(("：", ":")) or bool(_GREETING.match(text))


@dataclass
class _Head:
    """The title block and salutation found at the start of a speech."""

    title: str | None = None
    subtitle: str | None = None
    byline: str | None = None
    date: str | None = None
    salutation: str | None = None
    repeats: list[str] = field(default_factory=list)  #: lines that only repeat the title


def _take_title_block(blocks: list[Block], head: _Head) -> int:
    """Fill ``head`` from the first blocks; return how many blocks it used."""
    texts = [b.text if isinstance(b, Paragraph) else "" for b in blocks[:8]]
    i = 0
    if head.title is None and texts and _titleish(texts[0]) and not _is_salutation(texts[0]) \
            and not heading_form(texts[0]) and not _DATE.match(texts[0]) and not _GREETING_ONLY.match(texts[0]):
        head.title, i = texts[0], 1
        if len(texts) > 2 and _titleish(texts[1], 30) and not _SUBTITLE.match(texts[1]) \
                and _SUBTITLE.match(texts[2]) and len(texts[1]) > 4:
            head.title, i = head.title + texts[1], 2
    while i < len(texts) and i < 6:
        text = texts[i]
        if head.title is not None and compact(text) == compact(head.title):
            head.repeats.append(text)  # the title again (a part marker's, or the page's, repeated)
        elif head.subtitle is None and _SUBTITLE.match(text) and len(text) <= 80:
            m = _SUBTITLE_NAME.match(text)
            head.subtitle = m.group("sub") if m else text
            if m and head.byline is None:
                head.byline = m.group("name")
        elif head.date is None and _DATE.match(text):
            head.date = text  # kept as given; writers add （） when the profile asks and they are missing
        elif head.byline is None and head.date is None and (m := _DATED_BYLINE.match(text)) \
                and _speakerish(m.group("who")):
            head.byline, head.date = m.group("who"), m.group("date")
        elif _is_byline(text, texts[i + 1:i + 2]):
            head.byline = f"{head.byline} {text}" if head.byline else text
        else:
            break
        i += 1
    return i


def _is_byline(text: str, following: list[str]) -> bool:
    """Return True for a speaker line before a salutation, date or body.

    It is short, has no clause punctuation, and looks like a speaker: it names an office or 同志, is a
    bare name of two to four characters, holds a space (office and name), or starts with a dash.
    """
    if len(text) > 30 or not _titleish(text, 30) or _is_salutation(text) or heading_form(text):
        return False
    if re.search(r"[，。；！？、]", text) or _GREETING_ONLY.match(text):
        return False
    if not _speakerish(text):
        return False
    if not following:
        return False
    nxt = following[0]
    return (len(nxt) > len(text) or _is_salutation(nxt) or _opens_salutation(nxt)
            or bool(_DATE.match(nxt)) or _is_byline_tail(nxt))


def _opens_salutation(text: str) -> bool:
    """Return True for the first line of a salutation over several lines (尊敬的各位来宾，)."""
    return len(text) <= 60 and text.endswith(("，", ",", "、")) and bool(_ADDRESS.search(text))


def _speakerish(text: str) -> bool:
    """Return True when ``text`` looks like a speaker: an office or 同志, a bare name, office and name
    apart, or a dash-led attribution (——某公司总经理 某某)."""
    return bool(_OFFICE.search(text)) or _is_byline_tail(text) or " " in text.strip() \
        or text.startswith(("—", "-"))


def _is_byline_tail(text: str) -> bool:
    """Return True for a short name-only line (a speaker's name split from their office)."""
    return 1 < len(compact(text)) <= 4 and not re.search(r"[，。；！？、：:]", text)


def _take_salutation(blocks: list[Block], start: int, head: _Head) -> int:
    """Fill ``head.salutation`` from blocks at ``start``; return the index after it."""
    lines: list[str] = []
    i = start
    while i < len(blocks) and i < start + 4 and isinstance(blocks[i], Paragraph):
        text = blocks[i].text
        if _is_salutation(text):
            lines.append(text)
            i += 1
            break
        if _opens_salutation(text):
            lines.append(text)
            i += 1
            continue
        break
    if lines and _is_salutation(lines[-1]):
        head.salutation = "\n".join(lines)
        return i
    return start


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


def _body(blocks: list[Block]) -> list[Block]:
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


def _ending(blocks: list[Block]) -> tuple[list[Block], tuple[str, ...], str | None]:
    """Return the body without its ending, the closing lines, and the signature block.

    The signature block is an issuer line and the date under it, or the date alone, joined by a
    newline (县人民政府\n2024年2月5日): it is set right-aligned at the end, apart from the title block.
    """
    blocks = list(blocks)
    signature = None
    texts = [b.text if isinstance(b, Paragraph) else "" for b in blocks]
    if len(texts) >= 3 and _DATE.match(texts[-1]) and not texts[-1].startswith(("（", "(")):
        lines = [blocks.pop().text]
        texts.pop()
        if texts and _titleish(texts[-1], 24) and not re.search(r"[，。；！？]", texts[-1]) \
                and not _THANKS.match(texts[-1]):
            lines.insert(0, blocks.pop().text)
            texts.pop()
        signature = "\n".join(lines)
    closing: list[str] = []
    while len(blocks) > 1 and isinstance(blocks[-1], Paragraph) and _THANKS.match(blocks[-1].text) \
            and not any(r.bold or r.role for r in blocks[-1].runs):
        closing.insert(0, blocks.pop().text)
    return blocks, tuple(closing), signature


def structure_speech(speech: Speech) -> tuple[Speech, list[Dropped]]:
    """Return one speech with its title block, salutation, headings and ending recognised, and the
    lines that only repeated its title (recorded as dropped)."""
    blocks = list(speech.blocks)
    head = _Head(speech.title, speech.subtitle, speech.byline, speech.date, speech.salutation)
    i = _take_title_block(blocks, head)
    if head.salutation is None:
        i = _take_salutation(blocks, i, head)
    body, closing, signature = _ending(_body(blocks[i:]))
    done = replace(speech, title=head.title, subtitle=head.subtitle, byline=head.byline,
                   date=head.date, salutation=head.salutation, blocks=tuple(body),
                   closing=speech.closing + closing, signature=speech.signature or signature)
    return done, [Dropped(t, "structure: title repeated") for t in head.repeats]


def structure(doc: Document) -> Document:
    """Return ``doc`` with every speech's structure recognised (see the module doc).

    A speech that shows no title of its own takes the page title, without a ``(精选N篇)`` suffix.
    """
    fallback = base_title(doc.title) if doc.title else None
    results = [structure_speech(s) for s in doc.speeches]
    speeches = tuple(s if s.title or not fallback else replace(s, title=fallback) for s, _ in results)
    return doc.evolve(speeches=speeches).drop([d for _, gone in results for d in gone])


__all__ = ["structure", "structure_speech", "heading_form"]
