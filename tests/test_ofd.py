"""The OFD writer (GB/T 33190-2016): schema-valid parts, the PDF's glyphs at the PDF's places, embedded
font subsets, unique IDs, document information and outline, read back by a third-party OFD reader.

The schemas are the standard's XSDs (tests/data/ofd/xsd, see its README). easyofd (PyPI) is a test-only
dependency (``pip install -e '.[ofd-check]'``); the tests that read with it skip, saying so, without it.
"""
from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from lxml import etree

import speechconv
from speechconv.errors import OutputError
from speechconv.model import Document, Paragraph, Run, Speech
from speechconv.profile import MM, load_profile
from speechconv.writers.flow import flow
from speechconv.writers.ofd import write_ofd
from speechconv.writers.ofd.xmlparts import delta_array, num, steps
from speechconv.writers.pdf import write_pdf

DATA = Path(__file__).resolve().parent / "data"
XSD = DATA / "ofd" / "xsd"
NS = {"ofd": "http://www.ofdspec.org/2016"}
MODELS = ["two-speeches", "long-speech", "rare-and-blanks", "marks"]
SCHEMA_OF = {"OFD": "OFD.xsd", "Document": "Document.xsd", "Res": "Res.xsd", "Page": "Page.xsd"}


@dataclass
class Written:
    """One model written as OFD and as PDF, with the OFD's parts parsed."""

    doc: Document
    ofd: bytes
    pdf: bytes
    notices: list
    parts: dict[str, bytes] = field(default_factory=dict)

    def xml(self, name: str) -> etree._Element:
        return etree.fromstring(self.parts[name])

    def pages(self) -> list[etree._Element]:
        locs = self.xml("Doc_0/Document.xml").xpath("//ofd:Pages/ofd:Page/@BaseLoc", namespaces=NS)
        return [self.xml("Doc_0/" + loc) for loc in locs]


@pytest.fixture(scope="module")
def profile():
    return load_profile(None)


def model(name: str) -> Document:
    """Return a model fixture, or "marks": bold, italic, a blank, Latin words, a glyph no font has."""
    if name != "marks":
        return Document.from_json((DATA / "model" / f"{name}.json").read_text("utf-8"))
    runs = (Run("请"), Run("XX市", placeholder=True), Run("强调", bold=True), Run("斜体", italic=True),
            Run("缺\U00020000字，GDP and CPI 增长 5.2%。"), Run("加粗的一整段话" * 6, bold=True))
    return Document(speeches=(Speech(title="标记", byline="某某", blocks=(Paragraph(runs),)),))


@pytest.fixture(scope="module", params=MODELS)
def written(request, profile) -> Written:
    doc = model(request.param)
    out, pdf = io.BytesIO(), io.BytesIO()
    notices = write_ofd(doc, out, profile)
    write_pdf(doc, pdf, profile)
    w = Written(doc, out.getvalue(), pdf.getvalue(), notices)
    with zipfile.ZipFile(io.BytesIO(w.ofd)) as zf:
        w.parts = {name: zf.read(name) for name in zf.namelist()}
    return w


@pytest.fixture(scope="module")
def schemas() -> dict[str, etree.XMLSchema]:
    return {root: etree.XMLSchema(etree.parse(str(XSD / name))) for root, name in SCHEMA_OF.items()}


def glyphs(page: etree._Element) -> list[tuple[str, float, float]]:
    """Return (character, x, baseline y) in mm of every non-space glyph a Content.xml draws."""
    out = []
    for obj in page.iterfind(".//ofd:TextObject", NS):
        bx, by = (float(v) for v in obj.get("Boundary").split()[:2])
        a, b, c, d, e, f = (float(v) for v in (obj.get("CTM") or "1 0 0 1 0 0").split())
        for code in obj.iterfind("ofd:TextCode", NS):
            x0, y0 = float(code.get("X")), float(code.get("Y"))
            x, y = bx + a * x0 + c * y0 + e, by + b * x0 + d * y0 + f
            deltas = expand_deltas(code.get("DeltaX", ""))
            text = code.text or ""
            assert len(deltas) == len(text) - 1, (text, deltas)
            for k, ch in enumerate(text):
                if ch != " ":
                    out.append((ch, x, y))
                if k < len(deltas):
                    x += a * deltas[k]
    return out


