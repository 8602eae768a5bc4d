"""The per-profile DOCX template: styles, page set-up, fonts and settings, built once and cached.

Building styles and footers with python-docx takes tens of milliseconds; a document only adds its
paragraphs and properties to a copy of the cached template package.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part

from ...profile import Profile
from .ooxml import W_NS, face_name, fallback_face, font_names, latin_font, xml_attr
from .page import setup_section, setup_settings
from .reference import build_reference, reference_path
from .styles import StyleMap, build_styles

#: Template parts python-docx's default document carries that a speech never uses.
_DROP_DOCUMENT_RELS = frozenset({RT.CUSTOM_XML, RT.NUMBERING,
                                 "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"})
_DROP_PACKAGE_RELS = frozenset({RT.THUMBNAIL})

_EXT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CACHE_SIZE = 8


@dataclass(frozen=True)
class Template:
    """A built template: the DOCX package bytes, the role -> style id map its styles use, and
    whether its footers are speechconv's page numbers (False: a reference document's footers)."""

    blob: bytes
    styles: StyleMap
    own_footers: bool = True


_cache: dict[str, Template] = {}
_lock = threading.Lock()


@lru_cache(maxsize=1)
def generator() -> str:
    """Return the generator name written into the DOCX ("speechconv 0.1.0"), looked up once."""
    try:
        return f"speechconv {metadata.version('speechconv')}"
    except metadata.PackageNotFoundError:  # pragma: no cover - running from an unpacked tree
        return "speechconv"


def template_for(profile: Profile) -> Template:
    """Return the cached template for ``profile``, building it on first use.

    With ``[docx] reference_doc`` set, the template is made from that document (see
    :mod:`.reference`) and rebuilt when the file changes. Raises ProfileError when the profile lacks
    a role or face the template needs, or the reference document cannot be used.
    """
    reference = reference_path(profile)
    key = repr(profile)
    if reference is not None:
        stat = reference.stat()
        key += f"|{reference.resolve()}|{stat.st_mtime_ns}|{stat.st_size}"
    found = _cache.get(key)
    if found is not None:
        return found
    built = build_template(profile) if reference is None else _reference_template(profile, reference)
    with _lock:
        if len(_cache) >= _CACHE_SIZE:
            _cache.pop(next(iter(_cache)))
        _cache[key] = built
    return built


def build_template(profile: Profile) -> Template:
    """Return a new template for ``profile`` (no caching). Raises ProfileError."""
    document = docx.Document()
    _drop_unused_parts(document)
    styles = build_styles(document.styles.element, profile)
    setup_section(document, profile, styles)
    setup_settings(document)
    _replace_part(document, RT.FONT_TABLE, _font_table_xml(profile).encode("utf-8"), package=False)
    _replace_part(document, RT.EXTENDED_PROPERTIES, _app_xml().encode("utf-8"), package=True)
    buf = BytesIO()
    document.save(buf)
    return Template(buf.getvalue(), styles)


def _reference_template(profile: Profile, path: Path) -> Template:
    """Return a template made from the reference document at ``path``. Raises ProfileError."""
    blob, styles, own_footers = build_reference(profile, path)
    return Template(blob, styles, own_footers)


def _drop_unused_parts(document: DocxDocument) -> None:
    """Remove the thumbnail, custom XML, numbering and stylesWithEffects parts of the default template."""
    part = document.part
    for rId, rel in list(part.rels.items()):
        if rel.reltype in _DROP_DOCUMENT_RELS:
            part.drop_rel(rId)
    package_rels = part.package.rels
    for rId, rel in list(package_rels.items()):
        if rel.reltype in _DROP_PACKAGE_RELS:
            package_rels.pop(rId)


def _replace_part(document: DocxDocument, reltype: str, blob: bytes, *, package: bool) -> None:
    """Replace the part related by ``reltype`` (from the document or the package) with ``blob``."""
    source = document.part.package if package else document.part
    old = source.part_related_by(reltype)
    for rId, rel in list(source.rels.items()):
        if rel.reltype == reltype:
            source.rels.pop(rId)
    source.relate_to(Part(old.partname, old.content_type, blob, document.part.package), reltype)


def font_entry_xml(name: str) -> str:
    """Return the ``w:font`` entry of a Chinese font: GB2312 character set (86), so Word substitutes
    a Chinese font for a missing one; ``X_GB2312`` gets ``X`` as its alternative name."""
    alt = name[:-len("_GB2312")] if name.endswith("_GB2312") else ""
    alt_xml = f'<w:altName w:val="{xml_attr(alt)}"/>' if alt else ""
    return (f'<w:font w:name="{xml_attr(name)}">{alt_xml}'
            '<w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>')


def profile_font_names(profile: Profile) -> set[str]:
    """Return the Chinese font names the profile's styles use, with the fallback font's when the
    shipped fonts are named (fallback runs name it)."""
    names = {face_name(profile.face(rs.font), profile) for rs in profile.roles.values()}
    spare = fallback_face(profile)
    if spare is not None and font_names(profile) == "bundled":
        names.add(face_name(spare, profile))
    return names


def _font_table_xml(profile: Profile) -> str:
    """Return ``word/fontTable.xml`` naming the Latin font and every Chinese font the DOCX uses."""
    latin = latin_font(profile)
    parts = [f'<w:font w:name="{xml_attr(latin)}"><w:charset w:val="00"/>'
             '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>']
    parts += [font_entry_xml(name) for name in sorted(profile_font_names(profile) - {latin})]
    return (f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
            f'<w:fonts xmlns:w="{W_NS}" xmlns:r="{_R_NS}">' + "".join(parts) + "</w:fonts>")


def _app_xml() -> str:
    """Return ``docProps/app.xml`` naming speechconv as the application that wrote the file."""
    return (f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
            f'<Properties xmlns="{_EXT_NS}" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            f"<Application>{escape(generator())}</Application><DocSecurity>0</DocSecurity>"
            "<ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate>"
            "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged></Properties>")
