"""What speechconv refuses to read: one frozen :class:`Limits` value, made once by the caller
(:func:`speechconv.read` builds it from its arguments) and passed down to the loader and the readers.

Every limit guards memory and time against a file that is not a speech (a whole site's dump, a bomb);
real speeches stay far below each of them. Limits are counted, never guessed from the machine.
"""
from __future__ import annotations

from dataclasses import dataclass

from .errors import InputError


@dataclass(frozen=True)
class Limits:
    """The largest input speechconv reads; anything larger is refused with an InputError (exit 3)."""

    #: bytes of one input (a file, bytes, or a str's UTF-8 form); a regular file over it is never read
    input_bytes: int = 20 * 1024 * 1024
    #: paragraphs of one page: text lines, HTML blocks, JSON model blocks (a long speech has a few
    #: hundred; 100,000 would be thousands of printed pages)
    paragraphs: int = 50_000
    #: characters of one HTML page, checked before parsing
    html_chars: int = 20 * 1024 * 1024
    #: start tags of one HTML page, counted before parsing: each element costs about 2 KB of memory and
    #: 60 µs, and real pages have a few thousand (100,000 nested <div>s still pass)
    html_elements: int = 200_000
    #: pages of one PDF (a long speech has 20 to 60; a whole year's bulletins is not one)
    pdf_pages: int = 300
    #: seconds spent reading a PDF's text layer (about 0.01 s a page is usual; a PDF built to be slow
    #: to parse is stopped between pages)
    pdf_seconds: float = 60.0

    def check_paragraphs(self, count: int) -> None:
        """Raise InputError when a page has more than :attr:`paragraphs` paragraphs (``count``)."""
        if count > self.paragraphs:
            raise InputError(f"the input has more than {self.paragraphs:,} paragraphs, more than any speech; "
                             "split it into smaller files (or check that it is the page you meant)")


#: The limits used when a caller gives none.
LIMITS = Limits()


def size_text(size: int) -> str:
    """Return ``size`` bytes as the limits are given: ``20 MB``, ``52.4 MB`` (2**20 bytes), or KB or
    bytes below a megabyte."""
    if size < 1024:
        return f"{size} bytes"
    if size < 2**20:
        return f"{size / 1024:.0f} KB"
    return f"{size / 2**20:.1f}".removesuffix(".0") + " MB"