def expand_deltas(value: str) -> list[float]:
    """Return a DeltaX array with its ``g N d`` groups written out."""
    words, out, i = value.split(), [], 0
    while i < len(words):
        if words[i] == "g":
            out += [float(words[i + 2])] * int(words[i + 1])
            i += 3
        else:
            out.append(float(words[i]))
            i += 1
    return out


# ------------------------------------------------------------------ the XML helpers

@pytest.mark.parametrize("value, places, text", [
    (12.5, 3, "12.5"), (0.0, 3, "0"), (-0.0001, 3, "0"), (3.14159, 3, "3.142"), (210, 3, "210"),
    (5.56849, 4, "5.5685"), (-2.25, 3, "-2.25"),
])
def test_numbers_are_short(value, places, text):
    assert num(value, places) == text


@pytest.mark.parametrize("values, text", [
    ([5.5, 5.5, 5.5, 5.5], "g 4 5.5"),
    ([5.5, 5.5, 2.1], "5.5 5.5 2.1"),
    ([1.0, 2.0, 2.0, 2.0, 1.0], "1 g 3 2 1"),
    ([], ""),
])
def test_delta_x_uses_the_g_shorthand_for_three_or_more(values, text):
    assert delta_array(values) == text
    assert expand_deltas(text) == values


def test_rounded_steps_never_drift():
    xs = [28 + k * 5.568493 for k in range(60)]
    at = round(xs[0], 3)
    for x, step in zip(xs[1:], steps(xs)):
        at += step
        assert abs(at - x) <= 0.0005 + 1e-9


# ------------------------------------------------------------------ the package

def test_package_layout(written):
    names = list(written.parts)
    assert names[0] == "OFD.xml"
    pages = [n for n in names if re.fullmatch(r"Doc_0/Pages/Page_\d+/Content\.xml", n)]
    assert pages == [f"Doc_0/Pages/Page_{k}/Content.xml" for k in range(len(pages))]
    assert {"Doc_0/Document.xml", "Doc_0/PublicRes.xml"} <= set(names)
    assert all(n.startswith("Doc_0/Res/font_") and n.endswith(".ttf")
               for n in names if n not in pages and not n.endswith(".xml"))


def test_every_part_is_valid_against_the_standards_schemas(written, schemas):
    seen = set()
    for name, data in written.parts.items():
        if not name.endswith(".xml"):
            continue
        root = etree.fromstring(data)
        assert root.prefix == "ofd" and etree.QName(root).namespace == NS["ofd"]
        kind = etree.QName(root).localname
        schema = schemas[kind]
        assert schema.validate(root), f"{name}: {schema.error_log.last_error}"
        seen.add(kind)
    assert seen == set(SCHEMA_OF)


def test_ids_are_unique_and_references_resolve(written):
    ids: list[int] = []
    for name, data in written.parts.items():
        if name.endswith(".xml"):
            ids += [int(v) for v in etree.fromstring(data).xpath("//@ID")]
    assert len(ids) == len(set(ids))
    document = written.xml("Doc_0/Document.xml")
    assert max(ids) == int(document.findtext("ofd:CommonData/ofd:MaxUnitID", namespaces=NS))
    fonts = {int(v) for v in written.xml("Doc_0/PublicRes.xml").xpath("//ofd:Font/@ID", namespaces=NS)}
    for page in written.pages():
        assert {int(v) for v in page.xpath("//ofd:TextObject/@Font", namespaces=NS)} <= fonts
    page_ids = {int(v) for v in document.xpath("//ofd:Pages/ofd:Page/@ID", namespaces=NS)}
    assert {int(v) for v in document.xpath("//ofd:Dest/@PageID", namespaces=NS)} <= page_ids


def test_page_area_is_a4_in_millimetres(written):
    box = written.xml("Doc_0/Document.xml").findtext("ofd:CommonData/ofd:PageArea/ofd:PhysicalBox",
                                                     namespaces=NS)
    assert box == "0 0 210 297"


