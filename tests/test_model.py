"""The model's JSON form: round trip, field names, and schema errors."""
from __future__ import annotations

import json

import pytest

from speechconv import Document, SchemaError
from speechconv.model import Heading, Hints, Paragraph, Run


def test_round_trip_is_lossless(model_doc):
    again = Document.from_json(model_doc.to_json())
    assert again == model_doc
    assert again.to_json() == model_doc.to_json()


def test_json_has_the_design_field_names(model_doc):
    data = json.loads(model_doc.to_json())
    assert list(data) == ["schema", "source", "title", "speeches", "dropped", "warnings"]
    assert data["schema"] == "speechconv/1.2"
    speech = data["speeches"][0]
    assert set(speech) == {"title", "subtitle", "byline", "date", "salutation", "blocks", "closing", "signature"}
    heading = next(b for b in speech["blocks"] if b["type"] == "heading")
    assert heading == {"type": "heading", "level": 1, "number": "一、",
                       "text": "统一思想，充分认识做好新时期文化工作的重要意义"}
    lead = speech["blocks"][2]["runs"][0]
    assert lead == {"text": "一是文化工作关系长远。", "role": "lead"}
    assert speech["blocks"][2]["runs"][1] == {"text": speech["blocks"][2]["runs"][1]["text"]}


def test_unset_marks_are_left_out_and_read_back_as_defaults():
    run = Run.from_dict({"text": "XX市", "placeholder": True})
    assert run == Run("XX市", placeholder=True)
    assert run.to_dict() == {"text": "XX市", "placeholder": True}


@pytest.mark.parametrize("payload, message", [
    ('{"schema": "speechconv/2", "speeches": []}', "not supported"),
    ('{"schema": "other/1", "speeches": []}', "not a speechconv document"),
    ('{"speeches": []}', "not a speechconv document"),
    ('[1, 2]', "expected a JSON object"),
    ('{"schema": "speechconv/1", "speeches": [{"blocks": [{"type": "table"}]}]}', "unknown block type"),
    ('{"schema": "speechconv/1", "speeches": [{"blocks": [{"type": "heading", "level": 7, "text": "x"}]}]}',
     "level must be 1 to 4"),
    ("{not json", "not valid JSON"),
    ('{"schema": "speechconv/1.1", "speeches": [{"blocks": [{"type": "paragraph", "runs": [{"text": "x"}], '
     '"hints": {"heading": "h2"}}]}]}', "'heading' must be an integer"),
    ('{"schema": "speechconv/1.1", "speeches": [{"blocks": [{"type": "paragraph", "runs": [{"text": "x"}], '
     '"hints": {"size": true}}]}]}', "'size' must be a number"),
    ('{"schema": "speechconv/1.1", "speeches": [{"blocks": [{"type": "paragraph", "runs": [{"text": "x"}], '
     '"hints": [1]}]}]}', "hints must be a JSON object"),
    ('{"schema": "speechconv/1.2", "speeches": [{"blocks": [{"type": "paragraph", "runs": [{"text": "x"}], '
     '"hints": {"list": true}}]}]}', "'list' must be a string"),
])
def test_bad_documents_raise_schema_error(payload, message):
    with pytest.raises(SchemaError, match=message):
        Document.from_json(payload)


def test_minor_versions_of_the_same_major_are_read():
    doc = Document.from_json('{"schema": "speechconv/1.3", "speeches": []}')
    assert doc.speeches == ()


def test_paragraph_text_joins_runs():
    p = Paragraph((Run("一是"), Run("很好。", bold=True)))
    assert p.text == "一是很好。"
    assert Heading(2, "标题", "（一）").to_dict()["number"] == "（一）"


@pytest.mark.parametrize("hints, form", [
    (Hints(), None),
    (Hints(heading=2, bold=True), {"heading": 2, "bold": True}),
    (Hints(align="center", size=1.5), {"align": "center", "size": 1.5}),
    (Hints(indent=2, blank_before=True), {"indent": 2, "blank_before": True}),
    (Hints(list="ol"), {"list": "ol"}),
    (Hints(list="ul", bold=True), {"bold": True, "list": "ul"}),
])
def test_hints_are_written_only_when_set_and_read_back(hints, form):
    para = Paragraph((Run("一、总体要求"),), hints=hints)
    data = para.to_dict()
    assert data.get("hints") == form
    doc = Document.from_dict({"schema": "speechconv/1.2", "speeches": [{"blocks": [data]}]})
    assert doc.speeches[0].blocks[0] == para
    assert bool(hints) == (form is not None)


def test_a_1_0_document_without_hints_and_unknown_hints_are_read():
    doc = Document.from_json('{"schema": "speechconv/1", "speeches": [{"blocks": [{"type": "paragraph", '
                             '"runs": [{"text": "x"}], "hints": {"bold": true, "colour": "red"}}]}]}')
    assert doc.speeches[0].blocks[0].hints == Hints(bold=True)
