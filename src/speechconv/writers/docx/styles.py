"""The DOCX style sheet, built from the profile: one named style per writer role.

Built-in ``Normal`` (the body), ``Title`` and ``heading 1``–``heading 4`` are rewritten so Word's
navigation pane and table of contents work; the other roles get custom paragraph styles, and the roles
that occur inside a body paragraph (lead sentences, run-in headings) get character styles. Every style
names its fonts explicitly (``w:eastAsia`` included) and no style keeps a theme-font reference.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Mapping

from docx.oxml.ns import qn

from ...profile import Profile, RoleStyle
from .ooxml import JC, element, face_name, half_points, latin_font, rfonts, strip_theme_fonts, twips

#: role -> (style id, style name, built-in). ``body`` is Word's default paragraph style.
PARAGRAPH_STYLES: dict[str, tuple[str, str, bool]] = {
    "body": ("Normal", "Normal", True),
    "title": ("Title", "Title", True),
    "heading1": ("Heading1", "heading 1", True),
    "heading2": ("Heading2", "heading 2", True),
    "heading3": ("Heading3", "heading 3", True),
    "heading4": ("Heading4", "heading 4", True),
    "subtitle": ("SpeechSubtitle", "Speech Subtitle", False),
    "byline": ("SpeechByline", "Speech Byline", False),
    "date": ("SpeechDate", "Speech Date", False),
    "salutation": ("SpeechSalutation", "Speech Salutation", False),
    "closing": ("SpeechClosing", "Speech Closing", False),
    "signature": ("SpeechSignature", "Speech Signature", False),
    "page-number": ("SpeechPageNumber", "Speech Page Number", False),
}

#: The even-page number: the page-number style mirrored to the left edge.
EVEN_PAGE_NUMBER = ("SpeechPageNumberEven", "Speech Page Number Even")

#: span role -> (style id, style name): roles set on a stretch inside another role's paragraph.
CHARACTER_STYLES: dict[str, tuple[str, str]] = {
    "lead": ("SpeechLead", "Speech Lead"),
    "heading1": ("SpeechRunInHeading1", "Speech Run-in Heading 1"),
    "heading2": ("SpeechRunInHeading2", "Speech Run-in Heading 2"),
    "heading3": ("SpeechRunInHeading3", "Speech Run-in Heading 3"),
    "heading4": ("SpeechRunInHeading4", "Speech Run-in Heading 4"),
}

#: Roles whose paragraphs keep with the next one (the title block and headings).
KEEP_WITH_NEXT = frozenset({"title", "subtitle", "byline", "date",
                            "heading1", "heading2", "heading3", "heading4"})

#: Word outline level (0 = level 1) per role; Word fixes heading N at level N.
OUTLINE_LEVEL = {"title": 0, "heading1": 0, "heading2": 1, "heading3": 2, "heading4": 3}

#: Styles of the python-docx default template that are kept; every other one is removed.
_KEEP_BUILTIN = frozenset({"Normal", "DefaultParagraphFont", "TableNormal", "NoList"})


@dataclass(frozen=True)
class StyleMap:
    """Which style id each role uses, as written into ``styles.xml``.

    ``paragraph`` maps every paragraph role to its style id; ``character`` maps in-paragraph span roles
    to character style ids; ``keep_next`` holds the roles whose style already keeps with the next
    paragraph; ``even_page_number`` is the style id of even-page footers; ``east_asia`` maps every
    role to the Chinese font name its style names.
    """

    paragraph: Mapping[str, str]
    character: Mapping[str, str]
    keep_next: frozenset[str]
    even_page_number: str
    east_asia: Mapping[str, str]


def char_spacing_twips(profile: Profile) -> int:
    """Return the ``w:spacing`` (twentieths of a point) for body-size text so a grid line holds.

    The profile's ``char_spacing_pt`` (−0.21 pt) is capped at the grid cell minus the body size and
    rounded *down*: −4 twips (−0.20 pt) would make 28 glyphs 0.2 pt wider than the 156 mm line, so
    the last character of a full line would wrap; −5 (−0.25 pt) fits.
    """
    body = profile.role("body").size_pt
    fit = profile.page.cell_pt - body
    return math.floor(min(profile.page.char_spacing_pt, fit) * 20 + 1e-9)


def build_styles(styles: object, profile: Profile) -> StyleMap:
    """Rewrite the ``w:styles`` element ``styles`` for ``profile``; return the role -> style map.

    Raises ProfileError (from the profile lookups) when a role or face is missing.
    """
    _prune(styles)
    _doc_defaults(styles, profile)
    body_size = profile.role("body").size_pt
    spacing = char_spacing_twips(profile)
    for role, (style_id, name, builtin) in PARAGRAPH_STYLES.items():
        rs = profile.role(profile.page_number.role if role == "page-number" else role)
        based = None if role == "body" else "Normal"
        el = _new_style("paragraph", style_id, name, builtin, based_on=based, next_id="Normal")
        el.append(_ppr(role, rs, profile, body_size))
        el.append(_rpr(rs, profile, spacing if rs.size_pt == body_size else 0, role == "page-number"))
        _put(styles, el)
    _put(styles, _even_page_number(profile, body_size))
    for role, (style_id, name) in CHARACTER_STYLES.items():
        rs = profile.role(role)
        el = _new_style("character", style_id, name, False, based_on="DefaultParagraphFont")
        el.append(_rpr(rs, profile, spacing if rs.size_pt == body_size else 0, False))
        _put(styles, el)
    strip_theme_fonts(styles)
    return StyleMap(paragraph={r: v[0] for r, v in PARAGRAPH_STYLES.items()},
                    character={r: v[0] for r, v in CHARACTER_STYLES.items()},
                    keep_next=KEEP_WITH_NEXT, even_page_number=EVEN_PAGE_NUMBER[0],
                    east_asia={role: face_name(profile.face(rs.font), profile)
                               for role, rs in profile.roles.items()})


def _prune(styles: object) -> None:
    """Drop the template's styles except the few defaults Word expects; unlink the kept ones."""
    for st in styles.findall(qn("w:style")):  # type: ignore[attr-defined]
        if st.get(qn("w:styleId")) not in _KEEP_BUILTIN:
            styles.remove(st)  # type: ignore[attr-defined]
            continue
        for link in st.findall(qn("w:link")):
            st.remove(link)


