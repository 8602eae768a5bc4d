"""What the worker processes do: read an upload, convert models and uploads, draw preview pages.

Every function here runs in a worker process (see :mod:`speechconv.server.pool`); its arguments and
results are plain picklable values. It calls the same library API as the CLI. Uploaded bytes stay in
memory; the only files written are an uploaded profile and reference DOCX, in a temporary folder under
the server's own temporary folder, removed when the call ends.
"""
from __future__ import annotations

import base64
import io
import re
import tempfile
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Iterator

from .. import api
from ..api import read, split_speeches, write
from ..errors import ProfileError
from ..model import Document
from ..plan import plan_uploads, safe_stem
from ..profile import Profile, load_profile

#: The Content-Type of each output format (every one of writers.FORMATS) and of a ZIP of several.
MEDIA_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "ofd": "application/ofd",
    "json": "application/json",
    "md": "text/markdown; charset=utf-8",
    "zip": "application/zip",
}
DEFAULT_PROFILE = "gbt9704"
#: The folder the planner names outputs in: only the names inside it (the ZIP's) are used; nothing is
#: written there.
ZIP_FOLDER = "speechconv-outputs"


@dataclass(frozen=True)
class Options:
    """How to write: formats, one file per speech, DOCX font embedding, the style profile (a shipped
    name, or an uploaded TOML) and a reference DOCX (uploaded bytes)."""

    formats: tuple[str, ...] = ("docx",)
    split: bool = False
    embed_fonts: bool = False
    profile: str | None = None
    profile_toml: bytes | None = None
    reference_docx: bytes | None = None


@dataclass(frozen=True)
class Upload:
    """One input: its name as uploaded (for messages and output names only), its bytes, a format."""

    name: str | None
    data: bytes
    format: str | None = None


@dataclass(frozen=True)
class Output:
    """A file to send back: its name, media type and bytes."""

    name: str
    media_type: str
    data: bytes


def display_name(name: str | None) -> str | None:
    """Return an uploaded name as messages show it (never as a path): its last path part, control
    characters escaped, at most 200 characters; None for no name."""
    if not name:
        return None
    base = re.split(r"[/\\]", name)[-1]
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in base)[:200] or None


def shipped_profiles() -> list[str]:
    """Return the names of the profiles shipped with speechconv (``gbt9704`` first)."""
    names = sorted(p.name[:-5] for p in resources.files("speechconv.profiles").iterdir()
                   if p.name.endswith(".toml"))
    return sorted(names, key=lambda n: n != DEFAULT_PROFILE)


def read_upload(upload: Upload, with_source: bool = False) -> dict:
    """Return ``{"document": …, "warnings": [...]}`` for an upload (and ``"source"``: the decoded
    text, when asked). Raises what :func:`speechconv.read` raises."""
    doc = read(upload.data, format=upload.format, name=display_name(upload.name))
    out: dict = {"document": doc.to_dict(), "warnings": [warning_line(w) for w in doc.warnings]}
    if with_source:
        from ..decode import decode

        out["source"] = {"format": doc.source.format, "text": decode(upload.data).text}
    return out


def why(upload: Upload, speech: int, line: str) -> dict:
    """Return the reading's evidence for the line ``line`` of an upload, looked for first in speech
    ``speech`` (see :mod:`.evidence`). Raises InputError when no line reads so, and what reading raises."""
    from .evidence import why as evidence

    return evidence(upload.data, upload.format, display_name(upload.name), speech, line)


def warning_line(notice) -> str:
    """Return a warning as the CLI says it, without the file name: ``code: text (hint)``."""
    return f"{notice.code}: {notice.text}" + (f" ({notice.hint})" if notice.hint else "")


def _shipped(name: str) -> Profile:
    """Return the shipped profile ``name``. Raises ProfileError for a name not shipped."""
    if name == DEFAULT_PROFILE:
        return load_profile(None)
    if name not in shipped_profiles():
        raise ProfileError(f"unknown profile {name!r}; choose from {', '.join(shipped_profiles())} or "
                           "upload a .toml file")
    with resources.as_file(resources.files("speechconv.profiles").joinpath(f"{name}.toml")) as path:
        return load_profile(path)


