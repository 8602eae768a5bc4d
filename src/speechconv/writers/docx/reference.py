"""A template made from the user's own .docx (``--reference-doc``), as pandoc does.

What the reference document gives, unchanged: every style and the document defaults (fonts, sizes,
spacing, list numbering a style carries), the theme, the settings, the font table, and the page
set-up, headers and footers of its last section (paper, margins, document grid, columns, page-number
format, first-page and odd/even footers, with their pictures). What is dropped: its text (the body),
its comments, and its embedded font subsets (``w:subsetted``: they hold the glyphs of that text
only; whole embedded fonts stay). What speechconv adds:

* speech styles for the roles the reference has no style for, matched by style *name* (Word keeps
  built-in names in English — ``Normal``, ``Title``, ``heading 1`` — whatever the interface language,
  while style ids are translated), compared without case; body text takes the reference's default
  paragraph style. Added styles are built from the profile and based on that default style;
* page-number footers, when the last section has no footer at all ("— N —", odd/even, from the
  profile), with odd/even pages turned on and a default header shared with even pages;
* the profile's page set-up, when the reference sets no paper size and no margins (pandoc's
  reference has an empty ``w:sectPr``); page-number footers added to a reference's own page set-up sit
  ``below_mm`` under its text block, never on the paper's edge (LibreOffice writes a footer distance
  of 0 when there is no footer);
* its ``Normal`` marked as the default paragraph style when no style is (LibreOffice marks none), so
  that no second style named ``Normal`` is added;
* the core properties (title, author, times), as for every DOCX.
"""
from __future__ import annotations

import zipfile
from io import BytesIO
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from lxml import etree

from ...errors import ProfileError
from ...profile import Profile
from .embed import font_table_part
from .ooxml import SAFE_XML, element, latin_font
from .page import add_page_number_footers, place_footer, set_page
from .refpackage import reference_package
from .styles import EVEN_PAGE_NUMBER, PARAGRAPH_STYLES, StyleMap, build_styles

#: Relationship types of comment parts, dropped with the body they annotate.
_COMMENT_RELS = frozenset({
    RT.COMMENTS,
    "http://schemas.microsoft.com/office/2011/relationships/commentsExtended",
    "http://schemas.microsoft.com/office/2016/09/relationships/commentsIds",
    "http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible",
    "http://schemas.microsoft.com/office/2011/relationships/people",
})

#: Styles of ours that stand for the reference's defaults rather than being matched by name.
_DEFAULT_IDS = {"Normal": "paragraph", "DefaultParagraphFont": "character"}
#: Styles of ours that are never added to a reference (tables and lists are not written).
_NEVER_ADDED = frozenset({"TableNormal", "NoList"})
_PAGE_NUMBER_IDS = frozenset({PARAGRAPH_STYLES["page-number"][0], EVEN_PAGE_NUMBER[0]})


def reference_path(profile: Profile) -> Path | None:
    """Return the reference document of ``profile`` (``[docx] reference_doc``), or None.

    Raises ProfileError when the setting is not a string or the file does not exist.
    """
    value = profile.docx.get("reference_doc") or ""
    if not isinstance(value, (str, Path)):
        raise ProfileError(f"[docx] reference_doc is {value!r}; give the path of a .docx file")
    if not str(value):
        return None
    path = Path(value)
    if not path.exists():
        raise ProfileError("reference document not found; pass an existing .docx to --reference-doc",
                           str(path))
    return path


def open_reference(path: Path) -> DocxDocument:
    """Return the reference document opened with python-docx, its package read as bad input first
    (:func:`.refpackage.reference_package`: caps on inflated sizes, no DTD, LibreOffice's core
    properties relationship understood).

    Raises ProfileError when the file is missing, not a regular file, not a Word .docx package, a
    zip bomb, or holds XML that cannot be read.
    """
    package = reference_package(path)
    try:
        return docx.Document(BytesIO(package))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError,
            etree.XMLSyntaxError) as exc:
        raise ProfileError(f"is not a Word .docx document ({exc}); save it as .docx (Word 2007 or "
                           "later, not .doc or .dotx) and pass that to --reference-doc",
                           str(path)) from None


