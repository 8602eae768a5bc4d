"""Plain-text reader: every non-empty line becomes a paragraph of one unstructured speech.

Structure (titles, headings, several speeches) is recognised later by the passes. The page numbers of
a text copied out of a paginated document (``— 3 —``) are left out here, each recorded as dropped.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..limits import LIMITS, Limits
from ..model import Document, Dropped, Hints, Notice, Paragraph, Run, Source, Speech, fill_surrogates
from ..passes._text import ends_sentence
from .hints import UNDERLINE, underline_level, wraps_on
from .numerals import MARKED_PAGE_NUMBER

_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_LINE = re.compile(r"[^\n]+")


def replace_surrogates(text: str) -> tuple[str, list[Notice]]:
    """Return ``text`` with lone surrogates replaced by U+FFFD, and a notice when there were any.

    Lone surrogates (U+D800–U+DFFF) are not characters: a Python ``str`` may hold them, but no output
    format can, so they are shown as U+FFFD (the mark for a lost character) and reported.
    """
    text, count = fill_surrogates(text)
    if not count:
        return text, []
    notice = Notice("lone-surrogate", f"{count} lone surrogate code point(s) replaced by U+FFFD (\ufffd)",
                    "the text was damaged before it reached speechconv (a bad UTF-16 conversion); "
                    "check those places against the original")
    return text, [notice]


def split_lines(text: str, limits: Limits | None = None) -> list[tuple[str, int, bool]]:
    """Return the non-blank lines of ``text`` (any newline convention), outer whitespace removed, each
    with its indentation in characters (an ideographic space or a tab is one, two spaces are one) and
    whether a blank line stood before it.

    Raises InputError when there are more than ``limits.paragraphs`` of them (no limit when None).
    """
    text = _NEWLINES.sub("\n", text.lstrip("\ufeff"))
    lines: list[tuple[str, int, bool]] = []
    blank = False
    for raw in text.split("\n") if limits is None or text.count("\n") < limits.paragraphs \
            else (m.group() for m in _LINE.finditer(text)):      # one at a time past the limit
        line = raw.strip()
        if not line:
            blank = True
            continue
        lines.append((line, _indent(raw), blank))
        blank = False
        if limits is not None and len(lines) > limits.paragraphs:
            limits.check_paragraphs(len(lines))
    return lines


def _indent(raw: str) -> int:
    """Return the indentation of a raw line in characters."""
    head = raw[:len(raw) - len(raw.lstrip())]
    return head.count("\u3000") + head.count("\t") + head.count("\u2003") + (head.count(" ") + head.count("\xa0")) // 2


def _hints(lines: list[tuple[str, int, bool]]) -> list[Hints]:
    """Return each line's hints: its indentation when the page indents some lines and not others, and
    a blank line before it when blank lines do not stand between every line."""
    indents = {indent for _, indent, _ in lines}
    blanks = sum(blank for _, _, blank in lines)
    say_indent = len(indents) > 1
    say_blank = 0 < blanks < 0.8 * max(1, len(lines) - 1)
    return [Hints(indent=indent if say_indent else None, blank_before=blank and say_blank)
            for _, indent, blank in lines]


def _underlined(lines: list[tuple[str, int, bool]], hints: list[Hints]) -> tuple[list, list, list[Dropped]]:
    """Return the lines and hints with underlines taken off, the underlined lines marked as headings,
    and the underlines as dropped."""
    out, out_hints, gone = [], [], []
    for i, (line, h) in enumerate(zip(lines, hints)):
        level = underline_level(line[0])
        if level and out and not UNDERLINE.match(out[-1][0]) and i > 0 and not lines[i][2]:
            out_hints[-1] = replace(out_hints[-1], heading=level)
            gone.append(Dropped(line[0], "text: underline of a heading"))
            continue
        out.append(line)
        out_hints.append(h)
    return out, out_hints, gone


def read_text(text: str, source: Source | None = None, *, limits: Limits = LIMITS) -> Document:
    """Return a Document holding one speech whose blocks are the lines of ``text``.

    A line underlined by a rule of ===, ---, ~~~ is a heading (the underline is recorded as dropped);
    ``**…**`` marks a bold stretch (the marks are recorded as dropped).
    Lone surrogates become U+FFFD with a ``lone-surrogate`` warning. Raises InputError when there are
    more than ``limits.paragraphs`` non-blank lines.
    """
    text, notices = replace_surrogates(text)
    text, targets = _rst_links(text)
    lines, numbers = _page_numbers(_join_latin_wraps(split_lines(text, limits)))
    lines, hints, gone = _underlined(lines, _hints(lines))
    gone = numbers + gone
    blocks = tuple(_paragraph(line, h) for (line, _, _), h in zip(lines, hints))
    pairs = sum(1 for b in blocks for r in b.runs if r.bold)      # a bold run is one **…** pair taken off
    if pairs:
        gone.append(Dropped("****" * pairs, "text: emphasis marks (**…**)"))
    return Document(speeches=(Speech(blocks=blocks),), source=source or Source(format="text"),
                    warnings=tuple(notices), dropped=tuple(targets + gone))


def _page_numbers(lines: list[tuple[str, int, bool]]) -> tuple[list[tuple[str, int, bool]], list[Dropped]]:
    """Return the lines without the page numbers of a text copied out of a paginated document
    (``— 3 —``, ``第3页 共12页``: :data:`~.numerals.MARKED_PAGE_NUMBER`), and those as dropped.

    A page break is no paragraph break: the line after a page number keeps the blank line before the
    number only when the line above it ends a sentence (a paragraph running on over the page joins up).
    """
    kept: list[tuple[str, int, bool]] = []
    gone: list[Dropped] = []
    pending: bool | None = None         # the blank-line flag above the page numbers just left out
    for line, indent, blank in lines:
        if MARKED_PAGE_NUMBER.match(line):
            gone.append(Dropped(line, "text: page number"))
            pending = blank if pending is None else pending
            continue
        if pending is not None:
            blank = pending and bool(kept) and ends_sentence(kept[-1][0])
            pending = None
        kept.append((line, indent, blank))
    return kept, gone


def _join_latin_wraps(lines: list[tuple[str, int, bool]]) -> list[tuple[str, int, bool]]:
    """Return the lines with wrapped English joined (a space between): a Latin line goes on in the
    next (:func:`~.hints.wraps_on`) at the same indentation, with no blank line between — on a page that parts its paragraphs by blank lines
    (Markdown, reStructuredText, a mail). A page without blank lines keeps every line."""
    if sum(blank for _, _, blank in lines) < 2:
        return lines
    out: list[tuple[str, int, bool]] = []
    for line, indent, blank in lines:
        if out and not blank and out[-1][1] == indent and wraps_on(out[-1][0], line):
            out[-1] = (out[-1][0] + " " + line, indent, out[-1][2])
        else:
            out.append((line, indent, blank))
    return out


#: Emphasis a text clip keeps from its Markdown or reStructuredText source: ``**粗体**`` on one line.
_STRONG = re.compile(r"\*\*(?=\S)(?P<text>[^*\n]+?)(?<=\S)\*\*")


def _paragraph(line: str, hints: Hints) -> Paragraph:
    """Return a line as a paragraph: its ``**…**`` stretches as bold runs without the marks (the whole
    line bold gets the bold hint), any other line as one plain run."""
    if "**" not in line or not _STRONG.search(line):
        return Paragraph.of(line, hints=hints)
    runs, at = [], 0
    for m in _STRONG.finditer(line):
        if m.start() > at:
            runs.append(Run(line[at:m.start()]))
        runs.append(Run(m.group("text"), bold=True))
        at = m.end()
    if at < len(line):
        runs.append(Run(line[at:]))
    whole = all(r.bold for r in runs if r.text.strip())
    return Paragraph(runs=tuple(runs), hints=replace(hints, bold=True) if whole else hints)


#: A reStructuredText link (`` `文字 <https://…>`__ ``) and the escaped space before or after one (``\ ``).
_RST_LINK = re.compile(r"`(?P<text>[^`<\n]*?)\s*<(?P<target>[^>`\n]+)>`_{1,2}")
_RST_ESCAPED_SPACE = re.compile(r"\\ ")


def _rst_links(text: str) -> tuple[str, list[Dropped]]:
    """Return ``text`` with its reStructuredText links read as their text (a bare link as its address)
    and the escaped spaces around them gone, and the link targets as dropped. Text with no such link
    is returned as it is."""
    if not _RST_LINK.search(text):
        return text, []
    targets: list[Dropped] = []

    def shown(m: re.Match[str]) -> str:
        if not m.group("text").strip():
            return m.group("target")
        targets.append(Dropped(m.group("target"), "text: link target (reStructuredText)"))
        return m.group("text")

    text = _RST_LINK.sub(shown, text)
    escapes = len(_RST_ESCAPED_SPACE.findall(text))
    if escapes:
        targets.append(Dropped("\\ " * escapes, "text: escaped spaces (reStructuredText)"))
    return _RST_ESCAPED_SPACE.sub("", text), targets
