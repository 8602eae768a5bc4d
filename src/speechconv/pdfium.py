"""PDF files through PDFium (the pypdfium2 package): the only user of pypdfium2.

Two callers share this room: the PDF reader (:mod:`speechconv.readers.pdf`) takes each page's
characters with their boxes and fonts, the outline and the document information
(:func:`read_layout`); the server's preview takes page images (:func:`render_pages`). PDFium is not
safe to call from two threads at once, even on different documents, so every call holds one lock.
"""
from __future__ import annotations

import ctypes
import threading
import time
from dataclasses import dataclass, field
from typing import Callable

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from .errors import InputError, SpeechconvError

_LOCK = threading.RLock()
#: PDFium's document loading errors (FPDF_GetLastError) that name what is wrong.
_ERR_PASSWORD, _ERR_SECURITY = 4, 5
#: Text render modes that stroke the glyph outline (2 fill and stroke: simulated bold).
_STROKED = (1, 2, 5, 6)
#: Words in a font's name that mean a heavy face (NotoSerifCJKsc-Black, SimHei is not bold).
_HEAVY = ("bold", "black", "heavy", "semibold", "demibold", "extrabold", "ultrabold")
#: Words in a font's name that mean a slanted face.
_SLANTED = ("italic", "oblique")
#: Page objects looked at for highlight rectangles, at most, per page (a page of vector art has more).
MAX_PAGE_OBJECTS = 5000


@dataclass(slots=True)
class Glyph:
    """One character drawn on a page: the character, its advance box (pt, origin bottom-left, ``x0`` to
    ``x1`` along the baseline ``y``), its font size (pt) and font name, whether it is drawn bold
    (a heavy face, or outlines stroked) or slanted (an italic face, or a sheared text matrix), and
    whether its Unicode value is unreliable (a broken ToUnicode map)."""

    char: str
    x0: float
    x1: float
    y: float
    size: float
    font: str
    bold: bool
    italic: bool = False
    unmapped: bool = False


@dataclass
class PageText:
    """The characters of one page in content order, the page size (pt), the coloured rectangles filled
    on it (x0, y0, x1, y1: highlights behind text; white, grey and black ones left out) and the
    rectangles of its links (a web page's menus and link lists)."""

    width: float
    height: float
    glyphs: list[Glyph]
    marks: list[tuple[float, float, float, float]] = field(default_factory=list)
    links: list[tuple[float, float, float, float]] = field(default_factory=list)


@dataclass
class OutlineEntry:
    """One bookmark: its depth (0 at the top), its title, the page it points to (0-based) and the height
    there (pt from the bottom), when given."""

    depth: int
    title: str
    page: int | None
    top: float | None


@dataclass
class Layout:
    """What the PDF reader needs of a file: the text of its pages, its outline and its information."""

    page_count: int
    pages: list[PageText]
    outline: list[OutlineEntry] = field(default_factory=list)
    info: dict[str, str] = field(default_factory=dict)


@dataclass
class Bitmap:
    """A page image: 8-bit RGB or RGBA rows of ``stride`` bytes (for the server's preview)."""

    buffer: bytes
    width: int
    height: int
    stride: int
    channels: int


def _open(data: bytes, error: Callable[[str], SpeechconvError]) -> pdfium.PdfDocument:
    """Return the opened document. Raises ``error(message)`` for a password-protected or broken file."""
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if exc.err_code in (_ERR_PASSWORD, _ERR_SECURITY):
            raise error("the PDF is encrypted with a password; open it with the password and save an "
                        "unprotected copy (e.g. qpdf --decrypt --password=PW in.pdf out.pdf)") from None
        raise error("the PDF is damaged or not a PDF (PDFium cannot open it); save it again from its "
                    "source, or repair it (e.g. qpdf in.pdf fixed.pdf)") from None


