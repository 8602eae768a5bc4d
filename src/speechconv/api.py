"""The Python API: read a page into a Document, write a Document, or convert in one call.

Every function here is safe to call from several threads or processes at once: nothing is shared but
read-only caches (the default profile, registered fonts).
"""
from __future__ import annotations

import os
import re
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO, Iterable, Union

from .decode import decode
from .errors import InputError, NoSpeechError, OutputError, ProfileError, SpeechconvError
from .model import Document, Notice, Source, Speech
from .profile import Profile, load_profile

Src = Union[str, bytes, os.PathLike]
Dest = Union[str, os.PathLike, BinaryIO]

#: Inputs larger than this are refused (bytes); pass ``max_bytes`` to change it.
MAX_INPUT_BYTES = 20 * 1024 * 1024
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml", ".mht", ".aspx", ".asp", ".jsp", ".php"})
_HTML_SNIFF = re.compile(r"<\s*(!doctype\s+html|html|head|body|p|div|br|meta|table|span|h[1-6])[\s>/]", re.I)


def _load(src: Src, max_bytes: int) -> tuple[bytes | str, str | None]:
    """Return the input's content and its file name (None for in-memory input).

    A ``str`` holding a newline or ``<`` is content; any other ``str`` and every PathLike is a path.
    Raises InputError for a missing file, a directory, or a file over ``max_bytes``.
    """
    if isinstance(src, (bytes, bytearray, memoryview)):
        return bytes(src), None
    if isinstance(src, str) and ("\n" in src or "<" in src):
        return src, None
    path = Path(src)
    name = str(src)
    if path.is_dir():
        raise InputError("is a folder, not a file; use 'speechconv batch' for folders", name)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit; "
                             "split it or raise the limit", name)
        return path.read_bytes(), name
    except FileNotFoundError:
        raise InputError("no such file; check the path", name) from None
    except PermissionError:
        raise InputError("cannot be read (permission denied); check its permissions", name) from None
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror or exc})", name) from None


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
         max_bytes: int = MAX_INPUT_BYTES) -> Document:
    """Return the Document for a page: decoded, read, cleaned and structured.

    ``src`` is a path, bytes, or a str of content (a str with a newline or ``<``; else it is a path).
    ``format`` is ``"html"``, ``"text"`` or ``"json"`` (default: from the suffix, else the content).
    ``passes``/``skip`` choose the passes (see :mod:`speechconv.passes`). Raises InputError for input
    that cannot be read, NoSpeechError when no speech text remains, SchemaError for bad JSON models.
    """
    content, path_name = _load(src, max_bytes)
    label = name or path_name
    try:
        return _read_content(content, format, label, passes, skip, max_bytes)
    except SpeechconvError as exc:
        raise exc.with_path(label) if label else exc


def _read_content(content: bytes | str, format: str | None, label: str | None,
                  passes: Iterable | None, skip: Iterable[str], max_bytes: int) -> Document:
    """Return the Document for loaded content (see :func:`read`)."""
    if isinstance(content, bytes):
        if len(content) > max_bytes:
            raise InputError(f"the input is over the {max_bytes / 1e6:.0f} MB limit")
        decoded = decode(content)
        text, encoding, notices = decoded.text, decoded.encoding, decoded.notices
    else:
        text, encoding, notices = content, None, ()
        if len(text) > max_bytes // 4 and len(text.encode("utf-8", "surrogatepass")) > max_bytes:
            raise InputError(f"the input is over the {max_bytes / 1e6:.0f} MB limit")
        if not text.strip():
            raise InputError("the input is empty; give a saved web page or a text file")
    fmt = (format or detect_format(label, text)).lower()
    if fmt == "json":
        return Document.from_json(text)
    source = Source(name=os.path.basename(label) if label else None, format=fmt, encoding=encoding)
    doc = _reader(fmt)(text, source).warn(list(notices))
    from .passes import run_passes

    doc = run_passes(doc, passes, skip)
    if not any(s.blocks or s.salutation for s in doc.speeches):
        raise NoSpeechError("no speech text found after clean-up (only navigation or clutter?); "
                            "check that this is the page holding the speech")
    return doc


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
          reference_doc: str | os.PathLike | None = None) -> list[Notice]:
    """Write ``doc`` to ``dest`` (a path, written atomically, or a binary file object).

    ``to`` is the format (docx, pdf, json, md); by default it comes from the path's suffix, or docx for
    a file object. DOCX only: ``embed_fonts`` embeds subsets of the shipped fonts, ``reference_doc``
    takes styles, page set-up and footers from a .docx (None: the profile's ``[docx]`` setting).
    Returns the writer's warnings. Raises OutputError, ProfileError or FontError.
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
        with atomic_output(dest) as fh:
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
            reference_doc: str | os.PathLike | None = None, **read_options) -> Document:
    """Read ``src`` and write it to ``dest``; return the Document (writer warnings added to it).

    ``embed_fonts`` and ``reference_doc`` are as for :func:`write`; ``read_options`` go to
    :func:`read` (``format``, ``passes``, ``skip``…). Raises as read and write do.
    """
    doc = read(src, **read_options)
    notices = write(doc, dest, to=to, profile=profile, embed_fonts=embed_fonts,
                    reference_doc=reference_doc)
    return doc.warn(notices)


__all__ = ["read", "write", "convert", "split_speeches", "detect_format", "Document", "Speech",
           "MAX_INPUT_BYTES"]
