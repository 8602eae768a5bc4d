"""Study notes around a transcript: a page that sets a speech's transcript under a label of its own
(``## Transcript``, ``【演讲全文】``) among sections of notes under labels (``## Vocabulary``,
``## Summary``, ``## Afterword``, ``生词``, ``笔记``) keeps the transcript only. The lines above the
first label (title, speaker, date) stay for the reading; every note section goes, recorded.
"""
from __future__ import annotations

import re
from typing import Sequence

from ..model import Block, Dropped
from ._text import compact, shown_text

NOTES = "boilerplate: study notes around the transcript"
LABEL = "boilerplate: label of the transcript"
#: The label over a speech's own text.
_TEXT = re.compile(r"^[【\[#*_]*(transcript|full\s*text|the\s*speech|speech\s*text|全文|原文|正文|演讲全文|演讲原文|"
                   r"讲话全文|讲话原文|演讲稿|文字稿|文字实录|演讲实录|英文原文|中英对照|双语全文)[】\]*_:：]*$", re.I)
#: The label over a section of notes beside it.
_NOTE = re.compile(r"^[【\[#*_]*(introduction|intro|vocabulary|new\s*words|words|phrases|expressions|summary|"
                   r"notes?|afterword|background|key\s*points|takeaways?|reflections?|导读|导语|简介|背景|背景介绍|"
                   r"生词|词汇|重点词汇|单词|短语|好词好句|摘要|内容摘要|总结|笔记|学习笔记|后记|赏析|感悟|心得|读后感)"
                   r"[】\]*_:：]*$", re.I)


def _label(block: Block, pattern: re.Pattern[str]) -> bool:
    """Return True when ``block`` is a label line of ``pattern``: a heading, or a short line alone."""
    text = compact(shown_text(block))
    return len(text) <= 24 and bool(pattern.match(text))


def cut_study_notes(blocks: Sequence[Block]) -> tuple[list[Block], list[Dropped]]:
    """Return ``blocks`` without the note sections around a labelled transcript, and what went (the
    transcript's label too), in order. Nothing is cut unless the page has exactly one transcript label
    and at least one note label, and the transcript keeps some text."""
    texts = [i for i, b in enumerate(blocks) if _label(b, _TEXT)]
    notes = [i for i, b in enumerate(blocks) if _label(b, _NOTE)]
    if len(texts) != 1 or not notes:
        return list(blocks), []
    t = texts[0]
    before = [i for i in notes if i < t]
    after = [i for i in notes if i > t]
    start = before[0] if before else t
    end = after[0] if after else len(blocks)
    if end - t < 2:
        return list(blocks), []
    kept: list[Block] = []
    gone: list[Dropped] = []
    for i, b in enumerate(blocks):
        if i == t:
            gone.append(Dropped(shown_text(b), LABEL))
        elif start <= i < t or i >= end:
            gone.append(Dropped(shown_text(b), NOTES))
        else:
            kept.append(b)
    return kept, [d for d in gone if d.text.strip()]

