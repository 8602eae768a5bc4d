"""Page images of a PDF, for the page's preview.

The pages are drawn by PDFium (:mod:`speechconv.pdfium`, the one room that uses pypdfium2; its wheels
carry the library, so nothing is needed on the system). The PNG files are written here with zlib, so no
imaging library is needed either.
"""
from __future__ import annotations

import struct
import zlib

from ..errors import InputError, OutputError
from ..pdfium import render_pages


def page_images(pdf: bytes, dpi: float = 96, max_pages: int = 40) -> tuple[list[bytes], int]:
    """Return PNG images of the first ``max_pages`` pages of ``pdf`` at ``dpi``, and the page count.

    Raises OutputError when the PDF cannot be opened.
    """
    try:
        bitmaps, count = render_pages(pdf, dpi / 72, max_pages)
    except InputError as exc:
        raise OutputError(f"the PDF cannot be shown ({exc.message})") from None
    return [_png(b.buffer, b.width, b.height, b.stride, b.channels) for b in bitmaps], count


def _png(buffer: bytes, width: int, height: int, stride: int, channels: int) -> bytes:
    """Return a PNG file of an 8-bit RGB (3 channels) or RGBA (4) bitmap whose rows are ``stride``
    bytes apart."""
    colour = {3: 2, 4: 6}[channels]
    row = width * channels
    raw = b"".join(b"\x00" + buffer[y * stride:y * stride + row] for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, colour, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 6))
            + chunk(b"IEND", b""))
