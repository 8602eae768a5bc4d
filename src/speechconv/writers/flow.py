"""The writers' common reading of a Document: the flow, a flat list of role-tagged paragraphs.

Every writer (DOCX, PDF, Markdown) walks the same :func:`flow` so that what appears, in which order and
in which role, is decided once. Nothing here is laid out: a :class:`FlowPara` is a paragraph with a role,
not a line of a page (:mod:`speechconv.writers.typeset` breaks paragraphs into lines and pages). This
module uses no third-party library.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from typing import Iterator

from ..model import Document, Heading, Run, Speech
from ..profile import Profile

#: Roles a run inside a body paragraph may take besides the paragraph's own.
HEADING_ROLES = {1: "heading1", 2: "heading2", 3: "heading3", 4: "heading4"}


@dataclass(frozen=True)
class Span:
    """A run ready for a writer: text, its role (for the font), and its marks."""

    text: str
    role: str
    bold: bool = False
    italic: bool = False
    placeholder: bool = False


@dataclass(frozen=True)
class FlowPara:
    """One output paragraph: its role, its spans, and how it sits on the page.

    ``hard_breaks`` is True when the title was broken into balanced lines or a signature has several
    (the spans then hold one line each). ``page_break_before`` starts a new page (a new speech);
    ``keep_with_next`` keeps headings and the title block with what follows. ``speech`` is the index of
    the speech this paragraph belongs to, ``outline`` the bookmark level (0 title, 1–4 headings) or None.
    ``space_after_lines`` is extra blank grid lines after the paragraph, beyond its role's own: the
    space that closes a speech's title block, on whichever line ends it.
    """

    role: str
    spans: tuple[Span, ...]
    speech: int
    page_break_before: bool = False
    keep_with_next: bool = False
    hard_breaks: bool = False
    outline: int | None = None
    space_after_lines: float = 0.0

    @property
    def text(self) -> str:
        """Return the plain text of the paragraph (title lines joined without separator)."""
        return "".join(s.text for s in self.spans)


_BREAK_AFTER = set("，、；：。！？）》」』”——的年")
#: A title line may well start with these: an opening mark or dash, or a word opening a phrase (在…上,
#: 暨…). 和 is in neither set: it sits inside 中华人民共和国 as often as it joins two phrases.
_BREAK_BEFORE = set("（《“「『【—在与及暨")


def balance_title(title: str, max_chars: int) -> list[str]:
    """Return ``title`` broken into lines of near-equal length, none longer than ``max_chars``.

    Breaks prefer to follow punctuation, 的 or 年, or to precede an opening mark, a number or a word that
    opens a phrase (在, 与, 及, 暨); they never split a run of Latin letters or digits, never leave a
    closing mark at a line start or an opening one at a line end, and keep a ——subtitle dash at the
    start of its line. A title that fits is returned whole.
    """
    title = title.strip()
    if max_chars <= 0 or len(title) <= max_chars:
        return [title]
    n = math.ceil(len(title) / max_chars)
    lines: list[str] = []
    rest = title
    for k in range(n, 1, -1):
        target = len(rest) / k
        cut = _best_cut(rest, target, max_chars)
        lines.append(rest[:cut])
        rest = rest[cut:]
    lines.append(rest)
    return [ln for ln in lines if ln]


def _best_cut(text: str, target: float, max_chars: int) -> int:
    """Return the index to cut ``text`` at: near ``target``, at most ``max_chars``, at a good place."""
    best, best_cost = min(max_chars, len(text) - 1), math.inf
    for i in range(max(1, int(target) - 4), min(max_chars, len(text) - 1) + 1):
        if text[i - 1].isascii() and text[i].isascii() and text[i - 1].isalnum() and text[i].isalnum():
            continue
        if text[i - 1] == text[i] == "—":
            continue
        cost = abs(i - target) + (0 if text[i - 1] in _BREAK_AFTER or text[i] in _BREAK_BEFORE else 4)
        if text[i].isdigit() and not text[i - 1].isascii():
            cost -= 2                                     # 成立 | 76周年: a number opens a phrase
        if text.startswith("—", i):
            cost -= 5
        if text[i] in "，、；：。！？）》」』”" or text[i - 1] in "（《“「『【":
            cost += 10
        if cost < best_cost:
            best, best_cost = i, cost
    return best


def _spans(runs: tuple[Run, ...], role: str) -> tuple[Span, ...]:
    """Return spans for model runs inside a paragraph of ``role``."""
    return tuple(Span(r.text, r.role or role, r.bold, r.italic, r.placeholder) for r in runs if r.text)


def _date_text(date: str, parenthesize: bool) -> str:
    """Return the date line, wrapped in full-width parentheses when asked and not already."""
    if parenthesize and not re.match(r"^[（(].*[）)]$", date):
        return f"（{date}）"
    return date


def _speech_head(speech: Speech, index: int, first_page: bool, profile: Profile) -> Iterator[FlowPara]:
    """Yield the title block and salutation of one speech."""
    new_page = index > 0 and profile.page.speech_starts_new_page and not first_page
    head: list[tuple[str, str]] = []
    if speech.title:
        head.append(("title", speech.title))
    if speech.subtitle:
        head.append(("subtitle", speech.subtitle))
    if speech.byline:
        head.append(("byline", speech.byline))
    if speech.date:
        head.append(("date", _date_text(speech.date, profile.role("date").parenthesize)))
    last = len(head) - 1
    for i, (role, text) in enumerate(head):
        spans: tuple[Span, ...]
        hard = False
        if role == "title":
            parts = balance_title(text, profile.role("title").max_line_chars)
            spans, hard = tuple(Span(p, role) for p in parts), len(parts) > 1
        else:
            spans = (Span(text, role),)
        yield FlowPara(role, spans, index, page_break_before=new_page and i == 0, keep_with_next=True,
                       hard_breaks=hard, outline=0 if role == "title" else None,
                       space_after_lines=profile.page.title_block_space_after_lines if i == last else 0.0)
    if speech.salutation:
        for j, part in enumerate(speech.salutation.split("\n")):
            yield FlowPara("salutation", (Span(part, "salutation"),), index,
                           page_break_before=new_page and not head and j == 0)


def _speech_body(speech: Speech, index: int) -> Iterator[FlowPara]:
    """Yield the body blocks, closing lines and signature of one speech."""
    pending: Heading | None = None
    for block in speech.blocks:
        if isinstance(block, Heading):
            if pending is not None:
                yield _heading_para(pending, index)
            pending = None
            if block.run_in:
                pending = block
            else:
                yield _heading_para(block, index)
            continue
        role = block.role or "body"
        spans = _spans(block.runs, role)
        if pending is not None:
            hrole = HEADING_ROLES[pending.level]
            spans = (Span(pending.number + pending.text, hrole),) + spans
            yield FlowPara(role, spans, index, outline=pending.level)
            pending = None
        else:
            yield FlowPara(role, spans, index)
    if pending is not None:
        yield _heading_para(pending, index)
    for text in speech.closing:
        yield FlowPara("closing", (Span(text, "closing"),), index)
    if speech.signature:
        parts = speech.signature.split("\n")
        yield FlowPara("signature", tuple(Span(p, "signature") for p in parts), index,
                       hard_breaks=len(parts) > 1)


def _heading_para(h: Heading, index: int) -> FlowPara:
    """Return the paragraph for a heading on a line of its own (or a run-in heading with no body)."""
    role = HEADING_ROLES[h.level]
    return FlowPara(role, (Span(h.number + h.text, role),), index, keep_with_next=not h.run_in,
                    outline=h.level)


def flow(doc: Document, profile: Profile) -> list[FlowPara]:
    """Return every paragraph the writers set for ``doc``, in order, with roles and page breaks."""
    out: list[FlowPara] = []
    for index, speech in enumerate(doc.speeches):
        first_page = not out
        head = list(_speech_head(speech, index, first_page=first_page, profile=profile))
        body = list(_speech_body(speech, index))
        if not head and body and index > 0 and profile.page.speech_starts_new_page and not first_page:
            body[0] = replace(body[0], page_break_before=True)     # an untitled speech starts a page too
        out += head + body
    return out
