"""The reading of a page line by line, and why a line got its role (``speechconv inspect --roles/--why``).

The page is read as the ``split`` pass reads it: after ``normalize`` and ``boilerplate``, every line of
the page gets one role by evidence (:mod:`speechconv.passes.reading`), or, on a page of speakers' parts
(:mod:`speechconv.passes._speakers`), the role the speakers' labels give it. :func:`page_roles` lists them;
:func:`why` explains one line: its role, the runner-up roles with what choosing them would cost the
whole reading, and the features that weigh most.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from .model import Block, Document, Heading
from .passes._speakers import speaker_page
from .passes.reading import read_lines
from .passes.reading.explain import Why, explain

#: The passes that run before the page is read.
BEFORE_READING = ("normalize", "boilerplate")


@dataclass(frozen=True)
class LineRole:
    """One line of the page as read: its number (from 1), its role, its text."""

    number: int
    role: str
    text: str


def _page(src, format: str | None, skip: Iterable[str]) -> tuple[list[Block], str | None]:
    """Return the page's lines as split reads them, and the page title."""
    from .api import read

    skip = set(skip)
    doc: Document = read(src, format=format, passes=[p for p in BEFORE_READING if p not in skip])
    return [b for s in doc.speeches for b in s.blocks], doc.title


def page_roles(src, format: str | None = None, skip: Iterable[str] = ()) -> list[LineRole]:
    """Return every line of the page with the role the reading gives it. Raises as :func:`speechconv.read`."""
    blocks, title = _page(src, format, skip)
    by_speaker = None if "split" in set(skip) else speaker_page(blocks, title)
    labels = by_speaker.roles if by_speaker is not None else read_lines(blocks, title).labels
    return [LineRole(i + 1, role, b.label if isinstance(b, Heading) else b.text)
            for i, (b, role) in enumerate(zip(blocks, labels))]


def why(src, number: int, format: str | None = None, skip: Iterable[str] = ()) -> Why:
    """Return the evidence for line ``number`` (from 1, as :func:`page_roles` numbers them).

    Raises InputError when the page has no such line, and as :func:`speechconv.read`.
    """
    from .errors import InputError

    blocks, title = _page(src, format, skip)
    if not 1 <= number <= len(blocks):
        raise InputError(f"has {len(blocks)} lines; --why takes a line number from 1 to {len(blocks)} "
                         "(see --roles)", str(src) if not isinstance(src, bytes) else None)
    by_speaker = None if "split" in set(skip) else speaker_page(blocks, title)
    if by_speaker is not None:
        b = blocks[number - 1]
        return Why(number - 1, b.label if isinstance(b, Heading) else b.text, by_speaker.roles[number - 1], (), (),
                   note=SPEAKERS_NOTE)
    return explain(blocks, title, number - 1)


#: What ``--why`` says of a line on a page of speakers' parts.
SPEAKERS_NOTE = ("read as a page of speakers' parts (passes/_speakers.py): each speaker's label or bracketed "
                 "attribution starts or ends a part; no weighing of the line's evidence decided it")
