"""Paragraphs and runs: the document body of the DOCX, and :func:`write_docx`.

The body is rendered as WordprocessingML text from :func:`speechconv.writers.flow.flow` and parsed
once into the template's ``w:body`` — much faster than python-docx's per-paragraph API, and every
paragraph refers to its style by a cached id instead of looking it up by name.
"""
from __future__ import annotations

import os
import re
import zipfile
from datetime import datetime, timezone
from io import BytesIO
from typing import BinaryIO

import docx
from docx.document import Document as DocxDocument
from docx.oxml.ns import nsdecls
from docx.oxml.parser import parse_xml

from ...errors import OutputError
from ...outputs import write_problem
from ...model import Document, Notice
from ...profile import Profile
from ..flow import FlowPara, Span, flow
from .embed import embed_fonts
from .fontplan import FontPlan, plan_fonts
from .ooxml import AMBIGUOUS_CHARS, INVALID_XML, highlight_colour, twips, xml_attr, xml_text
from .styles import OUTLINE_LEVEL, StyleMap
from .template import Template, generator, template_for

_KEEP_NEXT = "<w:keepNext/>"
_NO_KEEP_NEXT = '<w:keepNext w:val="0"/>'
_PAGE_BREAK = "<w:pageBreakBefore/>"
_LINE_BREAK_RUN = "<w:r><w:br/></w:r>"


class _Body:
    """Renders lines into body XML and collects notices (each notice code and text once)."""

    def __init__(self, styles: StyleMap, highlight: str, profile: Profile, plan: FontPlan) -> None:
        self.styles = styles
        self.profile = profile
        self.plan = plan
        self.highlight = f'<w:highlight w:val="{highlight}"/>'
        self.notices: dict[tuple[str, str], Notice] = {}
        self.uncovered: dict[str, dict[str, None]] = {}

    def notice(self, code: str, text: str, hint: str) -> None:
        """Record a notice unless the same code and text was recorded before."""
        self.notices.setdefault((code, text), Notice(code, text, hint))

    def paragraph(self, line: FlowPara) -> str:
        """Return the ``w:p`` XML of one line: style, keep/break/outline, then its runs."""
        style = self.styles.paragraph.get(line.role)
        if style is None:
            self.notice("docx-unknown-role", line.role,
                        f"paragraph role {line.role!r} has no DOCX style; it is set as body text")
            style = self.styles.paragraph.get("body", "Normal")
        ppr = [] if style == self.styles.paragraph.get("body") else [f'<w:pStyle w:val="{style}"/>']
        styled_keep = line.role in self.styles.keep_next
        if line.keep_with_next != styled_keep:
            ppr.append(_KEEP_NEXT if line.keep_with_next else _NO_KEEP_NEXT)
        if line.page_break_before:
            ppr.append(_PAGE_BREAK)
        if line.space_after_lines:
            ppr.append(self.space_after(line))
        if line.outline and line.role not in OUTLINE_LEVEL:
            ppr.append(f'<w:outlineLvl w:val="{line.outline - 1}"/>')
        runs = []
        for i, span in enumerate(line.spans):
            if i and line.hard_breaks:
                runs.append(_LINE_BREAK_RUN)
            runs.append(self.run(span, line.role))
        head = f"<w:pPr>{''.join(ppr)}</w:pPr>" if ppr else ""
        return f"<w:p>{head}{''.join(runs)}</w:p>"

    def space_after(self, line: FlowPara) -> str:
        """Return the ``w:spacing`` that adds ``line.space_after_lines`` to its role's space after."""
        lines = self.profile.role(line.role).space_after_lines + line.space_after_lines
        pitch = twips(self.profile.page.line_pitch_pt)
        return f'<w:spacing w:after="{round(lines * pitch)}" w:afterLines="{round(lines * 100)}"/>'

    def run(self, span: Span, para_role: str) -> str:
        """Return the ``w:r`` XML of one span: character style, fonts, marks, highlight, text.

        The span becomes several runs when some of its characters are missing from its shipped font
        and are set in the fallback font (bundled font names only).
        """
        rpr = []
        if span.role != para_role:
            char = self.styles.character.get(span.role)
            if char is not None:
                rpr.append(f'<w:rStyle w:val="{char}"/>')
            else:
                self.notice("docx-unstyled-span", span.role,
                            f"text of role {span.role!r} inside a {para_role!r} paragraph has no "
                            "character style; it takes the paragraph's")
        text = span.text
        if INVALID_XML.search(text):
            self.notice("docx-invalid-char", _invalid_chars(text),
                        "control characters and lone surrogates cannot be stored in DOCX and were left out")
            text = INVALID_XML.sub("", text)
        self.check_coverage(text, span.role)
        marks = []
        if span.bold:
            marks.append("<w:b/><w:bCs/>")
        if span.italic:
            marks.append("<w:i/><w:iCs/>")
        if span.placeholder:
            marks.append(self.highlight)
        font = self.styles.east_asia.get(span.role) or self.styles.east_asia.get(para_role, "")
        out = []
        for piece, fallback in self.plan.split(text, font):
            props = rpr + [_rfonts(piece, fallback)] + marks
            head = f"<w:rPr>{''.join(props)}</w:rPr>" if any(props) else ""
            out.append(f"<w:r>{head}{xml_text(piece)}</w:r>")
        return "".join(out)

    def check_coverage(self, text: str, role: str) -> None:
        """Remember characters a GB2312-only font (仿宋_GB2312, 楷体_GB2312) cannot show."""
        font = self.styles.east_asia.get(role, "")
        if not font.endswith("_GB2312"):
            return
        try:
            text.encode("gb2312")
        except UnicodeEncodeError:
            for ch in text:
                if not ch.isspace() and not _in_gb2312(ch):
                    self.uncovered.setdefault(font, {})[ch] = None

    def all_notices(self) -> list[Notice]:
        """Return the notices, with one per GB2312 font that lacks some of the document's characters."""
        out = list(self.notices.values())
        for font, chars in self.uncovered.items():
            shown = "".join(chars)
            out.append(Notice("docx-font-coverage", shown,
                              f"{font} covers GB2312 only: Word shows {shown} in a substitute font; "
                              f"name a GBK font (e.g. {font[:-len('_GB2312')]}) in the profile's "
                              "[fonts] office names, or check these characters in the printout"))
        return out


