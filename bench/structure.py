"""Structure benchmark: how well speechconv recognises real pages, set by set.

    python bench/structure.py [--set shared|tune|check|all] [--letter C] [--corpus DIR] [--json] [--quiet]

The sets: ``shared`` is ../shared/corpus/expected.json; ``tune`` and ``check`` are the entries of
tests/data/corpus/expected.*.json with that ``set`` (the weights are fitted on shared + tune, never on
check); ``all`` prints each set's table in turn; ``--letter C`` keeps only one collector's
tests/data/corpus/expected.C.json (and skips the shared set). For every entry it converts the file and
compares, the way corpus/README.md says
(all whitespace removed on both sides; half-width punctuation folded to full-width as the normalize
pass does): number of speeches, titles, subtitles, speakers, date lines, salutations, first and last
body sentences, level-1 headings (precision / recall / F1), clutter strings that must be gone, and
U+FFFD in the output, and text conservation (every character of the page is in the output, the page
title or ``dropped``). Prints one row per file and the totals. ``evaluate`` is also used by the tests.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import speechconv
from speechconv.model import Document, Heading, Paragraph, Speech
from speechconv.passes._text import page_title_core
from speechconv.passes.structure import page_speech_title
from speechconv.passes.normalize import normalize_text

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
REPO_CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "corpus"
_EDGE = "，,、；;：:。 "


def key(text: str | None) -> str:
    """Return ``text`` as compared: normalised punctuation, no whitespace at all."""
    return "".join(normalize_text(text or "").split())


#: The number of an ordered list's item, as the readers put it in front of the item's text (``1. ``).
_LIST_NUMBER = re.compile(r"^\d{1,3}[.．](?!\d)")


def _unlisted(text: str) -> str:
    """Return a body text (as compared) without the list number it opens with: an expectation's first
    body sentence is the item's text, after its number (README.d.md, d01: ``(after `1. `)``)."""
    return _LIST_NUMBER.sub("", text, count=1)


@dataclass
class Score:
    """Checks passed per field for one file, with what differed."""

    checks: dict[str, list[bool]] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    heading_tp: int = 0          #: expected headings matched (by a heading or a lead sentence)
    heading_right: int = 0       #: found headings that are expected
    heading_found: int = 0
    heading_expected: int = 0

    def check(self, name: str, ok: bool, detail: str) -> None:
        """Record one check; keep ``detail`` when it failed."""
        self.checks.setdefault(name, []).append(ok)
        if not ok:
            self.misses.append(f"{name}: {detail}")


_NUMBER_MARK = re.compile(r"^(\d{1,2}|[一二三四五六七八九十]{1,3})[、.．，,]")


def heading_key(text: str) -> str:
    """Return a heading as compared: as :func:`key`, with the mark after its number folded (1、 1. 1．
    are one form; the structure pass writes 1. and 一、)."""
    return _NUMBER_MARK.sub(r"\1", key(text)).strip(_EDGE)


def full_title(speech: Speech, separate_subtitle: bool) -> str:
    """Return the speech title as the corpus gives it (a ——subtitle appended unless listed apart)."""
    sub = speech.subtitle if speech.subtitle and speech.subtitle.startswith("—") else ""
    return (speech.title or "") + ("" if separate_subtitle else sub)


def body_texts(speech: Speech) -> list[str]:
    """Return the body's texts in order: paragraphs and headings, then closing lines."""
    return [b.label if isinstance(b, Heading) else b.text for b in speech.blocks] + list(speech.closing)


def _ending_texts(speech: Speech) -> list[str]:
    """Return the body's texts as :func:`body_texts` does, without headings after the last paragraph:
    a heading with nothing under it at the end of a page ends no sentence."""
    blocks = list(speech.blocks)
    while blocks and isinstance(blocks[-1], Heading) and not speech.closing:
        blocks.pop()
    return [b.label if isinstance(b, Heading) else b.text for b in blocks] + list(speech.closing)


