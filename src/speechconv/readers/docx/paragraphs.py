"""Block items to the model's paragraphs, each with the hints of how Word presented it.

- A table of data (several rows of several short cells) becomes one paragraph per row, cells joined by
  ``｜``, with a ``table-flattened`` warning, as the HTML reader does; a layout table (one holding most
  of the text, nested tables, long cells) is read cell by cell as the paragraphs it holds.
- A paragraph cut at line breaks gives one paragraph per line; its auto-number opens its first line.
- Hints: the outline level of its style (:meth:`StyleSheet.heading_level`), whole-paragraph bold (a
  run of punctuation alone, such as an opening quote left out of the bold, does not count),
  centred or right alignment, its font size relative to the document's body size (the size most of the
  text is set in), its first-line indentation in characters (where the document varies it; none for
  a list item, whose indentation is the list's), whether an empty paragraph stood before it, and
  whether it is an item of a numbered or bulleted list (``w:numPr``; ``list``: only its first line, and
  not when its style makes it a heading: a draft's auto-numbered Heading 1 stays a heading).
- A short paragraph in a size step between the body's size and the largest is bold
  (:func:`~speechconv.readers.hints.size_steps_bold`), so are short centred lines between paragraphs
  of running text (:func:`~speechconv.readers.hints.centred_heads_bold`), and a run set in a heading face (黑体, SimHei) is bold where most of the document's text is in another face
  (:func:`face_bold`): official documents set level-1 headings in 黑体, often without bold.
- Runs of two or more paragraphs that are nothing but links are page furniture (a web page saved
  as a Word file): they are recorded in ``dropped``, as the HTML reader records link lists.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace

from ...model import Dropped, Hints, Notice, Paragraph, Run
from ..faces import faces_stand_for_bold, is_heading_face
from ..hints import centred_heads_bold, size_steps_bold
from .body import WPara, WTable
from .inline import Piece
from .styles import StyleSheet

#: Cells of a flattened table row are joined by this (as the HTML reader joins them).
TABLE_CELL_SEPARATOR = "｜"
_PUNCT = re.compile(r"[，。！？；：、]")
_SPACES = re.compile(r"[\t\r\n\f\v]")    # control white space (tabs) shown as a space
_LEADING = re.compile(r"^[ \u3000\u00a0\t]+")
#: Word's size when no style or run gives one: 10 pt (``w:sz`` counts half-points).
DEFAULT_SIZE = 20


def _cell_text(cell: list) -> str:
    return " ".join(t for t in (_item_text(i) for i in cell) if t)


def _item_text(item) -> str:
    if isinstance(item, WPara):
        return " ".join(_SPACES.sub(" ", item.number + item.text).split())
    return " ".join(_cell_text(c) for row in item.rows for c in row)


def _nested(table: WTable) -> bool:
    return any(isinstance(i, WTable) for row in table.rows for cell in row for i in cell)


def is_data_table(table: WTable, doc_punct: int) -> bool:
    """Return True for a table of data (2+ rows with 2+ cells, cells of at most 200 characters, not
    holding half of the document's punctuation, no nested tables), not a layout table."""
    if _nested(table):
        return False
    if doc_punct and len(_PUNCT.findall(_item_text(table))) >= 0.5 * doc_punct:
        return False
    wide = [r for r in table.rows if len(r) >= 2]
    if len(table.rows) < 2 or len(wide) < 2:
        return False
    return all(len(_cell_text(c)) <= 200 for r in table.rows for c in r)


def flatten(items: list, doc_punct: int, notices: list[Notice]) -> list:
    """Return ``items`` with tables resolved: data tables as row strings (with a warning each), layout
    tables as the items of their cells, in reading order."""
    out: list = []
    for item in items:
        if isinstance(item, WPara):
            out.append(item)
        elif is_data_table(item, doc_punct):
            rows = [TABLE_CELL_SEPARATOR.join(t for t in (_cell_text(c) for c in r) if t) for r in item.rows]
            width = max(len(r) for r in item.rows)
            notices.append(Notice("table-flattened", f"table of {len(item.rows)} rows × {width} columns: "
                                                     f"{rows[0] if rows else ''}",
                                  f"each row became one paragraph with cells separated by "
                                  f"'{TABLE_CELL_SEPARATOR}'; rebuild it as a table in the output if the "
                                  "speech needs it"))
            out.extend(r for r in rows if r)
        else:
            for row in item.rows:
                for cell in row:
                    out.extend(flatten(cell, doc_punct, notices))
    return out


def document_punctuation(items: list) -> int:
    """Return the number of Chinese punctuation marks in all ``items``."""
    return sum(len(_PUNCT.findall(_item_text(i))) for i in items)


def body_size(items: list, default: int | None) -> int:
    """Return the size (half-points) most of the text is set in."""
    counts: Counter[int] = Counter()
    for item in items:
        if isinstance(item, WPara):
            for line in item.lines:
                for piece in line:
                    counts[piece.size or default or DEFAULT_SIZE] += len(piece.text.strip())
    return counts.most_common(1)[0][0] if counts and counts.most_common(1)[0][1] else default or DEFAULT_SIZE


def face_bold(items: list) -> bool:
    """Return True when some of the text is set in a heading face (黑体) and most of it in another: then
    a run in the heading face is the document's bold (:mod:`speechconv.readers.faces`)."""
    heading = total = 0
    for item in items:
        if isinstance(item, WPara):
            for line in item.lines:
                for piece in line:
                    n = len("".join(piece.text.split()))
                    total += n
                    heading += n if is_heading_face(piece.font) else 0
        else:
            total += len("".join(str(item).split()))
    return faces_stand_for_bold(heading, total)


@dataclass
class Made:
    """A paragraph made from a Word paragraph, with what the furniture tests need: whether it is
    nothing but links, whether it holds a link, and its punctuation outside links."""

    paragraph: Paragraph
    link_only: bool = False
    has_link: bool = False
    punct: int = 0


class ParagraphMaker:
    """Makes model paragraphs with hints from flattened items."""

    def __init__(self, styles: StyleSheet, size: int, face_bold: bool = False) -> None:
        self.styles = styles
        self.size = size
        self.face_bold = face_bold      #: a run in a heading face counts as bold (:func:`face_bold`)

    def make(self, items: list) -> list[Made]:
        """Return the paragraphs of flattened ``items`` (WPara or row strings), in order.

        Indentation is a hint only where the document varies it, and not for a centred or right-aligned
        paragraph (its first-line indent does not show); an empty paragraph before only where empty
        paragraphs do not stand between (nearly) all of them, as the text reader gives both. A paragraph
        holding only a picture or an object is not an empty one (a page's photo between a speaker's name
        and the text before it is no blank line), nor is an empty one with a border: a rule line (a web
        page's ``<hr>``, which the HTML reader does not take for an empty line either).
        """
        out: list[Made] = []
        blank = False
        for item in items:
            if isinstance(item, str):
                out.append(Made(Paragraph.of(item), punct=len(_PUNCT.findall(item))))
                blank = False
                continue
            made = self.paragraph(item, blank)
            out.extend(made)
            if not made and item.props.border:
                continue                # a rule line (a web page's <hr>): no empty line, and none lost
            blank = not made and not item.media
        same_indent = len({m.paragraph.hints.indent for m in out} - {None}) <= 1
        blanks = sum(m.paragraph.hints.blank_before for m in out)
        blank_everywhere = blanks >= 0.8 * max(1, len(out) - 1)
        if same_indent or blank_everywhere:
            for m in out:
                h = m.paragraph.hints
                m.paragraph = replace(m.paragraph, hints=replace(h, indent=None if same_indent else h.indent,
                                                                 blank_before=h.blank_before and not blank_everywhere))
        for m, para in zip(out, centred_heads_bold(size_steps_bold([m.paragraph for m in out]))):
            m.paragraph = para
        return out

    def paragraph(self, para: WPara, blank_before: bool) -> list[Made]:
        """Return the paragraphs of one Word paragraph (one per non-empty line)."""
        out: list[Made] = []
        number = para.number
        listed = _list_kind(para) if _listed(para.props) else None
        for line in para.lines:
            pieces = _trimmed(line)
            if not pieces:
                continue
            if self.face_bold:
                pieces = [replace(p, bold=True) if not p.bold and is_heading_face(p.font) else p for p in pieces]
            lead = _LEADING.match(line[0].text) if line and line[0].text else None
            if number:
                pieces.insert(0, Piece(number, pieces[0].bold, pieces[0].italic, pieces[0].size))
            runs = _runs(pieces)
            hints = self.hints(para, pieces, lead.group() if lead else "", blank_before or para.page_break)
            if listed and not hints.heading and not _heading_like(pieces):
                hints = replace(hints, list=listed)     # a heading-styled or heading-like item may head
            visible = [p for p in pieces if p.text.strip()]
            out.append(Made(Paragraph(runs, hints=hints), all(p.link for p in visible),
                            any(p.link for p in visible),
                            sum(len(_PUNCT.findall(p.text)) for p in visible if not p.link)))
            number, blank_before, listed = "", False, None
        return out

    def hints(self, para: WPara, pieces: list[Piece], leading: str, blank_before: bool) -> Hints:
        """Return the hints of a paragraph made of ``pieces`` from Word paragraph ``para``."""
        props = para.props
        visible = [p for p in pieces if p.text.strip()]
        sizes: Counter[int] = Counter()
        for p in visible:
            sizes[p.size or self.size] += len(p.text.strip())
        size = sizes.most_common(1)[0][0] if sizes else self.size
        ratio = round(size / self.size, 2) if self.size else 1.0
        align = props.align if props.align in ("center", "right") else "right" if props.align == "end" else None
        worded = [p for p in visible if any(unicodedata.category(c)[0] in "LN" for c in p.text)]
        return Hints(heading=self.styles.heading_level(props.style, props.outline),
                     bold=bool(worded) and all(p.bold for p in worded), align=align,
                     size=ratio if abs(ratio - 1.0) >= 0.05 else None,
                     indent=None if align or _listed(props) else _indent(props, size, leading),
                     blank_before=blank_before)


#: A list paragraph this short that ends no sentence may be a draft's auto-numbered section head (一、…).
HEAD_LIKE = 30


def _heading_like(pieces: list) -> bool:
    """Return True for a short line that ends no sentence (a Normal-style, auto-numbered 一、提高认识): the
    passes weigh it as any line, without the list hint that keeps a list item body."""
    text = "".join(p.text for p in pieces).strip()
    return len(text) <= HEAD_LIKE and not text.endswith(("。", "！", "？", "；", ".", "!", "?", ";"))


def _listed(props) -> bool:
    """Return True for an item of a numbered or bulleted list: its indentation is the list's, not a
    first line's (a web page's ``<li>`` says none)."""
    return props.num_id is not None and props.num_id != "0"


def _list_kind(para: WPara) -> str:
    """Return the kind of list a list paragraph is an item of: ``"ol"`` when it shows a number, ``"ul"``
    for a bullet (as the HTML reader tells ``<ol>`` from ``<ul>`` items)."""
    return "ol" if para.number.strip() else "ul"


def _indent(props, size: int, leading: str) -> int:
    """Return the first line's indentation in characters of ``size`` (half-points): the paragraph's left
    and first-line indents, plus the spaces its text starts with (an ideographic space is one
    character, another space half of one). A paragraph set in alike from both sides (a quotation, a
    web page's ``<blockquote>``) counts its first-line indent only: the block's indent is no first
    line's."""
    char_twips = size * 10          # a character of ``size`` half-points is size/2 pt = size*10 twips wide
    chars = 0.0
    left = _chars(props.left_chars, props.left_twips, char_twips)
    if not left or abs(left - _chars(props.right_chars, props.right_twips, char_twips)) > 0.5:
        chars += left
    chars += _chars(props.first_chars, props.first_twips, char_twips)
    chars += sum(1.0 if c == "\u3000" else 0.5 for c in leading)
    return max(0, round(chars))


def _chars(in_chars: int | None, in_twips: int | None, char_twips: int) -> float:
    """Return an indent given in hundredths of a character or in twips as characters."""
    if in_chars:
        return in_chars / 100
    return in_twips / char_twips if in_twips and char_twips else 0.0


def _trimmed(line: list[Piece]) -> list[Piece]:
    """Return a line's pieces with whitespace runs collapsed and the ends trimmed ([] when blank)."""
    pieces = [replace(p, text=_SPACES.sub(" ", p.text)) for p in line if p.text]
    while pieces and not pieces[0].text.strip():
        pieces.pop(0)
    while pieces and not pieces[-1].text.strip():
        pieces.pop()
    if not pieces:
        return []
    pieces[0] = replace(pieces[0], text=pieces[0].text.lstrip())
    pieces[-1] = replace(pieces[-1], text=pieces[-1].text.rstrip())
    return [p for p in pieces if p.text]


def _runs(pieces: list[Piece]) -> tuple[Run, ...]:
    """Return runs for pieces, neighbours with the same marks (bold, italic) merged."""
    runs: list[Run] = []
    for p in pieces:
        if runs and (runs[-1].bold, runs[-1].italic) == (p.bold, p.italic):
            runs[-1] = Run(runs[-1].text + p.text, bold=p.bold, italic=p.italic)
        else:
            runs.append(Run(p.text, bold=p.bold, italic=p.italic))
    return tuple(runs)


def link_lists(made: list[Made]) -> tuple[list[Made], list[Dropped]]:
    """Return the paragraphs without runs of 2+ link-only ones (and a short lead-in ending in a colon
    before such a run), and those as dropped."""
    kept: list[Made] = []
    dropped: list[Dropped] = []
    i = 0
    while i < len(made):
        j = i
        while j < len(made) and made[j].link_only:
            j += 1
        if j - i >= 2:
            if kept and len(kept[-1].paragraph.text) <= 40 and kept[-1].paragraph.text.endswith(("：", ":")):
                dropped.append(Dropped(kept.pop().paragraph.text, "docx: link list"))
            dropped.extend(Dropped(m.paragraph.text, "docx: link list") for m in made[i:j])
            i = j
            continue
        kept.extend(made[i:max(j, i + 1)])
        i = max(j, i + 1)
    return kept, dropped
