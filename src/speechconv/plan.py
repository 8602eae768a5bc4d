"""Output planning: which files a conversion writes, where, and whether it may write them.

The one room that decides output names, clashes and folders, for every caller: the CLI's ``convert``
(:class:`FilePlan`), ``batch`` (:func:`plan_tree`) and a server that converts uploads into a temporary
folder (:func:`plan_uploads`). It writes no file but folders; :mod:`speechconv.outputs` writes each
output atomically.

- :func:`parse_formats`: the formats a ``--to`` value names, each once, in order.
- :func:`output_name`: ``stem.ext``, or ``stem-N.ext`` for the N-th speech with ``--split``.
- :class:`FilePlan`: ``-o FILE`` for one input and one format, ``-o DIR`` for several inputs or formats
  (or ``--split``) or whenever it ends with ``/`` (``-o newdir/``), beside each input without ``-o``,
  standard output for ``-o -``.
- :func:`plan_tree`: the input tree mirrored inside an output folder; no output leaves it.
- :func:`plan_uploads`: uploaded file names (never used as paths) to unique names in one folder.
- :class:`Claims`: the outputs a run has taken; :func:`check_not_input`: an output is never its input.
- :func:`make_folder`: create an output folder, or say in one OutputError why it cannot be made.
"""
from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence, Union

from .errors import OutputError
from .writers import format_name, is_text, suffix

PathLike = Union[str, "os.PathLike[str]"]

NO_FORMAT = "name at least one format: docx, pdf, ofd, json or md"
STDOUT_ONE_TEXT = "-o - writes one text format (json or md) of one input to standard output"


@dataclass(frozen=True)
class Target:
    """One planned output: its format, its path (None: standard output), the path as shown to the user,
    and the speech it holds with ``--split`` (0-based; None: the whole document)."""

    fmt: str
    path: str | None
    shown: str
    part: int | None = None


@dataclass(frozen=True)
class Job:
    """One input and its planned outputs: the input as the user named it, its absolute path, targets."""

    input: str
    path: str
    targets: tuple[Target, ...]


def parse_formats(to: str | Sequence[str]) -> tuple[str, ...]:
    """Return the canonical formats named by ``to`` ("pdf,docx" or a list), each once, in order.

    Raises OutputError for an unknown format, or when ``to`` names none.
    """
    names = to.split(",") if isinstance(to, str) else list(to)
    out: list[str] = []
    for name in names:
        if name.strip() and format_name(name.strip()) not in out:
            out.append(format_name(name.strip()))
    if not out:
        raise OutputError(NO_FORMAT)
    return tuple(out)


#: Added to the stem of an output that would otherwise replace its input (``draft.docx`` converted to
#: DOCX beside itself is written as ``draft-gbt9704.docx``).
RESTYLED = "-gbt9704"


def output_name(stem: str, fmt: str, part: int | None = None) -> str:
    """Return the file name of an output: ``stem`` + suffix, with ``-N`` for speech ``part`` N-1."""
    return f"{stem}{'' if part is None else f'-{part + 1}'}{suffix(fmt)}"


def _parts(count: int) -> list[int | None]:
    """Return the part indices for a document of ``count`` speeches split (None when not split)."""
    return list(range(count)) if count > 1 else [None]


def make_folder(path: PathLike, label: str | None = None, what: str = "the output folder",
                advice: str = "choose another -o") -> None:
    """Create the folder ``path`` (and its parents). Raises OutputError naming ``label`` (default: the
    folder) when it cannot be made: ``cannot create WHAT (why); ADVICE``."""
    try:
        os.makedirs(path, exist_ok=True)
    except OSError as exc:  # a file where a folder should be, or no permission
        raise OutputError(f"cannot create {what} ({exc.strerror or exc}); {advice}",
                          os.fspath(path) if label is None else label) from None


def names_folder(path: str) -> bool:
    """Return True when ``path`` can only name a folder: it ends with a path separator (``out/``) or
    its last part is ``.`` or ``..``, whether or not the folder exists yet."""
    seps = (os.sep, os.altsep) if os.altsep else (os.sep,)
    return path.endswith(seps) or os.path.basename(path) in (".", "..")


def same_file(a: PathLike, b: PathLike) -> bool:
    """Return True when the paths ``a`` and ``b`` name one file (links and ``..`` resolved)."""
    return os.path.realpath(a) == os.path.realpath(b)


def _is_path(value: object) -> bool:
    """Return True for a PathLike, or a str that :func:`speechconv.read` takes as a path."""
    from .inputs import is_page_text

    return isinstance(value, os.PathLike) or (isinstance(value, str) and not is_page_text(value))


def check_not_input(src: object, dest: object) -> None:
    """Raise OutputError when ``src`` and ``dest`` are both paths naming the same file."""
    if _is_path(src) and _is_path(dest) and same_file(src, dest):  # type: ignore[arg-type]
        raise OutputError("the output would replace the input file; choose another -o", str(dest))