def _speech_checks(score: Score, got: Speech, want: dict, page_title: str | None = None) -> None:
    """Compare one recognised speech with its expectation.

    A speech the expectation gives no title of its own (null) may carry the page title's core: that is
    speechconv's documented fallback for an untitled speech, not a misread line.
    """
    separate = "subtitle" in want
    title = key(full_title(got, separate))
    core = key(page_title_core(page_title)) if page_title else None
    # an untitled speech takes the page headline's core (no column or site name): the expectation may
    # give no title, or the headline whole
    spoken = key(page_speech_title(page_title)[0]) if page_title else None   # 林鄭：標題 → 標題
    fallback = (want["title"] is None or key(page_title_core(want["title"])) == core) and title in (core, spoken)
    score.check("title", title == key(want["title"]) or bool(fallback),
                f"{full_title(got, separate)!r} != {want['title']!r}")
    if separate:
        score.check("subtitle", key(got.subtitle) == key(want["subtitle"]), f"{got.subtitle!r}")
    # A speaker or date given after the body is the speech's signature (issuer and date lines).
    if "speaker" in want:
        score.check("speaker", key(want["speaker"]) in key(got.byline) + "|" + key(got.signature),
                    f"{got.byline!r} / {got.signature!r} lacks {want['speaker']!r}")
    if "date_line" in want:
        date = key(want["date_line"]).strip("（）()")
        score.check("date", key(got.date).strip("（）()") == date or any(key(line).strip("（）()") == date for line in (got.signature or "").split("\n")),
                    f"{got.date!r} / {got.signature!r}")
    score.check("salutation", key(got.salutation) == key(want["salutation"]),
                f"{got.salutation!r} != {want['salutation']!r}")
    body = body_texts(got)
    score.check("first body", bool(body) and _unlisted(key(body[0])).startswith(key(want["first_body_sentence"])),
                f"{body[0][:30] if body else None!r}")
    ending = _ending_texts(got)
    score.check("last body", bool(ending) and key(ending[-1]).endswith(key(want["last_body_sentence"])),
                f"{ending[-1][-30:] if ending else None!r}")
    found = [heading_key(b.label) for b in got.blocks if isinstance(b, Heading) and b.level == 1]
    expected = [heading_key(h) for h in want["headings_level1"]]
    leads = {heading_key("".join(r.text for r in b.runs if r.role == "lead"))
             for b in got.blocks if isinstance(b, Paragraph)}
    # A run-in lead sentence may satisfy an expected heading; it is not counted as a found heading.
    tp = sum(1 for h in expected if h in found or h in leads)
    score.heading_tp += tp
    score.heading_right += sum(1 for h in found if h in expected)
    score.heading_found += len(found)
    score.heading_expected += len(expected)
    score.check("headings", tp == len(expected) and len(found) <= len(expected),
                f"{len(found)} found, {tp} right of {len(expected)}")


# Marks the passes may change in number or kind: ellipses (... -> ……), dashes (-- -> ——), and the
# separators of heading numbers (一, 1、 -> 一、 1.).
_FOLD_OUT = set(".…。·—-―─,、")
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def conservation_key(text: str) -> str:
    """Return ``text`` as the conservation check counts it.

    Widths folded (NFKC), quotes folded, and whitespace, control and format characters, dots, dashes,
    commas and 、 left out: the passes may change those (``...`` becomes ``……``, ``--`` ``——``, a
    heading's ``1、`` ``1.``).
    """
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return "".join(c for c in text if c not in _FOLD_OUT and not c.isspace()
                   and not unicodedata.category(c).startswith("C"))


def lost_characters(source_text: str, doc: Document) -> Counter:
    """Return the characters of ``source_text`` that ``doc`` does not account for, with their counts.

    A character is accounted for by the speeches, the page title or ``dropped``; counts are compared
    after the normalize pass's folding (see :func:`conservation_key`).
    """
    shown = "".join(t for s in doc.speeches for t in s.text_parts())
    accounted = Counter(conservation_key(shown + "".join(d.text for d in doc.dropped) + (doc.title or "")))
    return Counter(conservation_key(source_text)) - accounted


