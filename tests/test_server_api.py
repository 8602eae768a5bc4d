"""speechconv serve's HTTP API through Starlette's in-process client: every route, every refusal.

The app runs its real worker processes; error answers are compared with what the CLI prints for the
same input.
"""
from __future__ import annotations

import io
import json
import os
import re
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("starlette")
pytest.importorskip("httpx")  # Starlette's TestClient
from starlette.testclient import TestClient  # noqa: E402

import speechconv  # noqa: E402
from speechconv.cli import main  # noqa: E402
from speechconv.server import Settings, create_app  # noqa: E402
from speechconv.plan import NO_FORMAT, plan_uploads  # noqa: E402
from speechconv.server.routes import content_disposition  # noqa: E402

from .conftest import SAMPLES  # noqa: E402

SEED = SAMPLES / "county-work-meeting-2-speeches.txt"
BASE = "http://127.0.0.1:8000"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def client_for(**settings) -> TestClient:
    """Return a client of a fresh app (use it as a context manager: the workers start with it)."""
    return TestClient(create_app(Settings(port=8000, **settings)), base_url=BASE)


@pytest.fixture(scope="module")
def client():
    with client_for(workers=2) as c:
        yield c


@pytest.fixture(scope="module")
def seed_json() -> str:
    return speechconv.read(SEED).to_json()


@pytest.fixture
def seed_model(seed_json) -> dict:
    """Return the seed's model as a fresh dict (a test may change it)."""
    return json.loads(seed_json)


def post_file(client, route: str, name: str, data: bytes, **form):
    return client.post(route, files={"file": (name, data)}, data=form)


def test_health_reports_version_and_workers(client):
    r = client.get("/health")
    assert r.status_code == 200
    assert r.json() == {"status": "ok", "version": speechconv.__version__, "workers": 2, "busy": 0, "queued": 0}


def test_read_answers_the_model_exactly_as_convert_to_json_writes_it(client, tmp_path):
    r = post_file(client, "/api/read", SEED.name, SEED.read_bytes())
    assert r.status_code == 200
    out = tmp_path / "seed.json"
    assert CliRunner().invoke(main, ["convert", str(SEED), "--to", "json", "-o", str(out), "-q"]).exit_code == 0
    assert r.json()["document"] == json.loads(out.read_text("utf-8"))
    assert [s["title"] for s in r.json()["document"]["speeches"]] == ["在全县乡村振兴工作推进会上的讲话"] * 2
    assert r.json()["warnings"] == []


def test_read_takes_pasted_html_and_gives_the_source_when_asked(client):
    html = "<html><body><h1>在全市工作会议上的讲话</h1><p>同志们：</p><p>今天我们召开会议，部署全年工作。</p></body></html>"
    r = client.post("/api/read?source=1", data={"text": html, "name": "粘贴"})
    assert r.status_code == 200
    body = r.json()
    assert body["document"]["source"]["format"] == "html"
    assert body["document"]["speeches"][0]["title"] == "在全市工作会议上的讲话"
    assert body["source"] == {"format": "html", "text": html}


def test_pasted_text_is_content_never_a_path(client):
    r = client.post("/api/read", data={"text": "/etc/passwd"})
    assert r.status_code == 422
    assert "root:" not in r.text
    assert r.json()["error"].startswith("no speech text found")


@pytest.mark.parametrize("fmt, media, magic", [
    ("docx", DOCX, b"PK\x03\x04"), ("pdf", "application/pdf", b"%PDF-"),
    ("md", "text/markdown; charset=utf-8", "# 在全县乡村振兴工作推进会上的讲话".encode()),
    ("json", "application/json", b'{\n  "schema": "speechconv/1'), ("ofd", "application/ofd", b"PK\x03\x04"),
])
def test_render_sends_each_format_with_its_type_and_name(client, seed_model, fmt, media, magic):
    r = client.post(f"/api/render?to={fmt}", content=json.dumps(seed_model, ensure_ascii=False).encode())
    assert r.status_code == 200
    assert r.headers["content-type"] == media
    assert r.headers["content-disposition"] == content_disposition(f"county-work-meeting-2-speeches.{fmt}")
    assert r.content.startswith(magic)