def build_reference(profile: Profile, path: Path) -> tuple[bytes, StyleMap, bool]:
    """Return the template package made from the reference at ``path``, its style map, and whether
    its footers are speechconv's page numbers. Raises ProfileError for an unusable reference."""
    document = open_reference(path)
    try:
        return _adapt_reference(document, profile)
    except etree.XMLSyntaxError as exc:   # e.g. a part with a DTD whose entities are not expanded
        raise ProfileError(f"holds XML that speechconv does not read ({exc}); open it in Word, save it "
                           "again as .docx and pass that to --reference-doc", str(path)) from None


def _adapt_reference(document: DocxDocument, profile: Profile) -> tuple[bytes, StyleMap, bool]:
    """Return :func:`build_reference`'s result for the opened reference. Raises ProfileError, and
    lxml's XMLSyntaxError for a part it cannot parse."""
    body = document.element.body
    _clear_body(body)
    _drop_comments(document)
    drop_subset_fonts(document)
    sect = body.sectPr
    own_footers = sect is None or sect.find(qn("w:footerReference")) is None
    styles, added_fonts = adopt_styles(document.styles.element, profile, page_numbers=own_footers)
    if sect is None or (sect.find(qn("w:pgSz")) is None and sect.find(qn("w:pgMar")) is None):
        if sect is None:
            body.append(element("w:sectPr"))
        set_page(document, profile)        # no paper and no margins of its own (pandoc's reference)
        if own_footers:
            add_page_number_footers(document, profile, styles)
    elif own_footers:
        add_page_number_footers(document, profile, styles)
        place_footer(document.sections[-1], profile)
    add_font_entries(document, added_fonts, latin_font(profile))
    buf = BytesIO()
    document.save(buf)
    return buf.getvalue(), styles, own_footers


def _clear_body(body: object) -> None:
    """Remove everything from the body but its final section properties."""
    sect = body.sectPr  # type: ignore[attr-defined]
    for child in list(body):  # type: ignore[call-overload]
        if child is not sect:
            body.remove(child)  # type: ignore[attr-defined]


def _drop_comments(document: DocxDocument) -> None:
    """Drop the comment parts: the text they were anchored to is gone."""
    part = document.part
    for rid, rel in list(part.rels.items()):
        if rel.reltype in _COMMENT_RELS:
            part.rels.pop(rid)


def drop_subset_fonts(document: DocxDocument) -> int:
    """Drop the reference's embedded font *subsets* (``w:subsetted``): they hold the glyphs of the
    reference's own text, which is gone. Whole embedded fonts stay. Return how many were dropped."""
    try:
        part = document.part.part_related_by(RT.FONT_TABLE)
    except KeyError:
        return 0
    root = etree.fromstring(part.blob, SAFE_XML)
    dropped = 0
    for font in root.findall(qn("w:font")):
        for emb in list(font):
            if not etree.QName(emb).localname.startswith("embed"):
                continue
            if emb.get(qn("w:subsetted")) not in ("1", "true", "on"):
                continue
            rid = emb.get(qn("r:id"))
            if rid in part.rels:
                part.rels.pop(rid)
            font.remove(emb)
            dropped += 1
    if dropped:
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return dropped