def evaluate(entry: dict, doc: Document, source_text: str | None = None) -> Score:
    """Return the score of ``doc`` against one ``expected.json`` entry."""
    score = Score()
    wants = entry["speeches"]
    score.check("speeches", len(doc.speeches) == len(wants), f"{len(doc.speeches)} != {len(wants)}")
    for got, want in zip(doc.speeches, wants):
        _speech_checks(score, got, want, doc.title)
    if entry.get("page_title"):
        score.check("page title", key(doc.title) == key(entry["page_title"]), f"{doc.title!r}")
    shown = key("".join(t for s in doc.speeches for t in s.text_parts()))
    for s in entry.get("boilerplate_must_drop", []):
        score.check("clutter dropped", key(s) not in shown, f"{s!r} still in the output")
    score.check("no U+FFFD", "\ufffd" not in shown, "U+FFFD in the output")
    if source_text is not None:
        lost = lost_characters(source_text, doc)
        score.check("text conserved", not lost, f"lost {dict(lost.most_common(8))}")
    return score


def source_text(path: Path) -> str:
    """Return the text of a corpus file as the readers see it before any pass runs."""
    raw = speechconv.read(path, passes=[])
    return "".join(t for s in raw.speeches for t in s.text_parts()) + (raw.title or "") \
        + "".join(d.text for d in raw.dropped)


def entries_of(which: str, corpus: Path = DEFAULT_CORPUS, letter: str = "*") -> list[tuple[Path, dict]]:
    """Return (file path, entry) of the set ``which``: ``shared``, ``tune`` or ``check``; ``letter`` picks
    one collector's expected.<letter>.json (default: all of them)."""
    if which == "shared":
        path = corpus / "expected.json"
        return [(corpus / e["file"], e) for e in json.loads(path.read_text("utf-8"))] if path.is_file() else []
    out = []
    for path in sorted(REPO_CORPUS.glob(f"expected.{letter}.json")):
        out += [(REPO_CORPUS / "pages" / e["file"], e) for e in json.loads(path.read_text("utf-8"))
                if e.get("set") == which]
    return out


def run(corpus: Path, which: str = "shared", letter: str = "*") -> list[tuple[str, Score]]:
    """Return the score of every entry of the set ``which`` (of collector ``letter``'s file only, if given)."""
    return [(e["file"], evaluate(e, speechconv.read(path), source_text(path)))
            for path, e in entries_of(which, corpus, letter)]


def _rate(values: list[bool]) -> str:
    """Return ``passed/total`` with a percentage."""
    return f"{sum(values)}/{len(values)} ({100 * sum(values) / len(values):.0f} %)" if values else "-"


def main(argv: list[str] | None = None) -> int:
    """Print the per-file rows and the totals; return 0."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the shared corpus folder")
    ap.add_argument("--set", dest="which", default="all", choices=("shared", "tune", "check", "all"))
    ap.add_argument("--letter", default="*", help="score only tests/data/corpus/expected.LETTER.json")
    ap.add_argument("--json", action="store_true", help="print the totals as one JSON object per set")
    ap.add_argument("--quiet", action="store_true", help="print the totals only")
    args = ap.parse_args(argv)
    sets = ("shared", "tune", "check") if args.which == "all" else (args.which,)
    for which in (s for s in sets if args.letter == "*" or s != "shared"):
        if not args.json:
            print(f"== {which}")
        report(run(args.corpus, which, args.letter), args.json, args.quiet, which)
    return 0


def report(results: list[tuple[str, Score]], as_json: bool, quiet: bool, which: str) -> None:
    """Print the per-file rows (unless ``quiet``) and the totals of one set."""
    totals: dict[str, list[bool]] = {}
    tp = right = found = expected = 0
    for name, score in results:
        for k, v in score.checks.items():
            totals.setdefault(k, []).extend(v)
        tp, right = tp + score.heading_tp, right + score.heading_right
        found, expected = found + score.heading_found, expected + score.heading_expected
        if not as_json and not quiet:
            ok = sum(sum(v) for v in score.checks.values())
            n = sum(len(v) for v in score.checks.values())
            print(f"{name:45s} {ok:3d}/{n:<3d} " + "; ".join(score.misses))
    precision = right / found if found else 1.0
    recall = tp / expected if expected else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    summary = {k: _rate(v) for k, v in totals.items()}
    summary["heading P/R/F1"] = f"{precision:.3f}/{recall:.3f}/{f1:.3f}"
    summary["pages"] = str(len(results))
    if as_json:
        print(json.dumps({"set": which, **summary}, ensure_ascii=False))
    else:
        print("totals: " + "; ".join(f"{k} {v}" for k, v in summary.items()))


if __name__ == "__main__":
    sys.exit(main())
