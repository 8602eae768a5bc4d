"""From what a caller gives (a path, bytes or page text) to the reader's Document: loading, size checks,
decoding, and the reader chosen from the registry (:mod:`speechconv.readers`).

:func:`load` turns the caller's ``src`` into an :class:`Input` (the content and the name that errors
and the document's source carry); :func:`read_input` checks it against the
:class:`~speechconv.limits.Limits`, hands bytes to a reader that takes bytes or decodes them, and runs the
reader. Cleaning and structuring (the passes) are the caller's.

Whether a ``str`` is a path or page text is decided in one place, :func:`is_page_text`; every other
step takes an Input and never looks at the question again.
"""
from __future__ import annotations

import os
import stat
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Union

from .decode import decode
from .errors import InputError
from .limits import Limits, size_text
from .model import Document, Notice, Source
from .readers import Finished, Reader, get_reader, reader_for_bytes, reader_for_text

Src = Union[str, bytes, os.PathLike]


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
            raise too_big(name, max_bytes, info.st_size)
        return path.read_bytes()
    with open(path, "rb") as fh:   # a pipe or a device (/dev/stdin, a FIFO): never read without end
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise too_big(name, max_bytes)
    return data


def too_big(name: str, max_bytes: int, size: int | None = None) -> InputError:
    """Return the error for an input over ``max_bytes`` (of ``size`` bytes, when known)."""
    what = f"is {size_text(size)}, over" if size is not None else "is over"
    return InputError(f"{what} the {size_text(max_bytes)} limit for one input; save only the speech, or "
                      "split the file", name)


def _check_size(content: bytes | str, max_bytes: int) -> None:
    """Raise InputError when content given in memory is over ``max_bytes`` (a str counted as UTF-8)."""
    if isinstance(content, bytes):
        if len(content) > max_bytes:
            raise InputError(f"the input is {size_text(len(content))}, over the {size_text(max_bytes)} limit; "
                             "split it")
    elif len(content) > max_bytes // 4 and len(content.encode("utf-8", "surrogatepass")) > max_bytes:
        raise InputError(f"the input is over the {size_text(max_bytes)} limit; split it")


def _text_of(content: bytes | str) -> tuple[str, str | None, tuple[Notice, ...]]:
    """Return (text, encoding, decoding notices) of content. Raises InputError when it holds no text or
    is not text at all."""
    if isinstance(content, bytes):
        decoded = decode(content)
        if not decoded.text.strip():
            raise InputError("the file holds only spaces and blank lines; give a saved web page (.html) "
                             "or a text file (.txt)")
        return decoded.text, decoded.encoding, decoded.notices
    if not content.strip():
        raise InputError("the input is empty; give a saved web page or a text file")
    return content, None, ()


def read_input(inp: Input, format: str | None, limits: Limits) -> tuple[Document, Reader]:
    """Return the reader's Document for ``inp`` and the reader's row (a ``finished`` one needs no passes).

    ``format`` names the reader (see :mod:`speechconv.readers`; default: chosen by content and suffix).
    Raises InputError for input over ``limits``, empty, not text and read by no reader, or of an unknown
    format; SchemaError for a bad JSON model.
    """
    _check_size(inp.content, limits.input_bytes)
    if isinstance(inp.content, bytes):
        row = reader_for_bytes(inp.content, format)
        if row is not None:
            return _run(row, inp.content, Source(_base(inp.name), row.name), limits)
    text, encoding, notices = _text_of(inp.content)
    row = get_reader(format) if format else reader_for_text(inp.name, text)
    if row.takes != "text":
        raise InputError(f"{row.name} is read from a file, not from text; give the file's path or its bytes")
    doc, row = _run(row, text, Source(_base(inp.name), row.name, encoding), limits)
    return (doc if row.finished else doc.warn(list(notices))), row


def _base(name: str | None) -> str | None:
    """Return the file name of ``name`` without its folders (None stays None)."""
    return os.path.basename(name) if name else None


def _run(row: Reader, content: bytes | str, source: Source, limits: Limits) -> tuple[Document, Reader]:
    """Return what the reader of ``row`` makes of ``content``, and the row (marked ``finished`` when the
    reader said that this document is; see :class:`~speechconv.readers.Finished`)."""
    result = row.load()(content, source, limits=limits)
    if isinstance(result, Finished):
        return result.document, replace(row, finished=True)
    return result, row