def _invalid_chars(text: str) -> str:
    """Return the code points in ``text`` that XML forbids (``U+0000, U+001B``) and where they stand."""
    codes = ", ".join(dict.fromkeys(f"U+{ord(c):04X}" for c in INVALID_XML.findall(text)))
    where = INVALID_XML.sub("\ufffd", text[:40]) + ("…" if len(text) > 40 else "")
    return f"{codes} in: {where}"


def _rfonts(text: str, fallback: str | None) -> str:
    """Return the run's ``w:rFonts``: the fallback font in every slot, and/or the east-Asian hint
    when ``text`` holds quotes, dashes or an ellipsis; '' when the run needs neither."""
    hint = ' w:hint="eastAsia"' if AMBIGUOUS_CHARS.intersection(text) else ""
    if fallback is None:
        return f"<w:rFonts{hint}/>" if hint else ""
    name = xml_attr(fallback)
    return (f'<w:rFonts w:ascii="{name}" w:hAnsi="{name}" w:eastAsia="{name}" w:cs="{name}"'
            f"{hint}/>")


def _in_gb2312(ch: str) -> bool:
    """Return True when ``ch`` is in GB2312 as Windows maps it (the GB2312 rows of GBK).

    Python's ``gb2312`` codec maps a few punctuation marks differently (— is U+2015 there), so the
    test is made on the GBK bytes: ASCII, or lead and trail byte both in 0xA1–0xFE (lead ≤ 0xF7).
    """
    try:
        raw = ch.encode("gbk")
    except UnicodeEncodeError:
        return False
    return len(raw) == 1 or (0xA1 <= raw[0] <= 0xF7 and 0xA1 <= raw[1] <= 0xFE)