def adopt_styles(styles: object, profile: Profile, *, page_numbers: bool) -> tuple[StyleMap, set[str]]:
    """Add to the reference's ``w:styles`` the speech styles it lacks; return the style map and
    the font names the added styles use.

    A style of ours matches a reference style of the same type and name (without case); ``Normal``
    and ``Default Paragraph Font`` match the reference's default styles. Added styles get a free
    style id, and their ``basedOn``/``next`` point at the matched ids. The page-number styles are
    added only when ``page_numbers`` (speechconv's footers are used). Raises ProfileError.
    """
    _mark_defaults(styles)
    ours_root = element("w:styles")
    ours = build_styles(ours_root, profile)
    existing = {st.get(qn("w:styleId")) for st in styles.findall(qn("w:style"))}  # type: ignore
    id_map: dict[str, str] = {sid: found for sid, kind in _DEFAULT_IDS.items()
                              if (found := _default_style(styles, kind)) is not None}
    added: list[object] = []
    for st in ours_root.findall(qn("w:style")):  # type: ignore[attr-defined]
        sid = st.get(qn("w:styleId"))
        found = _match(styles, st)
        if found is not None:
            id_map[sid] = found
        elif sid not in _NEVER_ADDED and (page_numbers or sid not in _PAGE_NUMBER_IDS):
            id_map[sid] = _free_id(sid, existing)
            existing.add(id_map[sid])
            added.append(st)
    fonts: set[str] = set()
    for st in added:
        _relink(st, id_map)
        styles.append(st)  # type: ignore[attr-defined]
        for rf in st.iter(qn("w:rFonts")):  # type: ignore[attr-defined]
            fonts.update(v for k, v in rf.attrib.items() if k != qn("w:hint"))
    return _style_map(styles, ours, id_map), fonts


def _match(styles: object, ours: object) -> str | None:
    """Return the id of the reference style that stands for our style ``ours``, or None."""
    sid = ours.get(qn("w:styleId"))  # type: ignore[attr-defined]
    kind = ours.get(qn("w:type"))  # type: ignore[attr-defined]
    if sid in _DEFAULT_IDS:
        return _default_style(styles, kind)
    name = _name(ours)
    for st in styles.findall(qn("w:style")):  # type: ignore[attr-defined]
        if st.get(qn("w:type")) == kind and _name(st) == name:
            return st.get(qn("w:styleId"))
    return None


#: The built-in names of the default styles, which Word keeps in English whatever its language.
_DEFAULT_NAMES = {"paragraph": "normal", "character": "default paragraph font"}


def _mark_defaults(styles: object) -> None:
    """Mark the reference's ``Normal`` (and ``Default Paragraph Font``) as the default style of its
    type when no style of that type is marked (LibreOffice writes none): otherwise ours would be added
    as a second style of the same name, a file Word reports as damaged."""
    for kind, name in _DEFAULT_NAMES.items():
        if _default_style(styles, kind) is not None:
            continue
        for st in styles.findall(qn("w:style")):  # type: ignore[attr-defined]
            if st.get(qn("w:type")) == kind and _name(st) == name:
                st.set(qn("w:default"), "1")
                break


def _default_style(styles: object, kind: str) -> str | None:
    """Return the id of the reference's default style of type ``kind``, or None."""
    for st in styles.findall(qn("w:style")):  # type: ignore[attr-defined]
        if st.get(qn("w:type")) == kind and st.get(qn("w:default")) in ("1", "true", "on"):
            return st.get(qn("w:styleId"))
    return None


def _name(style: object) -> str:
    """Return a style's name in lower case ('' when it has none)."""
    el = style.find(qn("w:name"))  # type: ignore[attr-defined]
    return (el.get(qn("w:val")) or "").lower() if el is not None else ""


def _free_id(sid: str, taken: set[str]) -> str:
    """Return ``sid``, or ``sid`` with the smallest number appended that no style uses yet."""
    if sid not in taken:
        return sid
    n = 2
    while f"{sid}{n}" in taken:
        n += 1
    return f"{sid}{n}"


