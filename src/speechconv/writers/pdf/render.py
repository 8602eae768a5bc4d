"""Drawing composed pages (:class:`speechconv.writers.typeset.Composition`) on a reportlab canvas: text,
placeholder highlights, page numbers, outline.

Text is written as PDF operators directly (one text object per line, hex strings, ``Tc`` for the
justified spacing) rather than through reportlab's text object, which formats every number in Python
and re-splits every string: this is the writer's hot path. reportlab still owns the document: fonts
(``TTFont.splitString``/``getSubsetInternalName`` assign the subset codes and register the fonts for
embedding), pages, bookmarks and the file.
"""
from __future__ import annotations

import re
import zlib
from typing import BinaryIO, Callable, Iterator

from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas

from ...profile import MM, Profile
from ..typeset import BOLD_STROKE, HIGHLIGHT_RGB, ITALIC_SHEAR, GlyphStyle, Page, RLFont, TextLine

#: What PDF strings (outline entries, document information) cannot carry: lone surrogates and controls.
_NOT_PDF_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")

#: How an embedded TrueType subset starts (sfnt version 1.0, or Apple's 'true').
_SFNT = (b"\x00\x01\x00\x00", b"true")


class _FastFlate(pdfdoc.PDFStreamFilterZCompress):
    """FlateDecode at zlib level 1: font subsets barely compress, level 6 costs 2.5 × the time.

    Font subsets (glyph outlines, few repeats) are Huffman-coded only: 40 % faster than level 1 for
    4 % more bytes. Page content keeps LZ77 matching, which shrinks it to a quarter.
    """

    def encode(self, text):
        """Return ``text`` (str or bytes) deflated at level 1, Huffman only for a font file."""
        if isinstance(text, str):
            text = text.encode("utf8")
        if text[:4] in _SFNT:
            packer = zlib.compressobj(1, zlib.DEFLATED, 15, 8, zlib.Z_HUFFMAN_ONLY)
            return packer.compress(text) + packer.flush()
        return zlib.compress(text, 1)


def new_canvas(out: BinaryIO, profile: Profile, initial_font: str, invariant: bool) -> Canvas:
    """Return a canvas of the profile's page size writing to ``out``, its streams Flate-compressed
    at level 1 and without an ASCII85 layer.

    The canvas's initial font is ``initial_font`` (a registered TrueType name), so the file carries no
    unembedded Helvetica. The compression is the document's own: reportlab's page compression (which
    would take the filters from its globals ``rl_config.useA85`` and ``pdfdoc.PDFZCompress``) stays
    off, and every stream without filters of its own (pages, font subsets, ToUnicode maps) takes the
    document's default filters, so nothing global is changed and other reportlab users are untouched.
    """
    size = (profile.page.width_mm * MM, profile.page.height_mm * MM)
    canvas = Canvas(out, pagesize=size, invariant=1 if invariant else 0, pageCompression=0,
                    initialFontName=initial_font, initialFontSize=profile.role("body").size_pt,
                    lang="zh-CN")
    canvas._doc.defaultStreamFilters = [_FastFlate()]
    return canvas


class _TextState:
    """The text state of the page being written (it persists across text objects on a page)."""

    def __init__(self) -> None:
        self.font: tuple[str, float] | None = None
        self.tc = 0.0
        self.mode = 0
        self.width = -1.0


def pdf_text(text: str) -> str:
    """Return ``text`` fit for a PDF text string (outline entry, title, author): lone surrogates and
    control characters left out, line breaks as spaces."""
    return _NOT_PDF_TEXT.sub("", text.replace("\n", " ").replace("\r", " ").replace("\t", " "))


