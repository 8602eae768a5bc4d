"""The per-profile DOCX template: styles, page set-up, fonts and settings, built once and cached.

Building styles and footers with python-docx takes tens of milliseconds; a document only adds its
paragraphs and properties to a copy of the cached template package.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from importlib import metadata
from io import BytesIO
from xml.sax.saxutils import escape

import docx
from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part

from ...profile import Profile
from .ooxml import W_NS, face_name, latin_font, xml_attr
from .page import setup_section, setup_settings
from .styles import StyleMap, build_styles

#: Template parts python-docx's default document carries that a speech never uses.
_DROP_DOCUMENT_RELS = frozenset({RT.CUSTOM_XML, RT.NUMBERING,
                                 "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"})
_DROP_PACKAGE_RELS = frozenset({RT.THUMBNAIL})

_EXT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
_CACHE_SIZE = 8


@dataclass(frozen=True)
class Template:
    """A built template: the DOCX package bytes and the role -> style id map its styles use."""

    blob: bytes
    styles: StyleMap


_cache: dict[str, Template] = {}
_lock = threading.Lock()


def generator() -> str:
    """Return the generator name written into the DOCX ("speechconv 0.1.0")."""
    try:
        return f"speechconv {metadata.version('speechconv')}"
    except metadata.PackageNotFoundError:  # pragma: no cover - running from an unpacked tree
        return "speechconv"


def template_for(profile: Profile) -> Template:
    """Return the cached template for ``profile``, building it on first use.

    Raises ProfileError when the profile lacks a role or face the template needs.
    """
    key = repr(profile)
    found = _cache.get(key)
    if found is not None:
        return found
    built = build_template(profile)
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


def _font_table_xml(profile: Profile) -> str:
    """Return ``word/fontTable.xml`` naming the Latin font and every face the roles use.

    Chinese faces carry the GB2312 character set (86), so Word substitutes a Chinese font for a
    missing one; an ``X_GB2312`` name gets ``X`` as its alternative name (仿宋_GB2312 -> 仿宋).
    """
    names = {face_name(profile.face(rs.font), profile) for rs in profile.roles.values()}
    latin = latin_font(profile)
    parts = [f'<w:font w:name="{xml_attr(latin)}"><w:charset w:val="00"/>'
             '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>']
    for name in sorted(names - {latin}):
        alt = name[:-len("_GB2312")] if name.endswith("_GB2312") else ""
        alt_xml = f'<w:altName w:val="{xml_attr(alt)}"/>' if alt else ""
        parts.append(f'<w:font w:name="{xml_attr(name)}">{alt_xml}'
                     '<w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/>'
                     '</w:font>')
    return (f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
            f'<w:fonts xmlns:w="{W_NS}">' + "".join(parts) + "</w:fonts>")


def _app_xml() -> str:
    """Return ``docProps/app.xml`` naming speechconv as the application that wrote the file."""
    return (f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
            f'<Properties xmlns="{_EXT_NS}" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            f"<Application>{escape(generator())}</Application><DocSecurity>0</DocSecurity>"
            "<ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate>"
            "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged></Properties>")
