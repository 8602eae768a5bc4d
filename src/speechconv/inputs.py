"""From what a caller gives (a path, bytes or page text) to the reader's Document: loading, size checks,
decoding, and the reader chosen from the registry (:mod:`speechconv.readers`).

:func:`load` turns the caller's ``src`` into an :class:`Input` (the content and the name that errors
and the document's source carry); :func:`read_input` checks it against the
:class:`~speechconv.limits.Limits`, hands bytes to a reader that takes bytes or decodes them, and runs the
reader. Cleaning and structuring (the passes) are the caller's.

Paths and page text are never confused: page text is given as ``text=`` (:func:`text_input`), a file
as a :class:`~pathlib.Path` (or any ``os.PathLike``) or a ``str``. Only for compatibility does a ``str``
holding a line break or ``<`` still count as page text (:func:`is_page_text`, with a DeprecationWarning);
such a str that also names an existing file is refused rather than guessed at. Every other step takes
an Input and never looks at the question again.
"""
from __future__ import annotations

import os
import warnings
from dataclasses import dataclass, replace
from typing import Union

from .decode import decode
from .errors import InputError
from .limits import Limits, size_text
from .model import Document, Notice, Source
from .readers import Finished, Reader, get_reader, reader_for_bytes, reader_for_text
from .userfiles import NotRegularFile, TooBig, read_regular

Src = Union[str, bytes, os.PathLike]


@dataclass(frozen=True)
class Input:
    """One input as loaded: its bytes (a file, or bytes given) or its text (page text given), and the
    name that errors and the document's source carry (None for unnamed content in memory)."""

    content: bytes | str
    name: str | None = None


def is_page_text(src: object) -> bool:
    """Return True when a positional ``src`` is taken as page text (the compatibility rule): a ``str``,
    not a Path, holding a line break or ``<``. Pass page text as ``text=`` instead."""
    return isinstance(src, str) and ("\n" in src or "\r" in src or "<" in src)


def text_input(text: object, label: str | None = None) -> Input:
    """Return the Input for page text given as ``text=``. Raises TypeError when it is not a str."""
    if not isinstance(text, str):
        raise TypeError(f"text= takes page text as a str, not {type(text).__name__}; pass a file's path or "
                        "its bytes as the first argument")
    return Input(text, label)


def load(src: Src, limits: Limits, label: str | None = None) -> Input:
    """Return the Input for ``src``: bytes as given, a path's file read (a ``str`` holding a line break
    or ``<`` is page text, for compatibility: see :func:`is_page_text`).

    ``label`` names the input in errors (default: the path). Raises InputError (naming ``label``, else
    the path) for an empty path, a missing file, a folder, a file that is not a regular file (a named
    pipe, a device, a socket: refused at once, never read), an unreadable file, a file over ``limits.input_bytes``, or a str that is both
    page text and the name of an existing file; TypeError for a ``src`` of another type.
    """
    if isinstance(src, (bytes, bytearray, memoryview)):
        return Input(bytes(src), label)
    if is_page_text(src):
        return _legacy_text(src, label)  # type: ignore[arg-type]
    if not isinstance(src, (str, os.PathLike)):
        raise TypeError(f"read() takes a path (str or os.PathLike), bytes, or text=, not {type(src).__name__}")
    if isinstance(src, str) and not src.strip():
        raise InputError("the path is empty; give a file's path, or pass page text as text=", label or repr(src))
    name = label or os.fsdecode(src)  # type: ignore[arg-type]
    try:
        return Input(read_regular(os.fsdecode(src), limits.input_bytes), name)  # type: ignore[arg-type]
    except FileNotFoundError:
        raise InputError("no such file; check the path", name) from None
    except PermissionError:
        raise InputError("cannot be read (permission denied); check its permissions", name) from None
    except IsADirectoryError:
        raise InputError("is a folder, not a file; use 'speechconv batch' for folders", name) from None
    except NotRegularFile as exc:
        raise InputError(f"{exc}; save the page to a file first (e.g. cat … > page.html) and convert "
                         "that", name) from None
    except TooBig as exc:
        raise too_big(name, limits.input_bytes, exc.size) from None
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror or exc})", name) from None
    except ValueError:  # a NUL character in the name
        raise InputError("is not a valid file name (it holds a NUL character)", repr(name)) from None


def _legacy_text(src: str, label: str | None) -> Input:
    """Return page text given as a positional ``str`` (the compatibility rule), with a DeprecationWarning.

    Raises InputError when the str also names an existing file: it cannot be told which was meant.
    """
    warnings.warn("speechconv.read(): page text given as a str is deprecated; pass it as text=... "
                  "(and a file as a pathlib.Path): a str holding a line break or '<' is taken as page "
                  "text, so a file named that way would be read as its own name", DeprecationWarning,
                  stacklevel=4)
    if len(src) <= 4096 and "\0" not in src:
        try:
            exists = os.path.lexists(src)
        except (OSError, ValueError):
            exists = False
        if exists:
            raise InputError("is both page text and the name of an existing file; pass Path(NAME) to read "
                             "the file, or text=NAME for the text", label or src)
    return Input(src, label)


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
