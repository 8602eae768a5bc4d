"""Page furniture: page numbers and running headers and footers, found because they repeat page after
page at the top or bottom, and marked on their lines with the reason they are not text.

Page numbers: ``— 3 —``, ``- 3 -``, ``第 3 页``, ``第3页 共12页``, ``3/12``, ``Page 3 of 12``, and a bare
``3`` when the bare numbers of the pages count up with the pages. Running lines: the same line (digits
aside) at the same height among the top or bottom two lines of at least half of the pages (three at
least, or both of two), not larger than the body text, and above or below every line that is not at a
page's edge (a line of the speech that happens to repeat stays).
"""
from __future__ import annotations

import re
from collections import defaultdict

from ..numerals import MARKED_PAGE_NUMBER as _MARKED_NUMBER
from .lines import Line

#: How many lines at each end of a page may be furniture.
EDGE_LINES = 2
PAGE_NUMBER = "pdf: page number"
RUNNING = "pdf: running header or footer"
BROWSER = "pdf: a browser's print header or footer"

_BARE_NUMBER = re.compile(r"^\d{1,4}$")
_DIGITS = re.compile(r"\d+")


def _edges(lines: list[Line]) -> list[Line]:
    """Return the lines at the top and bottom of a page that may be furniture."""
    if len(lines) <= 2 * EDGE_LINES:
        return list(lines)
    return lines[:EDGE_LINES] + lines[-EDGE_LINES:]


def mark_furniture(pages: list[list[Line]], body_size: float) -> None:
    """Mark page numbers and running headers and footers among ``pages`` (lines top to bottom per page)
    by setting their ``removed`` reason."""
    _mark_browser_stamps(pages, body_size)
    _mark_page_numbers(pages)
    _mark_running(pages, body_size)


#: What a browser prints above and below a page it prints (Chrome, Edge: ``12/6/26, 8:21 AM  Title`` above,
#: ``https://…/art_1.html  1/2`` below; Firefox: ``Title  https://…`` above, ``1 of 2  06/12/2026, 08:21`` below).
_STAMP = re.compile(
    r"^\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}[,，]?\s+(?:(?:上午|下午)\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]\.?M\.?)?(?:\s|$)"
    r"|(?:^|\s)(?:https?|file)://\S+(?:\s+\d{1,4}\s*/\s*\d{1,4})?$"
    r"|^\d{1,4}\s*(?:of|/)\s*\d{1,4}\s+\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}", re.I)
#: A browser sets them smaller than any page's text it prints.
STAMP_SIZE = 0.85


def _mark_browser_stamps(pages: list[list[Line]], body_size: float) -> None:
    """Mark the date-and-title line a browser prints above a page and the address-and-page-count line
    below it: the first or last line of a page, set smaller than the body, with a date and time at its
    start or a web address at its end. They need no second page to be seen (a one-page print)."""
    for lines in pages:
        for line in {id(ln): ln for ln in (lines[:1] + lines[-1:])}.values():
            if line.size <= STAMP_SIZE * body_size and _STAMP.search(line.text.strip()):
                line.removed = BROWSER


def _mark_page_numbers(pages: list[list[Line]]) -> None:
    """Mark marked page numbers, and bare ones that count up with the pages."""
    bare: list[tuple[int, Line]] = []
    for index, lines in enumerate(pages):
        for line in _edges(lines):
            text = line.text.strip()
            if _MARKED_NUMBER.match(text):
                line.removed = PAGE_NUMBER
            elif _BARE_NUMBER.match(text):
                bare.append((index, line))
    offsets = defaultdict(list)
    for index, line in bare:
        offsets[int(line.text) - index].append(line)
    for found in offsets.values():
        if len(found) >= 2 or len(pages) == 1:
            for line in found:
                line.removed = PAGE_NUMBER


def _mark_running(pages: list[list[Line]], body_size: float) -> None:
    """Mark lines that stand at the same height, with the same text (digits aside), at the edge of many
    pages."""
    if len(pages) < 2:
        return
    groups: dict[str, list[Line]] = defaultdict(list)
    for lines in pages:
        for line in _edges([ln for ln in lines if ln.removed is None]):
            if line.size <= 1.05 * body_size:
                groups[_DIGITS.sub("#", "".join(line.text.split()))].append(line)
    need = max(3, (len(pages) + 1) // 2) if len(pages) > 2 else 2
    inner = [ln.y for lines in pages for ln in lines[EDGE_LINES:-EDGE_LINES]]
    top, bottom = (max(inner), min(inner)) if inner else (float("inf"), float("-inf"))
    for found in groups.values():
        for same in _same_height(found):
            outside = all(ln.y > top + 0.5 * ln.size or ln.y < bottom - 0.5 * ln.size for ln in same)
            prose = any(_SENTENCE_END.search(ln.text) for ln in same)
            if len({ln.page for ln in same}) >= need and (outside or (not inner and not prose)):
                for line in same:
                    line.removed = RUNNING


#: A sentence's end: pages too short to tell their edges from their text keep such lines as text (two pages
#: set alike, a speech said twice, would otherwise lose their body as a "running header").
_SENTENCE_END = re.compile(r"[。！？!?]")


def _same_height(lines: list[Line], tolerance: float = 3.0) -> list[list[Line]]:
    """Return ``lines`` grouped by height: baselines within ``tolerance`` pt of their neighbour."""
    out: list[list[Line]] = []
    for line in sorted(lines, key=lambda ln: ln.y):
        if out and line.y - out[-1][-1].y <= tolerance:
            out[-1].append(line)
        else:
            out.append([line])
    return out
