"""Drawing composed pages on a reportlab canvas: text, placeholder highlights, page numbers, outline.

A line is drawn as one PDF text object; inside it, each stretch of characters sharing font, size, bold
and inter-character spacing is one ``Tj`` with ``Tc`` set to the justified spacing, so a 28-character
line costs a handful of operators, not 28 separate strings.
"""
from __future__ import annotations

from typing import BinaryIO

from reportlab.pdfgen.canvas import Canvas

from ...profile import MM, Profile
from .compose import Page, TextLine

HIGHLIGHT_RGB = (1.0, 0.97, 0.6)       #: placeholder highlight: light yellow
BOLD_STROKE = 0.03                     #: simulated bold: outline width as a share of the type size


def new_canvas(out: BinaryIO, profile: Profile, initial_font: str, invariant: bool) -> Canvas:
    """Return a canvas of the profile's page size writing to ``out``."""
    size = (profile.page.width_mm * MM, profile.page.height_mm * MM)
    return Canvas(out, pagesize=size, invariant=1 if invariant else 0, pageCompression=1,
                  initialFontName=initial_font, initialFontSize=profile.role("body").size_pt,
                  lang="zh-CN")


def draw_page(c: Canvas, page: Page, page_height: float, number_line: TextLine | None,
              outline: "Outline") -> None:
    """Draw every line of ``page``, its page number and its bookmarks, then end the page."""
    for level, title, top in page.outlines:
        outline.add(c, level, title, page_height - top)
    for tl in page.lines:
        draw_line(c, tl, page_height)
    if number_line is not None:
        draw_line(c, number_line, page_height)
    c.showPage()


def draw_line(c: Canvas, tl: TextLine, page_height: float) -> None:
    """Draw one composed line (highlights first, then the text object)."""
    n = len(tl.text)
    if not n:
        return
    y = page_height - tl.baseline
    styles, xs, widths = tl.styles, tl.xs, tl.widths
    _highlights(c, tl, y)
    t = c.beginText()
    doc = c._doc
    cur_font, cur_size, cur_tc, cur_mode = None, None, 0.0, 0
    bold_size = 0.0
    i = 0
    while i < n:
        st = styles[i]
        if st.font is None:            # no font has this character: keep its cell, draw nothing
            i += 1
            continue
        tc = xs[i + 1] - xs[i] - widths[i] if i + 1 < n else cur_tc
        j = i + 1
        while j < n and styles[j] is st and abs(xs[j] - xs[j - 1] - widths[j - 1] - tc) < 1e-4:
            j += 1
        if st.font.name != cur_font or st.size != cur_size:
            t.setFont(st.font.name, st.size)
            cur_font, cur_size = st.font.name, st.size
        if abs(tc - cur_tc) > 1e-6:
            t.setCharSpace(tc)
            cur_tc = tc
        mode = 2 if st.bold else 0
        if mode != cur_mode:
            t.setTextRenderMode(mode)
            cur_mode = mode
        if st.bold:
            bold_size = st.size
        _text_out(t, st.font.tt, tl.text, xs, i, j, y, doc)
        i = j
    if cur_tc:
        t.setCharSpace(0)
    if cur_mode:
        t.setTextRenderMode(0)
    if bold_size:
        c.setLineWidth(BOLD_STROKE * bold_size)
    c.drawText(t)


def _highlights(c: Canvas, tl: TextLine, y: float) -> None:
    """Draw a light rectangle behind each run of placeholder characters."""
    styles = tl.styles
    n = len(styles)
    i = 0
    drawn = False
    while i < n:
        if not styles[i].placeholder:
            i += 1
            continue
        j = i
        while j + 1 < n and styles[j + 1].placeholder:
            j += 1
        if not drawn:
            c.saveState()
            c.setFillColorRGB(*HIGHLIGHT_RGB)
            drawn = True
        x0, x1 = tl.xs[i], tl.xs[j] + tl.widths[j]
        bottom = y + tl.size * tl.descent / 1000
        c.rect(x0, bottom, x1 - x0, tl.size, stroke=0, fill=1)
        i = j + 1
    if drawn:
        c.restoreState()


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


def _text_out(t, tt, text: str, xs: list[float], i: int, j: int, y: float, doc) -> None:
    """Show ``text[i:j]``, re-positioning at every font-subset switch.

    reportlab splits a TrueType string into one ``Tj`` per 256-glyph subset. Viewers add the character
    spacing after a string's last glyph but pdfminer does not, so each ``Tj`` gets an explicit origin
    and both readings agree.
    """
    pos = i
    for _subset, chunk in tt.splitString(text[i:j], doc):
        end = pos + len(chunk)
        t.setTextOrigin(xs[pos], y)
        t.textOut(text[pos:end])
        pos = end