def test_glyphs_sit_where_the_pdf_puts_them(written):
    pdfplumber = pytest.importorskip("pdfplumber", reason="pdfplumber reads the PDF's glyph positions")
    with pdfplumber.open(io.BytesIO(written.pdf)) as pdf:
        pdf_pages = [[(c["text"], c["matrix"][4] / MM, (p.height - c["matrix"][5]) / MM)
                      for c in p.chars if c["text"] != " "] for p in pdf.pages]
    ofd_pages = [glyphs(page) for page in written.pages()]
    assert len(ofd_pages) == len(pdf_pages)
    for number, (ours, theirs) in enumerate(zip(ofd_pages, pdf_pages), start=1):
        assert "".join(g[0] for g in ours) == "".join(g[0] for g in theirs), f"page {number}"
        worst = max((max(abs(a[1] - b[1]), abs(a[2] - b[2])) for a, b in zip(ours, theirs)), default=0)
        assert worst <= 0.05, f"page {number}: a glyph is {worst:.3f} mm from the PDF's"


def test_fonts_are_embedded_subsets_with_exactly_the_drawn_characters(written):
    from fontTools.ttLib import TTFont

    res = written.xml("Doc_0/PublicRes.xml")
    assert res.get("BaseLoc") == "Res"
    drawn: dict[str, set[str]] = {}
    for page in written.pages():
        for obj in page.iterfind(".//ofd:TextObject", NS):
            drawn.setdefault(obj.get("Font"), set()).update(
                "".join(c.text or "" for c in obj.iterfind("ofd:TextCode", NS)))
    fonts = res.findall(".//ofd:Font", NS)
    assert {f.get("ID") for f in fonts} == set(drawn)
    for font in fonts:
        data = written.parts["Doc_0/Res/" + font.findtext("ofd:FontFile", namespaces=NS)]
        tt = TTFont(io.BytesIO(data))
        assert {chr(c) for c in tt.getBestCmap()} == drawn[font.get("ID")]
        assert tt["name"].getDebugName(1) == font.get("FontName")
        assert "GSUB" not in tt and "vmtx" not in tt
        assert len(data) < 2000 * len(drawn[font.get("ID")]) + 20000


def test_rare_characters_are_drawn_from_the_fallback_font(profile):
    out = io.BytesIO()
    write_ofd(model("rare-and-blanks"), out, profile)
    with zipfile.ZipFile(out) as zf:
        res = etree.fromstring(zf.read("Doc_0/PublicRes.xml"))
        names = {f.get("ID"): f.get("FontName") for f in res.iterfind(".//ofd:Font", NS)}
        page = etree.fromstring(zf.read("Doc_0/Pages/Page_0/Content.xml"))
    fallback = [o for o in page.iterfind(".//ofd:TextObject", NS)
                if names[o.get("Font")] == "WenQuanYi Micro Hei"]
    assert fallback and all(len(o.findtext("ofd:TextCode", namespaces=NS)) <= 3 for o in fallback)


def test_bold_is_stroked_and_italic_slanted_as_in_the_pdf(profile):
    out = io.BytesIO()
    write_ofd(model("marks"), out, profile)
    with zipfile.ZipFile(out) as zf:
        page = etree.fromstring(zf.read("Doc_0/Pages/Page_0/Content.xml"))
    styled = {}
    for obj in page.iterfind(".//ofd:TextObject", NS):
        text = "".join(c.text for c in obj.iterfind("ofd:TextCode", NS))
        styled[text] = obj
    bold, italic, plain = styled["强调"], styled["斜体"], styled["请XX市"]
    size = float(bold.get("Size"))
    assert bold.get("Stroke") == "true" and float(bold.get("LineWidth")) == pytest.approx(0.03 * size, abs=1e-4)
    assert bold.find("ofd:StrokeColor", NS).get("Value") == "0 0 0"
    a, b, c, d, e, f = (float(v) for v in italic.get("CTM").split())
    top = float(italic.get("Boundary").split()[1])
    assert (a, b, c, d, e) == (1, 0, -0.2, 1, 0) and float(italic.find("ofd:TextCode", NS).get("Y")) == 0
    assert top + f == pytest.approx(float(styled["强调"].get("Boundary").split()[1])
                                    + float(styled["强调"].find("ofd:TextCode", NS).get("Y")), abs=0.01)
    assert plain.get("Stroke") is None and plain.get("CTM") is None
    assert "\U00020000" not in "".join(styled)


def test_page_numbers_are_on_the_outer_side(written):
    for k, page in enumerate(written.pages(), start=1):
        last = page.findall(".//ofd:TextObject", NS)[-1]
        assert last.findtext("ofd:TextCode", namespaces=NS) == f"— {k} —"
        x = float(last.get("Boundary").split()[0])
        assert (x > 105) == (k % 2 == 1)


