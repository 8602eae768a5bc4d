"""Words about the speech above it: a post's commentary and the speaker's biography.

A blog or news post that reposts a speech often opens with a few paragraphs about it, told in the
third person (``…麦凯恩发表了一篇第一流的败选演说。…这篇演说就是他…``, ``《美國之音》全文翻譯該篇發言。``);
the speech then opens with thanks, a greeting, its salutation or the speaker's first person
(``非常感謝你們。下午好。``), maybe after a heading. A profile page sets the speaker's biography above
the speaker's words (``吴德，校长，学校首位长江学者特聘教授，主要从事…研究…``). Neither is the speech.

A news page may also add a word about the speaker after the speech (``71歲的鄧國楨為終審法院常任法官，今年
10月24日任期屆滿…``): a paragraph or two at the very end that opens on the headline's speaker by name and
tells of them as news or a biography does (two such words: 今年, 任期, 曾任, 获颁, …), never saying 我.

Commentary and biography above are cut only from the top of the page: they must be the page's first
prose, with no salutation above them. Commentary must say it is about the speech (``这篇演说``,
``翻译该篇发言``, or the headline's speaker ``发表了一篇…演说``), and the speech must open right under it;
an editor's dated headnote set off by a dash (``——2008年9月28日，学校…隆重举行…庆祝大会…。``) goes alone when it
opens the prose and no dash-led series follows it; a biography must open with a name and read as one
(three words of a biography, no first person).
"""
from __future__ import annotations

import re
from typing import Sequence

from ..model import Block, Dropped, Paragraph
from ._hant import fold
from ._text import SENTENCE_MARK, compact, ends_sentence, mostly_latin
from .reading.names import has_surname
from .reading.patterns import fused_salutation, is_salutation, speaks_first

#: Commentary must stand among the page's first this many blocks, and be at most this many paragraphs.
REACH = 12
MAX_RUN = 4
#: How many lines (headings, a line of the original language) may stand between it and the speech.
MAX_GAP = 3
COMMENTARY = "boilerplate: commentary about the speech above it (the speech opens under it)"
BIOGRAPHY = "boilerplate: the speaker's biography above the speech"
HEADNOTE = "boilerplate: editor's headnote above the speech (a dated occasion set off by a dash)"
_DASHES = "—–-"

_SPEECH = r"(演说|演讲|讲话|致辞|发言|讲稿|演讲稿|全文)"
#: The text named as a thing: this speech, a translation of it (folded to simplified characters).
_REFERS = re.compile(rf"(这|该|此|本)(篇|份|次|场)[^。！？]{{0,10}}{_SPEECH}|翻译[^。！？]{{0,8}}{_SPEECH}")
#: Someone delivered a speech (the name is checked against the headline).
_DELIVERED = re.compile(rf"(?P<who>[\u4e00-\u9fff·]{{2,8}}?)(在[^。，！？]{{0,20}})?发表了?(一篇|一场|一次)"
                        rf"[^。！？]{{0,12}}{_SPEECH}")
#: How a speech opens: thanks, a greeting (folded).
_OPENS = re.compile(r"^(非常|衷心|再次|十分)?(感谢|谢谢|多谢)|^(大家|各位|朋友们|同学们|同志们)?[，,]?"
                    r"(上午|下午|晚上|早上|早晨|中午)?好[，,！!。]|^(thank you|thanks|good (morning|afternoon|evening))",
                    re.I)
#: A biography: a name and a comma or bracket, then what a biography says.
_BIO_START = re.compile(r"^(?P<name>[\u4e00-\u9fff·]{2,5})[，,（(]")
_BIO_WORDS = re.compile(r"男|女|汉族|出生|生于|籍贯|毕业于|现任|曾任|兼任|教授|博士|院士|学者|研究员|主要从事|"
                        r"研究方向|研究领域|荣获|获得|主持|发表论文|培养")
MIN_BIO_WORDS = 3


def cut_commentary(blocks: Sequence[Block], headline: str = "") -> tuple[list[Block], list[Dropped]]:
    """Return ``blocks`` without the commentary or biography that opens the page's prose, and what was
    dropped; ``headline`` is the page's title (the speaker it names may be the one who ``发表了…演说``).

    Nothing is cut when a salutation stands above the first prose, when the run of prose is longer
    than :data:`MAX_RUN`, or when it shows no evidence of being about the speech.
    """
    start = _first_prose(blocks)
    if start is None:
        return list(blocks), []
    headline = fold(headline + "".join(_text(b) for b in blocks[:start]))
    run = _run(blocks, start)
    texts = [_text(blocks[i]) for i in run]
    bios = [i for i, t in zip(run, texts) if _is_bio(t)]
    if bios and bios == run[:len(bios)] and len(blocks) - bios[-1] > 2:
        cut, reason = bios, BIOGRAPHY
    elif run and len(run) <= MAX_RUN and any(_refers(t, headline) for t in texts) and _opens_below(blocks, run[-1] + 1):
        cut, reason = run, COMMENTARY
    elif run and _headnote(texts[0]) and not (len(texts) > 1 and texts[1][:1] in _DASHES):
        cut, reason = run[:1], HEADNOTE         # one dated headnote, not the first of a dash-led series
    else:
        return list(blocks), []
    gone = set(cut)
    return [b for i, b in enumerate(blocks) if i not in gone], [Dropped(texts[run.index(i)], reason) for i in cut]


def _text(block: Block) -> str:
    """Return a paragraph's text stripped, '' for any other block."""
    return block.text.strip() if isinstance(block, Paragraph) else ""


def _is_prose(text: str) -> bool:
    """Return True for a paragraph of Chinese prose (a sentence in it)."""
    key = compact(text)
    return bool(SENTENCE_MARK.search(key)) and ("。" in key or len(key) > 30) and not mostly_latin(key)


