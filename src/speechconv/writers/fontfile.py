"""Reading and subsetting the shipped TrueType files (the only fontTools user in speechconv).

:func:`coverage` says which characters a font file draws; :func:`subset_font` returns a TrueType file
holding only the glyphs for some characters, with the font's names kept so that Word and LibreOffice
match it to the family name the DOCX uses; :func:`family_name` reads that name, :func:`vertical_metrics` the ascent and descent; :func:`fixed_subset`
makes the smaller subsets of fixed pages. The DOCX and the OFD
writers embed such subsets.
"""
from __future__ import annotations

import threading
from functools import lru_cache
from io import BytesIO
from pathlib import Path
from typing import Iterable

from ..errors import FontError

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


@lru_cache(maxsize=16)
def family_name(path: Path) -> str:
    """Return the family name in the font file at ``path`` (name ID 1, English or first found).

    Raises FontError when the file cannot be read as a font or has no family name.
    """
    ttLib, _ = _fonttools()
    try:
        with ttLib.TTFont(str(path), lazy=True) as font:
            name = font["name"].getDebugName(1)
    except Exception as exc:  # fontTools raises many types for a broken file
        raise FontError(f"cannot read the font ({exc}); rebuild it with scripts/build_fonts.py",
                        str(path)) from None
    if not name:
        raise FontError("the font has no family name; rebuild it with scripts/build_fonts.py", str(path))
    return name


@lru_cache(maxsize=16)
def vertical_metrics(path: Path) -> tuple[float, float]:
    """Return the ascent and descent (negative) of the font file at ``path``, in 1/1000 em (hhea).

    Raises FontError when the file cannot be read as a font.
    """
    ttLib, _ = _fonttools()
    try:
        with ttLib.TTFont(str(path), lazy=True) as font:
            scale = 1000 / font["head"].unitsPerEm
            return font["hhea"].ascent * scale, font["hhea"].descent * scale
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


#: Tables a fixed-layout subset copies unchanged from the source (when present): font-wide data and
#: the hinting programs that the kept glyphs' instructions call.
_COPIED = ("head", "hhea", "maxp", "OS/2", "name", "cvt ", "fpgm", "prep", "gasp")


class _Source:
    """A font file read once: its tables decompiled, glyphs kept as raw bytes until needed."""

    def __init__(self, path: Path) -> None:
        ttLib, _ = _fonttools()
        self.font = ttLib.TTFont(str(path), recalcTimestamp=False, recalcBBoxes=False)
        self.cmap = self.font.getBestCmap() or {}
        self.glyphs = self.font["glyf"].glyphs           # name -> Glyph, raw until expanded
        self.metrics = self.font["hmtx"].metrics
        self.order = {name: gid for gid, name in enumerate(self.font.getGlyphOrder())}
        self.lock = threading.Lock()


_SOURCES: dict[str, _Source] = {}
_SOURCES_LOCK = threading.Lock()


def _source(path: Path) -> _Source:
    """Return the cached source of the font file at ``path``, reading it on first use."""
    key = str(Path(path).resolve())
    src = _SOURCES.get(key)
    if src is None:
        with _SOURCES_LOCK:
            src = _SOURCES.get(key)
            if src is None:
                src = _SOURCES[key] = _Source(Path(key))
    return src


def fixed_subset(path: Path, chars: Iterable[str]) -> bytes:
    """Return a TrueType font holding only the glyphs of ``chars`` from the font at ``path``.

    For pages whose every glyph is placed by the writer (OFD): no layout tables, no vertical metrics,
    no glyph names (``post`` format 3), a Unicode ``cmap`` for exactly ``chars``; ``.notdef`` and the
    components of composite glyphs are kept. The font file is parsed once per process, so a document
    costs only copying its glyphs (reportlab's PDF subsets work the same way). The bytes do not depend
    on the clock. Raises FontError when the file cannot be read or subset.
    """
    try:
        src = _source(path)
        with src.lock:
            return _build(src, {ord(c) for c in chars})
    except FontError:
        raise
    except Exception as exc:  # fontTools raises many types for a broken file
        raise FontError(f"cannot subset the font ({exc}); rebuild it with scripts/build_fonts.py",
                        str(path)) from None


def _build(src: _Source, codes: set[int]) -> bytes:
    """Return the subset of ``src`` for the code points ``codes`` (the caller holds ``src.lock``)."""
    ttLib, _ = _fonttools()
    from fontTools.ttLib.tables._c_m_a_p import CmapSubtable
    from fontTools.ttLib.tables._g_l_y_f import Glyph
    mapping = {c: src.cmap[c] for c in sorted(codes) if c in src.cmap}
    keep = {".notdef", *mapping.values()} if ".notdef" in src.order else set(mapping.values())
    todo = list(keep)
    glyf = src.font["glyf"]
    while todo:                                         # composite glyphs need their components
        glyph = src.glyphs[todo.pop()]
        if glyph.isComposite():
            glyph.expand(glyf)
            for comp in glyph.components:
                if comp.glyphName not in keep:
                    keep.add(comp.glyphName)
                    todo.append(comp.glyphName)
    order = sorted(keep, key=src.order.__getitem__)
    font = ttLib.TTFont(recalcBBoxes=False, recalcTimestamp=False)
    font.setGlyphOrder(order)
    for tag in _COPIED:
        if tag in src.font:
            font[tag] = src.font[tag]
    new_glyf = font["glyf"] = ttLib.newTable("glyf")
    new_glyf.glyphOrder = order
    new_glyf.glyphs = {name: src.glyphs.get(name) or Glyph() for name in order}
    font["loca"] = ttLib.newTable("loca")
    hmtx = font["hmtx"] = ttLib.newTable("hmtx")
    hmtx.metrics = {name: src.metrics[name] for name in order}
    cmap = font["cmap"] = ttLib.newTable("cmap")
    cmap.tableVersion = 0
    cmap.tables = []
    for fmt, enc, part in ((4, 1, {c: g for c, g in mapping.items() if c <= 0xFFFF}),
                           (12, 10, mapping if any(c > 0xFFFF for c in mapping) else None)):
        if part is None:
            continue
        sub = CmapSubtable.newSubtable(fmt)
        sub.platformID, sub.platEncID, sub.language, sub.cmap = 3, enc, 0, part
        cmap.tables.append(sub)
    post = font["post"] = ttLib.newTable("post")
    for attr in ("italicAngle", "underlinePosition", "underlineThickness", "isFixedPitch",
                 "minMemType42", "maxMemType42", "minMemType1", "maxMemType1"):
        setattr(post, attr, getattr(src.font["post"], attr))
    post.formatType = 3.0
    out = BytesIO()
    font.save(out, reorderTables=False)
    return out.getvalue()
