"""Restyling Word drafts: what the DOCX reader gives the passes is enough to find a speech's structure,
whether the draft marks it by typed numbers, by heading styles with auto-numbers, or by presentation;
and a web page saved as a Word file is read as its article."""
from __future__ import annotations

from pathlib import Path

import speechconv
from speechconv.model import Heading, Paragraph

from .docx_build import docx, p

DRAFT = Path(__file__).resolve().parent / "data" / "docx-in" / "draft.docx"
INDENT = '<w:ind w:firstLineChars="200"/>'


def outline(speech) -> list[str]:
    """Return a speech's body as short lines: headings with level and number, leads, paragraph starts."""
    out = []
    for b in speech.blocks:
        if isinstance(b, Heading):
            out.append(f"h{b.level} {b.number}{b.text}")
        elif b.runs[0].role == "lead":
            out.append(f"lead {b.runs[0].text}")
        else:
            out.append(f"p {b.text[:8]}")
    return out


def test_a_half_formatted_draft_is_restyled():
    doc = speechconv.read(DRAFT)
    s = doc.speeches[0]
    assert len(doc.speeches) == 1
    assert (s.title, s.subtitle, s.byline, s.date, s.salutation, s.closing, s.signature) == (
        "在全市安全生产工作会议上的讲话", "——在2024年第一季度安全生产例会上", "市委副书记 王建华", "（2024年3月8日）",
        "同志们：", ("谢谢大家！",), None)
    assert outline(s) == [
        "p 今天召开全市安全",
        "h1 一、提高政治站位，切实增强做好安全生产工作的责任感",          # typed number, bold
        "p 安全生产事关人民",
        "lead 一是压实党委政府领导责任。", "lead 二是压实部门监管责任。", "lead 三是压实企业主体责任。",
        "h1 二、突出工作重点，全力防范化解重大安全风险",                  # Heading 1, auto-numbered from 二
        "h2 （一）聚焦重点行业领域",                                    # Heading 2, auto-numbered
        "p 要深入开展安全生",
        "p 1.排查道路交通", "p 2.整治建筑施工", "p 3.加强危险化学",   # a 1. list (Normal style): body
        "h2 （二）强化应急处置能力",
        "p 各地要健全应急预",
        "h1 三、加强组织领导，确保各项措施落地见效",
        "p 各级各部门要以对",
    ]
    assert [(d.text, d.reason) for d in doc.dropped] == [("预案数字请再核实。", "docx: comment")]


def test_headings_marked_only_by_a_heading_style_are_found():
    body = "".join([
        p("关于做好春季防火工作的讲话", '<w:pStyle w:val="a3"/>'), p("同志们："),
        p("今天的会议很重要，我讲几点意见，请大家认真抓好落实，确保春季防火工作万无一失。", INDENT),
        p("统一思想认识", '<w:pStyle w:val="1"/>'),
        p("春季是森林火灾高发期，各地要充分认识做好防火工作的重要性和紧迫性，切实增强责任感。", INDENT),
        p("狠抓工作落实", '<w:pStyle w:val="1"/>'),
        p("要层层压实责任，严格落实各项防火措施，加强巡查值守，确保不发生重大火灾。", INDENT),
        p("谢谢大家！", INDENT)])
    s = speechconv.read(docx(body), name="fire.docx").speeches[0]
    assert (s.title, s.salutation, s.closing) == ("关于做好春季防火工作的讲话", "同志们：", ("谢谢大家！",))
    assert outline(s) == ["p 今天的会议很重要", "h1 统一思想认识", "p 春季是森林火灾高", "h1 狠抓工作落实", "p 要层层压实责任，"]


def _link(text: str) -> str:
    return f'<w:p><w:hyperlink r:id="rId99"><w:r><w:t>{text}</w:t></w:r></w:hyperlink></w:p>'


def _linked(text: str, tail: str) -> str:
    return f'<w:p><w:hyperlink r:id="rId99"><w:r><w:t>{text}</w:t></w:r></w:hyperlink><w:r><w:t>{tail}</w:t></w:r></w:p>'


def test_a_web_page_saved_as_a_word_file_is_read_as_its_article():
    body = "".join(
        [p("今天是")] + [_link(t) for t in ("首页", "新闻中心", "校长专栏", "学校概况")]
        + [p("推荐阅读", '<w:pStyle w:val="WPSHeading"/>')]
        + [_linked(f"2024年新年献词：启航新征程{i}", f"[01-1{i}]") for i in range(4)]
        + [_linked("当前位置：首页", " > 校长专栏"), p("校长专栏", '<w:pStyle w:val="WPSHeading"/>'),
           p("在2024年秋季开学典礼上的讲话", '<w:pStyle w:val="2"/>'),
           p("文章来源：本站原创 作者：王琛 发布时间：2024年09月02日"),
           p("在2024年秋季开学典礼上的讲话", '<w:pStyle w:val="a3"/>'),
           p("老师们、同学们："),
           p("金秋九月，我们迎来了新学年。首先，我代表学校向新同学表示热烈欢迎！", INDENT),
           p("新学年，希望同学们勤学善思，珍惜时光，在学习中不断成长，在实践中增长才干。", INDENT),
           p("最后，祝大家新学期学习进步、工作顺利！", INDENT),
           _linked("上一篇：", "2024年新年献词"), _link("网站地图"), _link("校长信箱"),
           p("绍兴市第一中学 版权所有 地址：站前大道1898号")])
    doc = speechconv.read(docx(body, title="在2024年秋季开学典礼上的讲话--校长专栏-绍兴市第一中学"), name="page.docx")
    s = doc.speeches[0]
    assert len(doc.speeches) == 1
    assert (s.title, s.salutation) == ("在2024年秋季开学典礼上的讲话", "老师们、同学们：")
    assert [b.text[:6] for b in s.blocks if isinstance(b, Paragraph)] == ["金秋九月，我", "新学年，希望", "最后，祝大家"]
    assert doc.title == "在2024年秋季开学典礼上的讲话"
    outside = [d.text for d in doc.dropped if d.reason == "docx: outside the main content (a saved web page)"]
    assert outside[:2] == ["今天是", "推荐阅读"] and "绍兴市第一中学 版权所有 地址：站前大道1898号" in outside
    assert {d.reason for d in doc.dropped} >= {"docx: link list"}


def test_a_draft_with_a_few_links_is_not_taken_for_a_web_page():
    body = "".join([p("关于网络安全工作的讲话", '<w:pStyle w:val="a3"/>'), p("同志们："),
                    _linked("请登录", "统一平台填报，网址见通知。"), _linked("参考", "国家标准。"),
                    p("谢谢大家！")])
    doc = speechconv.read(docx(body), name="net.docx")
    assert not [d for d in doc.dropped if "main content" in d.reason]
    assert doc.speeches[0].title == "关于网络安全工作的讲话"
