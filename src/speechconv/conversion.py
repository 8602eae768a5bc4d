"""A convert of a few inputs in this process, as the ``convert`` command runs it: :class:`Conversion`.

Build one with :meth:`Conversion.create` (the options of ``speechconv convert``), then iterate over
:meth:`Conversion.run`: it converts each input in turn and yields an :class:`Event` for each warning,
written output and failed input, so the caller decides what to print. Where outputs go is planned by
:class:`speechconv.plan.FilePlan`; nothing here prints.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator, Sequence

from .errors import OutputError, SpeechconvError
from .model import Document, Notice
from .partfiles import remove_stale_parts, temp_prefix
from .plan import FilePlan, PathLike, Target
from .profile import Profile


@dataclass(frozen=True)
class Event:
    """What a conversion reports about one input.

    ``kind`` is ``warning`` (``notice`` about the input's document), ``output-warning`` (``notice``
    from the writer of ``output``), ``written`` (``output`` is complete) or ``failed`` (``error``: a
    SpeechconvError naming the input, or the exception a bug raised).
    """

    kind: str
    input: str
    output: str | None = None
    notice: Notice | None = None
    error: Exception | None = None

    @property
    def text(self) -> str:
        """Return the one line that tells of a warning or a written output (empty for a failure):
        ``warning: NAME: code: text (hint)``, a writer's ``warning: OUTPUT: code: text``, ``IN -> OUT``."""
        n = self.notice
        if self.kind == "warning" and n is not None:
            return f"warning: {self.input}: {n.code}: {n.text}" + (f" ({n.hint})" if n.hint else "")
        if self.kind == "output-warning" and n is not None:
            return f"warning: {self.output}: {n.code}: {n.text}"
        return f"{self.input} -> {self.output}" if self.kind == "written" else ""


@dataclass(frozen=True)
class Conversion:
    """The outputs planned for a convert (``plan``), the profile, and the read and write options.

    ``stdout`` is the binary stream that ``-o -`` writes to.
    """

    plan: FilePlan
    profile: Profile
    in_format: str | None = None
    skip: tuple[str, ...] = ()
    overwrite: bool = False
    stdout: BinaryIO | None = None

    @classmethod
    def create(cls, inputs: int, to: str | Sequence[str] = "docx", out: PathLike | None = None, *,
               profile: PathLike | None = None, split: bool = False, embed_fonts: bool | None = None,
               reference_doc: PathLike | None = None, in_format: str | None = None,
               skip: Iterable[str] = (), overwrite: bool = False,
               stdout: BinaryIO | None = None) -> "Conversion":
        """Return the conversion of ``inputs`` inputs with the options of ``speechconv convert``.

        The profile is loaded and the ``-o`` folder created here. Raises ProfileError for a bad
        profile or reference document, OutputError as :meth:`FilePlan.make` does.
        """
        from .api import docx_options
        from .profile import load_profile

        prof = docx_options(load_profile(profile), embed_fonts=embed_fonts, reference_doc=reference_doc)
        return cls(FilePlan.make(inputs, to, out, split), prof, in_format, tuple(skip), overwrite, stdout)

    def run(self, inputs: Iterable[PathLike]) -> Iterator[Event]:
        """Convert each input in turn; yield its events. A failed input is a ``failed`` event and the
        next one goes on; only Ctrl-C (KeyboardInterrupt) stops the run."""
        for src in inputs:
            try:
                yield from self.convert(src)
            except SpeechconvError as exc:
                yield Event("failed", os.fspath(src), error=exc.with_path(os.fspath(src)))
            except Exception as exc:  # noqa: BLE001 - a bug: the caller reports it, the run goes on
                yield Event("failed", os.fspath(src), error=exc)

    def convert(self, src: PathLike) -> Iterator[Event]:
        """Convert one input to every planned output, yielding warnings and written outputs.

        An input already converted in this run (the same file by another path) is skipped. Raises
        SpeechconvError (and whatever a bug raises).
        """
        from .api import read, split_speeches

        if self.plan.seen(src):
            return
        name = os.fspath(src)
        doc = read(Path(src), format=self.in_format, skip=self.skip)   # a file's path, never page text
        docs = split_speeches(doc) if self.plan.split else [doc]
        for w in doc.warnings:
            yield Event("warning", name, notice=w)
        for target in self.plan.targets(src, len(docs)):
            yield from self._write(name, docs[target.part or 0], target)

    def _write(self, name: str, doc: Document, target: Target) -> Iterator[Event]:
        """Write ``doc`` to ``target`` (a file, or ``stdout``); yield the writer's warnings, then
        ``written`` for a file. Raises OutputError when standard output was closed."""
        from .api import write

        if target.path is None:
            try:
                write(doc, self.stdout, to=target.fmt, profile=self.profile)
                self.stdout.flush()  # type: ignore[union-attr]
            except BrokenPipeError:
                raise OutputError("standard output was closed before the whole document was written",
                                  "-") from None
            return
        folder, file = os.path.split(target.path)
        remove_stale_parts(folder or ".", prefix=temp_prefix(file))    # left by a run that was killed
        for w in write(doc, target.path, to=target.fmt, profile=self.profile, overwrite=self.overwrite):
            yield Event("output-warning", name, target.shown, notice=w)
        yield Event("written", name, target.shown)
