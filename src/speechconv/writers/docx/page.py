"""Page set-up of the DOCX: paper, margins, the line grid, odd/even page-number footers, settings."""
from __future__ import annotations

from xml.sax.saxutils import escape

from docx.document import Document as DocxDocument
from docx.oxml.ns import nsdecls, qn
from docx.oxml.parser import parse_xml
from docx.shared import Twips

from ...errors import ProfileError
from ...profile import Profile
from .ooxml import AMBIGUOUS_CHARS, element, mm_twips
from .styles import StyleMap, page_number_line_twips

#: Header distance from the page's top edge (no header is written; Word's usual 15 mm).
HEADER_MM = 15.0


def footer_twips(profile: Profile) -> int:
    """Return the footer distance (page bottom edge to the footer line's bottom) in twips.

    The number's line is ``page_number_line_twips`` high and its top sits ``below_mm`` under the
    text block, so the footer's bottom edge is ``bottom_mm - below_mm`` minus that height up from
    the page edge.
    """
    page, pn = profile.page, profile.page_number
    return max(0, mm_twips(page.bottom_mm - pn.below_mm) - page_number_line_twips(profile))


#: The least distance from the paper's edge to an added page number's line (printers leave about
#: 5 mm unprinted).
MIN_FOOTER_MM = 5.0


def place_footer(section: object, profile: Profile) -> None:
    """Set the footer distance of a reference document's ``section`` that gets speechconv's page
    numbers: ``below_mm`` under its own text block, as :func:`footer_twips` does for the profile's
    page, and never nearer the paper's edge than :data:`MIN_FOOTER_MM` (a reference without footers
    often says 0: the number would sit on the edge), unless the bottom margin is smaller still."""
    margin = section.bottom_margin  # type: ignore[attr-defined]
    bottom = margin.twips if margin is not None else 0
    wanted = bottom - mm_twips(profile.page_number.below_mm) - page_number_line_twips(profile)
    least = min(mm_twips(MIN_FOOTER_MM), bottom // 2)
    section.footer_distance = Twips(max(wanted, least))  # type: ignore[attr-defined]


def setup_section(document: DocxDocument, profile: Profile, styles: StyleMap) -> None:
    """Set the one section's paper, margins, line grid and page-number footers from ``profile``.

    Raises ProfileError when the page-number template has no ``{n}``.
    """
    set_page(document, profile)
    add_page_number_footers(document, profile, styles)


def set_page(document: DocxDocument, profile: Profile) -> None:
    """Set the last section's paper, margins, header and footer distances and line grid from
    ``profile``."""
    page = profile.page
    section = document.sections[-1]
    section.page_width = Twips(mm_twips(page.width_mm))
    section.page_height = Twips(mm_twips(page.height_mm))
    section.top_margin = Twips(mm_twips(page.top_mm))
    section.bottom_margin = Twips(mm_twips(page.bottom_mm))
    section.left_margin = Twips(mm_twips(page.left_mm))
    section.right_margin = Twips(mm_twips(page.right_mm))
    section.gutter = Twips(0)
    section.header_distance = Twips(mm_twips(HEADER_MM))
    section.footer_distance = Twips(footer_twips(profile))
    _line_grid(document.element.body.sectPr, profile)


def add_page_number_footers(document: DocxDocument, profile: Profile, styles: StyleMap) -> None:
    """Give the last section odd and even page-number footers and turn on odd/even footers.

    A default header without an even-page one is referenced as the even header too, so that
    turning on different odd and even pages does not take the header off even pages.
    Raises ProfileError when the page-number template has no ``{n}``.
    """
    section = document.sections[-1]
    odd = page_number_xml(profile, styles.paragraph["page-number"])
    even = page_number_xml(profile, styles.even_page_number)
    _fill_footer(section.footer, odd)
    _fill_footer(section.even_page_footer, even)
    _share_default_header(document.element.body.sectPr)
    document.settings.odd_and_even_pages_header_footer = True


def _share_default_header(sectPr: object) -> None:
    """Reference the default header as the even-page header when the section has no even one."""
    refs = {ref.get(qn("w:type")): ref for ref in sectPr.findall(qn("w:headerReference"))}  # type: ignore
    default = refs.get("default")
    if default is None or "even" in refs:
        return
    even = element("w:headerReference", {"w:type": "even"})
    even.set(qn("r:id"), default.get(qn("r:id")))
    default.addnext(even)


def _line_grid(sectPr: object, profile: Profile) -> None:
    """Replace the section's ``w:docGrid`` with a lines-only grid of the profile's line pitch.

    A ``linesAndChars`` grid is not used: LibreOffice lays its ``charSpace`` out as half the
    characters a line; character spacing on the body styles fits the 28 characters instead.
    """
    grid = sectPr.find(qn("w:docGrid"))  # type: ignore[attr-defined]
    if grid is None:
        grid = element("w:docGrid")
        sectPr.append(grid)  # type: ignore[attr-defined]
    grid.attrib.clear()
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), str(round(profile.page.line_pitch_pt * 20)))


def page_number_xml(profile: Profile, style_id: str) -> str:
    """Return the footer paragraph XML: the template's text around a PAGE field ("— 1 —").

    Raises ProfileError when ``[page_number] template`` lacks ``{n}``.
    """
    template = profile.page_number.template
    if "{n}" not in template:
        raise ProfileError(f"[page_number] template {template!r} has no {{n}} for the number")
    before, after = template.split("{n}", 1)
    runs = [_text_run(before),
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
            '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
            '<w:r><w:t>1</w:t></w:r>',
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
            _text_run(after)]
    return (f'<w:p {nsdecls("w")}><w:pPr><w:pStyle w:val="{style_id}"/></w:pPr>'
            + "".join(runs) + "</w:p>")


def _text_run(text: str) -> str:
    """Return a run for literal footer text ('' for none), east-Asian hinted when it has dashes."""
    if not text:
        return ""
    hint = '<w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr>' if AMBIGUOUS_CHARS.intersection(text) else ""
    return f'<w:r>{hint}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _fill_footer(footer: object, paragraph_xml: str) -> None:
    """Unlink ``footer`` from the previous section and make ``paragraph_xml`` its only content."""
    footer.is_linked_to_previous = False  # type: ignore[attr-defined]
    root = footer.part.element  # type: ignore[attr-defined]
    for child in list(root):
        root.remove(child)
    root.append(parse_xml(paragraph_xml))


def setup_settings(document: DocxDocument) -> None:
    """Set document settings for Chinese layout: no punctuation compression, zh-CN theme language,
    Word 2013+ compatibility mode (no "Compatibility Mode" banner), proofing not marked as done."""
    settings = document.settings.element
    for el in list(settings.iter(qn("w:proofState"))):  # the template claims "spelling checked"
        el.getparent().remove(el)
    for el in settings.iter(qn("w:themeFontLang")):
        el.set(qn("w:eastAsia"), "zh-CN")
    for el in settings.iter(qn("w:characterSpacingControl")):
        el.set(qn("w:val"), "doNotCompress")
    for el in settings.iter(qn("w:compatSetting")):
        if el.get(qn("w:name")) == "compatibilityMode":
            el.set(qn("w:val"), "15")
