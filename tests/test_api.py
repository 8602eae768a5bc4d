"""The Python API: read, write and convert on paths, str, bytes and binary file objects."""
from __future__ import annotations

import io
import json
import threading

import pytest

import speechconv
from speechconv import InputError, NoSpeechError, OutputError

from .conftest import SAMPLES

SAMPLE = SAMPLES / "county-work-meeting-2-speeches.txt"


def test_read_accepts_path_str_and_bytes_alike():
    by_path = speechconv.read(SAMPLE)
    by_str_path = speechconv.read(str(SAMPLE))
    by_bytes = speechconv.read(SAMPLE.read_bytes(), name=SAMPLE.name)
    by_text = speechconv.read(text=SAMPLE.read_text("utf-8"), name=SAMPLE.name)
    assert by_path == by_str_path
    assert by_bytes.speeches == by_path.speeches
    assert by_text.speeches == by_path.speeches
    assert by_text.source.encoding is None and by_bytes.source.encoding == "utf-8"


def test_html_is_recognised_by_content_without_a_suffix():
    html = (SAMPLES / "school-opening-ceremony.html").read_bytes()
    doc = speechconv.read(html)
    assert doc.source.format == "html"
    assert doc.speeches[0].title == "在2024年秋季开学典礼上的讲话"


@pytest.mark.parametrize("fmt, magic", [("docx", b"PK\x03\x04"), ("pdf", b"%PDF-"), ("json", b"{"), ("md", b"# ")])
def test_write_to_a_binary_file_object(fmt, magic):
    doc = speechconv.read(SAMPLE)
    buf = io.BytesIO()
    speechconv.write(doc, buf, to=fmt)
    assert buf.getvalue().startswith(magic)


def test_json_output_reads_back_as_the_same_document(tmp_path):
    doc = speechconv.convert(SAMPLE, tmp_path / "out.json")
    again = speechconv.read(tmp_path / "out.json")
    assert again == doc.evolve(warnings=doc.warnings)
    assert json.loads((tmp_path / "out.json").read_text("utf-8"))["schema"] == "speechconv/1.2"


def test_convert_takes_the_format_from_the_suffix(tmp_path):
    speechconv.convert(SAMPLE, tmp_path / "out.md")
    text = (tmp_path / "out.md").read_text("utf-8")
    assert text.startswith("# 在全县乡村振兴工作推进会上的讲话")
    assert "## 一、肯定成绩" in text and "==XX==" in text


def test_split_speeches_gives_one_document_each():
    parts = speechconv.split_speeches(speechconv.read(SAMPLE))
    assert [len(p.speeches) for p in parts] == [1, 1]
    assert parts[0].dropped and not parts[1].dropped


@pytest.mark.parametrize("src, error, message", [
    (b"", InputError, "empty"),
    (b"%PDF-1.4 rest", InputError, "PDF"),
    ("missing-file.html", InputError, "no such file"),
    (b"<html><body><ul><li><a href='/'>\xe9\xa6\x96\xe9\xa1\xb5</a></li></ul></body></html>", NoSpeechError, "no speech"),
])
def test_bad_input_raises_a_clear_error(src, error, message):
    with pytest.raises(error, match=message):
        speechconv.read(src)


def test_write_refuses_an_unknown_format(tmp_path):
    with pytest.raises(OutputError, match="unknown output format"):
        speechconv.write(speechconv.read(SAMPLE), tmp_path / "x.odt")
    assert not list(tmp_path.iterdir())


def test_write_into_a_missing_folder_fails_without_leaving_files(tmp_path):
    with pytest.raises(OutputError, match="does not exist"):
        speechconv.write(speechconv.read(SAMPLE), tmp_path / "nope" / "x.json")


def test_failed_write_leaves_no_partial_file(tmp_path, monkeypatch):
    from speechconv.writers import json as json_writer

    def broken(doc, out, profile):
        out.write(b"{ half")
        raise OutputError("simulated failure")

    monkeypatch.setattr(json_writer, "write_json", broken)
    with pytest.raises(OutputError):
        speechconv.write(speechconv.read(SAMPLE), tmp_path / "x.json")
    assert list(tmp_path.iterdir()) == []


def test_reading_in_threads_gives_identical_documents():
    data = SAMPLE.read_bytes()
    results: list = []

    def work():
        results.append(speechconv.read(data).to_json())

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 4 and len(set(results)) == 1
