"""``speechconv fonts``: the shipped fonts with licence and coverage, and what a document's characters
find in them (fallback per role, no glyph at all), checked against the PDF writer's own warnings."""
from __future__ import annotations

import io
import re

import pytest
from click.testing import CliRunner

import speechconv
from speechconv.cli import main
from speechconv.errors import EXIT_CODES
from speechconv.fontinfo import check_document, hanzi_sets
from speechconv.profile import load_profile

from .conftest import SAMPLES, corpus_file

RARE = "𠀀"  # U+20000, CJK Extension B: outside GBK, so in no shipped font


def test_gb2312_and_gbk_hanzi_are_counted_from_the_codecs():
    gb2312, gbk = hanzi_sets()
    assert (len(gb2312), len(gbk)) == (6763, 20923) and gb2312 < gbk
    assert ord("喆") in gbk and ord("喆") not in gb2312 and ord(RARE) not in gbk


def test_the_list_names_each_font_its_roles_licence_and_coverage():
    result = CliRunner().invoke(main, ["fonts"])
    assert result.exit_code == 0, result.output
    out = result.output.splitlines()
    fang = out.index("fang: FandolFang (FandolFang-Regular.ttf); DOCX office name 仿宋_GB2312")
    roles = out[fang + 1].removeprefix("  roles: ").split(", ")
    assert {"body", "lead", "salutation"} <= set(roles) and "title" not in roles and "fallback" not in roles
    assert out[fang + 2] == "  licence: GPL-3.0 with font exception (LICENSE-Fandol.txt)"
    assert out[fang + 3] == ("  coverage: 8,857 characters; GB2312 hanzi 6,763/6,763 (100.0%); "
                             "GBK hanzi 7,945/20,923 (38.0%)")           # fonts/README.md's numbers
    xbs = out.index("xbs: Noto Serif CJK SC Black (NotoSerifCJKsc-Black-GBK.ttf); DOCX office name 方正小标宋简体")
    assert out[xbs + 1:xbs + 3] == ["  roles: title", "  licence: OFL-1.1 (LICENSE-OFL-NotoSerifCJK.txt)"]
    assert "GBK hanzi 20,923/20,923 (100.0%)" in out[xbs + 3]
    fallback = out.index("fallback: WenQuanYi Micro Hei (WenQuanYiMicroHei-GBK.ttf); DOCX office name 黑体")
    assert out[fallback + 1:fallback + 3] == ["  roles: fallback",
                                              "  licence: Apache-2.0 (LICENSE-Apache-WenQuanYiMicroHei.txt)"]


def test_a_real_page_needs_no_fallback():
    page = corpus_file("11-gwr-2024.txt")
    result = CliRunner().invoke(main, ["fonts", str(page)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert re.fullmatch(rf"{re.escape(str(page))}: [\d,]+ different characters checked against profile gbt9704",
                        lines[0])
    assert lines[1:] == ["no fallback: every character has a glyph in the font of its role",
                         "every character has a glyph in some shipped font"]


@pytest.fixture
def rare_page(tmp_path):
    """The two-speech sample with a heading and a paragraph holding GBK names Fandol lacks, and 𠀀."""
    page = tmp_path / "rare.txt"
    text = (SAMPLES / "county-work-meeting-2-speeches.txt").read_text("utf-8")
    anchor = "  同志们,乡村振兴任务艰巨"                  # the close of the first speech
    added = f"  四、向王喆同志学习\n\n  我们要向王喆、李堃同志学习，把{RARE}字写好。\n\n"
    page.write_text(text.replace(anchor, added + anchor, 1), "utf-8")
    return page


def test_fallback_per_role_and_a_character_no_font_has(rare_page):
    result = CliRunner().invoke(main, ["fonts", str(rare_page)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()[1:]
    assert lines == ["fallback in heading1 (FandolHei): 1 set in WenQuanYi Micro Hei: 喆",
                     "fallback in body (FandolFang): 2 set in WenQuanYi Micro Hei: 喆堃",
                     "blank in body (FandolFang): 1 in neither FandolFang nor WenQuanYi Micro Hei "
                     "(left blank in the PDF): 𠀀 (U+20000)",
                     "no glyph in any shipped font: 𠀀 (U+20000)"]


def test_the_report_agrees_with_the_pdf_writer(rare_page):
    doc = speechconv.read(rare_page)
    check = check_document(doc, load_profile())
    notices = speechconv.write(doc, io.BytesIO(), to="pdf")
    assert {n.text[0] for n in notices if n.code == "missing-glyph"} == set(check.missing) == {RARE}


def test_exit_codes(tmp_path, rare_page):
    runner = CliRunner()
    missing = runner.invoke(main, ["fonts", str(tmp_path / "none.txt")])
    assert missing.exit_code == EXIT_CODES["input"] and missing.stderr.startswith("error: ")
    profile = runner.invoke(main, ["fonts", "--profile", str(tmp_path / "none.toml")])
    assert profile.exit_code == EXIT_CODES["profile"] and "profile file not found" in profile.stderr
    bad = tmp_path / "bad.toml"
    bad.write_text('[fonts.fang]\nfile = "NoSuchFont.ttf"\n', "utf-8")
    for args in (["fonts", "--profile", str(bad)], ["fonts", str(rare_page), "--profile", str(bad)]):
        result = runner.invoke(main, args)
        assert result.exit_code == EXIT_CODES["font"], result.output
        assert result.stderr.count("\n") == 1 and "NoSuchFont.ttf" in result.stderr
