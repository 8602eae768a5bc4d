"""Writers: one module (or package) per output format, each ``(doc, out, profile) -> list[Notice]``.

``out`` is always a binary file object; paths and atomic replacement are handled by the caller
(:func:`speechconv.write`). Writer modules are imported only when their format is asked for, so that
start-up stays fast and a missing optional library affects only its own format.
"""
from __future__ import annotations

from importlib import import_module
from typing import BinaryIO, Callable

from ..errors import OutputError
from ..model import Document, Notice
from ..profile import Profile

Writer = Callable[[Document, BinaryIO, Profile], list[Notice]]

#: format name -> (module, function, file suffix, is text)
FORMATS: dict[str, tuple[str, str, str, bool]] = {
    "docx": ("speechconv.writers.docx", "write_docx", ".docx", False),
    "pdf": ("speechconv.writers.pdf", "write_pdf", ".pdf", False),
    "ofd": ("speechconv.writers.ofd", "write_ofd", ".ofd", False),
    "json": ("speechconv.writers.json", "write_json", ".json", True),
    "md": ("speechconv.writers.markdown", "write_markdown", ".md", True),
}
ALIASES = {"markdown": "md", "word": "docx"}


def format_name(name: str) -> str:
    """Return the canonical format for ``name`` (or a file suffix). Raises OutputError if unknown."""
    key = name.lower().lstrip(".")
    key = ALIASES.get(key, key)
    if key not in FORMATS:
        raise OutputError(f"unknown output format {name!r}; choose from {', '.join(FORMATS)}")
    return key


def get_writer(fmt: str) -> Writer:
    """Return the writer function for format ``fmt``. Raises OutputError for an unknown format."""
    module, func, _, _ = FORMATS[format_name(fmt)]
    return getattr(import_module(module), func)


def suffix(fmt: str) -> str:
    """Return the file suffix (with the dot) for format ``fmt``."""
    return FORMATS[format_name(fmt)][2]


def is_text(fmt: str) -> bool:
    """Return True when format ``fmt`` is text (may go to standard output)."""
    return FORMATS[format_name(fmt)][3]
