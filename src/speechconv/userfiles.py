"""Reading a file a user names (an input, a profile, a reference document): a regular file only, at
most a given size, and never blocking.

A named pipe (FIFO) blocks the reader until something writes to it, possibly forever; a device such
as /dev/zero never ends; a socket cannot be opened. All of them are refused at once: the file is
opened without blocking (``O_NONBLOCK``) and looked at through the open descriptor, so that it cannot
be swapped for a pipe between the look and the read. Each caller turns the exceptions below into its
own one-line error.
"""
from __future__ import annotations

import os
import stat


class NotRegularFile(OSError):
    """The path names something other than a regular file or a folder; ``kind`` says what."""

    def __init__(self, kind: str) -> None:
        super().__init__(f"is {kind}, not a regular file")
        self.kind = kind


class TooBig(OSError):
    """The file holds more than the bytes allowed; ``size`` is its size when known (else None)."""

    def __init__(self, size: int | None) -> None:
        super().__init__("the file is too big")
        self.size = size


def kind_of(mode: int) -> str:
    """Return what a file of ``mode`` is, for a user: ``a named pipe (FIFO)``, ``a socket``…"""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    return "a regular file" if stat.S_ISREG(mode) else "not a regular file"


def read_regular(path: str | os.PathLike, max_bytes: int) -> bytes:
    """Return the bytes of the regular file at ``path`` (symbolic links followed).

    Raises FileNotFoundError, PermissionError, IsADirectoryError, :class:`NotRegularFile` (a pipe, a
    socket, a device), :class:`TooBig` when it holds more than ``max_bytes`` (checked before reading,
    and again while reading a file that grows), or another OSError when it cannot be read.
    """
    info = os.stat(path)                      # a socket cannot be opened: say what it is first
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(f"{os.fspath(path)!r} is a folder")
    if not stat.S_ISREG(info.st_mode):
        raise NotRegularFile(kind_of(info.st_mode))
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
                 | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fd)                   # what was opened, not what the name pointed at before
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFile(kind_of(info.st_mode))
        if info.st_size > max_bytes:
            raise TooBig(info.st_size)
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise TooBig(None)
    return data
