"""decode(): BOM, declared charset, UTF-8, guessing; binary files refused."""
from __future__ import annotations

import pytest

from speechconv.decode import decode
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
