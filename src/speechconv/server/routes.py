"""The routes: the page, its API documentation, /health and the /api/* conversions.

Each API route reads its request (:mod:`.forms`), runs the work in the pool and answers JSON or a file.
Errors are answered by :func:`error_response`: ``{"error": "<the CLI's one-line message>"}``.
"""
from __future__ import annotations

import html
from pathlib import Path
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from .. import __version__, readers
from ..errors import FontError, OutputError, SpeechconvError
from .forms import ApiError, form_of, model_body, options_of, uploads_of
from .openapi import openapi
from .pool import Busy, WorkerDied
from .work import Options, Output, Upload, shipped_profiles

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=str(HERE / "templates"))


def inline_code(text: str) -> str:
    """Return ``text`` as HTML: escaped, each `span in backticks` set as code (the API's descriptions;
    the template marks the result safe)."""
    parts = html.escape(str(text)).split("`")
    return "".join(f"<code>{p}</code>" if i % 2 else p for i, p in enumerate(parts))


templates.env.filters["code"] = inline_code
NO_STORE = {"cache-control": "no-store"}


def error_response(exc: Exception) -> JSONResponse:
    """Return the JSON error answer for ``exc``: 4xx for bad input, 503 when busy, 500 for a bug."""
    headers = dict(NO_STORE)
    if isinstance(exc, ApiError):
        status, message = exc.status, exc.message
        headers.update(exc.headers)
    elif isinstance(exc, Busy):
        status, message = 503, str(exc)
        headers["retry-after"] = str(exc.retry_after)
    elif isinstance(exc, FontError):
        status, message = 500, str(exc)
    elif isinstance(exc, OutputError):
        status, message = 400, str(exc)
    elif isinstance(exc, SpeechconvError):
        status, message = 422, str(exc)
    elif isinstance(exc, WorkerDied):
        status, message = 500, f"internal error ({exc}); please report it with this file"
    else:
        status, message = 500, (f"internal error ({type(exc).__name__}: {exc}); please report it with "
                                "this file")
    return JSONResponse({"error": message}, status_code=status, headers=headers)


def content_disposition(name: str) -> str:
    """Return a Content-Disposition header for downloading ``name`` (RFC 6266: an ASCII fallback and
    the UTF-8 name)."""
    ascii_name = name.encode("ascii", "replace").decode("ascii").replace("?", "_").replace('"', "_")
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name, safe='')}"


def file_response(output: Output) -> Response:
    """Return ``output`` as a download with its Content-Type and Content-Disposition file name."""
    return Response(output.data, media_type=output.media_type,
                    headers={"content-disposition": content_disposition(output.name), **NO_STORE})


def _settings(request: Request):
    return request.app.state.settings


def _pool(request: Request):
    return request.app.state.pool


def input_suffixes() -> list[str]:
    """Return the file suffixes the readers take (``.json``, ``.html``…), in their table's order."""
    return [suffix for row in readers.READERS for suffix in row.suffixes]


