"""Presentation hints of HTML paragraphs: a heading tag, a centred or right-aligned block, a font size.

The walker gives each text its absolute size (:func:`font_size`: CSS ``font-size``, ``<font size>``,
heading defaults, relative units against the size around it); a paragraph's size is the size most of
its characters have. :func:`relative_sizes` turns them into sizes relative to the page's usual body
size, and alignment is kept only where it says something (not when most of the page is centred).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from bs4 import NavigableString, Tag
from bs4.element import PreformattedString

from ...model import Hints, Paragraph
from ..faces import faces_stand_for_bold, first_face, is_heading_face
from ..hints import centred_heads_bold, size_steps_bold
from .tags import ALIGN_STYLE, style_of

#: The browser's default text size, in points (16 px).
DEFAULT_PT = 12.0
#: Heading elements' default sizes, as a multiple of the size around them.
_HEADING_EM = {"h1": 2.0, "h2": 1.5, "h3": 1.17, "h4": 1.0, "h5": 0.83, "h6": 0.67}
_FONT_TAG_PT = {1: 7.5, 2: 10.0, 3: 12.0, 4: 13.5, 5: 18.0, 6: 24.0, 7: 36.0}
_KEYWORDS = {"xx-small": 7.0, "x-small": 7.5, "small": 10.0, "medium": 12.0, "large": 13.5, "x-large": 18.0,
             "xx-large": 24.0, "xxx-large": 36.0}
_CSS_SIZE = re.compile(r"(?<![\w-])font-size\s*:\s*([\w.%-]+)", re.I)
_LENGTH = re.compile(r"^(\d+(?:\.\d*)?|\.\d+)\s*(px|pt|em|rem|%|pc|in|cm|mm)?$", re.I)
_UNIT_PT = {"px": 0.75, "pt": 1.0, "pc": 12.0, "in": 72.0, "cm": 72 / 2.54, "mm": 72 / 25.4}
#: Relative sizes closer to 1 than this are no hint.
SIZE_NOISE = 0.1
#: When more than this share of a page's paragraphs is centred, centring says nothing.
CENTRED_MOST = 0.5


def font_size(node: Tag, around: float | None) -> float | None:
    """Return the font size (pt) that ``node`` sets for its text, or None when it sets none.

    ``around`` is the size of the text around it (None: the default size).
    """
    base = around or DEFAULT_PT
    m = _CSS_SIZE.search(style_of(node))
    if m:
        return _css_length(m.group(1).lower(), base)
    if node.name == "font" and (size := str(node.get("size") or "").strip()):
        return _font_tag(size)
    if node.name in _HEADING_EM:
        return base * _HEADING_EM[node.name]
    return None


_CSS_FAMILY = re.compile(r"(?<![\w-])font-family\s*:\s*([^;]+)", re.I)
_FAREAST_FAMILY = re.compile(r"(?<![\w-])mso-fareast-font-family\s*:\s*([^;]+)", re.I)


def face_of(node: Tag) -> str | None:
    """Return the face ``node`` sets for its Chinese text, or None when it sets none: the first face of
    its CSS ``font-family`` or of a ``<font face>``; where that face is a Latin one (an ASCII name),
    Word's ``mso-fareast-font-family`` (the face Word set the Chinese characters in) when it gives one."""
    style = style_of(node)
    m = _CSS_FAMILY.search(style)
    face = first_face(m.group(1)) if m else None
    if face is None and node.name == "font":
        face = first_face(str(node.get("face") or ""))
    if face is None or face.isascii():
        east = _FAREAST_FAMILY.search(style)
        face = first_face(east.group(1)) if east else face
    return face


def face_bold(content: Tag) -> bool:
    """Return True when ``content`` sets some of its text in a heading face (黑体) and most of it in
    another face (or in none): then text in the heading face is that page's bold."""
    heading = total = 0
    stack: list[tuple[object, bool]] = [(content, is_heading_face(face_of(content)))]
    while stack:
        node, hei = stack.pop()
        if isinstance(node, NavigableString):
            if not isinstance(node, PreformattedString):
                n = len("".join(str(node).split()))
                total += n
                heading += n if hei else 0
            continue
        if isinstance(node, Tag):
            for child in node.children:
                face = face_of(child) if isinstance(child, Tag) else None
                stack.append((child, is_heading_face(face) if face else hei))
    return faces_stand_for_bold(heading, total)


def _css_length(value: str, base: float) -> float | None:
    if value in _KEYWORDS:
        return _KEYWORDS[value]
    if value in ("larger", "smaller"):
        return base * (1.2 if value == "larger" else 1 / 1.2)
    m = _LENGTH.match(value)
    if not m:
        return None
    number, unit = float(m.group(1)), (m.group(2) or "px").lower()
    if unit in ("em", "rem"):
        return number * (DEFAULT_PT if unit == "rem" else base)
    if unit == "%":
        return number / 100 * base
    size = number * _UNIT_PT[unit]
    return size if 3 <= size <= 200 else None


def _font_tag(value: str) -> float | None:
    try:
        n = int(value) if value[0] not in "+-" else 3 + int(value)
    except ValueError:
        return None
    return _FONT_TAG_PT[min(7, max(1, n))]


def block_hints(block: Tag | None, content: Tag | None, bold: bool, size: float | None) -> Hints:
    """Return the hints of a paragraph whose text lies in ``block`` (a block element below ``content``):
    the heading level of an ``<h1>``–``<h6>`` around it, its alignment, whole-line bold, its size (pt)."""
    heading = align = None
    node = block
    depth = 0
    while node is not None and node is not content and depth < 6:
        if heading is None and node.name in _HEADING_EM:
            heading = int(node.name[1])
        if align is None:
            align = _alignment(node)
        node = node.parent
        depth += 1
    return Hints(heading=heading, bold=bold, align=align, size=size)


def _alignment(node: Tag) -> str | None:
    if node.name == "center":
        return "center"
    attr = str(node.get("align") or "").lower()
    if attr in ("center", "middle", "right"):
        return "right" if attr == "right" else "center"
    m = ALIGN_STYLE.search(style_of(node))
    return m.group(1).lower() if m else None


def relative_sizes(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Return the paragraphs with sizes relative to the page's usual body size (the size most
    characters have) and with alignment dropped when most paragraphs share it."""
    weight: Counter[float] = Counter()
    for p in paragraphs:
        weight[p.hints.size or DEFAULT_PT] += len(p.text)
    body = weight.most_common(1)[0][0] if weight else DEFAULT_PT
    centred = sum(p.hints.align == "center" for p in paragraphs)
    drop_align = paragraphs and centred > CENTRED_MOST * len(paragraphs)
    out = []
    for p in paragraphs:
        rel = round((p.hints.size or DEFAULT_PT) / body, 2)
        hints = replace(p.hints, size=None if abs(rel - 1) < SIZE_NOISE else rel,
                        align=None if drop_align and p.hints.align == "center" else p.hints.align)
        out.append(p if hints == p.hints else replace(p, hints=hints))
    return centred_heads_bold(size_steps_bold(out))

