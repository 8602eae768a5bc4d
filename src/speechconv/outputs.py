"""Writing output files atomically: a temporary file beside the target, then a rename.

A failure or an interruption leaves either the old file or the complete new one, never a partial file.
"""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Iterator

from .errors import OutputError


@contextmanager
def atomic_output(path: str | Path) -> Iterator[BinaryIO]:
    """Yield a binary file that replaces ``path`` only when the block ends without an exception.

    Raises OutputError when the directory does not exist or cannot be written.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"the output folder {folder} does not exist; create it or choose another -o",
                          str(target))
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise OutputError(f"cannot write in {folder} ({exc.strerror}); choose a writable -o folder",
                          str(target)) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write the file ({exc.strerror or exc}); check the disk and folder",
                              str(target)) from None
        raise
