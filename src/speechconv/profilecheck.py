"""Checking a style profile before any writer sees it: every value's type and range, then the page
as a whole.

A profile is data a user writes by hand; a value that makes no sense (a body size of 0, a line pitch
of 0, a million lines on a page) would give a document nobody can use, or surface deep inside a
writer as an internal error. :func:`check_table` looks at the merged TOML table key by key and
:func:`check_geometry` at the built profile: margins inside the paper, at least one line a page and
one character a line, sizes that fit the line pitch, page numbers inside the bottom margin. Each
problem is one :class:`~speechconv.errors.ProfileError` (exit 6) naming the key: ``[page]
line_pitch_pt = 0 is out of range: …``.
"""
from __future__ import annotations

import json
import math
from typing import Any, Mapping

from .errors import ProfileError

#: Word's highlight colours (``w:highlight``), for ``[docx] placeholder_highlight``.
HIGHLIGHTS = frozenset(
    "black blue cyan green magenta red yellow white darkBlue darkCyan darkGreen darkMagenta darkRed "
    "darkYellow darkGray lightGray none".split())
ALIGNS = ("left", "center", "right", "justify")

_NUM, _INT, _BOOL, _STR = "number", "integer", "true or false", "text"
#: Key -> (type, least, most): ``least``/``most`` None for no bound; a tuple of strings lists the values
#: allowed. Lengths: mm for the page, pt for type, characters and grid lines as named.
PAGE = {
    "width_mm": (_NUM, 20, 5000), "height_mm": (_NUM, 20, 5000),
    "top_mm": (_NUM, 0, 5000), "bottom_mm": (_NUM, 0, 5000), "left_mm": (_NUM, 0, 5000),
    "right_mm": (_NUM, 0, 5000), "lines_per_page": (_INT, 1, 1000), "chars_per_line": (_INT, 1, 1000),
    "line_pitch_pt": (_NUM, 1, 5000), "char_spacing_pt": (_NUM, -100, 100),
    "speech_starts_new_page": (_BOOL, None, None), "title_block_space_after_lines": (_NUM, 0, 1000),
}
PAGE_NUMBER = {
    "template": (_STR, None, None), "role": (_STR, None, None), "outer": (_BOOL, None, None),
    "gap_chars": (_NUM, 0, 1000), "below_mm": (_NUM, 0, 5000),
}
FACE = {"file": (_STR, None, None), "bundled": (_STR, None, None), "office": (_STR, None, None)}
ROLE = {
    "font": (_STR, None, None), "size_pt": (_NUM, 4, 500), "align": (_STR, ALIGNS, None),
    "indent_chars": (_NUM, 0, 1000), "right_indent_chars": (_NUM, 0, 1000),
    "space_before_lines": (_NUM, 0, 1000), "space_after_lines": (_NUM, 0, 1000),
    "bold": (_BOOL, None, None), "italic": (_BOOL, None, None), "max_line_chars": (_INT, 0, 1000),
    "parenthesize": (_BOOL, None, None),
}
DOCX = {
    "font_names": (_STR, ("office", "bundled"), None), "latin_font": (_STR, None, None),
    "placeholder_highlight": (_STR, tuple(sorted(HIGHLIGHTS)), None), "embed_fonts": (_BOOL, None, None),
    "fallback": (_STR, None, None), "reference_doc": (_STR, None, None),
}
PDF = {"fallback": (_STR, None, None), "invariant": (_BOOL, None, None)}
TOP = ("name", "page", "page_number", "fonts", "roles", "docx", "pdf")


