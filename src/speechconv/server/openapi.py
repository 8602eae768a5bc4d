"""The OpenAPI 3.1 document of the HTTP API (served at /openapi.json and shown at /docs)."""
from __future__ import annotations

from functools import lru_cache

from .. import __version__, readers
from ..passes.reading import LABELS
from ..writers import FORMATS
from .work import MEDIA_TYPES

ERROR = {"description": "Refused: {\"error\": the one-line message the CLI prints}",
         "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
FILE = {"description": "The file (Content-Disposition names it), or a ZIP when there are several",
        "content": {t.split(";")[0]: {"schema": {"type": "string", "format": "binary"}}
                    for t in MEDIA_TYPES.values()}}
COMMON_ERRORS = {
    "400": {**ERROR, "description": "A malformed request: no input, an unknown format or option"},
    "403": {**ERROR, "description": "Refused: the Host is not this server, or the request comes from a "
                                    "page of another site"},
    "413": {**ERROR, "description": "An input over 20 MB, or a request over its limit"},
    "422": {**ERROR, "description": "The input cannot be converted (not a speech, a bad model, a bad "
                                    "profile) or took longer than the time limit"},
    "503": {**ERROR, "description": "Every worker is busy and the queue is full; retry after the "
                                    "Retry-After header's seconds"},
}
WRITE_OPTIONS = {
    "to": {"type": "string", "default": "docx",
           "description": f"Comma-separated formats: {', '.join(FORMATS)} (OFD: GB/T 33190)"},
    "split": {"type": "boolean", "default": False, "description": "One file per speech (NAME-1.docx…)"},
    "embed_fonts": {"type": "boolean", "default": False,
                    "description": "DOCX: embed subsets of the shipped fonts"},
    "profile": {"type": "string", "default": "gbt9704", "description": "A shipped style profile"},
}
UPLOAD_OPTIONS = {
    "profile_file": {"type": "string", "format": "binary",
                     "description": "A style profile (TOML) merged over gbt9704"},
    "reference_doc": {"type": "string", "format": "binary",
                      "description": "DOCX: take styles, page set-up and footers from this .docx"},
}
MODEL = {"application/json": {"schema": {"$ref": "#/components/schemas/Document"}}}


def _query(options: dict) -> list[dict]:
    """Return query parameters for ``options``."""
    return [{"name": k, "in": "query", "required": False, "schema": {"type": v["type"], "default": v["default"]},
             "description": v["description"]} for k, v in options.items()]


def _form(fields: dict, required: list[str] | None = None) -> dict:
    """Return a multipart request body with ``fields``."""
    schema = {"type": "object", "properties": fields}
    if required:
        schema["required"] = required
    return {"required": True, "content": {"multipart/form-data": {"schema": schema}}}


def _op(summary: str, description: str, responses: dict, **more) -> dict:
    """Return one operation with the common error answers."""
    return {"summary": summary, "description": description, "responses": {**responses, **COMMON_ERRORS},
            **more}


def _json(description: str, schema: dict) -> dict:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _paths() -> dict:
    """Return the paths of the API."""
    job = {"$ref": "#/components/schemas/Job"}
    read_fields = {"file": {"type": "string", "format": "binary", "description": "A saved page (.html), "
                            "a text file (.txt) or a model (.json)"},
                   "text": {"type": "string", "description": "Pasted text or HTML (when there is no file)"},
                   "name": {"type": "string", "description": "A name for pasted text (for output names)"},
                   "format": {"type": "string", "enum": readers.names(),
                              "description": "The input format (default: from the name, else the content)"}}
    convert_fields = {**read_fields, "file": {"type": "array", "items": {"type": "string", "format": "binary"},
                                              "description": "One or more inputs"},
                      **WRITE_OPTIONS, **UPLOAD_OPTIONS}
    return {
        "/health": {"get": {"summary": "Status", "description": "Always 200 while the server runs.",
                            "responses": {"200": _json("ok, the version, workers busy and queued",
                                                       {"$ref": "#/components/schemas/Health"})}}},
        "/api/read": {"post": _op(
            "Read an input into the model",
            "Decode, read, clean and structure one input. The document is the model exactly as "
            "`speechconv convert --to json` writes it; `?source=1` adds the decoded source text.",
            {"200": _json("The model and its warnings", {"type": "object", "properties": {
                "document": {"$ref": "#/components/schemas/Document"},
                "warnings": {"type": "array", "items": {"type": "string"}}}})},
            requestBody=_form(read_fields),
            parameters=[{"name": "source", "in": "query", "required": False, "schema": {"type": "boolean"},
                         "description": "Also return the decoded source text"}])},
        "/api/render": {"post": _op(
            "Render a model", "Write a model JSON (for example one corrected on the page) as the file.",
            {"200": FILE}, parameters=_query(WRITE_OPTIONS), requestBody={"required": True, "content": MODEL})},
        "/api/convert": {"post": _op(
            "Convert inputs", "Read and write one or more inputs; one output is sent as it is, several "
            "as one ZIP. The first input that fails fails the request.", {"200": FILE},
            requestBody=_form(convert_fields))},
        "/api/preview": {"post": _op(
            "Preview pages", "Page images (PNG) of the model's PDF, as data URLs (at most 40 pages).",
            {"200": _json("Page images", {"type": "object", "properties": {
                "pages": {"type": "array", "items": {"type": "string"}}, "page_count": {"type": "integer"}}})},
            parameters=[*_query({"profile": WRITE_OPTIONS["profile"]}),
                        {"name": "dpi", "in": "query", "required": False,
                         "schema": {"type": "number", "default": 96, "minimum": 36, "maximum": 200}}],
            requestBody={"required": True, "content": MODEL})},
        "/api/why": {"post": _op(
            "Why a line got its role",
            "The evidence the reading weighed for one line: the role it chose, the runner-up roles with "
            "how much lower the best reading with each scores, and the features that weigh most between "
            "the role and the runner-up (weight for the role minus for the runner-up). The line is found "
            "by its text among the lines the passes read: a speech's lines (`level` speech), else the "
            "page's before it was split into speeches (`level` page). A model is read again as it stands "
            "(`level` model). For body text, `body` says what the body rules then made of it (a numbered "
            "line or a 第一，/一是 series item becomes a heading; a series item's first sentence a lead). "
            "422 when no line reads so (edited, or a title taken from the page's title).",
            {"200": _json("The evidence", {"$ref": "#/components/schemas/Why"})},
            requestBody=_form({**read_fields,
                               "speech": {"type": "integer", "default": 0,
                                          "description": "The speech the line is in (0 the first): looked at first"},
                               "line": {"type": "string", "description": "The line's text as the model "
                                        "shows it (a heading's number included)"}}, ["line"]))},
        "/api/jobs": {"post": _op(
            "Start a batch", "As /api/convert, answered at once with a job to poll (for progress).",
            {"202": _json("The job", job)}, requestBody=_form(convert_fields))},
        "/api/jobs/{job_id}": {"get": _op(
            "A batch's progress", "Its state (running, done, failed), inputs done, and failures.",
            {"200": _json("The job", job), "404": ERROR}, parameters=[_job_id()])},
        "/api/jobs/{job_id}/result": {"get": _op(
            "A batch's file", "The file or ZIP, once; 409 while the job runs.",
            {"200": FILE, "404": ERROR, "409": ERROR}, parameters=[_job_id()])},
    }


def _job_id() -> dict:
    return {"name": "job_id", "in": "path", "required": True, "schema": {"type": "string"}}


@lru_cache(maxsize=1)
def openapi() -> dict:
    """Return the OpenAPI document."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "speechconv", "version": __version__,
                 "description": "Chinese speeches from web pages and text to GB/T 9704 DOCX, PDF and OFD. "
                                "Listens on 127.0.0.1 only unless told otherwise; requests from pages "
                                "of other sites are refused."},
        "paths": _paths(),
        "components": {"schemas": {
            "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}}},
            "Health": {"type": "object", "properties": {"status": {"type": "string"}, "version": {"type": "string"},
                                                        "workers": {"type": "integer"}, "busy": {"type": "integer"},
                                                        "queued": {"type": "integer"}}},
            "Job": {"type": "object", "properties": {
                "id": {"type": "string"}, "state": {"type": "string", "enum": ["running", "done", "failed"]},
                "done": {"type": "integer"}, "total": {"type": "integer"}, "file": {"type": ["string", "null"]},
                "errors": {"type": "array", "items": {"type": "object", "properties": {
                    "name": {"type": "string"}, "error": {"type": "string"}}}}}},
            "Why": {"type": "object", "properties": {
                "level": {"type": "string", "enum": ["speech", "page", "model"]},
                "speech": {"type": "integer"}, "line": {"type": "integer"},
                "text": {"type": "string", "description": "The line as read"},
                "role": {"type": "string", "enum": list(LABELS)},
                "others": {"type": "array", "items": {"type": "object", "properties": {
                    "role": {"type": "string"}, "cost": {"type": "number"}}}},
                "features": {"type": "array", "items": {"type": "object", "properties": {
                    "name": {"type": "string"}, "weight": {"type": "number"}}}},
                "body": {"type": ["object", "null"], "description": "For body text: what the body rules "
                         "made of it (final: heading1-4, lead or body; the heading's number; rule: numbered, "
                         "series, series-lead, unmarked or null)", "properties": {
                    "final": {"type": "string"}, "number": {"type": ["string", "null"]},
                    "rule": {"type": ["string", "null"]}}}}},
            "Document": {"type": "object", "required": ["schema", "speeches"],
                         "description": "The speechconv model (schema speechconv/1.x), as `speechconv convert "
                                        "--to json` writes it; see DESIGN.md for its fields.",
                         "properties": {"schema": {"type": "string", "pattern": "^speechconv/1(\\.[0-9]+)?$"},
                                        "speeches": {"type": "array", "items": {"type": "object"}}}},
        }},
    }
