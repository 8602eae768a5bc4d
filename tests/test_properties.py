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
