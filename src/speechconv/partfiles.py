"""Temporary files written beside their target (``.NAME.xxxxxxxx.part``, then renamed into place):
their names, the lock a writer holds on one while it writes, and the removal of those a killed writer
left behind.

A low room (it imports nothing of speechconv): :mod:`speechconv.outputs` writes outputs through it,
the parsed-font cache its cache files, and every batch and convert run sweeps its output folder with
:func:`remove_stale_parts`.
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Iterator


#: The name of a temporary file :func:`atomic_output` writes: ``.NAME.`` + 8 random characters + ``.part``.
PART_NAME = re.compile(r"^\..+\.[a-z0-9_]{8}\.part$")
#: A temporary file changed less than this many seconds ago is never taken for stale (its writer may
#: not have locked it yet); without file locks (Windows), one changed less than an hour ago.
FRESH_SECONDS, UNLOCKED_FRESH_SECONDS = 1.0, 3600.0


def hold(fd: int) -> None:
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
