"""Word styles (styles.xml) resolved through their ``basedOn`` chains into what the reader needs.

A paragraph's presentation is the document defaults, overridden by its paragraph style's chain (the
style, the style it is based on, and so on), overridden by the paragraph's own properties; a run adds its
character style's chain and its own properties on top. :class:`Props` holds the few properties read:
outline level, bold, italic, size, alignment, indentation (left, right, first line), numbering, hidden,
a border.

Heading levels come from the style *name* (Word writes the built-in names in English, ``heading 1``, in
every language; WPS writes ``标题 1``), else from the style id (``Heading1``; Chinese Word's ids of the
built-in headings are ``1``, ``2``…), else from an outline level (``w:outlineLvl`` 0 is level 1). The
title style (``Title``, ``标题``) is level 1 as well, as an ``<h1>`` is in a web page.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace

from ..faces import first_face, is_heading_face
from .xml import Element, on, w, wval

_HEADING_NAME = re.compile(r"^(?:heading|标题)\s*([1-9])$", re.I)
_HEADING_ID = re.compile(r"^(?:heading|标题)?\s*([1-9])$", re.I)
_TITLE_NAMES = frozenset({"title", "标题", "heading 0"})
_MAX_CHAIN = 32   #: basedOn links followed at most (a loop in a damaged file ends here)


@dataclass(frozen=True)
class Props:
    """Presentation properties; None means "not said here" (inherit)."""

    outline: int | None = None      #: 1-based outline level from ``w:outlineLvl`` (10 is body text)
    bold: bool | None = None
    italic: bool | None = None
    size: int | None = None         #: half-points (``w:sz``)
    align: str | None = None        #: ``w:jc`` value
    first_chars: int | None = None  #: first-line indent in hundredths of a character (negative: hanging)
    first_twips: int | None = None
    left_chars: int | None = None
    left_twips: int | None = None
    right_chars: int | None = None
    right_twips: int | None = None
    num_id: str | None = None
    num_level: int | None = None
    hidden: bool | None = None
    border: bool | None = None      #: the paragraph has a border (``w:pBdr``): empty, a rule line
    style: str | None = None        #: the paragraph style id (paragraph props only)
    font: str | None = None         #: the face of Chinese text (``w:rFonts``: ``w:eastAsia``, see :func:`_face`)

    def over(self, base: "Props") -> "Props":
        """Return these properties with every unset one taken from ``base``."""
        return replace(base, **{f.name: getattr(self, f.name) for f in fields(self)
                                if getattr(self, f.name) is not None})


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        try:
            return round(float(value))          # some writers give "24.0"
        except ValueError:
            return None


def run_props(rpr: Element | None) -> Props:
    """Return the properties a ``w:rPr`` sets."""
    if rpr is None:
        return Props()
    return Props(bold=on(rpr.find(w("b"))), italic=on(rpr.find(w("i"))),
                 size=_int(wval(rpr.find(w("sz")))), hidden=on(rpr.find(w("vanish"))),
                 font=_face(rpr.find(w("rFonts"))))


def _face(fonts: Element | None) -> str | None:
    """Return the face ``w:rFonts`` sets for Chinese text: ``w:eastAsia``; else a face with a Chinese
    name given for Latin text (``w:ascii``/``w:hAnsi``: python-docx's ``font.name = "黑体"`` sets only
    those, meaning the whole run). Theme fonts are not resolved (None)."""
    if fonts is None:
        return None
    east = first_face(wval(fonts, "eastAsia"))     # LibreOffice writes lists: 黑体;SimHei
    if east:
        return east
    latin = first_face(wval(fonts, "ascii") or wval(fonts, "hAnsi"))
    return latin if latin and (not latin.isascii() or is_heading_face(latin)) else None


def para_props(ppr: Element | None) -> Props:
    """Return the properties a ``w:pPr`` sets (its paragraph-mark ``w:rPr`` not included)."""
    if ppr is None:
        return Props()
    outline = _int(wval(ppr.find(w("outlineLvl"))))
    ind = ppr.find(w("ind"))
    first_chars = first_twips = left_chars = left_twips = right_chars = right_twips = None
    if ind is not None:
        hanging_chars, hanging = _int(wval(ind, "hangingChars")), _int(wval(ind, "hanging"))
        first_chars = -hanging_chars if hanging_chars else _int(wval(ind, "firstLineChars"))
        first_twips = -hanging if hanging else _int(wval(ind, "firstLine"))
        left_chars = _int(wval(ind, "leftChars")) or _int(wval(ind, "startChars"))
        left_twips = _int(wval(ind, "left")) or _int(wval(ind, "start"))
        right_chars = _int(wval(ind, "rightChars")) or _int(wval(ind, "endChars"))
        right_twips = _int(wval(ind, "right")) or _int(wval(ind, "end"))
    num = ppr.find(w("numPr"))
    num_id = wval(num.find(w("numId"))) if num is not None else None
    num_level = _int(wval(num.find(w("ilvl")))) if num is not None else None
    style = wval(ppr.find(w("pStyle")))
    return Props(outline=None if outline is None else outline + 1, align=wval(ppr.find(w("jc"))),
                 first_chars=first_chars, first_twips=first_twips, left_chars=left_chars,
                 left_twips=left_twips, right_chars=right_chars, right_twips=right_twips,
                 border=True if ppr.find(w("pBdr")) is not None else None, num_id=num_id,
                 num_level=num_level, style=style)


@dataclass(frozen=True)
class Style:
    """One ``w:style``: its id, kind, name, parent, and the properties it sets itself."""

    id: str
    kind: str
    name: str
    based_on: str | None
    para: Props
    run: Props


class StyleSheet:
    """The document's styles, resolved on demand (and remembered)."""

    def __init__(self, root: Element | None) -> None:
        self.styles: dict[str, Style] = {}
        self.default_para: str | None = None
        self.default_char: str | None = None
        self.defaults = Props()
        self._para: dict[str | None, tuple[Props, Props]] = {}
        self._char: dict[str | None, Props] = {}
        if root is not None:
            self._load(root)

    def _load(self, root: Element) -> None:
        defaults = root.find(w("docDefaults"))
        if defaults is not None:
            rpr, ppr = defaults.find(f"{w('rPrDefault')}/{w('rPr')}"), defaults.find(f"{w('pPrDefault')}/{w('pPr')}")
            self.defaults = run_props(rpr).over(para_props(ppr))
        for el in root.iter(w("style")):
            sid = el.get(w("styleId")) or ""
            kind = el.get(w("type")) or "paragraph"
            st = Style(sid, kind, wval(el.find(w("name"))) or sid, wval(el.find(w("basedOn"))),
                       para_props(el.find(w("pPr"))), run_props(el.find(w("rPr"))))
            self.styles.setdefault(sid, st)
            if el.get(w("default")) in ("1", "true", "on"):
                if kind == "paragraph" and self.default_para is None:
                    self.default_para = sid
                elif kind == "character" and self.default_char is None:
                    self.default_char = sid

    def chain(self, sid: str | None) -> list[Style]:
        """Return the style ``sid`` and its ancestors, nearest first ([] for an unknown id)."""
        out: list[Style] = []
        seen: set[str] = set()
        while sid is not None and sid in self.styles and sid not in seen and len(out) < _MAX_CHAIN:
            seen.add(sid)
            out.append(self.styles[sid])
            sid = out[-1].based_on
        return out

    def paragraph(self, sid: str | None) -> tuple[Props, Props]:
        """Return (paragraph properties, run properties) of paragraph style ``sid`` (None or unknown:
        the default paragraph style), document defaults included."""
        key = sid if sid in self.styles else self.default_para
        if key not in self._para:
            para, run = Props(), Props()
            for st in self.chain(key):
                para, run = para.over(st.para), run.over(st.run)
            self._para[key] = (replace(para.over(self.defaults), style=key), run.over(self.defaults))
        return self._para[key]

    def character(self, sid: str | None) -> Props:
        """Return the run properties character style ``sid`` sets (Props() for none)."""
        if sid not in self._char:
            run = Props()
            for st in self.chain(sid):
                run = run.over(st.run)
            self._char[sid] = run
        return self._char[sid]

    def name(self, sid: str | None) -> str:
        """Return the name of style ``sid`` ('' for none)."""
        st = self.styles.get(sid or "")
        return st.name if st else ""

    def heading_level(self, sid: str | None, outline: int | None) -> int | None:
        """Return the outline level a paragraph of style ``sid`` (and resolved ``outline``) shows, or None.

        The style's name decides first (heading 1, 标题 1, Title), then its id, then the outline level.
        """
        for st in self.chain(sid if sid in self.styles else self.default_para):
            name = st.name.strip().lower()
            if name in _TITLE_NAMES or st.id.lower() == "title":
                return 1
            m = _HEADING_NAME.match(name) or _HEADING_ID.match(st.id)
            if m:
                return int(m.group(1))
        return outline if outline is not None and 1 <= outline <= 9 else None