def test_every_output_format_is_offered_with_its_content_type(client):
    """The server offers exactly the library's formats: each has a Content-Type, the API documents each,
    and the page offers each binary one for download."""
    from speechconv.server.work import MEDIA_TYPES
    from speechconv.writers import FORMATS, is_text

    assert set(MEDIA_TYPES) == set(FORMATS) | {"zip"}
    spec = client.get("/openapi.json").json()
    to = next(p for p in spec["paths"]["/api/render"]["post"]["parameters"] if p["name"] == "to")
    assert all(f in to["description"] for f in FORMATS)
    file_types = spec["paths"]["/api/convert"]["post"]["responses"]["200"]["content"]
    assert set(file_types) == {t.split(";")[0] for t in MEDIA_TYPES.values()}
    offered = re.findall(r'<input type="checkbox" name="to" value="(\w+)"', client.get("/").text)
    assert offered == [f for f in FORMATS if not is_text(f)]


def test_an_ofd_is_a_package_with_the_title_in_its_page(client, seed_model):
    r = client.post("/api/convert", files={"file": ("讲话.json", json.dumps(seed_model).encode())},
                    data={"to": "ofd"})
    assert r.status_code == 200 and r.headers["content-type"] == "application/ofd"
    assert r.headers["content-disposition"] == content_disposition("讲话.ofd")
    with zipfile.ZipFile(io.BytesIO(r.content)) as zf:
        assert "OFD.xml" in zf.namelist()
        pages = [n for n in zf.namelist() if n.endswith("Content.xml")]
        assert pages and "在全县乡村振兴工作推进会上的讲话" in zf.read(pages[0]).decode("utf-8")


def test_render_renders_a_corrected_model(client, seed_model):
    seed_model["speeches"][0]["title"] = "改过的标题"
    r = client.post("/api/render?to=md", content=json.dumps(seed_model).encode())
    assert r.text.startswith("# 改过的标题")


def test_render_with_split_sends_a_zip_with_one_file_per_speech(client, seed_model):
    r = client.post("/api/render?to=docx,pdf&split=1", content=json.dumps(seed_model).encode())
    assert r.headers["content-type"] == "application/zip"
    names = zipfile.ZipFile(io.BytesIO(r.content)).namelist()
    stem = "county-work-meeting-2-speeches"
    assert names == [f"{stem}-1.docx", f"{stem}-2.docx", f"{stem}-1.pdf", f"{stem}-2.pdf"]


def test_convert_one_input_one_format_sends_the_file(client):
    r = post_file(client, "/api/convert", "会议讲话.txt", SEED.read_bytes(), to="pdf")
    assert r.status_code == 200 and r.content.startswith(b"%PDF-")
    assert r.headers["content-disposition"] == content_disposition("会议讲话.pdf")
    assert "filename*=UTF-8''%E4%BC%9A" in r.headers["content-disposition"]


def test_convert_many_sends_one_zip_and_never_uses_upload_names_as_paths(client, tmp_path):
    files = [("file", ("a.txt", SEED.read_bytes())), ("file", ("../../x/a.txt", SEED.read_bytes())),
             ("file", ("..\\evil.html", SEED.read_bytes()))]
    r = client.post("/api/convert", files=files, data={"to": "docx,md"})
    assert r.status_code == 200 and r.headers["content-type"] == "application/zip"
    assert r.headers["content-disposition"] == content_disposition("speechconv.zip")
    assert zipfile.ZipFile(io.BytesIO(r.content)).namelist() == [
        "a.docx", "a.md", "a (2).docx", "a (2).md", "evil.docx", "evil.md"]
    assert not Path("x").exists() and not Path("../x").exists()