def check_table(table: Mapping[str, Any], roles: tuple[str, ...]) -> None:
    """Raise ProfileError for the first key of the merged profile ``table`` whose value has the wrong
    type or is out of range, for a table that is not a table, and for unknown tables, keys and roles
    (``roles`` are the role names a profile may style)."""
    _known(table, TOP, "the profile")
    if not isinstance(table.get("name", ""), str):
        raise ProfileError(f"name = {_shown(table['name'])} must be text; write it in quotes")
    _values(_table(table, "page"), PAGE, "page")
    _values(_table(table, "page_number"), PAGE_NUMBER, "page_number")
    for key, face in _table(table, "fonts").items():
        _values(_table(_table(table, "fonts"), key, f"fonts.{key}"), FACE, f"fonts.{key}")
        for field in ("file",):
            if isinstance(face.get(field), str) and not face[field].strip():
                raise ProfileError(f"[fonts.{key}] {field} is empty; name a font file")
    role_tables = _table(table, "roles")
    _known(role_tables, roles, "[roles]", "role")
    for key in role_tables:
        _values(_table(role_tables, key, f"roles.{key}"), ROLE, f"roles.{key}")
    _values(_table(table, "docx"), DOCX, "docx")
    _values(_table(table, "pdf"), PDF, "pdf")


def _table(parent: Mapping[str, Any], key: str, where: str | None = None) -> Mapping[str, Any]:
    """Return ``parent[key]`` (an empty table when missing). Raises ProfileError when it is not a table."""
    value = parent.get(key, {})
    if not isinstance(value, Mapping):
        raise ProfileError(f"[{where or key}] must be a table of keys, not {_shown(value)}; write it as "
                           f"[{where or key}] followed by key = value lines")
    return value


def _known(table: Mapping[str, Any], known: tuple[str, ...], where: str, what: str = "key") -> None:
    """Raise ProfileError naming the first key of ``table`` not in ``known``."""
    for key in table:
        if key not in known:
            raise ProfileError(f"unknown {what} {key!r} in {where}; the {what}s are {', '.join(known)}")


def _values(table: Mapping[str, Any], spec: Mapping[str, tuple], where: str) -> None:
    """Raise ProfileError for an unknown key of ``table`` or a value that does not fit ``spec``."""
    _known(table, tuple(spec), f"[{where}]")
    for key, value in table.items():
        kind, least, most = spec[key]
        problem = _problem(value, kind, least, most)
        if problem:
            raise ProfileError(f"[{where}] {key} = {_shown(value)} {problem}; fix it in the profile")


def _problem(value: Any, kind: str, least: Any, most: Any) -> str | None:
    """Return what is wrong with ``value`` for a key of ``kind`` and bounds, or None."""
    if kind == _BOOL:
        return None if isinstance(value, bool) else "must be true or false"
    if kind == _STR:
        if not isinstance(value, str):
            return "must be text (in quotes)"
        if isinstance(least, tuple) and value not in least:
            return "is not one of " + ", ".join(least)
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return f"must be a{'n' if kind == _INT else ''} {kind}"
    if kind == _INT and not isinstance(value, int):
        return "must be a whole number"
    if not math.isfinite(value):
        return "must be a finite number"
    if value < least or value > most:
        return f"is out of range: it must be from {least:g} to {most:g}"
    return None


