"""Which shipped file draws each font the DOCX names, per-character fallback, and what to embed.

With bundled font names (``[docx] font_names = "bundled"``, or ``embed_fonts``) the DOCX names the
shipped fonts, so speechconv knows which characters each one draws. A character that a role's font
lacks goes into a run set in the fallback font (``[docx] fallback``) when that font has it, as the PDF
writer does; a character no shipped font has is reported. The characters set in each font are
collected for embedding.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

from ...errors import FontError
from ...fonts import font_path
from ...model import Notice
from ...profile import Profile
from .embed import FontUse
from ..fontfile import coverage
from .ooxml import AMBIGUOUS_CHARS, embed_fonts, face_name, fallback_face, font_names


def east_asian_slot(ch: str) -> bool:
    """Return True when Word sets ``ch`` in a run's east-Asian font (CJK, full-width, hinted marks)."""
    return (ord(ch) >= 0x2E80 or ch in AMBIGUOUS_CHARS
            or unicodedata.east_asian_width(ch) in ("W", "F"))


@dataclass
class FontPlan:
    """The shipped files behind the DOCX's font names, and the characters set in each name.

    ``files`` maps a font name the DOCX uses to its shipped file (empty with office names);
    ``fallback`` is the fallback font's name (a key of ``files``) or None; ``embed`` says whether the
    fonts are embedded. ``used`` collects, per font name, the characters set in it; ``missing`` the
    characters no shipped font has; ``unshipped`` the font names (from a reference document) that
    have no shipped file and so cannot be embedded.
    """

    files: Mapping[str, Path]
    fallback: str | None = None
    embed: bool = False
    used: dict[str, dict[str, None]] = field(default_factory=dict)
    missing: dict[str, None] = field(default_factory=dict)
    unshipped: dict[str, None] = field(default_factory=dict)

    def split(self, text: str, font: str) -> list[tuple[str, str | None]]:
        """Return ``text`` in pieces: ``(piece, None)`` for the style's ``font``, ``(piece, name)``
        for characters that font lacks and the fallback font ``name`` has.

        Raises FontError when a shipped file cannot be read.
        """
        path = self.files.get(font)
        if path is None:
            if self.embed and any(east_asian_slot(c) for c in text):
                self.unshipped.setdefault(font or "a theme font", None)
            return [(text, None)]
        have = coverage(path)
        spare = coverage(self.files[self.fallback]) if self.fallback else frozenset()
        pieces: list[tuple[str, str | None]] = []
        for ch in text:
            target = None
            if east_asian_slot(ch) and not ch.isspace():
                if ord(ch) in have:
                    self.used.setdefault(font, {})[ch] = None
                elif ord(ch) in spare:
                    target = self.fallback
                    self.used.setdefault(target, {})[ch] = None  # type: ignore[arg-type]
                else:
                    self.missing[ch] = None
            if pieces and pieces[-1][1] == target:
                pieces[-1] = (pieces[-1][0] + ch, target)
            else:
                pieces.append((ch, target))
        return pieces

    def use_chars(self, font: str, text: str) -> None:
        """Record that ``text`` is set in ``font`` without splitting it (footer text, digits)."""
        if font in self.files:
            self.used.setdefault(font, {}).update(dict.fromkeys(text))

    def uses(self) -> list[FontUse]:
        """Return the fonts to embed (each shipped font some text is set in), in name order."""
        return [FontUse(name, self.files[name], frozenset(chars))
                for name, chars in sorted(self.used.items()) if name in self.files and chars]

    def notices(self) -> list[Notice]:
        """Return notices for characters no shipped font has and fonts that cannot be embedded."""
        out = []
        if self.missing:
            shown = "".join(self.missing)
            out.append(Notice("docx-missing-glyph", shown,
                              "no shipped font has these characters; Word and LibreOffice draw them in "
                              "a font of the reader's computer, if it has one"))
        if self.unshipped:
            names = "、".join(self.unshipped)
            out.append(Notice("docx-font-not-embedded", names,
                              f"{names} is named by the reference document's styles and is not a font "
                              "speechconv ships, so it cannot be embedded; the reader needs it installed"))
        return out


def plan_fonts(profile: Profile) -> FontPlan:
    """Return the font plan for ``profile``: no files with office names, the shipped ones otherwise.

    With embedding on, a missing font file raises FontError; without it, a face whose file is
    missing is left out (its text is set without fallback). Raises ProfileError for bad settings.
    """
    embed = embed_fonts(profile)
    if font_names(profile) != "bundled":
        return FontPlan({})
    files: dict[str, Path] = {}
    for face in profile.faces.values():
        try:
            files.setdefault(face_name(face, profile), font_path(face))
        except FontError:
            if embed:
                raise
    spare = fallback_face(profile)
    fallback = face_name(spare, profile) if spare is not None else None
    return FontPlan(files, fallback if fallback in files else None, embed)
