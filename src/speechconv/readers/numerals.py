"""Numbers as documents write them, shared by the readers: list item numbers (HTML, DOCX) and page
numbers (PDF, and text copied out of a paginated document)."""
from __future__ import annotations

import re

_DASHES = "—–\\-－﹣‒―~～·•"
#: A page number as a page prints it: ``— 3 —``, ``- 3 -``, ``第 3 页``, ``第3页 共12页``, ``3/12``,
#: ``Page 3 of 12``, ``共12页 第3页`` (the whole line).
MARKED_PAGE_NUMBER = re.compile(
    rf"^(?:[{_DASHES}]+\s*\d{{1,4}}\s*[{_DASHES}]+"            # — 3 —  - 3 -
    r"|第\s*\d{1,4}\s*页(?:\s*[,，/、]?\s*共\s*\d{1,4}\s*页)?"   # 第 3 页, 第3页 共12页
    r"|\d{1,4}\s*/\s*\d{1,4}"                                  # 3/12
    r"|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?"       # Page 3 of 12
    r"|共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页)$", re.I)


def roman(n: int) -> str:
    """Return ``n`` in upper-case Roman numerals (1 to 3999); other numbers as digits."""
    if not 0 < n < 4000:
        return str(n)
    out = []
    for value, sym in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                       (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)