def _shown(value: Any) -> str:
    """Return ``value`` as it would be written in TOML, cut to 40 characters."""
    if isinstance(value, bool):
        text = "true" if value else "false"
    else:
        text = json.dumps(value, ensure_ascii=False) if isinstance(value, str) else repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def check_geometry(profile: Any) -> None:
    """Raise ProfileError when the page of the built ``profile`` cannot hold a document: margins
    outside the paper, no room for its lines or for one character a line, a role whose type does not
    fit the line pitch or the line, indents that leave no room, or page numbers below the paper."""
    page, pn = profile.page, profile.page_number
    mm = 72 / 25.4
    if page.left_mm + page.right_mm >= page.width_mm:
        raise ProfileError(f"[page] left_mm + right_mm = {page.left_mm + page.right_mm:g} leaves no text width on "
                           f"paper {page.width_mm:g} mm wide; make the margins smaller")
    if page.top_mm + page.bottom_mm >= page.height_mm:
        raise ProfileError(f"[page] top_mm + bottom_mm = {page.top_mm + page.bottom_mm:g} leaves no text height on "
                           f"paper {page.height_mm:g} mm high; make the margins smaller")
    height = (page.height_mm - page.top_mm - page.bottom_mm) * mm
    if page.lines_per_page * page.line_pitch_pt > height + page.line_pitch_pt / 2:
        most = max(1, int((height + page.line_pitch_pt / 2) // page.line_pitch_pt))
        raise ProfileError(f"[page] lines_per_page = {page.lines_per_page} lines of {page.line_pitch_pt:g} pt do "
                           f"not fit the text block ({height:.0f} pt high); set at most {most}, or a smaller "
                           "line_pitch_pt")
    body = profile.role("body")
    advance = body.size_pt + page.char_spacing_pt
    if advance <= 0:
        raise ProfileError(f"[page] char_spacing_pt = {page.char_spacing_pt:g} leaves body characters no width; "
                           "make it larger than minus the body size")
    if advance > page.cell_pt * 1.1:
        most = max(1, int(page.text_width_pt // advance))
        raise ProfileError(f"[page] chars_per_line = {page.chars_per_line} cells of {page.cell_pt:.2f} pt cannot "
                           f"hold body characters {advance:.2f} pt wide; set at most {most}, or a smaller "
                           "[roles.body] size_pt")
    for name, rs in profile.roles.items():
        _check_role(name, rs, page)
    for where, options in (("docx", profile.docx), ("pdf", profile.pdf)):
        key = options.get("fallback")
        if key and key not in profile.faces:
            raise ProfileError(f"[{where}] fallback = {key!r} names no font; add [fonts.{key}] or name one of "
                               f"{', '.join(profile.faces)}")
    if pn.role not in profile.roles:
        raise ProfileError(f"[page_number] role = {pn.role!r} is not a role; name one of {', '.join(profile.roles)}")
    _check_page_number(pn, profile.role(pn.role), page)


def _check_role(name: str, rs: Any, page: Any) -> None:
    """Raise ProfileError when role ``rs`` does not fit the line pitch or the line of ``page``."""
    where = f"[roles.{name}]"
    if rs.size_pt > page.line_pitch_pt and name != "page-number":
        raise ProfileError(f"{where} size_pt = {rs.size_pt:g} is larger than the line pitch ({page.line_pitch_pt:g} "
                           "pt), so its lines would overlap; make it smaller or raise [page] line_pitch_pt")
    if rs.size_pt > page.text_width_pt:
        raise ProfileError(f"{where} size_pt = {rs.size_pt:g} is wider than the text block; make it smaller")
    if rs.indent_chars + rs.right_indent_chars >= page.chars_per_line:
        raise ProfileError(f"{where} indent_chars + right_indent_chars = {rs.indent_chars + rs.right_indent_chars:g} "
                           f"leaves no room on a line of {page.chars_per_line} characters; make them smaller")
    for key in ("space_before_lines", "space_after_lines"):
        if getattr(rs, key) >= page.lines_per_page:
            raise ProfileError(f"{where} {key} = {getattr(rs, key):g} is a page or more of blank lines; make it "
                               f"less than {page.lines_per_page}")


def _check_page_number(pn: Any, rs: Any, page: Any) -> None:
    """Raise ProfileError when the page number's template cannot be filled or it would sit below the
    paper or run off the line."""
    try:
        pn.template.format(n=1)
    except (KeyError, IndexError, ValueError, AttributeError) as exc:
        raise ProfileError(f"[page_number] template = {pn.template!r} cannot be filled in ({exc}); write the "
                           "number as {n}, e.g. \"— {n} —\"") from None
    if "{n}" not in pn.template:
        raise ProfileError(f"[page_number] template = {pn.template!r} has no {{n}}; write the number as {{n}}")
    if pn.below_mm + rs.size_pt * 25.4 / 72 > page.bottom_mm:
        raise ProfileError(f"[page_number] below_mm = {pn.below_mm:g} puts the page number below the paper "
                           f"(bottom_mm = {page.bottom_mm:g}); make it smaller")
    if pn.gap_chars >= page.chars_per_line:
        raise ProfileError(f"[page_number] gap_chars = {pn.gap_chars:g} leaves no room for the number on a line "
                           f"of {page.chars_per_line} characters; make it smaller")
