"""The command line through click's CliRunner: outputs, exit codes and one-line errors."""
from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from speechconv import __version__
from speechconv.cli import main
from speechconv.errors import EXIT_CODES

from .conftest import SAMPLES

SAMPLE = SAMPLES / "county-work-meeting-2-speeches.txt"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def page(tmp_path):
    dest = tmp_path / "page.txt"
    shutil.copy(SAMPLE, dest)
    return dest


def test_version(runner):
    result = runner.invoke(main, ["--version"])
    assert result.exit_code == 0 and __version__ in result.output


def test_convert_defaults_to_a_docx_beside_the_input(runner, page):
    result = runner.invoke(main, ["convert", str(page)])
    assert result.exit_code == 0, result.output
    assert (page.parent / "page.docx").read_bytes().startswith(b"PK")


def test_convert_to_several_formats_into_a_folder(runner, page, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(main, ["convert", str(page), "--to", "pdf,json,md", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["page.json", "page.md", "page.pdf"]


def test_convert_with_one_format_names_the_output_file(runner, page, tmp_path):
    target = tmp_path / "chosen.pdf"
    result = runner.invoke(main, ["convert", str(page), "--to", "pdf", "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_bytes().startswith(b"%PDF-")


def test_split_writes_one_file_per_speech(runner, page):
    result = runner.invoke(main, ["convert", str(page), "--split", "--to", "json"])
    assert result.exit_code == 0, result.output
    titles = [json.loads((page.parent / f"page-{i}.json").read_text("utf-8"))["speeches"][0]["title"]
              for i in (1, 2)]
    assert titles == ["在全县乡村振兴工作推进会上的讲话"] * 2


def test_split_with_o_names_a_folder_it_creates(runner, page, tmp_path):
    out = tmp_path / "parts"
    result = runner.invoke(main, ["convert", str(page), "--split", "--to", "md", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["page-1.md", "page-2.md"]


def test_json_to_standard_output(runner, page):
    result = runner.invoke(main, ["convert", str(page), "--to", "json", "-o", "-", "-q"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["schema"] == "speechconv/1.2"


def test_no_pass_option_switches_a_pass_off(runner, page):
    result = runner.invoke(main, ["convert", str(page), "--to", "json", "-o", "-", "-q", "--no-pass", "split"])
    assert len(json.loads(result.stdout)["speeches"]) == 1


def test_inspect_prints_the_tree_and_the_drops(runner, page):
    result = runner.invoke(main, ["inspect", str(page)])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert "speech 1: 在全县乡村振兴工作推进会上的讲话" in lines
    assert "  一、肯定成绩，正视差距，切实增强推进乡村振兴的责任感  [heading 1]" in lines
    assert "dropped (10):" in lines
    assert "  boilerplate: breadcrumb: 范文大全>讲话稿>领导讲话>工作会议讲话>" in lines


def _bad_inputs(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    png = tmp_path / "picture.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    pdf = tmp_path / "file.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\n1 0 obj")
    docx = tmp_path / "word.docx"
    docx.write_bytes(b"PK\x03\x04" + bytes(64))
    folder = tmp_path / "folder"
    folder.mkdir()
    return [(tmp_path / "missing.html", "no such file"), (folder, "is a folder"), (empty, "empty"),
            (png, "PNG image"), (pdf, "PDF is damaged"), (docx, "ZIP archive")]


def test_bad_inputs_give_one_line_and_no_output(runner, tmp_path):
    for path, words in _bad_inputs(tmp_path):
        before = set(tmp_path.rglob("*"))
        result = runner.invoke(main, ["convert", str(path), "--to", "docx,pdf"])
        assert result.exit_code == EXIT_CODES["input"], (path, result.output)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"error: {path}: ") and words in lines[0], lines
        assert "Traceback" not in result.output
        assert set(tmp_path.rglob("*")) == before


def test_unknown_format_is_a_usage_error(runner, page):
    result = runner.invoke(main, ["convert", str(page), "--to", "odt"])
    assert result.exit_code == 2 and "unknown output format" in result.output


def test_missing_profile_is_reported(runner, page, tmp_path):
    result = runner.invoke(main, ["convert", str(page), "--profile", str(tmp_path / "none.toml")])
    assert result.exit_code == EXIT_CODES["profile"]
    assert result.stderr.startswith("error: ") and "profile file not found" in result.stderr
    assert not (page.parent / "page.docx").exists()


def test_inspect_roles_numbers_every_line_with_its_role(runner):
    result = runner.invoke(main, ["inspect", str(SAMPLES / "county-work-meeting-2-speeches.txt"), "--roles"])
    assert result.exit_code == 0, result.output
    rows = [line.split(None, 2) for line in result.stdout.splitlines()]
    assert rows[0][:2] == ["1", "head"] and rows[1][:2] == ["2", "marker"]
    assert ["5", "salutation", "同志们："] in rows
    assert [int(r[0]) for r in rows] == list(range(1, len(rows) + 1))


def test_inspect_roles_and_why_on_a_page_of_speakers_parts(runner, tmp_path):
    page = tmp_path / "zhaideng.txt"
    page.write_text("座谈会发言摘登\n市人大代表、某某集团董事长 张建华：报告提出要加快发展新质生产力。\n"
                    "主持人：下面请刘芳委员发言。\n市政协委员、市第一人民医院院长 刘芳：我们将持续提升医疗服务水平。\n",
                    encoding="utf-8")
    result = runner.invoke(main, ["inspect", str(page), "--roles"])
    assert result.exit_code == 0, result.output
    assert [line.split(None, 2)[1] for line in result.stdout.splitlines()] == ["head", "speaker", "host", "speaker"]
    result = runner.invoke(main, ["inspect", str(page), "--why", "3"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("line 3: '主持人：下面请刘芳委员发言。' -> host") and "speakers' parts" in result.stdout


def test_inspect_why_gives_the_evidence_and_refuses_a_missing_line(runner):
    sample = str(SAMPLES / "county-work-meeting-2-speeches.txt")
    result = runner.invoke(main, ["inspect", sample, "--why", "2"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("line 2: '在全县乡村振兴工作推进会上的讲话篇1' -> marker")
    assert "page:marker-chain" in result.stdout and "next best:" in result.stdout
    result = runner.invoke(main, ["inspect", sample, "--why", "999"])
    assert result.exit_code == EXIT_CODES["input"]
    assert "--why takes a line number from 1 to" in result.stderr and "Traceback" not in result.output
