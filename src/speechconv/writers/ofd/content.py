"""One page's ``Content.xml``: a body layer of ``PathObject`` highlights and ``TextObject`` runs.

A text run becomes a ``TextObject`` whose ``Boundary`` encloses its glyphs (padded by a stroke width and
the italic slant), with one ``TextCode``: ``X``/``Y`` place the first glyph's origin on the baseline,
relative to the boundary's corner, and ``DeltaX`` gives the step to each following glyph, so every
glyph sits where the composition put it. Bold is drawn as the PDF draws it, filled and stroked with an
outline of 3 % of the size; italic as a slant about the baseline: the text sits on the object's y = 0
and the ``CTM`` shears it and moves it down to its baseline. Sizes and positions are mm.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Callable

from ..typeset import BOLD_STROKE, ITALIC_SHEAR
from .scene import PageScene, Rect, TextRun
from .xmlparts import delta_array, el, num, nums, root, serialize, steps

#: Room around a run's glyphs in its boundary, as a share of the size (side bearings, accents).
_PAD = 0.1


def page_part(scene: PageScene, layer_id: int, next_id: Callable[[], int],
              font_ids: dict) -> bytes:
    """Return the ``Content.xml`` bytes of ``scene``: its layer gets ``layer_id``, every object an ID
    from ``next_id``; ``font_ids`` maps a run's face to its font resource ID."""
    page = root("Page")
    layer = el("Layer", {"ID": str(layer_id), "Type": "Body"}, parent=el("Content", parent=page))
    for item in scene.items:
        if isinstance(item, TextRun):
            _text_object(layer, item, next_id(), font_ids[item.face])
        else:
            _rect_object(layer, item, next_id())
    return serialize(page)


def _text_object(layer: ET.Element, run: TextRun, oid: int, font_id: int) -> None:
    """Append the ``TextObject`` of ``run`` to ``layer``."""
    size = run.size
    top = run.baseline - size * run.face.ascent / 1000
    bottom = run.baseline - size * run.face.descent / 1000
    stroke = BOLD_STROKE * size if run.bold else 0.0
    pad = _PAD * size + stroke
    slant = ITALIC_SHEAR * (run.baseline - top) if run.italic else 0.0
    bx, by = round(run.xs[0] - pad, 3), round(top - pad, 3)
    width = run.xs[-1] + size + slant + pad - bx
    attrs = {"ID": str(oid), "Boundary": nums((bx, by, width, bottom + pad - by)),
             "Font": str(font_id), "Size": num(size, 4)}
    y = run.baseline - by
    if run.italic:              # the baseline at the object's y = 0, moved down by the CTM: a pure
        attrs["CTM"] = nums((1, 0, -ITALIC_SHEAR, 1, 0, y), 3)   # slant about it, no x offset
    if run.bold:
        attrs.update(Stroke="true", LineWidth=num(stroke, 4))
    obj = el("TextObject", attrs, parent=layer)
    if run.bold:
        el("StrokeColor", {"Value": "0 0 0"}, parent=obj)
    rel = [x - bx for x in run.xs]
    code = {"X": num(rel[0]), "Y": "0" if run.italic else num(y)}
    if len(rel) > 1:
        code["DeltaX"] = delta_array(steps(rel))
    el("TextCode", code, run.text, parent=obj)


def _rect_object(layer: ET.Element, rect: Rect, oid: int) -> None:
    """Append a filled, unstroked ``PathObject`` for ``rect`` to ``layer``."""
    w, h = num(rect.w), num(rect.h)
    obj = el("PathObject", {"ID": str(oid), "Boundary": nums((rect.x, rect.y, rect.w, rect.h)),
                            "Stroke": "false", "Fill": "true"}, parent=layer)
    el("FillColor", {"Value": " ".join(str(c) for c in rect.rgb)}, parent=obj)
    el("AbbreviatedData", text=f"M 0 0 L {w} 0 L {w} {h} L 0 {h} C", parent=obj)