def body_xml(lines: list[FlowPara], styles: StyleMap, profile: Profile,
             plan: FontPlan | None = None) -> tuple[str, list[Notice]]:
    """Return the paragraphs of ``lines`` as one XML string, and the notices raised on the way.

    ``plan`` (default: no shipped fonts named) splits off fallback runs and collects the characters
    set in each shipped font. Raises ProfileError when the highlight colour is not a Word colour.
    """
    plan = plan if plan is not None else FontPlan({})
    body = _Body(styles, highlight_colour(profile), profile, plan)
    xml = "".join([body.paragraph(line) for line in lines])
    return xml, body.all_notices() + plan.notices()


def write_docx(doc: Document, out: BinaryIO, profile: Profile) -> list[Notice]:
    """Write ``doc`` as a GB/T 9704 DOCX to the binary file object ``out``; return the warnings.

    The package is built in memory and written to ``out`` in one call, so a failing destination
    leaves no half-closed zip behind. ``[docx] embed_fonts`` embeds font subsets and
    ``[docx] reference_doc`` takes styles, page set-up and footers from that document. Raises
    ProfileError when the profile cannot be turned into styles or the reference document cannot be
    used, FontError when a font to embed is missing or unreadable, and OutputError when the package
    cannot be built or written to ``out``.
    """
    template = template_for(profile)
    plan = plan_fonts(profile)
    xml, notices = body_xml(flow(doc, profile), template.styles, profile, plan)
    try:
        document = docx.Document(BytesIO(template.blob))
        _fill_body(document, xml)
        _core_properties(document, doc)
        if plan.embed:
            _footer_chars(plan, template, profile)
            embed_fonts(document, plan.uses())
        buf = BytesIO()
        document.save(buf)
    except (ValueError, SyntaxError, zipfile.BadZipFile) as exc:  # lxml's parse errors are SyntaxErrors
        raise OutputError(f"cannot build the DOCX package ({exc}); please report this as a bug") from exc
    try:
        out.write(buf.getvalue())
    except OSError as exc:
        raise OutputError(f"cannot write the DOCX: {write_problem(exc)}") from exc
    except (AttributeError, TypeError) as exc:
        raise OutputError(f"cannot write the DOCX to {type(out).__name__} ({exc}); "
                          "pass a file object opened in binary mode ('wb')") from exc
    return notices


def _footer_chars(plan: FontPlan, template: Template, profile: Profile) -> None:
    """Record the page-number characters (its template text and the digits) for embedding."""
    if template.own_footers:
        font = template.styles.east_asia.get("page-number", "")
        plan.use_chars(font, profile.page_number.template.replace("{n}", "") + "0123456789")


def _fill_body(document: DocxDocument, xml: str) -> None:
    """Put the paragraphs of ``xml`` into the document body, before its section properties."""
    body = document.element.body
    sect = body.sectPr
    fragment = parse_xml(f"<w:body {nsdecls('w')}>{xml}</w:body>")
    if sect is not None:
        body.remove(sect)
    body.extend(list(fragment))
    if sect is not None:
        body.append(sect)


#: python-docx refuses core properties longer than this.
MAX_PROPERTY_CHARS = 255


def _property(text: str) -> str:
    """Return ``text`` fit for a core property: one line (line breaks and tabs, with the spaces around
    them, become one space; spaces inside stay as written), XML-safe, at most 255 characters."""
    text = re.sub(r"\s*[\r\n\t\f\v\x1c-\x1f\x85\u2028\u2029]\s*", " ", INVALID_XML.sub("", text)).strip()
    return text if len(text) <= MAX_PROPERTY_CHARS else text[:MAX_PROPERTY_CHARS - 1] + "…"


def _created() -> datetime:
    """Return the creation time: ``SOURCE_DATE_EPOCH`` when set (reproducible builds), else now (UTC)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), timezone.utc).replace(tzinfo=None)
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


def _core_properties(document: DocxDocument, doc: Document) -> None:
    """Set title, author (first byline), times, and speechconv as the last modifier and in comments."""
    first = doc.speeches[0] if doc.speeches else None
    props = document.core_properties
    props.title = _property(doc.title or (first.title if first and first.title else ""))
    props.author = _property(first.byline if first and first.byline else "")
    props.last_modified_by = "speechconv"
    props.comments = f"generated by {generator()}"
    props.subject = ""
    props.keywords = ""
    props.category = ""
    props.revision = 1
    now = _created()
    props.created = now
    props.modified = now
