"""Character classes, numbers and run helpers shared by the passes (no third-party imports)."""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Block, Paragraph, Run

#: CJK ideographs (URO, Ext A, compatibility) for use inside a regex character class.
CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: Characters that end a sentence or a clause-ending line.
TERMINAL = ("。", "！", "？", "；", "：", "…", "”", "」", "』", "）", "!", "?", ";", ":", ".")
#: A mark that ends a sentence.
SENTENCE_MARK = re.compile(r"[。！？!?]")
#: What may follow a sentence's last mark and still close it: quotes and brackets.
CLOSERS = "”’」』）)"
_CJK_RE = re.compile(f"[{CJK}]")
_WS = re.compile(r"\s+")
_COLLECTION = re.compile(r"\s*[（(【\[]?(?:精选|通用|优秀|热门|最新|经典|范文)?\s*[0-9一二三四五六七八九十]+\s*篇"
                         r"(?:范文|合集|大全)?[)）】\]]?\s*$|\s*[（(](?:合集|大全|范文)[)）]\s*$")
_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九", start=0)}


def is_cjk_char(ch: str) -> bool:
    """Return True when ``ch`` is a CJK ideograph."""
    return bool(_CJK_RE.match(ch))


def ends_sentence(text: str, after: str = CLOSERS) -> bool:
    """Return True when ``text`` ends a sentence: its last mark, the characters of ``after`` aside, is
    one of :data:`SENTENCE_MARK`."""
    return bool(SENTENCE_MARK.fullmatch(text.rstrip(after)[-1:]))


_LATIN_LETTER = re.compile(r"[A-Za-z]")


def mostly_latin(text: str) -> bool:
    """Return True when most of a line's characters, whitespace aside, are Latin letters (a line of an
    English original beside its translation)."""
    key = compact(text)
    return len(_LATIN_LETTER.findall(key)) > len(key) / 2


def compact(text: str) -> str:
    """Return ``text`` with all whitespace (U+3000 and U+00A0 included) removed."""
    return _WS.sub("", text)


def split_runs(runs: tuple[Run, ...], offset: int) -> tuple[tuple[Run, ...], tuple[Run, ...]]:
    """Return the runs before and after character ``offset`` of their joined text."""
    head: list[Run] = []
    tail: list[Run] = []
    pos = 0
    for run in runs:
        end = pos + len(run.text)
        if end <= offset:
            head.append(run)
        elif pos >= offset:
            tail.append(run)
        else:
            cut = offset - pos
            head.append(replace(run, text=run.text[:cut]))
            tail.append(replace(run, text=run.text[cut:]))
        pos = end
    return tuple(head), tuple(r for r in tail if r.text)


def cn_number(text: str) -> int | None:
    """Return the value of ``text`` written in Arabic or Chinese numerals up to 99, or None."""
    if text.isdigit():
        return int(text)
    if not text or any(c not in "十零一二三四五六七八九" for c in text):
        return None
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (_CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)
    return _CN_DIGITS.get(text) if len(text) == 1 else None


def base_title(title: str) -> str:
    """Return a page title without a collection suffix such as ``(精选9篇)`` or ``范文3篇``."""
    return _COLLECTION.sub("", title).strip()


_QUOTED_TITLE = re.compile(r"《([^《》]{6,60}(?:讲话|致辞|发言|报告|演讲|贺词|献词|讲稿|致词|祝词|开幕词|闭幕词))》")
_SOURCE_PREFIX = re.compile(r"^(原文|文章|本文)?(来源|来自|转自|摘自|选自|转载自)[^：:]{0,12}[：:]\s*(?=\S{4,})")
_BREADCRUMB = re.compile(r"^.*(?:->|＞|>>|》》)\s*")
_SEPARATORS = re.compile(r"\s*[|｜丨]\s*|\s+[-–—_]\s+|_|(?<=[\u4e00-\u9fff）)》])[-–](?=[\u4e00-\u9fffA-Z])")
_SITE = re.compile(r"(?:^|\W)[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/\S*)?$|^[^，。！？]{0,10}(网|官网|网站|门户|首页|频道|在线|"
                   r"新闻|资讯|人民政府|政府|办公室|办公厅)$", re.I)
#: An organisation's name beside a title (校长致辞-XX市实验小学): the site's owner, when the title has parts.
_ORG = re.compile(r"^[^，。！？\s]{2,14}(小学|中学|大学|学院|学校|幼儿园|公司|集团|医院|协会|学会|研究院|研究所|银行)$")


def page_title_core(title: str) -> str | None:
    """Return what a page title says of its article: without a collection suffix (``（精选3篇）``), a
    breadcrumb before ``->``, and the site or column names beside bars and dashes (``标题 | 某某网``,
    ``栏目|标题``) — the longest remaining part. None when only site names are left."""
    title = _SOURCE_PREFIX.sub("", _BREADCRUMB.sub("", base_title(title))).strip()
    quoted = _QUOTED_TITLE.search(title)
    if quoted:                                  # 马校长《在2010级新生军训开营式上的讲话》
        return quoted.group(1)
    parts = [p.strip() for p in _SEPARATORS.split(title) if p and p.strip()]
    kept = [p for p in parts if not _SITE.search(p) and _CJK_RE.search(p) and not (len(parts) > 1 and _ORG.search(p))]
    if not kept:
        return None
    return max(kept, key=lambda p: len(_CJK_RE.findall(p)))


def headline_keys(title: str | None) -> set[str]:
    """Return the forms a page headline takes as a line, whitespace removed: whole, and its core (no
    collection suffix, site or column name; see :func:`page_title_core`)."""
    if not title:
        return set()
    return {k for k in (compact(title), compact(page_title_core(title) or "")) if k}


def shown_text(block: Block) -> str:
    """Return the text a block shows: a paragraph's text, a heading's number and text (its label)."""
    return block.text if isinstance(block, Paragraph) else block.label
