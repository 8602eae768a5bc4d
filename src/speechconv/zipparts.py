"""Reading the parts of a zip package (DOCX, ODT, OFD, a reference DOCX) without trusting its sizes.

A zip bomb declares small sizes and inflates to gigabytes, or holds thousands of parts. Every part is
read here through a stream that stops at a cap on its inflated size, whatever the zip's directory
claims; the number of parts and the total inflated so far are capped too. Errors are raised as the
caller's error class (:class:`~speechconv.errors.InputError` for an input, ProfileError for a
reference document…) with a one-line message naming the part.
"""
from __future__ import annotations

import io
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Union

from .errors import InputError, SpeechconvError
from .limits import size_text

#: Largest inflated size of one part (a long speech's document.xml is a few MB).
MAX_PART_BYTES = 64 * 1024 * 1024
#: Largest inflated size of all parts read from one package.
MAX_TOTAL_BYTES = 256 * 1024 * 1024
#: Most parts a package may hold.
MAX_PARTS = 10_000
_CHUNK = 1024 * 1024


@dataclass
class ZipParts:
    """An open zip package whose parts are read with caps (see the module doc).

    ``error`` is the SpeechconvError subclass raised for a bad package, ``name`` the file named in
    its messages. Use as a context manager, or call :meth:`close`.
    """

    source: Union[bytes, str, Path]
    name: str | None = None
    error: type[SpeechconvError] = InputError
    max_part: int = MAX_PART_BYTES
    max_total: int = MAX_TOTAL_BYTES
    max_parts: int = MAX_PARTS
    _zip: zipfile.ZipFile | None = field(default=None, init=False, repr=False)
    _read: int = field(default=0, init=False, repr=False)

    def __post_init__(self) -> None:
        src = io.BytesIO(self.source) if isinstance(self.source, (bytes, bytearray)) else self.source
        try:
            self._zip = zipfile.ZipFile(src)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            raise self.error(f"is not a readable zip package ({exc}); check that the file is complete",
                             self.name) from None
        if len(self._zip.infolist()) > self.max_parts:
            self.close()
            raise self.error(f"holds more than {self.max_parts:,} parts; it is not a document this tool "
                             "reads", self.name)

    def __enter__(self) -> "ZipParts":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Close the package."""
        if self._zip is not None:
            self._zip.close()
            self._zip = None

    def names(self) -> list[str]:
        """Return the part names, in the package's order."""
        assert self._zip is not None
        return self._zip.namelist()

    def has(self, part: str) -> bool:
        """Return True when the package holds ``part``."""
        return part in self.names()

    def read(self, part: str) -> bytes:
        """Return the inflated bytes of ``part``.

        Raises KeyError when there is no such part, and the package's error when the part inflates past
        its cap (or the package past its total), or cannot be inflated.
        """
        assert self._zip is not None
        info = self._zip.getinfo(part)
        limit = min(self.max_part, self.max_total - self._read)
        out = bytearray()
        try:
            with self._zip.open(info) as fh:
                while chunk := fh.read(_CHUNK):
                    out += chunk
                    if len(out) > limit:
                        raise self.error(self._too_big(part, limit), self.name)
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, RuntimeError, ValueError,
                NotImplementedError) as exc:
            raise self.error(f"its part {part} cannot be read ({exc}); the file is damaged or encrypted",
                             self.name) from None
        self._read += len(out)
        return bytes(out)

    def text(self, part: str) -> str:
        """Return ``part`` decoded as UTF-8 (XML parts). Raises as :meth:`read` does."""
        return self.read(part).decode("utf-8", "replace")

    def _too_big(self, part: str, limit: int) -> str:
        if limit < self.max_part:
            return (f"inflates to more than {size_text(self.max_total)} in all (at {part}); it is not a "
                    "document this tool reads (a zip bomb?)")
        return (f"its part {part} inflates to more than {size_text(self.max_part)}; it is not a document "
                "this tool reads (a zip bomb?)")