def read_layout(data: bytes, max_pages: int, deadline: float | None = None) -> Layout:
    """Return the pages' characters, the outline and the information of the PDF ``data``.

    ``deadline`` is a :func:`time.monotonic` value after which reading stops. Raises InputError for an
    encrypted or damaged PDF, one of more than ``max_pages`` pages, or one still being read at the
    deadline.
    """
    with _LOCK:
        document = _open(data, InputError)
        try:
            count = len(document)
            if count > max_pages:
                raise InputError(f"the PDF has {count} pages, more than the {max_pages} a speech may have; "
                                 "split it (e.g. qpdf --pages in.pdf 1-50 -- part.pdf) or check that it "
                                 "is the file you meant")
            pages = []
            for index in range(count):
                if deadline is not None and time.monotonic() > deadline:
                    raise InputError(f"reading the PDF's text took too long (stopped at page {index + 1} of "
                                     f"{count}); split the PDF into smaller files")
                pages.append(_page_text(document, index))
            return Layout(count, pages, _outline(document), _info(document))
        finally:
            document.close()


def _page_text(document: pdfium.PdfDocument, index: int) -> PageText:
    """Return the characters of page ``index`` (PDFium's own spaces and line ends left out)."""
    page = document[index]
    try:
        width, height = page.get_size()
        textpage = page.get_textpage()
        try:
            return PageText(width, height, _glyphs(textpage), _filled_rects(page), _links(page))
        finally:
            textpage.close()
    finally:
        page.close()


def _glyphs(textpage) -> list[Glyph]:
    """Return the characters of a text page in content order, with their advance boxes and fonts."""
    out: list[Glyph] = []
    objects: dict[int | None, tuple[str, bool, bool]] = {}
    box = raw.FS_RECTF()
    matrix = raw.FS_MATRIX()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    for i in range(raw.FPDFText_CountChars(textpage)):
        if raw.FPDFText_IsGenerated(textpage, i) == 1:
            continue
        code = raw.FPDFText_GetUnicode(textpage, i)
        if code < 0x20 and raw.FPDFText_IsHyphen(textpage, i) == 1:
            code = 0x2D                      # PDFium reports a hyphen it takes for a line-end one as U+0002
        if code in (0xFFFE, 0xFFFF, 0) or 0xD800 <= code <= 0xDFFF:
            continue
        obj = raw.FPDFText_GetTextObject(textpage, i)
        key = ctypes.cast(obj, ctypes.c_void_p).value
        font = objects.get(key)
        if font is None:
            font = objects[key] = _font_of(obj)
        raw.FPDFText_GetLooseCharBox(textpage, i, box)
        raw.FPDFText_GetCharOrigin(textpage, i, ox, oy)
        out.append(Glyph(chr(code), box.left, box.right, oy.value, _size(textpage, i, matrix),
                         font[0], font[1], font[2], raw.FPDFText_HasUnicodeMapError(textpage, i) == 1))
    return out


def _size(textpage, i: int, matrix) -> float:
    """Return the size a character is drawn at (pt): its font size scaled by its text and page matrices
    (Acrobat Distiller sets every font at 1 pt and scales it by the text matrix; Chrome scales by 0.75)."""
    size = raw.FPDFText_GetFontSize(textpage, i)
    if raw.FPDFText_GetMatrix(textpage, i, matrix):
        scale = abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5
        if scale > 0:
            return size * scale
    return size


def _font_of(obj) -> tuple[str, bool, bool]:
    """Return (font name without its subset tag, drawn bold, drawn slanted) of a text object."""
    if not obj:
        return "", False, False
    font = raw.FPDFTextObj_GetFont(obj)
    name = ""
    if font:
        buffer = ctypes.create_string_buffer(256)
        length = raw.FPDFFont_GetBaseFontName(font, buffer, 256)
        name = buffer.value.decode("latin-1") if length else ""
    name = name.split("+", 1)[1] if len(name) > 7 and name[6] == "+" else name
    stroked = raw.FPDFTextObj_GetTextRenderMode(obj) in _STROKED
    if stroked:
        width = ctypes.c_float()
        stroked = bool(raw.FPDFPageObj_GetStrokeWidth(obj, ctypes.byref(width))) and width.value > 0
    lower = name.lower()
    matrix = raw.FS_MATRIX()
    sheared = bool(raw.FPDFPageObj_GetMatrix(obj, matrix)) and abs(matrix.c) > 0.05 * max(abs(matrix.d), 1e-6)
    return name, stroked or any(w in lower for w in _HEAVY), sheared or any(w in lower for w in _SLANTED)