def _doc_defaults(styles: object, profile: Profile) -> None:
    """Replace ``w:docDefaults``: explicit fonts (no theme), body size, Chinese language, no spacing."""
    old = styles.find(qn("w:docDefaults"))  # type: ignore[attr-defined]
    body = profile.role("body")
    latin = latin_font(profile)
    size = str(half_points(body.size_pt))
    rpr = element("w:rPr", children=[
        rfonts(latin, face_name(profile.face(body.font), profile)),
        element("w:sz", {"w:val": size}), element("w:szCs", {"w:val": size}),
        element("w:lang", {"w:val": "en-US", "w:eastAsia": "zh-CN", "w:bidi": "ar-SA"})])
    ppr = element("w:pPr", children=[
        element("w:spacing", {"w:before": 0, "w:after": 0, "w:line": 240, "w:lineRule": "auto"})])
    new = element("w:docDefaults", children=[element("w:rPrDefault", children=[rpr]),
                                             element("w:pPrDefault", children=[ppr])])
    if old is not None:
        old.addprevious(new)
        styles.remove(old)  # type: ignore[attr-defined]
    else:
        styles.insert(0, new)  # type: ignore[attr-defined]


def _new_style(kind: str, style_id: str, name: str, builtin: bool, *, based_on: str | None = None,
               next_id: str | None = None) -> object:
    """Return an empty ``w:style`` with name, basedOn, next and the quick-style flag."""
    attrs: dict[str, str | int] = {"w:type": kind, "w:styleId": style_id}
    if style_id == "Normal":
        attrs["w:default"] = 1
    if not builtin:
        attrs["w:customStyle"] = 1
    el = element("w:style", attrs, [element("w:name", {"w:val": name})])
    if based_on:
        el.append(element("w:basedOn", {"w:val": based_on}))
    if next_id and kind == "paragraph":
        el.append(element("w:next", {"w:val": next_id}))
    el.append(element("w:qFormat"))
    return el


def _put(styles: object, el: object) -> None:
    """Put style ``el`` into ``styles``, replacing a style with the same id."""
    sid = el.get(qn("w:styleId"))  # type: ignore[attr-defined]
    for old in styles.findall(qn("w:style")):  # type: ignore[attr-defined]
        if old.get(qn("w:styleId")) == sid:
            old.addprevious(el)
            styles.remove(old)  # type: ignore[attr-defined]
            return
    styles.append(el)  # type: ignore[attr-defined]


def _ind(rs: RoleStyle, body_size: float) -> object:
    """Return ``w:ind`` with first-line and right indents in characters and, as fallback, twips."""
    attrs: dict[str, str | int] = {"w:left": 0, "w:right": twips(rs.right_indent_chars * body_size),
                                   "w:firstLine": twips(rs.indent_chars * body_size),
                                   "w:firstLineChars": round(rs.indent_chars * 100)}
    if rs.right_indent_chars:
        attrs["w:rightChars"] = round(rs.right_indent_chars * 100)
    return element("w:ind", attrs)


