"""DOCX goldens: every XML part written for the model files in tests/data/model/, compared as XML.

Each golden (tests/data/docx/MODEL.VARIANT.xml) holds the package's member list and every XML part in
canonical form (c14n 2.0, blank text stripped) with the creation/modification times, the speechconv
version and the font keys masked. A difference fails with a diff of the first part that differs.

Goldens change only on request: ``SPEECHCONV_UPDATE_GOLDENS=1 python -m pytest tests/test_docx_goldens.py``
rewrites them (then review ``git diff tests/data/docx``).

The same packages are also checked for element order against ECMA-376 (pPr, rPr, sectPr, style,
settings, font) and read back with python-docx, which must give every character of the model's text.
"""
from __future__ import annotations

import difflib
import functools
import io
import os
import re
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from speechconv.model import Document, Heading
from speechconv.profile import _default_table, _merge, profile_from_dict
from speechconv.writers.docx import write_docx

DATA = Path(__file__).resolve().parent / "data"
GOLDENS = DATA / "docx"
MODELS = sorted(p.stem for p in (DATA / "model").glob("*.json"))
UPDATE = os.environ.get("SPEECHCONV_UPDATE_GOLDENS") == "1"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DCTERMS = "http://purl.org/dc/terms/"

#: variant -> [docx] settings merged over the default profile.
VARIANTS = {"office": {}, "embed": {"embed_fonts": True}}
#: (model, variant) pairs with a golden: every model with office names; one with embedded fonts.
CASES = [(m, "office") for m in MODELS] + [("rare-and-blanks", "embed")]


def w(name: str) -> str:
    return f"{{{W}}}{name}"


@functools.lru_cache(maxsize=None)
def build(model: str, variant: str) -> dict[str, bytes]:
    """Return the members of the DOCX written for ``model`` with ``variant``'s profile (written once
    per test session; callers copy before changing it)."""
    doc = Document.from_json((DATA / "model" / f"{model}.json").read_text("utf-8"))
    profile = profile_from_dict(_merge(_default_table(), {"docx": VARIANTS[variant]}))
    buf = io.BytesIO()
    write_docx(doc, buf, profile)
    with zipfile.ZipFile(buf) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def _mask(root: etree._Element) -> None:
    """Replace what changes from run to run or release to release: times, version, font keys."""
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag in (f"{{{DCTERMS}}}created", f"{{{DCTERMS}}}modified"):
            el.text = "TIMESTAMP"
        elif el.text and "speechconv " in el.text:
            el.text = re.sub(r"speechconv \d[\w.+-]*", "speechconv VERSION", el.text)
        if el.get(w("fontKey")):
            el.set(w("fontKey"), "{FONT-KEY}")


def canonical(xml: bytes | etree._Element) -> str:
    """Return the canonical, masked, pretty-printed text of an XML part."""
    parser = etree.XMLParser(remove_blank_text=True)
    root = etree.fromstring(xml, parser) if isinstance(xml, bytes) else \
        etree.fromstring(etree.tostring(xml), parser)
    _mask(root)
    c14n = etree.canonicalize(root, strip_text=True)
    return etree.tostring(etree.fromstring(c14n.encode("utf-8"), parser), pretty_print=True,
                          encoding="unicode")


def xml_members(files: dict[str, bytes]) -> list[str]:
    """Return the XML parts of a package (relationship parts included), in name order."""
    return sorted(n for n in files if n.endswith((".xml", ".rels")))


def golden_tree(model: str, variant: str, files: dict[str, bytes]) -> etree._Element:
    """Return the golden document for a package: member names, then each XML part."""
    root = etree.Element("golden", model=f"{model}.json", variant=variant)
    members = etree.SubElement(root, "members")
    for name in sorted(files):
        etree.SubElement(members, "member", name=name)
    for name in xml_members(files):
        part = etree.SubElement(root, "part", name=name)
        part.append(etree.fromstring(canonical(files[name]).encode("utf-8"),
                                     etree.XMLParser(remove_blank_text=True)))
    return root


