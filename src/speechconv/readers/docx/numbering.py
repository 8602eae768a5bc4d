"""Word auto-numbering (numbering.xml) turned into the number a reader sees (``一、`` ``（一）`` ``1.``).

A numbered paragraph names a numbering instance (``w:numId``) and a level (``w:ilvl``); the instance
points at an abstract definition whose level gives the start value, the number format (``decimal``,
``chineseCounting``, ``ideographTraditional``…) and the text pattern (``%1、``, ``（%1）``, ``%1.%2``).
Counting follows Word: instances of the same abstract definition share their counters, a level restarts
when a higher level is used (unless ``w:lvlRestart`` says otherwise), a level used before its parents
starts them at their start value (so the parent's first item after it is the second), and an instance's
``w:lvlOverride/w:startOverride`` restarts its level the first time the instance is used. Bullets give no
number (their glyph is not text).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from ..numerals import roman as _roman
from .xml import Element, w, wval

_CN_DIGITS = "〇一二三四五六七八九"
_CN_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_DIZHI = "子丑寅卯辰巳午未申酉戌亥"


def _cn(n: int, digits: str = _CN_DIGITS, units: str = "十百千") -> str:
    """Return ``n`` counted in Chinese (一 十一 二十 一百零五 一千二百); 0 is 〇 (or 零)."""
    if n <= 0:
        return digits[0]
    if n >= 10000:
        return str(n)
    parts, zero = [], False
    for power, unit in ((1000, units[2]), (100, units[1]), (10, units[0]), (1, "")):
        d = n // power % 10
        if d == 0:
            zero = bool(parts)
            continue
        if zero:
            parts.append("零")                       # 一百零五 (a lone 0 is 〇)
            zero = False
        short = d == 1 and power == 10 and not parts and digits is _CN_DIGITS   # 十一, but 壹拾壹
        parts.append(("" if short else digits[d]) + unit)
    return "".join(parts)


def _enclosed(n: int, ranges: tuple[tuple[int, int, int], ...]) -> str:
    """Return ``n`` as an enclosed-number character from ``ranges`` (first n, last n, code point of
    the first), or as decimal beyond them."""
    for first, last, code in ranges:
        if first <= n <= last:
            return chr(code + n - first)
    return str(n)


def _letter(n: int) -> str:
    """Return Word's letter number: A…Z, then AA, BB…"""
    if n <= 0:
        return str(n)
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)


_FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalHalfWidth": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": lambda n: "".join(chr(ord(c) + 0xFEE0) for c in str(n)),
    "decimalFullWidth2": lambda n: "".join(chr(ord(c) + 0xFEE0) for c in str(n)),
    "chineseCounting": _cn,
    "chineseCountingThousand": _cn,
    "taiwaneseCounting": _cn,
    "taiwaneseCountingThousand": _cn,
    "japaneseCounting": _cn,
    "koreanCounting": _cn,
    "chineseLegalSimplified": lambda n: _cn(n, _CN_LEGAL, "拾佰仟"),
    "ideographLegalTraditional": lambda n: _cn(n, _CN_LEGAL, "拾佰仟"),
    "ideographDigital": lambda n: "".join(_CN_DIGITS[int(c)] for c in str(n)),
    "taiwaneseDigital": lambda n: "".join(_CN_DIGITS[int(c)] for c in str(n)),
    "ideographTraditional": lambda n: _TIANGAN[(n - 1) % 10] if n > 0 else str(n),
    "ideographZodiac": lambda n: _DIZHI[(n - 1) % 12] if n > 0 else str(n),
    "decimalEnclosedCircle": lambda n: _enclosed(n, ((1, 20, 0x2460), (21, 35, 0x3251), (36, 50, 0x32B1))),
    "decimalEnclosedCircleChinese": lambda n: _enclosed(n, ((1, 20, 0x2460), (21, 35, 0x3251),
                                                            (36, 50, 0x32B1))),
    "ideographEnclosedCircle": lambda n: _enclosed(n, ((1, 10, 0x3280),)),
    "decimalEnclosedParen": lambda n: _enclosed(n, ((1, 20, 0x2474),)),
    "decimalEnclosedFullstop": lambda n: _enclosed(n, ((1, 20, 0x2488),)),
    "upperRoman": _roman,
    "lowerRoman": lambda n: _roman(n).lower(),
    "upperLetter": _letter,
    "lowerLetter": lambda n: _letter(n).lower(),
    "ordinal": lambda n: f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}",
}


def format_number(n: int, fmt: str) -> str:
    """Return counter value ``n`` in Word number format ``fmt`` (unknown formats as decimal; ``none`` and
    ``bullet`` as '')."""
    if fmt in ("none", "bullet"):
        return ""
    return _FORMATS.get(fmt, str)(n)


