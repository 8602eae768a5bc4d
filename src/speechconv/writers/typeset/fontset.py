"""The fonts of one profile: which font draws each character, how wide it is, and the caches of both.

A :class:`FontSet` maps the profile's face keys to loaded fonts (:func:`.fontload.register`) and picks,
per character, the role's face, else the profile's ``[pdf] fallback`` face, else no font (a missing
glyph that keeps its cell). It owns the measuring caches: one table per kind of span (face, size,
marks) from character to its :class:`~.pages.GlyphStyle` and advance, and the interned styles (one
object per set of attributes, so runs compare by identity). :meth:`FontSet.shared` hands every
document drawn from the same font files the same set, so a batch measures each character once.
"""
from __future__ import annotations

import threading
from pathlib import Path
from typing import ClassVar

from ...errors import ProfileError
from ...fonts import font_path
from ...profile import Profile
from .fontload import RLFont, register
from .pages import GlyphStyle

#: A kind of span: face key, size (pt), bold, placeholder, italic.
Kind = tuple[str, float, bool, bool, bool]
#: A measuring table: character -> (its style, its advance in pt).
Glyphs = dict[str, tuple[GlyphStyle, float]]


class FontSet:
    """The fonts of one profile: face key -> registered font, plus the fallback face, and the caches.

    A face is loaded and registered the first time a document needs it (the fallback only when a
    character is missing from a role's face), so a cold conversion loads only the fonts it draws.
    Several threads may share a set: its caches only ever gain entries, each the same whoever adds it.
    """

    _shared: ClassVar[dict[tuple, FontSet]] = {}
    _shared_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, profile: Profile) -> None:
        """Check the profile's faces and that their files exist. Raises FontError or ProfileError."""
        self._paths: dict[str, Path] = {key: font_path(face) for key, face in profile.faces.items()}
        self._loaded: dict[str, RLFont] = {}
        fb_key = str(profile.pdf.get("fallback", "") or "")
        if fb_key and fb_key not in self._paths:
            raise ProfileError(f"[pdf] fallback names font {fb_key!r}, which has no [fonts.{fb_key}]")
        self._fallback_key = fb_key
        self._tables: dict[Kind, Glyphs] = {}
        self._styles: dict[tuple, GlyphStyle] = {}
        #: the styles of characters no font has
        self.no_font: set[GlyphStyle] = set()

    @classmethod
    def shared(cls, profile: Profile) -> FontSet:
        """Return the font set for ``profile``, the same object for every profile naming the same font
        files and fallback in this process (its caches then serve them all). Raises as the constructor.
        """
        fresh = cls(profile)
        key = (tuple(sorted((k, str(p.resolve())) for k, p in fresh._paths.items())), fresh._fallback_key)
        with cls._shared_lock:
            return cls._shared.setdefault(key, fresh)

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

    # ------------------------------------------------------------ measuring caches

    def glyphs(self, kind: Kind) -> Glyphs:
        """Return the measuring table of spans of ``kind``; :meth:`glyph` gives a missing entry."""
        table = self._tables.get(kind)
        if table is None:
            table = self._tables.setdefault(kind, {})
        return table

    def glyph(self, kind: Kind, ch: str) -> tuple[GlyphStyle, float]:
        """Return the style and advance (pt) of ``ch`` in a span of ``kind``: drawn from the face, the
        fallback, or no font (a character no font has keeps one em, so the layout does not shift)."""
        face, size, bold, placeholder, italic = kind
        font = self.pick(face, ch)
        fallback = font is not None and font is not self.font(face)
        style = self.style(font, size, bold, placeholder, italic, fallback)
        return style, (font.advance(ch, size) if font is not None else size)

    def style(self, font: RLFont | None, size: float, bold: bool, placeholder: bool, italic: bool,
              fallback: bool) -> GlyphStyle:
        """Return the one GlyphStyle of these attributes (noted in :attr:`no_font` when ``font`` is None)."""
        file = font.file if font is not None else None
        key = (file, size, bold, placeholder, italic, fallback)
        st = self._styles.get(key)
        if st is None:
            st = self._styles.setdefault(key, GlyphStyle(file, size, bold, placeholder, italic, fallback))
            if font is None:
                self.no_font.add(st)
        return st
