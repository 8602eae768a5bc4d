"""The Python API: read a page into a Document, write a Document, or convert in one call.

Every function here is safe to call from several threads or processes at once: nothing is shared but
read-only caches (the default profile, registered fonts).
"""
from __future__ import annotations

import os
import re
import stat
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO, Iterable, Union

from .decode import decode
from .errors import InputError, NoSpeechError, OutputError, ProfileError, SpeechconvError
from .model import Document, Notice, Source, Speech
from .plan import check_not_input
from .profile import Profile, load_profile
from .readers.text import MAX_PARAGRAPHS  # inputs with more paragraphs are refused (``max_paragraphs``)

Src = Union[str, bytes, os.PathLike]
Dest = Union[str, os.PathLike, BinaryIO]

#: Inputs larger than this are refused (bytes); pass ``max_bytes`` to change it.
MAX_INPUT_BYTES = 20 * 1024 * 1024
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml", ".mht", ".aspx", ".asp", ".jsp", ".php"})
_HTML_SNIFF = re.compile(r"<\s*(!doctype\s+html|html|head|body|p|div|br|meta|table|span|h[1-6])[\s>/]", re.I)


def _mb(size: int) -> str:
    """Return ``size`` bytes as the limits are given: ``20 MB``, ``52.4 MB`` (2**20 bytes), or KB or
    bytes below a megabyte."""
    if size < 1024:
        return f"{size} bytes"
    if size < 2**20:
        return f"{size / 1024:.0f} KB"
    return f"{size / 2**20:.1f}".removesuffix(".0") + " MB"


def _load(src: Src, max_bytes: int, label: str | None = None) -> tuple[bytes | str, str | None]:
    """Return the input's content and its file name (None for in-memory input).

    A ``str`` holding a newline or ``<`` is content; any other ``str`` and every PathLike is a path.
    Raises InputError (naming ``label``, else the path) for a missing file, a directory, or a file
    over ``max_bytes``.
    """
    if isinstance(src, (bytes, bytearray, memoryview)):
        return bytes(src), None
    if isinstance(src, str) and ("\n" in src or "<" in src):
        return src, None
    path = Path(src)
    name = label or str(src)
    try:
        return _read_file(path, max_bytes, name), name
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
    what = f"is {_mb(size)}, over" if size is not None else "is over"
    return InputError(f"{what} the {_mb(max_bytes)} limit for one input; save only the speech, or split "
                      "the file", name)


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


def read(src: Src, format: str | None = None, *, name: str | None = None,
         passes: Iterable | None = None, skip: Iterable[str] = (),
         max_bytes: int = MAX_INPUT_BYTES, max_paragraphs: int = MAX_PARAGRAPHS) -> Document:
    """Return the Document for a page: decoded, read, cleaned and structured.

    ``src`` is a path, bytes, or a str of content (a str with a newline or ``<``; else it is a path).
    ``format`` is ``"html"``, ``"text"`` or ``"json"`` (default: from the suffix, else the content).
    ``passes``/``skip`` choose the passes (see :mod:`speechconv.passes`). Raises InputError for input
    that cannot be read or is over ``max_bytes`` or ``max_paragraphs``, NoSpeechError when no speech
    text remains, SchemaError for bad JSON models.
    """
    content, path_name = _load(src, max_bytes, name)
    label = name or path_name
    limits = (max_bytes, max_paragraphs)
    try:
        return _read_content(content, format, label, passes, skip, limits)
    except SpeechconvError as exc:
        raise exc.with_path(label) if label else exc


def _read_content(content: bytes | str, format: str | None, label: str | None,
                  passes: Iterable | None, skip: Iterable[str], limits: tuple[int, int]) -> Document:
    """Return the Document for loaded content (see :func:`read`); ``limits`` are bytes and paragraphs."""
    max_bytes, max_paragraphs = limits
    if isinstance(content, bytes):
        if len(content) > max_bytes:
            raise InputError(f"the input is {_mb(len(content))}, over the {_mb(max_bytes)} limit; split it")
        decoded = decode(content)
        text, encoding, notices = decoded.text, decoded.encoding, decoded.notices
        if not text.strip():
            raise InputError("the file holds only spaces and blank lines; give a saved web page (.html) "
                             "or a text file (.txt)")
    else:
        text, encoding, notices = content, None, ()
        if len(text) > max_bytes // 4 and len(text.encode("utf-8", "surrogatepass")) > max_bytes:
            raise InputError(f"the input is over the {_mb(max_bytes)} limit; split it")
        if not text.strip():
            raise InputError("the input is empty; give a saved web page or a text file")
    fmt = (format or detect_format(label, text)).lower()
    if fmt == "json":
        doc = Document.from_json(text)
        _check_paragraphs(doc, max_paragraphs)
        return doc
    source = Source(name=os.path.basename(label) if label else None, format=fmt, encoding=encoding)
    doc = _reader(fmt)(text, source, max_paragraphs=max_paragraphs).warn(list(notices))
    from .passes import run_passes

    doc = run_passes(doc, passes, skip)
    if not any(s.blocks or s.salutation for s in doc.speeches):
        raise NoSpeechError("no speech text found after clean-up (only navigation or clutter?); "
                            "check that this is the page holding the speech")
    return doc


