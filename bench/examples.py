"""Training and scoring examples for the structure evidence: pages with what is known of their lines.

Every source of expectations this project has is turned into one form, :class:`Example`: the page's
lines as the ``split`` pass sees them (after ``normalize`` and ``boilerplate``) and, per line, the roles
the expectations allow (``None`` where they say nothing). Sources:

- ``corpus``: the real pages of ``../shared/corpus/expected.json`` and ``tests/data/corpus/expected.*.json``
  (only the entries of the requested set: ``tune`` or ``check``);
- ``fixtures``: ``tests/data/structure/*.txt`` and ``tests/data/html/*`` with their ``.expected.json``;
- ``cases``: the small cases of ``tests/data/structure/cases.json``.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import speechconv
from speechconv.model import Block, Document
from speechconv.passes.normalize import normalize_text
from speechconv.passes.reading import find_markers

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
CORPUS = ROOT / "tests" / "data" / "corpus"
DATA = ROOT / "tests" / "data"
HEAD_ROLES = frozenset({"title", "subtitle", "byline", "date", "salutation", "marker", "head"})
DROP_ROLES = frozenset({"head", "marker", "tail"})


def key(text: str | None) -> str:
    """Return ``text`` as compared: normalised punctuation, no whitespace at all."""
    return "".join(normalize_text(text or "").split())


@dataclass
class Facts:
    """What an expectation says of one speech (None: it says nothing)."""

    title: str | None = None
    title_known: bool = False       #: a null title is a fact too (the speech has none)
    subtitle: str | None = None
    byline: str | None = None
    date: str | None = None
    salutation: list[str] = field(default_factory=list)
    first_body: str | None = None
    last_body: str | None = None
    headings: list[str] | None = None   #: heading texts with numbers; None when unknown
    all_levels: bool = False            #: ``headings`` lists every level (else level 1 only)
    leads: list[str] = field(default_factory=list)
    closing: list[str] = field(default_factory=list)
    signature: list[str] = field(default_factory=list)


@dataclass
class Example:
    """A page: its blocks before ``split``, its page title, the speech facts and the clutter strings."""

    name: str
    blocks: tuple[Block, ...]
    title: str | None
    speeches: list[Facts]
    count_known: bool = True
    clutter: list[str] = field(default_factory=list)
    entry: dict | None = None        #: the corpus entry, for scoring with bench/structure.py
    path: Path | None = None


def before_split(doc_or_src) -> Document:
    """Return the document as the split pass receives it."""
    return speechconv.read(doc_or_src, passes=["normalize", "boilerplate"]) if not isinstance(doc_or_src, Document) \
        else doc_or_src


def _blocks(doc: Document) -> tuple[Block, ...]:
    return tuple(b for s in doc.speeches for b in s.blocks)


def _corpus_facts(want: dict) -> Facts:
    sal = want.get("salutation")
    return Facts(title=want.get("title"), title_known="title" in want, subtitle=want.get("subtitle"),
                 byline=want.get("speaker"), date=want.get("date_line"),
                 salutation=sal.split("\n") if sal else [], first_body=want.get("first_body_sentence"),
                 last_body=want.get("last_body_sentence"), headings=list(want.get("headings_level1") or []))


def corpus_examples(which: str = "tune") -> Iterator[Example]:
    """Yield the real pages of the shared corpus (tune set) and of tests/data/corpus in set ``which``."""
    sources: list[tuple[Path, dict]] = []
    if which == "tune" and (SHARED / "expected.json").is_file():
        sources += [(SHARED, e) for e in json.loads((SHARED / "expected.json").read_text("utf-8"))]
    for path in sorted(CORPUS.glob("expected.*.json")):
        sources += [(CORPUS / "pages", e) for e in json.loads(path.read_text("utf-8")) if e.get("set") == which]
    for folder, entry in sources:
        path = folder / entry["file"]
        doc = before_split(path)
        yield Example(entry["file"], _blocks(doc), doc.title, [_corpus_facts(s) for s in entry["speeches"]],
                      clutter=list(entry.get("boilerplate_must_drop", [])), entry=entry, path=path)


def _fixture_facts(want: dict) -> Facts:
    heads = want.get("headings")
    sal = want.get("salutation")
    return Facts(title=want.get("title"), title_known="title" in want, subtitle=want.get("subtitle"),
                 byline=want.get("byline"), date=want.get("date"),
                 salutation=sal.split("\n") if sal else [], first_body=want.get("first_body"),
                 last_body=want.get("last_body"),
                 headings=None if heads is None else [h.split(" ", 1)[1] for h in heads], all_levels=True,
                 leads=list(want.get("leads") or []), closing=list(want.get("closing") or []),
                 signature=(want.get("signature") or "").split("\n") if want.get("signature") else [])


def fixture_examples() -> Iterator[Example]:
    """Yield the whole-page fixtures of tests/data/structure and tests/data/html."""
    for path in sorted((DATA / "structure").glob("*.txt")) + sorted((DATA / "html").glob("*.htm*")):
        want = json.loads(path.with_name(path.stem + ".expected.json").read_text("utf-8"))
        doc = before_split(path)
        facts = [_fixture_facts(s) for s in want["speeches"]]
        yield Example(path.name, _blocks(doc), doc.title, facts, clutter=list(want.get("absent", [])), path=path)


def case_examples() -> Iterator[Example]:
    """Yield the small cases of tests/data/structure/cases.json."""
    for case in json.loads((DATA / "structure" / "cases.json").read_text("utf-8")):
        raw = case["input"]
        text = raw if isinstance(raw, str) else "\n".join(raw) + "\n"
        doc = before_split(text.encode("utf-8") if isinstance(text, str) else text)
        exp = dict(case["expect"])
        count = exp.get("speeches")
        facts = [_fixture_facts(exp)]
        if "titles" in exp:
            facts = [Facts(title=t, title_known=True) for t in exp["titles"]]
            facts[0] = _fixture_facts({**exp, "title": exp["titles"][0]})
        elif count:
            facts += [Facts() for _ in range(count - 1)]
        yield Example(case["name"], _blocks(doc), doc.title, facts, count_known=count is not None or "titles" in exp)


def allowed_roles(ex: Example) -> list[frozenset[str] | None]:
    """Return, per line, the roles the example's facts allow (None: any role)."""
    return _Aligner(ex).run()


