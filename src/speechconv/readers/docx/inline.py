"""The inside of a Word paragraph: runs, and what wraps them, in document order, as pieces of text.

- Text is ``w:t``; ``w:tab`` and ``w:ptab`` are a tab character; ``w:br`` and ``w:cr`` end a line (the paragraph
  is cut there, as a ``<br>`` cuts a web page's block); ``w:sym`` is mapped from its symbol font; a soft
  hyphen is nothing, a non-breaking hyphen ``-``.
- Tracked changes: insertions (``w:ins``, ``w:moveTo``) are read; deletions (``w:del``) and the old place
  of a move (``w:moveFrom``) are left out and recorded.
- Fields: a simple field (``w:fldSimple``) and a complex one (``w:fldChar`` begin … separate … end) give
  their result text, never their code; a table of contents' result (a copy of the headings) is recorded.
- Hidden text (``w:vanish``), ruby annotations and equations' source are handled as said in
  :meth:`Inline.run`; text boxes are read as paragraphs of their own, after the paragraph that anchors
  them; pictures, charts and embedded objects are warned about.
- Hyperlinks mark their pieces (a list of links is page furniture).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Callable

from ...model import Dropped, Notice
from .styles import Props, StyleSheet, run_props
from .symbols import symbol_char
from .xml import M_NS, MC_NS, Element, clark, local_name, namespace, texts, w, wval


@dataclass(frozen=True)
class Piece:
    """A stretch of paragraph text with the marks the reader keeps."""

    text: str
    bold: bool = False
    italic: bool = False
    size: int | None = None          #: half-points
    char_style: str | None = None
    highlight: bool = False
    link: bool = False
    own_bold: bool = False           #: bold set on the run itself (not by a style)
    own_italic: bool = False
    font: str | None = None          #: the face of its Chinese text

    def marks(self) -> tuple:
        """Return everything but the text (pieces with equal marks are merged)."""
        return (self.bold, self.italic, self.size, self.char_style, self.highlight, self.link, self.own_bold,
                self.own_italic, self.font)


@dataclass
class Field:
    """An open complex field: its code so far, and whether its result is being read."""

    code: list[str] = field(default_factory=list)
    result: bool = False

    def is_toc(self) -> bool:
        """Return True for a table of contents (``TOC \\o "1-3"``)."""
        return "".join(self.code).strip().upper().startswith("TOC")


@dataclass
class Notes:
    """What the walk records on the way: dropped text with reasons, warnings, the fields open."""

    dropped: list[Dropped] = field(default_factory=list)
    notices: dict[tuple[str, str], Notice] = field(default_factory=dict)
    fields: list[Field] = field(default_factory=list)

    def drop(self, text: str, reason: str) -> None:
        """Record ``text`` (when it has any) as dropped for ``reason``."""
        if text.strip():
            self.dropped.append(Dropped(text.strip(), reason))

    def warn(self, code: str, text: str, hint: str) -> None:
        """Record a warning (each code and text once)."""
        self.notices.setdefault((code, text), Notice(code, text, hint))


#: Characters that end a line inside a text node (as the plain-text reader takes them).
_LINE_ENDS = re.compile("[\u2028\u2029\x0b\x0c\x85\r\n]")
_SKIP = frozenset({"rPr", "pPr", "proofErr", "bookmarkStart", "bookmarkEnd", "commentRangeStart",
                   "commentRangeEnd", "commentReference", "annotationRef", "footnoteReference",
                   "endnoteReference", "footnoteRef", "endnoteRef", "separator", "continuationSeparator",
                   "lastRenderedPageBreak", "permStart", "permEnd", "instrText", "delInstrText",
                   "sectPr", "pPrChange", "rPrChange", "moveFromRangeStart", "moveFromRangeEnd",
                   "moveToRangeStart", "moveToRangeEnd", "customXmlInsRangeStart", "customXmlInsRangeEnd",
                   "customXmlDelRangeStart", "customXmlDelRangeEnd", "noBreakHyphen", "softHyphen", "tab",
                   "ptab", "br", "cr", "sym", "t", "fldChar", "delText", "dayShort", "dayLong", "monthShort",
                   "monthLong", "yearShort", "yearLong", "pgNum", "contentPart", "sdtPr", "sdtEndPr",
                   "fldData", "ffData", "numberingChange"})
_WRAPPERS = frozenset({"ins", "moveTo", "smartTag", "customXml", "fldSimple", "bdo", "dir", "sdtContent",
                       "hyperlink", "rubyBase"})
_MEDIA = (("blip", "image-dropped", "a picture"), ("imagedata", "image-dropped", "a picture"),
          ("chart", "object-dropped", "a chart"), ("OLEObject", "object-dropped", "an embedded object"),
          ("control", "object-dropped", "a form control"), ("relIds", "object-dropped", "a SmartArt diagram"))


class Inline:
    """Reads the inside of paragraphs; one per document (fields may span paragraphs)."""

    def __init__(self, styles: StyleSheet, notes: Notes,
                 boxes: Callable[[Element], list], rels: dict[str, tuple[str, str]]) -> None:
        self.styles = styles
        self.notes = notes
        self.boxes = boxes          #: reads a text box's content into block items
        self.rels = rels
        self.lines: list[list[Piece]] = [[]]
        self.after: list = []       #: text boxes' items, placed after the paragraph
        self.base = Props()
        self.toc: list[str] = []    #: the paragraph's text inside a table of contents

    def paragraph(self, p: Element, base: Props) -> tuple[list[list[Piece]], list]:
        """Return the lines of paragraph ``p`` (cut at breaks; ``base`` is its style's run properties)
        and the block items of the text boxes it anchors."""
        self.lines, self.after, self.base, self.toc = [[]], [], base, []
        self.children(p, link=False)
        self.notes.drop(" ".join("".join(self.toc).split()), "docx: table of contents")
        return self.lines, self.after

    def children(self, el: Element, link: bool) -> None:
        """Read the inline children of ``el``."""
        for child in el:
            name = local_name(child)
            if not name or name in _SKIP:
                continue
            ns = namespace(child)
            if name == "r" and ns != M_NS:
                self.run(child, link)
            elif name in _WRAPPERS:
                self.children(child, link or name == "hyperlink")
            elif name == "sdt":
                content = child.find(w("sdtContent"))
                if content is not None:
                    self.children(content, link)
            elif name in ("del", "moveFrom"):
                self.notes.drop(texts(child), "docx: tracked deletion" if name == "del"
                                else "docx: tracked move (text at its old place)")
            elif name == "AlternateContent" and ns == MC_NS:
                self.children(choose(child), link)
            elif name in ("oMath", "oMathPara") and ns == M_NS:
                self.add("".join(t.text or "" for t in child.iter(clark(M_NS, "t"))), self.base, None, link)
            elif name == "ruby":
                self.ruby(child, link)
            elif name in ("drawing", "pict", "object"):
                self.media(child)
            else:
                self.children(child, link)

    def run(self, r: Element, link: bool) -> None:
        """Read one ``w:r``: its properties, then its text, breaks, symbols, fields and drawings."""
        rpr = r.find(w("rPr"))
        own = run_props(rpr)
        char_style = wval(rpr.find(w("rStyle"))) if rpr is not None else None
        props = own.over(self.styles.character(char_style)).over(self.base)
        highlight = rpr is not None and (rpr.find(w("highlight")) is not None
                                         and wval(rpr.find(w("highlight"))) != "none")
        if props.hidden:
            self.notes.drop(texts(r), "docx: hidden text")
            return
        for child in r:
            name = local_name(child)
            if name == "t":
                self.add(child.text or "", props, char_style, link, highlight, own)
            elif name in ("tab", "ptab"):
                self.add("\t", props, char_style, link, highlight, own)
            elif name in ("br", "cr"):
                self.lines.append([])
            elif name == "noBreakHyphen":
                self.add("-", props, char_style, link, highlight, own)
            elif name == "sym":
                self.symbol(child, props, char_style, link)
            elif name == "fldChar":
                self.field_char(wval(child, "fldCharType"))
            elif name == "instrText" and self.notes.fields:
                self.notes.fields[-1].code.append(child.text or "")
            elif name == "AlternateContent" and namespace(child) == MC_NS:
                self.media(choose(child))
            elif name in ("drawing", "pict", "object"):
                self.media(child)
            elif name == "ruby":
                self.ruby(child, link)

    def add(self, text: str, props: Props, char_style: str | None, link: bool, highlight: bool = False,
            own: Props | None = None) -> None:
        """Append text to the open line (merged into the last piece when the marks are the same); a line
        or paragraph separator inside the text (U+2028, U+2029, a vertical tab) ends the line."""
        if not text:
            return
        if _LINE_ENDS.search(text):
            for i, part in enumerate(_LINE_ENDS.split(text)):
                if i:
                    self.lines.append([])
                self.add(part, props, char_style, link, highlight, own)
            return
        if any(not f.result for f in self.notes.fields):
            return                                    # a field's code, not its result
        if any(f.is_toc() for f in self.notes.fields):
            self.toc.append(text)                     # recorded as one line when the paragraph ends
            return
        piece = Piece(text, bool(props.bold), bool(props.italic), props.size, char_style, highlight, link,
                      bool(own.bold) if own else False, bool(own.italic) if own else False, props.font)
        line = self.lines[-1]
        if line and line[-1].marks() == piece.marks():
            line[-1] = replace(line[-1], text=line[-1].text + text)
        else:
            line.append(piece)

    def symbol(self, sym: Element, props: Props, char_style: str | None, link: bool) -> None:
        """Append a ``w:sym`` character, or warn about a glyph of an unknown symbol font."""
        font, code = wval(sym, "font"), wval(sym, "char")
        ch = symbol_char(font, code)
        if ch is None:
            self.notes.warn("docx-symbol", f"{font} {code}",
                            "a symbol from a symbol font with no Unicode equivalent known here was left out; "
                            "type the character if the speech needs it")
            return
        self.add(ch, props, char_style, link)

    def field_char(self, kind: str | None) -> None:
        """Open, switch to the result of, or close a complex field."""
        if kind == "begin":
            self.notes.fields.append(Field())
        elif kind == "separate" and self.notes.fields:
            self.notes.fields[-1].result = True
        elif kind == "end" and self.notes.fields:
            self.notes.fields.pop()

    def ruby(self, ruby: Element, link: bool) -> None:
        """Read the base text of a ruby (phonetic guide); record the guide text."""
        base = ruby.find(w("rubyBase"))
        if base is not None:
            self.children(base, link)
        guide = ruby.find(w("rt"))
        if guide is not None:
            self.notes.drop(texts(guide), "docx: phonetic guide (ruby)")

    def media(self, el: Element) -> None:
        """Read the text boxes inside a drawing, picture or object; warn about what else it shows."""
        for box in _outer_boxes(el):
            self.after.extend(self.boxes(box))
        for local, code, what in _MEDIA:
            for found in el.iter():
                if local_name(found) == local:
                    name = self._media_name(el) or what
                    self.notes.warn(code, name, f"{what} is not carried over; insert it by hand if the speech "
                                                "needs it")
                    break

    def _media_name(self, el: Element) -> str | None:
        """Return the name a drawing gives its picture (``wp:docPr/@name``, ``descr``), or None."""
        for found in el.iter():
            if local_name(found) in ("docPr", "cNvPr"):
                return found.get("descr") or found.get("name")
        return None


def _outer_boxes(el: Element) -> list[Element]:
    """Return the text boxes (``w:txbxContent``) under ``el`` that are not inside another one (a box
    inside a box is read with its outer box's paragraphs)."""
    found: list[Element] = []
    stack = list(reversed(el))
    while stack:
        node = stack.pop()
        if node.tag == w("txbxContent"):
            found.append(node)
        else:
            stack.extend(reversed(node))
    return found


def choose(alternate: Element) -> Element:
    """Return the branch of an ``mc:AlternateContent`` to read: its first ``mc:Choice``, else its
    ``mc:Fallback`` (both hold the same content for different readers; reading one avoids doubling it)."""
    choice = alternate.find(clark(MC_NS, "Choice"))
    if choice is not None:
        return choice
    fallback = alternate.find(clark(MC_NS, "Fallback"))
    return fallback if fallback is not None else alternate