def _relink(style: object, id_map: dict[str, str]) -> None:
    """Give ``style`` its new id and point its basedOn/next at matched ids (dropping dead links)."""
    style.set(qn("w:styleId"), id_map[style.get(qn("w:styleId"))])  # type: ignore[attr-defined]
    for tag in ("w:basedOn", "w:next", "w:link"):
        for el in style.findall(qn(tag)):  # type: ignore[attr-defined]
            target = id_map.get(el.get(qn("w:val")))
            if target is None:
                style.remove(el)  # type: ignore[attr-defined]
            else:
                el.set(qn("w:val"), target)


def _style_map(styles: object, ours: StyleMap, id_map: dict[str, str]) -> StyleMap:
    """Return the role -> style id map over the reference's styles (matched or added)."""
    paragraph = {role: id_map[sid] for role, sid in ours.paragraph.items() if sid in id_map}
    character = {role: id_map[sid] for role, sid in ours.character.items() if sid in id_map}
    by_id = {st.get(qn("w:styleId")): st for st in styles.findall(qn("w:style"))}  # type: ignore
    keep = frozenset(role for role, sid in paragraph.items() if _keeps_next(by_id, sid))
    body_font = _east_asia(styles, by_id, paragraph.get("body", ""))
    east = {}
    for role in ours.east_asia:
        sid = paragraph.get(role) or character.get(role)
        east[role] = (_east_asia(styles, by_id, sid) if sid else "") or body_font
    even = id_map.get(ours.even_page_number, paragraph.get("page-number", ""))
    return StyleMap(paragraph=paragraph, character=character, keep_next=keep,
                    even_page_number=even, east_asia=east)


def _chain(by_id: dict[str, object], sid: str) -> list[object]:
    """Return the style ``sid`` and the styles it is based on, nearest first (loops cut)."""
    out: list[object] = []
    while sid in by_id and by_id[sid] not in out and len(out) < 20:
        st = by_id[sid]
        out.append(st)
        based = st.find(qn("w:basedOn"))  # type: ignore[attr-defined]
        sid = based.get(qn("w:val")) if based is not None else ""
    return out


def _keeps_next(by_id: dict[str, object], sid: str) -> bool:
    """Return True when style ``sid`` (or the nearest style it is based on that says) keeps with next."""
    for st in _chain(by_id, sid):
        keep = st.find(f"{qn('w:pPr')}/{qn('w:keepNext')}")  # type: ignore[attr-defined]
        if keep is not None:
            return keep.get(qn("w:val"), "1") not in ("0", "false", "off")
    return False


def _east_asia(styles: object, by_id: dict[str, object], sid: str) -> str:
    """Return the Chinese font name style ``sid`` resolves to (its chain, then the document
    defaults); '' when it is a theme font or unknown."""
    path = f"{qn('w:rPr')}/{qn('w:rFonts')}"
    for st in _chain(by_id, sid):
        rf = st.find(path)  # type: ignore[attr-defined]
        if rf is not None and (rf.get(qn("w:eastAsia")) or rf.get(qn("w:eastAsiaTheme"))):
            return rf.get(qn("w:eastAsia")) or ""
    rf = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{path}")  # type: ignore[attr-defined]
    return (rf.get(qn("w:eastAsia")) or "") if rf is not None else ""


def add_font_entries(document: DocxDocument, names: set[str], latin: str) -> None:
    """Add a font-table entry for each name in ``names`` the table lacks (Chinese fonts get the
    GB2312 character set; ``latin`` is a Roman-family font)."""
    part = font_table_part(document)
    root = etree.fromstring(part.blob, SAFE_XML)
    have = {f.get(qn("w:name")) for f in root.findall(qn("w:font"))}
    for name in sorted(names - have):
        font = etree.SubElement(root, qn("w:font"))
        font.set(qn("w:name"), name)
        roman = name == latin
        for tag, val in (("charset", "00" if roman else "86"), ("family", "roman" if roman else "auto"),
                         ("pitch", "variable")):
            etree.SubElement(font, qn(f"w:{tag}")).set(qn("w:val"), val)
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
