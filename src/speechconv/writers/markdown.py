"""Markdown writer: each speech as a ``#`` section, headings as ``##``–``#####``, blanks as ``==…==``.

Lead sentences are set in bold; the salutation and closing lines are plain paragraphs; the title
block's subtitle, byline and date are centred-looking plain lines under the title.
"""
from __future__ import annotations

import re
from typing import BinaryIO

from ..model import Document, Notice, fill_surrogates
from ..profile import Profile
from .flow import FlowPara, Span, flow

_ESCAPE = re.compile(r"([\\`*_\[\]#<>|])")
_EDGE_PUNCT = re.compile(r"^(?P<lead>[\s“‘（《「『]*)(?P<core>.*?)(?P<trail>[\s，。、；：？！…—”’）》」』]*)$", re.S)
_HEADING_MARK = {"title": "#", "heading1": "##", "heading2": "###", "heading3": "####", "heading4": "#####"}


def _escape(text: str) -> str:
    """Return ``text`` with Markdown's special characters escaped."""
    return _ESCAPE.sub(r"\\\1", text)


def _wrap(text: str, mark: str, at_start: bool = False) -> str:
    """Return ``text`` wrapped in ``mark`` with edge punctuation left outside.

    CommonMark does not close ``**`` that follows punctuation and precedes a letter (``**一是…，**推动``),
    so trailing punctuation stays outside the marks, and so does leading punctuation unless the text
    opens its line (there ``**（一）…**`` opens well and the bracket stays with its number).
    """
    m = _EDGE_PUNCT.match(text)
    if not m or not m.group("core"):
        return f"{mark}{text}{mark}" if text else text
    if at_start:
        return f"{mark}{m.group('lead')}{m.group('core')}{mark}{m.group('trail')}"
    return f"{m.group('lead')}{mark}{m.group('core')}{mark}{m.group('trail')}"


def _span(span: Span, line_role: str, at_start: bool = False) -> str:
    """Return one span as Markdown, marked for its role and marks."""
    text = _escape(span.text)
    if span.placeholder:
        text = f"=={text}=="
    if span.role != line_role and (span.role == "lead" or span.role.startswith("heading")) or span.bold:
        text = _wrap(text, "**", at_start)
    if span.italic:
        text = _wrap(text, "*", at_start)
    return text


def _joined(parts: list[str]) -> str:
    """Return a heading's set lines as one line: a space only between two Latin words."""
    out = ""
    for part in parts:
        if out and part and out[-1].isascii() and out[-1].isalnum() and part[0].isascii() and part[0].isalnum():
            out += " "
        out += part
    return out


def _line(line: FlowPara) -> str:
    """Return one output paragraph as Markdown."""
    if line.role in _HEADING_MARK:
        return f"{_HEADING_MARK[line.role]} " + _joined([_escape(s.text) for s in line.spans])
    sep = "\\\n" if line.hard_breaks else ""  # a CommonMark hard line break between set lines
    return sep.join(_span(s, line.role, i == 0 and not line.hard_breaks) for i, s in enumerate(line.spans))


def render_markdown(doc: Document, profile: Profile) -> str:
    """Return ``doc`` as Markdown text; speeches after the first are separated by a rule."""
    parts: list[str] = []
    for line in flow(doc, profile):
        if line.page_break_before:
            parts.append("---")
        parts.append(_line(line))
    return "\n\n".join(parts) + "\n"


def write_markdown(doc: Document, out: BinaryIO, profile: Profile) -> list[Notice]:
    """Write ``doc`` as UTF-8 Markdown to ``out``; return the warnings.

    Lone surrogates (which UTF-8 cannot hold) are written as U+FFFD, with a ``md-invalid-char``
    warning.
    """
    text, count = fill_surrogates(render_markdown(doc, profile))
    out.write(text.encode("utf-8"))
    if not count:
        return []
    return [Notice("md-invalid-char", f"{count} lone surrogate code point(s) written as U+FFFD (\ufffd)",
                   "lone surrogates stand for no character and UTF-8 cannot hold them")]
