"""WordprocessingML parts as element trees: the DOCX reader's only use of lxml.

Parts are parsed with no network, no DTD and no entity expansion; a part that declares a DTD is refused
(Word never writes one, and a DTD is how an entity bomb is built). Strict Open XML (ISO 29500 strict,
Word's "Strict Open XML Document") uses other namespace names for the same vocabulary; they are renamed
to the transitional ones before parsing, so the rest of the reader knows one set of names.
"""
from __future__ import annotations

from typing import Callable

from lxml import etree

from ...errors import InputError

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
DC_NS = "http://purl.org/dc/elements/1.1/"

#: Strict namespace names -> their transitional twins (the byte strings are swapped before parsing).
_STRICT = (
    (b"http://purl.oclc.org/ooxml/wordprocessingml/main", W_NS.encode()),
    (b"http://purl.oclc.org/ooxml/officeDocument/relationships", R_NS.encode()),
    (b"http://purl.oclc.org/ooxml/officeDocument/math", M_NS.encode()),
)

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                          remove_comments=True, remove_pis=True, huge_tree=False)

Element = etree._Element


def w(local: str) -> str:
    """Return the Clark name (``{namespace}local``) of a WordprocessingML element or attribute."""
    return f"{{{W_NS}}}{local}"


def clark(ns: str, local: str) -> str:
    """Return the Clark name of ``local`` in namespace ``ns``."""
    return f"{{{ns}}}{local}"


def parse_part(data: bytes, part: str, name: str | None) -> Element:
    """Return the root element of the XML part ``part`` (its bytes ``data``).

    Raises InputError (naming ``name``, the input file) when the part declares a DTD or is not
    well-formed XML.
    """
    head = data[:4096]
    if b"<!DOCTYPE" in head or b"<!ENTITY" in data:
        raise InputError(f"its part {part} declares a DTD, which no Word document does; it is not a "
                         "document this tool reads", name)
    for strict, transitional in _STRICT:
        if strict in head:
            data = data.replace(strict, transitional)
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise InputError(f"its part {part} is not well-formed XML ({exc}); the file is damaged — open "
                         "and save it again in Word or LibreOffice", name) from None


def local_name(el: Element) -> str:
    """Return an element's name without its namespace ('' for comments and other non-elements)."""
    tag = el.tag
    if not isinstance(tag, str):
        return ""
    return tag.rpartition("}")[2]


def namespace(el: Element) -> str:
    """Return an element's namespace name ('' when it has none)."""
    tag = el.tag
    return tag[1:].partition("}")[0] if isinstance(tag, str) and tag.startswith("{") else ""


def wval(el: Element | None, attr: str = "val") -> str | None:
    """Return the ``w:val`` (or another ``w:`` attribute) of ``el``, None when ``el`` or it is absent."""
    return None if el is None else el.get(w(attr))


def on(el: Element | None) -> bool | None:
    """Return an on/off property's value (``<w:b/>`` is True, ``w:val="0"``/``false``/``off`` is False),
    or None when the property is absent."""
    if el is None:
        return None
    return wval(el) not in ("0", "false", "off", "none")


def texts(el: Element, keep: Callable[[Element], bool] | None = None) -> str:
    """Return the text of every ``w:t``, ``w:delText`` and ``m:t`` under ``el`` (tabs and breaks as
    spaces), for text that is recorded rather than read (comments, notes, headers, deletions)."""
    out: list[str] = []
    for node in el.iter(w("t"), w("delText"), clark(M_NS, "t"), w("tab"), w("br"), w("cr"), w("p")):
        if keep is not None and not keep(node):
            continue
        name = local_name(node)
        if name in ("t", "delText"):
            out.append(node.text or "")
        elif name == "p":
            if out and not out[-1].endswith("\n"):
                out.append("\n")
        else:
            out.append(" ")
    return "\n".join(" ".join(line.split()) for line in "".join(out).split("\n") if line.strip())
