"""A disk cache of parsed TrueType faces, so a cold PDF conversion does not re-parse the font files.

reportlab parses a font's cmap, metrics and glyph positions in Python when it loads the file (30–60 ms
for each of our CJK fonts). What it computes is plain data; this module keeps it in a ``marshal`` file
(data only: no code is stored or run) under the user's cache folder, keyed by the font file's size
and modification time and by the reportlab version, and rebuilds a face from it in a few milliseconds.

The cache is an optimisation only: when the folder cannot be written, a file is stale or damaged, or
the rebuilt font lacks an attribute a freshly loaded one has (another reportlab), the font is simply
loaded the usual way. ``SPEECHCONV_CACHE`` names another folder; ``SPEECHCONV_CACHE=off`` disables it.
"""
from __future__ import annotations

import marshal
import os
import tempfile
from pathlib import Path
from weakref import WeakKeyDictionary

from reportlab import Version as RL_VERSION
from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

from ...partfiles import remove_stale_parts, temp_prefix

FORMAT = 1
_SKIP = frozenset({"_ttf_data", "_pdfScale"})  # the file's bytes are read again; the scale is a lambda


def cache_dir() -> Path | None:
    """Return the cache folder, or None when caching is off."""
    env = os.environ.get("SPEECHCONV_CACHE")
    if env:
        return None if env.lower() in ("off", "0", "no", "false") else Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "speechconv" / "fonts"


def _entry(path: Path) -> Path | None:
    """Return the cache file for font ``path`` in its current version, or None when caching is off."""
    folder = cache_dir()
    if folder is None:
        return None
    st = path.stat()
    return folder / f"{path.stem}-{st.st_size}-{st.st_mtime_ns}-rl{RL_VERSION}-f{FORMAT}.marshal"


def _encode(value):
    """Return ``value`` with reportlab's name strings turned into tagged tuples marshal can store."""
    if isinstance(value, TTFNameBytes):
        return ("\0ttfname", bytes(value))
    return value


def _decode(value):
    """Return ``value`` with tagged name tuples turned back into reportlab's name strings."""
    if isinstance(value, tuple) and len(value) == 2 and value[0] == "\0ttfname":
        return TTFNameBytes(value[1])
    return value


def _scale(units_per_em: int):
    """Return reportlab's glyph-unit scaling function for a font of ``units_per_em``."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


def _store(path: Path, font: TTFont) -> None:
    """Write the parsed face of ``font`` to the cache (silently skipped when it cannot be written; a
    full disk leaves no temporary file, and those a killed process left are removed first)."""
    try:
        entry = _entry(path)
        if entry is None or entry.exists():
            return
        state = {k: _encode(v) for k, v in vars(font.face).items() if k not in _SKIP}
        payload = marshal.dumps({"face": state, "font_attrs": sorted(vars(font))})
        entry.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        remove_stale_parts(entry.parent)                  # left by a process killed while storing
        fd, tmp = tempfile.mkstemp(dir=entry.parent, prefix=temp_prefix(entry.name), suffix=".part")
    except (OSError, ValueError):
        return
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
        os.replace(tmp, entry)
    except BaseException as exc:                          # a full disk, or Ctrl-C: no file left
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if not isinstance(exc, (OSError, ValueError)):
            raise


def _rebuild(name: str, path: Path, data: dict) -> TTFont | None:
    """Return a font rebuilt from cached data, or None when it would differ from a fresh load."""
    face = TTFontFace.__new__(TTFontFace)
    face.__dict__.update({k: _decode(v) for k, v in data["face"].items()})
    face._ttf_data = path.read_bytes()
    face._pdfScale = _scale(face.unitsPerEm)
    font = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = False
    if set(data["font_attrs"]) - set(vars(font)):
        return None  # this reportlab sets more on a font than we know how to: load it normally
    return font


def load_font(name: str, path: Path) -> TTFont:
    """Return the reportlab font for ``path`` registered-ready under ``name``, from the cache if it can.

    Raises what reportlab raises for a file it cannot read (TTFError, OSError…), as a plain load does.
    """
    try:
        entry = _entry(path)
        if entry is not None and entry.is_file():
            font = _rebuild(name, path, marshal.loads(entry.read_bytes()))
            if font is not None:
                return font
    except (OSError, ValueError, EOFError, TypeError, KeyError, AttributeError):
        pass
    try:
        font = TTFont(name, str(path), shapable=False)
    except TypeError:  # reportlab < 4.1 has no shaping switch
        font = TTFont(name, str(path))
    _store(path, font)
    return font
