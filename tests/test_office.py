""".doc, .wps, .odt and .rtf through LibreOffice, then the DOCX reader; and what happens without it.

The files in tests/data/docx-in/ are a colleague's half-formatted draft (tests/docx_build.py's
``draft()``) as a DOCX and as LibreOffice saved it in Word 97 and OpenDocument form; the RTF is written
here. Tests that run LibreOffice are skipped where it is not installed (CI has it).
"""
from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest

import speechconv
from speechconv.errors import InputError
from speechconv.readers.office import PACKAGE, find_soffice, to_docx

DATA = Path(__file__).resolve().parent / "data" / "docx-in"
needs_soffice = pytest.mark.skipif(find_soffice() is None, reason="LibreOffice (soffice) is not installed "
                                   "(apt-get install libreoffice-writer-nogui; .ci/run installs it)")
if find_soffice() is None and os.environ.get("SPEECHCONV_CI"):  # .ci/run: never skipped there
    pytest.fail("CI runs the LibreOffice tests, but soffice is missing; .ci/run installs it", pytrace=False)


def _rtf(paragraphs: list[tuple[str, str]]) -> bytes:
    """Return an RTF document of (paragraph properties, text) pairs, Chinese as \\uN? escapes."""
    def esc(text: str) -> str:
        return "".join(ch if ord(ch) < 128 else f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?"
                       for ch in text)
    body = "".join(f"\\pard{props} {esc(text)}\\par\n" for props, text in paragraphs)
    return ("{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0 SimSun;}}\\fs32\n" + body + "}").encode("ascii")


RTF = _rtf([("\\qc\\b\\fs44", "在全市防汛工作会议上的讲话"), ("\\qc\\b0\\fs32", "（2024年6月3日）"),
            ("", "同志们："), ("\\fi640", "今天召开全市防汛工作会议，主要任务是部署今年的防汛工作。"),
            ("\\b", "一、充分认识防汛工作的严峻形势"), ("\\b0\\fi640", "今年汛期来得早，降雨偏多，各地务必高度重视。"),
            ("\\b", "二、全力抓好各项防汛措施"), ("\\b0\\fi640", "要落实责任，加强巡查，确保安全度汛。"),
            ("\\fi640", "谢谢大家！")])


@needs_soffice
@pytest.mark.parametrize("name, fmt", [("draft.doc", "doc"), ("draft.odt", "odt")])
def test_a_word_97_or_opendocument_draft_is_restyled(name, fmt):
    doc = speechconv.read(DATA / name)
    s = doc.speeches[0]
    assert doc.source.format == fmt and len(doc.speeches) == 1
    assert (s.title, s.subtitle, s.byline, s.date, s.salutation, s.closing) == (
        "在全市安全生产工作会议上的讲话", "——在2024年第一季度安全生产例会上", "市委副书记 王建华", "（2024年3月8日）",
        "同志们：", ("谢谢大家！",))
    leads = [b.runs[0].text for b in s.blocks if hasattr(b, "runs") and b.runs[0].role == "lead"]
    assert leads == ["一是压实党委政府领导责任。", "二是压实部门监管责任。", "三是压实企业主体责任。"]
    heads = [b.label for b in s.blocks if hasattr(b, "level") and b.level <= 2]
    assert heads[:4] == ["一、提高政治站位，切实增强做好安全生产工作的责任感", "二、突出工作重点，全力防范化解重大安全风险",
                         "（一）聚焦重点行业领域", "（二）强化应急处置能力"]
    assert [(d.text, d.reason) for d in doc.dropped] == [("预案数字请再核实。", "docx: comment")]


@needs_soffice
def test_the_opendocument_draft_keeps_the_auto_numbers_of_the_docx():
    """LibreOffice's Word 97 export splits the draft's list (it shows 二、 twice there); its .odt does not."""
    def numbered(path):
        return [b.label for b in speechconv.read(path).speeches[0].blocks if hasattr(b, "level")]
    assert numbered(DATA / "draft.odt") == numbered(DATA / "draft.docx")


@needs_soffice
def test_an_rtf_is_read(tmp_path):
    path = tmp_path / "防汛讲话.rtf"
    path.write_bytes(RTF)
    doc = speechconv.read(path)
    s = doc.speeches[0]
    assert doc.source == speechconv.model.Source("防汛讲话.rtf", "rtf")
    assert (s.title, s.date, s.salutation, s.closing) == ("在全市防汛工作会议上的讲话", "（2024年6月3日）", "同志们：",
                                                          ("谢谢大家！",))
    assert [b.label for b in s.blocks if hasattr(b, "level")] == ["一、充分认识防汛工作的严峻形势", "二、全力抓好各项防汛措施"]


