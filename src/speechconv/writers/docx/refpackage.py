"""Reading a reference document's package (``--reference-doc``) as bad input, never as trusted data.

The file may come from anywhere: a zip bomb, a part with a DTD, something that is no zip at all, or
a package LibreOffice wrote with an older relationship type. :func:`reference_package` reads it
through :class:`~speechconv.zipparts.ZipParts` (every part's inflated size, the total and the number
of parts capped), refuses XML parts that carry a DTD (OOXML parts never do; an entity declared there
would be lost or expanded later), and gives back a package python-docx can open: the parts as read,
with the core-properties relationship under the type python-docx knows, so that it does not add a
second ``docProps/core.xml`` (a package Word calls damaged). Every problem is a ProfileError (exit 6)
naming the file.
"""
from __future__ import annotations

import re
import zipfile
from io import BytesIO
from pathlib import Path

from ...errors import ProfileError
from ...limits import size_text
from ...sniff import sniff_kind
from ...userfiles import NotRegularFile, TooBig, read_regular
from ...zipparts import ZipParts

#: A reference document larger than this is refused (Word's own templates are well under 1 MB; a
#: reference with whole embedded CJK fonts may take tens of MB).
MAX_REFERENCE_BYTES = 64 * 1024 * 1024
#: Caps on what its parts may inflate to: one part, and all of them.
MAX_PART_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 160 * 1024 * 1024

_SAVE_AGAIN = "open it in Word or LibreOffice, save it again as .docx and pass that to --reference-doc"
#: Relationship types other writers give the core properties; python-docx knows only the last one.
_CORE_TYPES = (b"http://schemas.openxmlformats.org/officedocument/2006/relationships/metadata/core-properties",
               b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/metadata/core-properties")
_CORE = b"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
_STRICT = b"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"
#: The prolog of an XML part, up to its root element: where a DTD would stand.
_PROLOG = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<\?.*?\?>\s*|<!--.*?-->\s*)*", re.S)


def reference_package(path: Path) -> bytes:
    """Return the reference document at ``path`` as a zip package python-docx can open safely.

    Raises ProfileError when the file is missing, not a regular file, over
    :data:`MAX_REFERENCE_BYTES`, not a zip package (saying what it is when it is known), a zip whose
    parts inflate past the caps or cannot be read, a Strict Open XML document, or holds an XML part
    with a DTD.
    """
    data = _read(path)
    kind = sniff_kind(data)
    if kind is None or kind.name not in ("zip", "docx", "xlsx", "pptx", "odt"):
        what = kind.what if kind is not None else "not a zip package"
        raise ProfileError(f"is not a Word .docx document ({what}); save it as .docx (Word 2007 or later) "
                           "and pass that to --reference-doc", str(path))
    if kind.name in ("xlsx", "pptx", "odt"):
        raise ProfileError(f"is {kind.what}, not a Word .docx document; save it as .docx and pass that "
                           "to --reference-doc", str(path))
    if not zipfile.is_zipfile(BytesIO(data)):
        raise ProfileError("is not a Word .docx document (its zip package is damaged or cut short); "
                           f"{_SAVE_AGAIN}", str(path))
    with ZipParts(data, str(path), ProfileError, MAX_PART_BYTES, MAX_TOTAL_BYTES) as package:
        parts = {name: package.read(name) for name in package.names() if not name.endswith("/")}
    for name, part in parts.items():
        if name.endswith((".xml", ".rels")) and b"<!DOCTYPE" in part[:_PROLOG.match(part).end() + 9]:
            raise ProfileError(f"its part {name} holds a DTD (<!DOCTYPE …>), which Word documents never "
                               f"do; {_SAVE_AGAIN}", str(path))
    rels = parts.get("_rels/.rels", b"")
    if _STRICT in rels:
        raise ProfileError("is a Strict Open XML document, which speechconv cannot use; save it as a "
                           "Word Document (.docx), not Strict Open XML, and pass that to --reference-doc",
                           str(path))
    for old in _CORE_TYPES:
        rels = rels.replace(old, _CORE)
    if "_rels/.rels" in parts:
        parts["_rels/.rels"] = rels
    buf = BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as out:
        for name, part in parts.items():
            out.writestr(name, part)
    return buf.getvalue()


def _read(path: Path) -> bytes:
    """Return the bytes of the reference document. Raises ProfileError when it cannot be read."""
    name = str(path)
    try:
        return read_regular(path, MAX_REFERENCE_BYTES)
    except FileNotFoundError:
        raise ProfileError("reference document not found; pass an existing .docx to --reference-doc",
                           name) from None
    except IsADirectoryError:
        raise ProfileError("is a folder; pass a .docx file to --reference-doc", name) from None
    except NotRegularFile as exc:
        raise ProfileError(f"{exc}; pass a .docx file to --reference-doc", name) from None
    except TooBig:
        raise ProfileError(f"is over {size_text(MAX_REFERENCE_BYTES)}; a reference document needs only its "
                           f"styles and page set-up: {_SAVE_AGAIN} without its content", name) from None
    except OSError as exc:
        raise ProfileError(f"cannot be read ({exc.strerror or exc})", name) from None
