"""The convert command as a library object: events for warnings, outputs and failures, in order."""
from __future__ import annotations

import io
import json
import shutil

from speechconv.conversion import Conversion
from speechconv.errors import InputError, OutputError

from .conftest import SAMPLES


def test_a_run_reports_each_input_and_goes_on_after_a_failure(tmp_path):
    html = tmp_path / "b" / "page.html"
    html.parent.mkdir()
    shutil.copy(SAMPLES / "school-opening-ceremony.html", html)
    txt = tmp_path / "page.txt"
    shutil.copy(SAMPLES / "county-work-meeting-2-speeches.txt", txt)
    missing = tmp_path / "missing.txt"
    job = Conversion.create(3, "md", tmp_path / "out")
    events = list(job.run([missing, html, txt]))
    assert [(e.kind, e.input) for e in events] == [
        ("failed", str(missing)), ("warning", str(html)), ("written", str(html)), ("failed", str(txt))]
    assert isinstance(events[0].error, InputError) and events[0].error.path == str(missing)
    assert events[1].text.startswith(f"warning: {html}: image-dropped: ") and events[1].text.endswith(")")
    assert events[2].text == f"{html} -> {tmp_path / 'out' / 'page.md'}"
    assert isinstance(events[3].error, OutputError) and "already wrote" in events[3].error.message
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["page.md"]


def test_standard_output_gets_the_document_and_no_event(tmp_path):
    stream = io.BytesIO()
    job = Conversion.create(1, "json", "-", stdout=stream)
    assert list(job.run([SAMPLES / "county-work-meeting-2-speeches.txt"])) == []
    assert len(json.loads(stream.getvalue())["speeches"]) == 2
