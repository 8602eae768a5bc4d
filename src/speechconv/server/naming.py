"""Output file names for the server.

TEMPORARY: this is the server's own minimal naming, kept here only until the one output planner
(branch ``refactor-cli``) is merged into main; then the lead switches :func:`output_names` to the
planner and deletes this module. It decides names only (never paths): an uploaded name is reduced to a
safe stem and is never used to open or create a file.
"""
from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

#: Characters never kept in a name: path separators, Windows' reserved ones, controls.
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
MAX_STEM = 80
DEFAULT_STEM = "document"


def safe_stem(name: str | None) -> str:
    """Return the stem of an uploaded file name made safe as an output name: its last path part without
    the suffix, unsafe characters replaced by ``_``, no leading dots, at most 80 characters."""
    base = re.split(r"[/\\]", name or "")[-1]
    stem = base.rsplit(".", 1)[0] if "." in base.lstrip(".") else base
    stem = unicodedata.normalize("NFC", _UNSAFE.sub("_", stem)).strip(" ._")
    return stem[:MAX_STEM].rstrip(" .") or DEFAULT_STEM


def display_name(name: str | None) -> str | None:
    """Return an uploaded name as shown in messages: its last path part, control characters escaped."""
    if not name:
        return None
    base = re.split(r"[/\\]", name)[-1]
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in base)[:200] or None


def output_names(stem: str, parts: int, suffix: str) -> list[str]:
    """Return the names for ``parts`` outputs of one input: ``STEM.docx``, or ``STEM-1.docx``… when
    the input is split into several speeches."""
    if parts <= 1:
        return [f"{stem}{suffix}"]
    return [f"{stem}-{i}{suffix}" for i in range(1, parts + 1)]


def unique(names: list[str]) -> list[str]:
    """Return ``names`` with clashes renamed ``NAME (2).docx``, ``NAME (3).docx`` (case-insensitive)."""
    seen: set[str] = set()
    out: list[str] = []
    for name in names:
        stem, dot, suffix = name.rpartition(".")
        if not dot:
            stem, suffix = name, ""
        candidate, n = name, 1
        while candidate.lower() in seen:
            n += 1
            candidate = f"{stem} ({n}).{suffix}" if dot else f"{stem} ({n})"
        seen.add(candidate.lower())
        out.append(candidate)
    return out


def content_disposition(name: str) -> str:
    """Return a Content-Disposition header for downloading ``name`` (RFC 6266: an ASCII fallback and
    the UTF-8 name)."""
    ascii_name = name.encode("ascii", "replace").decode("ascii").replace("?", "_").replace('"', "_")
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name, safe='')}"