def _check_paragraphs(doc: Document, limit: int) -> None:
    """Raise InputError when ``doc`` holds more than ``limit`` blocks in all."""
    from .readers.text import check_paragraphs

    check_paragraphs(sum(len(s.blocks) for s in doc.speeches), limit)


def _reader(fmt: str):
    """Return the reader function for input format ``fmt``. Raises InputError for an unknown one."""
    if fmt == "html":
        from .readers.html import read_html

        return read_html
    if fmt == "text":
        from .readers.text import read_text

        return read_text
    raise InputError(f"unknown input format {fmt!r}; use html, text or json")


def _profile(profile: Profile | str | os.PathLike | None) -> Profile:
    """Return ``profile`` as a Profile (loading a path, or the default for None)."""
    return profile if isinstance(profile, Profile) else load_profile(profile)


def docx_options(profile: Profile, *, embed_fonts: bool | None = None,
                 reference_doc: str | os.PathLike | None = None) -> Profile:
    """Return ``profile`` with the DOCX options set: ``[docx] embed_fonts`` and ``reference_doc``.

    None leaves the profile's value. Raises ProfileError when ``reference_doc`` is not a file.
    """
    changes: dict = {}
    if embed_fonts is not None:
        changes["embed_fonts"] = bool(embed_fonts)
    if reference_doc is not None:
        if not Path(reference_doc).is_file():
            raise ProfileError("reference document not found; pass an existing .docx to --reference-doc",
                               str(reference_doc))
        changes["reference_doc"] = str(Path(reference_doc).resolve())
    return replace(profile, docx={**profile.docx, **changes}) if changes else profile


def write(doc: Document, dest: Dest, to: str | None = None,
          profile: Profile | str | os.PathLike | None = None, *, embed_fonts: bool | None = None,
          reference_doc: str | os.PathLike | None = None, overwrite: bool = True) -> list[Notice]:
    """Write ``doc`` to ``dest`` (a path, written atomically, or a binary file object).

    ``to`` is the format (docx, pdf, ofd, json, md); by default it comes from the path's suffix, or docx for
    a file object. DOCX only: ``embed_fonts`` embeds subsets of the shipped fonts, ``reference_doc``
    takes styles, page set-up and footers from a .docx (None: the profile's ``[docx]`` setting).
    ``overwrite`` False replaces an existing file only when nothing is lost (the same bytes, or an
    unchanged earlier speechconv DOCX or PDF; see :mod:`speechconv.outputs`), as the CLI does.
    Returns the writer's warnings. Raises OutputError (also when ``dest`` may not be replaced),
    ProfileError or FontError.
    """
    from .outputs import atomic_output
    from .writers import format_name, get_writer

    is_path = isinstance(dest, (str, os.PathLike))
    fmt = format_name(to or (Path(dest).suffix if is_path and Path(dest).suffix else "docx"))
    writer = get_writer(fmt)
    prof = docx_options(_profile(profile), embed_fonts=embed_fonts, reference_doc=reference_doc)
    if not is_path:
        if not hasattr(dest, "write"):
            raise OutputError("the destination must be a path or a binary file object")
        return writer(doc, dest, prof)
    try:
        with atomic_output(dest, overwrite=overwrite) as fh:
            return writer(doc, fh, prof)
    except SpeechconvError as exc:
        raise exc.with_path(str(dest))


def split_speeches(doc: Document) -> list[Document]:
    """Return one Document per speech (the page title kept, drops and warnings on the first only)."""
    if len(doc.speeches) <= 1:
        return [doc]
    return [replace(doc, speeches=(s,), dropped=doc.dropped if i == 0 else (),
                    warnings=doc.warnings if i == 0 else ()) for i, s in enumerate(doc.speeches)]


def convert(src: Src, dest: Dest, to: str | None = None,
            profile: Profile | str | os.PathLike | None = None, *, embed_fonts: bool | None = None,
            reference_doc: str | os.PathLike | None = None, overwrite: bool = True,
            **read_options) -> Document:
    """Read ``src`` and write it to ``dest``; return the Document (writer warnings added to it).

    ``embed_fonts``, ``reference_doc`` and ``overwrite`` are as for :func:`write`; ``read_options`` go
    to :func:`read` (``format``, ``passes``, ``skip``…). Raises as read and write do, and OutputError
    when ``dest`` is the input file itself.
    """
    check_not_input(src, dest)
    doc = read(src, **read_options)
    notices = write(doc, dest, to=to, profile=profile, embed_fonts=embed_fonts,
                    reference_doc=reference_doc, overwrite=overwrite)
    return doc.warn(notices)


#: Public names of two helpers the server shares with the CLI's messages: a size as the limits are
#: given (``20 MB``), and the error for an input over the size limit.
size_text = _mb
too_big = _too_big

__all__ = ["read", "write", "convert", "split_speeches", "detect_format", "Document", "Speech",
           "MAX_INPUT_BYTES", "MAX_PARAGRAPHS"]
