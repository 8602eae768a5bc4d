"""Bytes to text: BOM, then a declared charset (HTML meta / http-equiv / XML declaration / JSP page
directive), then UTF-8 validity, then charset-normalizer.

- A declared gb2312/gbk is decoded as gb18030 (its superset), big5 as big5hkscs (then cp950).
- Bytes that are valid UTF-8 are UTF-8 even when the page declares gb2312 (Word-exported and re-saved
  pages do this); a pure-ASCII page is reported as UTF-8.
- U+FFFD appears in the text only when the bytes really are broken (no candidate encoding explains them
  all). The encoding that explains the most bytes is used, and a ``broken-bytes`` notice gives the byte
  offset of the first bad sequences. A U+FFFD already present in the source gives a ``replacement-char``
  notice.
- Files that are not text (PDF, images, archives, office documents) are refused and a single-file web
  page (MHTML) is unwrapped first; both are recognised by :mod:`speechconv.sniff`, which also tells
  UTF-16/32 without a byte-order mark by where its zero bytes fall.
- NUL characters are removed from the text with a ``stray-nul`` notice (a text file holds none: a few
  stray NUL bytes are damage, not a reason to refuse the file).

Decoding keeps no state between calls: undecodable bytes are found by catching UnicodeDecodeError here,
not by a codec error handler registered for the whole process. This is the only module that uses
charset-normalizer.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from .errors import InputError
from .model import Notice
from .sniff import mhtml_page, sniff_kind, wide_encoding

#: Byte-order marks: (BOM, codec for the bytes after it, encoding name reported).
_BOMS = ((codecs.BOM_UTF8, "utf-8", "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
         (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"), (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"))
#: Where a page may declare its encoding: <meta charset>, <meta http-equiv content="…; charset=…">,
#: <?xml … encoding="…"?>, and a JSP page directive (charset= or pageEncoding=).
_DECLARED = re.compile(
    rb"""<meta\b[^>]{0,300}?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{2,40})"""
    rb"""|<\?xml\b[^>]{0,100}?\bencoding\s*=\s*["']\s*([A-Za-z0-9_.:\-]{2,40})"""
    rb"""|<%@[^>]{0,300}?\b(?:charset|pageEncoding)\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{2,40})""", re.I)
#: How far into the file a declaration is looked for (Word pages put a long <style> after it).
DECLARATION_WINDOW = 16384
#: Declared name (lower case) -> encodings to try, in order; each strict decode must succeed.
_FAMILIES = {
    "gb2312": ("gb18030",), "gbk": ("gb18030",), "x-gbk": ("gb18030",), "gb_2312-80": ("gb18030",),
    "gb_2312": ("gb18030",), "cp936": ("gb18030",), "ms936": ("gb18030",), "windows-936": ("gb18030",),
    "euc-cn": ("gb18030",), "hz-gb-2312": ("hz", "gb18030"), "gb18030": ("gb18030",),
    "big5": ("big5hkscs", "cp950"), "big5-hkscs": ("big5hkscs", "cp950"), "x-x-big5": ("big5hkscs", "cp950"),
    "cp950": ("cp950", "big5hkscs"), "ms950": ("cp950", "big5hkscs"),
    "iso-8859-1": ("cp1252",), "latin-1": ("cp1252",), "latin1": ("cp1252",), "us-ascii": ("utf-8",),
    "ascii": ("utf-8",), "windows-1252": ("cp1252",),
    "shift_jis": ("cp932",), "sjis": ("cp932",), "euc-kr": ("cp949",),
    "utf-16": ("utf-8",), "utf-16le": ("utf-8",), "utf-16be": ("utf-8",), "utf-32": ("utf-8",),
}
#: Declared single-byte Western encodings: they decode any bytes, so a Chinese page that wrongly
#: declares one is checked against charset-normalizer's guess.
_WESTERN = frozenset({"cp1252", "latin-1", "iso8859-1"})
#: Encodings tried last when bytes are broken: the one that explains the most bytes wins.
_FALLBACKS = ("utf-8", "gb18030", "big5hkscs")
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030", "big5": "big5hkscs",
              "ascii": "utf-8", "latin-1": "cp1252", "iso8859-1": "cp1252"}
