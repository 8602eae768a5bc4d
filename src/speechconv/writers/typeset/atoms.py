"""The units of line breaking and their measures: atoms, 避头尾 marks, prefix-sum widths, and caches.

Pure Python. Units of breaking ("atoms") are one CJK character, one run of half-width characters (a
number such as ``12.5%`` or a Latin word, never split unless it is wider than a whole line), one space,
or a run of ``——`` / ``……`` (kept together). A half-width character counts half a grid cell, as
GB/T 9704 counts characters. Atom lists, character kinds and grid prefix sums are cached: a paragraph
is broken more than once (greedy, then exactly, then a line looser or tighter).
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple, Sequence

#: Characters no line may start with (GB/T 9704 避头尾, plus half-width closers).
NO_START = frozenset("，。、；：？！）》」』”’…%％】〕〉］｝〗〙" + ",.;:!?)]}")
#: Characters no line may end with.
NO_END = frozenset("（《「『“‘【〔〈［｛〖〘" + "([{")
#: Full-width marks set in pairs (——, ……) that must not be split or stretched apart.
PAIRED = frozenset("—…")

CJK, WORD, SPACE, PAIR = "cjk", "word", "space", "pair"


class Atom(NamedTuple):
    """An unbreakable unit: characters ``text[start:end]`` of ``kind`` cjk, word, space or pair."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Break:
    """One output line: characters ``start``..``end`` (exclusive, outer spaces dropped).

    ``natural`` is the width at base spacing; ``kind`` says how the line end was chosen: ``fit``,
    ``squeeze`` (a closing mark pulled up, natural wider than the measure), ``push`` (characters pushed
    down), ``force`` (no allowed break point: the rules were broken rather than the margin) or ``last``.
    """

    start: int
    end: int
    natural: float
    kind: str

    @property
    def last(self) -> bool:
        """Return True for the paragraph's last line."""
        return self.kind == "last"


def is_half_width(ch: str) -> bool:
    """Return True for a half-width, non-space character (digits, Latin letters, ASCII marks)."""
    return _kind(ch) == WORD


_KINDS: dict[str, str] = {}


def _kind(ch: str) -> str:
    """Return the atom kind a character starts: space, word (half-width) or cjk (cached)."""
    kind = _KINDS.get(ch)
    if kind is None:
        if ch.isspace() and ch != "\u3000":
            kind = SPACE
        elif unicodedata.east_asian_width(ch) in ("Na", "H", "N"):
            kind = WORD
        else:
            kind = CJK
        if len(_KINDS) < 65536:
            _KINDS[ch] = kind
    return kind


def grid_cells(ch: str) -> float:
    """Return the grid cells ``ch`` nominally takes: 1 for CJK and full-width, 0.5 otherwise."""
    return 1.0 if _kind(ch) == CJK else 0.5


def split_atoms(text: str) -> list[Atom]:
    """Return ``text`` cut into atoms, in order, covering every character."""
    return list(_atoms(text))


@lru_cache(maxsize=512)
def _atoms(text: str) -> tuple[Atom, ...]:
    """Return the atoms of ``text`` (cached: a paragraph is broken more than once)."""
    atoms: list[Atom] = []
    add = atoms.append
    get = _KINDS.get
    kinds = [get(ch) or _kind(ch) for ch in text]
    i, n = 0, len(text)
    while i < n:
        kind = kinds[i]
        j = i + 1
        if kind == CJK:
            ch = text[i]
            if ch in PAIRED and j < n and text[j] == ch:
                while j < n and text[j] == ch:
                    j += 1
                add(Atom(i, j, PAIR))
            else:
                add(Atom(i, j, CJK))
        else:
            while j < n and kinds[j] == kind:
                j += 1
            add(Atom(i, j, kind))
        i = j
    return tuple(atoms)


def joined_gaps(text: str) -> list[bool]:
    """Return, per character, True when the gap after it lies inside an atom (not to be stretched)."""
    out = [False] * len(text)
    for a in _atoms(text):
        if a.kind in (WORD, PAIR):
            for k in range(a.start, a.end - 1):
                out[k] = True
    return out


class Widths:
    """Prefix sums for O(1) natural and nominal (grid) widths of character ranges."""

    def __init__(self, text: str, widths: Sequence[float], spacing: Sequence[float],
                 cell: float) -> None:
        self.w = [0.0, *accumulate(widths)]
        self.s = [0.0, *accumulate(spacing)]
        self.g = _grid_prefix(text, cell) if cell > 0 else None

    def natural(self, start: int, end: int) -> float:
        """Return the width of characters start..end: advances plus the spacing between them."""
        if end <= start:
            return 0.0
        return self.w[end] - self.w[start] + self.s[end - 1] - self.s[start]

    def grid(self, start: int, end: int) -> float:
        """Return the nominal width of characters start..end in pt (grid cells times the cell)."""
        return self.g[end] - self.g[start] if self.g is not None else self.natural(start, end)


@lru_cache(maxsize=256)
def _grid_prefix(text: str, cell: float) -> list[float]:
    """Return the prefix sums of the grid widths of ``text`` (cached: reused by re-breaking)."""
    half = cell / 2
    return [0.0, *accumulate(cell if _KINDS.get(ch) == CJK or (ch not in _KINDS and _kind(ch) == CJK)
                             else half for ch in text)]


def trim_end(atoms: list[Atom], i: int, j: int) -> int:
    """Return the end of atoms i..j-1 with trailing spaces dropped."""
    while j > i + 1 and atoms[j - 1].kind == SPACE:
        j -= 1
    return atoms[j - 1].end if j > i else atoms[i].start


def allowed(text: str, atoms: list[Atom], j: int) -> bool:
    """Return True when a line may end before atom ``j`` (避头尾, spaces looked through)."""
    p = j - 1
    while p >= 0 and atoms[p].kind == SPACE:
        p -= 1
    q = j
    while q < len(atoms) and atoms[q].kind == SPACE:
        q += 1
    if p < 0 or q >= len(atoms):
        return True
    return text[atoms[q].start] not in NO_START and text[atoms[p].end - 1] not in NO_END
