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
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
#: part kind -> its content type (Word and LibreOffice open a package only with these declared)
_CONTENT = {"document": "document.main+xml", "styles": "styles+xml", "numbering": "numbering+xml",
            "comments": "comments+xml", "footnotes": "footnotes+xml", "endnotes": "endnotes+xml",
            "header": "header+xml", "footer": "footer+xml"}


def _types(parts: list[tuple[str, str]]) -> str:
    """Return [Content_Types].xml declaring ``parts`` ((kind, part name under word/))."""
    overrides = "".join(f'<Override PartName="/word/{name}" ContentType="{_WML}{_CONTENT[kind]}"/>'
                        for kind, name in parts if kind in _CONTENT)
    return ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            f'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>{overrides}</Types>')

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
    declared = [("document", "document.xml")] + [(kind, name) for kind, name, xml in rels if xml is not None]
    parts = {
        "[Content_Types].xml": _types(declared),
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
    return zip_parts(parts, raw or {})


def zip_parts(*groups: dict[str, str | bytes]) -> bytes:
    """Return a zip package (deflated) holding the parts of ``groups`` (name -> content), in order."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for parts in groups:
            for name, data in parts.items():
                zf.writestr(name, data)
    return buf.getvalue()


#: Numbering of the draft: 二、 (the first heading's number was typed, so the list starts at 二) and
#: （一） on the heading styles' levels, 1. for a plain list.
DRAFT_NUMBERING = numbering(
    {10: level(0, "chineseCounting", "%1、") + level(1, "chineseCounting", "（%2）"),
     11: level(0, "decimal", "%1.")},
    {1: (10, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="2"/></w:lvlOverride>'), 2: (11, "")})


def draft() -> bytes:
    """Return a colleague's half-formatted draft: the title in Word's Title style, a typed subtitle,
    byline and date (centred), a typed salutation, the first heading numbered by hand in bold, the
    others auto-numbered through Heading 1 and Heading 2, an auto-numbered 1. list, 一是/二是 leads, a
    closing line, and a comment."""
    center = '<w:jc w:val="center"/>'
    indent = '<w:ind w:firstLineChars="200"/>'
    h1 = '<w:pStyle w:val="1"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
    h2 = '<w:pStyle w:val="2"/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>'
    item = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>' + indent
    body = "".join([
        p("在全市安全生产工作会议上的讲话", '<w:pStyle w:val="a3"/>'),
        p("——在2024年第一季度安全生产例会上", center),
        p("市委副书记 王建华", center),
        p("（2024年3月8日）", center),
        p(),
        p("同志们："),
        p("今天召开全市安全生产工作会议，主要任务是总结去年工作，部署今年任务。刚才，几位同志作了发言，讲得很好。"
          "下面，我讲三点意见。", indent),
        p("一、提高政治站位，切实增强做好安全生产工作的责任感", rpr="<w:b/>"),
        p("安全生产事关人民群众生命财产安全，事关改革发展稳定大局。我们必须始终把安全生产摆在突出位置。", indent),
        p("一是压实党委政府领导责任。各级党委政府要把安全生产纳入重要议事日程，定期研究部署。", indent),
        p("二是压实部门监管责任。各有关部门要按照“三个必须”的要求，切实履行监管职责。", indent),
        p("三是压实企业主体责任。企业主要负责人是安全生产第一责任人，要做到责任到位、投入到位。", indent),
        p("突出工作重点，全力防范化解重大安全风险", h1),
        p("聚焦重点行业领域", h2),
        p("要深入开展安全生产专项整治，重点抓好以下工作：", indent),
        p("排查道路交通安全隐患；", item),
        p("整治建筑施工安全问题；", item),
        p("加强危险化学品全链条监管。", item),
        p("强化应急处置能力", h2),
        '<w:p><w:pPr><w:ind w:firstLineChars="200"/></w:pPr><w:commentRangeStart w:id="1"/><w:r><w:t>各地要健全'
        '应急预案体系，加强应急队伍建设，确保一旦发生险情能够快速响应、有效处置。</w:t></w:r><w:commentRangeEnd '
        'w:id="1"/><w:r><w:commentReference w:id="1"/></w:r></w:p>',
        p("加强组织领导，确保各项措施落地见效", h1),
        p("各级各部门要以对人民高度负责的态度，扎扎实实做好安全生产各项工作，为全市经济社会发展创造良好环境。", indent),
        p("谢谢大家！", indent),
    ])
    comments = (f'<w:comments {NS}><w:comment w:id="1" w:author="李"><w:p><w:r><w:t>预案数字请再核实。</w:t>'
                '</w:r></w:p></w:comment></w:comments>')
    return docx(body, numbering=DRAFT_NUMBERING, extra={"comments": ("comments.xml", comments)})
