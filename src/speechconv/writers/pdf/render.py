"""Drawing composed pages on a reportlab canvas: text, placeholder highlights, page numbers, outline.

Text is written as PDF operators directly (one text object per line, hex strings, ``Tc`` for the
justified spacing) rather than through reportlab's text object, which formats every number in Python
and re-splits every string: this is the writer's hot path. reportlab still owns the document: fonts
(``TTFont.splitString``/``getSubsetInternalName`` assign the subset codes and register the fonts for
embedding), pages, bookmarks and the file.
"""
from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import BinaryIO, Iterator

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from ...profile import MM, Profile
from .compose import Page, TextLine

HIGHLIGHT_RGB = (1.0, 0.97, 0.6)       #: placeholder highlight: light yellow
BOLD_STROKE = 0.03                     #: simulated bold: outline width as a share of the type size

_A85_LOCK = threading.Lock()
_A85_USERS = 0
_A85_SAVED = None


@contextmanager
def no_ascii85() -> Iterator[None]:
    """Write streams Flate-compressed only (no ASCII85 layer: 20 % smaller, faster) while inside.

    reportlab keeps this switch in its global config; it is restored when the last writer leaves.
    """
    global _A85_USERS, _A85_SAVED
    with _A85_LOCK:
        if _A85_USERS == 0:
            _A85_SAVED = rl_config.useA85
            rl_config.useA85 = 0
        _A85_USERS += 1
    try:
        yield
    finally:
        with _A85_LOCK:
            _A85_USERS -= 1
            if _A85_USERS == 0:
                rl_config.useA85 = _A85_SAVED


def new_canvas(out: BinaryIO, profile: Profile, initial_font: str, invariant: bool) -> Canvas:
    """Return a canvas of the profile's page size writing to ``out``.

    The canvas's initial font is ``initial_font`` (a registered TrueType name), so the file carries no
    unembedded Helvetica.
    """
    size = (profile.page.width_mm * MM, profile.page.height_mm * MM)
    return Canvas(out, pagesize=size, invariant=1 if invariant else 0, pageCompression=1,
                  initialFontName=initial_font, initialFontSize=profile.role("body").size_pt,
                  lang="zh-CN")


class _TextState:
    """The text state of the page being written (it persists across text objects on a page)."""

    def __init__(self) -> None:
        self.font: tuple[str, float] | None = None
        self.tc = 0.0
        self.mode = 0
        self.width = -1.0


def draw_page(c: Canvas, page: Page, page_height: float, number_line: TextLine | None,
              outline: "Outline") -> None:
    """Draw every line of ``page``, its page number and its bookmarks, then end the page."""
    for level, title, top in page.outlines:
        outline.add(c, level, title, page_height - top)
    state = _TextState()
    parts: list[str] = []
    for tl in page.lines:
        _line_ops(parts, c, tl, page_height, state)
    if number_line is not None:
        _line_ops(parts, c, number_line, page_height, state)
    if parts:
        c.addLiteral("\n".join(parts))
    c.showPage()


def _line_ops(parts: list[str], c: Canvas, tl: TextLine, page_height: float, st: _TextState) -> None:
    """Append the operators of one line to ``parts`` (highlights first, then one text object)."""
    n = len(tl.text)
    if not n:
        return
    y = page_height - tl.baseline
    styles, xs, widths, text = tl.styles, tl.xs, tl.widths, tl.text
    _highlights(parts, tl, y)
    doc = c._doc
    bold = next((s.size for s in styles if s.bold and s.font is not None), 0.0)
    if bold and abs(st.width - BOLD_STROKE * bold) > 1e-6:
        st.width = BOLD_STROKE * bold
        parts.append(f"{st.width:.3f} w")
    parts.append("BT")
    ys = f"{y:.3f}"
    i = 0
    while i < n:
        style = styles[i]
        font = style.font
        if font is None:                # no font has this character: keep its cell, draw nothing
            i += 1
            continue
        tc = xs[i + 1] - xs[i] - widths[i] if i + 1 < n else st.tc
        j = i + 1
        while j < n and styles[j] is style and abs(xs[j] - xs[j - 1] - widths[j - 1] - tc) < 1e-4:
            j += 1
        if abs(tc - st.tc) > 1e-6:
            parts.append(f"{tc:.4f} Tc")
            st.tc = tc
        mode = 2 if style.bold else 0
        if mode != st.mode:
            parts.append(f"{mode} Tr")
            st.mode = mode
        tt = font.tt
        pos = i
        for subset, chunk in tt.splitString(text[i:j], doc):
            key = (tt.getSubsetInternalName(subset, doc), style.size)
            if key != st.font:
                parts.append(f"{key[0]} {style.size:g} Tf")
                st.font = key
            parts.append(f"1 0 0 1 {xs[pos]:.3f} {ys} Tm <{chunk.hex()}> Tj")
            pos += len(chunk)
        i = j
    parts.append("ET")


def _highlights(parts: list[str], tl: TextLine, y: float) -> None:
    """Append a light rectangle behind each run of placeholder characters."""
    styles = tl.styles
    n = len(styles)
    i = 0
    while i < n:
        if not styles[i].placeholder:
            i += 1
            continue
        j = i
        while j + 1 < n and styles[j + 1].placeholder:
            j += 1
        x0, x1 = tl.xs[i], tl.xs[j] + tl.widths[j]
        bottom = y + tl.size * tl.descent / 1000
        r, g, b = HIGHLIGHT_RGB
        parts.append(f"q {r:g} {g:g} {b:g} rg {x0:.3f} {bottom:.3f} {x1 - x0:.3f} {tl.size:g} re f Q")
        i = j + 1


class Outline:
    """The PDF outline (bookmarks), keeping levels properly nested as reportlab requires."""

    def __init__(self) -> None:
        self.count = 0
        self.level = -1

    def add(self, c: Canvas, level: int, title: str, top: float) -> None:
        """Bookmark the current page at height ``top`` (pt, bottom-up) and add an outline entry."""
        self.count += 1
        key = f"sc{self.count}"
        c.bookmarkHorizontalAbsolute(key, top)
        level = max(0, min(level, self.level + 1))
        c.addOutlineEntry(title, key, level=level, closed=level >= 1)
        self.level = level
