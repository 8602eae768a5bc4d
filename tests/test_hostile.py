"""Hostile and broken input: the catalogue of bad inputs, the fuzz target, limits, overwriting,
atomic outputs, no network, and one-line errors."""
from __future__ import annotations

import dataclasses
import errno
import io
import multiprocessing
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import zipfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
from click.testing import CliRunner

import speechconv
import speechconv.api
from bench.hostile import BODY, CASES, run_case, run_fuzz, table
from speechconv import batch as batch_module
from speechconv._term import printable
from speechconv.cli import main
from speechconv.errors import EXIT_CODES, InputError, OutputError
from speechconv.limits import Limits
from speechconv.model import Document, Paragraph, Speech
from speechconv.outputs import atomic_output, is_own_output, is_replaceable

from .conftest import DATA, ROOT

DOCS = ROOT / "docs" / "bad-input.md"


# --- the catalogue ------------------------------------------------------------------------------------

@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_every_bad_input_gets_its_documented_outcome(case, tmp_path):
    result = run_case(case, tmp_path / "case")
    assert not result.problems, result.problems


def test_the_catalogue_check_can_fail(tmp_path):
    """A case whose expectation is wrong is reported, not passed."""
    wrong = dataclasses.replace(CASES[0], exit_code=0)
    assert run_case(wrong, tmp_path / "case").problems


def test_the_docs_table_lists_every_case():
    text = DOCS.read_text("utf-8")
    assert table() in text, "docs/bad-input.md is out of date: paste `python bench/hostile.py --table`"
    assert "docs/bad-input.md" in (ROOT / "README.md").read_text("utf-8")


def test_fuzz_cases_neither_crash_nor_lose_text():
    result = run_fuzz(40, seed=7)
    assert not result.problems, result.problems[:5]


# --- the coverage-guided fuzz target (atheris) ----------------------------------------------------------

def test_atheris_fuzzes_decode_and_html_reading_for_a_bounded_time(tmp_path):
    pytest.importorskip("atheris", reason="atheris is not installed here (Linux x86-64 wheels only); the "
                                          "hypothesis properties in test_properties.py cover the target")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for page in (DATA / "html").glob("*.htm*"):
        shutil.copy(page, corpus)
    command = [sys.executable, str(ROOT / "bench" / "fuzz_html.py"), "-max_total_time=20", "-timeout=30",
               "-max_len=8192", "-rss_limit_mb=2048", "-seed=1", f"-artifact_prefix={tmp_path}/", str(corpus)]
    run = subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "Done" in run.stderr and not list(tmp_path.glob("crash-*"))


# --- limits -------------------------------------------------------------------------------------------

def test_the_paragraph_limit_is_a_clear_input_error():
    text = "今天开会。\n" * 11
    assert len(speechconv.read(text=text, format="text", max_paragraphs=11, passes=[]).speeches[0].blocks) == 11
    with pytest.raises(InputError, match="more than 10 paragraphs"):
        speechconv.read(text=text, format="text", max_paragraphs=10)
    with pytest.raises(InputError, match="more than 10 paragraphs"):
        speechconv.read(text="<p>今天开会。</p>" * 11, format="html", max_paragraphs=10)
    model = Document(speeches=(Speech(blocks=(Paragraph.of("今天开会。"),) * 11),)).to_json()
    with pytest.raises(InputError, match="more than 10 paragraphs"):
        speechconv.read(text=model, format="json", max_paragraphs=10)


@pytest.mark.parametrize("limits, message", [
    (Limits(html_elements=10), "more than 10 HTML elements"),
    (Limits(html_chars=100), "over the limit of 100"),
    (Limits(paragraphs=10), "more than 10 paragraphs"),
    (Limits(input_bytes=200), "over the 200 bytes limit"),
])
def test_one_limits_value_reaches_every_check(limits, message):
    page = "<p>今天开会。</p>" * 11
    assert len(speechconv.read(text=page, format="html", passes=[]).speeches[0].blocks) == 11
    with pytest.raises(InputError, match=message):
        speechconv.read(text=page, format="html", limits=limits)
    with pytest.raises(InputError, match=message):
        speechconv.read(page.encode("utf-8"), format="html", limits=limits)