def test_placeholders_are_highlighted_behind_their_text(written):
    marked = [r.text for s in written.doc.speeches for b in s.blocks for r in getattr(b, "runs", ())
              if r.placeholder]
    paths = [p for page in written.pages() for p in page.iterfind(".//ofd:PathObject", NS)]
    if not marked:
        assert not paths
        return
    assert len(paths) >= len(marked)
    for path in paths:
        assert path.get("Fill") == "true" and path.get("Stroke") == "false"
        assert path.find("ofd:FillColor", NS).get("Value") == "255 247 153"


def test_document_information(written):
    info = written.xml("OFD.xml").find("ofd:DocBody/ofd:DocInfo", NS)
    first = written.doc.speeches[0]
    assert info.findtext("ofd:Title", namespaces=NS) == (written.doc.title or first.title)
    assert info.findtext("ofd:Author", namespaces=NS) == first.byline
    assert info.findtext("ofd:Creator", namespaces=NS) == "speechconv"
    assert info.findtext("ofd:CreatorVersion", namespaces=NS) == speechconv.__version__
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", info.findtext("ofd:CreationDate", namespaces=NS))
    assert re.fullmatch(r"[0-9a-f]{32}", info.findtext("ofd:DocID", namespaces=NS))
    assert written.xml("OFD.xml").findtext("ofd:DocBody/ofd:DocRoot", namespaces=NS) == "Doc_0/Document.xml"


def test_outline_lists_speeches_and_first_level_headings(written, profile):
    document = written.xml("Doc_0/Document.xml")
    got = [(len(e.xpath("ancestor::ofd:OutlineElem", namespaces=NS)), e.get("Title"))
           for e in document.iterfind(".//ofd:OutlineElem", NS)]
    want = [(line.outline, line.text if line.role == "title" else line.spans[0].text)
            for line in flow(written.doc, profile) if line.outline is not None and line.outline <= 1]
    assert [t for _, t in got] == [t for _, t in want]
    assert all(depth <= level for (depth, _), (level, _) in zip(got, want))


def test_same_bytes_for_the_same_input(written, profile):
    again = io.BytesIO()
    write_ofd(written.doc, again, profile)
    assert again.getvalue() == written.ofd


# ------------------------------------------------------------------ read back with easyofd

def test_easyofd_reads_the_model_text_and_page_count(written, profile, tmp_path, monkeypatch):
    pytest.importorskip("easyofd", reason="easyofd (test-only: pip install -e '.[ofd-check]') reads OFD back")
    from easyofd.parser_ofd import OFDParser
    import base64

    monkeypatch.chdir(tmp_path)                  # easyofd unpacks the package into the working folder
    parsed = OFDParser(base64.b64encode(written.ofd).decode("ascii"))()[0]
    pages = parsed["page_info"]
    pdfplumber = pytest.importorskip("pdfplumber", reason="pdfplumber counts the PDF's pages")
    with pdfplumber.open(io.BytesIO(written.pdf)) as pdf:
        assert len(pages) == len(pdf.pages)
    text = []
    for k in sorted(pages):
        items = [t["text"] for t in pages[k]["text_list"]]
        assert items[-1] == f"— {k + 1} —"
        text += items[:-1]
    missing = {n.text[0] for n in written.notices if n.code == "missing-glyph"}
    want = "".join(ch for line in flow(written.doc, profile) for ch in line.text
                   if not ch.isspace() and ch not in missing)
    assert re.sub(r"\s", "", "".join(text)) == want
    assert parsed["default_page_size"] == [0.0, 0.0, 210.0, 297.0]


# ------------------------------------------------------------------ paths and errors

class _BrokenOut(io.RawIOBase):
    def writable(self):
        return True

    def write(self, b):
        raise OSError(28, "No space left on device")


@pytest.mark.parametrize("fmt", ["pdf", "ofd"])
def test_a_full_disk_is_an_output_error_as_for_pdf(fmt, profile):
    doc = Document.from_json((DATA / "model" / "two-speeches.json").read_text("utf-8"))
    with pytest.raises(OutputError, match="disk is full"):
        speechconv.write(doc, _BrokenOut(), to=fmt, profile=profile)


