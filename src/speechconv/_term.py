"""Text made safe to print on a terminal: what the command line shows of file names and page text.

A hostile page or file name may hold control characters (an ESC sequence can clear a terminal or
fake output), line breaks (a second "error:" line), or lone surrogates (a file name that is not
UTF-8, which a strict standard output cannot encode). They are shown as escapes instead.
"""
from __future__ import annotations

import re

_UNSAFE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    """Return the visible escape of one unsafe character (``\\x1b``, ``\\n``, ``\\udc80``)."""
    ch = match.group()
    if ch == "\n":
        return "\\n"
    if ch == "\r":
        return "\\r"
    return f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"


def printable(text: str) -> str:
    """Return ``text`` on one line with control characters, line separators and lone surrogates
    shown as backslash escapes; other text (tabs included) is left as it is."""
    return _UNSAFE.sub(_escape, text)