def test_zip_names_are_the_output_planners(client, seed_model):
    """The server names outputs exactly as plan_uploads does: a clash (case ignored) gets ``(2)``, a
    split upload one file per speech, an upload with no name is named after its model's source."""
    names = ["讲话.txt", "讲话.TXT", "C:\\Users\\a\\讲话.txt", "..\\.env"]
    files = [("file", (n, SEED.read_bytes())) for n in names]
    r = client.post("/api/convert", files=files, data={"to": "pdf,md", "split": "1"})
    planned = plan_uploads(names, "unused", ["pdf", "md"], [2] * len(names))
    assert zipfile.ZipFile(io.BytesIO(r.content)).namelist() == [t.shown for ts in planned for t in ts]
    assert [t.shown for t in planned[1]][:2] == ["讲话 (2)-1.pdf", "讲话 (2)-2.pdf"]
    assert planned[3][0].shown == "env-1.pdf"
    nameless = {**seed_model, "source": {**seed_model["source"], "name": None}}
    r = client.post("/api/render?to=md", content=json.dumps(nameless).encode())
    assert r.headers["content-disposition"] == content_disposition("在全县乡村振兴工作推进会上的讲话.md")


def cli_error(tmp_path: Path, name: str, data: bytes, *args: str) -> str:
    """Return the message of the CLI's one error line for input ``name`` holding ``data``."""
    (tmp_path / name).write_bytes(data)
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        result = CliRunner().invoke(main, ["convert", name, "-o", "out.docx", *args])
    finally:
        os.chdir(cwd)
    assert result.exit_code != 0
    line = result.output.strip().splitlines()[-1]
    assert line.startswith("error: ")
    return line.removeprefix("error: ")


BAD_INPUTS = [
    ("blank.txt", b"   \n\n  ", 422),
    ("empty.html", b"", 422),
    ("nav.html", b"<html><body><nav><a href='/'>\xe9\xa6\x96\xe9\xa1\xb5</a></nav></body></html>", 422),
    ("model.json", b'{"schema": "speechconv/9", "speeches": []}', 422),
    ("broken.json", b'{"schema": "speechconv/1", "speeches": [', 422),
]


@pytest.mark.parametrize("name, data, status", BAD_INPUTS)
def test_bad_input_answers_4xx_with_the_clis_message(client, tmp_path, name, data, status):
    for route in ("/api/read", "/api/convert"):
        r = post_file(client, route, name, data)
        assert r.status_code == status, route
        assert r.json() == {"error": cli_error(tmp_path, name, data)}


@pytest.mark.parametrize("request_args, status, message", [
    (dict(data={"name": "x"}), 400, "no input: send a 'file' upload or a 'text' field (pasted text or HTML)"),
    (dict(content=b"x", headers={"content-type": "text/plain"}), 400,
     "send the input as a form (multipart/form-data: a 'file' or a 'text' field)"),
    (dict(data={"text": "x", "to": "odt"}), 400, "unknown output format 'odt'; choose from docx, pdf, ofd, json, md"),
    (dict(data={"text": "x", "to": " , "}), 400, NO_FORMAT),
    (dict(data={"text": "x", "profile": "../gbt9704"}), 400,
     "unknown profile '../gbt9704'; choose from gbt9704 or upload a .toml file as 'profile_file'"),
    (dict(data={"text": "x", "format": "pptx"}), 400, "unknown input format 'pptx'; use "
     f"{', '.join(speechconv.readers.names()[:-1])} or {speechconv.readers.names()[-1]}"),
])
def test_malformed_requests_answer_400(client, request_args, status, message):
    r = client.post("/api/convert", **request_args)
    assert (r.status_code, r.json()) == (status, {"error": message})


def test_render_refuses_an_empty_body_and_a_model_that_is_not_one(client):
    assert client.post("/api/render", content=b"").json() == {
        "error": "send the model JSON (as 'speechconv convert --to json' writes it) as the body"}
    r = client.post("/api/render", content=b'{"speeches": []}')
    assert r.status_code == 422
    assert r.json()["error"] == f"not a speechconv document (schema is None, expected {speechconv.SCHEMA!r})"


