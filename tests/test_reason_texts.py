"""The web page's Chinese for every removal reason and warning code the code can record (i18n.js).

The reasons are found in the code itself, not copied into the test: every string in ``src/speechconv`` that
opens with a stage's name and a colon (``boilerplate: editor note``; the stages are the passes and the
readers), the reasons of the boilerplate rule table, and the f-string templates (``structure: a second {}
(the first stands)``) with the names their ``{}`` takes. The warning codes are the first arguments of
``Notice(…)`` and ``.warn(…)``/``.notice(…)`` calls, or of a table such a call loops over. Each must have
its row in i18n.js (REASONS, REASON_TEMPLATES and REASON_PARTS, WARNINGS), and each row must be one of them
(no stale rows). That the page's lookup uses the rows is test_server_browser's part.
"""
from __future__ import annotations

import ast
import json
import re
import warnings
from functools import cache
from pathlib import Path

import pytest

import speechconv
from speechconv.passes import PASSES
from speechconv.passes.boilerplate import RULES
from speechconv.passes.structure import ONE_PER_SPEECH
from speechconv.readers import READERS

SRC = Path(speechconv.__file__).parent
STATIC = SRC / "server" / "static"
TESTS = Path(__file__).parent
#: The stages whose names open a reason (``boilerplate: …``, ``html: …``).
STAGES = tuple(PASSES) + tuple(r.name for r in READERS)
#: Templates whose ``{}`` is a whole reason's words: they build reasons listed elsewhere (``_rule``).
BUILDERS = {"boilerplate: {}": {r.reason for r in RULES}}
#: Templates -> the names their ``{}`` takes. A new template fails the test until its names are given here.
FILLS = {"structure: {} said again": ONE_PER_SPEECH, "structure: a second {} (the first stands)": ONE_PER_SPEECH}
#: A warning code's shape (lossy-char, pdf-page-without-text).
CODE = re.compile(r"[a-z0-9]+(-[a-z0-9]+)+")


def _reason_shape(text: str) -> bool:
    return any(text.startswith(f"{stage}: ") for stage in STAGES)


@cache
def _modules() -> list[tuple[Path, ast.Module]]:
    with warnings.catch_warnings():     # a docstring's invalid escape is the module's business, not this test's
        warnings.simplefilter("ignore", SyntaxWarning)
        warnings.simplefilter("ignore", DeprecationWarning)
        return [(p, ast.parse(p.read_text("utf-8"), str(p))) for p in sorted(SRC.rglob("*.py"))]


@cache
def code_reasons() -> tuple[frozenset[str], frozenset[str]]:
    """Return the reasons the code can record: (whole reasons, f-string templates with ``{}`` slots)."""
    whole: set[str] = set()
    templates: set[str] = set()
    for _, tree in _modules():
        fstrings = [n for n in ast.walk(tree) if isinstance(n, ast.JoinedStr)]
        pieces = {id(v) for n in fstrings for v in n.values}    # an f-string's literal pieces are no reasons
        for node in fstrings:
            text = "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
            if _reason_shape(text):
                templates.add(text)
        whole |= {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
                  and _reason_shape(n.value) and id(n) not in pieces}
    for template in templates & set(BUILDERS):
        whole |= BUILDERS[template]
    return frozenset(whole), frozenset(templates - set(BUILDERS))


def _is_notice_call(node: ast.AST) -> bool:
    """Return True for ``Notice(code, text, …)`` and ``x.warn(code, text, …)``/``x.notice(…)`` (not
    ``Document.warn(notices)``, which passes notices made elsewhere on)."""
    func = getattr(node, "func", None)
    return isinstance(node, ast.Call) and len(node.args) >= 2 and (
        getattr(func, "id", None) == "Notice" or getattr(func, "attr", None) in ("warn", "notice"))


def _looped_codes(tree: ast.Module, name: str) -> set[str] | None:
    """Return the codes a ``for …, name, … in TABLE`` loop takes from a module-level table, or None."""
    tables = {t.id: n.value for n in tree.body if isinstance(n, ast.Assign) for t in n.targets
              if isinstance(t, ast.Name)}
    for loop in ast.walk(tree):
        if not (isinstance(loop, ast.For) and isinstance(loop.target, ast.Tuple)
                and isinstance(loop.iter, ast.Name) and loop.iter.id in tables):
            continue
        names = [getattr(e, "id", None) for e in loop.target.elts]
        if name in names:
            rows = tables[loop.iter.id].elts
            return {row.elts[names.index(name)].value for row in rows}
    return None


@cache
def code_warnings() -> frozenset[str]:
    """Return the warning codes the code can record."""
    codes: set[str] = set()
    for path, tree in _modules():
        params = {a.arg for f in ast.walk(tree) if isinstance(f, ast.FunctionDef) for a in f.args.args}
        for node in filter(_is_notice_call, ast.walk(tree)):
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                if CODE.fullmatch(first.value):      # warnings.warn("a sentence") is no notice
                    codes.add(first.value)
            elif isinstance(first, ast.Name) and (looped := _looped_codes(tree, first.id)) is not None:
                codes |= looped
            else:
                assert isinstance(first, ast.Name) and first.id in params, \
                    f"{path}:{node.lineno}: a warning code this test cannot follow; give it as a literal or a table"
    return frozenset(codes)