def _filled_rects(page) -> list[tuple[float, float, float, float]]:
    """Return the bounds of the coloured filled paths of a page (not white, grey or black)."""
    out = []
    count = raw.FPDFPage_CountObjects(page)
    if count > MAX_PAGE_OBJECTS:
        return out
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    for i in range(count):
        obj = raw.FPDFPage_GetObject(page, i)
        if raw.FPDFPageObj_GetType(obj) != raw.FPDF_PAGEOBJ_PATH:
            continue
        if not raw.FPDFPath_GetDrawMode(obj, fill, stroke) or fill.value == 0:
            continue
        if not raw.FPDFPageObj_GetFillColor(obj, r, g, b, a) or a.value == 0:
            continue
        if max(r.value, g.value, b.value) - min(r.value, g.value, b.value) < 24:
            continue                                   # white, grey or black: a rule or a box, not a mark
        if raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            out.append((left.value, bottom.value, right.value, top.value))
    return out


def _links(page) -> list[tuple[float, float, float, float]]:
    """Return the rectangles of the page's link annotations (at most :data:`MAX_PAGE_OBJECTS`)."""
    out = []
    count = min(raw.FPDFPage_GetAnnotCount(page), MAX_PAGE_OBJECTS)
    rect = raw.FS_RECTF()
    for i in range(count):
        annot = raw.FPDFPage_GetAnnot(page, i)
        if not annot:
            continue
        try:
            if raw.FPDFAnnot_GetSubtype(annot) == raw.FPDF_ANNOT_LINK and raw.FPDFAnnot_GetRect(annot, rect):
                out.append((min(rect.left, rect.right), min(rect.bottom, rect.top),
                            max(rect.left, rect.right), max(rect.bottom, rect.top)))
        finally:
            raw.FPDFPage_CloseAnnot(annot)
    return out


def _outline(document: pdfium.PdfDocument) -> list[OutlineEntry]:
    """Return the bookmarks in order (at most 2,000, 8 deep)."""
    out = []
    for mark in document.get_toc(max_depth=8):
        if len(out) >= 2000:
            break
        page = top = None
        dest = mark.get_dest()
        if dest is not None:
            page = dest.get_index()
            mode, view = dest.get_view()
            # /XYZ left top zoom, /FitH top, /FitBH top: the height comes first for FitH, second for XYZ
            if mode == raw.PDFDEST_VIEW_XYZ and len(view) >= 2:
                top = view[1]
            elif mode in (raw.PDFDEST_VIEW_FITH, raw.PDFDEST_VIEW_FITBH) and view:
                top = view[0]
        out.append(OutlineEntry(mark.level, mark.get_title() or "", page, top))
    return out


def _info(document: pdfium.PdfDocument) -> dict[str, str]:
    """Return the document information (Title, Author, Creator…) that is set."""
    try:
        return {k: v for k, v in document.get_metadata_dict().items() if isinstance(v, str) and v.strip()}
    except pdfium.PdfiumError:
        return {}


def render_pages(data: bytes, scale: float, max_pages: int) -> tuple[list[Bitmap], int]:
    """Return RGB(A) images of the first ``max_pages`` pages of ``data`` at ``scale`` (1 is 72 dpi), and
    the page count. Raises InputError when the PDF cannot be opened."""
    with _LOCK:
        document = _open(data, InputError)
        try:
            count = len(document)
            images = []
            for index in range(min(count, max_pages)):
                page = document[index]
                try:
                    bitmap = page.render(scale=scale, rev_byteorder=True)
                    images.append(Bitmap(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                                         bitmap.n_channels))
                finally:
                    page.close()
            return images, count
        finally:
            document.close()
