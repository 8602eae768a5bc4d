"""Typefaces that stand for bold: the heading face of Chinese official typesetting.

In a GB/T 9704 document the body is set in 仿宋 and level-1 headings in 黑体 (SimHei), often not bold:
the typeface is the emphasis, as bold is on other pages. A reader that knows each run's face asks
:func:`is_heading_face` of it and :func:`faces_stand_for_bold` of the page, and counts a run in a heading
face as bold only where the page's text is mostly in another face (a page set all in 黑体 says nothing
by its face).

The list is small and closed on purpose: the 黑体 faces of office typesetting (黑体, 黑体_GB2312,
方正黑体 and its 简体/_GBK cuts, SimHei, Heiti/华文黑体, FandolHei). Sans faces that web pages use
for body text (微软雅黑 / Microsoft YaHei, 思源黑体, PingFang, 冬青黑体, Noto Sans CJK) are not heading
faces, and neither is 楷体: official documents use it for level-2 headings but also for quotations,
dates and notes, so it is no evidence of a heading by itself.
"""
from __future__ import annotations

import re

#: Heading faces, matched against a face name lower-cased with quotes and spaces removed.
_HEADING_FACE = re.compile(r"^(?:黑体(?:_?gb2312|_?gbk)?|方正黑体(?:简体|_?gbk|_?gb2312)?|fzhei(?:ti)?(?:-b01s?)?"
                           r"(?:_?gbk)?|simhei|(?:st)?heiti(?:sc|tc)?|华文黑体|fandolhei(?:-regular)?)$")
_NOISE = re.compile(r"[\s'\"]+")
#: A page's heading-face text must be under this share of its text for the face to stand for bold.
FACE_BOLD_SHARE = 0.5


def is_heading_face(name: str | None) -> bool:
    """Return True when ``name`` (one face name, e.g. ``黑体`` or ``"SimHei"``) is a heading face."""
    return bool(name) and bool(_HEADING_FACE.match(_NOISE.sub("", name).lower()))


def first_face(families: str | None) -> str | None:
    """Return the first face of a CSS ``font-family`` list or a ``<font face>`` value (None when empty)."""
    if not families:
        return None
    first = _NOISE.sub(" ", re.split(r"[,;]", families)[0]).strip()
    return first or None


def faces_stand_for_bold(heading_chars: int, all_chars: int) -> bool:
    """Return True when a page with ``heading_chars`` of its ``all_chars`` characters in a heading face
    sets its body in another face: then a run in the heading face is that page's bold."""
    return 0 < heading_chars < FACE_BOLD_SHARE * all_chars
