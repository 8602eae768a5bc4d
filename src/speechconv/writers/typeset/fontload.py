"""Loading font files: reportlab's TrueType parser gives the metrics, and the font is registered once.

Every shipped font file is loaded with reportlab's ``TTFont`` (through the disk cache of
:mod:`.facecache`) and registered under a stable name (``SC-<file stem>``) the first time any document
needs it; later documents reuse it. :func:`register` owns this process-wide registry, keyed by the
resolved file path; a lock makes it safe when several threads write at once. The PDF writer draws with
the same loaded fonts (:attr:`RLFont.tt`).
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFNameBytes, TTFont

from ...errors import FontError
from .facecache import load_font


@dataclass(frozen=True, eq=False)
class RLFont:
    """A registered font: reportlab name, file, cmap (code point -> glyph), advances in 1/1000 em."""

    name: str
    path: Path              #: the font file, resolved (absolute)
    cmap: dict[int, int] = field(repr=False)
    widths: dict[int, float] = field(repr=False)
    default_width: float
    descent: float          #: typographic descent, 1/1000 em, negative
    ascent: float
    tt: TTFont = field(repr=False)  #: the reportlab font object (for subset splitting)

    @cached_property
    def file(self) -> str:
        """Return the font file's absolute path as a string (how composed pages name the font)."""
        return str(self.path)

    def has(self, ch: str) -> bool:
        """Return True when the font has a glyph for ``ch``."""
        return ord(ch) in self.cmap

    def advance(self, ch: str, size: float) -> float:
        """Return the advance width of ``ch`` at ``size`` pt."""
        return self.widths.get(ord(ch), self.default_width) * size / 1000.0


_LOCK = threading.Lock()
_BY_PATH: dict[str, RLFont] = {}
_NAMES: set[str] = set()
_BY_PSNAME: dict[bytes, RLFont] = {}


def register(path: Path) -> RLFont:
    """Return the registered font for ``path``, loading and registering it on first use.

    Raises FontError when reportlab cannot read the file (missing, not TrueType, CFF outlines).
    """
    key = str(path.resolve())
    font = _BY_PATH.get(key)
    if font is not None:
        return font
    with _LOCK:
        font = _BY_PATH.get(key)
        if font is not None:
            return font
        name = "SC-" + path.stem
        n = 2
        while name in _NAMES:
            name = f"SC-{path.stem}-{n}"
            n += 1
        try:
            tt = load_font(name, Path(key))
        except (TTFError, OSError, ValueError, KeyError) as exc:
            raise FontError(f"cannot load font {path.name} for the PDF ({exc}); it must be a TrueType "
                            "(glyf) font — rebuild the fonts with scripts/build_fonts.py", key) from None
        face = tt.face
        same = _BY_PSNAME.get(bytes(face.name))
        if same is not None and _same_file(same.path, path):
            _BY_PATH[key] = same            # the same font under another file name: reuse it
            return same
        if same is not None:                # another font with the same PostScript name
            face.name = TTFNameBytes(bytes(face.name) + b"-" + name.encode("ascii", "replace"))
        _cache_tables(face)
        pdfmetrics.registerFont(tt)
        font = RLFont(name=name, path=Path(key), cmap=face.charToGlyph, widths=face.charWidths,
                      default_width=float(face.defaultWidth), descent=float(face.descent),
                      ascent=float(face.ascent), tt=tt)
        _NAMES.add(name)
        _BY_PATH[key] = font
        _BY_PSNAME.setdefault(bytes(face.name), font)
        return font


def _cache_tables(face) -> None:
    """Make ``face.get_table`` keep the tables it returns (bytes, never changed by the caller).

    reportlab's subsetter copies the whole ``glyf`` table (7 MB for FandolFang) out of the font file
    for every 256-character subset of every document; kept once, a document saves about 1 ms a
    subset. The cache lives on this registered face only.
    """
    tables: dict[str, bytes] = {}
    read = face.get_table

    def get_table(tag: str) -> bytes:
        data = tables.get(tag)
        if data is None:
            data = tables[tag] = read(tag)
        return data

    face.get_table = get_table


def _same_file(a: Path, b: Path) -> bool:
    """Return True when ``a`` and ``b`` hold the same bytes (size first, then content)."""
    try:
        if a.stat().st_size != b.stat().st_size:
            return False
        return a.read_bytes() == b.read_bytes()
    except OSError:
        return False
