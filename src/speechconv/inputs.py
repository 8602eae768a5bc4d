"""From what a caller gives (a path, bytes or page text) to the reader's Document: loading, size checks,
decoding, and the choice of reader.

:func:`load` turns the caller's ``src`` into an :class:`Input` (the content and the name that errors
and the document's source carry); :func:`read_input` checks it against the :class:`~speechconv.limits.Limits`,
decodes bytes, and runs the reader. Cleaning and structuring (the passes) are the caller's.

Whether a ``str`` is a path or page text is decided in one place, :func:`is_page_text`; every other
step takes an Input and never looks at the question again.
"""
from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Union

from .decode import decode
from .errors import InputError
from .limits import Limits, size_text
from .model import Document, Source

Src = Union[str, bytes, os.PathLike]

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml", ".mht", ".aspx", ".asp", ".jsp", ".php"})
_HTML_SNIFF = re.compile(r"<\s*(!doctype\s+html|html|head|body|p|div|br|meta|table|span|h[1-6])[\s>/]", re.I)


@dataclass(frozen=True)
class Input:
    """One input as loaded: its bytes (a file, or bytes given) or its text (page text given), and the
    name that errors and the document's source carry (None for unnamed content in memory)."""

    content: bytes | str
    name: str | None = None


def is_page_text(src: Src) -> bool:
    """Return True when ``src`` is page text rather than a path: a ``str`` holding a newline or ``<``."""
    return isinstance(src, str) and ("\n" in src or "<" in src)


def load(src: Src, limits: Limits, label: str | None = None) -> Input:
    """Return the Input for ``src``: bytes and page text as given, a path's file read.

    ``label`` names the input in errors (default: the path). Raises InputError (naming ``label``, else
    the path) for a missing file, a folder, an unreadable file, or a file over ``limits.input_bytes``.
    """
    if isinstance(src, (bytes, bytearray, memoryview)):
        return Input(bytes(src), label)
    if is_page_text(src):
        return Input(src, label)  # type: ignore[arg-type]
    name = label or str(src)
    try:
        return Input(_read_file(Path(src), limits.input_bytes, name), name)
    except FileNotFoundError:
        raise InputError("no such file; check the path", name) from None
    except PermissionError:
        raise InputError("cannot be read (permission denied); check its permissions", name) from None
    except IsADirectoryError:
        raise InputError("is a folder, not a file; use 'speechconv batch' for folders", name) from None
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror or exc})", name) from None
    except ValueError:  # a NUL character in the name
        raise InputError("is not a valid file name (it holds a NUL character)", repr(name)) from None


def _read_file(path: Path, max_bytes: int, name: str) -> bytes:
    """Return the bytes of ``path``: a regular file, or a pipe or device read up to the limit.

    Raises InputError when there are more than ``max_bytes``, OSError when it cannot be read.
    """
    info = path.stat()
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(path)
    if stat.S_ISREG(info.st_mode):
        if info.st_size > max_bytes:
            raise _too_big(name, max_bytes, info.st_size)
        return path.read_bytes()
    with open(path, "rb") as fh:   # a pipe or a device (/dev/stdin, a FIFO): never read without end
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise _too_big(name, max_bytes)
    return data


def _too_big(name: str, max_bytes: int, size: int | None = None) -> InputError:
    """Return the error for an input over ``max_bytes`` (of ``size`` bytes, when known)."""
    what = f"is {size_text(size)}, over" if size is not None else "is over"
    return InputError(f"{what} the {size_text(max_bytes)} limit for one input; save only the speech, or "
                      "split the file", name)


def _text_of(content: bytes | str, max_bytes: int) -> tuple[str, str | None, tuple]:
    """Return (text, encoding, decoding notices) of content in memory or read from a file.

    Raises InputError when it is over ``max_bytes``, holds no text, or is not text at all.
    """
    if isinstance(content, bytes):
        if len(content) > max_bytes:
            raise InputError(f"the input is {size_text(len(content))}, over the {size_text(max_bytes)} limit; "
                             "split it")
        decoded = decode(content)
        if not decoded.text.strip():
            raise InputError("the file holds only spaces and blank lines; give a saved web page (.html) "
                             "or a text file (.txt)")
        return decoded.text, decoded.encoding, decoded.notices
    if len(content) > max_bytes // 4 and len(content.encode("utf-8", "surrogatepass")) > max_bytes:
        raise InputError(f"the input is over the {size_text(max_bytes)} limit; split it")
    if not content.strip():
        raise InputError("the input is empty; give a saved web page or a text file")
    return content, None, ()


def detect_format(name: str | None, text: str) -> str:
    """Return ``"html"``, ``"json"`` or ``"text"`` for an input, from its suffix, else its content."""
    suffix = Path(name).suffix.lower() if name else ""
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix == ".json" or (suffix == "" and text.lstrip().startswith("{") and "speechconv/" in text[:200]):
        return "json"
    if suffix in (".txt", ".text", ".md"):
        return "text"
    return "html" if _HTML_SNIFF.search(text[:4096]) else "text"


def read_input(inp: Input, format: str | None, limits: Limits) -> tuple[Document, bool]:
    """Return the reader's Document for ``inp`` and whether it is finished (a JSON model: no passes).

    ``format`` is ``"html"``, ``"text"`` or ``"json"`` (default: from the suffix, else the content).
    Raises InputError for input over ``limits``, empty, binary or of an unknown format, SchemaError for
    a bad JSON model.
    """
    text, encoding, notices = _text_of(inp.content, limits.input_bytes)
    fmt = (format or detect_format(inp.name, text)).lower()
    if fmt == "json":
        doc = Document.from_json(text)
        limits.check_paragraphs(sum(len(s.blocks) for s in doc.speeches))
        return doc, True
    source = Source(name=os.path.basename(inp.name) if inp.name else None, format=fmt, encoding=encoding)
    return _reader(fmt)(text, source, limits=limits).warn(list(notices)), False


def _reader(fmt: str):
    """Return the reader function for input format ``fmt``. Raises InputError for an unknown one."""
    if fmt == "html":
        from .readers.html import read_html

        return read_html
    if fmt == "text":
        from .readers.text import read_text

        return read_text
    raise InputError(f"unknown input format {fmt!r}; use html, text or json")