def js_table(name: str, source: str | None = None) -> dict[str, str]:
    """Return the ``const NAME = {…};`` table of i18n.js as a dict; fail on anything but ``"key": "text"``."""
    source = source if source is not None else (STATIC / "i18n.js").read_text("utf-8")
    m = re.search(rf"^const {name} = \{{(.*?)\}};$", source, re.S | re.M)
    assert m, f"i18n.js has no table {name}"
    string = r'"(?:[^"\\]|\\.)*"'
    pairs = re.findall(rf"({string})\s*:\s*({string})", m.group(1))
    rest = re.sub(rf"{string}\s*:\s*{string}|//[^\n]*|[\s,]", "", m.group(1))
    assert rest == "", f"{name} has something that is not a quoted key and text: {rest[:80]!r}"
    table = {json.loads(k): json.loads(v) for k, v in pairs}
    assert len(table) == len(pairs), f"{name} has a key twice"
    return table


def page_reasons() -> set[str]:
    """Return the reasons the page itself records (``removed by hand``)."""
    return {m for p in STATIC.glob("*.js") for m in re.findall(r'reason: "([^"]+)"', p.read_text("utf-8"))}


def test_the_collector_finds_the_reasons_of_the_rule_table_and_of_each_stage():
    whole, templates = code_reasons()
    assert {r.reason for r in RULES} <= whole
    assert {"html: hidden text", "docx: footnote", "pdf: page number", "markdown: front matter",
            "text: underline of a heading", "split: host's words between speeches", "structure: title repeated",
            "boilerplate: news report after the speech", "boilerplate: credits after the speech"} <= whole
    assert templates == set(FILLS)
    assert not any("{}" in r or r.endswith(": ") for r in whole)
    assert len(whole) > 100


def test_the_reasons_the_tests_expect_are_all_found():
    """Every reason another test expects a pass or reader to record (a rule row, a case's dropped_reasons)
    is one the collector found: the collector sees what the code records at run time."""
    whole, templates = code_reasons()
    made = whole | {t.format(v) for t in templates for v in FILLS[t]}
    expected = set()
    for case in json.loads((TESTS / "data" / "structure" / "cases.json").read_text("utf-8")):
        expected |= set(case["expect"].get("dropped_reasons", []))
    for path in (TESTS / "data" / "html").glob("*.expected.json"):
        expected |= set(json.loads(path.read_text("utf-8")).get("dropped_reasons_include", []))
    for path in set(TESTS.glob("test_*.py")) - {Path(__file__)}:
        expected |= {n.value for n in ast.walk(ast.parse(path.read_text("utf-8")))
                     if isinstance(n, ast.Constant) and isinstance(n.value, str) and _reason_shape(n.value)
                     and not n.value.endswith(": ")}       # test_faults looks for the prefix alone
    assert len(expected) > 90
    assert sorted(expected - made) == []


def test_every_reason_has_its_chinese():
    whole, templates = code_reasons()
    reasons, patterns, parts = js_table("REASONS"), js_table("REASON_TEMPLATES"), js_table("REASON_PARTS")
    assert sorted(whole - set(reasons)) == []
    assert sorted(templates - set(patterns)) == []
    assert sorted({v for t in templates for v in FILLS[t]} - set(parts)) == []


def test_no_row_is_stale():
    whole, templates = code_reasons()
    reasons, patterns, parts = js_table("REASONS"), js_table("REASON_TEMPLATES"), js_table("REASON_PARTS")
    assert sorted(set(reasons) - whole - page_reasons()) == []
    assert sorted(set(patterns) - templates) == []
    assert sorted(set(parts) - {v for t in templates for v in FILLS[t]}) == []
    assert page_reasons() == {"removed by hand"}


@pytest.mark.parametrize("table", ["REASONS", "REASON_TEMPLATES", "REASON_PARTS", "WARNINGS"])
def test_the_rows_are_chinese(table):
    for key, text in js_table(table).items():
        assert re.search(r"[\u4e00-\u9fff]", text), (key, text)
        assert not re.search(r"[A-Za-z]", re.sub(r"Word|PDF|GB2312|NUL", "", text)), (key, text)  # no English left
        assert text.count("{}") == key.count("{}"), (key, text)


def test_every_warning_code_has_its_chinese_and_no_row_is_stale():
    codes, rows = code_warnings(), js_table("WARNINGS")
    assert {"lossy-char", "table-flattened", "object-dropped", "missing-glyph"} <= codes
    assert sorted(codes - set(rows)) == []
    assert sorted(set(rows) - codes) == []


def test_a_missing_row_fails():
    """Deleting a row from REASONS makes the check fail (the table parser sees the rows one by one)."""
    source = (STATIC / "i18n.js").read_text("utf-8")
    cut = source.replace('"split: host\'s words between speeches": "主持人串词",', "")
    assert cut != source
    whole, _ = code_reasons()
    assert "split: host's words between speeches" not in whole - set(js_table("REASONS"))
    assert "split: host's words between speeches" in whole - set(js_table("REASONS", cut))
    with pytest.raises(AssertionError, match="something that is not"):
        js_table("REASONS", source.replace('"removed by hand": "手动删除"', "removedByHand: '手动删除'"))
