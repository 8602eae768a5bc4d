"""The document model: small frozen dataclasses and their versioned JSON form.

The JSON form (``schema: speechconv/1.2``) is the contract with every user; field names follow
``DESIGN.md``. Minor 1.1 added a paragraph's ``hints`` (how the source presented it); a 1.0 reader ignores
them and a 1.0 document reads here unchanged. Minor 1.2 added the ``list`` hint (an item of an ordered
or unordered list), which a 1.1 reader ignores as it ignores any hint it does not know. Optional run and
heading fields are written only when they differ from their default, so the common case stays short. ``from_dict`` refuses another major schema
version with :class:`SchemaError`.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any, Union

from ._modeljson import fill_surrogates, list_of, need_dict, need_str, opt_str, str_list, without_surrogates
from .errors import SchemaError

SCHEMA = "speechconv/1.2"
SCHEMA_MAJOR = 1


@dataclass(frozen=True)
class Run:
    """A stretch of paragraph text with one set of marks.

    ``role`` is a writer role for this stretch (``"lead"`` for a lead sentence such as 一是…), or None for
    the paragraph's own role. ``placeholder`` marks a template blank (20XX年, ×××) to be filled in.
    """

    text: str
    role: str | None = None
    bold: bool = False
    italic: bool = False
    placeholder: bool = False

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form: ``text`` plus only the marks that are set."""
        out: dict[str, Any] = {"text": self.text}
        if self.role:
            out["role"] = self.role
        for name in ("bold", "italic", "placeholder"):
            if getattr(self, name):
                out[name] = True
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Run":
        """Return a Run from its JSON form. Raises SchemaError when ``text`` is missing."""
        return cls(text=need_str(data, "text", "run"), role=opt_str(data, "role", "run"),
                   bold=bool(data.get("bold")), italic=bool(data.get("italic")),
                   placeholder=bool(data.get("placeholder")))


@dataclass(frozen=True)
class Hints:
    """How the source presented a paragraph: readers fill what they know, the structure passes weigh it
    as evidence, writers ignore it.

    ``heading`` is an outline level the source gave (``<h2>`` is 2, Word's ``Heading 1`` or outline level
    0 is 1); ``bold`` means the whole paragraph is bold; ``align`` is ``"center"`` or ``"right"``;
    ``size`` is the paragraph's font size relative to the page's usual body size (1.5 is half again as
    large); ``indent`` is the leading indentation in characters; ``blank_before`` says an empty line (or
    a gap) stood before it; ``list`` says the paragraph is an item of a list: ``"ol"`` a numbered one
    (its number, as the source shows it, opens its text), ``"ul"`` a bulleted one (no bullet in the
    text). A list item is body text, never a heading, unless the source marks it a heading too (then
    ``heading`` is set and ``list`` is not).
    """

    heading: int | None = None
    bold: bool = False
    align: str | None = None
    size: float | None = None
    indent: int | None = None
    blank_before: bool = False
    list: str | None = None

    def __bool__(self) -> bool:
        """Return True when any hint is set."""
        return self != _NO_HINTS

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form: only the hints that are set."""
        out: dict[str, Any] = {}
        for name in ("heading", "bold", "align", "size", "indent", "blank_before", "list"):
            value = getattr(self, name)
            if value is not None and value is not False:
                out[name] = value
        return out

    @classmethod
    def from_dict(cls, data: Any) -> "Hints":
        """Return Hints from their JSON form; unknown keys are ignored (later minors may add some).

        Raises SchemaError when a known hint has the wrong type.
        """
        data = need_dict(data, "paragraph's hints")
        heading, size, indent = data.get("heading"), data.get("size"), data.get("indent")
        if heading is not None and (not isinstance(heading, int) or isinstance(heading, bool)):
            raise SchemaError(f"a hint's 'heading' must be an integer, not {heading!r}")
        if size is not None and (not isinstance(size, (int, float)) or isinstance(size, bool)):
            raise SchemaError(f"a hint's 'size' must be a number, not {size!r}")
        if indent is not None and (not isinstance(indent, int) or isinstance(indent, bool)):
            raise SchemaError(f"a hint's 'indent' must be an integer, not {indent!r}")
        return cls(heading=heading, bold=bool(data.get("bold")), align=opt_str(data, "align", "hint"),
                   size=None if size is None else float(size), indent=indent,
                   blank_before=bool(data.get("blank_before")), list=opt_str(data, "list", "hint"))


_NO_HINTS = Hints()


@dataclass(frozen=True)
class Paragraph:
    """A body paragraph: a tuple of runs. ``role`` overrides the writer role (default ``body``);
    ``hints`` say how the source presented it (see :class:`Hints`)."""

    runs: tuple[Run, ...]
    role: str | None = None
    hints: Hints = _NO_HINTS

    @property
    def text(self) -> str:
        """Return the paragraph's plain text."""
        return "".join(r.text for r in self.runs)

    @classmethod
    def of(cls, text: str, role: str | None = None, hints: Hints = _NO_HINTS) -> "Paragraph":
        """Return a paragraph holding ``text`` as a single unmarked run."""
        return cls(runs=(Run(text),), role=role, hints=hints)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form (``role`` and ``hints`` only when set)."""
        out: dict[str, Any] = {"type": "paragraph", "runs": [r.to_dict() for r in self.runs]}
        if self.role:
            out["role"] = self.role
        if self.hints:
            out["hints"] = self.hints.to_dict()
        return out


@dataclass(frozen=True)
class Heading:
    """A numbered heading. ``number`` (一、 （一） 1. （1）) is kept apart from ``text``.

    ``level`` is 1–4 in the GB/T 9704 hierarchy. A ``run_in`` heading is the first sentence of a
    paragraph (第一，…。); writers set it at the start of the following paragraph, not on a line alone.
    """

    level: int
    text: str
    number: str = ""
    run_in: bool = False

    @property
    def label(self) -> str:
        """Return the heading as shown: number and text joined (一、总体要求)."""
        return self.number + self.text

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form."""
        out: dict[str, Any] = {"type": "heading", "level": self.level, "number": self.number,
                               "text": self.text}
        if self.run_in:
            out["run_in"] = True
        return out