def test_uploaded_profile_applies_and_may_not_name_a_server_file(client, seed_model):
    model = json.dumps(seed_model).encode()
    good = b'[page]\nlines_per_page = 18\n'
    r = client.post("/api/convert", files={"file": ("m.json", model), "profile_file": ("p.toml", good)},
                    data={"to": "pdf"})
    assert r.status_code == 200 and r.content.startswith(b"%PDF-")
    sneaky = b'[docx]\nreference_doc = "/etc/hostname"\n'
    r = client.post("/api/convert", files={"file": ("m.json", model), "profile_file": ("p.toml", sneaky)})
    assert r.status_code == 422
    assert r.json()["error"].startswith("profile.toml: an uploaded profile may not name a reference_doc")
    r = client.post("/api/convert", files={"file": ("m.json", model), "profile_file": ("p.toml", b"[page\n")})
    assert r.status_code == 422 and r.json()["error"].startswith("profile.toml: cannot read the profile")


def test_reference_docx_upload_is_used_and_temporary_files_are_removed(client, seed_model, tmp_path):
    reference = tmp_path / "ref.docx"
    speechconv.write(speechconv.read(SEED), reference)
    r = client.post("/api/convert", files={"file": ("m.json", json.dumps(seed_model).encode()),
                                           "reference_doc": ("ref.docx", reference.read_bytes())})
    assert r.status_code == 200 and r.content.startswith(b"PK")
    bad = client.post("/api/convert", files={"file": ("m.json", json.dumps(seed_model).encode()),
                                             "reference_doc": ("ref.docx", b"not a docx")})
    assert bad.status_code == 422 and "reference" in bad.json()["error"]
    temp_root = Path(client.app.state.temp_root)
    assert temp_root.is_dir() and list(temp_root.iterdir()) == []


def test_preview_sends_png_pages_of_the_pdf(client, seed_model):
    r = client.post("/api/preview?dpi=40", content=json.dumps(seed_model).encode())
    assert r.status_code == 200
    pages = r.json()["pages"]
    assert r.json()["page_count"] == len(pages) >= 2
    import base64

    assert all(base64.b64decode(p.split(",", 1)[1]).startswith(b"\x89PNG\r\n\x1a\n") for p in pages)
    assert client.post("/api/preview?dpi=9000", content=b"{}").json() == {
        "error": "'dpi' must be a number from 36 to 200"}


def test_preview_reports_the_characters_no_font_has(client, seed_model):
    seed_model["speeches"][0]["blocks"][0]["runs"][0]["text"] += "\U0001F600"
    r = client.post("/api/preview?dpi=36", content=json.dumps(seed_model).encode())
    warnings = r.json()["warnings"]
    assert len(warnings) == 1 and warnings[0].startswith("missing-glyph: 😀 (U+1F600) on page 1")


WHY_LINES = [  # (speech, the line as the model shows it, where it was read, its role in the model)
    (0, "——在20XX年全县乡村振兴工作推进会上", "speech", "subtitle"),
    (0, "县委副书记 ×××", "speech", "byline"),
    (0, "同志们：", "speech", "salutation"),
    (0, "一、肯定成绩，正视差距，切实增强推进乡村振兴的责任感", "speech", "heading1"),
    (0, "（一）产业发展有了新起色。", "speech", "heading2"),   # a run-in heading: its whole line is read
    (0, "谢谢大家！", "speech", "closing"),
    (1, "同志们：", "speech", "salutation"),
    (1, "第一，要提高站位，把思想统一到县委的决策部署上来。", "speech", "heading1"),  # a 第一，series
    (0, "在全县乡村振兴工作推进会上的讲话", "page", "marker"),  # the title came from the part marker
]


