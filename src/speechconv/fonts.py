"""Locating the shipped font files, from an installed wheel or from a source checkout.

The wheel carries the fonts inside the package (``speechconv/fontfiles/``); a checkout keeps them in the
repository's top-level ``fonts/``. ``SPEECHCONV_FONTS`` names another directory to use instead.
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from .errors import FontError
from .profile import Face, Profile

_PACKAGE_DIR = Path(__file__).resolve().parent


@lru_cache(maxsize=4)
def _font_dir(override: str | None) -> Path:
    """Return the font directory for the given override (cached per value)."""
    candidates = [Path(override)] if override else []
    candidates += [_PACKAGE_DIR / "fontfiles", _PACKAGE_DIR.parent.parent / "fonts"]
    for cand in candidates:
        if cand.is_dir() and any(cand.glob("*.ttf")):
            return cand
    raise FontError("no font directory found (looked in " + ", ".join(map(str, candidates))
                    + "); reinstall speechconv or set SPEECHCONV_FONTS to a folder of its fonts")


def font_dir() -> Path:
    """Return the directory holding the shipped fonts. Raises FontError when there is none."""
    return _font_dir(os.environ.get("SPEECHCONV_FONTS"))


def font_path(face: Face) -> Path:
    """Return the path of ``face``'s shipped file. Raises FontError when the file is missing."""
    path = font_dir() / face.file
    if not path.is_file():
        raise FontError(f"font file {face.file} for face {face.key!r} is missing from {path.parent}; "
                        "rebuild the fonts with scripts/build_fonts.py or fix the profile", str(path))
    return path


def profile_font_paths(profile: Profile) -> dict[str, Path]:
    """Return face key -> font file path for every face of ``profile``. Raises FontError."""
    return {key: font_path(face) for key, face in profile.faces.items()}
