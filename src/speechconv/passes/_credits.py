"""What a page sets after a speech: the credits of an event page, readers' comments, an appeal.

A talk's page often ends with its credits: ``主办方：润米咨询``, ``战略合作伙伴：…``, ``导演：洪工``,
``实时摄影： VPHOTO``, with lines of names between them and a prompt or two (``领取演讲PPT``). The
speech ends in sentences; what follows its last sentence, when it is all short lines without a
sentence in them and several of them are ``label：value`` lines, is the credits.

News and blog pages end with a section of their own under a short header line after the speech's
last sentence: readers' comments (``网友评论``, ``战友辣评：`` then ``Jenny：…``, at least half of the
lines under it a commenter's name and a colon), an appeal for support (``眾新聞眾籌呼籲：`` then how
to give), a reading list or references (``延伸阅读``, ``Reference:``) or a language learner's vocabulary
list (``New Words``, ``生词``), or a word on the author or the translator (``关于译者``, ``译后记``). The
header ends with its keyword; it and all that follows it go.

A news site may tag the end of the text it carries with its name in brackets after the last sentence
(``…需要思考的四个方面。（雷锋网）``): the tag is cut off the last paragraph.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Dropped, Paragraph
from ._hant import fold
from ._text import CLOSERS, SENTENCE_MARK, compact, ends_sentence, split_runs

#: A credit line: a short label, a colon, something after it, no sentence.
_CREDIT = re.compile(r"^[^：:，,。！？]{1,14}[：:]\s*[^。！？]{1,50}$")
#: The fewest credit lines, and their smallest share of the run, that make the end of a page credits.
MIN_CREDITS = 3
MIN_SHARE = 0.4
#: Lines longer than this are no credits.
MAX_LEN = 80
REASON = "boilerplate: credits after the speech"


def drop_credits(kept: list) -> list[Dropped]:
    """Pop the credits that end a page (see the module doc) from ``kept``; return them as dropped.

    The run must follow a paragraph that ends a sentence, and hold at least :data:`MIN_CREDITS`
    ``label：value`` lines making up :data:`MIN_SHARE` of it.
    """
    run = 0
    while run < len(kept) and _short(kept[-1 - run]):
        run += 1
    if run == 0 or run == len(kept):
        return []
    lines = [compact(b.text) for b in kept[-run:]]
    credits = sum(1 for k in lines if _CREDIT.match(k))
    before = kept[-1 - run]
    if credits < MIN_CREDITS or credits < MIN_SHARE * run or not _ends_sentence(before):
        return []
    out = [Dropped(b.text, REASON) for b in kept[-run:]]
    del kept[-run:]
    return out


SOURCE_TAG = "boilerplate: source tag at the end of the text"
#: A news site's tag after a report's last sentence, in brackets: （雷锋网） （XX日报） （新华社） （来源：XX网）.
_SOURCE_TAG = re.compile(r"(?<=[。！？!?”’」])\s*[（(](来源[:：]\s*)?[^（）()，。,]{1,12}(网|报|社|台|媒体|客户端|新闻|日报|晚报|"
                         r"杂志|周刊|在线|App|APP)[)）]\s*$")


def drop_source_tag(kept: list) -> list[Dropped]:
    """Cut a news site's source tag in brackets (（雷锋网）) or the original headline it ran under (（小小）原标题：
    …) off the end of the speech's last paragraph of prose, after its last sentence (short lines without a
    sentence, clutter the structure pass judges, may follow it); return it as dropped (none if there is
    none)."""
    for k in range(len(kept) - 1, max(-1, len(kept) - 1 - TAG_REACH), -1):
        block = kept[k]
        if not isinstance(block, Paragraph):
            return []
        for pattern, reason in ((_SOURCE_TAG, SOURCE_TAG), (_ORIGINAL_TITLE, ORIGINAL_TITLE)):
            m = pattern.search(block.text)
            if m is not None and len(compact(block.text[:m.start()])) >= 4:
                head, tail = split_runs(block.runs, m.start())
                kept[k] = replace(block, runs=head)
                return [Dropped("".join(r.text for r in tail).strip(), reason)]
        if SENTENCE_MARK.search(block.text):
            return []          # the last paragraph of prose has no tag
    return []


ORIGINAL_TITLE = "boilerplate: original headline at the end of the text"
#: A news site's note of the headline it took the report from, run on after the last sentence, maybe after
#: the editor's mark: …所做的一切。（小小）原标题：Tesla announces pay cuts, …
_ORIGINAL_TITLE = re.compile(r"(?<=[。！？!?”’」])\s*(?:[（(][^（）()，。,]{1,8}[)）]\s*)?原标题[:：][^\n]{1,160}$")


def split_glued_signature(kept: list) -> None:
    """Set a signature run on after the last sentence of the speech's last paragraph (…嘉楠必胜。嘉楠董事长兼CEO
    张楠赓2020年2月12日: a clip that lost its line breaks) on lines of its own, the signer and the date, in
    ``kept``: the signer must name an office or an issuing body, and a full date must end it."""
    if not kept or not isinstance(kept[-1], Paragraph):
        return
    block = kept[-1]
    m = _GLUED_SIGNATURE.search(block.text)
    if m is None or not (_SIGNER_OFFICE.search(m.group("who")) or _SIGNER_BODY.search(m.group("who"))) \
            or len(compact(block.text[:m.start()])) < 4:
        return
    head, tail = split_runs(block.runs, m.start())
    who, date = split_runs(tail, m.start("date") - m.start())
    kept[-1:] = [replace(block, runs=head), replace(block, runs=who), replace(block, runs=date)]


#: A signer and a full date glued after a sentence's end at the very end of a paragraph.
_GLUED_SIGNATURE = re.compile(r"(?<=[。！？!?”’」])\s*(?P<who>[^。！？!?，,：:\s\d][^。！？!?，,：:\n]{1,28}?)\s*"
                              r"(?P<date>(\d{4}|[〇○零一二三四五六七八九]{4})年(\d{1,2}|[一二三四五六七八九十]{1,3})月"
                              r"(\d{1,2}|[一二三四五六七八九十]{1,3})日)\s*$")
#: An office in a signer (董事长兼CEO张楠赓, 校长 李明) or the body that signs (…委员会, …公司).
_SIGNER_OFFICE = re.compile(r"书记|市长|县长|区长|校长|局长|部长|总经理|董事长|主席|总理|院长|主任|CEO|总裁|会长|理事长|秘书长")
_SIGNER_BODY = re.compile(r"(委员会|董事会|人民政府|政府|公司|集团|学校|大学|学院|中学|小学|协会|学会|联合会|党委|团委|工会)$")


#: How many paragraphs from the end the last paragraph of prose may stand.
TAG_REACH = 4


def _short(block: object) -> bool:
    """Return True for a paragraph that could be a credits line: short, no sentence in it."""
    if not isinstance(block, Paragraph):
        return False
    key = compact(block.text)
    return 0 < len(key) <= MAX_LEN and not SENTENCE_MARK.search(key)


def _ends_sentence(block: object) -> bool:
    """Return True for a paragraph whose text ends a sentence, Chinese or English (closing quotes,
    brackets and emphasis marks after the mark aside)."""
    if not isinstance(block, Paragraph):
        return False
    text = block.text.rstrip(CLOSERS + "*_~ \u3000\"'")
    return ends_sentence(block.text, CLOSERS + "*_~ \u3000") or bool(_LATIN_END.search(text))


#: An English sentence's end (an original after its translation ends so).
_LATIN_END = re.compile(r"[A-Za-z0-9]\.$")


#: A header opening the readers' comments or an appeal for support after a speech.
_SECTION = re.compile(r"^[^。！？，,]{0,10}(?P<comments>网友评论|读者评论|精彩评论|热门评论|最新评论|评论区|留言区|精选留言|"
                      r"网友留言|读者留言|辣评|网友热议|发表评论|我要评论)|"
                      r"^[^。！？，,]{0,10}(?P<appeal>众筹呼吁|众筹呼籲|众筹计划|支持我们|赞赏支持|打赏支持)|"
                      r"^(?P<reading>延伸阅读|相关阅读|推荐阅读|拓展阅读|扩展阅读|相关文章|相关链接|参考链接|阅读更多|"
                      r"references?|furtherreading|relatedreading|relatedposts?|readmore|seealso)|"
                      r"^(?P<words>生词|词汇|单词|重点词汇|生词表|词汇表|newwords|vocabulary|glossary|keywords)|"
                      r"^(?P<about>关于作者|关于译者|作者简介|译者简介|演讲者简介|abouttheauthors?|aboutthetranslators?|"
                      r"aboutthespeaker|译后记|译者的话|译者附记)", re.I)
#: A comment line: the commenter's name and a colon (文远Bruce：… Jenny：…).
_COMMENT = re.compile(r"^[^：:，,。！？]{1,16}[：:]\S")
#: A section header is a short line; at most this many paragraphs may follow it.
MAX_HEADER = 20
MAX_SECTION = 40
SECTION_REASONS = {"comments": "boilerplate: readers' comments after the speech",
                   "appeal": "boilerplate: appeal for support after the speech",
                   "reading": "boilerplate: reading list or references after the speech",
                   "words": "boilerplate: vocabulary list after the speech",
                   "about": "boilerplate: about the author or translator, after the speech"}


def drop_end_section(kept: list) -> list[Dropped]:
    """Pop a comments or appeal section (see the module doc) from the end of ``kept``; return it as
    dropped. The header must follow a paragraph that ends a sentence (or a signature line after one),
    with at most :data:`MAX_SECTION` paragraphs after it; Traditional characters match as Simplified."""
    for i in range(len(kept) - 1, max(0, len(kept) - MAX_SECTION - 1), -1):
        block = kept[i]
        key = compact(block.text) if isinstance(block, Paragraph) else ""
        header = fold(key).strip("*_#【】[] ")
        m = _SECTION.match(header) if 0 < len(key) <= MAX_HEADER else None
        if m is None or m.end() < len(header.rstrip("：:")) or SENTENCE_MARK.search(key) or not _after_speech(kept, i):
            continue
        after = [compact(b.text) for b in kept[i + 1:] if isinstance(b, Paragraph)]
        if m.group("comments") and 2 * sum(1 for k in after if _COMMENT.match(k)) < len(after):
            continue
        reason = SECTION_REASONS[m.lastgroup]
        out = [Dropped(b.text, reason) for b in kept[i:] if isinstance(b, Paragraph)]
        del kept[i:]
        return out
    return []


def _after_speech(kept: list, i: int) -> bool:
    """Return True when paragraph ``i`` follows the speech's last sentence, or a short signature line
    right after it."""
    if i >= 1 and _ends_sentence(kept[i - 1]):
        return True
    return i >= 2 and _short(kept[i - 1]) and len(compact(kept[i - 1].text)) <= MAX_HEADER \
        and _ends_sentence(kept[i - 2])
