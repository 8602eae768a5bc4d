"""The OFD writer: GB/T 33190-2016 documents drawn from the same composed pages as the PDF.

:func:`speechconv.writers.typeset.compose` sets the pages (the PDF writer draws the same ones);
``scene`` turns composed pages into text runs and highlight rectangles in millimetres, ``content``
writes each page's ``Content.xml``, ``package`` the other parts and the ZIP file, ``xmlparts`` holds
the XML helpers (standard library only). Fonts are embedded as subsets of the shipped files, made by
:mod:`speechconv.writers.fontfile`; a character a role's font lacks is drawn from the profile's
fallback font, exactly as in the PDF.
"""
from __future__ import annotations

import datetime as _dt
from functools import lru_cache
from importlib import metadata
from typing import BinaryIO

from ...errors import OutputError
from ...model import Document, Notice
from ...outputs import write_problem
from ...profile import MM, Profile
from ..typeset import compose
from .package import DocInfo, PageBox, write_package
from .scene import scenes

__all__ = ["write_ofd"]


def write_ofd(doc: Document, out: BinaryIO, profile: Profile) -> list[Notice]:
    """Write ``doc`` as an OFD package to the binary file object ``out``; return the warnings.

    The warnings are the composition's (``missing-glyph`` for a character no font has: its cell is
    left blank). Raises FontError when a font file is missing or cannot be read or subset,
    ProfileError for a profile naming unknown roles or fonts, OutputError when ``out`` cannot be
    written.
    """
    composed = compose(doc, profile)
    box = PageBox(round(composed.width / MM, 3), round(composed.height / MM, 3))
    info = doc_info(doc, bool(profile.pdf.get("invariant", False)))
    try:
        write_package(out, scenes(composed), info, box)
    except OSError as exc:
        raise OutputError(f"cannot write the OFD: {write_problem(exc)}") from None
    return list(composed.notices)


def doc_info(doc: Document, invariant: bool = False) -> DocInfo:
    """Return the document information of ``doc``: title, author and subject as the PDF's.

    The title is the page title or the first speech's; the author its speaker line; the subject the
    speech titles of a collection, or the subtitle. The date is today's, or 2000-01-01 when
    ``invariant`` (for reproducible files).
    """
    first = doc.speeches[0] if doc.speeches else None
    title = doc.title or (first.title if first else None)
    titles = [s.title for s in doc.speeches if s.title]
    subject = "；".join(titles) if len(titles) > 1 else (first.subtitle if first else None)
    date = _dt.date(2000, 1, 1) if invariant else _dt.date.today()
    return DocInfo(title, first.byline if first else None, subject, _version(), date)


@lru_cache(maxsize=1)
def _version() -> str:
    """Return speechconv's version ("0.1.0"), looked up once; "unknown" from an unpacked tree."""
    try:
        return metadata.version("speechconv")
    except metadata.PackageNotFoundError:  # pragma: no cover - running from an unpacked tree
        return "unknown"
