"""Writing output files atomically: a temporary file beside the target, then a rename.

A failure or an interruption leaves either the old file or the complete new one, never a partial file.

An existing file is replaced only when ``overwrite`` is True, or when nothing can be lost by replacing
it (:func:`is_replaceable`): it holds the same bytes as the new output, or it is a DOCX or PDF that
speechconv wrote and no other program has saved since. So running a command again just works, and a
file someone edited, or another program's file of the same name, is never destroyed by accident.
"""
from __future__ import annotations

import errno
import filecmp
import os
import re
import tempfile
import zipfile
import zlib
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Iterator

from .errors import OutputError

#: Existing files larger than this are never read to decide whether they may be replaced.
MAX_CHECKED_BYTES = 256 * 1024 * 1024
REFUSED = ("already exists, and speechconv cannot tell that it holds only an earlier output of its own "
           "(it may have been edited); pass --overwrite to replace it, or choose another -o")


@contextmanager
def atomic_output(path: str | Path, overwrite: bool = True) -> Iterator[BinaryIO]:
    """Yield a binary file that replaces ``path`` only when the block ends without an exception.

    With ``overwrite`` False an existing ``path`` is replaced only when :func:`is_replaceable` says
    nothing is lost. Raises OutputError when the directory does not exist or cannot be written, when
    the file cannot be written (a full disk), or when ``path`` exists and may not be replaced.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"the output folder {folder} does not exist; create it or choose another -o",
                          str(target))
    try:
        fd, tmp = tempfile.mkstemp(prefix=temp_prefix(target.name), suffix=".part", dir=folder)
    except OSError as exc:
        raise OutputError(f"cannot write in {folder}: {write_problem(exc)}", str(target)) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        if not overwrite and os.path.lexists(target) and not is_replaceable(target, Path(tmp)):
            raise OutputError(REFUSED, str(target))
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write the file: {write_problem(exc)}", str(target)) from None
        raise


def temp_prefix(name: str) -> str:
    """Return the prefix of the temporary file written before ``name`` is replaced: ``.NAME.``, with
    NAME cut to 100 bytes so that the temporary name fits wherever the final one does."""
    while len(os.fsencode(name)) > 100:
        name = name[:-1]
    return f".{name}."


def write_problem(exc: OSError) -> str:
    """Return what an OSError met while writing means for the user, and what to do."""
    reason = exc.strerror or str(exc)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"the disk is full ({reason}); free some space or choose another -o folder"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"not allowed to write there ({reason}); choose a writable -o folder"
    if exc.errno == errno.ENAMETOOLONG:
        return f"the file name is too long ({reason}); rename the input or choose a shorter -o"
    return f"{reason}; check the disk and the folder"


def is_replaceable(existing: Path, new: Path) -> bool:
    """Return True when replacing ``existing`` by ``new`` loses nothing: the same bytes, or a DOCX or
    PDF that speechconv wrote and that no other program has saved since (see :func:`is_own_output`)."""
    try:
        if existing.is_file() and existing.stat().st_size == new.stat().st_size \
                and filecmp.cmp(existing, new, shallow=False):
            return True
    except OSError:
        return False
    return is_own_output(existing)


def is_own_output(path: Path) -> bool:
    """Return True for a DOCX or PDF that speechconv wrote and no other program has saved since.

    DOCX: speechconv is the application and the last modifier, at revision 1, modified when created
    (Word and LibreOffice change these when they save). PDF: speechconv is the creator, ReportLab the
    producer, and no update was appended (a single ``%%EOF``).
    """
    try:
        if not path.is_file() or path.stat().st_size > MAX_CHECKED_BYTES:
            return False
        with open(path, "rb") as fh:
            head = fh.read(5)
        if head.startswith(b"PK"):
            return _own_docx(path)
        if head == b"%PDF-":
            data = path.read_bytes()
            return data.count(b"%%EOF") == 1 and b"/Creator (speechconv)" in data \
                and b"/Producer (ReportLab" in data
    except OSError:
        return False
    return False


_CORE_TIME = re.compile(r"<dcterms:(created|modified)\b[^>]*>([^<]*)<")


def _own_docx(path: Path) -> bool:
    """Return True when the DOCX at ``path`` is speechconv's, unchanged since (see is_own_output)."""
    try:
        with zipfile.ZipFile(path) as zf:
            parts = {}
            for name in ("docProps/core.xml", "docProps/app.xml"):
                if zf.getinfo(name).file_size > 1024 * 1024:
                    return False
                parts[name] = zf.read(name).decode("utf-8", "replace")
    except (KeyError, zipfile.BadZipFile, zlib.error, OSError, RuntimeError, ValueError, EOFError):
        return False
    core, app = parts["docProps/core.xml"], parts["docProps/app.xml"]
    times = dict(m.groups() for m in _CORE_TIME.finditer(core))
    return ("<Application>speechconv" in app and "<cp:lastModifiedBy>speechconv</cp:lastModifiedBy>" in core
            and "<cp:revision>1</cp:revision>" in core and bool(times.get("created"))
            and times.get("created") == times.get("modified"))
