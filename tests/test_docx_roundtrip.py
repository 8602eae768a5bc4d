"""Round trip: a DOCX that speechconv wrote reads back as the document it was written from.

Over the model fixtures (tests/data/model) and over generated models (hypothesis). What the DOCX cannot
tell apart is normalised on the expected side, as the reader documents it (readers/docx/own.py):
neighbouring runs with the same marks are one run, a page title equal to the first speech's title is
not told from no page title, and paragraphs carry no role of their own (the passes give none).
"""
from __future__ import annotations

import io
import json
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import speechconv
from speechconv.model import Document, Heading, Paragraph, Run, Speech
from speechconv.readers.docx.own import CHARACTER_ROLES, PARAGRAPH_ROLES
from speechconv.writers.docx.styles import CHARACTER_STYLES, PARAGRAPH_STYLES

MODELS = sorted((Path(__file__).resolve().parent / "data" / "model").glob("*.json"))


def docx_of(doc: Document, **write) -> bytes:
    buf = io.BytesIO()
    speechconv.write(doc, buf, to="docx", **write)
    return buf.getvalue()


def _merged(runs: tuple[Run, ...]) -> tuple[Run, ...]:
    out: list[Run] = []
    for r in runs:
        if out and replace(out[-1], text="") == replace(r, text=""):
            out[-1] = replace(r, text=out[-1].text + r.text)
        else:
            out.append(r)
    return tuple(out)


def expected(doc: Document) -> Document:
    """Return ``doc`` as a DOCX can hold it (see the module doc)."""
    speeches = tuple(replace(s, blocks=tuple(replace(b, runs=_merged(b.runs)) if isinstance(b, Paragraph) else b
                                             for b in s.blocks)) for s in doc.speeches)
    title = doc.title if doc.title and (not speeches or doc.title != speeches[0].title) else None
    return replace(doc, speeches=speeches, title=title)


def test_the_reader_knows_every_style_the_writer_names():
    assert {name.lower(): role for role, (_id, name, _b) in PARAGRAPH_STYLES.items() if role != "page-number"} \
        == PARAGRAPH_ROLES
    assert {name.lower(): role for role, (_id, name) in CHARACTER_STYLES.items()} == CHARACTER_ROLES


