"""A readable tree of a Document's recognised structure (what ``speechconv inspect`` prints)."""
from __future__ import annotations

from .model import Document, Heading, Speech


def _preview(text: str, width: int = 32) -> str:
    """Return the start of ``text`` with its length when it is cut."""
    return text if len(text) <= width else f"{text[:width]}…（{len(text)}字）"


def _speech_lines(speech: Speech, index: int) -> list[str]:
    """Return the tree lines of one speech."""
    lines = [f"speech {index}: {speech.title or '(no title)'}"]
    for label in ("subtitle", "byline", "date"):
        value = getattr(speech, label)
        if value:
            lines.append(f"  {label}: {value}")
    if speech.salutation:
        lines.append("  salutation: " + " / ".join(speech.salutation.split("\n")))
    depth = 0
    for block in speech.blocks:
        if isinstance(block, Heading):
            depth = block.level
            kind = "run-in heading" if block.run_in else "heading"
            lines.append("  " * block.level + f"{block.number}{block.text}  [{kind} {block.level}]")
            continue
        leads = [r.text for r in block.runs if r.role == "lead"]
        marks = "".join(["  [lead: " + "".join(leads) + "]" if leads else "",
                         "  [blank to fill]" if any(r.placeholder for r in block.runs) else ""])
        lines.append("  " * (depth + 1) + "¶ " + _preview(block.text) + marks)
    for text in speech.closing:
        lines.append(f"  closing: {text}")
    if speech.signature:
        lines.append("  signature: " + " / ".join(speech.signature.split("\n")))
    return lines


def render_tree(doc: Document) -> str:
    """Return the structure of ``doc`` as indented lines, then what was dropped and the warnings."""
    src = doc.source
    facts = ", ".join(x for x in (src.format, src.encoding, f"site rule: {src.site}" if src.site else None) if x)
    lines = [f"{src.name or '(input)'}  ({facts})"]
    if doc.title:
        lines.append(f"page title: {doc.title}")
    for i, speech in enumerate(doc.speeches, start=1):
        lines += _speech_lines(speech, i)
    lines.append(f"dropped ({len(doc.dropped)}):")
    lines += [f"  {d.reason}: {_preview(d.text, 40)}" for d in doc.dropped]
    if doc.warnings:
        lines.append(f"warnings ({len(doc.warnings)}):")
        lines += [f"  {w.code}: {_preview(w.text, 40)}" for w in doc.warnings]
    return "\n".join(lines)


def inspect_report(src, format: str | None = None, skip=(), *, roles: bool = False, why: int | None = None) -> str:
    """Return what ``speechconv inspect`` prints: the structure tree (default), every line of the page
    numbered with its role (``roles``), or the evidence for one line (``why``: its number from 1).

    Raises as :func:`speechconv.read`, and InputError for a line number the page does not have.
    """
    from . import why as reading

    if why is not None:
        return "\n".join(reading.why(src, why, format, skip).lines())
    if roles:
        lines = reading.page_roles(src, format, skip)
        return "\n".join(f"{r.number:4d}  {r.role:10s} {_preview(r.text, 48)}" for r in lines)
    from .api import read

    return render_tree(read(src, format=format, skip=skip))
