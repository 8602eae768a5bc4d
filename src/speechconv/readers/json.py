"""JSON model reader: a document speechconv wrote (``--to json``) read back as it was saved."""
from __future__ import annotations

from ..limits import LIMITS, Limits
from ..model import Document, Source


def read_json(text: str, source: Source | None = None, *, limits: Limits = LIMITS) -> Document:
    """Return the Document a JSON model holds; it is finished (no passes run) and keeps its own source.

    ``source`` is not used: the model names the page it was read from. Raises SchemaError for text that
    is not a speechconv model, InputError when it holds more than ``limits.paragraphs`` blocks.
    """
    doc = Document.from_json(text)
    limits.check_paragraphs(sum(len(s.blocks) for s in doc.speeches))
    return doc