@pytest.mark.parametrize("speech, line, level, role", WHY_LINES)
def test_why_gives_the_readings_evidence_for_a_line(client, speech, line, level, role):
    """The reading's role is the model's, or, for body text, what the body rules made of it says how."""
    from speechconv.passes.reading import LABELS

    r = post_file(client, "/api/why", SEED.name, SEED.read_bytes(), speech=str(speech), line=line)
    assert r.status_code == 200, r.text
    why = r.json()
    assert (why["level"], why["speech"]) == (level, speech)
    if role.startswith("heading"):
        assert why["role"] in ("body", "heading") and why["body"]["final"] == role
        expected_rule = None if why["role"] == "heading" else "series" if line.startswith("第一") else "numbered"
        assert why["body"]["rule"] == expected_rule
    else:
        assert why["role"] == role and why["body"] is None
    assert line.replace(" ", "") in why["text"].replace(" ", "")
    assert why["others"] and all(o["role"] in LABELS and o["role"] != why["role"] and o["cost"] >= 0
                                 for o in why["others"])
    assert [o["cost"] for o in why["others"]] == sorted(o["cost"] for o in why["others"])
    assert why["features"] and all(isinstance(f["weight"], float) for f in why["features"])


def test_why_says_which_lines_are_lead_sentences_of_a_series(client):
    page = speechconv.read(SEED)
    leads = [(s, b.text) for s, speech in enumerate(page.speeches) for b in speech.blocks
             if isinstance(b, speechconv.Paragraph) and any(r.role == "lead" for r in b.runs)]
    assert leads
    for s, text in leads:
        why = post_file(client, "/api/why", SEED.name, SEED.read_bytes(), speech=str(s), line=text).json()
        assert why["body"] == {"final": "lead", "number": None, "rule": "series-lead"}, text


def test_why_finds_the_second_speechs_title_in_its_own_part_of_the_page(client):
    answers = [post_file(client, "/api/why", SEED.name, SEED.read_bytes(), speech=str(s),
                         line="在全县乡村振兴工作推进会上的讲话").json() for s in (0, 1)]
    assert [a["text"] for a in answers] == ["在全县乡村振兴工作推进会上的讲话篇1", "在全县乡村振兴工作推进会上的讲话篇2"]
    assert answers[1]["line"] > answers[0]["line"]


def test_why_the_heading_numbered_like_level_one_weighs_its_number(client):
    why = post_file(client, "/api/why", SEED.name, SEED.read_bytes(), line="一、肯定成绩，正视差距，切实增强推进乡村振兴的责任感").json()
    weights = {f["name"]: f["weight"] for f in why["features"]}
    toward_heading = weights["form:h1"] if why["role"] == "heading" else -weights["form:h1"]
    assert toward_heading > 0  # the number speaks for a heading, whichever of body and heading won
    assert {why["role"], why["others"][0]["role"]} == {"body", "heading"}


def test_why_reads_a_model_again_as_it_stands(client, seed_model):
    seed_model["speeches"][0]["salutation"] = "各位领导：\n同志们："
    r = post_file(client, "/api/why", "edited.json", json.dumps(seed_model).encode(), speech="0", line="各位领导：")
    assert r.status_code == 200
    assert (r.json()["level"], r.json()["role"], r.json()["line"]) == ("model", "salutation", 3)


@pytest.mark.parametrize("form, status, start", [
    ({"line": "这一行原文里没有，是在页面上改出来的。"}, 422, "county-work-meeting-2-speeches.txt: no line of the input reads"),
    ({}, 400, "send 'line': the text of the line to explain"),
    ({"line": "同志们：", "speech": "1.5"}, 400, "'speech' must be a whole number"),
    ({"line": "同志们：", "speech": "-1"}, 400, "'speech' must be a number from 0"),
])
def test_why_refuses_a_line_it_cannot_find_or_a_bad_request(client, form, status, start):
    r = post_file(client, "/api/why", SEED.name, SEED.read_bytes(), **form)
    assert r.status_code == status and r.json()["error"].startswith(start), r.text