@contextmanager
def _profile(options: Options) -> Iterator[Profile]:
    """Yield the profile ``options`` ask for, its uploads in a temporary folder removed afterwards.

    Raises ProfileError for a bad profile, or one that names a reference DOCX on this machine.
    """
    with tempfile.TemporaryDirectory(prefix="call-") as folder:
        if options.profile_toml is not None:
            path = Path(folder, "profile.toml")
            path.write_bytes(options.profile_toml)
            try:
                profile = load_profile(path)
            except ProfileError as exc:
                exc.path = "profile.toml"
                raise
            if profile.docx.get("reference_doc"):
                raise ProfileError("an uploaded profile may not name a reference_doc (a file on the server); "
                                   "upload the .docx as the reference DOCX instead", "profile.toml")
        else:
            profile = _shipped(options.profile or DEFAULT_PROFILE)
        reference = None
        if options.reference_docx is not None:
            reference = Path(folder, "reference.docx")
            reference.write_bytes(options.reference_docx)
        yield api.docx_options(profile, embed_fonts=options.embed_fonts or None, reference_doc=reference)


def _write(doc: Document, fmt: str, profile: Profile) -> bytes:
    """Return ``doc`` written in format ``fmt``."""
    buffer = io.BytesIO()
    write(doc, buffer, to=fmt, profile=profile)
    return buffer.getvalue()


@dataclass(frozen=True)
class Converted:
    """One upload written: the label that names its outputs (its uploaded name, else the model's source
    name, else its first title), how many speeches were written apart (1 unless split), and the bytes
    of each output by ``(format, speech)`` (speech None when not split, as in the planner's Targets)."""

    label: str
    parts: int
    files: dict[tuple[str, int | None], bytes]


def convert_one(upload: Upload, options: Options) -> Converted:
    """Return one upload written in every format asked (one file per speech with ``split``).
    Raises what reading and writing raise, the error naming the upload."""
    doc = read(upload.data, format=upload.format, name=display_name(upload.name))
    docs = split_speeches(doc) if options.split else [doc]
    label = upload.name or doc.source.name or (doc.speeches[0].title if doc.speeches else None) or ""
    parts: list[int | None] = list(range(len(docs))) if len(docs) > 1 else [None]
    files: dict[tuple[str, int | None], bytes] = {}
    with _profile(options) as profile:
        for fmt in options.formats:
            for part, one in zip(parts, docs):
                files[(fmt, part)] = _write(one, fmt, profile)
    return Converted(label, len(docs), files)


def bundle(done: list[Converted], formats: tuple[str, ...]) -> Output:
    """Return the outputs of ``done`` (in upload order): one file as it is, or all of them in a ZIP.

    The names are the output planner's (:func:`speechconv.plan.plan_uploads`): ``stem.docx``,
    ``stem-1.docx``… per speech, ``stem (2).docx`` for a later upload of the same name. The ZIP is
    named after the upload when there is one, else ``speechconv.zip``.
    """
    planned = plan_uploads([c.label for c in done], ZIP_FOLDER, formats, [c.parts for c in done])
    files = [(t.shown, t.fmt, c.files[(t.fmt, t.part)]) for c, targets in zip(done, planned) for t in targets]
    if len(files) == 1:
        name, fmt, data = files[0]
        return Output(name, MEDIA_TYPES[fmt], data)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, _, data in files:
            zf.writestr(name, data)
    stem = safe_stem(done[0].label) if len(done) == 1 else "speechconv"
    return Output(f"{stem}.zip", MEDIA_TYPES["zip"], buffer.getvalue())


def convert(uploads: list[Upload], options: Options) -> Output:
    """Return the outputs of every upload: one file, or a ZIP of several. Raises at the first input
    that fails (the error names it)."""
    return bundle([convert_one(upload, options) for upload in uploads], options.formats)


def preview(model: bytes, options: Options, dpi: float, max_pages: int) -> dict:
    """Return ``{"pages": [PNG data URLs], "page_count": n, "warnings": [...]}``: the first pages of the
    model's PDF and the PDF writer's warnings (``missing-glyph``: a character no font has).

    Raises SchemaError for a bad model, and what writing a PDF raises.
    """
    from .preview import page_images

    doc = read(model, format="json", name="the model")
    buffer = io.BytesIO()
    with _profile(options) as profile:
        notices = write(doc, buffer, to="pdf", profile=profile)
    images, count = page_images(buffer.getvalue(), dpi, max_pages)
    return {"pages": ["data:image/png;base64," + base64.b64encode(png).decode("ascii") for png in images],
            "page_count": count, "warnings": [warning_line(n) for n in notices]}