def test_max_bytes_and_max_paragraphs_replace_only_their_own_limit():
    page = "<p>今天开会。</p>" * 11
    with pytest.raises(InputError, match="more than 10 HTML elements"):
        speechconv.read(text=page, format="html", limits=Limits(html_elements=10), max_paragraphs=100)
    with pytest.raises(InputError, match="more than 10 paragraphs"):
        speechconv.read(text=page, format="html", limits=Limits(paragraphs=100), max_paragraphs=10)


def test_a_pipe_or_a_device_is_refused_at_once_not_read(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    start = time.perf_counter()
    for path, kind in ((fifo, "a named pipe (FIFO)"), (Path("/dev/zero"), "a character device"),
                       (Path("/dev/null"), "a character device")):
        with pytest.raises(InputError, match=rf"is {re.escape(kind)}, not a regular file"):
            speechconv.read(path)
    assert time.perf_counter() - start < 5


def test_a_file_swapped_for_a_pipe_after_its_look_is_refused_on_the_open_descriptor(tmp_path, monkeypatch):
    """The file is judged by the descriptor that was opened, not by the name looked at before."""
    import speechconv.userfiles as userfiles

    page = tmp_path / "page.txt"
    page.write_text(BODY, "utf-8")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    real_open = os.open
    monkeypatch.setattr(userfiles.os, "open", lambda path, flags: real_open(fifo, flags))
    with pytest.raises(InputError, match="is a named pipe"):
        speechconv.read(page)


def test_a_document_stuck_inside_c_code_is_stopped_and_the_batch_goes_on(tmp_path, monkeypatch):
    """A worker stuck where SIGALRM cannot reach (a C loop) is ended; its file is a time-limit failure."""
    import hashlib

    pages = tmp_path / "in"
    pages.mkdir()
    for i in range(3):
        (pages / f"ok{i}.txt").write_text(BODY, "utf-8")
    (pages / "stuck.txt").write_text(BODY, "utf-8")
    real_read = speechconv.api.read

    def stuck_read(src, *args, **kwargs):
        if Path(src).name == "stuck.txt":
            hashlib.pbkdf2_hmac("sha256", b"x", b"y", 30_000_000)   # ~10 s inside C, no signal checks
        return real_read(src, *args, **kwargs)

    def fork_pool(workers, settings):   # forked workers inherit the patched read (the default is forkserver)
        return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                                   initializer=batch_module.init_worker, initargs=(settings,))

    monkeypatch.setattr(speechconv.api, "read", stuck_read)
    monkeypatch.setattr(batch_module.pool, "make_pool", fork_pool)
    start = time.perf_counter()
    report = batch_module.convert_many([pages], tmp_path / "out", to="md", jobs=2, time_limit=0.5)
    assert time.perf_counter() - start < 8
    by_name = {Path(r.input).name: r for r in report.results}
    assert by_name["stuck.txt"].status == "failed"
    assert "time limit" in by_name["stuck.txt"].error["message"]
    assert all(by_name[f"ok{i}.txt"].status == "ok" for i in range(3))
    assert not [p for p in (tmp_path / "out").rglob("*") if p.name.endswith(".part")]


# --- outputs: overwriting and atomicity -----------------------------------------------------------------

@pytest.fixture
def page(tmp_path) -> Path:
    path = tmp_path / "page.txt"
    path.write_text(BODY, "utf-8")
    return path


def test_running_the_same_convert_twice_replaces_its_own_outputs(page):
    runner = CliRunner()
    for _ in range(2):
        result = runner.invoke(main, ["convert", str(page), "--to", "docx,pdf,md,json"])
        assert result.exit_code == 0, result.output
    for suffix in (".docx", ".pdf"):
        assert is_own_output(page.with_suffix(suffix))


@pytest.mark.parametrize("fmt", ["docx", "pdf", "md", "json"])
def test_an_edited_output_is_kept_unless_overwrite_is_given(page, fmt):
    runner = CliRunner()
    assert runner.invoke(main, ["convert", str(page), "--to", fmt]).exit_code == 0
    out = page.with_suffix(f".{fmt}")
    _edit(out)
    edited = out.read_bytes()
    page.write_text(BODY + "补充一句话。\n", "utf-8")          # the page changed too: a new output differs
    result = runner.invoke(main, ["convert", str(page), "--to", fmt])
    assert result.exit_code == EXIT_CODES["output"]
    assert result.stderr.count("\n") == 1 and "pass --overwrite" in result.stderr
    assert out.read_bytes() == edited
    assert runner.invoke(main, ["convert", str(page), "--to", fmt, "--overwrite"]).exit_code == 0
    assert out.read_bytes() != edited


