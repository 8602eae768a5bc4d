"""Character classes and run helpers shared by the passes (no third-party imports)."""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Run

#: CJK ideographs (URO, Ext A, compatibility) for use inside a regex character class.
CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: Characters that end a sentence or a clause-ending line.
TERMINAL = ("。", "！", "？", "；", "：", "…", "”", "」", "』", "）", "!", "?", ";", ":", ".")
_CJK_RE = re.compile(f"[{CJK}]")
_WS = re.compile(r"\s+")


def is_cjk_char(ch: str) -> bool:
    """Return True when ``ch`` is a CJK ideograph."""
    return bool(_CJK_RE.match(ch))


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