async def index(request: Request) -> Response:
    """The page (Chinese, with an English switch)."""
    settings = _settings(request)
    return templates.TemplateResponse(request, "index.html", {
        "version": __version__, "profiles": shipped_profiles(), "suffixes": input_suffixes(),
        "max_file_mb": settings.max_file_bytes // (1024 * 1024), "max_files": settings.max_files})


async def docs(request: Request) -> Response:
    """The API's documentation, made from the OpenAPI document."""
    return templates.TemplateResponse(request, "docs.html", {"spec": openapi(), "version": __version__})


async def openapi_json(request: Request) -> Response:
    """The OpenAPI 3.1 document of the API."""
    return JSONResponse(openapi())


async def health(request: Request) -> Response:
    """A small status: ok, the version and how busy the workers are."""
    pool = _pool(request)
    return JSONResponse({"status": "ok", "version": __version__, "workers": pool.size, "busy": pool.busy,
                         "queued": pool.waiting}, headers=NO_STORE)


async def api_read(request: Request) -> Response:
    """POST /api/read: an upload or pasted text -> the model and its warnings."""
    async with form_of(request, _settings(request)) as form:
        upload = (await uploads_of(form, _settings(request), single=True))[0]
    with_source = request.query_params.get("source", "").lower() in ("1", "true")
    return JSONResponse(await _pool(request).run("read_upload", upload, with_source), headers=NO_STORE)


async def api_render(request: Request) -> Response:
    """POST /api/render?to=…: a model JSON body -> the file (a ZIP for several)."""
    options = await options_of(request.query_params, _settings(request))
    model = await model_body(request, _settings(request))
    return file_response(await _pool(request).run("convert", [Upload(None, model, "json")], options))


async def api_convert(request: Request) -> Response:
    """POST /api/convert: uploads and ``to`` -> the file, or a ZIP when there are several."""
    async with form_of(request, _settings(request)) as form:
        uploads = await uploads_of(form, _settings(request))
        options = await options_of(form, _settings(request))
    return file_response(await _pool(request).run("convert", uploads, options))


async def api_preview(request: Request) -> Response:
    """POST /api/preview: a model (JSON body, or multipart ``file`` with profile uploads) -> page
    images of its PDF."""
    settings = _settings(request)
    if request.headers.get("content-type", "").startswith("multipart/"):
        async with form_of(request, settings) as form:
            model = (await uploads_of(form, settings, single=True))[0].data
            options = await options_of(form, settings, default_to="pdf")
    else:
        options = await options_of(request.query_params, settings, default_to="pdf")
        model = await model_body(request, settings)
    dpi = _number(request.query_params.get("dpi"), 96, 36, 200, "dpi")
    result = await _pool(request).run("preview", model, Options(profile=options.profile,
                                      profile_toml=options.profile_toml), dpi, settings.max_preview_pages)
    return JSONResponse(result, headers=NO_STORE)


async def api_why(request: Request) -> Response:
    """POST /api/why: an input (as /api/read takes it), ``speech`` and ``line`` (the line's text) -> why
    the reading gave that line its role."""
    settings = _settings(request)
    async with form_of(request, settings) as form:
        upload = (await uploads_of(form, settings, single=True))[0]
        speech = _number(_field(form, "speech"), 0, 0, 100_000, "speech")
        line = _field(form, "line")
    if speech != int(speech):
        raise ApiError(400, "'speech' must be a whole number (0 for the first speech)")
    if not line or not line.strip():
        raise ApiError(400, "send 'line': the text of the line to explain, as /api/read's model gives it")
    return JSONResponse(await _pool(request).run("why", upload, int(speech), line), headers=NO_STORE)


def _field(form, name: str) -> str | None:
    """Return a text field of a form (None when absent or a file)."""
    value = form.get(name)
    return value if isinstance(value, str) else None


def _number(value: str | None, default: float, low: float, high: float, name: str) -> float:
    """Return a query number in [low, high] (``default`` when absent). Raises ApiError 400."""
    if value in (None, ""):
        return default
    try:
        number = float(value)
    except ValueError:
        number = float("nan")
    if not low <= number <= high:
        raise ApiError(400, f"'{name}' must be a number from {low:g} to {high:g}")
    return number


async def job_start(request: Request) -> Response:
    """POST /api/jobs: like /api/convert, but answered at once (202) with a job to poll."""
    async with form_of(request, _settings(request)) as form:
        uploads = await uploads_of(form, _settings(request))
        options = await options_of(form, _settings(request))
    job = request.app.state.jobs.start(uploads, options)
    return JSONResponse(job.to_dict(), status_code=202, headers=NO_STORE)


def _job(request: Request):
    """Return the job named in the path. Raises ApiError 404."""
    job = request.app.state.jobs.get(request.path_params["job_id"])
    if job is None:
        raise ApiError(404, "no such job (finished jobs are kept for 10 minutes and downloaded once); "
                            "start it again")
    return job


async def job_status(request: Request) -> Response:
    """GET /api/jobs/{id}: the job's progress and failures."""
    return JSONResponse(_job(request).to_dict(), headers=NO_STORE)


async def job_result(request: Request) -> Response:
    """GET /api/jobs/{id}/result: the job's file, once (409 while it runs, 422 when all inputs failed)."""
    job = _job(request)
    if job.state == "running":
        raise ApiError(409, f"the job is still running ({job.done} of {job.total} done); poll "
                            f"/api/jobs/{job.id} until its state is done",
                       {"retry-after": "1"})
    if job.state == "failed":
        raise ApiError(422, job.errors[0]["error"] if job.errors else "no output was made")
    return file_response(request.app.state.jobs.take(job))


def routes() -> list:
    """Return the app's routes."""
    return [
        Route("/", index), Route("/docs", docs), Route("/openapi.json", openapi_json),
        Route("/health", health),
        Route("/api/read", api_read, methods=["POST"]),
        Route("/api/render", api_render, methods=["POST"]),
        Route("/api/convert", api_convert, methods=["POST"]),
        Route("/api/preview", api_preview, methods=["POST"]),
        Route("/api/why", api_why, methods=["POST"]),
        Route("/api/jobs", job_start, methods=["POST"]),
        Route("/api/jobs/{job_id}", job_status),
        Route("/api/jobs/{job_id}/result", job_result),
        Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
    ]