def _edit(path: Path) -> None:
    """Change an output as another program saving it would."""
    data = path.read_bytes()
    if path.suffix == ".docx":   # Word: the user becomes the last modifier, the revision goes up
        buf = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(buf, "w") as dst:
            for item in src.infolist():
                part = src.read(item.filename)
                if item.filename == "docProps/core.xml":
                    part = part.replace(b">speechconv<", b">\xe5\xbc\xa0\xe4\xb8\x89<").replace(
                        b"<cp:revision>1<", b"<cp:revision>2<")
                dst.writestr(item, part)
        data = buf.getvalue()
    elif path.suffix == ".pdf":  # an annotation tool: an incremental update appended
        data += b"\n1 0 obj\n<< >>\nendobj\ntrailer\n<< >>\nstartxref\n0\n%%EOF\n"
    else:
        data += "用户加的一句。\n".encode("utf-8")
    path.write_bytes(data)


def test_a_file_of_the_same_bytes_may_always_be_replaced(tmp_path):
    a, b = tmp_path / "a.md", tmp_path / "b.md"
    a.write_bytes(b"same\n")
    b.write_bytes(b"same\n")
    assert is_replaceable(a, b)
    b.write_bytes(b"other\n")
    assert not is_replaceable(a, b)
    assert not is_own_output(tmp_path / "missing.docx")
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    assert not is_own_output(tmp_path / "broken.docx")


def test_the_library_replaces_by_default_and_refuses_when_asked(tmp_path):
    dest = tmp_path / "out.md"
    dest.write_bytes(b"someone's notes\n")
    doc = speechconv.read(text=BODY, format="text")
    speechconv.write(doc, dest)                                   # open()-like: replaced
    dest.write_bytes(b"someone's notes\n")
    with pytest.raises(OutputError, match="pass --overwrite"):
        speechconv.write(doc, dest, overwrite=False)
    assert dest.read_bytes() == b"someone's notes\n"


def test_batch_replaces_its_own_outputs_and_keeps_edited_ones(tmp_path):
    pages = tmp_path / "in"
    pages.mkdir()
    (pages / "a.txt").write_text(BODY, "utf-8")
    (pages / "b.txt").write_text(BODY, "utf-8")
    runner = CliRunner()
    args = ["batch", str(pages), "-o", str(tmp_path / "out"), "--to", "docx", "-j", "1", "-q"]
    assert runner.invoke(main, args).exit_code == 0
    _edit(tmp_path / "out" / "b.docx")
    result = runner.invoke(main, args)
    assert result.exit_code == EXIT_CODES["batch-failed"]
    assert "b.docx: already exists" in result.stderr and "a.txt" not in result.stderr
    assert runner.invoke(main, args + ["--overwrite"]).exit_code == 0


def test_a_failed_write_leaves_the_old_file_and_no_partial_one(tmp_path):
    dest = tmp_path / "out.md"
    dest.write_bytes(b"old\n")
    with pytest.raises(OutputError, match="disk is full"):
        with atomic_output(dest) as fh:
            fh.write(b"new, half")
            raise OSError(errno.ENOSPC, "No space left on device")
    assert dest.read_bytes() == b"old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.md"]
    with pytest.raises(KeyboardInterrupt):
        with atomic_output(dest) as fh:
            fh.write(b"new, half")
            raise KeyboardInterrupt
    assert dest.read_bytes() == b"old\n" and [p.name for p in tmp_path.iterdir()] == ["out.md"]


def test_a_long_file_name_still_gets_its_temporary_file(tmp_path):
    name = "讲" * 80 + ".md"                                     # 243 bytes: fits, its temp name must too
    speechconv.write(speechconv.read(text=BODY, format="text"), tmp_path / name)
    assert [p.name for p in tmp_path.iterdir()] == [name]


# --- no network, ever ----------------------------------------------------------------------------------