Block = Union[Paragraph, Heading]


def block_from_dict(data: dict[str, Any]) -> Block:
    """Return the block for a JSON block object. Raises SchemaError on an unknown type."""
    kind = need_dict(data, "block").get("type")
    if kind == "paragraph":
        runs = data.get("runs")
        if not isinstance(runs, list):
            raise SchemaError("a paragraph needs a list of runs")
        hints = Hints.from_dict(data["hints"]) if data.get("hints") is not None else _NO_HINTS
        return Paragraph(runs=tuple(Run.from_dict(r) for r in runs), role=opt_str(data, "role", "paragraph"),
                         hints=hints)
    if kind == "heading":
        level = data.get("level")
        if not isinstance(level, int) or isinstance(level, bool) or not 1 <= level <= 4:
            raise SchemaError(f"heading level must be 1 to 4, not {level!r}")
        return Heading(level=level, text=need_str(data, "text", "heading"),
                       number=opt_str(data, "number", "heading") or "", run_in=bool(data.get("run_in")))
    raise SchemaError(f"unknown block type {kind!r} (expected 'paragraph' or 'heading')")


@dataclass(frozen=True)
class Speech:
    """One speech: its title block, salutation, body blocks, closing lines and signature."""

    title: str | None = None
    subtitle: str | None = None
    byline: str | None = None
    date: str | None = None
    salutation: str | None = None
    blocks: tuple[Block, ...] = ()
    closing: tuple[str, ...] = ()
    signature: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form (every field present, as in DESIGN.md)."""
        return {"title": self.title, "subtitle": self.subtitle, "byline": self.byline,
                "date": self.date, "salutation": self.salutation,
                "blocks": [b.to_dict() for b in self.blocks], "closing": list(self.closing),
                "signature": self.signature}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Speech":
        """Return a Speech from its JSON form. Raises SchemaError on malformed blocks."""
        blocks = need_dict(data, "speech").get("blocks") or []
        if not isinstance(blocks, list):
            raise SchemaError("a speech's blocks must be a list")
        fields = {k: opt_str(data, k, "speech")
                  for k in ("title", "subtitle", "byline", "date", "salutation", "signature")}
        return cls(**fields, blocks=tuple(block_from_dict(b) for b in blocks),
                   closing=tuple(str_list(data, "closing", "speech")))

    def text_parts(self) -> list[str]:
        """Return every text this speech shows, in reading order (title block first)."""
        head = [self.title, self.subtitle, self.byline, self.date, self.salutation]
        body = [b.label if isinstance(b, Heading) else b.text for b in self.blocks]
        return [t for t in head + body + list(self.closing) + [self.signature] if t]


@dataclass(frozen=True)
class Source:
    """Where the document came from: file name, input format, the encoding used, the site if known."""

    name: str | None = None
    format: str | None = None
    encoding: str | None = None
    site: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form."""
        return {"name": self.name, "format": self.format, "encoding": self.encoding, "site": self.site}