def test_the_page_has_words_for_every_feature_the_reading_weighs():
    """why.js glosses each feature of weights.json (``next:``/``prev:`` and ``len:`` are composed)."""
    from speechconv.passes.reading.choose import LABELS, default_weights

    script = (Path(speechconv.server.__file__).parent / "static" / "why.js").read_text("utf-8")
    glossed = set(re.findall(r'"([a-z]+:[a-z0-9+-]+|enum&\w+)": \[', script)) | set(re.findall(r"\b(bias): \[", script))
    weighed = {name for role in default_weights().emit.values() for name in role}
    own = {name if name in glossed else re.sub(r"^(next:|prev:)", "", name) for name in weighed}
    assert own - glossed == {name for name in own if re.match(r"len:\d", name)}
    i18n = (Path(speechconv.server.__file__).parent / "static" / "i18n.js").read_text("utf-8")
    assert all(i18n.count(f"read_{label}:") == 2 for label in LABELS)  # the roles, in Chinese and English


def test_a_job_reports_progress_failures_and_gives_its_file_once(client):
    import time

    files = [("file", ("a.txt", SEED.read_bytes())), ("file", ("blank.txt", b"  ")),
             ("file", ("b.txt", SEED.read_bytes()))]
    r = client.post("/api/jobs", files=files, data={"to": "docx"})
    assert r.status_code == 202 and r.json()["total"] == 3
    job = r.json()["id"]
    for _ in range(600):
        status = client.get(f"/api/jobs/{job}").json()
        if status["state"] != "running":
            break
        time.sleep(0.05)
    assert status["state"] == "done" and status["done"] == 3
    assert status["errors"] == [{"name": "blank.txt", "error": client.post(
        "/api/read", files={"file": ("blank.txt", b"  ")}).json()["error"]}]
    result = client.get(f"/api/jobs/{job}/result")
    assert zipfile.ZipFile(io.BytesIO(result.content)).namelist() == ["a.docx", "b.docx"]
    assert client.get(f"/api/jobs/{job}/result").status_code == 404
    assert client.get("/api/jobs/nope").status_code == 404


@pytest.mark.parametrize("host, status", [
    ("127.0.0.1:8000", 200), ("localhost:8000", 200), ("[::1]:8000", 200),
    ("evil.example:8000", 403), ("127.0.0.1:9999", 403), ("attacker.localhost.evil", 403), ("", 403),
])
def test_host_header_must_name_this_server(client, host, status):
    r = client.get("/health", headers={"host": host})
    assert r.status_code == status
    if status == 403:
        assert r.json()["error"].startswith("request refused: the Host")


@pytest.mark.parametrize("headers, status", [
    ({}, 422), ({"origin": BASE}, 422), ({"origin": "http://localhost:8000"}, 422),
    ({"origin": "http://evil.example"}, 403), ({"origin": "null"}, 403),
    ({"origin": "http://127.0.0.1:8001"}, 403), ({"sec-fetch-site": "cross-site"}, 403),
])
def test_posts_from_other_origins_are_refused(client, headers, status):
    r = client.post("/api/read", data={"text": "x"}, headers=headers)
    assert r.status_code == status
    if status == 403:
        assert r.json()["error"].startswith("request refused: a page of another site")


def test_every_answer_has_the_security_headers_and_the_page_has_no_inline_script(client):
    for r in (client.get("/"), client.get("/docs"), client.get("/health"), client.get("/static/app.js"),
              client.post("/api/read", data={})):
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "'unsafe-inline'" not in csp and "default-src 'none'" in csp
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["x-frame-options"] == "DENY"
    page = client.get("/").text
    assert '<html lang="zh-CN">' in page
    assert all('src="/static/' in tag for tag in re.findall(r"<script[^>]*>", page))
    assert "http://" not in page and "https://" not in page  # nothing from elsewhere: works offline
    for name in ("app.js", "editor.js", "model.js", "i18n.js", "why.js", "ui.js", "downloads.js", "app.css", "docs.css"):
        assert client.get(f"/static/{name}").status_code == 200