class Renderer:
    """Draws composed pages on one canvas: text, highlights, page numbers and the outline.

    ``font_of`` returns the loaded font of a font file named by the composed pages.
    """

    def __init__(self, canvas: Canvas, page_height: float, font_of: Callable[[str], RLFont]) -> None:
        self.canvas = canvas
        self.page_height = page_height
        self.bookmarks = 0
        self._level = -1
        self._font_of = font_of
        self._fonts: dict[str, RLFont] = {}
        self._names: dict[tuple[str, int], str] = {}     #: (font, subset) -> PDF font resource

    def page(self, page: Page) -> None:
        """Draw every line of ``page``, its page number and its bookmarks, then end the page."""
        c = self.canvas
        for entry in page.outlines:
            self._bookmark(entry.level, entry.title, self.page_height - entry.y)
        state = _TextState()
        parts: list[str] = []
        for tl in page.lines:
            self._line(parts, tl, state)
        self._line(parts, page.page_number, state)
        if parts:
            c.addLiteral("\n".join(parts))
        c.showPage()

    def _bookmark(self, level: int, title: str, top: float) -> None:
        """Bookmark the current page at height ``top`` (pt, bottom-up) and add an outline entry.

        Levels are kept properly nested (reportlab refuses a jump of more than one level).
        """
        self.bookmarks += 1
        key = f"sc{self.bookmarks}"
        self.canvas.bookmarkHorizontalAbsolute(key, top)
        level = max(0, min(level, self._level + 1))
        self.canvas.addOutlineEntry(pdf_text(title), key, level=level, closed=level >= 1)
        self._level = level

    def _font(self, file: str) -> RLFont:
        """Return the loaded font of ``file``."""
        font = self._fonts.get(file)
        if font is None:
            font = self._fonts[file] = self._font_of(file)
        return font

    def _line(self, parts: list[str], tl: TextLine, st: _TextState) -> None:
        """Append the operators of one line to ``parts`` (highlights first, then one text object)."""
        n = len(tl.text)
        if not n:
            return
        y = self.page_height - tl.baseline
        xs, widths, text, runs = tl.xs, tl.widths, tl.text, tl.runs
        first = runs[0].style
        single = tl.uniform and len(runs) == 1 and first.font is not None
        for h in tl.highlights:
            r, g, b = HIGHLIGHT_RGB
            parts.append(f"q {r:g} {g:g} {b:g} rg {h.x:.3f} {self.page_height - (h.y + h.height):.3f} "
                         f"{h.width:.3f} {h.height:g} re f Q")
        doc = self.canvas._doc
        names = self._names
        if single:
            bold = first.size if first.bold else 0.0
        else:
            bold = next((r.style.size for r in runs if r.style.bold and r.style.font is not None), 0.0)
        if bold and abs(st.width - BOLD_STROKE * bold) > 1e-6:
            st.width = BOLD_STROKE * bold
            parts.append(f"{st.width:.3f} w")
        parts.append("BT")
        ys = f"{y:.3f}"
        for i, j, style in ((0, n, first),) if single else _runs(tl, st.tc):
            font = self._font(style.font)
            tc = xs[i + 1] - xs[i] - widths[i] if i + 1 < n else st.tc
            if abs(tc - st.tc) > 1e-6:
                parts.append(f"{tc:.4f} Tc")
                st.tc = tc
            mode = 2 if style.bold else 0
            if mode != st.mode:
                parts.append(f"{mode} Tr")
                st.mode = mode
            shear = f"{ITALIC_SHEAR:g}" if style.italic else "0"
            pos = i
            # reportlab splits a string into one run per 256-glyph subset; each run gets its own
            # origin, because viewers add Tc after a run's last glyph and pdfminer does not.
            for subset, chunk in font.tt.splitString(text[i:j], doc):
                name = names.get((font.name, subset))
                if name is None:
                    name = names[(font.name, subset)] = font.tt.getSubsetInternalName(subset, doc)
                if (name, style.size) != st.font:
                    parts.append(f"{name} {style.size:g} Tf")
                    st.font = (name, style.size)
                parts.append(f"1 0 {shear} 1 {xs[pos]:.3f} {ys} Tm <{chunk.hex()}> Tj")
                pos += len(chunk)
        parts.append("ET")


def _runs(tl: TextLine, tc: float) -> Iterator[tuple[int, int, GlyphStyle]]:
    """Yield (start, end, style) of the stretches of ``tl`` drawn with one style and one character
    spacing.

    Characters no font has are skipped (their cell stays blank); ``tc`` is the spacing in force,
    which a line's single last character keeps.
    """
    xs, widths = tl.xs, tl.widths
    n = len(xs)
    for run in tl.runs:
        style = run.style
        if style.font is None:
            continue
        i = run.start
        while i < run.end:
            gap = xs[i + 1] - xs[i] - widths[i] if i + 1 < n else tc
            j = i + 1
            while j < run.end and abs(xs[j] - xs[j - 1] - widths[j - 1] - gap) < 1e-4:
                j += 1
            yield i, j, style
            i = j
