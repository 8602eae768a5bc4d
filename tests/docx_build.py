"""Small Word packages built from WordprocessingML snippets, for the DOCX reader's tests.

Word's own files carry many more parts; the reader needs only these, and a test shows exactly what it
gives the reader.
"""
from __future__ import annotations

import io
import zipfile

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (f'xmlns:w="{W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"')
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
          'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
          'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>')

#: A styles part with Word's built-in heading and title styles (Chinese Word's ids: 1, 2, a3).
STYLES = f"""<w:styles {NS}>
<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="32"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/>
  <w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="44"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/>
  <w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/><w:basedOn w:val="a"/>
  <w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="44"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="MyHeading"><w:name w:val="My Heading"/><w:basedOn w:val="2"/></w:style>
<w:style w:type="paragraph" w:styleId="WPSHeading"><w:name w:val="标题 3"/><w:basedOn w:val="a"/></w:style>
<w:style w:type="paragraph" w:styleId="Outlined"><w:name w:val="Outlined"/>
  <w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Loop1"><w:name w:val="Loop 1"/><w:basedOn w:val="Loop2"/></w:style>
<w:style w:type="paragraph" w:styleId="Loop2"><w:name w:val="Loop 2"/><w:basedOn w:val="Loop1"/></w:style>
<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Hidden"><w:name w:val="Hidden"/><w:rPr><w:vanish/></w:rPr></w:style>
</w:styles>"""


def p(text: str = "", ppr: str = "", rpr: str = "") -> str:
    """Return a paragraph of one run holding ``text`` (empty: no run)."""
    head = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    run = f'<w:r>{f"<w:rPr>{rpr}</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{text}</w:t></w:r>' if text else ""
    return f"<w:p>{head}{run}</w:p>"


def numbered(text: str, num: int, ilvl: int = 0) -> str:
    """Return a paragraph auto-numbered by instance ``num`` at level ``ilvl``."""
    return p(text, f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr>')


def level(ilvl: int, fmt: str, text: str, start: int = 1, extra: str = "") -> str:
    """Return a ``w:lvl`` of an abstract numbering definition."""
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>')


def numbering(abstracts: dict[int, str], nums: dict[int, tuple[int, str]]) -> str:
    """Return a numbering part: abstract id -> its levels' XML; num id -> (abstract id, overrides XML)."""
    body = "".join(f'<w:abstractNum w:abstractNumId="{a}">{lv}</w:abstractNum>' for a, lv in abstracts.items())
    body += "".join(f'<w:num w:numId="{n}"><w:abstractNumId w:val="{a}"/>{ov}</w:num>'
                    for n, (a, ov) in nums.items())
    return f"<w:numbering {NS}>{body}</w:numbering>"


def docx(body: str, *, styles: str | None = STYLES, numbering: str | None = None, title: str | None = None,
         description: str = "", extra: dict[str, tuple[str, str]] | None = None,
         raw: dict[str, bytes] | None = None) -> bytes:
    """Return a Word package whose body is ``body`` (paragraph and table XML).

    ``extra`` adds related parts: relationship type -> (part name under word/, its XML). ``raw`` adds
    zip members as they are (for broken packages).
    """
    rels = [("styles", "styles.xml", styles), ("numbering", "numbering.xml", numbering)]
    rels += [(kind, name, xml) for kind, (name, xml) in (extra or {}).items()]
    rel_xml = "".join(f'<Relationship Id="rId{i}" Type="{_REL}{kind}" Target="{name}"/>'
                      for i, (kind, name, xml) in enumerate(rels, 1) if xml is not None)
    parts = {
        "[Content_Types].xml": _TYPES,
        "_rels/.rels": ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                        f'<Relationship Id="rId1" Type="{_REL}officeDocument" Target="word/document.xml"/>'
                        '</Relationships>'),
        "word/document.xml": f"<w:document {NS}><w:body>{body}<w:sectPr/></w:body></w:document>",
        "word/_rels/document.xml.rels": ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                                         f'relationships">{rel_xml}</Relationships>'),
    }
    for _kind, name, xml in rels:
        if xml is not None:
            parts[f"word/{name}"] = xml
    if title is not None or description:
        parts["docProps/core.xml"] = (
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            f'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{title or ""}</dc:title>'
            f"<dc:description>{description}</dc:description></cp:coreProperties>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
        for name, data in (raw or {}).items():
            zf.writestr(name, data)
    return buf.getvalue()