@pytest.mark.parametrize("path", MODELS, ids=[p.stem for p in MODELS])
@pytest.mark.parametrize("variant", [{}, {"embed_fonts": True}])
def test_model_fixtures_come_back_from_their_docx(path, variant):
    doc = Document.from_json(path.read_text("utf-8"))
    back = speechconv.read(docx_of(doc, **variant), name=f"{path.stem}.docx")
    want = expected(doc)
    assert back.speeches == want.speeches
    assert back.title == want.title
    assert back.source.format == "docx" and back.dropped == () and back.warnings == ()


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def _package(parts: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, part in parts.items():
            zf.writestr(name, part)
    return buf.getvalue()


def test_a_docx_edited_in_word_keeps_its_roles_and_takes_the_edits():
    """An edit made in Word: a paragraph added in a custom style based on Normal, one word deleted with
    tracked changes on; the roles stay, the edits are read as the reader reads any DOCX."""
    doc = Document.from_json(MODELS[-1].read_text("utf-8"))
    parts = _parts(docx_of(doc))
    xml = parts["word/document.xml"].decode("utf-8")
    first = doc.speeches[0].blocks[0].text
    added = ('<w:p><w:pPr><w:pStyle w:val="MyBody"/></w:pPr><w:r><w:t>新加的一段话。</w:t></w:r>'
             '<w:del w:id="9" w:author="王"><w:r><w:delText>删掉的词</w:delText></w:r></w:del></w:p>')
    at = xml.index(first[:12])
    at = xml.index("</w:p>", at) + len("</w:p>")
    parts["word/document.xml"] = (xml[:at] + added + xml[at:]).encode("utf-8")
    styles = parts["word/styles.xml"].decode("utf-8")
    parts["word/styles.xml"] = styles.replace("</w:styles>", '<w:style w:type="paragraph" w:styleId="MyBody">'
                                              '<w:name w:val="My Body"/><w:basedOn w:val="Normal"/></w:style>'
                                              "</w:styles>").encode("utf-8")
    back = speechconv.read(_package(parts), name="edited.docx")
    blocks = list(expected(doc).speeches[0].blocks)
    blocks.insert(1, Paragraph.of("新加的一段话。"))
    assert back.speeches[0].blocks == tuple(blocks)
    assert back.speeches[1:] == expected(doc).speeches[1:]
    assert [(d.text, d.reason) for d in back.dropped] == [("删掉的词", "docx: tracked deletion")]


def test_a_docx_of_ours_without_our_comment_is_read_as_any_docx():
    """A colleague who types a new speech into a copy of our DOCX, as a template, and saves it under
    another tool that rewrites the properties: then the passes decide, not the styles."""
    doc = Document.from_json((MODELS[0].parent / "two-speeches.json").read_text("utf-8"))
    parts = _parts(docx_of(doc))
    parts["docProps/core.xml"] = parts["docProps/core.xml"].replace(b"generated by speechconv", b"edited")
    back = speechconv.read(_package(parts), name="x.docx")
    first, want = back.speeches[0], doc.speeches[0]
    assert (first.title, first.byline, first.salutation) == (want.title, want.byline, want.salutation)
    assert first.blocks[1] == want.blocks[1]                       # 一、 found again by the passes
    assert all(b.hints for b in first.blocks if isinstance(b, Paragraph))


# --- generated models --------------------------------------------------------------------------------

_CHARS = list("的一是在了我们要工作会议讲话同志发展建设全面坚持推进人民国家经济社会改革创新学校老师同学") + \
    list("，。、；：！？“”《》—…") + list("0123456789ABCxyz %")
#: characters a heading's text may start with: none that would read as part of a number (一、 第一， 1.)
_HEAD_START = list("要在坚持推进加强全面提高深化建设发展落实")
_LEVEL_NUMBERS = {1: ["一、", "二、", "十一、", "第一，", ""], 2: ["（一）", "（三）", ""], 3: ["1.", "12.", ""],
                  4: ["（1）", "（2）", ""]}

text = st.text(alphabet=_CHARS, min_size=1, max_size=30).map(str.strip).filter(bool)
run = st.builds(Run, text=text, role=st.sampled_from([None, None, "lead"]), bold=st.booleans(),
                italic=st.booleans(), placeholder=st.booleans())
paragraph = st.builds(Paragraph, runs=st.lists(run, min_size=1, max_size=4).map(tuple))


@st.composite
def heading(draw) -> Heading:
    level = draw(st.integers(1, 4))
    head = draw(st.sampled_from(_HEAD_START)) + draw(st.text(alphabet=_CHARS, max_size=20)).rstrip()
    return Heading(level, head, draw(st.sampled_from(_LEVEL_NUMBERS[level])), run_in=draw(st.booleans()))


line = text.filter(lambda t: not (t.startswith("（") and t.endswith("）")))


@st.composite
def speech(draw, titled: bool) -> Speech:
    opt = lambda s: draw(st.one_of(st.none(), s))  # noqa: E731
    salutation = opt(st.lists(line, min_size=1, max_size=2).map("\n".join))
    signature = opt(st.lists(line, min_size=1, max_size=2).map("\n".join))
    return Speech(title=draw(line) if titled else opt(line), subtitle=opt(line), byline=opt(line), date=opt(line),
                  salutation=salutation,
                  blocks=tuple(draw(st.lists(st.one_of(paragraph, heading()), min_size=1, max_size=8))),
                  closing=tuple(draw(st.lists(line, max_size=2))), signature=signature)


@st.composite
def model(draw) -> Document:
    first = draw(speech(False))
    rest = draw(st.lists(speech(True), max_size=2))
    return Document(speeches=(first, *rest), title=draw(st.one_of(st.none(), line)))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(model())
def test_generated_models_come_back_from_their_docx(doc):
    back = speechconv.read(docx_of(doc), name="generated.docx")
    want = expected(doc)
    assert back.speeches == want.speeches
    assert back.title == want.title
    assert json.loads(back.to_json())["speeches"] == json.loads(want.to_json())["speeches"]