_BROKEN_HINT = ("these bytes are not valid in the page's encoding and show as U+FFFD (\ufffd); "
                "the file may be truncated or damaged: check those places against the original")


@dataclass(frozen=True)
class Decoded:
    """Decoded text, the name of the encoding used, and notices about broken bytes (if any)."""

    text: str
    encoding: str
    notices: tuple[Notice, ...] = ()


def _canonical(name: str) -> str | None:
    """Return Python's codec name for ``name``, or None when Python has no such codec."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def declared_encoding(head: bytes) -> str | None:
    """Return the encoding name (lower case, as written) that a page declares in ``head``, or None."""
    m = _DECLARED.search(head)
    if not m:
        return None
    return next(g for g in m.groups() if g).decode("ascii").lower().strip("-_.:")


def _candidates(declared: str | None) -> tuple[str, ...]:
    """Return the codecs to try strictly for a declared encoding (empty when none is usable)."""
    if not declared:
        return ()
    if declared in _FAMILIES:
        return _FAMILIES[declared]
    name = _canonical(declared)
    if name is None:
        return ()
    return (_SUPERSETS.get(name, name),)


def _strict(data: bytes, encoding: str) -> str | None:
    """Return ``data`` decoded strictly with ``encoding``, or None when a byte does not fit."""
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _lenient(data: bytes, encoding: str) -> tuple[str, int]:
    """Return ``data`` decoded with one U+FFFD for each undecodable byte sequence, and how many there were.

    A U+FFFD that the bytes themselves encode is not counted: decoding with ``ignore`` keeps only those.
    """
    text = data.decode(encoding, "replace")
    return text, text.count("\ufffd") - data.decode(encoding, "ignore").count("\ufffd")


def bad_offsets(data: bytes, encoding: str, most: int = 5) -> list[int]:
    """Return the byte offsets where the first ``most`` undecodable sequences of ``data`` start.

    ``data`` is decoded strictly and each UnicodeDecodeError caught here; decoding goes on after the bad
    bytes in the state the decoder had reached (a stateful encoding's shift mode), as a codec error
    handler would.
    """
    decoder = codecs.getincrementaldecoder(encoding)()
    offsets: list[int] = []
    pos = 0
    while len(offsets) < most:
        state = decoder.getstate()
        try:
            decoder.decode(data[pos:], True)
            break
        except UnicodeDecodeError as exc:
            offsets.append(pos + exc.start)
            decoder.setstate(state)
            decoder.decode(data[pos:pos + exc.start])
            decoder.setstate((b"", decoder.getstate()[1]))
            pos += exc.end
    return offsets


def _lenient_best(data: bytes, names: list[str]) -> tuple[str, int, str] | None:
    """Return (text, bad sequences, encoding) of the lenient decoding with the lowest share of bad sequences.

    The share is bad sequences per non-ASCII character decoded, so that UTF-8 bytes read as GB18030 (which
    mostly "decode" into rare characters) do not beat UTF-8 with a few damaged bytes. Ties go to the
    earlier name.
    """
    best: tuple[float, str, int, str] | None = None
    for name in dict.fromkeys(names):
        if _canonical(name) is None:
            continue
        text, bad = _lenient(data, name)
        wide = sum(1 for ch in text if ord(ch) > 127) or 1
        share = bad / wide
        if best is None or share < best[0]:
            best = (share, text, bad, name)
    return best[1:] if best else None


def _nearly(best: tuple[str, int, str]) -> bool:
    """Return True when a lenient decoding has only a few bad sequences (at most 1 in 50 characters)."""
    text, bad, _ = best
    wide = sum(1 for ch in text if ord(ch) > 127)
    return bad <= max(1, wide // 50)


def _broken(data: bytes, best: tuple[str, int, str], bom: tuple[bytes, str] | None = None) -> Decoded:
    """Return a lenient decoding of ``data`` with a ``broken-bytes`` notice giving the offsets of the first
    bad bytes. ``bom`` is the byte-order mark before ``data`` in the file and the codec of the bytes
    after it (the encoding in ``best`` is then the name reported)."""
    text, bad, name = best
    if not bad:
        return Decoded(text, name)
    skipped, codec = (len(bom[0]), bom[1]) if bom else (0, name)
    offsets = [o + skipped for o in bad_offsets(data, codec)]
    where = ", ".join(str(o) for o in offsets) + (" …" if bad > len(offsets) else "")
    notice = Notice("broken-bytes", f"{bad} undecodable byte sequence(s) in {name} at byte offset {where}",
                    _BROKEN_HINT)
    return Decoded(text, name, (notice,))


def _with_source_fffd(decoded: Decoded, data: bytes) -> Decoded:
    """Return ``decoded`` with a notice when the source itself holds U+FFFD characters."""
    index = decoded.text.find("\ufffd")
    if index < 0 or decoded.notices:
        return decoded
    try:
        offset = len(decoded.text[:index].encode(decoded.encoding))
    except (UnicodeEncodeError, LookupError):
        offset = index
    notice = Notice("replacement-char",
                    f"{decoded.text.count(chr(0xFFFD))} U+FFFD character(s) in the file itself, first at byte "
                    f"offset {offset}", "the page was already damaged when saved: the lost characters "
                    "cannot be recovered from this file")
    return Decoded(decoded.text, decoded.encoding, decoded.notices + (notice,))


def decode(data: bytes) -> Decoded:
    """Return ``data`` decoded to text, with the encoding used and notices about broken bytes.

    A single-file web page (.mht) is unwrapped to its HTML part first. Raises InputError for empty
    input or a known binary format.
    """
    if not data.strip():
        raise InputError("the file is empty; give a saved web page (.html) or a text file (.txt)")
    kind = sniff_kind(data)
    if kind:
        raise kind.refusal()
    page = mhtml_page(data)
    if page is not None:
        data, charset = page
        return _without_nuls(_with_source_fffd(_decode(data, charset.lower() if charset else None), data), data)
    wide = wide_encoding(data)
    if wide is not None:                     # UTF-16/32 without a byte-order mark, told by its zero bytes
        return _without_nuls(Decoded(data.decode(wide), wide.rsplit("-", 1)[0]), b"")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)):  # and UTF-32-LE
        return _without_nuls(_with_source_fffd(_decode(data), data), b"")
    clean = data.replace(b"\x00", b"")       # stray NULs: they only mislead the encoding guess
    decoded = _with_source_fffd(_decode(clean), clean)
    return _without_nuls(decoded, data, data.count(0))


def _without_nuls(decoded: Decoded, data: bytes, removed: int = 0) -> Decoded:
    """Return ``decoded`` without NUL characters, with a ``stray-nul`` notice saying how many there
    were (``removed`` bytes taken out of ``data`` before decoding, or characters in the text) and where
    the first was (a byte offset in ``data`` when it is given)."""
    count = removed + decoded.text.count("\x00")
    if not count:
        return decoded
    first = data.find(b"\x00")
    where = f"byte offset {first}" if first >= 0 else f"character {decoded.text.find(chr(0)) + 1}"
    notice = Notice("stray-nul", f"{count} NUL byte(s) removed, the first at {where}",
                    "a text file holds no NUL bytes: the file was padded or damaged; check the text around "
                    "that place")
    return Decoded(decoded.text.replace("\x00", ""), decoded.encoding, decoded.notices + (notice,))


def _decode(data: bytes, declared: str | None = None) -> Decoded:
    """Return ``data`` decoded (see :func:`decode`), without the source-U+FFFD check.

    ``declared`` is an encoding named outside the bytes (a MIME part's charset); by default the page's
    own declaration is used.
    """
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            text = _strict(data[len(bom):], codec)
            if text is not None:
                return Decoded(text, name)
            body = data[len(bom):]
            return _broken(body, (*_lenient(body, codec), name), (bom, codec))
    text = _strict(data, "utf-8")
    if text is not None:
        return Decoded(text, "utf-8")
    candidates = _candidates(declared or declared_encoding(data[:DECLARATION_WINDOW]))
    mixed = _mixed(data, [c for c in candidates if c not in _WESTERN] + ["gb18030", "big5hkscs"])
    if mixed is not None:
        return mixed
    western = bool(candidates) and candidates[0] in _WESTERN
    if candidates and not western:
        for name in candidates:
            text = _strict(data, name)
            if text is not None:
                return Decoded(text, name)
        best = _lenient_best(data, list(candidates))
        if best and _nearly(best):
            return _broken(data, best)  # the declared encoding with a few damaged bytes
    guessed = _guess(data)
    if guessed and _cjk(guessed.encoding):
        return guessed
    if western:
        text = _strict(data, candidates[0])
        if text is not None:
            return Decoded(text, candidates[0])
    best = _lenient_best(data, [c for c in candidates if not western] + list(_FALLBACKS))
    assert best is not None
    if guessed and not _nearly(best):
        return guessed  # a Western page that does not say so
    return _broken(data, best)


#: UTF-8 lines of a file must hold at least this many characters from U+0800 up (three-byte
#: sequences: Chinese characters and punctuation) before the file is read as mixed: GBK bytes form
#: such sequences only by rare chance.
MIXED_MIN_WIDE = 4


def _mixed(data: bytes, others: list[str]) -> Decoded | None:
    """Return ``data`` decoded line by line when it is UTF-8 pieced together with lines in one of
    ``others`` (a GBK article in a UTF-8 page), with a ``mixed-encodings`` notice; else None.

    A line is UTF-8 when it decodes strictly as UTF-8 and holds a character from U+0800 up; every
    other non-ASCII line must decode strictly in the same other encoding. None unless both kinds of
    line are present and the UTF-8 lines hold :data:`MIXED_MIN_WIDE` such characters.
    """
    lines = data.split(b"\n")           # no multi-byte character of these encodings holds a 0x0A byte
    utf8: dict[int, str] = {}
    for i, line in enumerate(lines):
        text = None if line.isascii() else _strict(line, "utf-8")
        if text is not None and max(text) >= "\u0800":
            utf8[i] = text
    rest = [i for i, line in enumerate(lines) if i not in utf8 and not line.isascii()]
    wide = sum(1 for t in utf8.values() for ch in t if ch >= "\u0800")
    if not rest or wide < MIXED_MIN_WIDE:
        return None
    for name in dict.fromkeys(others):
        decoded = {i: _strict(lines[i], name) for i in rest}
        if all(t is not None for t in decoded.values()):
            text = "\n".join(utf8.get(i) or decoded.get(i) or line.decode("ascii")
                             for i, line in enumerate(lines))
            return Decoded(text, f"utf-8+{name}", (_mixed_notice(rest, name),))
    return None


def _mixed_notice(lines: list[int], name: str) -> Notice:
    """Return the notice saying which lines (0-based indexes) were read in encoding ``name``."""
    shown = ", ".join(str(i + 1) for i in lines[:5]) + (" …" if len(lines) > 5 else "")
    return Notice("mixed-encodings", f"{len(lines)} line(s) in {name} (line {shown}), the rest in UTF-8",
                  "the file was pieced together from parts saved in different encodings; each line was "
                  "read in the encoding that fits it: check the text")


def _cjk(encoding: str) -> bool:
    """Return True for a Chinese, Japanese or Korean multi-byte encoding name."""
    return bool(re.search(r"gb|big5|950|936|hz|euc|jis|932|949|johab|kr", encoding, re.I))


#: What charset-normalizer may answer: Chinese encodings and the Western ones pages wrongly declare.
#: (Japanese and Korean codecs are left out: short GBK text often "decodes" as Shift_JIS or EUC-KR.)
_GUESSABLE = ["utf_8", "gb18030", "big5", "big5hkscs", "cp950", "cp1252", "latin_1"]


def _guess(data: bytes) -> Decoded | None:
    """Return ``data`` decoded with charset-normalizer's first guess that decodes it strictly, or None."""
    from charset_normalizer import from_bytes

    for match in list(from_bytes(data, cp_isolation=_GUESSABLE))[:4]:
        name = _canonical(match.encoding.replace("_", "-")) or match.encoding
        name = _SUPERSETS.get(name, name)
        text = _strict(data, name)
        if text is not None:
            return Decoded(text, name)
    return None
