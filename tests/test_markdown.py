"""The Markdown reader: front matter, headings and bold as hints, images warned, links keep their text."""
from __future__ import annotations

import pytest

import speechconv
from speechconv.readers.markdown import front_matter

CLIP = """---
title: "在全校教职工大会上的讲话"
date: 2024-02-26 09:00:00
tags:
- 学校新闻
---
![校长讲话](https://example.invalid/a.jpg)

# 凝心聚力 再创佳绩
**校长 李明**

各位老师：
大家好！新学期开始了。<!--more-->我讲三点意见。

**一、提高站位**

我们要认真学习，深刻领会。

[转入文章首发地址](https://example.invalid/news/1.htm)
"""


def test_front_matter_gives_the_title_and_records_the_rest():
    title, rest, body = front_matter(CLIP)
    assert title == "在全校教职工大会上的讲话"
    assert rest == ["date: 2024-02-26 09:00:00", "tags:", "- 学校新闻"]
    assert body.startswith("![校长讲话]")


@pytest.mark.parametrize("text, title, rest", [
    # a site's own header of key : value lines without fences: name is the title, the rest recorded
    ("name : Blood, Toil, Tears and Sweat / 热血、辛劳、眼泪和汗水\nlevel : 2\npath : essay|speech\n\nI have nothing "
     "to offer.\n", "Blood, Toil, Tears and Sweat / 热血、辛劳、眼泪和汗水", ["level : 2", "path : essay|speech"]),
    # near-misses: one line alone, a line of the speech with a colon, no blank line after the lines
    ("note: read this first\n\nI have nothing to offer.\n", None, []),
    ("Ladies and gentlemen:\nthank you: all of you\n\nToday.\n", None, []),
    ("name : A\nlevel : 2\nI have nothing to offer.\n", None, []),
])
def test_a_header_of_key_value_lines_without_fences_is_front_matter(text, title, rest):
    got_title, got_rest, body = front_matter(text)
    assert (got_title, got_rest) == (title, rest)
    assert body.strip().endswith("offer.") or body.strip().endswith("Today.")


def test_a_clip_reads_as_the_page_it_renders():
    raw = speechconv.read(CLIP.encode("utf-8"), name="clip.md", passes=[])
    assert raw.source.format == "markdown" and raw.title == "在全校教职工大会上的讲话"
    blocks = raw.speeches[0].blocks
    texts = [b.text for b in blocks]
    assert texts[:4] == ["凝心聚力 再创佳绩", "校长 李明", "各位老师：", "大家好！新学期开始了。我讲三点意见。"]
    assert blocks[0].hints.heading == 1 and blocks[1].hints.bold and not blocks[2].hints.bold
    assert "转入文章首发地址" in texts[-1] and "https://" not in texts[-1]
    assert [w.code for w in raw.warnings] == ["image-dropped"]
    assert [d.reason for d in raw.dropped] == ["markdown: front matter"] * 3


def test_the_structure_of_a_clip_is_recognised():
    doc = speechconv.read(CLIP.encode("utf-8"), name="clip.md")
    speech = doc.speeches[0]
    assert speech.title == "凝心聚力 再创佳绩" and speech.byline == "校长 李明"
    assert speech.salutation == "各位老师："
    assert [b.label for b in speech.blocks if hasattr(b, "label")][:1] == ["一、提高站位"]


def test_the_markdown_writer_keeps_a_long_title_whole_and_a_run_in_number_inside_its_bold():
    from speechconv.profile import load_profile
    from speechconv.writers.markdown import render_markdown

    text = ("# 坚定信心 真抓实干 奋力开创高质量发展新局面\n\n同志们：\n\n今天开会。\n\n一、总体要求\n\n"
            "（一）着力扩大有效投资。要紧盯重点项目，加快推进建设。\n\n（二）着力培育新兴产业。要抓住机遇。\n").encode()
    out = render_markdown(speechconv.read(text, format="markdown"), load_profile())
    assert out.startswith("# 坚定信心 真抓实干 奋力开创高质量发展新局面\n")
    assert "**（一）着力扩大有效投资**。要紧盯重点项目" in out
    assert speechconv.read(out.encode(), format="markdown").speeches[0].title == "坚定信心 真抓实干 奋力开创高质量发展新局面"


GLUED = """---
title: 某公司发布内部信
---
网易科技讯2月12日消息，今天，某公司董事长兼CEO张三发布内部信。以下为内部信全文：同事们大家好：今天是复工的第一天。早在春节之前，我和公司领导层一直在密切关注疫情的发展态势，公司在春节期间就成立了疫情指挥部和防控小组。我有责任带领大家做到两不误。**感谢向火而行的“逆行者”**疫情发展至今，我们见证了勇气、责任与担当。我们要**坚持稳中求进**，做好工作。**特别是**在这个时候，更要团结。**特殊时期做好三件事**第一件事是身心健康，公司安排了口罩、测温和消杀。**员工的工资将暂时降低**：降薪幅度为10%。**这些降薪措施将持续到第二季度末。**对于休假的员工，保留福利。
"""

#: The same run of a head between sentences in a paragraph of a few sentences: emphasis, not a lost break.
SHORT = "我们讲了这些。**感谢向火而行的“逆行者”**疫情发展至今，我们见证了勇气。"


def test_bold_heads_glued_between_sentences_become_heads_of_their_own():
    from speechconv.readers.markdown import _split_glued_heads

    body, count = _split_glued_heads(GLUED.split("---\n", 2)[2])
    assert count == 2
    assert "\n\n**感谢向火而行的“逆行者”**\n\n疫情发展至今" in body
    assert "\n\n**特殊时期做好三件事**\n\n第一件事" in body
    # near-misses: emphasis inside a sentence or at its start, a label before its colon, a bold whole sentence
    assert "我们要**坚持稳中求进**，" in body and "\n\n**员工的工资" not in body
    assert "\n\n**这些降薪措施" not in body and "\n\n**特别是" not in body
    assert _split_glued_heads(SHORT) == (SHORT, 0)


def test_glued_heads_are_read_as_headings_and_the_report_names_the_writer():
    doc = speechconv.read(GLUED.encode("utf-8"), name="clip.md")
    speech = doc.speeches[0]
    heads = [b.text for b in speech.blocks if type(b).__name__ == "Heading"]
    assert heads[:1] == ["感谢向火而行的“逆行者”"]
    assert "特殊时期做好三件事" in [b.text for b in speech.blocks]      # a block of its own; the reading judges it
    assert speech.byline == "张三"


def test_a_closing_bold_mark_after_a_sentence_opens_no_head():
    from speechconv.readers.markdown import _split_glued_heads

    line = "**重要的事说三遍。**我们说**强调**这一点。"
    assert _split_glued_heads(line) == (line, 0)
