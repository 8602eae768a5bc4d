"""reportlab font registration (once per process) and per-character font choice with fallback.

Every shipped font file is loaded with reportlab's ``TTFont`` and registered under a stable name
(``SC-<file stem>``) the first time any PDF needs it; later documents reuse the registration. A lock
makes this safe when several threads write PDFs at once.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFNameBytes, TTFont

from ...errors import FontError, ProfileError
from ...fonts import font_path
from ...profile import Profile
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


class FontSet:
    """The fonts of one profile: face key -> registered font, plus the fallback face.

    A face is loaded and registered the first time a document needs it (the fallback only when a
    character is missing from a role's face), so a cold conversion loads only the fonts it draws.
    """

    def __init__(self, profile: Profile) -> None:
        """Check the profile's faces and that their files exist. Raises FontError or ProfileError."""
        self._paths: dict[str, Path] = {key: font_path(face) for key, face in profile.faces.items()}
        self._loaded: dict[str, RLFont] = {}
        fb_key = str(profile.pdf.get("fallback", "") or "")
        if fb_key and fb_key not in self._paths:
            raise ProfileError(f"[pdf] fallback names font {fb_key!r}, which has no [fonts.{fb_key}]")
        self._fallback_key = fb_key
        #: identifies the fallback font without loading it (for caches keyed on the font pair)
        self.fallback_id = str(self._paths[fb_key].resolve()) if fb_key else ""

    def font(self, key: str) -> RLFont:
        """Return the font of face ``key``, loading it on first use. Raises ProfileError or FontError."""
        font = self._loaded.get(key)
        if font is None:
            try:
                path = self._paths[key]
            except KeyError:
                raise ProfileError(f"the profile has no font {key!r}; add [fonts.{key}]") from None
            font = self._loaded[key] = register(path)
        return font

    @property
    def fallback(self) -> RLFont | None:
        """Return the fallback font (loading it), or None when the profile names none."""
        return self.font(self._fallback_key) if self._fallback_key else None

    def by_file(self, file: str) -> RLFont:
        """Return the font whose :attr:`RLFont.file` is ``file`` (a font composed pages name), loading
        it on first use. Raises FontError when the file cannot be loaded."""
        for font in self._loaded.values():
            if font.file == file:
                return font
        return register(Path(file))

    def pick(self, key: str, ch: str) -> RLFont | None:
        """Return the font that draws ``ch`` for face ``key``: the face, else the fallback, else None."""
        font = self.font(key)
        code = ord(ch)
        if code in font.cmap:
            return font
        fb = self.fallback
        if fb is not None and code in fb.cmap:
            return fb
        return None