class _Aligner:
    """Finds each speech's facts among the lines and turns them into allowed roles per line."""

    def __init__(self, ex: Example) -> None:
        self.ex = ex
        self.keys = [key(b.label if hasattr(b, "label") else b.text) for b in ex.blocks]
        self.allowed: list[frozenset[str] | None] = [None] * len(self.keys)
        self.markers = {m.index for m in find_markers(ex.blocks)}
        self.clutter = self.clutter_lines()

    def set(self, i: int, roles) -> None:
        if 0 <= i < len(self.allowed):
            self.allowed[i] = frozenset(roles)

    def find(self, text: str | None, start: int, stop: int | None = None, how: str = "eq") -> int | None:
        want = key(text)
        if not want:
            return None
        for i in range(start, len(self.keys) if stop is None else min(stop, len(self.keys))):
            k = self.keys[i]
            if (how == "eq" and k == want) or (how == "start" and k and k.startswith(want)) \
                    or (how == "end" and k and k.endswith(want)) or (how == "in" and k and want in k):
                return i
        return None

    def clutter_lines(self) -> set[int]:
        """Return the lines that hold a clutter string the page must lose (a news lead under a title)."""
        found = (self.find(s, 0, how="in") for s in self.ex.clutter)
        return {i for i in found if i is not None}

    def marker_title(self, i: int) -> str:
        from speechconv.passes.reading.patterns import marker_parts

        parts = marker_parts(self.ex.blocks[i].text)
        return parts[2] if parts else ""

    def label_line(self, f: Facts, start: int) -> int | None:
        """Return a part label line (国旗下讲话：) that gives the speech its title, or None."""
        want = key(f.title)
        for i in range(start, min(len(self.keys), start + 4)):
            if want and self.keys[i].rstrip(":：") == want and self.keys[i][-1:] in ":：":
                return i
        return None

    def title_lines(self, f: Facts, start: int) -> list[int]:
        """Return the lines the title stands on (one or two, or a line plus its ——subtitle)."""
        want = key(f.title)
        if not want:
            return []
        for i in range(start, min(len(self.keys), start + 40)):
            k = self.keys[i]
            if k == want:
                again = [j for j in range(i + 1, min(i + 5, len(self.keys))) if self.keys[j] == want]
                return [again[-1]] if again else [i]
            if k and want.startswith(k) and i + 1 < len(self.keys) and k + self.keys[i + 1] == want:
                return [i, i + 1]
        return []

    def run(self) -> list[frozenset[str] | None]:
        if self.ex.count_known and len(self.ex.speeches) > 1:
            for i in self.markers:
                self.set(i, {"marker"})
        starts, firsts = [], []
        cursor = 0
        for f in self.ex.speeches:
            first, body = self.speech_head(f, cursor)
            starts.append(first)
            firsts.append(body)
            cursor = (body if body is not None else first if first is not None else cursor) + 1
        for k, f in enumerate(self.ex.speeches):
            nxt = next((s for s in starts[k + 1:] if s is not None), len(self.keys))
            self.speech_body(f, firsts[k], nxt, last=k == len(self.ex.speeches) - 1)
        first = next((s for s in starts if s is not None), None)
        if first is not None and self.ex.count_known:
            for i in range(first):
                if self.allowed[i] is None:
                    self.set(i, {"head", "marker"} if i in self.markers else {"head"})
        for j in self.clutter:
            if self.allowed[j] is not None and DROP_ROLES & self.allowed[j]:
                self.set(j, DROP_ROLES & self.allowed[j])
        return self.allowed

    def speech_head(self, f: Facts, start: int) -> tuple[int | None, int | None]:
        """Mark the title block and salutation of one speech; return its first line and first body line."""
        marked: list[int] = []
        mark = next((i for i in sorted(self.markers) if i >= start and self.allowed[i] == {"marker"}), None)
        if mark is not None and mark < start + 3:
            marked.append(mark)
            start = mark + 1
        label = self.label_line(f, start) if mark is None else None
        if label is not None:
            self.set(label, {"marker"})
            marked.append(label)
            start = label + 1
        tl = self.title_lines(f, start) if (mark is None or key(f.title) != key(self.marker_title(mark))) \
            and label is None else []
        for i in tl:
            self.set(i, {"subtitle"} if self.keys[i].startswith(("—", "-")) and f.subtitle is None else {"title"})
        marked += tl
        anchor = tl[-1] + 1 if tl else start
        for text, role in ((f.subtitle, "subtitle"), (f.date, "date")):
            j = self.find(text, anchor, anchor + 6)
            if j is not None:
                self.set(j, {role})
                marked.append(j)
        if f.byline:
            for j in range(anchor, min(anchor + 6, len(self.keys))):
                if self.keys[j] and self.keys[j] in key(f.byline) and self.allowed[j] is None:
                    self.set(j, {"byline"})
                    marked.append(j)
        sal = [self.find(s, anchor, anchor + 12) for s in f.salutation]
        for j in sal:
            if j is not None:
                self.set(j, {"salutation"})
                marked.append(j)
        after_head = max(marked) + 1 if marked else start
        body = self.find(f.first_body, after_head, how="start") if f.first_body else None
        if body is None and f.salutation and not f.first_body and after_head < len(self.keys) \
                and self.allowed[after_head] is None and len(self.ex.speeches) == 1:
            body = after_head   # the line after the salutation starts the body when nothing else is said
        if body is not None:
            self.set(body, {"body", "heading"})
            if f.title_known and not f.title:
                for i in range(start, body):
                    if self.allowed[i] is None:
                        self.set(i, HEAD_ROLES - {"title"})
        first = min(marked + ([body] if body is not None else []), default=None)
        if first is not None and body is not None:
            for i in range(first, body):
                if self.allowed[i] is None:
                    self.set(i, {"head"} if i > first and i in self.clutter
                             else HEAD_ROLES - {"head"} if i > first else HEAD_ROLES)
        return first, body

    def speech_body(self, f: Facts, body: int | None, stop: int, last: bool) -> None:
        """Mark the body of one speech (its headings, leads, closing and signature)."""
        if body is None:
            for text, role in [(t, "closing") for t in f.closing] + [(t, "signature") for t in f.signature]:
                j = self.find(text, 0, stop)
                if j is not None:
                    self.set(j, {role})
            return
        end = None
        if f.last_body:
            for i in range(stop - 1, body - 1, -1):
                if self.keys[i] and (self.keys[i].endswith(key(f.last_body)) or key(f.last_body) in self.keys[i]):
                    end = i
                    break
        heads = {key(h) for h in (f.headings or [])}
        leads = {key(x) for x in f.leads}
        after = {"closing", "signature", "tail"} if last else {"closing", "signature", "marker"}
        for i in range(body, (end + 1) if end is not None else stop):
            k = self.keys[i]
            if self.allowed[i] is not None and i != body:
                continue
            if _by_rules(self.ex.blocks[i]):
                self.set(i, {"body", "heading"})   # numbered and series lines: the body rules decide
            elif any(k.startswith(h) or h.startswith(k) for h in heads if h and k):
                self.set(i, {"heading"})
            elif any(k.startswith(x) for x in leads if x):
                self.set(i, {"body"})
            elif f.headings is None or (not f.all_levels and _maybe_heading(self.ex.blocks[i])):
                if i == body or end is not None:
                    self.set(i, {"body", "heading"})
            elif end is not None or i == body:
                closing = i > body and _thanks(self.ex.blocks[i]) and (end is None or i >= end - 1)
                self.set(i, {"closing"} if closing else {"body"})   # a final thank-you line is the closing
            else:
                self.set(i, {"body"} | after)
        for text in f.closing:
            j = self.find(text, body + 1, stop)
            if j is not None:
                self.set(j, {"closing"})
        for text in f.signature:
            j = self.find(text, body + 1, stop)
            if j is not None:
                self.set(j, {"signature"})
        if end is not None:
            for i in range(end + 1, stop):
                if self.allowed[i] is None:
                    self.set(i, after)


def _by_rules(block) -> bool:
    """Return True for a numbered or series paragraph (一、 （一） 一是 第一，): whether it is a heading or a
    lead the body rules decide (passes/_body.py), not the reading's heading/body choice."""
    from speechconv.passes._body import enum_kind, heading_form

    text = getattr(block, "text", "")
    return bool(heading_form(text) or enum_kind(text))


def _thanks(block) -> bool:
    """Return True for a thank-you line (the corpus counts it as body, the fixtures as closing)."""
    from speechconv.passes.reading.patterns import THANKS

    return bool(THANKS.match(getattr(block, "text", "")))


def _maybe_heading(block) -> bool:
    """Return True for a line whose role the level-1 list does not settle: a deeper numbered heading."""
    from speechconv.passes._body import heading_form

    text = getattr(block, "text", "")
    form = heading_form(text)
    return bool(form and form[0] > 1)
