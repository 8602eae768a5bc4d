"""Data tables inside the article: told apart from layout tables, and flattened to one line per row."""
from __future__ import annotations

from bs4 import Tag
from bs4.element import PreformattedString  # comments, doctypes, declarations, PIs: markup, not text

from ...model import Notice
from .content import Stats
from .tags import WS

TABLE_CELL_SEPARATOR = "｜"


def _rows(table: Tag) -> list[list[Tag]]:
    """Return the table's rows (its own, not nested tables'), each as its list of cells."""
    rows = []
    for tr in table.find_all("tr"):
        if tr.find_parent("table") is table:
            rows.append([c for c in tr.children if isinstance(c, Tag) and c.name in ("td", "th")])
    return rows


def is_data_table(table: Tag, content_punct: int, st: Stats) -> bool:
    """Return True for a table of data (several rows of several short cells), not a layout table."""
    if table.find("table") is not None:
        return False
    if content_punct and st.punct[id(table)] >= 0.5 * content_punct:
        return False
    rows = _rows(table)
    wide = [r for r in rows if len(r) >= 2]
    if len(rows) < 2 or len(wide) < 2:
        return False
    return all(st.chars[id(c)] <= 200 for r in rows for c in r)


def _cell_text(cell: Tag) -> str:
    """Return a table cell's text on one line."""
    return WS.sub(" ", cell.get_text(" ")).strip()


def _stray_text(table: Tag, rows: list[list[Tag]]) -> str:
    """Return the text inside ``table`` that is in none of its rows' cells (a browser shows such text
    before the table)."""
    cells = {id(c) for row in rows for c in row}
    parts = []
    for node in table.find_all(string=True):
        if isinstance(node, PreformattedString):
            continue
        parent = node.parent
        while parent is not None and parent is not table and id(parent) not in cells:
            parent = parent.parent
        if parent is table:
            parts.append(str(node))
    return " ".join(parts)


def flatten_table(table: Tag) -> tuple[list[str], Notice]:
    """Return a data table's lines, one per row (text outside the cells first), and the warning that says
    it was flattened."""
    rows = _rows(table)
    lines = [_stray_text(table, rows)]
    lines += [TABLE_CELL_SEPARATOR.join(_cell_text(c) for c in row if _cell_text(c)) for row in rows]
    first = lines[1] if rows else ""
    width = max((len(r) for r in rows), default=0)
    return lines, Notice("table-flattened", f"table of {len(rows)} rows × {width} columns: {first}",
                  f"each row became one paragraph with cells separated by '{TABLE_CELL_SEPARATOR}'; "
                  "rebuild it as a table in the output if the speech needs it")
