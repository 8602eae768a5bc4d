"""A written DOCX opened as its zip members, shared by the DOCX test modules."""
from __future__ import annotations

import io
import zipfile

from lxml import etree


class DocxParts:
    """A written DOCX: its zip members by name and the notices the writer returned."""

    def __init__(self, raw: bytes, notices: list) -> None:
        self.raw = raw
        self.notices = notices
        with zipfile.ZipFile(io.BytesIO(raw)) as zf:
            self.files = {n: zf.read(n) for n in zf.namelist()}

    def xml(self, name: str) -> etree._Element:
        """Return the parsed XML of member ``name``."""
        return etree.fromstring(self.files[name])
