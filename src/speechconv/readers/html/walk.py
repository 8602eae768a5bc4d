"""The block walker: the page in document order, cut into blocks at block elements, ``<br>``, newlines in
preformatted text, ideographic-space indents and font changes in centred lines; bold and italic become
run marks; furniture, images and data tables inside the content are handled on the way; an ordered list's
items get the number a browser shows in front of their text (:mod:`.lists`)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from bs4 import NavigableString, Tag
from bs4.element import PreformattedString  # comments, doctypes, declarations, PIs: markup, not text

from ...model import Notice, Paragraph
from .blocks import Blocks, Marks
from .content import Stats
from .hints import face_of, font_size
from .lists import list_markers, list_owner
from .tables import flatten_table, is_data_table
from .tags import (ALIGN_STYLE, BLOCK_TAGS, BOLD_STYLE, BOLD_TAGS, FONT_FAMILY, FONT_SIZE, ITALIC_STYLE,
                   ITALIC_TAGS, NORMAL_STYLE, NORMAL_WEIGHT, PRE_STYLE, PRE_TAGS, WS, style_of)

#: A source line break followed by an ideographic-space indent starts a new paragraph, even without
#: <p> or <br> (pages that keep a text file's paragraphs as lines inside one element).
_INDENTED_LINE = re.compile(r"\r?\n[ \t]*(?=[\u3000\u2003]{1,4}[^\s\u3000\u2003])")


def _font_key(tag: Tag) -> tuple[str | None, str | None]:
    """Return (font size, CJK font family) set on ``tag`` or its nearest styled ancestors within a block."""
    size = family = None
    node: Tag | None = tag
    while node is not None and node.name not in BLOCK_TAGS and (size is None or family is None):
        style = style_of(node)
        if size is None and (m := FONT_SIZE.search(style)):
            size = m.group(1).replace(" ", "").lower()
        if family is None and (m := FONT_FAMILY.search(style)):
            name = m.group(1).strip()
            family = name if re.search(r"[^\x00-\x7f]", name) else None
        node = node.parent
    return size, family


def _aligned(block: Tag | None) -> bool:
    """Return True when ``block`` (a block element, or None) is centred or right-aligned."""
    if block is None:
        return False
    if block.name == "center" or str(block.get("align") or "").lower() in ("center", "right"):
        return True
    return bool(ALIGN_STYLE.search(style_of(block)))


def _styled_break(out: Blocks, parent: Tag) -> None:
    """Cut the open block when text after a source line break in a centred line changes font."""
    key = _font_key(parent)
    if out.pending_break and out.last_style is not None and key != out.last_style \
            and any(out.last_style) and any(key):
        out.flush()
    out.pending_break = False
    out.last_style = key


@dataclass
class WalkState:
    """What the walker needs besides the blocks: the content, furniture ids, the warnings so far."""

    content: Tag
    furniture: set[int]
    content_punct: int
    stats: Stats
    notices: list[Notice] = field(default_factory=list)
    images: list[Notice] = field(default_factory=list)
    markers: dict[int, str] = field(default_factory=dict)   #: list items' markers, by id(), per list seen

    def marker(self, item: Tag) -> str:
        """Return the number a browser shows before list item ``item`` (``""`` for a bullet or none)."""
        if id(item) not in self.markers:
            owner = list_owner(item)
            self.markers.update(list_markers(owner) if owner is not None else {id(item): ""})
        return self.markers.get(id(item), "")


def _text_node(node: NavigableString, out: Blocks, marks: Marks) -> None:
    """Add one text node: split at newlines inside <pre>, watch for styled line breaks in centred lines."""
    text = str(node)
    if marks.pre:
        for i, line in enumerate(text.split("\n")):
            if i:
                out.flush()
            out.add(line, marks)
        return
    if not text.strip():
        if "\n" in text and out.runs and node.parent is not None and _aligned(marks.block):
            out.pending_break = True
        out.add(text, marks)
        return
    if node.parent is not None and (out.pending_break or out.last_style is not None):
        _styled_break(out, node.parent)
    elif node.parent is not None:
        out.last_style = _font_key(node.parent)
    for i, line in enumerate(_INDENTED_LINE.split(text)):
        if i:
            out.flush()
        out.add(line, marks)


def _marks(node: Tag, outer: Marks) -> Marks:
    """Return the marks inside ``node``, given the marks around it."""
    style = style_of(node)
    bold, italic = outer.bold, outer.italic
    if node.name in BOLD_TAGS or BOLD_STYLE.search(style):
        bold = not NORMAL_WEIGHT.search(style)
    elif NORMAL_WEIGHT.search(style):
        bold = False
    if node.name in ITALIC_TAGS or ITALIC_STYLE.search(style):
        italic = not NORMAL_STYLE.search(style)
    elif NORMAL_STYLE.search(style):
        italic = False
    link = outer.link or (node.name == "a" and node.has_attr("href"))
    pre = outer.pre or node.name in PRE_TAGS or bool(PRE_STYLE.search(style))
    size = font_size(node, outer.size) or outer.size
    face = face_of(node) or outer.face
    return Marks(bool(bold), bool(italic), link, pre, node if node.name in BLOCK_TAGS else outer.block, size,
                 face)


def walk(root: Tag, state: WalkState, out: Blocks) -> None:
    """Walk ``root`` in document order, cutting blocks and marking what lies inside the content."""
    stack: list[tuple[object, bool, Marks]] = [(root, False, Marks())]
    while stack:
        node, exiting, marks = stack.pop()
        if isinstance(node, NavigableString):
            if not isinstance(node, PreformattedString):
                _text_node(node, out, marks)
            continue
        assert isinstance(node, Tag)
        if exiting:
            if node.name in BLOCK_TAGS or node is state.content:
                out.flush()
            if node.name == "li":
                out.close_item()
            if node is state.content:
                out.in_content = False
            continue
        if node.name in BLOCK_TAGS or node is state.content:
            out.flush()
        if node is state.content:
            out.enter_content()
        if out.in_content and _special(node, state, out):
            continue
        if out.in_content and node.name == "li":
            out.open_item(state.marker(node))
        inner = _marks(node, marks)
        stack.append((node, True, marks))
        stack.extend((c, False, inner) for c in reversed(list(node.children)))


def _special(node: Tag, state: WalkState, out: Blocks) -> bool:
    """Handle furniture, images and data tables inside the content; return True when handled."""
    if id(node) in state.furniture:
        text = WS.sub(" ", node.get_text(" ")).strip()
        if text:
            out.furniture.append(text)
        return True
    if node.name == "img" or node.name.endswith(":imagedata"):
        name = node.get("src") or node.get("alt") or node.get("title") or f"<{node.name}>"
        state.images.append(Notice("image-dropped", str(name),
                                   "images are not carried over; insert it by hand if the speech needs it"))
        return True
    if node.name == "table" and is_data_table(node, state.content_punct, state.stats):
        lines, notice = flatten_table(node)
        for line in lines:
            out.add_block(line)
        state.notices.append(notice)
        return True
    return False


def link_lists(blocks: list[tuple[Paragraph, bool]]) -> tuple[list[Paragraph], list[str]]:
    """Split content blocks into kept blocks and link lists (runs of 2+ link-only lines with their lead-in)."""
    kept: list[Paragraph] = []
    dropped: list[str] = []
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and blocks[j][1]:
            j += 1
        if j - i >= 2:
            if kept and len(kept[-1].text) <= 40 and kept[-1].text.endswith(("：", ":")):
                dropped.append(kept.pop().text)
            dropped.extend(p.text for p, _ in blocks[i:j])
            i = j
            continue
        kept.extend(p for p, _ in blocks[i:max(j, i + 1)])
        i = max(j, i + 1)
    return kept, dropped
