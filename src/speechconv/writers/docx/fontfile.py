"""Reading and subsetting the shipped TrueType files (the only fontTools user in speechconv).

:func:`coverage` says which characters a font file draws; :func:`subset_font` returns a TrueType file
holding only the glyphs for some characters, with the font's names kept so that Word and LibreOffice
match it to the family name the DOCX uses.
"""
from __future__ import annotations

from functools import lru_cache
from io import BytesIO
from pathlib import Path
from typing import Iterable

from ...errors import FontError

#: Characters every embedded subset keeps besides the document's own, so that small edits (a digit,
#: a comma, a quotation mark typed in Word) still find their glyph in the embedded font.
EDITING_CHARS = frozenset(
    "".join(chr(c) for c in range(0x20, 0x7F))
    + "\u3000，。、；：？！“”‘’（）《》〈〉「」『』【】—…·－％")


def _fonttools():
    """Return the ``fontTools.ttLib`` and ``fontTools.subset`` modules.

    Raises FontError when fontTools is not installed.
    """
    try:
        from fontTools import subset, ttLib
    except ImportError:  # pragma: no cover - fontTools is a dependency
        raise FontError("embedding fonts needs fontTools; install it with: pip install fonttools") from None
    return ttLib, subset


@lru_cache(maxsize=16)
def coverage(path: Path) -> frozenset[int]:
    """Return the code points the font file at ``path`` maps to a glyph (its best cmap).

    Raises FontError when the file cannot be read as a font.
    """
    ttLib, _ = _fonttools()
    try:
        with ttLib.TTFont(str(path), lazy=True) as font:
            return frozenset(font.getBestCmap() or {})
    except Exception as exc:  # fontTools raises many types for a broken file
        raise FontError(f"cannot read the font ({exc}); rebuild it with scripts/build_fonts.py",
                        str(path)) from None


def subset_font(path: Path, chars: Iterable[str]) -> bytes:
    """Return the TrueType bytes of the font at ``path`` cut down to ``chars`` (plus EDITING_CHARS).

    Every name record is kept (the family name must match the DOCX), as are hinting, vertical
    metrics and layout features; ``.notdef`` keeps its outline. The bytes do not depend on the clock.
    Bounding boxes are not recomputed (the whole font's still enclose every glyph): that would
    decompile and recompile each glyph and triple the time. Raises FontError when the file cannot be
    read or subset.
    """
    ttLib, subset = _fonttools()
    wanted = sorted({ord(c) for c in chars} | {ord(c) for c in EDITING_CHARS})
    options = subset.Options()
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.name_legacy = True
    options.notdef_outline = True
    options.layout_features = ["*"]
    options.recalc_timestamp = False
    try:
        font = ttLib.TTFont(str(path), lazy=True, recalcTimestamp=False, recalcBBoxes=False)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=wanted)
        subsetter.subset(font)
        out = BytesIO()
        font.save(out)
        font.close()
    except Exception as exc:  # fontTools raises many types for a broken file
        raise FontError(f"cannot subset the font ({exc}); rebuild it with scripts/build_fonts.py",
                        str(path)) from None
    return out.getvalue()
