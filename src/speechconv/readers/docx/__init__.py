"""DOCX reader: a Word document's paragraphs and tables, in document order, as one raw speech.

The package's parts are read through :mod:`speechconv.zipparts` (each part's inflated size capped) and
parsed with lxml in :mod:`.xml` (no DTDs, no entities, no network) — python-docx is not used: it has no
API for numbering, tracked changes, fields or text boxes, and it reads a package's parts without caps.
The steps have their modules:

1. :mod:`.package`: the main part and the parts it relates to (styles, numbering, comments, notes,
   headers, footers), and the title property;
2. :mod:`.styles` and :mod:`.numbering`: styles resolved through ``basedOn``; auto-numbers counted;
3. :mod:`.body` and :mod:`.inline`: block items in document order (tracked deletions, hidden text,
   tables of contents recorded; text boxes kept after their anchor; pictures and objects warned);
4. :mod:`.paragraphs`: tables resolved, paragraphs made with their hints, link lists dropped;
5. :mod:`.webpage`: in a web page saved as a Word file, the main content found and the rest dropped.

Comments, headers, footers, footnotes and endnotes are not part of the speech: their text is recorded in
``dropped`` with the reason. A DOCX that speechconv wrote (its role styles are present) is read back by
those styles into a finished document (:mod:`.own`), so a round trip gives the same speeches.
"""
from __future__ import annotations

import re

from ...errors import InputError
from ...limits import LIMITS, Limits
from ...model import Document, Dropped, Source, Speech
from .. import Finished
from .body import BodyReader
from .inline import Notes
from .numbering import Numbering
from .own import is_own, read_own
from .package import Package, open_package
from .paragraphs import ParagraphMaker, body_size, document_punctuation, face_bold, flatten, link_lists
from .styles import StyleSheet
from .webpage import main_content
from .xml import texts, w

__all__ = ["read_docx"]

#: part kind -> the reason its text is recorded as dropped
_ASIDE = {"comments": "docx: comment", "header": "docx: page header", "footer": "docx: page footer",
          "footnotes": "docx: footnote", "endnotes": "docx: endnote"}
#: A header or footer that shows only a page number: — 1 —, 第 1 页, 1/3.
_PAGE_NUMBER = re.compile(r"[\s—–\-第页共/0-9]*")
_NOTE_TAGS = {"comments": "comment", "footnotes": "footnote", "endnotes": "endnote"}


def read_docx(data: bytes, source: Source | None = None, *,
              limits: Limits = LIMITS) -> Document | Finished:
    """Return the Document of a Word file's bytes: one raw speech of its paragraphs, or — for a DOCX
    that speechconv wrote — the finished document (as :class:`~speechconv.readers.Finished`).

    Raises InputError when the file is not a readable Word package, a part inflates past its cap, is
    not well-formed or declares a DTD, content is nested absurdly deep, or there are more than
    ``limits.paragraphs`` paragraphs.
    """
    source = source or Source(format="docx")
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise InputError("a Word document is read from its bytes, not from text")
    pkg = open_package(bytes(data), None)      # errors name no file: the caller adds the path it was given
    styles = StyleSheet(pkg.first("styles"))
    notes = Notes()
    reader = BodyReader(styles, Numbering.load(pkg.first("numbering")), notes, pkg.rels, limits)
    body = pkg.document.find(w("body"))
    items = reader.blocks(body) if body is not None else []
    aside = _aside(pkg)
    if is_own(styles, pkg.description):
        return Finished(read_own(items, styles, pkg.title, source, notes, aside))
    warnings = list(notes.notices.values())
    flat = flatten(items, document_punctuation(items), warnings)
    made = ParagraphMaker(styles, body_size(flat, styles.defaults.size), face_bold(flat)).make(flat)
    kept, links = link_lists(made)
    content, outside, title = main_content(kept, pkg.title)
    doc = Document(speeches=(Speech(blocks=tuple(m.paragraph for m in content)),), title=title,
                   source=source, dropped=tuple(outside + notes.dropped + links + aside),
                   warnings=tuple(warnings))
    return doc


def _aside(pkg: Package) -> list[Dropped]:
    """Return the text of comments, headers, footers and notes, each with its reason (a header repeated
    on several parts is recorded once; a header or footer holding only a page number is left out)."""
    out: list[Dropped] = []
    seen: set[tuple[str, str]] = set()
    for kind, reason in _ASIDE.items():
        for _name, root in pkg.parts.get(kind, []):
            tag = _NOTE_TAGS.get(kind)
            chunks = ([texts(el) for el in root.iter(w(tag)) if _is_note(el)] if tag else [texts(root)])
            for text in chunks:
                if kind in ("header", "footer") and _PAGE_NUMBER.fullmatch(text):
                    continue                         # a page number (a field's result), not text
                if text.strip() and (text, reason) not in seen:
                    seen.add((text, reason))
                    out.append(Dropped(text, reason))
    return out


def _is_note(el) -> bool:
    """Return True for a comment or a real note (not Word's separator pseudo-notes)."""
    return el.get(w("type")) in (None, "normal")

