"""Property tests (hypothesis): no input text is ever lost by the passes.

Every non-whitespace character of a page ends up in a speech, the page title, or ``dropped`` — up to
the documented normalisations (widths, quotes, dots and dashes; see bench/structure.conservation_key).
Inputs are built from the pieces real downloads are made of (titles, markers, salutations, headings,
clutter, body sentences) mixed with arbitrary text.
"""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import speechconv
from bench.structure import lost_characters
from speechconv import NoSpeechError

PIECES = [
    "在全市工作会议上的讲话", "讲话篇1", "讲话篇2", "【篇一】", "【篇二】", "范文一：", "第一篇：致辞", "一：", "二：",
    "——在年会上的讲话", "（2024年3月8日）", "张明同志 2009年5月4日", "校长 刘建华", "同志们：", "各位领导、",
    "尊敬的各位来宾，", "亲爱的同学们，大家好！", "一、提高认识", "二、狠抓落实", "（一）加强领导", "(二)压实责任",
    "1.抓好春耕", "2、抓好防汛", "（1）细化分工", "一是要统一思想。思想是行动的先导。", "二是要狠抓落实，不能空谈。",
    "第一，要提高站位。", "第二，要聚焦短板。", "首先，", "最后，祝大家新年快乐！", "谢谢大家！", "中共某某县委",
    "2023年9月23日", "首页>范文>讲话稿>", "时间: 2021-05-06 作者: 小李", "下面是小编为大家整理的讲话稿，仅供参考。",
    "【导语】以下是本站为您整理的《讲话》，希望大家能够喜欢。", "推荐度:", "点击下载文档", "相关文章", "上一篇:年会致辞",
    "Copyright © 2019 版权所有", "3344521", "(未完,全文共1122字,当前显示346字)", "20XX年XX市×××同志", "1.5亿元",
    "他说\"好\"。", "等等...", "关键--干", "法治中国?巾帼", "Never give up, never stop!", "1,000人 10:30",
]
LINE = st.one_of(
    st.sampled_from(PIECES),
    st.text(alphabet=st.sampled_from(list("的一是在了我们要工作会议，。、：；！？,.:;!?()（）“”\"' 0123456789abcXYZ同志讲话篇")),
            min_size=1, max_size=40),
    st.lists(st.sampled_from(PIECES), min_size=2, max_size=4).map("".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(LINE, min_size=1, max_size=25))
def test_every_input_character_is_kept_or_dropped_with_a_reason(lines):
    text = "\n".join(lines)
    if not text.strip():
        return
    try:
        doc = speechconv.read(text.encode("utf-8"), format="text")
    except NoSpeechError:
        return  # everything was clutter: then it is all in ``dropped``, which read() does not return
    lost = lost_characters(text, doc)
    assert not lost, f"lost {dict(lost)}"
    assert all(d.reason for d in doc.dropped)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=20))
def test_reading_is_deterministic_and_json_round_trips(lines):
    data = "\n".join(lines).encode("utf-8")
    try:
        doc = speechconv.read(data, format="text")
    except NoSpeechError:
        return
    assert speechconv.read(data, format="text") == doc
    assert speechconv.Document.from_json(doc.to_json()) == doc


# --- hostile input: nothing but a Document or a SpeechconvError, whatever comes in ---------------------

import io  # noqa: E402
import json  # noqa: E402


from bench.fuzz_html import PIECES as HTML_PIECES  # noqa: E402
from bench.fuzz_html import check as check_html  # noqa: E402
from speechconv import SpeechconvError  # noqa: E402
from speechconv.decode import decode  # noqa: E402
from speechconv.model import Document, Dropped, Heading, Notice, Paragraph, Run, Source, Speech  # noqa: E402
from speechconv.passes import PASSES, run_passes  # noqa: E402
from speechconv.readers.html import read_html  # noqa: E402
from speechconv.readers.text import read_text  # noqa: E402

#: Characters that have broken writers or readers: controls, NUL, lone surrogates, U+FFFE, emoji, RTL.
NASTY = ["\x00", "\x01", "\x0b", "\x1b[2J", "\x7f", "\x85", "\ud800", "\udfff", "\ufffe", "\uffff", "\ufeff",
         "😀", "👍🏽", "مرحبا", "שלום", "\u202e", "𠀀", "\ue000", "\u0301", "\r", "\t", "\u2028", "&", "<", "]]>"]
TEXT = st.one_of(st.text(max_size=40), st.sampled_from(NASTY + PIECES),
                 st.lists(st.sampled_from(NASTY + PIECES), max_size=6).map("".join))
MAYBE = st.one_of(st.none(), TEXT)
HTML = st.lists(st.one_of(st.sampled_from(HTML_PIECES), st.text(max_size=12)), max_size=40).map("".join)
RUNS = st.builds(Run, TEXT, st.one_of(st.none(), st.sampled_from(["lead", "heading1", "body", "no-such-role"])),
                 st.booleans(), st.booleans(), st.booleans())
