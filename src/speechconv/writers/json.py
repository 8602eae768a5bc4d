"""JSON writer: the model's versioned JSON form (``schema: speechconv/1``), UTF-8."""
from __future__ import annotations

from typing import BinaryIO

from ..model import Document, Notice
from ..profile import Profile


def write_json(doc: Document, out: BinaryIO, profile: Profile | None = None) -> list[Notice]:
    """Write ``doc`` as indented UTF-8 JSON to ``out``; return no warnings (the profile is unused).

    A lone surrogate (which UTF-8 cannot hold) is written as its JSON escape (``\\ud800``), so the
    file stays valid UTF-8 and reads back as the same document.
    """
    out.write(doc.to_json().encode("utf-8", "backslashreplace") + b"\n")
    return []