def test_openapi_documents_every_route(client):
    spec = client.get("/openapi.json").json()
    routes = {r.path.replace("{job_id}", "{job_id}") for r in client.app.routes
              if r.path.startswith("/api") or r.path == "/health"}
    assert set(spec["paths"]) == routes
    for ops in spec["paths"].values():
        for op in ops.values():
            assert "200" in op["responses"] or "202" in op["responses"]
    docs = client.get("/docs").text
    assert "/api/convert" in docs and "/api/why" in docs
    assert "<code>speechconv convert --to json</code>" in docs and "`" not in docs  # backticks set as code


def test_uploads_over_the_limits_answer_413():
    with client_for(workers=1, max_file_bytes=1000, max_request_bytes=5000, max_files=2) as c:
        r = post_file(c, "/api/read", "big.txt", b"x" * 1001)
        assert r.status_code == 413
        assert r.json() == {"error": str(speechconv.inputs.too_big("big.txt", 1000, 1001))}
        r = c.post("/api/read", data={"text": "字" * 400})
        assert r.status_code == 413 and r.json() == {"error": str(speechconv.inputs.too_big("the pasted text", 1000))}
        r = c.post("/api/render", content=b"{" + b" " * 1200)
        assert r.status_code == 413
        r = c.post("/api/read", content=b"x" * 6000, headers={"content-type": "multipart/form-data; boundary=x"})
        assert r.status_code == 413
        assert r.json()["error"] == ("the request is 6 KB, over the 5 KB limit for one request; "
                                     "send fewer or smaller files at once")
        r = c.post("/api/convert", files=[("file", (f"{i}.txt", b"a")) for i in range(3)])
        assert r.status_code == 413 and r.json()["error"].startswith("3 files are over the limit of 2")

        def chunks():  # no Content-Length: counted while it is read
            for _ in range(10):
                yield b"x" * 1000

        r = c.post("/api/render", content=chunks())
        assert r.status_code == 413


def test_full_server_answers_503_with_retry_after():
    with client_for(workers=1, queue=0) as c:
        pool = c.app.state.pool
        worker = c.portal.call(pool._idle.get)  # every worker busy  # noqa: SLF001
        try:
            r = post_file(c, "/api/read", "a.txt", SEED.read_bytes())
            assert r.status_code == 503
            assert int(r.headers["retry-after"]) >= 1
            assert r.json()["error"].startswith("the server is busy converting other documents")
            assert c.get("/health").json()["busy"] == 1
        finally:
            c.portal.call(pool._idle.put_nowait, worker)  # noqa: SLF001
        assert post_file(c, "/api/read", "a.txt", SEED.read_bytes()).status_code == 200


def test_a_queued_request_waits_then_answers_503_never_hangs():
    with client_for(workers=1, queue=4, queue_wait=0.2) as c:
        pool = c.app.state.pool
        worker = c.portal.call(pool._idle.get)  # noqa: SLF001
        try:
            r = post_file(c, "/api/read", "a.txt", SEED.read_bytes())
            assert r.status_code == 503 and "retry-after" in r.headers
        finally:
            c.portal.call(pool._idle.put_nowait, worker)  # noqa: SLF001


def test_a_conversion_over_the_time_limit_is_stopped_and_the_worker_goes_on():
    big = SEED.read_bytes() * 40
    with client_for(workers=1, time_limit=0.01) as c:
        r = post_file(c, "/api/convert", "big.txt", big, to="pdf")
        assert r.status_code == 422
        assert r.json()["error"].startswith("big.txt: took longer than the 0.01 s time limit and was stopped")
        assert c.get("/health").json()["busy"] == 0


def test_temporary_folder_is_removed_at_shutdown():
    with client_for(workers=1) as c:
        temp_root = Path(c.app.state.temp_root)
        assert temp_root.is_dir()
    assert not temp_root.exists()


def test_serve_refuses_a_public_host_without_the_flag_and_a_busy_port():
    import socket

    result = CliRunner().invoke(main, ["serve", "--host", "0.0.0.0", "--no-browser"])
    assert result.exit_code == 2
    assert "--host 0.0.0.0 can be reached from other machines; add --public to allow it" in result.output
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", "--port", str(port), "--no-browser"])
    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1].startswith(f"error: cannot listen on 127.0.0.1:{port} (")
