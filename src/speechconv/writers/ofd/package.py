"""The OFD package (GB/T 33190-2016): its parts, their IDs, and the ZIP file holding them.

Layout::

    OFD.xml                       entry: DocInfo (ID, title, author, date, creator) and DocRoot
    Doc_0/Document.xml            CommonData (MaxUnitID, A4 PageArea, PublicRes), Pages, Outlines
    Doc_0/PublicRes.xml           the fonts, their files under Res/
    Doc_0/Res/font_N.ttf          subsets of the shipped TrueType fonts: only the glyphs drawn
    Doc_0/Pages/Page_K/Content.xml  page K (from 0): highlights and text

Every ID is unique across the document: fonts first, then for each page its ID, its layer and its
objects; ``MaxUnitID`` is the last. The bytes depend only on the input (a fixed ZIP time, a DocID
derived from the content by :func:`speechconv.outputs.ofd_doc_id`, which also tells an unchanged
speechconv OFD from an edited one) except the creation date, which is the day of writing unless
``invariant``.
"""
from __future__ import annotations

import datetime as _dt
import zipfile
from dataclasses import dataclass
from itertools import count
from typing import BinaryIO, Sequence

from ...outputs import ofd_doc_id
from ..fontfile import family_name, fixed_subset
from .content import page_part
from .scene import FontFace, Outline, PageScene, TextRun, xml_text
from .xmlparts import el, num, root, serialize

_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
#: Deflate levels: XML shrinks to a quarter at 6; font glyphs barely compress, and level 1 costs a
#: fifth of level 6's time for 6 % more bytes (measured on a FandolFang subset of 518 glyphs).


@dataclass(frozen=True)
class DocInfo:
    """What ``OFD.xml`` says about the document (None leaves an element out)."""

    title: str | None
    author: str | None
    subject: str | None
    creator_version: str
    date: _dt.date


@dataclass(frozen=True)
class PageBox:
    """The page size in mm."""

    width: float
    height: float


def write_package(out: BinaryIO, scenes: Sequence[PageScene], info: DocInfo, box: PageBox) -> None:
    """Write the OFD package of ``scenes`` to ``out`` as a ZIP file.

    Raises FontError when a font cannot be subset, OSError when ``out`` cannot be written.
    """
    ids = count(1)
    faces = _faces(scenes)
    font_ids = {face: next(ids) for face in faces}
    parts: list[tuple[str, bytes, bool]] = []          # name, bytes, is XML
    refs: list[tuple[int, str]] = []
    for k, scene in enumerate(scenes):
        page_id, layer_id = next(ids), next(ids)
        loc = f"Pages/Page_{k}/Content.xml"
        parts.append(("Doc_0/" + loc, page_part(scene, layer_id, lambda: next(ids), font_ids), True))
        refs.append((page_id, loc))
    max_id = next(ids) - 1
    res, files = _public_res(faces, font_ids)
    parts.append(("Doc_0/PublicRes.xml", res, True))
    parts.extend((f"Doc_0/Res/{name}", data, False) for name, data in files)
    parts.append(("Doc_0/Document.xml", _document(max_id, refs, scenes, box), True))
    doc_id = ofd_doc_id((name, data) for name, data, _ in parts)
    with zipfile.ZipFile(out, "w") as zf:
        for name, data, is_xml in [("OFD.xml", _ofd_entry(info, doc_id), True), *parts]:
            zinfo = zipfile.ZipInfo(name, _ZIP_TIME)
            zinfo.compress_type = zipfile.ZIP_DEFLATED
            zinfo.external_attr = 0o644 << 16
            zf.writestr(zinfo, data, compresslevel=6 if is_xml else 1)


def _faces(scenes: Sequence[PageScene]) -> dict[FontFace, set[str]]:
    """Return every face the scenes draw with, in order of first use, with the characters drawn."""
    faces: dict[FontFace, set[str]] = {}
    for scene in scenes:
        for item in scene.items:
            if isinstance(item, TextRun):
                faces.setdefault(item.face, set()).update(item.text)
    return faces


def _public_res(faces: dict[FontFace, set[str]], font_ids: dict[FontFace, int]
                ) -> tuple[bytes, list[tuple[str, bytes]]]:
    """Return ``PublicRes.xml`` and the embedded font files (name under Res/, bytes)."""
    res = root("Res", {"BaseLoc": "Res"})
    files: list[tuple[str, bytes]] = []
    if faces:
        fonts = el("Fonts", parent=res)
        for face, chars in faces.items():
            fid = font_ids[face]
            name = family_name(face.path)
            font = el("Font", {"ID": str(fid), "FontName": name, "FamilyName": name}, parent=fonts)
            file_name = f"font_{fid}.ttf"
            el("FontFile", text=file_name, parent=font)
            files.append((file_name, fixed_subset(face.path, chars)))
    return serialize(res), files


def _document(max_id: int, refs: list[tuple[int, str]], scenes: Sequence[PageScene],
              box: PageBox) -> bytes:
    """Return ``Document.xml``: common data, the page list and the outline."""
    doc = root("Document")
    common = el("CommonData", parent=doc)
    el("MaxUnitID", text=str(max_id), parent=common)
    el("PhysicalBox", text=f"0 0 {num(box.width)} {num(box.height)}", parent=el("PageArea", parent=common))
    el("PublicRes", text="PublicRes.xml", parent=common)
    pages = el("Pages", parent=doc)
    for page_id, loc in refs:
        el("Page", {"ID": str(page_id), "BaseLoc": loc}, parent=pages)
    entries = [(o, refs[k][0]) for k, scene in enumerate(scenes) for o in scene.outlines]
    if entries:
        _outlines(el("Outlines", parent=doc), entries)
    return serialize(doc)


def _outlines(parent, entries: list[tuple[Outline, int]]) -> None:
    """Append the outline tree of ``entries`` (entry, page ID) to ``parent``, nesting by level.

    As in the PDF, a level never jumps more than one below the previous entry's.
    """
    stack: list[tuple[int, object]] = [(-1, parent)]
    for entry, page_id in entries:
        level = max(0, min(entry.level, stack[-1][0] + 1))
        while stack[-1][0] >= level:
            stack.pop()
        node = el("OutlineElem", {"Title": xml_text(entry.title)}, parent=stack[-1][1])
        action = el("Action", {"Event": "CLICK"}, parent=el("Actions", parent=node))
        el("Dest", {"Type": "XYZ", "PageID": str(page_id), "Left": "0", "Top": num(entry.top)},
           parent=el("Goto", parent=action))
        stack.append((level, node))


def _ofd_entry(info: DocInfo, doc_id: str) -> bytes:
    """Return ``OFD.xml``: the document's information and where its root part is."""
    ofd = root("OFD", {"Version": "1.0", "DocType": "OFD"})
    body = el("DocBody", parent=ofd)
    meta = el("DocInfo", parent=body)
    el("DocID", text=doc_id, parent=meta)
    for tag, value in (("Title", info.title), ("Author", info.author), ("Subject", info.subject)):
        if value:
            el(tag, text=xml_text(value), parent=meta)
    el("CreationDate", text=info.date.isoformat(), parent=meta)
    el("Creator", text="speechconv", parent=meta)
    el("CreatorVersion", text=info.creator_version, parent=meta)
    el("DocRoot", text="Doc_0/Document.xml", parent=body)
    return serialize(ofd)