def test_converting_a_page_full_of_external_resources_opens_no_socket(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    page = tmp_path / "page.html"
    page.write_text('<html><head><link rel=stylesheet href="http://example.invalid/a.css">'
                    '<script src="https://example.invalid/a.js"></script></head><body>'
                    '<img src="http://example.invalid/a.png"><iframe src="http://example.invalid/"></iframe>'
                    '<div class=content><p>同志们：</p><p>今天，我们召开全县工作会议，部署工作。'
                    '<img src="http://example.invalid/b.png"><a href="http://example.invalid/">链接</a></p>'
                    "</div></body></html>", "utf-8")
    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    for fmt in ("docx", "pdf", "json", "md"):
        doc = speechconv.convert(page, tmp_path / f"page.{fmt}")
    assert "image-dropped" in [w.code for w in doc.warnings]


def test_a_reference_document_with_entities_is_refused_not_expanded(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET", "utf-8")
    plain = tmp_path / "plain.docx"
    speechconv.write(speechconv.read(text=BODY, format="text"), plain)
    hostile = tmp_path / "hostile.docx"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(hostile, "w") as dst:
        for item in src.infolist():
            part = src.read(item.filename)
            if item.filename == "word/fontTable.xml":
                part = part.replace(b"<w:fonts", f'<!DOCTYPE w:fonts [<!ENTITY x SYSTEM "file://{secret}">]>'
                                    .encode() + b"<w:fonts", 1).replace(b'w:name="', b'w:name="&x;', 1)
            dst.writestr(item, part)
    result = CliRunner().invoke(main, ["convert", str(_page(tmp_path)), "--reference-doc", str(hostile),
                                       "-o", str(tmp_path / "out.docx")])
    assert result.exit_code == EXIT_CODES["profile"], result.output
    assert result.stderr.startswith(f"error: {hostile}: its part word/fontTable.xml holds a DTD")
    assert "Traceback" not in result.output and "TOPSECRET" not in result.output
    assert not (tmp_path / "out.docx").exists()


def _page(folder: Path) -> Path:
    """Return a small text page in ``folder``."""
    path = folder / "page.txt"
    path.write_text(BODY, "utf-8")
    return path


# --- one-line errors, no tracebacks -------------------------------------------------------------------

def test_a_file_name_with_a_line_break_and_an_escape_stays_on_one_line(tmp_path):
    bad = tmp_path / "evil\nerror: fake\x1b[2J.txt"
    bad.write_bytes(b"")
    result = CliRunner().invoke(main, ["convert", str(bad)])
    assert result.exit_code == EXIT_CODES["input"]
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "\\n" in lines[0] and "\\x1b" in lines[0] and "\x1b" not in result.stderr


def test_inspect_prints_page_text_with_controls_escaped(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("同志们：\n今天\x1b[31m开会，大家好。\n", "utf-8")
    result = CliRunner().invoke(main, ["inspect", str(page)])
    assert result.exit_code == 0 and "\x1b" not in result.output and "\\x1b[31m" in result.output


@pytest.mark.parametrize("command", ["convert", "inspect"])
def test_a_bug_is_one_line_with_exit_code_1_not_a_traceback(command, page, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("something unexpected\nsecond line")

    monkeypatch.setattr(speechconv.api, "read", broken)
    result = CliRunner().invoke(main, [command, str(page)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.splitlines() == [f"error: {page}: internal error (RuntimeError: something unexpected"
                                          "\\nsecond line); please report it with this file "
                                          "(SPEECHCONV_DEBUG=1 shows the traceback)"]
    monkeypatch.setenv("SPEECHCONV_DEBUG", "1")
    assert isinstance(CliRunner().invoke(main, [command, str(page)]).exception, RuntimeError)


def test_a_closed_standard_output_is_one_error_line(page, monkeypatch):
    def closed(doc, out, **kwargs):
        raise BrokenPipeError(errno.EPIPE, "Broken pipe")

    monkeypatch.setattr(speechconv.api, "write", closed)
    result = CliRunner().invoke(main, ["convert", str(page), "--to", "json", "-o", "-"])
    assert result.exit_code == EXIT_CODES["output"]
    assert result.stderr.splitlines() == ["error: -: standard output was closed before the whole document "
                                          "was written"]


def test_printable_escapes_what_a_terminal_would_obey():
    assert printable("a\nb\rc\x1b[2J\x00\x85\u2028\udc80\t中") == "a\\nb\\rc\\x1b[2J\\x00\\x85\\u2028\\udc80\t中"