BLOCKS = st.one_of(st.builds(Paragraph, st.lists(RUNS, max_size=4).map(tuple),
                             st.one_of(st.none(), st.sampled_from(["closing", "no-such-role"]))),
                   st.builds(Heading, st.integers(1, 4), TEXT, TEXT, st.booleans()))
SPEECHES = st.builds(Speech, MAYBE, MAYBE, MAYBE, MAYBE, MAYBE, st.lists(BLOCKS, max_size=6).map(tuple),
                     st.lists(TEXT, max_size=3).map(tuple), MAYBE)
DOCUMENTS = st.builds(Document, st.lists(SPEECHES, max_size=3).map(tuple), MAYBE,
                      st.builds(Source, MAYBE, MAYBE, MAYBE, MAYBE),
                      st.lists(st.builds(Dropped, TEXT, TEXT), max_size=2).map(tuple),
                      st.lists(st.builds(Notice, TEXT, TEXT, TEXT), max_size=2).map(tuple))
JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | TEXT,
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
                        st.sampled_from(["schema", "speeches", "title", "blocks", "type", "runs", "text", "level",
                                         "number", "closing", "source", "dropped", "warnings", "role", "reason"]),
                        inner, max_size=5), max_leaves=15)
QUICK = settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))


def _document_or_refusal(fn, *args, **kwargs):
    """Return what ``fn`` gives, or None when it refused with a SpeechconvError (anything else fails)."""
    try:
        return fn(*args, **kwargs)
    except SpeechconvError as exc:
        assert str(exc) and "\n" not in exc.message
        return None


@QUICK
@given(st.one_of(st.binary(max_size=400), HTML.map(lambda s: s.encode("utf-8", "surrogatepass")),
                 HTML.map(lambda s: s.encode("gb18030", "replace"))))
def test_decode_and_read_any_bytes(data):
    decoded = _document_or_refusal(decode, data)
    assert decoded is None or isinstance(decoded.text, str)
    for fmt in ("html", "text", None):
        doc = _document_or_refusal(speechconv.read, data, format=fmt)
        assert doc is None or isinstance(doc, Document)


@QUICK
@given(st.one_of(st.text(max_size=300), HTML, st.lists(TEXT, max_size=10).map("\n".join)))
def test_both_readers_take_any_str(text):
    for reader in (read_html, read_text):
        doc = _document_or_refusal(reader, text)
        assert doc is None or isinstance(doc, Document)
        if doc is not None:   # no lone surrogate gets past a reader
            shown = "".join(t for s in doc.speeches for t in s.text_parts()) + (doc.title or "")
            assert not any("\ud800" <= ch <= "\udfff" for ch in shown)


@QUICK
@given(DOCUMENTS)
def test_every_pass_takes_any_document(doc):
    for name, fn in PASSES.items():
        assert isinstance(fn(doc), Document), name
    assert isinstance(run_passes(doc), Document)


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(DOCUMENTS)
def test_every_writer_takes_any_document(doc):
    for fmt, magic in (("json", b"{"), ("md", b""), ("docx", b"PK"), ("pdf", b"%PDF-")):
        out = io.BytesIO()
        notices = speechconv.write(doc, out, to=fmt)       # no exception of any kind
        assert out.getvalue().startswith(magic) and all(isinstance(n, Notice) for n in notices)
        if fmt in ("json", "md"):
            out.getvalue().decode("utf-8")                 # always valid UTF-8
    assert Document.from_json(_json_of(doc)).speeches.__len__() == len(doc.speeches)


def _json_of(doc: Document) -> bytes:
    """Return the JSON writer's bytes for ``doc``."""
    out = io.BytesIO()
    speechconv.write(doc, out, to="json")
    return out.getvalue()


@QUICK
@given(st.one_of(JSON, st.fixed_dictionaries({"schema": st.just("speechconv/1"), "speeches": st.lists(JSON)})))
def test_a_json_model_is_read_or_refused_as_a_schema_error(data):
    from speechconv import SchemaError

    try:
        doc = Document.from_json(json.dumps(data))
    except SchemaError:
        return
    for fmt in ("md", "docx"):
        speechconv.write(doc, io.BytesIO(), to=fmt)


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(HTML, st.sampled_from(["utf-8", "gb18030", "big5"]))
def test_html_reading_keeps_every_visible_character(page, encoding):
    data = page.encode(encoding, "replace")
    outcome = check_html(data)
    assert outcome.kind != "crash", outcome.error
    assert not outcome.lost, f"lost {dict(outcome.lost)} of {page!r}"


def test_the_html_conservation_check_can_fail():
    """The check behind the property above sees a reader that drops text."""
    from unittest import mock

    real = read_html

    def lossy(html, source=None, **kwargs):
        doc = real(html, source, **kwargs)
        return doc.evolve(dropped=())

    with mock.patch("speechconv.readers.html.read_html", lossy):
        outcome = check_html("<nav>首页 讲话稿</nav><div><p>同志们：今天，我们开会。</p></div>".encode())
    assert outcome.lost["首"] == 1