class Claims:
    """The outputs one run has taken, by real path, with the input (real path) that took each.

    ``reserved`` paths (a report file) are taken from the start, by no input.
    """

    def __init__(self, reserved: Iterable[PathLike] = ()) -> None:
        self._owner: dict[str, str] = {os.path.realpath(p): "" for p in reserved}

    def taken(self, path: PathLike) -> bool:
        """Return True when ``path`` is reserved or an output of an input already planned."""
        return os.path.realpath(path) in self._owner

    def claim(self, path: PathLike, src: PathLike) -> None:
        """Record that input ``src`` writes ``path``."""
        self._owner[os.path.realpath(path)] = os.path.realpath(src)

    def has_input(self, src: PathLike) -> bool:
        """Return True when input ``src`` (the same file, by any path) has outputs here already."""
        return os.path.realpath(src) in self._owner.values()


# --------------------------------------------------------------------------- convert: files and folders


@dataclass
class FilePlan:
    """Where ``convert`` writes: the formats, ``-o`` (None, a file, a folder or ``-``), ``--split``,
    whether ``-o`` names a file (one input, one format, no split), and the outputs claimed so far."""

    formats: tuple[str, ...]
    out: str | None = None
    split: bool = False
    single: bool = False
    claims: Claims = field(default_factory=Claims)

    @classmethod
    def make(cls, inputs: int, to: str | Sequence[str], out: PathLike | None = None,
             split: bool = False) -> "FilePlan":
        """Return the plan for ``inputs`` inputs, creating the ``-o`` folder when ``-o`` names one.

        Raises OutputError for an unknown format, for ``-o -`` with more than one input or format or a
        binary format, and when the folder cannot be created.
        """
        formats = parse_formats(to)
        out_s = None if out is None else os.fspath(out)
        if out_s is not None and not out_s.strip():
            raise OutputError("-o is empty; name an output file, a folder, or - for standard output")
        single = inputs == 1 and len(formats) == 1 and not split and not (out_s and names_folder(out_s))
        if out_s == "-" and (inputs > 1 or len(formats) > 1 or not is_text(formats[0])):
            raise OutputError(STDOUT_ONE_TEXT)
        if out_s not in (None, "-") and not single:
            make_folder(out_s)
        return cls(formats, out_s, split, single)

    def seen(self, src: PathLike) -> bool:
        """Return True when ``src`` was planned already (the same file named twice: convert it once)."""
        return self.claims.has_input(src)

    def targets(self, src: PathLike, parts: int = 1) -> list[Target]:
        """Return and claim the outputs of ``src``, a document of ``parts`` speeches (with split), in
        format order. Raises OutputError naming ``src`` when an output would replace it, or when
        another input of this run has an output of the same name."""
        found = [t for fmt in self.formats for t in self._targets(src, fmt, parts)]
        for t in found:
            if t.path is None:
                continue
            check_not_input(src, t.path)
            if self.claims.taken(t.path):
                raise OutputError(f"another input of this command already wrote {t.shown} (they share a "
                                  "name); convert them into different -o folders, or use 'speechconv "
                                  "batch', which keeps both", os.fspath(src))
        for t in found:
            if t.path is not None:
                self.claims.claim(t.path, src)
        return found

    def _targets(self, src: PathLike, fmt: str, parts: int) -> list[Target]:
        """Return the outputs of ``src`` in format ``fmt`` (one per speech with --split)."""
        indices = _parts(parts)
        if self.out == "-":
            return [Target(fmt, None, "-", i) for i in indices]
        if self.out is not None and self.single and parts == 1 and not os.path.isdir(self.out):
            return [Target(fmt, str(Path(self.out)), str(Path(self.out)))]
        folder = Path(self.out) if self.out is not None else Path(src).parent
        paths = [str(folder / output_name(Path(src).stem, fmt, i)) for i in indices]
        if any(same_file(p, src) for p in paths):      # draft.docx restyled beside itself
            paths = [str(folder / output_name(Path(src).stem + RESTYLED, fmt, i)) for i in indices]
        return [Target(fmt, p, p, i) for p, i in zip(paths, indices)]


# --------------------------------------------------------------------------- batch: a mirrored tree


def plan_tree(found: Sequence[tuple[str, str]], out_dir: PathLike, formats: Sequence[str],
              reserved: Iterable[PathLike] = ()) -> tuple[list[Job], list[OutputError]]:
    """Return ``(jobs, refused)``: a Job per input that can go, an OutputError (naming the input) per
    input that cannot.

    ``found`` holds ``(path, root)`` pairs (see :func:`speechconv.batch.find_inputs`). Each input's
    outputs go to ``out_dir / <its path below the common root> / <stem><suffix>``; the common root is
    the deepest folder holding every root, so no mirror path climbs out of ``out_dir``. Inputs that
    would share an output name (``a.html`` and ``a.txt``) keep their suffix (``a.html.pdf``). An input
    is refused when an output would still clash, would leave ``out_dir`` through a link, or would
    overwrite the input. ``reserved`` paths (the report) are never outputs.
    """
    if not found:
        return [], []
    absolute = [(shown, os.path.abspath(shown), os.path.abspath(root)) for shown, root in found]
    common = os.path.commonpath([root for _, _, root in absolute])
    rels = [os.path.relpath(path, common).replace(os.sep, "/") for _, path, _ in absolute]
    out_abs = os.path.abspath(out_dir)
    claims = Claims(reserved)
    jobs: list[Job] = []
    refused: list[OutputError] = []
    for (shown, path, _), base in zip(absolute, _bases(rels, formats, out_abs, claims)):
        targets = tuple(Target(fmt, os.path.join(out_abs, base + suffix(fmt)),
                               os.path.join(os.fspath(out_dir), base + suffix(fmt))) for fmt in formats)
        problem = _tree_problem(path, targets, out_abs, claims)
        if problem is not None:
            refused.append(OutputError(problem, shown))
            continue
        for t in targets:
            claims.claim(t.path, path)  # type: ignore[arg-type]
        jobs.append(Job(shown, path, targets))
    return jobs, refused


