"""Clean-up and structure passes: named pure functions ``Document -> Document``, run in order.

``DEFAULT_PASSES`` is the order :func:`run_passes` uses; a caller may give another list of names (or
callables), or leave some out (the CLI's ``--no-pass NAME``).
"""
from __future__ import annotations

from typing import Callable, Iterable, Union

from ..errors import SpeechconvError
from ..model import Document
from .boilerplate import boilerplate
from .normalize import normalize
from .placeholders import placeholders
from .split import split
from .structure import structure

Pass = Callable[[Document], Document]
PASSES: dict[str, Pass] = {
    "normalize": normalize,
    "boilerplate": boilerplate,
    "split": split,
    "structure": structure,
    "placeholders": placeholders,
}
DEFAULT_PASSES: tuple[str, ...] = tuple(PASSES)


def resolve(passes: Iterable[Union[str, Pass]] | None = None, skip: Iterable[str] = ()) -> list[Pass]:
    """Return the pass functions for ``passes`` (names or callables), without those named in ``skip``.

    Raises SpeechconvError for an unknown pass name.
    """
    names = list(DEFAULT_PASSES if passes is None else passes)
    skip = set(skip)
    unknown = [n for n in list(skip) + names if isinstance(n, str) and n not in PASSES]
    if unknown:
        raise SpeechconvError(f"unknown pass {unknown[0]!r}; the passes are: {', '.join(PASSES)}")
    return [PASSES[p] if isinstance(p, str) else p for p in names if p not in skip]


def run_passes(doc: Document, passes: Iterable[Union[str, Pass]] | None = None,
               skip: Iterable[str] = ()) -> Document:
    """Return ``doc`` after each pass in turn (default: all, in ``DEFAULT_PASSES`` order)."""
    for fn in resolve(passes, skip):
        doc = fn(doc)
    return doc