def compare(expected: etree._Element, actual: etree._Element) -> str | None:
    """Return a description of the first difference between two goldens, or None when equal."""
    names = lambda t: [m.get("name") for m in t.find("members")]  # noqa: E731
    if names(expected) != names(actual):
        return f"package members differ:\n  expected {names(expected)}\n  actual   {names(actual)}"
    for exp, act in zip(expected.findall("part"), actual.findall("part")):
        a, b = canonical(exp[0]), canonical(act[0])
        if a != b:
            diff = difflib.unified_diff(a.splitlines(), b.splitlines(), "golden", "written", lineterm="", n=2)
            return f"part {exp.get('name')} differs:\n" + "\n".join(list(diff)[:80])
    return None


@pytest.mark.parametrize("model, variant", CASES)
def test_golden(model, variant):
    files = build(model, variant)
    actual = golden_tree(model, variant, files)
    path = GOLDENS / f"{model}.{variant}.xml"
    if UPDATE:
        GOLDENS.mkdir(parents=True, exist_ok=True)
        path.write_bytes(etree.tostring(actual, pretty_print=True, xml_declaration=True, encoding="UTF-8"))
    assert path.is_file(), f"no golden {path}; create it with SPEECHCONV_UPDATE_GOLDENS=1 and review it"
    expected = etree.parse(str(path), etree.XMLParser(remove_blank_text=True)).getroot()
    problem = compare(expected, actual)
    assert problem is None, problem + "\n(if the change is intended: SPEECHCONV_UPDATE_GOLDENS=1)"


def test_every_model_file_has_a_golden():
    assert {m for m, _ in CASES} == set(MODELS) and len(MODELS) >= 3
    on_disk = {p.name for p in GOLDENS.glob("*.xml")}
    assert on_disk == {f"{m}.{v}.xml" for m, v in CASES}, "stale or missing goldens"


def test_comparison_ignores_times_and_version_but_not_text():
    files = build("two-speeches", "office")
    base = golden_tree("two-speeches", "office", files)
    later = dict(files)
    later["docProps/core.xml"] = re.sub(rb"\d{4}-\d\d-\d\dT[\d:]+Z", b"1999-01-01T00:00:00Z",
                                        files["docProps/core.xml"])
    later["docProps/app.xml"] = files["docProps/app.xml"].replace(b"speechconv 0", b"speechconv 9")
    assert compare(base, golden_tree("two-speeches", "office", later)) is None
    changed = dict(files)
    changed["word/document.xml"] = files["word/document.xml"].replace("同志们".encode(), "同学们".encode())
    problem = compare(base, golden_tree("two-speeches", "office", changed))
    assert problem and problem.startswith("part word/document.xml differs") and "同学们" in problem


# --- element order (ECMA-376 Part 1 schemas) ----------------------------------------------------

PPR = ("pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr "
       "shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN "
       "bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc "
       "textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange").split()
RPR = ("rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof "
       "snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd "
       "fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath rPrChange").split()
SECTPR = ("REF footnotePr endnotePr type pgSz pgMar paperSrc pgBorders lnNumType pgNumType cols formProt "
          "vAlign noEndnote titlePg textDirection bidi rtlGutter docGrid printerSettings sectPrChange").split()
STYLE = ("name aliases basedOn next link autoRedefine hidden uiPriority semiHidden unhideWhenUsed qFormat "
         "locked personal personalCompose personalReply rsid pPr rPr tblPr trPr tcPr tblStylePr").split()