def _stem(rel: str) -> str:
    """Return ``rel`` without its last suffix (``a/b.html`` -> ``a/b``)."""
    head, _, name = rel.rpartition("/")
    stem = name.rsplit(".", 1)[0] if "." in name.lstrip(".") else name
    return f"{head}/{stem}" if head else stem


def _bases(rels: Sequence[str], formats: Sequence[str], out_abs: str, claims: Claims) -> list[str]:
    """Return each relative input's output path without suffix: its stem, or the whole relative path
    when the stem is shared by two inputs or names a taken output (``a.html`` and ``a.txt``)."""
    stems = [_stem(rel) for rel in rels]
    count: dict[str, int] = {}
    for stem in stems:
        count[stem] = count.get(stem, 0) + 1
    keep = {stem for stem in stems
            if count[stem] > 1 or any(claims.taken(os.path.join(out_abs, stem + suffix(f))) for f in formats)}
    return [rel if stem in keep else stem for rel, stem in zip(rels, stems)]


def _tree_problem(src: str, targets: Sequence[Target], out_abs: str, claims: Claims) -> str | None:
    """Return why ``targets`` cannot be written (a clash, an escape, the input itself), or None."""
    out_real = os.path.realpath(out_abs)
    for t in targets:
        assert t.path is not None
        if claims.taken(t.path):
            return f"another input already writes {t.shown}; rename one of them"
        real = os.path.realpath(t.path)
        if os.path.commonpath([out_real, real]) != out_real:
            return f"the output {t.shown} would leave the output folder (through a link); remove the link"
        if same_file(src, t.path):
            return f"the output {t.shown} would overwrite the input; choose another -o folder"
    return None


# --------------------------------------------------------------------------- a server: uploads

_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|\ud800-\udfff]+")
#: UTF-8 bytes an upload's stem may keep (a file system allows 255 for a whole name).
MAX_STEM_BYTES = 150


def safe_stem(name: str) -> str:
    """Return the stem of an uploaded file name made safe as a file name: its last path part without
    its suffix, in NFC (a Mac sends decomposed names); control characters, separators, lone surrogates
    and characters Windows forbids each run replaced by ``_``; no leading dot; at most MAX_STEM_BYTES
    bytes; ``upload`` when nothing is left."""
    last = re.split(r"[/\\]", unicodedata.normalize("NFC", name))[-1]
    base = _UNSAFE_NAME.sub("_", last).strip().lstrip(". ")
    stem = Path(base).stem.rstrip(". ") if base else ""
    while len(stem.encode("utf-8")) > MAX_STEM_BYTES:
        stem = stem[:-1]
    return stem or "upload"


def plan_uploads(names: Sequence[str], out_dir: PathLike, formats: Sequence[str],
                 parts: Sequence[int] | None = None) -> list[tuple[Target, ...]]:
    """Return the outputs of each uploaded file in the folder ``out_dir``: a tuple of Targets per name.

    An upload's name is only a label: its outputs are named from :func:`safe_stem`, ``stem (2)``,
    ``stem (3)``… when an earlier upload has that name (case ignored, as on Windows). ``parts`` gives
    each upload's speech count when split (``stem-1.pdf``…). ``shown`` is the name inside ``out_dir``
    (the name in a ZIP). Nothing is created or written.
    """
    out_abs = os.path.abspath(out_dir)
    counts = list(parts) if parts is not None else [1] * len(names)
    taken: set[str] = set()
    planned = []
    for name, count in zip(names, counts):
        stem = safe_stem(name)
        files = _upload_files(stem, formats, count)
        k = 1
        while any(f.lower() in taken for _, _, f in files):
            k += 1
            files = _upload_files(f"{stem} ({k})", formats, count)
        taken.update(f.lower() for _, _, f in files)
        planned.append(tuple(Target(fmt, os.path.join(out_abs, f), f, i) for fmt, i, f in files))
    return planned


def _upload_files(base: str, formats: Sequence[str], count: int) -> list[tuple[str, int | None, str]]:
    """Return ``(format, part, file name)`` for each output of an upload named ``base``."""
    return [(fmt, i, output_name(base, fmt, i)) for fmt in formats for i in _parts(count)]
