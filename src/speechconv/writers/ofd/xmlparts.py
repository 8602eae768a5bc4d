"""Building the OFD package's XML parts with the standard library's ElementTree.

Every element is in the OFD namespace with the conventional ``ofd:`` prefix (readers such as easyofd
look elements up by that prefixed name). Numbers are written in millimetres with at most three
decimals (a micrometre), ``-0`` as ``0``. ``DeltaX`` arrays use the standard's ``g N d`` shorthand for
N equal steps.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Iterable, Sequence

OFD_NS = "http://www.ofdspec.org/2016"


def el(tag: str, attrs: dict[str, str] | None = None, text: str | None = None,
       parent: ET.Element | None = None) -> ET.Element:
    """Return a new ``ofd:tag`` element (appended to ``parent`` when given) with ``attrs`` and ``text``."""
    name = "ofd:" + tag
    node = ET.Element(name, attrs or {}) if parent is None else ET.SubElement(parent, name, attrs or {})
    if text is not None:
        node.text = text
    return node


def root(tag: str, attrs: dict[str, str] | None = None) -> ET.Element:
    """Return the root element of a part: ``ofd:tag`` declaring the OFD namespace."""
    node = el(tag, attrs)
    node.set("xmlns:ofd", OFD_NS)
    return node


def serialize(node: ET.Element) -> bytes:
    """Return the part's bytes: an XML declaration, then ``node`` in UTF-8."""
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(node, encoding="utf-8",
                                                                     xml_declaration=False)


def num(value: float, places: int = 3) -> str:
    """Return ``value`` rounded to ``places`` decimals without trailing zeros ("12.5", "0", "-3.25")."""
    text = f"{value:.{places}f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def nums(values: Iterable[float], places: int = 3) -> str:
    """Return ``values`` as an OFD array: numbers separated by single spaces."""
    return " ".join(num(v, places) for v in values)


def steps(xs: Sequence[float], places: int = 3) -> list[float]:
    """Return the steps between successive ``xs``, each rounded to ``places`` decimals so that the
    written positions (the first x rounded, plus the rounded steps) never stray from ``xs`` by more
    than half a unit of the last place (each step carries the rounding error so far)."""
    out: list[float] = []
    at = round(xs[0], places) if xs else 0.0
    for x in xs[1:]:
        step = round(x - at, places)
        out.append(step)
        at += step
    return out


def delta_array(values: Sequence[float], places: int = 3) -> str:
    """Return ``values`` as a ``DeltaX`` array, three or more equal values in a row as ``g N d``."""
    words: list[str] = []
    texts = [num(v, places) for v in values]
    i = 0
    while i < len(texts):
        j = i + 1
        while j < len(texts) and texts[j] == texts[i]:
            j += 1
        if j - i >= 3:
            words += ["g", str(j - i), texts[i]]
        else:
            words += texts[i:j]
        i = j
    return " ".join(words)
