"""Writing output files atomically: a temporary file beside the target, then a rename.

A failure or an interruption leaves either the old file or the complete new one, never a partial file.

An existing file is replaced only when ``overwrite`` is True, or when nothing can be lost by replacing
it (:func:`is_replaceable`): it holds the same bytes as the new output, or it is a DOCX, PDF or OFD that
speechconv wrote and no other program has saved since. So running a command again just works, and a
file someone edited, or another program's file of the same name, is never destroyed by accident.
"""
from __future__ import annotations

import errno
import filecmp
import hashlib
import os
import re
import tempfile
import uuid
import zipfile
import zlib
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

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
    _hold(fd)
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


#: The name of a temporary file :func:`atomic_output` writes: ``.NAME.`` + 8 random characters + ``.part``.
PART_NAME = re.compile(r"^\..+\.[a-z0-9_]{8}\.part$")
#: A temporary file changed less than this many seconds ago is never taken for stale (its writer may
#: not have locked it yet); without file locks (Windows), one changed less than an hour ago.
FRESH_SECONDS, UNLOCKED_FRESH_SECONDS = 1.0, 3600.0


def _hold(fd: int) -> None:
    """Lock the temporary file ``fd`` for as long as it is open, so that a sweep by another run sees it
    in use (:func:`remove_stale_parts`); a process that dies lets go of its locks."""
    try:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except (ImportError, OSError):
        pass


def remove_stale_parts(folder: str | Path, prefix: str = "", recursive: bool = False) -> int:
    """Remove the temporary files (``.NAME.xxxxxxxx.part``, starting with ``prefix``) that a writer left
    in ``folder`` (and below it, when ``recursive``) when it was killed; return how many were removed.

    A temporary file that a live writer holds (it is locked while open) or that changed in the last
    :data:`FRESH_SECONDS` is left alone, so that runs writing into one folder at once do not remove
    each other's files. Folders that cannot be read are passed over; nothing is raised.
    """
    removed = 0
    for path in _part_files(Path(folder), prefix, recursive):
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
        except OSError:
            continue
        try:
            if _stale(fd):
                os.unlink(path)
                removed += 1
        except OSError:
            pass
        finally:
            os.close(fd)
    return removed


def _part_files(folder: Path, prefix: str, recursive: bool) -> Iterator[Path]:
    """Yield the files in ``folder`` (and below, when ``recursive``, links not followed) named as
    :func:`atomic_output`'s temporary files, starting with ``prefix``."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        try:
            if entry.is_dir(follow_symlinks=False):
                if recursive:
                    yield from _part_files(Path(entry.path), prefix, recursive)
            elif entry.name.startswith(prefix) and PART_NAME.match(entry.name):
                yield Path(entry.path)
        except OSError:
            continue


def _stale(fd: int) -> bool:
    """Return True when the open temporary file ``fd`` has no live writer: no lock on it (a lock is
    taken here when there is none, and held until ``fd`` is closed) and no recent change."""
    import stat
    import time

    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        return False
    age = time.time() - info.st_mtime
    try:
        import fcntl
    except ImportError:
        return age > UNLOCKED_FRESH_SECONDS
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False                          # a live writer holds it
    return age > FRESH_SECONDS


def temp_prefix(name: str) -> str:
    """Return the prefix of the temporary file written before ``name`` is replaced: ``.NAME.``, with
    NAME cut to 100 bytes so that the temporary name fits wherever the final one does."""
    while len(os.fsencode(name)) > 100:
        name = name[:-1]
    return f".{name}."


def write_problem(exc: OSError) -> str:
    """Return what an OSError met while writing means for the user, and what to do."""
    reason = exc.strerror or str(exc)
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return f"the disk is full ({reason}); free some space or choose another -o folder"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"not allowed to write there ({reason}); choose a writable -o folder"
    if exc.errno == errno.ENAMETOOLONG:
        return f"the file name is too long ({reason}); rename the input or choose a shorter -o"
    return f"{reason}; check the disk and the folder"


def is_replaceable(existing: Path, new: Path) -> bool:
    """Return True when replacing ``existing`` by ``new`` loses nothing: the same bytes, or a DOCX, PDF
    or OFD that speechconv wrote and that no other program has saved since (see :func:`is_own_output`)."""
    try:
        if existing.is_file() and existing.stat().st_size == new.stat().st_size \
                and filecmp.cmp(existing, new, shallow=False):
            return True
    except OSError:
        return False
    return is_own_output(existing)


def is_own_output(path: Path) -> bool:
    """Return True for a DOCX, PDF or OFD that speechconv wrote and no other program has saved since.

    DOCX: "generated by speechconv" in the comments, speechconv the last modifier, at revision 1,
    modified when created (Word, WPS and LibreOffice change these when they save an edit). PDF:
    speechconv is the creator, ReportLab the producer, and no update was appended (a single ``%%EOF``).
    OFD: speechconv is the creator, there is no modification date, and the DocID is still the one
    :func:`ofd_doc_id` derives from the other parts (any changed, added or removed part changes it).
    """
    try:
        if not path.is_file() or path.stat().st_size > MAX_CHECKED_BYTES:
            return False
        with open(path, "rb") as fh:
            head = fh.read(5)
        if head.startswith(b"PK"):
            return _own_ofd(path) if path.suffix.lower() == ".ofd" else _own_docx(path)
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
            if zf.getinfo("docProps/core.xml").file_size > 1024 * 1024:
                return False
            core = zf.read("docProps/core.xml").decode("utf-8", "replace")
    except (KeyError, zipfile.BadZipFile, zlib.error, OSError, RuntimeError, ValueError, EOFError):
        return False
    times = dict(m.groups() for m in _CORE_TIME.finditer(core))
    return (">generated by speechconv" in core and "<cp:lastModifiedBy>speechconv</cp:lastModifiedBy>" in core
            and "<cp:revision>1</cp:revision>" in core and bool(times.get("created"))
            and times.get("created") == times.get("modified"))


#: The namespace of the UUIDs speechconv gives its OFD files as DocID.
_OFD_NS = uuid.UUID("6d1d6a4e-2f0a-4b8e-9d0c-0ffd5eec0a57")


def ofd_doc_id(parts: Iterable[tuple[str, bytes]]) -> str:
    """Return the DocID of an OFD package whose parts other than ``OFD.xml`` are ``parts`` (name, bytes,
    in package order): 32 hex digits of a UUID derived from their SHA-256, so the ID identifies the
    content and shows whether it was changed since."""
    digest = hashlib.sha256()
    for name, data in parts:
        digest.update(name.encode("utf-8") + b"\0" + data)
    return uuid.uuid5(_OFD_NS, digest.hexdigest()).hex


_DOC_ID = re.compile(r"<ofd:DocID>([0-9a-f]{32})</ofd:DocID>")


def _own_ofd(path: Path) -> bool:
    """Return True when the OFD at ``path`` is speechconv's, unchanged since (see is_own_output)."""
    try:
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
            if not names or names[0] != "OFD.xml" or zf.getinfo("OFD.xml").file_size > 1024 * 1024:
                return False
            entry = zf.read("OFD.xml").decode("utf-8", "replace")
            found = _DOC_ID.search(entry)
            if (found is None or "<ofd:Creator>speechconv</ofd:Creator>" not in entry
                    or "ModDate" in entry):
                return False
            return found.group(1) == ofd_doc_id((n, zf.read(n)) for n in names[1:])
    except (KeyError, zipfile.BadZipFile, zlib.error, OSError, RuntimeError, ValueError, EOFError):
        return False
