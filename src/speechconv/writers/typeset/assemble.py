"""Assembling pages: composed paragraphs go onto the line grid and become a :class:`~.pages.Composition`.

Every paragraph of the flow is composed (:mod:`.compose`), the lines are given grid slots with pages
kept full (:mod:`.fill`), and each line is placed at its slot's baseline with its runs of one style and
the highlights behind placeholders. Outline entries, the page-number line of every page and the notices
(unknown roles, characters no font has, with where they first stand) complete the pages.
"""
from __future__ import annotations

from ...profile import MM
from ..flow import FlowPara
from .compose import Composer, DraftLine
from .fill import fill_pages
from .pages import Composition, GlyphRun, Highlight, OutlineEntry, Page, TextLine


def compose_pages(composer: Composer, flow: list[FlowPara]) -> Composition:
    """Return the composed pages of ``flow``: baselines set, outline entries and page numbers
    attached, with the notices raised (missing glyphs first in the body, then in page numbers)."""
    paras = [composer.paragraph(fp) for fp in flow]
    slots = fill_pages(paras, composer.profile.page.lines_per_page, composer.reline)
    bodies: list[list[TextLine]] = []
    outlines: list[list[OutlineEntry]] = []
    for para, placed in zip(paras, slots):
        for k, (draft, slot) in enumerate(zip(para.lines, placed)):
            while len(bodies) <= slot.page:
                bodies.append([])
                outlines.append([])
            line = _finish(draft, composer.baseline(slot.slot, draft.size, draft.descent))
            bodies[slot.page].append(line)
            if para.missing:
                _note_missing(composer, draft, slot.page + 1, len(bodies[slot.page]), para.source)
            if k == 0 and para.source.outline is not None:
                outlines[slot.page].append(OutlineEntry(para.source.outline, _outline_text(para.source),
                                                        line.baseline - line.size))
    if not bodies:
        bodies, outlines = [[]], [[]]
    pages = tuple(Page(n, tuple(lines), page_number(composer, n), tuple(entries))
                  for n, (lines, entries) in enumerate(zip(bodies, outlines), start=1))
    page = composer.profile.page
    return Composition(page.width_mm * MM, page.height_mm * MM, pages, tuple(composer.notices()))


def page_number(composer: Composer, number: int) -> TextLine:
    """Return the page-number line of page ``number`` (1-based), placed per the profile: its role's
    face (the fallback for a character it lacks), on the outer side with a gap of ``gap_chars``, its
    em box ``below_mm`` under the text block."""
    profile, fonts = composer.profile, composer.fonts
    pn = profile.page_number
    rs = profile.role(pn.role)
    text = pn.template.format(n=number)
    face = fonts.font(rs.font)
    widths, styles, xs = [], [], []
    for ch in text:
        font = fonts.pick(rs.font, ch)
        if font is None:
            composer.missing.setdefault(ch, []).append(f"in the page number of page {number}")
        widths.append(font.advance(ch, rs.size_pt) if font else rs.size_pt)
        fallback = font is not None and font is not face
        styles.append(fonts.style(font, rs.size_pt, rs.bold, False, False, fallback))
    total = sum(widths)
    gap = pn.gap_chars * composer.body_size
    right = composer.left + composer.measure
    align = ("right" if number % 2 else "left") if pn.outer else rs.align
    if align == "right":
        x = right - gap - total
    elif align == "left":
        x = composer.left + gap
    else:
        x = composer.left + (composer.measure - total) / 2
    for w in widths:
        xs.append(x)
        x += w
    box_top = (profile.page.height_mm - profile.page.bottom_mm + pn.below_mm) * MM
    baseline = box_top + rs.size_pt * (1 + face.descent / 1000)
    return _finish(DraftLine(text, xs, widths, styles, rs.size_pt, face.descent), baseline)


def _note_missing(composer: Composer, draft: DraftLine, page: int, row: int, source: FlowPara) -> None:
    """Record where ``draft``, line ``row`` of page ``page``, has characters no font has."""
    for col, st in enumerate(draft.styles, start=1):
        if st.font is None:
            composer.missing.setdefault(draft.text[col - 1], []).append(
                f"on page {page}, line {row}, character {col} (speech "
                f"{source.speech + 1}, {source.role}: {_snippet(source.text)})")


def _snippet(text: str, n: int = 16) -> str:
    """Return the first ``n`` characters of ``text``, with … when cut."""
    text = text.strip()
    return text if len(text) <= n else text[:n] + "…"


def _outline_text(para: FlowPara) -> str:
    """Return the bookmark title of a paragraph: the whole title, or the heading's own text."""
    if para.role == "title":
        return para.text
    heads = [s.text for s in para.spans if s.role.startswith("heading")]
    return "".join(heads) or para.text


def _finish(draft: DraftLine, baseline: float) -> TextLine:
    """Return ``draft`` placed at ``baseline`` (pt from the page top): its runs of one style and the
    highlights behind its placeholder characters."""
    styles = draft.styles
    runs: list[GlyphRun] = []
    start = 0
    for k in range(1, len(styles) + 1):
        if k == len(styles) or styles[k] is not styles[start]:
            runs.append(GlyphRun(start, k, styles[start]))
            start = k
    return TextLine(draft.text, tuple(draft.xs), tuple(draft.widths), tuple(runs), baseline, draft.size,
                    draft.descent, draft.uniform, _highlights(draft, baseline))


def _highlights(draft: DraftLine, baseline: float) -> tuple[Highlight, ...]:
    """Return a rectangle over the em box of each stretch of placeholder characters of ``draft``."""
    styles = draft.styles
    n = len(styles)
    out: list[Highlight] = []
    bottom = baseline - draft.size * draft.descent / 1000
    i = 0
    while i < n:
        if not styles[i].placeholder:
            i += 1
            continue
        j = i
        while j + 1 < n and styles[j + 1].placeholder:
            j += 1
        x0, x1 = draft.xs[i], draft.xs[j] + draft.widths[j]
        out.append(Highlight(x0, bottom - draft.size, x1 - x0, draft.size))
        i = j + 1
    return tuple(out)
