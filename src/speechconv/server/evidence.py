"""Why a line got its role: the reading's evidence for one line of an input (``POST /api/why``).

The passes read lines by evidence (:mod:`speechconv.passes.reading`): ``split`` reads the page's lines
(where page heads and part markers are decided), then ``structure`` reads each speech's lines as one
speech (title block, body, ending). This finds the line a user points at — by its text, as the page
shows it — among the lines those passes read, and returns
:func:`~speechconv.passes.reading.explain.explain`'s evidence for it: first among the lines of the
speech named, then of the other speeches, then of the page before ``split``.

A JSON model has no source lines: each speech is read again as it stands (title block, body and
ending as lines, a run-in heading with its paragraph), so the evidence is for the text as corrected.
The reading decides body text apart from the title block and ending; the body rules of ``structure``
then make numbered lines and 第一，/一是 series headings or leads: the answer says so where they did.
Runs in a worker process (see :mod:`.work`); answers are plain dicts.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ..errors import InputError, SpeechconvError
from ..inputs import load, read_input
from ..limits import LIMITS
from ..model import Block, Heading, Paragraph, Speech
from ..passes import run_passes
from ..passes.reading import read_lines
from ..passes.reading.explain import explain
from ..passes.structure import heading_form, structure_speech


@dataclass(frozen=True)
class Lines:
    """Lines as one reading of the passes saw them: where (``speech`` or ``page``), which speech, the
    blocks, the page title the reading was given, and whether they were read as one speech."""

    level: str
    speech: int
    blocks: tuple[Block, ...]
    title: str | None
    single: bool
    starts: tuple[int, ...] = ()    #: on the page: the lines where ``split`` starts each speech


def _text(block: Block) -> str:
    return block.text if isinstance(block, Paragraph) else block.label


def compact(text: str) -> str:
    """Return ``text`` without any whitespace (U+3000 and U+00A0 included), as lines are compared."""
    return "".join(text.split())


def model_lines(speech: Speech) -> tuple[Block, ...]:
    """Return a model speech as the lines a source would give: title, subtitle, speaker, date and
    salutation lines, the body (a run-in heading joined to its paragraph), closing and signature lines."""
    head = [speech.title, speech.subtitle, speech.byline, speech.date, *(speech.salutation or "").split("\n")]
    lines: list[Block] = [Paragraph.of(t) for t in head if t]
    run_in: Heading | None = None
    for block in speech.blocks:
        if isinstance(block, Heading) and block.run_in:
            if run_in is not None:
                lines.append(Paragraph.of(run_in.label))
            run_in = block
        elif run_in is not None and isinstance(block, Paragraph):
            lines.append(Paragraph.of(run_in.label + block.text, block.role, block.hints))
            run_in = None
        else:
            if run_in is not None:
                lines.append(Paragraph.of(run_in.label))
                run_in = None
            lines.append(block if isinstance(block, Paragraph) else Paragraph.of(block.label))
    if run_in is not None:
        lines.append(Paragraph.of(run_in.label))
    ending = [*speech.closing, *(speech.signature or "").split("\n")]
    return tuple(lines + [Paragraph.of(t) for t in ending if t])


def readings(data: bytes, format: str | None, name: str | None) -> list[Lines]:
    """Return every reading of the input's lines the passes make, the speeches' before the page's.

    Raises what :func:`speechconv.read` raises for the input, the error naming it.
    """
    inp = load(data, LIMITS, name)
    try:
        raw, reader = read_input(inp, format, LIMITS)
        if reader.finished:
            return [Lines("model", i, model_lines(s), raw.title, True) for i, s in enumerate(raw.speeches)]
        page = run_passes(raw, ["normalize", "boilerplate"])
        parts = run_passes(page, ["split"])
    except SpeechconvError as exc:
        raise exc.with_path(inp.name) if inp.name else exc
    return ([Lines("speech", i, s.blocks, parts.title, True) for i, s in enumerate(parts.speeches)]
            + [Lines("page", i, s.blocks, page.title, False, tuple(read_lines(s.blocks, page.title).starts()))
               for i, s in enumerate(page.speeches)])


def find(candidates: Sequence[Lines], speech: int, text: str) -> tuple[Lines, int] | None:
    """Return the lines holding ``text`` and its index there, or None when no line holds it.

    A line of the same text (spaces ignored) wins over one sharing most of it (a title joined from
    two lines, a run-in heading's line); then a line of speech ``speech`` over one of another speech,
    and a line of the speeches' readings over one of the page's (there, one in that speech's part).
    """
    key = compact(text)
    best: tuple[tuple, Lines, int] | None = None
    for lines in candidates if key else ():
        for i, block in enumerate(lines.blocks):
            other = compact(_text(block))
            if not other or (key not in other and other not in key):
                continue
            rank = (other == key, _place(lines, speech, i), min(len(key), len(other)) / max(len(key), len(other)))
            if best is None or rank > best[0]:
                best = (rank, lines, i)
    return (best[1], best[2]) if best else None


def _place(lines: Lines, speech: int, index: int) -> int:
    """Return how well line ``index`` of ``lines`` sits for speech ``speech``: 3 in it, 2 in another
    speech, 1 in its part of the page, 0 elsewhere on the page."""
    if lines.level != "page":
        return 3 if lines.speech == speech else 2
    starts = lines.starts
    inside = speech < len(starts) and starts[speech] <= index < (starts[speech + 1] if speech + 1 < len(starts)
                                                                  else len(lines.blocks))
    return 1 if inside else 0


def body_outcome(lines: Lines, index: int, role: str) -> dict | None:
    """Return what the body rules of ``structure`` made of a line the reading took for body or heading
    text: ``{"final": heading1…4 | lead | body, "number": …, "rule": …}``, or None for other lines.

    ``rule`` says why the final role differs from the reading's: ``numbered`` (a heading number in
    order), ``series`` (第一，/一是… read as headings), ``series-lead`` (its first sentence marked as a
    lead), ``unmarked`` (taken for a heading, but with no number in order and no heading look), or None.
    """
    if lines.level != "speech" or role not in ("body", "heading"):
        return None
    done, _ = structure_speech(Speech(blocks=lines.blocks), lines.title)
    raw = compact(_text(lines.blocks[index]))
    same = [b for b in done.blocks if compact(_text(b)) == raw]
    heads = [b for b in done.blocks if isinstance(b, Heading) and len(compact(b.label)) >= 2
             and raw.startswith(compact(b.label))]
    if not (same or heads):
        return None
    block = (same or heads)[0]
    if isinstance(block, Heading):
        final, number = f"heading{block.level}", block.number
        rule = None if role == "heading" else "numbered" if heading_form(_text(lines.blocks[index])) else "series"
    else:
        lead = any(r.role == "lead" for r in block.runs)
        final, number = ("lead" if lead else block.role or "body"), None
        rule = "series-lead" if lead else "unmarked" if role == "heading" else None
    return {"final": final, "number": number, "rule": rule}


def why(data: bytes, format: str | None, name: str | None, speech: int, text: str) -> dict:
    """Return the evidence for the line ``text`` (looked for first in speech ``speech``): where it was
    read (``level``, ``speech``, ``line``), the line read, its ``role``, the runner-up roles with what
    choosing them costs (``others``), the weightiest features (``features``: weight for the role minus
    for the runner-up) and, for body text, what the body rules made of it (``body``, see
    :func:`body_outcome`). Raises InputError when no line reads so, and what reading raises."""
    found = find(readings(data, format, name), speech, text)
    if found is None:
        raise InputError(f"no line of the input reads {text[:40]!r}: it was edited after reading, or it is the page's "
                         "title standing in for a speech without one; ask about a line as it was read", name)
    lines, index = found
    answer = explain(lines.blocks, lines.title, index, single=lines.single)
    return {"level": lines.level, "speech": lines.speech, "line": index, "text": answer.text,
            "role": answer.role, "others": [{"role": r, "cost": round(c, 3)} for r, c in answer.others],
            "features": [{"name": f, "weight": round(w, 3)} for f, w in answer.features],
            "body": body_outcome(lines, index, answer.role)}


__all__ = ["why", "readings", "find", "body_outcome", "model_lines", "Lines"]