@pytest.mark.parametrize("where, message", [
    ("missing/out", "does not exist"),
    ("out", "already exists"),         # a directory where the file should go
    ("out/", "already exists"),        # an existing file that speechconv did not write
])
def test_bad_output_paths_behave_as_for_pdf(tmp_path, where, message):
    doc = Document.from_json((DATA / "model" / "two-speeches.json").read_text("utf-8"))
    errors = {}
    for fmt in ("pdf", "ofd"):
        target = tmp_path / f"{where.rstrip('/')}.{fmt}"
        if where == "out":
            target.mkdir()
        elif where.endswith("/"):
            target.write_bytes(b"someone else's file")
        with pytest.raises(OutputError) as err:
            speechconv.write(doc, target, overwrite=False)
        assert err.value.path == str(target) and message in err.value.message
        errors[fmt] = str(err.value).replace(f".{fmt}", ".X")
    assert errors["ofd"] == errors["pdf"]
    assert list(tmp_path.rglob("*.part")) == [] and list(tmp_path.rglob(".*")) == []


def test_write_takes_the_format_from_the_suffix(tmp_path):
    doc = Document.from_json((DATA / "model" / "two-speeches.json").read_text("utf-8"))
    speechconv.write(doc, tmp_path / "x.ofd")
    with zipfile.ZipFile(tmp_path / "x.ofd") as zf:
        assert zf.namelist()[0] == "OFD.xml"


def _edited(data: bytes, how: str) -> bytes:
    """Return the OFD ``data`` changed as another program saving it might."""
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(buf, "w") as dst:
        for item in src.infolist():
            part = src.read(item.filename)
            if how == "page" and item.filename.endswith("Page_0/Content.xml"):
                part = part.replace("，".encode(), "。".encode(), 1)
            if how == "info" and item.filename == "OFD.xml":
                part = part.replace(b"</ofd:CreationDate>", b"</ofd:CreationDate><ofd:ModDate>2030-01-01</ofd:ModDate>")
            dst.writestr(item, part)
        if how == "annotation":
            dst.writestr("Doc_0/Annots/Annotations.xml", b"<ofd:Annotations/>")
    return buf.getvalue()


@pytest.mark.parametrize("how, own", [("none", True), ("page", False), ("info", False), ("annotation", False)])
def test_an_unchanged_ofd_of_ours_is_recognised_and_an_edited_one_is_not(tmp_path, how, own):
    from speechconv.outputs import is_own_output

    path = tmp_path / "x.ofd"
    speechconv.write(model("two-speeches"), path)
    if how != "none":
        path.write_bytes(_edited(path.read_bytes(), how))
    assert is_own_output(path) is own


def test_running_convert_again_after_the_input_changed_replaces_its_own_ofd(tmp_path):
    from click.testing import CliRunner
    from speechconv.cli import main

    page = tmp_path / "page.txt"
    page.write_text("在全县工作会议上的讲话\n\n同志们：\n\n今天召开会议，部署今年的工作。\n", "utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["convert", str(page), "--to", "ofd"]).exit_code == 0
    first = page.with_suffix(".ofd").read_bytes()
    page.write_text(page.read_text("utf-8") + "\n大家要抓好落实。\n", "utf-8")
    result = runner.invoke(main, ["convert", str(page), "--to", "ofd"])
    assert result.exit_code == 0, result.output
    assert page.with_suffix(".ofd").read_bytes() != first
    page.with_suffix(".ofd").write_bytes(_edited(page.with_suffix(".ofd").read_bytes(), "page"))
    page.write_text(page.read_text("utf-8") + "\n再补充一句。\n", "utf-8")
    result = runner.invoke(main, ["convert", str(page), "--to", "ofd"])
    assert result.exit_code != 0 and "pass --overwrite" in result.stderr


def test_split_writes_one_ofd_per_speech_numbered_from_one(tmp_path):
    from click.testing import CliRunner
    from speechconv.cli import main

    src = tmp_path / "two.json"
    src.write_text(model("two-speeches").to_json(), "utf-8")
    result = CliRunner().invoke(main, ["convert", str(src), "--to", "ofd", "--split", "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    files = sorted((tmp_path / "out").glob("*.ofd"))
    assert [f.name for f in files] == ["two-1.ofd", "two-2.ofd"]
    for f in files:
        with zipfile.ZipFile(f) as zf:
            first = etree.fromstring(zf.read("Doc_0/Pages/Page_0/Content.xml"))
        codes = [c.text for c in first.iterfind(".//ofd:TextCode", NS)]
        assert codes[-1] == "— 1 —"