@dataclass(frozen=True)
class Level:
    """One level of an abstract numbering definition."""

    start: int = 1
    fmt: str = "decimal"
    text: str = ""
    restart: int | None = None   #: ``w:lvlRestart``: restart after a use of a level above this (1-based)
    legal: bool = False          #: ``w:isLgl``: every level's number shown as decimal


def _level(el: Element) -> Level:
    def num(tag: str, default: int | None) -> int | None:
        try:
            return int(wval(el.find(w(tag))) or "")
        except ValueError:
            return default
    return Level(start=num("start", 1) or 0, fmt=wval(el.find(w("numFmt"))) or "decimal",
                 text=wval(el.find(w("lvlText"))) or "", restart=num("lvlRestart", None),
                 legal=el.find(w("isLgl")) is not None)


@dataclass
class Numbering:
    """The numbering definitions of a document and the counters of a reading of it, in order."""

    abstract: dict[str, dict[int, Level]] = field(default_factory=dict)
    links: dict[str, str] = field(default_factory=dict)       #: abstract id -> numStyleLink style id
    nums: dict[str, str] = field(default_factory=dict)        #: num id -> abstract id
    overrides: dict[str, dict[int, tuple[int | None, Level | None]]] = field(default_factory=dict)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)

    @classmethod
    def load(cls, root: Element | None) -> "Numbering":
        """Return the definitions of numbering part ``root`` (None: a document without numbering)."""
        out = cls()
        if root is None:
            return out
        for ab in root.iter(w("abstractNum")):
            aid = ab.get(w("abstractNumId")) or ""
            out.abstract[aid] = {int(lv.get(w("ilvl")) or 0): _level(lv) for lv in ab.findall(w("lvl"))
                                 if (lv.get(w("ilvl")) or "0").isdigit()}
            link = wval(ab.find(w("numStyleLink")))
            if link:
                out.links[aid] = link
        for num in root.iter(w("num")):
            nid = num.get(w("numId")) or ""
            out.nums[nid] = wval(num.find(w("abstractNumId"))) or ""
            for ov in num.findall(w("lvlOverride")):
                ilvl = int(ov.get(w("ilvl")) or 0) if (ov.get(w("ilvl")) or "0").isdigit() else 0
                start = wval(ov.find(w("startOverride")))
                lvl = ov.find(w("lvl"))
                out.overrides.setdefault(nid, {})[ilvl] = (int(start) if start and start.isdigit() else None,
                                                           _level(lvl) if lvl is not None else None)
        return out

    def _abstract_of(self, num_id: str, style_num: Callable[[str], str | None]) -> str | None:
        """Return the abstract definition of instance ``num_id`` (following one numbering-style link)."""
        aid = self.nums.get(num_id)
        if aid in self.links:
            linked = style_num(self.links[aid])
            aid = self.nums.get(linked or "", aid)
        return aid if aid in self.abstract else None

    def next_number(self, num_id: str | None, ilvl: int | None,
                    style_num: Callable[[str], str | None] = lambda sid: None) -> str:
        """Return the visible number of the next paragraph numbered ``num_id`` at level ``ilvl``, counting
        it ('' for no numbering, a bullet, or an unknown instance).

        ``style_num`` returns the numbering instance a numbering style names (for ``w:numStyleLink``).
        """
        if not num_id or num_id == "0":
            return ""
        aid = self._abstract_of(num_id, style_num)
        if aid is None:
            return ""
        level = max(0, min(ilvl or 0, 8))
        levels = dict(self.abstract[aid])
        counters = self.counters.setdefault(aid, {})
        for lv, (start, redefined) in self.overrides.get(num_id, {}).items():
            if redefined is not None:
                levels[lv] = redefined
            if num_id not in self.used and start is not None:
                counters[lv] = start - 1
        self.used.add(num_id)
        this = levels.get(level, Level())
        for above in range(level):            # a level used before its parents: they count from their start
            counters.setdefault(above, levels.get(above, Level()).start)
        counters[level] = counters[level] + 1 if level in counters else this.start
        for deeper in [d for d in counters if d > level]:
            restart = levels.get(deeper, Level()).restart
            if restart is None or (restart != 0 and level < restart):
                del counters[deeper]
        if this.fmt == "bullet" or not this.text:
            return ""
        return self._render(this, levels, counters)

    @staticmethod
    def _render(this: Level, levels: dict[int, Level], counters: dict[int, int]) -> str:
        out, i, text = [], 0, this.text
        while i < len(text):
            if text[i] == "%" and i + 1 < len(text) and text[i + 1].isdigit():
                ref = int(text[i + 1]) - 1
                lv = levels.get(ref, Level())
                value = counters.get(ref, lv.start)
                out.append(format_number(value, "decimal" if this.legal and lv.fmt != "none" else lv.fmt))
                i += 2
            else:
                out.append(text[i])
                i += 1
        return "".join(out)