FONT = "altName panose1 charset family notTrueType pitch sig embedRegular embedBold embedItalic embedBoldItalic".split()
SETTINGS = ("writeProtection view zoom removePersonalInformation removeDateAndTime "
            "doNotDisplayPageBoundaries displayBackgroundShape printPostScriptOverText "
            "printFractionalCharacterWidth printFormsData embedTrueTypeFonts embedSystemFonts "
            "saveSubsetFonts saveFormsData mirrorMargins alignBordersAndEdges bordersDoNotSurroundHeader "
            "bordersDoNotSurroundFooter gutterAtTop hideSpellingErrors hideGrammaticalErrors "
            "activeWritingStyle proofState formsDesign attachedTemplate linkStyles stylePaneFormatFilter "
            "stylePaneSortMethod documentType mailMerge revisionView trackRevisions doNotTrackMoves "
            "doNotTrackFormatting documentProtection autoFormatOverride styleLockTheme styleLockQFSet "
            "defaultTabStop autoHyphenation consecutiveHyphenLimit hyphenationZone doNotHyphenateCaps "
            "showEnvelope summaryLength clickAndTypeStyle defaultTableStyle evenAndOddHeaders "
            "bookFoldRevPrinting bookFoldPrinting bookFoldPrintingSheets drawingGridHorizontalSpacing "
            "drawingGridVerticalSpacing displayHorizontalDrawingGridEvery displayVerticalDrawingGridEvery "
            "doNotUseMarginsForDrawingGridOrigin drawingGridHorizontalOrigin drawingGridVerticalOrigin "
            "doNotShadeFormData noPunctuationKerning characterSpacingControl printTwoOnOne "
            "strictFirstAndLastChars noLineBreaksAfter noLineBreaksBefore savePreviewPicture "
            "doNotValidateAgainstSchema saveInvalidXml ignoreMixedContent alwaysShowPlaceholderText "
            "doNotDemarcateInvalidXml saveXmlDataOnly useXSLTWhenSaving saveThroughXslt showXMLTags "
            "alwaysMergeEmptyNamespace updateFields hdrShapeDefaults footnotePr endnotePr compat docVars "
            "rsids mathPr attachedSchema themeFontLang clrSchemeMapping doNotIncludeSubdocsInStats "
            "doNotAutoCompressPictures forceUpgrade captions readModeInkLockDown smartTagType "
            "schemaLibrary shapeDefaults doNotEmbedSmartTags decimalSymbol listSeparator").split()
ORDERS = {"pPr": PPR, "rPr": RPR, "sectPr": SECTPR, "style": STYLE, "font": FONT, "settings": SETTINGS}


def _order_problems(root: etree._Element, part: str) -> list[str]:
    """Return the elements of ``root`` whose w: children break their schema sequence."""
    out = []
    for el in root.iter():
        if not isinstance(el.tag, str) or not el.tag.startswith(f"{{{W}}}"):
            continue
        seq = ORDERS.get(etree.QName(el).localname)
        if seq is None:
            continue
        kids = [etree.QName(c).localname for c in el if isinstance(c.tag, str) and c.tag.startswith(f"{{{W}}}")]
        kids = ["REF" if k in ("headerReference", "footerReference") else k for k in kids]
        unknown = [k for k in kids if k not in seq]
        pos = [seq.index(k) for k in kids if k in seq]
        if unknown or pos != sorted(pos) or len(set(kids)) != len(kids) and "REF" not in kids:
            out.append(f"{part}: <{etree.QName(el).localname}> children {kids}")
    return out


@pytest.mark.parametrize("model, variant", CASES)
def test_schema_element_order(model, variant):
    files = build(model, variant)
    problems = [p for name in xml_members(files) if name.startswith("word/")
                for p in _order_problems(etree.fromstring(files[name]), name)]
    assert problems == []


def test_order_check_can_fail():
    bad = etree.fromstring(f'<w:p xmlns:w="{W}"><w:pPr><w:jc w:val="left"/><w:spacing/></w:pPr></w:p>')
    assert _order_problems(bad, "x") == ["x: <pPr> children ['jc', 'spacing']"]


# --- python-docx reads every character back -------------------------------------------------------

def expected_text(doc: Document) -> str:
    """Return the model's text as the DOCX shows it, whitespace removed: the date in （）."""
    parts = []
    for s in doc.speeches:
        date = s.date and (s.date if re.match(r"^[（(].*[）)]$", s.date) else f"（{s.date}）")
        body = [b.label if isinstance(b, Heading) else b.text for b in s.blocks]
        parts += [s.title, s.subtitle, s.byline, date, s.salutation, *body, *s.closing, s.signature]
    return re.sub(r"\s+", "", "".join(p for p in parts if p))


@pytest.mark.parametrize("model, variant", CASES)
def test_python_docx_reads_back_every_character(model, variant):
    files = build(model, variant)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    read = docx.Document(io.BytesIO(buf.getvalue()))
    doc = Document.from_json((DATA / "model" / f"{model}.json").read_text("utf-8"))
    got = re.sub(r"\s+", "", "".join(p.text for p in read.paragraphs))
    assert got == expected_text(doc)
    section = read.sections[0]
    assert section.footer.paragraphs[0].text == section.even_page_footer.paragraphs[0].text == "— 1 —"
    assert read.core_properties.title == (doc.title or doc.speeches[0].title)
