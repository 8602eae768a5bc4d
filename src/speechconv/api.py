"""The Python API: read a page into a Document, write a Document, or convert in one call.

Every function here is safe to call from several threads or processes at once: nothing is shared but
read-only caches (the default profile, registered fonts).
"""
from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO, Iterable, Union

from .errors import NoSpeechError, OutputError, ProfileError, SpeechconvError
from .inputs import Src, load, read_input, text_input
from .limits import LIMITS, Limits
from .model import Document, Notice, Speech
from .plan import check_not_input
from .profile import Profile, load_profile
from .readers import detect_format

Dest = Union[str, os.PathLike, BinaryIO]

#: Inputs larger than this are refused (bytes); pass ``max_bytes`` (or ``limits``) to change it.
MAX_INPUT_BYTES = LIMITS.input_bytes
#: Inputs with more paragraphs than this are refused; pass ``max_paragraphs`` (or ``limits``).
MAX_PARAGRAPHS = LIMITS.paragraphs


def read(src: Src | None = None, format: str | None = None, *, text: str | None = None,
         name: str | None = None, passes: Iterable | None = None, skip: Iterable[str] = (),
         max_bytes: int | None = None, max_paragraphs: int | None = None,
         limits: Limits | None = None) -> Document:
    """Return the Document for a page: decoded, read, cleaned and structured.

    Give either ``src``, a file's path (a :class:`~pathlib.Path`, any ``os.PathLike`` or a ``str``) or
    the file's bytes, or ``text``, the page's text itself (HTML or plain text, as a ``str``); ``name``
    then names it in errors and in the document's source. For compatibility a ``str`` ``src`` holding
    a line break or ``<`` is still taken as page text, with a DeprecationWarning (and refused when it
    also names an existing file); pass ``text=`` for text and a Path for a file.
    ``format`` is ``"html"``, ``"text"`` or ``"json"`` (default: from the suffix, else the content).
    ``passes``/``skip`` choose the passes (see :mod:`speechconv.passes`). ``limits`` bounds what is read
    (default :data:`~speechconv.limits.LIMITS`); ``max_bytes`` and ``max_paragraphs`` replace its
    ``input_bytes`` and ``paragraphs``. Raises InputError for input that cannot be read or is over a
    limit, NoSpeechError when no speech text remains, SchemaError for bad JSON models, and TypeError
    unless exactly one of ``src`` and ``text`` is given.
    """
    limits = _limits(limits, max_bytes, max_paragraphs)
    if (src is None) == (text is None):
        raise TypeError("read() takes a path or bytes as src, or page text as text=: exactly one of them")
    inp = text_input(text, name) if text is not None else load(src, limits, name)
    try:
        doc, reader = read_input(inp, format, limits)
        return doc if reader.finished else _clean(doc, passes, skip)
    except SpeechconvError as exc:
        raise exc.with_path(inp.name) if inp.name else exc


def _limits(limits: Limits | None, max_bytes: int | None, max_paragraphs: int | None) -> Limits:
    """Return ``limits`` (default :data:`LIMITS`) with the input bytes and paragraphs given replaced."""
    changes = {k: v for k, v in (("input_bytes", max_bytes), ("paragraphs", max_paragraphs)) if v is not None}
    return replace(limits or LIMITS, **changes)


def _clean(doc: Document, passes: Iterable | None, skip: Iterable[str]) -> Document:
    """Return ``doc`` after the passes. Raises NoSpeechError when no speech text remains."""
    from .passes import run_passes

    doc = run_passes(doc, passes, skip)
    if not any(s.blocks or s.salutation for s in doc.speeches):
        raise NoSpeechError("no speech text found after clean-up (only navigation or clutter?); "
                            "check that this is the page holding the speech")
    return doc


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
        if not Path(reference_doc).exists():     # a pipe or a device is refused when it is read
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


def convert(src: Src | None, dest: Dest, to: str | None = None,
            profile: Profile | str | os.PathLike | None = None, *, embed_fonts: bool | None = None,
            reference_doc: str | os.PathLike | None = None, overwrite: bool = True,
            **read_options) -> Document:
    """Read ``src`` and write it to ``dest``; return the Document (writer warnings added to it).

    ``src`` is as for :func:`read`; for page text pass ``None`` and ``text=`` (``convert(None, "out.pdf",
    text=page)``). ``embed_fonts``, ``reference_doc`` and ``overwrite`` are as for :func:`write`;
    ``read_options`` go to :func:`read` (``text``, ``format``, ``passes``, ``skip``…). Raises as read and
    write do, and OutputError when ``dest`` is the input file itself.
    """
    if src is not None:
        check_not_input(src, dest)
    doc = read(src, **read_options)
    notices = write(doc, dest, to=to, profile=profile, embed_fonts=embed_fonts,
                    reference_doc=reference_doc, overwrite=overwrite)
    return doc.warn(notices)



__all__ = ["read", "write", "convert", "split_speeches", "detect_format", "Document", "Speech", "Limits",
           "MAX_INPUT_BYTES", "MAX_PARAGRAPHS"]
