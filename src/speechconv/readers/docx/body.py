"""The body of a Word document as block items in document order: paragraphs and tables.

Content controls (``w:sdt``), custom XML and inserted blocks are read through; deleted blocks are
recorded; of an ``mc:AlternateContent`` one branch is read. A paragraph's properties are its style's
(through the ``basedOn`` chain) overridden by its own; its auto-number is counted here, in document
order (numbered paragraphs inside tables and text boxes count too).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ...errors import InputError
from ...limits import Limits
from .inline import Inline, Notes, Piece, choose
from .numbering import Numbering
from .styles import Props, StyleSheet, para_props
from .xml import MC_NS, Element, local_name, namespace, on, texts, w, wval

#: Tables, content controls and text boxes nested deeper than this are refused (no real document
#: comes near; a crafted one would exhaust the stack).
MAX_NESTING = 48


@dataclass
class WPara:
    """One Word paragraph as read: its lines (cut at breaks), its resolved properties and number."""

    lines: list[list[Piece]]
    props: Props
    number: str = ""
    keep_next: bool | None = None      #: the paragraph's own ``w:keepNext`` (None: the style's)
    page_break: bool = False           #: ``w:pageBreakBefore`` or a page break before its text
    media: bool = False                #: it shows a drawing, picture or embedded object

    @property
    def text(self) -> str:
        """Return the paragraph's text, lines joined by newlines."""
        return "\n".join("".join(p.text for p in line) for line in self.lines)


@dataclass
class WTable:
    """A table: rows of cells, each cell a list of block items (paragraphs and nested tables)."""

    rows: list[list[list]] = field(default_factory=list)


class BodyReader:
    """Walks block containers (the body, table cells, text boxes, notes) into items."""

    def __init__(self, styles: StyleSheet, numbering: Numbering, notes: Notes,
                 rels: dict[str, tuple[str, str]], limits: Limits) -> None:
        self.styles = styles
        self.numbering = numbering
        self.notes = notes
        self.limits = limits
        self.inline = Inline(styles, notes, self.box, rels)
        self.count = 0
        self.depth = 0

    def blocks(self, container: Element) -> list:
        """Return the block items of ``container`` in order."""
        self.depth += 1
        if self.depth > MAX_NESTING:
            raise InputError(f"its tables, content controls or text boxes are nested more than {MAX_NESTING} "
                             "deep; it is not a document this tool reads")
        out: list = []
        for child in container:
            name = local_name(child)
            if name == "p":
                out.extend(self.paragraph(child))
            elif name == "tbl":
                out.append(self.table(child))
            elif name in ("sdt",):
                content = child.find(w("sdtContent"))
                if content is not None:
                    out.extend(self.blocks(content))
            elif name in ("customXml", "ins", "moveTo", "sdtContent"):
                out.extend(self.blocks(child))
            elif name in ("del", "moveFrom"):
                self.notes.drop(texts(child), "docx: tracked deletion" if name == "del"
                                else "docx: tracked move (text at its old place)")
            elif name == "AlternateContent" and namespace(child) == MC_NS:
                out.extend(self.blocks(choose(child)))
        self.depth -= 1
        return out

    def box(self, content: Element) -> list:
        """Return the block items of a text box's content (its numbering state goes on)."""
        saved = (self.inline.lines, self.inline.after, self.inline.base, self.inline.toc)
        try:
            return self.blocks(content)
        finally:
            self.inline.lines, self.inline.after, self.inline.base, self.inline.toc = saved

    def paragraph(self, p: Element) -> list:
        """Return the paragraph ``p`` (and the items of text boxes it anchors after it)."""
        ppr = p.find(w("pPr"))
        own = para_props(ppr)
        style_para, style_run = self.styles.paragraph(own.style)
        props = own.over(style_para)
        lines, after = self.inline.paragraph(p, style_run)
        number = ""
        if props.num_id:
            number = self.numbering.next_number(props.num_id, props.num_level, self._style_num)
        keep = on(ppr.find(w("keepNext"))) if ppr is not None else None
        page_break = bool(ppr is not None and on(ppr.find(w("pageBreakBefore"))))
        page_break = page_break or _starts_with_page_break(p)
        media = next(p.iter(w("drawing"), w("pict"), w("object")), None) is not None
        para = WPara(lines, props, number, keep, page_break, media)
        self.count += sum(1 for line in lines if any(pc.text.strip() for pc in line)) or 1
        self.limits.check_paragraphs(self.count)
        return [para] + after

    def _style_num(self, style_id: str) -> str | None:
        """Return the numbering instance a numbering style names (for ``w:numStyleLink``)."""
        st = self.styles.styles.get(style_id)
        return st.para.num_id if st is not None else None

    def table(self, tbl: Element) -> WTable:
        """Return a table's rows of cells (merged cells' continuation holds no text and is skipped)."""
        self.depth += 1
        if self.depth > MAX_NESTING:
            raise InputError(f"its tables are nested more than {MAX_NESTING} deep; it is not a document this "
                             "tool reads")
        out = WTable()
        for tr in _rows(tbl):
            cells = []
            for tc in _cells(tr):
                cells.append(self.blocks(tc))
            out.rows.append(cells)
        self.depth -= 1
        return out


def _rows(tbl: Element) -> list[Element]:
    """Return a table's rows, through content controls and custom XML around them."""
    out = []
    for child in tbl:
        name = local_name(child)
        if name == "tr":
            out.append(child)
        elif name in ("sdt", "customXml", "sdtContent", "ins"):
            out.extend(_rows(child))
    return out


def _cells(tr: Element) -> list[Element]:
    """Return a row's cells, through content controls and custom XML around them."""
    out = []
    for child in tr:
        name = local_name(child)
        if name == "tc":
            out.append(child)
        elif name in ("sdt", "customXml", "sdtContent", "ins"):
            out.extend(_cells(child))
    return out


def _starts_with_page_break(p: Element) -> bool:
    """Return True when the paragraph's first content is a page break (``<w:br w:type="page"/>``)."""
    for node in p.iter(w("br"), w("t")):
        return local_name(node) == "br" and wval(node, "type") == "page"
    return False
