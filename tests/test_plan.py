"""The output planner: names, folders, clashes and self-overwrite for convert, batch and uploads."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from speechconv.errors import OutputError
from speechconv.plan import (Claims, FilePlan, check_not_input, make_folder, output_name, parse_formats,
                             plan_tree, plan_uploads, safe_stem)


@pytest.mark.parametrize("to, formats", [
    ("docx", ("docx",)), ("pdf, DOCX,pdf", ("pdf", "docx")), ("markdown,word", ("md", "docx")),
    (["json", ".md"], ("json", "md")),
])
def test_parse_formats(to, formats):
    assert parse_formats(to) == formats


@pytest.mark.parametrize("to, words", [("odt", "unknown output format 'odt'"), (" , ", "name at least one")])
def test_parse_formats_refuses(to, words):
    with pytest.raises(OutputError, match=words):
        parse_formats(to)


def _shown(plan: FilePlan, src: str, parts: int = 1) -> list[str]:
    return [t.shown for t in plan.targets(src, parts)]


@pytest.mark.parametrize("inputs, to, out, split, parts, expected", [
    (1, "docx", None, False, 1, ["d/page.docx"]),                               # beside the input
    (1, "pdf", "x/chosen.pdf", False, 1, ["x/chosen.pdf"]),                     # -o names the file
    (1, "pdf,md", "o", False, 1, ["o/page.pdf", "o/page.md"]),                  # -o names a folder
    (2, "md", "o", False, 1, ["o/page.md"]),
    (1, "md", "o", True, 3, ["o/page-1.md", "o/page-2.md", "o/page-3.md"]),     # --split
    (1, "md", None, True, 1, ["d/page.md"]),                                     # one speech: no number
    (1, "json", "-", False, 1, ["-"]),                                           # standard output
])
def test_convert_names(tmp_path, monkeypatch, inputs, to, out, split, parts, expected):
    monkeypatch.chdir(tmp_path)
    plan = FilePlan.make(inputs, to, out, split)
    assert _shown(plan, "d/page.txt", parts) == expected
    if out not in (None, "-") and (inputs > 1 or "," in to or split):
        assert (tmp_path / out).is_dir()


def test_convert_into_an_existing_folder_named_by_o(tmp_path):
    plan = FilePlan.make(1, "md", tmp_path)
    assert _shown(plan, "page.txt") == [str(tmp_path / "page.md")]


def test_stdout_takes_one_text_format_of_one_input():
    for inputs, to in [(2, "md"), (1, "md,json"), (1, "pdf")]:
        with pytest.raises(OutputError, match="one text format"):
            FilePlan.make(inputs, to, "-")


def test_two_inputs_with_one_output_name_clash_and_the_same_input_is_seen_once(tmp_path):
    a, b = tmp_path / "a" / "page.txt", tmp_path / "b" / "page.txt"
    plan = FilePlan.make(2, "md", tmp_path / "out")
    assert not plan.seen(a)
    assert _shown(plan, str(a)) == [str(tmp_path / "out" / "page.md")]
    assert plan.seen(a) and plan.seen(tmp_path / "a" / ".." / "a" / "page.txt")
    with pytest.raises(OutputError, match="another input of this command already wrote") as err:
        plan.targets(b)
    assert err.value.path == str(b)


def test_an_output_is_never_its_input(tmp_path):
    page = tmp_path / "page.md"
    page.write_text("x", "utf-8")
    plan = FilePlan.make(1, "md", page)
    with pytest.raises(OutputError, match="would replace the input"):
        plan.targets(page)
    assert not plan.seen(page)                             # nothing was claimed
    with pytest.raises(OutputError, match="would replace the input"):
        check_not_input(str(tmp_path / "." / "page.md"), page)
    check_not_input("同志们：\n今天开会。", page)               # text, not a path


def test_a_folder_that_cannot_be_made_is_one_error(tmp_path):
    (tmp_path / "file").write_text("x", "utf-8")
    with pytest.raises(OutputError, match=r"cannot create the output folder \(.*\); choose another -o"):
        FilePlan.make(2, "md", tmp_path / "file" / "out")
    with pytest.raises(OutputError) as err:
        make_folder(tmp_path / "file" / "r", "report.json", "the report's folder", "choose another --report")
    assert str(err.value).startswith("report.json: cannot create the report's folder (")


def _found(root: Path, *names: str) -> list[tuple[str, str]]:
    for name in names:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("x", "utf-8")
    return [(str(root / n), str(root)) for n in names]


def test_tree_mirrors_inputs_and_keeps_a_shared_stem_apart(tmp_path):
    found = _found(tmp_path / "in", "a/x.html", "a/x.txt", "b/y.txt")
    jobs, refused = plan_tree(found, tmp_path / "out", ["pdf", "md"], reserved=[tmp_path / "out" / "b/y.md"])
    assert not refused
    rel = [[os.path.relpath(t.path, tmp_path / "out") for t in j.targets] for j in jobs]
    assert rel == [["a/x.html.pdf", "a/x.html.md"], ["a/x.txt.pdf", "a/x.txt.md"],
                   ["b/y.txt.pdf", "b/y.txt.md"]]                       # b/y.md is reserved


def test_tree_refuses_an_output_through_a_link_and_onto_the_input(tmp_path):
    found = _found(tmp_path / "in", "a/x.txt")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "a").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    jobs, refused = plan_tree(found, tmp_path / "out", ["md"])
    assert not jobs and "would leave the output folder" in refused[0].message
    page = _found(tmp_path / "same", "p.md")
    jobs, refused = plan_tree(page, tmp_path / "same", ["md"])
    assert not jobs and "would overwrite the input" in refused[0].message and refused[0].path == page[0][0]


def test_claims_see_one_file_by_any_path(tmp_path):
    claims = Claims([tmp_path / "report.json"])
    assert claims.taken(tmp_path / "x" / ".." / "report.json")
    claims.claim(tmp_path / "o.md", tmp_path / "in.txt")
    assert claims.taken(str(tmp_path / "o.md")) and claims.has_input(tmp_path / "." / "in.txt")
    assert output_name("讲话", "docx") == "讲话.docx" and output_name("讲话", "pdf", 1) == "讲话-2.pdf"


@pytest.mark.parametrize("name, stem", [
    ("讲话.html", "讲话"), ("../../etc/passwd", "passwd"), ("C:\\Users\\x\\a.b.txt", "a.b"),
    (".bashrc", "bashrc"), ("...", "upload"), ("", "upload"), ("a\x1b[2J\udc80b.txt", "a_[2J_b"),
    ("con<>:|?*.txt", "con_"), ("讲" * 80 + ".html", "讲" * 50),
    # what a browser may send as an upload's name: a Windows path, a line break, a Mac's decomposed é
    ("C:\\Users\\a\\讲话.txt", "讲话"), ("line\nbreak.txt", "line_break"), ("a<b>:c|d?.txt", "a_b_c_d_"),
    ("cafe\u0301.html", "caf\u00e9"), ("..\\.env", "env"),
])
def test_safe_stem(name, stem):
    assert safe_stem(name) == stem


def test_uploads_get_unique_names_inside_the_folder(tmp_path):
    planned = plan_uploads(["a.html", "A.txt", "../a.html", "b.txt"], tmp_path, ["pdf", "md"], [1, 1, 1, 2])
    assert [[t.shown for t in ts] for ts in planned] == [
        ["a.pdf", "a.md"], ["A (2).pdf", "A (2).md"], ["a (3).pdf", "a (3).md"],
        ["b-1.pdf", "b-2.pdf", "b-1.md", "b-2.md"]]
    assert all(Path(t.path).parent == tmp_path for ts in planned for t in ts)
    assert [t.part for t in planned[3]] == [0, 1, 0, 1]