def _ppr(role: str, rs: RoleStyle, profile: Profile, body_size: float) -> object:
    """Return the paragraph properties of role ``role`` (children in schema order).

    Normal turns widow control off (it would leave 21-line pages) and kinsoku on, and writes
    ``w:overflowPunct`` *on*: LibreOffice reads ``overflowPunct=0`` as "hang punctuation" (its
    import inverts the flag), and a hung comma at the end of a full 28-character justified line
    vanished from its PDF; with the flag on LibreOffice moves a character down instead, and Word
    (whose default this is) lets the mark hang in the margin — no text is lost in either.
    """
    pitch = twips(profile.page.line_pitch_pt)
    kids = []
    if role in KEEP_WITH_NEXT:
        kids.append(element("w:keepNext"))
    if role == "body":
        kids += [element("w:widowControl", {"w:val": 0}), element("w:kinsoku", {"w:val": 1}),
                 element("w:overflowPunct", {"w:val": 1}), element("w:autoSpaceDE", {"w:val": 0}),
                 element("w:autoSpaceDN", {"w:val": 0})]
    if role == "page-number" or rs.size_pt > body_size:
        kids.append(element("w:snapToGrid", {"w:val": 0}))
    if role == "page-number":
        kids.append(element("w:spacing", {"w:before": 0, "w:after": 0,
                                          "w:line": page_number_line_twips(profile),
                                          "w:lineRule": "exact"}))
        kids.append(_page_number_ind(profile, body_size, even=False))
    else:
        kids.append(element("w:spacing", {
            "w:before": round(rs.space_before_lines * pitch),
            "w:beforeLines": round(rs.space_before_lines * 100),
            "w:after": round(rs.space_after_lines * pitch),
            "w:afterLines": round(rs.space_after_lines * 100),
            "w:line": pitch, "w:lineRule": "exact"}))
        kids.append(_ind(rs, body_size))
    kids.append(element("w:jc", {"w:val": JC.get(rs.align, "both")}))
    if role in OUTLINE_LEVEL:
        kids.append(element("w:outlineLvl", {"w:val": OUTLINE_LEVEL[role]}))
    return element("w:pPr", children=kids)


def _rpr(rs: RoleStyle, profile: Profile, spacing: int, digits_in_face: bool) -> object:
    """Return the run properties of a role: fonts, bold/italic, character spacing, size.

    ``digits_in_face`` names the role's face for Latin text too (page numbers are 宋体 digits).
    """
    east = face_name(profile.face(rs.font), profile)
    size = str(half_points(rs.size_pt))
    kids = [rfonts(east if digits_in_face else latin_font(profile), east)]
    kids += [element("w:b"), element("w:bCs")] if rs.bold else [element("w:b", {"w:val": 0}),
                                                               element("w:bCs", {"w:val": 0})]
    kids += [element("w:i"), element("w:iCs")] if rs.italic else [element("w:i", {"w:val": 0}),
                                                                 element("w:iCs", {"w:val": 0})]
    kids.append(element("w:spacing", {"w:val": spacing}))
    kids += [element("w:sz", {"w:val": size}), element("w:szCs", {"w:val": size})]
    return element("w:rPr", children=kids)


def page_number_line_twips(profile: Profile) -> int:
    """Return the exact line height of the page-number paragraph: 1.2 × its font size, in twips."""
    return twips(profile.role(profile.page_number.role).size_pt * 1.2)


def _page_number_ind(profile: Profile, body_size: float, even: bool) -> object:
    """Return ``w:ind`` for a page number: the one-character gap on the outer side, no first line."""
    gap = twips(profile.page_number.gap_chars * body_size) if profile.page_number.outer else 0
    return element("w:ind", {"w:left": gap if even else 0, "w:right": 0 if even else gap,
                             "w:firstLine": 0, "w:firstLineChars": 0})


def _even_page_number(profile: Profile, body_size: float) -> object:
    """Return the even-page number style: based on the page-number style, set on the left."""
    style_id, name = EVEN_PAGE_NUMBER
    el = _new_style("paragraph", style_id, name, False, based_on=PARAGRAPH_STYLES["page-number"][0],
                    next_id=style_id)
    align = "left" if profile.page_number.outer else profile.role(profile.page_number.role).align
    el.append(element("w:pPr", children=[_page_number_ind(profile, body_size, even=True),
                                         element("w:jc", {"w:val": JC.get(align, "left")})]))
    return el
