"""The command line with Word inputs: a draft restyled beside itself, inspected, read by --format."""
from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

from click.testing import CliRunner

import speechconv
from speechconv.cli import main
from speechconv.model import Hints, Paragraph

DRAFT = Path(__file__).resolve().parent / "data" / "docx-in" / "draft.docx"


def test_a_docx_converted_to_docx_beside_itself_gets_a_new_name(tmp_path):
    draft = tmp_path / "draft.docx"
    shutil.copyfile(DRAFT, draft)
    result = CliRunner().invoke(main, ["convert", str(draft), "--to", "docx,pdf"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft-gbt9704.docx", "draft.docx", "draft.pdf"]
    assert draft.read_bytes() == DRAFT.read_bytes()
    restyled = speechconv.read(tmp_path / "draft-gbt9704.docx").speeches[0]    # read back by its role styles
    first = speechconv.read(DRAFT).speeches[0]
    assert restyled.date == first.date.strip("（）")                      # the writer puts them back
    plain = [b if not isinstance(b, Paragraph) else replace(b, hints=Hints()) for b in first.blocks]
    assert list(restyled.blocks) == plain                                  # hints: how the draft looked
    assert (restyled.title, restyled.subtitle, restyled.byline, restyled.salutation, restyled.closing) == \
        (first.title, first.subtitle, first.byline, first.salutation, first.closing)


def test_naming_the_input_as_output_is_still_refused(tmp_path):
    draft = tmp_path / "draft.docx"
    shutil.copyfile(DRAFT, draft)
    result = CliRunner().invoke(main, ["convert", str(draft), "-o", str(draft)])
    assert result.exit_code == 8 and "would replace the input file" in result.output


def test_inspect_shows_the_drafts_structure_and_its_comment():
    result = CliRunner().invoke(main, ["inspect", str(DRAFT)])
    assert result.exit_code == 0, result.output
    for shown in ("在全市安全生产工作会议上的讲话", "一、提高政治站位", "（一）聚焦重点行业领域", "预案数字请再核实。",
                  "docx: comment"):
        assert shown in result.output


def test_format_choices_come_from_the_reader_table():
    result = CliRunner().invoke(main, ["inspect", str(DRAFT), "--format", "docx"])
    assert result.exit_code == 0
    result = CliRunner().invoke(main, ["inspect", str(DRAFT), "--format", "html"])
    assert result.exit_code != 0