def _first_prose(blocks: Sequence[Block]) -> int | None:
    """Return the index of the page's first prose paragraph among the first :data:`REACH` blocks, or
    None when there is none or a salutation stands above it."""
    for i, b in enumerate(blocks[:REACH]):
        text = _text(b)
        if is_salutation(text) or fused_salutation(text, calls=False):
            return None
        if _is_prose(text) or _en_report(text):
            return i
    return None


def _speaks(text: str) -> bool:
    """Return True for a paragraph in the speaker's voice: a salutation, thanks, a greeting, or the
    first person."""
    folded = fold(text)
    return bool(is_salutation(text) or fused_salutation(text, calls=False) or _OPENS.match(folded)
                or speaks_first(text))


def _run(blocks: Sequence[Block], start: int) -> list[int]:
    """Return the indexes of the prose paragraphs from ``start`` on that are not in the speaker's voice
    (at most :data:`MAX_RUN` + 1: a longer run is no commentary)."""
    run = []
    for i in range(start, min(len(blocks), start + MAX_RUN + 1)):
        text = _text(blocks[i])
        if not (_is_prose(text) or _en_report(text)) or _speaks(text):
            break
        run.append(i)
    return run


#: An English report that someone gave a speech, told in the third person (… delivered a New Year
#: speech Tuesday evening in Beijing …; gave the following remarks).
_EN_DELIVERED = re.compile(r"\b(delivered|gave|made|addressed)\b[^.!?]{0,40}\b(speech|address|remarks|lecture|"
                           r"message|statement|commencement)\b", re.I)
_EN_FIRST_PERSON = re.compile(r"\b(I|I'm|I’m|we|We|my|My|our|Our|us)\b")


def _en_report(text: str) -> bool:
    """Return True for an English sentence reporting, in the third person, that someone gave the speech."""
    return mostly_latin(text) and text.rstrip().endswith((".", "!", "。")) and bool(_EN_DELIVERED.search(text)) \
        and not _EN_FIRST_PERSON.search(text)


def _refers(text: str, headline: str) -> bool:
    """Return True when a paragraph speaks of the speech as a thing: this speech, its translation, or
    the headline's speaker delivering it (in English: someone delivered a speech, in the third person)."""
    folded = fold(text)
    if _REFERS.search(folded):
        return True
    if _en_report(text):
        return True
    for m in _DELIVERED.finditer(folded):
        who = m.group("who")
        if any(who[k:] in headline for k in range(len(who) - 1)):
            return True
    return False


#: An editor's headnote set off by a dash: the occasion told, with its date (——2008年9月28日，学校…举行…大会…。).
_HEADNOTE = re.compile(r"^[—–-]{1,2}\s*[^。！？]{0,20}(\d{4}|[〇○零一二三四五六七八九]{4})年[^。！？]{0,40}"
                       r"(举行|召开|举办|庆祝|纪念|发表|出席|会见|视察|考察|在)")


def _headnote(text: str) -> bool:
    """Return True for an editor's headnote that opens the page's prose set off by a dash: a dated
    occasion told in the third person, ending a sentence (a subtitle ——在…上的讲话 ends none)."""
    return len(text) > 30 and ends_sentence(text) and "我" not in text and bool(_HEADNOTE.match(fold(text)))


def _opens_below(blocks: Sequence[Block], at: int) -> bool:
    """Return True when the speech opens at ``at`` or a few lines under it (past headings and lines
    of the original language)."""
    for b in blocks[at:at + MAX_GAP + 1]:
        text = _text(b)
        if text and _speaks(text):
            return True
        if _is_prose(text):
            return False
    return False


def _is_bio(text: str) -> bool:
    """Return True for a biography: it opens with a Chinese name and a comma or bracket, says three
    things a biography says, and never says 我."""
    folded = fold(text)
    m = _BIO_START.match(folded)
    if m is None or not has_surname(m.group("name")) or "我" in folded:
        return False
    return len(set(_BIO_WORDS.findall(folded))) >= MIN_BIO_WORDS


AFTERWORD = "boilerplate: a word about the speaker after the speech"
#: At most this many paragraphs at the page's end may be such a word.
MAX_AFTER = 3
#: What news or a biography tells of a person (folded to simplified characters).
_AFTER_WORDS = re.compile(r"岁的|今年|任期|届满|获颁|曾任|出任|现任|兼任|退休|获委任|将于|生于|毕业于|据悉|报道|表示|"
                          r"荣获|获得|担任")
MIN_AFTER_WORDS = 2


def cut_afterword(blocks: Sequence[Block], headline: str) -> tuple[list[Block], list[Dropped]]:
    """Return ``blocks`` without the word about the speaker that ends the page (see the module doc),
    and what was dropped; ``headline`` is the page's title, which must name the speaker."""
    headline = fold(headline)
    n = len(blocks)
    while n > 0 and n > len(blocks) - MAX_AFTER and _tells_of(_text(blocks[n - 1]), headline):
        n -= 1
    if n == len(blocks) or n < 2 or not ends_sentence(_text(blocks[n - 1])):
        return list(blocks), []
    return list(blocks[:n]), [Dropped(_text(b), AFTERWORD) for b in blocks[n:]]


def _tells_of(text: str, headline: str) -> bool:
    """Return True for prose that opens on a person the headline names and tells of them as news or a
    biography does, without 我."""
    folded = fold(text)
    if not _is_prose(text) or "我" in folded or len(set(_AFTER_WORDS.findall(folded))) < MIN_AFTER_WORDS:
        return False
    return any(has_surname(folded[k:k + size]) and folded[k:k + size] in headline
               for k in range(0, 8) for size in (3, 2, 4) if len(folded) >= k + size)

