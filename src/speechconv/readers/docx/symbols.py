"""Characters inserted with Word's Insert ▸ Symbol (``<w:sym w:font="Symbol" w:char="F0B4"/>``).

The character code is a position in a symbol font, not Unicode: ``F0xx`` (or ``00xx``) is glyph ``xx``
of the font. The common glyphs of the Symbol and Wingdings fonts are mapped to their Unicode
characters; a code in another font that is a real character (not in the private use area) is kept.
"""
from __future__ import annotations

_GREEK_UPPER = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ"))
_GREEK_LOWER = dict(zip("abcdefghijklmnopqrstuvwxyz", "αβχδεφγηιϕκλμνοπθρστυϖωξψζ"))
_SYMBOL = {0xB4: "×", 0xB8: "÷", 0xB1: "±", 0xA3: "≤", 0xB3: "≥", 0xB9: "≠", 0xA5: "∞", 0xB0: "°",
           0xB7: "•", 0xAE: "→", 0xAC: "←", 0xAD: "↑", 0xAF: "↓", 0xAB: "↔", 0xD6: "√", 0xE5: "∑",
           0xD5: "∏", 0xF2: "∫", 0xB6: "∂", 0xC6: "∅", 0xCE: "∈", 0xC7: "∩", 0xC8: "∪", 0xBB: "≈",
           0xBA: "≡", 0xA2: "′", 0xB2: "″", 0xBC: "…", 0xD7: "·", 0xE0: "◊", 0xA7: "♣", 0xA8: "♦",
           0xA9: "♥", 0xAA: "♠", 0x2D: "−", 0x2A: "∗", 0x22: "∀", 0x24: "∃", 0x27: "∋", 0x40: "≅",
           0x5E: "⊥", 0xC5: "⊕", 0xC4: "⊗", 0xD8: "¬", 0xD9: "∧", 0xDA: "∨", 0xDE: "⇒", 0xDB: "⇔"}
_WINGDINGS = {0x6C: "●", 0x6E: "■", 0x75: "◆", 0xFC: "✔", 0xFB: "✘", 0xFE: "☑", 0xFD: "☒", 0x6F: "□",
              0x71: "❑", 0x76: "❖", 0xD8: "➢", 0xA7: "▪", 0xA8: "◻", 0x4A: "☺", 0x4C: "☹", 0xAB: "★",
              0x9F: "•", 0xA1: "○", 0xE0: "→", 0xDF: "←", 0xE8: "➔", 0x3F: "✍", 0x2A: "✉", 0x28: "☎"}


def symbol_char(font: str | None, code: str | None) -> str | None:
    """Return the Unicode text of a ``w:sym`` (``font``, hexadecimal ``code``), or None when the glyph is
    not one this reader knows (a private-use code in a font other than Symbol or Wingdings)."""
    try:
        value = int(code or "", 16)
    except ValueError:
        return None
    low = value - 0xF000 if 0xF000 <= value <= 0xF0FF else value
    name = (font or "").strip().lower()
    if name == "symbol" and 0 <= low <= 0xFF:
        ch = chr(low)
        return _SYMBOL.get(low) or _GREEK_UPPER.get(ch) or _GREEK_LOWER.get(ch) or (ch if 0x20 <= low < 0x7F else None)
    if name.startswith("wingdings") and 0 <= low <= 0xFF:
        return _WINGDINGS.get(low)
    if 0xE000 <= value <= 0xF8FF or value < 0x20:
        return None
    return chr(value)
