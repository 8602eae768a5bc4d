"""List items as a browser shows them: the number in front of each item of an ordered list.

A browser numbers the items of ``<ol>`` ``1. 2. 3.``: from ``start`` (or down from the number of items
with ``reversed``), in the style of ``type`` (``1``, ``a``, ``A``, ``i``, ``I``) or of an inline
``list-style-type``, an item's ``value`` setting its own number and the count going on from it. A
``<ul>`` item shows a bullet, which is no text; ``list-style: none`` shows nothing. :func:`list_markers`
returns those numbers as text (``"1. "``), for the reader to put in front of the item's text — unless the
text opens with that number typed already (:func:`numbered_already`: the site's style sheet, which is not
read, then hides the browser's number; ``1. 1. 我们…`` is no page's intent).
"""
from __future__ import annotations

import re

from bs4 import Tag

from ..numerals import roman as _roman
from .tags import style_of

#: Elements whose ``<li>`` children are counted as one list.
LIST_TAGS = frozenset({"ol", "ul", "menu", "dir"})
#: ``type`` attribute values (case matters) and the list-style types they stand for.
_TYPES = {"1": "decimal", "a": "lower-alpha", "A": "upper-alpha", "i": "lower-roman", "I": "upper-roman",
          "disc": "disc", "circle": "circle", "square": "square", "none": "none"}
_STYLE_TYPE = re.compile(r"(?<![\w-])list-style(?:-type)?\s*:\s*([^;\"']+)", re.I)
#: list-style types that show a number or letter; the others (disc, circle, square, none…) show none.
_NUMBERED = ("decimal", "decimal-leading-zero", "lower-alpha", "lower-latin", "upper-alpha", "upper-latin",
             "lower-roman", "upper-roman")
_NO_MARKER = frozenset({"none", "disc", "circle", "square", "disclosure-open", "disclosure-closed"})
_INTEGER = re.compile(r"^\s*([+-]?\d{1,9})\s*$")
#: A number typed at the start of an item's text: 1. 1、 1． 1) （1）.
_TYPED = re.compile(r"^\s*(?:[（(]\s*(\d{1,9})\s*[)）]|(\d{1,9})\s*(?:[.．](?!\d)|[、)）]))")


def list_owner(item: Tag) -> Tag | None:
    """Return the list element an ``<li>`` belongs to (its nearest ol, ul, menu or dir), or None."""
    node = item.parent
    while node is not None and isinstance(node, Tag):
        if node.name in LIST_TAGS:
            return node
        node = node.parent
    return None


def owned_items(owner: Tag) -> list[Tag]:
    """Return the ``<li>`` elements that belong to list ``owner``, in document order (not the items of
    lists nested in them)."""
    out: list[Tag] = []
    stack = list(reversed([c for c in owner.children if isinstance(c, Tag)]))
    while stack:
        node = stack.pop()
        if node.name == "li":
            out.append(node)
        if node.name in LIST_TAGS:
            continue
        stack.extend(reversed([c for c in node.children if isinstance(c, Tag)]))
    return out


def _style_type(tag: Tag) -> str | None:
    """Return the list-style type an inline style sets on ``tag`` (``none`` included), or None."""
    m = _STYLE_TYPE.search(style_of(tag))
    if not m:
        return None
    for word in m.group(1).lower().split():
        if word in _NUMBERED or word in _NO_MARKER:
            return word
    return None


def _list_type(tag: Tag, default: str) -> str:
    """Return the list-style type of ``tag``: its inline style, else its ``type`` attribute, else
    ``default``."""
    styled = _style_type(tag)
    if styled:
        return styled
    attr = tag.get("type") if tag.attrs else None
    return _TYPES.get(attr, default) if isinstance(attr, str) else default


def _integer(tag: Tag, name: str) -> int | None:
    """Return the integer attribute ``name`` of ``tag``, or None when it is missing or not a number."""
    value = tag.get(name) if tag.attrs else None
    m = _INTEGER.match(value) if isinstance(value, str) else None
    return int(m.group(1)) if m else None


def list_markers(owner: Tag) -> dict[int, str]:
    """Return the marker text of each item of list ``owner`` (keyed by id(): ``"1. "``, ``"b. "``, or ``""``
    where the browser shows a bullet or nothing)."""
    items = owned_items(owner)
    reverse = owner.name == "ol" and owner.has_attr("reversed")
    step = -1 if reverse else 1
    start = _integer(owner, "start") if owner.name == "ol" else None
    n = (start if start is not None else len(items) if reverse else 1) - step
    kind = _list_type(owner, "decimal" if owner.name == "ol" else "disc")
    out: dict[int, str] = {}
    for item in items:
        value = _integer(item, "value")
        n = value if value is not None else n + step
        out[id(item)] = marker_text(n, _list_type(item, kind))
    return out


def numbered_already(marker: str, text: str) -> bool:
    """Return True when ``text`` opens with the number of ``marker`` typed in it (``"3. "`` and
    ``3、…`` or ``（3）…``)."""
    m = _TYPED.match(text)
    return bool(m) and marker.rstrip(". ") == (m.group(1) or m.group(2))


def marker_text(n: int, kind: str) -> str:
    """Return the marker a browser shows for number ``n`` in list-style type ``kind`` (``""`` for a bullet
    or none)."""
    if kind not in _NUMBERED:
        return ""
    if kind == "decimal-leading-zero":
        return f"{n:02d}. " if n >= 0 else f"-{-n:02d}. "
    if kind.endswith(("alpha", "latin")) and n > 0:
        text = _letters(n)
        return (text.upper() if kind.startswith("upper") else text) + ". "
    if kind.endswith("roman") and 0 < n < 4000:
        text = _roman(n)
        return (text if kind.startswith("upper") else text.lower()) + ". "
    return f"{n}. "


def _letters(n: int) -> str:
    """Return ``n`` in the alphabetic system: a…z, aa, ab…"""
    out = ""
    while n > 0:
        n, rem = divmod(n - 1, 26)
        out = chr(ord("a") + rem) + out
    return out


