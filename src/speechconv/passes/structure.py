"""The ``structure`` pass: recognise each speech's title block, salutation, headings and ending.

- Title block: title (when the split pass gave none: the first title-like line, or two lines when the
  second is followed by a ——subtitle), subtitle (``——在…上的讲话``), byline (speaker) and date.
- Salutation: one or more short lines ending in ``：`` (or ``，`` then ``：``) that address people
  (同志们、各位领导…), or ``亲爱的同学们，大家好！``.
- Headings and lead sentences in the body: see :mod:`speechconv.passes._body`.
- Ending: short thank-you lines (and a letter's 此致 / 敬礼！) become ``closing``; an issuer line and
  the date under it (or the date alone) become ``signature``, one line each.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..model import Block, Document, Dropped, Paragraph, Speech
from ._text import base_title, compact
from ._body import heading_form, recognise_body

_GREETING_ONLY = re.compile(r"^(大家|各位|同学们|朋友们|老师们|同志们)?(上午|下午|晚上|早上)?好[！!]?$")
# What a speaker line holds: an office, a name with 同志, or names spaced to width.
_OFFICE = re.compile(r"书记|市长|县长|区长|镇长|乡长|省长|主任|校长|局长|部长|总经理|经理|董事长|主席|总理|院长|处长|"
                     r"厅长|委员|代表|教授|老师|学生|同志|总裁|会长|理事长|秘书长|主持人|发言人|负责人|干部")
_ADDRESS = re.compile(r"同志|领导|来宾|嘉宾|朋友|同学|老师|代表|女士|先生|各位|尊敬|亲爱|家长|同仁|同事|委员|"
                      r"战友|校友|伙伴|大家|师生|职工|员工|青年|孩子|乡亲|市民|党员|干部|教练|运动员|评委|家人|亲人|同胞|"
                      r"各界|全体|同志們|領導|來賓|朋友們|同學|老師")
_GREETING = re.compile(r"^(亲爱的|尊敬的|各位).{1,30}[，,](大家|各位|你们)?.{0,4}好[！!]$")
_DATE = re.compile(r"^[（(]?(\d{4}|[二〇○零一二三四五六七八九]{4})年\d{0,2}[一二三四五六七八九十〇○]{0,3}月"
                   r"[\d一二三四五六七八九十〇○]{0,3}日?[，,、]?[^（()）]{0,10}[)）]?$")
_DATED_BYLINE = re.compile(r"^(?P<who>.{2,20}?)\s*(?P<date>[（(]?\d{4}年\d{1,2}月\d{1,2}日[)）]?)$")
_SUBTITLE = re.compile(r"^[—–-]{1,2}.*(在|于).*(上|的)|^[—–-]{1,2}.*(讲话|致辞|发言|报告|演讲)")
# A subtitle whose line break before the speaker's name was lost: ——在…上的致辞 王 琛
_SUBTITLE_NAME = re.compile(r"^(?P<sub>[—–-]{1,2}.*(讲话|致辞|发言|报告|演讲|贺词|献词))\s+"
                            r"(?P<name>[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,2})$")
_THANKS = re.compile(r"^(谢谢|感谢|再次感谢|再次谢谢|謝謝|感謝)[^。]{0,10}[！!。]?$|^此致$|^敬礼[！!]?$|^此致敬礼[！!]?$")
_NOT_IN_TITLE = re.compile(r"[。！？!?；;]")


def _titleish(text: str, limit: int = 60) -> bool:
    """Return True for a short line with no sentence punctuation that does not end like a salutation."""
    return 0 < len(text) <= limit and not _NOT_IN_TITLE.search(text) \
        and not text.endswith(("，", ",", "、", "：", ":"))


def _can_be_title(text: str) -> bool:
    """Return True when a speech's first line may be its title: title-like, and not a salutation,
    heading, date, bare greeting or ——subtitle."""
    return _titleish(text) and not _is_salutation(text) and not heading_form(text) \
        and not _DATE.match(text) and not _GREETING_ONLY.match(text) and not _SUBTITLE.match(text)


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
    if head.title is None and texts and _can_be_title(texts[0]):
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


def _summary_before_repeat(blocks: list[Block], start: int, title: str | None) -> int:
    """Return where the title repeats within the next three blocks after ``start`` (the blocks in
    between are the site's summary of the page), or ``start`` when it does not."""
    if not title:
        return start
    for j in range(start + 1, min(start + 4, len(blocks))):
        if isinstance(blocks[j], Paragraph) and compact(blocks[j].text) == compact(title):
            return j
    return start


def structure_speech(speech: Speech) -> tuple[Speech, list[Dropped]]:
    """Return one speech with its title block, salutation, headings and ending recognised, and what
    was left out: lines that only repeat the title, and a summary between the title and its repeat."""
    blocks = list(speech.blocks)
    head = _Head(speech.title, speech.subtitle, speech.byline, speech.date, speech.salutation)
    i = _take_title_block(blocks, head)
    gone: list[Dropped] = []
    repeat = _summary_before_repeat(blocks, i, head.title)
    if repeat > i:
        gone = [Dropped(b.text, "structure: page summary before the repeated title") for b in blocks[i:repeat]]
        del blocks[i:repeat]
        i += _take_title_block(blocks[i:], head)
    if head.salutation is None:
        i = _take_salutation(blocks, i, head)
    body, closing, signature = _ending(recognise_body(blocks[i:]))
    done = replace(speech, title=head.title, subtitle=head.subtitle, byline=head.byline,
                   date=head.date, salutation=head.salutation, blocks=tuple(body),
                   closing=speech.closing + closing, signature=speech.signature or signature)
    return done, gone + [Dropped(t, "structure: title repeated") for t in head.repeats]


def structure(doc: Document) -> Document:
    """Return ``doc`` with every speech's structure recognised (see the module doc).

    A speech that shows no title of its own takes the page title, without a ``(精选N篇)`` suffix.
    """
    fallback = base_title(doc.title) if doc.title else None
    results = [structure_speech(s) for s in doc.speeches]
    speeches = tuple(s if s.title or not fallback else replace(s, title=fallback) for s, _ in results)
    return doc.evolve(speeches=speeches).drop([d for _, gone in results for d in gone])


__all__ = ["structure", "structure_speech", "heading_form"]
