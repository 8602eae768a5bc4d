"""decode(): BOM, declared charset, UTF-8, guessing; binary files refused."""
from __future__ import annotations

import pytest

from speechconv.decode import bad_offsets, decode
from speechconv.errors import InputError

TEXT = "同志们：今天我们召开全市工作会议，研究部署下一阶段的重点任务。谢谢大家！"


@pytest.mark.parametrize("data, encoding", [
    (TEXT.encode("utf-8"), "utf-8"),
    (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8"),
    ('<meta charset="gb2312"><p>'.encode() + TEXT.encode("gbk") + b"</p>", "gb18030"),
    ('<meta http-equiv="Content-Type" content="text/html; charset=GBK">'.encode() + TEXT.encode("gbk"), "gb18030"),
    ('<meta charset="gb2312"><p>'.encode() + TEXT.encode("utf-8"), "utf-8"),
    ('<meta charset="big5"><p>'.encode() + "同志們：今天我們召開會議。".encode("big5"), "big5hkscs"),
    ("\ufeff".encode("utf-16-le") + TEXT.encode("utf-16-le"), "utf-16"),
])
def test_decode_finds_the_encoding(data, encoding):
    result = decode(data)
    assert result.encoding == encoding
    assert "今天" in result.text or "今天" in result.text.replace("們", "们")
    assert "\ufffd" not in result.text


def test_undeclared_gbk_is_guessed():
    result = decode((TEXT * 5).encode("gb18030"))
    assert TEXT in result.text


@pytest.mark.parametrize("data, what", [
    (b"", "empty"), (b"  \n\t ", "empty"), (b"%PDF-1.7\n...", "PDF"), (b"\x89PNG\r\n\x1a\n....", "PNG"),
    (b"PK\x03\x04\x14\x00", "ZIP"), (b"\x00\x01\x02\x03binary\x00", "binary"),
])
def test_decode_refuses_non_text(data, what):
    with pytest.raises(InputError, match=what):
        decode(data)


# --- declarations, damaged bytes and notices ---------------------------------------------------------

GBK = TEXT.encode("gbk")


@pytest.mark.parametrize("head", [
    b'<meta content="text/html; charset=gb2312" http-equiv="Content-Type">',
    b"<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=GBK'>",
    b'<meta charset=gbk>',
    b'<?xml version="1.0" encoding="GB2312"?>',
    b'<%@ page language="java" pageEncoding="GBK"%>',
])
def test_every_declaration_form_is_read(head):
    result = decode(head + b"<p>" + GBK)
    assert result.encoding == "gb18030" and TEXT in result.text and not result.notices


def test_gb2312_declared_page_with_a_gb18030_only_character():
    text = "书法家赵孟𫖯的字，今天我们一起欣赏。"
    result = decode(b'<meta charset="gb2312"><p>' + text.encode("gb18030"))
    assert text in result.text and result.encoding == "gb18030"


def test_big5_with_hkscs_and_cp950_characters():
    text = "各位同學：今天我們在這裡舉行畢業典禮。"
    assert text in decode(b'<meta charset="big5">' + text.encode("big5")).text
    assert text in decode(b'<meta charset="big5">' + text.encode("cp950")).text


def test_gbk_page_that_declares_latin1_is_still_chinese():
    result = decode(b'<meta charset="iso-8859-1"><p>' + GBK * 3)
    assert result.encoding == "gb18030" and TEXT in result.text


def test_latin1_page_that_says_so_stays_latin1():
    result = decode(b'<meta charset="iso-8859-1"><p>caf\xe9 na\xefve r\xe9sum\xe9 \xa9 2020</p>')
    assert "café naïve résumé ©" in result.text


@pytest.mark.parametrize("head", [b'<meta charset="gbk"><p>', b""])
def test_damaged_gbk_keeps_its_encoding_and_reports_the_offset(head):
    data = head + GBK[:10] + b"\xff" + GBK[10:]
    result = decode(data)
    assert result.encoding == "gb18030"
    assert result.text.count("\ufffd") == 1
    assert TEXT[:5] in result.text and TEXT[-5:] in result.text
    assert [n.code for n in result.notices] == ["broken-bytes"]
    assert f"offset {len(head) + 10}" in result.notices[0].text


def test_truncated_gbk_page_is_not_read_as_a_single_byte_code_page():
    result = decode(b'<meta charset="gbk"><p>' + GBK[:-1])
    assert result.encoding == "gb18030" and TEXT[:-1] in result.text
    assert result.notices and result.notices[0].code == "broken-bytes"


def test_damaged_utf8_under_a_gb2312_meta_is_utf8():
    data, head = TEXT.encode(), b'<meta charset="gb2312"><p>'
    result = decode(head + data[:6] + b"\xff" + data[6:])
    assert result.encoding == "utf-8" and TEXT[2:] in result.text
    assert f"offset {len(head) + 6}" in result.notices[0].text


def test_damaged_bytes_after_a_bom_report_file_offsets():
    data = TEXT.encode()
    result = decode(b"\xef\xbb\xbf" + data[:6] + b"\xff" + data[6:])
    assert result.encoding == "utf-8"
    assert "offset 9" in result.notices[0].text
    assert not result.text.startswith("\ufeff")


def test_replacement_characters_already_in_the_file_are_reported():
    result = decode(("前文\ufffd后文，" + TEXT).encode("utf-8"))
    assert [n.code for n in result.notices] == ["replacement-char"]
    assert "offset 6" in result.notices[0].text


def test_many_damaged_sequences_are_counted_and_the_first_five_placed():
    head = b'<meta charset="gbk"><p>'
    data = head + b"\xff".join([GBK] * 8)          # 7 bad bytes, one after each copy but the last
    result = decode(data)
    first = [len(head) + i * (len(GBK) + 1) + len(GBK) for i in range(5)]
    assert result.notices[0].text == (f"7 undecodable byte sequence(s) in gb18030 at byte offset "
                                      f"{', '.join(map(str, first))} …")
    assert result.text.count("\ufffd") == 7


def test_a_replacement_character_in_the_file_is_not_counted_as_a_damaged_byte():
    head = b'<meta charset="utf-8"><p>'
    data = head + TEXT[:3].encode() + b"\xff" + "\ufffd".encode() + TEXT[3:].encode()
    result = decode(data)
    assert result.notices[0].text.startswith(f"1 undecodable byte sequence(s) in utf-8 at byte offset "
                                             f"{len(head) + 9}")
    assert result.text.count("\ufffd") == 2


def test_offsets_in_a_stateful_encoding_follow_its_shift_state():
    # HZ: "~{" switches to two-byte GB mode. The byte 0x80 is bad there; after it the decoder is still in
    # GB mode, so the pair "! " is bad too (in ASCII mode it would be fine): offsets as a codec error
    # handler reports them.
    gb = lambda text: bytes(b & 0x7F for b in text.encode("gb2312"))  # noqa: E731 - HZ's 7-bit GB bytes
    data = b"~{" + gb("同志") + b"\x80" + gb("们") + b"! " + gb("好") + b"~}ok"
    assert bad_offsets(data, "hz") == [6, 9, 10]
    assert bad_offsets(data, "hz", most=1) == [6]
    assert bad_offsets(gb("同志"), "hz") == []


@pytest.mark.parametrize("encoding", ["utf-8", "gbk", "gb18030", "big5"])
def test_clean_text_never_gets_a_replacement_character(encoding):
    text = TEXT if encoding != "big5" else "同志們：今天我們召開會議，研究部署工作。謝謝大家！"
    result = decode(text.encode(encoding))
    assert "\ufffd" not in result.text and not result.notices
