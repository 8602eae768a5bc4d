"""speechconv: Chinese speeches downloaded from the web to clean GB/T 9704 DOCX and PDF.

    >>> import speechconv
    >>> doc = speechconv.read("page.html")          # a path or bytes; page text: read(text=...)
    >>> speechconv.write(doc, "page.docx")           # or .pdf / .json / .md, or a binary file object
    >>> speechconv.convert("page.html", "page.pdf")  # both in one call
"""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from .errors import (FontError, InputError, NoSpeechError, OutputError, ProfileError, SchemaError,
                     SpeechconvError)

if TYPE_CHECKING:  # pragma: no cover - imported lazily at run time, see __getattr__
    from .api import convert, read, split_speeches, write
    from .limits import LIMITS, Limits
    from .model import SCHEMA, Document, Dropped, Heading, Notice, Paragraph, Run, Source, Speech
    from .profile import Profile, load_profile

__version__ = "0.1.0"

#: Public names loaded on first use, so that ``speechconv --help`` does not import the pipeline.
_LAZY = {**dict.fromkeys(("convert", "read", "split_speeches", "write"), "api"),
         **dict.fromkeys(("SCHEMA", "Document", "Dropped", "Heading", "Notice", "Paragraph", "Run",
                          "Source", "Speech"), "model"),
         **dict.fromkeys(("Profile", "load_profile"), "profile"),
         **dict.fromkeys(("Limits", "LIMITS"), "limits")}


def __getattr__(name: str) -> Any:
    """Return the public object ``name``, importing its module on first use. Raises AttributeError."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'speechconv' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """Return the module's names, the lazily loaded ones included."""
    return sorted(set(globals()) | set(_LAZY))

__all__ = ["read", "write", "convert", "split_speeches", "load_profile", "Profile", "Limits", "LIMITS",
           "Document", "Speech", "Paragraph", "Heading", "Run", "Source", "Dropped", "Notice", "SCHEMA",
           "SpeechconvError",
           "InputError", "NoSpeechError", "SchemaError", "ProfileError", "FontError", "OutputError",
           "__version__"]
