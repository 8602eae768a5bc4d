"""Reading requests: forms with uploads, model bodies and options, each checked against the limits.

Every problem becomes :class:`ApiError` (status and the one-line message); nothing here converts.
"""
from __future__ import annotations

from contextlib import asynccontextmanager
from typing import AsyncIterator

from starlette.datastructures import FormData, UploadFile
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException
from starlette.requests import Request

from ..inputs import too_big
from ..limits import size_text
from ..errors import SpeechconvError
from ..plan import parse_formats
from ..readers import get_reader
from .settings import Settings
from .work import Options, Upload, shipped_profiles

MAX_PROFILE_BYTES = 1024 * 1024
TRUE = frozenset({"1", "true", "on", "yes"})


class ApiError(Exception):
    """A request the server refuses: ``status`` and the one-line ``message`` sent as JSON."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.headers = status, message, headers or {}


@asynccontextmanager
async def form_of(request: Request, settings: Settings) -> AsyncIterator[FormData]:
    """Yield the request's form (multipart or urlencoded); its spooled upload files are closed after.

    Raises ApiError 400 for a body that is not a form or cannot be parsed.
    """
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind not in ("multipart/form-data", "application/x-www-form-urlencoded"):
        raise ApiError(400, "send the input as a form (multipart/form-data: a 'file' or a 'text' field)")
    try:
        form = await request.form(max_files=settings.max_files + 2, max_fields=64,
                                  max_part_size=settings.max_file_bytes)
    except (MultiPartException, HTTPException) as exc:
        detail = str(getattr(exc, "detail", None) or exc)
        if "exceeded maximum size" in detail:  # a text field over the limit of one input
            raise ApiError(413, str(too_big("the pasted text", settings.max_file_bytes))) from None
        raise ApiError(400, f"the form cannot be read ({detail}); send multipart/form-data") from None
    try:
        yield form
    finally:
        await form.close()


async def upload_data(item: UploadFile, limit: int, what: str | None = None) -> bytes:
    """Return the bytes of an uploaded file. Raises ApiError 413 when it is over ``limit``."""
    name = what or item.filename or "upload"
    if item.size is not None and item.size > limit:
        raise ApiError(413, str(too_big(name, limit, item.size)))
    data = await item.read(limit + 1)
    if len(data) > limit:
        raise ApiError(413, str(too_big(name, limit)))
    return data


async def uploads_of(form: FormData, settings: Settings, single: bool = False) -> list[Upload]:
    """Return the inputs of a form: each ``file`` field, else the ``text`` field (with ``name``).

    Raises ApiError 400 when there is none (or more than one with ``single``), 413 when one is too big.
    """
    fmt = _format(form.get("format"))
    files = [f for f in form.getlist("file") if isinstance(f, UploadFile) and (f.filename or f.size)]
    if files:
        if single and len(files) > 1:
            raise ApiError(400, "send one 'file' here; /api/convert takes several")
        if len(files) > settings.max_files:
            raise ApiError(413, f"{len(files)} files are over the limit of {settings.max_files} in one "
                                "request; send them in smaller groups")
        return [Upload(f.filename or None, await upload_data(f, settings.max_file_bytes), fmt) for f in files]
    text = form.get("text")
    if isinstance(text, str) and text.strip():
        data = text.encode("utf-8")
        if len(data) > settings.max_file_bytes:
            raise ApiError(413, str(too_big("the pasted text", settings.max_file_bytes, len(data))))
        name = form.get("name")
        return [Upload(name if isinstance(name, str) and name.strip() else None, data, fmt)]
    raise ApiError(400, "no input: send a 'file' upload or a 'text' field (pasted text or HTML)")


def _format(value: object) -> str | None:
    """Return the input format named by the ``format`` field, or None. Raises ApiError 400."""
    if value in (None, ""):
        return None
    try:
        return get_reader(str(value)).name
    except SpeechconvError as exc:  # the library's message: "unknown input format …; use …"
        raise ApiError(400, str(exc)) from None


async def model_body(request: Request, settings: Settings) -> bytes:
    """Return a model JSON sent as the request body. Raises ApiError 400 when empty, 413 when too big."""
    data = bytearray()
    async for chunk in request.stream():
        data += chunk
        if len(data) > settings.max_file_bytes:
            raise ApiError(413, f"the model is over the {size_text(settings.max_file_bytes)} limit for "
                                "one input; split it")
    if not data.strip():
        raise ApiError(400, "send the model JSON (as 'speechconv convert --to json' writes it) as the body")
    return bytes(data)


def _flag(value: object) -> bool:
    """Return True for a checked box or a true query value (1, true, on, yes)."""
    return isinstance(value, str) and value.strip().lower() in TRUE


async def options_of(values, settings: Settings, default_to: str = "docx") -> Options:
    """Return the write options in a form or query string: ``to``, ``split``, ``embed_fonts``,
    ``profile`` (a shipped name) or an uploaded ``profile_file``, and an uploaded ``reference_doc``.

    Raises ApiError 400 for an unknown format or profile, 413 for an upload over its limit.
    """
    try:
        formats = parse_formats(str(values.get("to") or default_to))
    except SpeechconvError as exc:
        raise ApiError(400, str(exc)) from None
    profile = values.get("profile") or None
    if profile is not None and profile not in shipped_profiles():
        raise ApiError(400, f"unknown profile {profile!r}; choose from {', '.join(shipped_profiles())} "
                            "or upload a .toml file as 'profile_file'")
    toml = values.get("profile_file")
    reference = values.get("reference_doc")
    return Options(
        formats=formats, split=_flag(values.get("split")), embed_fonts=_flag(values.get("embed_fonts")),
        profile=profile,
        profile_toml=(await upload_data(toml, MAX_PROFILE_BYTES, toml.filename or "profile.toml")
                      if isinstance(toml, UploadFile) else None),
        reference_docx=(await upload_data(reference, settings.max_file_bytes, reference.filename or "reference.docx")
                        if isinstance(reference, UploadFile) else None))
