"""Finding a batch's inputs (files, and folders searched recursively) and planning their outputs.

The output names themselves are decided by :func:`speechconv.plan.plan_tree`; this module turns
refusals into failed results and says which jobs are up to date (``resume``).
"""
from __future__ import annotations

import os
from fnmatch import fnmatchcase
from typing import Iterable, Iterator, Sequence

from ..errors import InputError
from ..plan import Job, plan_tree
from .report import FileResult, PathLike, error_dict

#: File name patterns searched for inside input folders (``--glob`` changes them).
DEFAULT_PATTERNS: tuple[str, ...] = ("*.html", "*.htm", "*.txt", "*.docx", "*.doc", "*.wps", "*.odt", "*.rtf")


def listed(inputs: Iterable[str], lines: Iterable[str]) -> list[str]:
    """Return ``inputs`` with ``-`` replaced by the paths in ``lines`` (standard input: one path a line;
    blank lines and lines starting with # left out). ``lines`` is read only when ``-`` is given."""
    items = list(inputs)
    paths = [ln.rstrip("\r\n") for ln in lines] if "-" in items else []
    paths = [p for p in paths if p.strip() and not p.lstrip().startswith("#")]
    return [p for item in items for p in (paths if item == "-" else [item])]


def find_inputs(inputs: Iterable[PathLike], patterns: Sequence[str] = DEFAULT_PATTERNS,
                exclude: PathLike | None = None) -> tuple[list[tuple[str, str]], list[FileResult]]:
    """Return ``(found, missing)``: the files to convert and a failed result per missing input.

    ``found`` holds ``(shown, root)`` pairs: the path as the user would write it, and the folder its
    mirror path is taken from (the input folder, or a file's own folder). Folders are searched
    recursively (hidden entries and ``exclude`` left out) for names matching ``patterns``; files
    named directly are taken whatever their name. A file found twice is kept once.
    """
    found: list[tuple[str, str]] = []
    missing: list[FileResult] = []
    seen: set[str] = set()
    skip_dir = os.path.realpath(exclude) if exclude is not None else None
    for item in inputs:
        shown = os.fspath(item)
        if os.path.isdir(shown):
            pairs = [(f, shown) for f in _walk(shown, patterns, skip_dir)]
        elif os.path.exists(shown):      # a file, or a pipe or device that reading refuses, saying what it is
            pairs = [(shown, os.path.dirname(shown) or ".")]
        else:
            error = InputError("no such file or folder; check the path", shown)
            missing.append(FileResult(shown, "failed", error=error_dict(error)))
            continue
        for name, root in pairs:
            key = os.path.realpath(name)
            if key not in seen:
                seen.add(key)
                found.append((name, root))
    return found, missing


def _walk(top: str, patterns: Sequence[str], skip_dir: str | None) -> Iterator[str]:
    """Yield the files below ``top`` that match ``patterns``, in sorted order (links not followed)."""
    for folder, dirs, files in os.walk(top):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                         and os.path.realpath(os.path.join(folder, d)) != skip_dir)
        rel_folder = os.path.relpath(folder, top)
        for name in sorted(files):
            rel = name if rel_folder == "." else f"{rel_folder}/{name}".replace(os.sep, "/")
            if not name.startswith(".") and _matches(name, rel, patterns):
                yield os.path.join(folder, name)


def _matches(name: str, rel: str, patterns: Sequence[str]) -> bool:
    """Return True when a file matches a pattern: on its name, or on its relative path with a '/'."""
    return any(fnmatchcase((rel if "/" in p else name).lower(), p.lower()) for p in patterns)


def plan(found: Sequence[tuple[str, str]], out_dir: PathLike, formats: Sequence[str],
         reserved: Iterable[PathLike] = ()) -> tuple[list[Job], list[FileResult]]:
    """Return ``(jobs, refused)``: one Job per input, and a failed result per input that cannot go.

    The outputs mirror the input tree inside ``out_dir`` (see :func:`speechconv.plan.plan_tree`);
    ``reserved`` paths (the report) are never outputs.
    """
    jobs, refused = plan_tree(found, out_dir, formats, reserved)
    return jobs, [FileResult(err.path or "", "failed", error=error_dict(err)) for err in refused]


def is_fresh(job: Job) -> bool:
    """Return True when every output of ``job`` exists and is at least as new as its input."""
    try:
        src_time = os.stat(job.path).st_mtime_ns
        return all(os.stat(t.path).st_mtime_ns >= src_time for t in job.targets)
    except OSError:
        return False