@dataclass(frozen=True)
class Dropped:
    """Text the clean-up removed, with the reason (``"boilerplate: editor note"``)."""

    text: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form."""
        return {"text": self.text, "reason": self.reason}


@dataclass(frozen=True)
class Notice:
    """A warning about the document: a machine-readable ``code``, the text concerned, a hint."""

    code: str
    text: str
    hint: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form."""
        return {"code": self.code, "text": self.text, "hint": self.hint}


@dataclass(frozen=True)
class Document:
    """A converted page: its source, page title, speeches, what was dropped and the warnings."""

    speeches: tuple[Speech, ...] = ()
    title: str | None = None
    source: Source = field(default_factory=Source)
    dropped: tuple[Dropped, ...] = ()
    warnings: tuple[Notice, ...] = ()

    def evolve(self, **changes: Any) -> "Document":
        """Return a copy with ``changes`` applied (dataclasses.replace)."""
        return replace(self, **changes)

    def drop(self, items: list[Dropped]) -> "Document":
        """Return a copy with ``items`` appended to ``dropped``."""
        return replace(self, dropped=self.dropped + tuple(items)) if items else self

    def warn(self, items: list[Notice]) -> "Document":
        """Return a copy with ``items`` appended to ``warnings``."""
        return replace(self, warnings=self.warnings + tuple(items)) if items else self

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form, ``schema`` first."""
        return {"schema": SCHEMA, "source": self.source.to_dict(), "title": self.title,
                "speeches": [s.to_dict() for s in self.speeches],
                "dropped": [d.to_dict() for d in self.dropped],
                "warnings": [w.to_dict() for w in self.warnings]}

    def to_json(self, indent: int | None = 2) -> str:
        """Return the JSON text (UTF-8 characters kept as they are, not \\u-escaped)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: Any) -> "Document":
        """Return a Document from its JSON form.

        Raises SchemaError when ``data`` is not an object, lacks ``schema``, or has another major version.
        """
        if not isinstance(data, dict):
            raise SchemaError("not a speechconv document (expected a JSON object)")
        _check_schema(data.get("schema"))
        speeches = data.get("speeches")
        if not isinstance(speeches, list):
            raise SchemaError("'speeches' must be a list")
        src = need_dict(data.get("source") or {}, "source")
        return cls(
            speeches=tuple(Speech.from_dict(s) for s in speeches),
            title=opt_str(data, "title", "document"),
            source=Source(**{k: opt_str(src, k, "source") for k in ("name", "format", "encoding", "site")}),
            dropped=tuple(Dropped(need_str(d, "text", "dropped"), opt_str(d, "reason", "dropped") or "")
                          for d in list_of(data, "dropped")),
            warnings=tuple(Notice(*(opt_str(need_dict(w, "warning"), k, "warning") or ""
                                    for k in ("code", "text", "hint")))
                           for w in list_of(data, "warnings")),
        )

    @classmethod
    def from_json(cls, text: str | bytes) -> "Document":
        """Return a Document parsed from JSON text. Raises SchemaError on bad JSON or schema.

        Lone surrogates (``"\\ud800"`` escapes, which no output can hold) become U+FFFD, with a
        ``lone-surrogate`` warning.
        """
        found: list[int] = []
        try:
            data = without_surrogates(json.loads(text), found)
        except (ValueError, UnicodeDecodeError) as exc:
            raise SchemaError(f"not valid JSON ({exc})") from exc
        except RecursionError:
            raise SchemaError("not a speechconv document (its JSON is nested too deeply)") from None
        doc = cls.from_dict(data)
        if not found:
            return doc
        return doc.warn([Notice("lone-surrogate", f"{sum(found)} lone surrogate code point(s) replaced by "
                                                  "U+FFFD (\ufffd)",
                                "the JSON holds \\ud800-\\udfff escapes that stand for no character; "
                                "check those places against the original")])


def _check_schema(value: Any) -> None:
    """Raise SchemaError unless ``value`` is ``speechconv/<major>`` with this major version."""
    if not isinstance(value, str) or not value.startswith("speechconv/"):
        raise SchemaError(f"not a speechconv document (schema is {value!r}, expected {SCHEMA!r})")
    major = value.split("/", 1)[1].split(".", 1)[0]
    if major != str(SCHEMA_MAJOR):
        raise SchemaError(f"schema {value!r} is not supported by this speechconv (it reads {SCHEMA!r}); "
                          "upgrade speechconv or convert the document again from its source")


__all__ = ["SCHEMA", "Run", "Hints", "Paragraph", "Heading", "Block", "Speech", "Source", "Dropped", "Notice",
           "Document", "block_from_dict", "fill_surrogates"]