@needs_soffice
def test_a_wps_file_is_read_by_its_content_whatever_its_name(tmp_path):
    path = tmp_path / "讲话稿.wps"
    path.write_bytes((DATA / "draft.doc").read_bytes())
    assert speechconv.read(path).speeches[0].title == "在全市安全生产工作会议上的讲话"


def test_html_and_mhtml_saved_as_doc_go_to_the_html_reader(tmp_path):
    page = "<html><head><title>讲话</title></head><body><p>同志们：</p><p>今天开会，请大家准时参加。</p></body></html>"
    mhtml = ("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"
             "Content-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
             f"{page}\r\n--b--\r\n")
    for name, data in (("a.doc", page.encode("gbk")), ("b.doc", mhtml.encode("utf-8"))):
        (tmp_path / name).write_bytes(data)
        doc = speechconv.read(tmp_path / name)
        assert doc.source.format == "html" and doc.speeches[0].salutation == "同志们：", name


# --- without LibreOffice, and when it misbehaves ------------------------------------------------------

def _fake_soffice(tmp_path: Path, script: str) -> str:
    path = tmp_path / "soffice"
    path.write_text("#!/bin/sh\n" + script)
    path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return str(path)


def test_without_libreoffice_the_error_names_the_package(monkeypatch, tmp_path):
    monkeypatch.setenv("SPEECHCONV_SOFFICE", str(tmp_path / "no-such-soffice"))
    path = tmp_path / "draft.doc"
    path.write_bytes((DATA / "draft.doc").read_bytes())
    with pytest.raises(InputError) as info:
        speechconv.read(path)
    message = str(info.value)
    assert "\n" not in message and message.startswith(f"{path}: this is a Word 97–2003 or WPS document")
    assert f"apt install {PACKAGE}" in message and info.value.exit_code == 3


def test_libreoffice_past_its_time_limit_is_killed_with_its_group(monkeypatch, tmp_path):
    marker = tmp_path / "child.pid"
    # the launcher starts a child that would outlive it, as soffice starts soffice.bin
    monkeypatch.setenv("SPEECHCONV_SOFFICE", _fake_soffice(tmp_path, f"sleep 60 & echo $! > {marker}\nwait\n"))
    start = time.monotonic()
    with pytest.raises(InputError, match=r"LibreOffice took more than 1 s to convert it; the file may be damaged"):
        to_docx(b"{\\rtf1 x}", "rtf", "x.rtf", time_limit=1.0)
    assert time.monotonic() - start < 10
    child = int(marker.read_text())
    time.sleep(0.2)
    assert not Path(f"/proc/{child}").exists() or "Z" in Path(f"/proc/{child}/stat").read_text().split()[2]


def test_a_conversion_that_makes_nothing_says_what_libreoffice_said(monkeypatch, tmp_path):
    record = tmp_path / "args.txt"
    monkeypatch.setenv("SPEECHCONV_SOFFICE", _fake_soffice(
        tmp_path, f'echo "$@" > {record}\necho "Error: source file could not be loaded" >&2\nexit 1\n'))
    with pytest.raises(InputError, match=r"^bad.doc: LibreOffice could not convert it \(Error: source file could "
                                         r"not be loaded\); the file may be damaged"):
        speechconv.read((DATA / "draft.doc").read_bytes(), name="bad.doc")
    args = record.read_text().split()
    profile = next(a for a in args if a.startswith("-env:UserInstallation=file://"))
    assert {"--headless", "--norestore", "--convert-to"} <= set(args)
    folder = Path(profile.split("file://", 1)[1]).parent
    assert not folder.exists(), "the temporary folder (input, profile, output) is removed"


@needs_soffice
def test_the_private_profile_turns_macros_off(monkeypatch, tmp_path):
    seen = tmp_path / "profile.xcu"
    real = find_soffice()
    monkeypatch.setenv("SPEECHCONV_SOFFICE", _fake_soffice(
        tmp_path, f'for a in "$@"; do case "$a" in -env:UserInstallation=file://*) '
                  f'cp "${{a#-env:UserInstallation=file://}}/user/registrymodifications.xcu" {seen};; esac; done\n'
                  f'exec {real} "$@"\n'))
    assert speechconv.read(DATA / "draft.odt").speeches[0].title == "在全市安全生产工作会议上的讲话"
    settings = seen.read_text()
    assert "DisableMacrosExecution" in settings and "<value>true</value>" in settings
    assert "MacroSecurityLevel" in settings
    assert not os.environ.get("SPEECHCONV_SOFFICE", "").startswith(str(DATA))
