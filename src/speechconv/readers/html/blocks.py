"""The blocks the walker makes: inline text with its :class:`Marks` gathered into the open block, closed
into a paragraph inside the content or into a dropped line outside it.

:meth:`Blocks.flush` is the one place a content paragraph is made, and every text reaches
:meth:`Blocks.add` with its marks, ``block`` (the element of the block it lies in) among them: what a
block says about itself besides its text (a whole paragraph in bold, centred, a heading tag, a larger
font) is read there.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace

from bs4 import Tag

from ...limits import LIMITS, Limits
from ...model import Paragraph, Run
from ..faces import is_heading_face
from .hints import block_hints
from .lists import numbered_already
from .tags import WS


@dataclass(frozen=True)
class Marks:
    """What a text node inherits from the elements around it."""

    bold: bool = False
    italic: bool = False
    link: bool = False          #: inside ``<a href>``
    pre: bool = False           #: preformatted: newlines cut blocks
    block: Tag | None = None    #: the nearest block element holding the text (None above any)
    size: float | None = None   #: the font size (pt) the elements around set, None for the default
    face: str | None = None     #: the face the elements around set for Chinese text, None for the default


@dataclass(frozen=True)
class Outside:
    """A block outside the content: its paragraph (with the hints its element gives), whether all its
    text is link text, and its block element (None above any)."""

    paragraph: Paragraph
    link_only: bool
    block: Tag | None


@dataclass
class Blocks:
    """Collects blocks while walking the tree: runs of the open block, finished blocks, outside text."""

    inside: list[tuple[Paragraph, bool]] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)
    outside_blocks: list[Outside] = field(default_factory=list)   #: ``outside`` with what each one was
    before: int | None = None            #: how many outside blocks came before the content
    furniture: list[str] = field(default_factory=list)
    runs: list[Run] = field(default_factory=list)
    limits: Limits = LIMITS
    in_content: bool = False
    link_only: bool = True
    last_style: tuple[str | None, str | None] | None = None
    pending_break: bool = False
    content: Tag | None = None          #: the content element (hints look no higher)
    block: Tag | None = None            #: the block element of the open block's first text
    sizes: Counter = field(default_factory=Counter)   #: characters of the open block per font size
    item: tuple[str, str] | None = None  #: a list item opened, no text yet: (its marker, "ol" or "ul")
    listed: str | None = None           #: the open block opens a list item: "ol" (numbered) or "ul"
    face_bold: bool = False             #: text in a heading face (黑体) counts as bold on this page

    def bold(self, marks: Marks) -> bool:
        """Return True when text with ``marks`` shows as bold: bold, or set in a heading face on a page
        whose text is mostly in another face (:func:`~.hints.face_bold`)."""
        return marks.bold or (self.face_bold and is_heading_face(marks.face))

    def add(self, text: str, marks: Marks) -> None:
        """Append inline text with its marks to the open block."""
        text = WS.sub(" ", text)
        if not text:
            return
        if text.strip():
            if self.item is not None:   # a list item's first text: the number a browser shows goes first
                marker, self.listed, self.item = self.item[0], self.item[1], None
                text = marker + text.lstrip() if marker and not numbered_already(marker, text) else text
            self.link_only = self.link_only and marks.link
            self.block = self.block or marks.block
            self.sizes[marks.size] += len(text.strip())
        bold = self.bold(marks)
        if self.runs and (self.runs[-1].bold, self.runs[-1].italic) == (bold, marks.italic):
            self.runs[-1] = Run(self.runs[-1].text + text, bold=bold, italic=marks.italic)
        else:
            self.runs.append(Run(text, bold=bold, italic=marks.italic))

    def flush(self) -> None:
        """Close the open block: keep it when it has text, inside or outside the content."""
        runs = _trim(self.runs)
        link_only, block, sizes, listed = self.link_only, self.block, self.sizes, self.listed
        self.runs, self.link_only, self.last_style, self.pending_break = [], True, None, False
        self.block, self.sizes, self.listed = None, Counter(), None
        if not runs:
            return
        if self.in_content:
            bold = all(r.bold for r in runs if r.text.strip())
            size = sizes.most_common(1)[0][0] if sizes else None
            hints = block_hints(block, self.content, bold, size)
            if listed and not hints.heading:   # a heading tag around or in the item: the heading wins
                hints = replace(hints, list=listed)
            self.inside.append((Paragraph(runs, hints=hints), link_only))
            self.limits.check_paragraphs(len(self.inside))
        else:
            size = sizes.most_common(1)[0][0] if sizes else None
            hints = block_hints(block, None, all(r.bold for r in runs if r.text.strip()), size)
            self.outside.append("".join(r.text for r in runs))
            self.outside_blocks.append(Outside(Paragraph(runs, hints=hints), link_only, block))

    def enter_content(self) -> None:
        """Mark the walk as inside the content (and note where the content began, the first time)."""
        self.in_content = True
        if self.before is None:
            self.before = len(self.outside)

    def open_item(self, marker: str) -> None:
        """Open a list item: its first text will open a paragraph marked as a list item, after
        ``marker`` (the number a browser shows, ``""`` for a bullet). An item opened inside another
        that has no text yet shows both numbers (``1. a. ``)."""
        outer = self.item[0] if self.item else ""
        self.item = (outer + marker, "ol" if outer + marker else "ul")

    def close_item(self) -> None:
        """Close a list item: an item that had no text shows no number."""
        self.item = None

    def add_block(self, text: str) -> None:
        """Append a finished plain-text block (a flattened table row)."""
        self.flush()
        text = WS.sub(" ", text).strip()
        if text and self.in_content:
            self.inside.append((Paragraph.of(text), False))
            self.limits.check_paragraphs(len(self.inside))
        elif text:
            self.outside.append(text)
            self.outside_blocks.append(Outside(Paragraph.of(text), False, None))


def _trim(runs: list[Run]) -> tuple[Run, ...]:
    """Return ``runs`` without leading/trailing whitespace and without empty runs."""
    out = [r for r in runs if r.text]
    while out and not out[0].text.strip():
        out.pop(0)
    while out and not out[-1].text.strip():
        out.pop()
    if not out:
        return ()
    out[0] = Run(out[0].text.lstrip(), bold=out[0].bold, italic=out[0].italic)
    out[-1] = Run(out[-1].text.rstrip(), bold=out[-1].bold, italic=out[-1].italic)
    return tuple(r for r in out if r.text)
