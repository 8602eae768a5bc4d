"""Numbers written as a list numbers its items, shared by the readers that number lists (HTML, DOCX)."""
from __future__ import annotations


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
