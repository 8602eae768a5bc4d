"""The HTML reader: block boundaries, run marks, Word HTML, tables, images, furniture, safety and limits.

Most checks read with ``passes=[]`` so that they test what the reader gives, not what the clean-up and
structure passes make of it.
"""
from __future__ import annotations

import re
import socket
import time

import pytest

import speechconv
from speechconv.errors import InputError
from speechconv.limits import Limits
from speechconv.readers import html as reader
from speechconv.readers.sites import SITE_RULES

BODY = "今天，我们召开全市工作会议，研究部署下一阶段的重点任务。"


def _raw(page: str | bytes):
    """Return the reader's document for ``page`` (no passes)."""
    return speechconv.read(page if isinstance(page, bytes) else page.encode("utf-8"), format="html",
                           passes=[])


def _texts(page: str | bytes) -> list[str]:
    """Return the texts of the blocks the reader gives for ``page``."""
    return [b.text for b in _raw(page).speeches[0].blocks]


def _runs(page: str) -> list[tuple[str, bool, bool]]:
    """Return (text, bold, italic) for every run of every block."""
    return [(r.text, r.bold, r.italic) for b in _raw(page).speeches[0].blocks for r in b.runs]


def test_block_elements_keep_their_boundaries():
    page = ("<body><div><p>第一段，有标点。</p><div>第二段，有标点。</div>第三行，有标点。<br>第四行，有标点。"
            "<h3>小标题</h3><ul><li>第一项，有标点。</li><li>第二项，有标点。</li></ul>"
            "<blockquote>引文，有标点。</blockquote><table><tr><td>单元格一，有标点。</td></tr>"
            "<tr><td>单元格二，有标点。</td></tr></table><h6>六级标题</h6></div></body>")
    assert _texts(page) == ["第一段，有标点。", "第二段，有标点。", "第三行，有标点。", "第四行，有标点。", "小标题",
                            "第一项，有标点。", "第二项，有标点。", "引文，有标点。", "单元格一，有标点。",
                            "单元格二，有标点。", "六级标题"]


def test_bold_and_italic_become_run_marks():
    page = ("<p><strong>一是加强领导。</strong>要落实责任，<b>狠抓落实</b>，"
            "<span style='font-weight: bold'>粗体样式</span>，<span style=\"font-weight:700\">七百</span>，"
            "<em>强调</em>，<i>斜体</i>，<span style='font-style:italic'>斜体样式</span>。</p>")
    runs = _runs(page)
    bold = [t for t, b, _ in runs if b]
    italic = [t for t, _, i in runs if i]
    assert bold == ["一是加强领导。", "狠抓落实", "粗体样式", "七百"]
    assert italic == ["强调", "斜体", "斜体样式"]


def test_normal_weight_inside_bold_and_word_bidi_weight():
    page = ("<p><strong>加粗<span style='font-weight:normal'>不加粗</span></strong>，"
            "<b style='mso-bidi-font-weight:normal'>仍然加粗</b>，"
            "<span style='mso-bidi-font-weight:bold'>复杂文种加粗不算</span>。</p>")
    runs = _runs(page)
    assert [t for t, b, _ in runs if b] == ["加粗", "仍然加粗"]
    assert any(t.startswith("不加粗") and not b for t, b, _ in runs)


WORD_PAGE = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv=Content-Type content="text/html; charset=gb2312"><meta name=Generator content="Microsoft Word 15">
<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>办公室</o:Author></o:DocumentProperties></xml><![endif]-->
<style><!-- p.MsoNormal {mso-style-parent:""; font-family:宋体;} --></style></head>
<body lang=ZH-CN><div class=WordSection1>
<p class=MsoNormal><span style='font-size:16.0pt;font-family:仿宋_GB2312'>同志们：<o:p></o:p></span></p>
<p class=MsoNormal style='text-indent:32.0pt'><span style='font-family:仿宋_GB2312'>今天&nbsp;&nbsp;我们开会，<font
color=red>研究</font>工作。<span lang=EN-US><o:p>&nbsp;</o:p></span></span></p>
<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=EN-US
style='font-family:黑体'><span style='mso-list:Ignore'>一、<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]><span style='font-family:黑体'>总体要求<o:p></o:p></span></p>
<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><![if !supportLists]><span lang=EN-US
style='font-family:Symbol'><span style='mso-list:Ignore'>&#61623;<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;
</span></span></span><![endif]><span>要点一，有标点。</span></p>
<p class=MsoNormal><span style='mso-hide:all'>隐藏的修订</span>正文，有标点。</p>
</div></body></html>"""


def test_word_html_reads_cleanly():
    texts = _texts(WORD_PAGE.encode("gbk"))
    assert [t.replace("\u00a0", " ") for t in texts] == ["同志们：", "今天 我们开会，研究工作。", "一、 总体要求",
                                                         "要点一，有标点。", "正文，有标点。"]
    joined = "".join(texts)
    assert "mso" not in joined and "Microsoft" not in joined and "办公室" not in joined


def test_data_table_becomes_paragraphs_with_a_warning():
    page = (f"<div><p>{BODY}主要指标如下：</p><table border=1><tr><th>指标</th><th>目标</th></tr>"
            "<tr><td>新增就业（万人）</td><td>1.2</td></tr><tr><td>城镇化率</td><td>65%</td></tr></table>"
            f"<p>{BODY}</p></div>")
    doc = _raw(page)
    texts = [b.text for b in doc.speeches[0].blocks]
    assert texts[1:4] == ["指标｜目标", "新增就业（万人）｜1.2", "城镇化率｜65%"]
    notice = [w for w in doc.warnings if w.code == "table-flattened"]
    assert len(notice) == 1 and "3 rows" in notice[0].text and "指标" in notice[0].text


def test_layout_table_around_the_article_gives_no_warning():
    page = ("<table><tr><td><a href='/'>首页</a><br><a href='/a'>栏目</a></td>"
            f"<td><p>{BODY}</p><p>{BODY}</p><p>谢谢大家！</p></td></tr></table>")
    doc = _raw(page)
    assert [b.text for b in doc.speeches[0].blocks] == [BODY, BODY, "谢谢大家！"]
    assert not doc.warnings


def test_images_in_the_article_are_named_in_a_warning_and_logos_are_not():
    page = (f"<div class=logo><img src='/logo.png'></div><div><p>{BODY}</p>"
            f"<p><img src='photo/meeting.jpg' alt='会议现场'></p><p>{BODY}</p></div>")
    doc = _raw(page)
    assert [(w.code, w.text) for w in doc.warnings] == [("image-dropped", "photo/meeting.jpg")]


def test_short_hidden_text_is_dropped_and_long_hidden_text_kept():
    hidden_rest = "这是后半篇讲话，网站把它藏在展开全文按钮后面。但它仍然是讲话的一部分，一个字也不能丢。"
    page = (f"<div><p>今天<span style='display:none'>某某网版权所有</span>我们开会，研究工作。</p>"
            f"<div style='display: none'><p>{hidden_rest}</p></div></div>")
    doc = _raw(page)
    texts = [b.text for b in doc.speeches[0].blocks]
    assert texts == ["今天我们开会，研究工作。", hidden_rest]
    assert ("某某网版权所有", "html: hidden text") in [(d.text, d.reason) for d in doc.dropped]


CENTRED = ("<div class=conTxt><p style='text-align:center'><span style='font-family:仿宋;font-size:21px'>"
           "——在全市表彰大会上的讲话</span><span style='font-family:仿宋;font-size:21px'>\n</span>"
           "<span style='font-family:楷体;font-size:19px'>王</span>  <span style='font-family:楷体'>明</span></p>"
           f"<p>同志们：</p><p>{BODY}</p><p>{BODY}</p></div>")


def test_centred_line_break_with_a_font_change_splits_subtitle_and_speaker():
    assert _texts(CENTRED)[:2] == ["——在全市表彰大会上的讲话", "王 明"]


@pytest.mark.parametrize("change", [
    ("text-align:center", "text-align:left"),  # not centred: the newline is just a space
    ("font-family:楷体;font-size:19px", "font-family:仿宋;font-size:21px"),  # no font change
])
def test_no_split_without_centring_or_font_change(change):
    page = CENTRED.replace(*change)
    assert _texts(page)[0].replace(" ", "") == "——在全市表彰大会上的讲话王明"


def test_preformatted_text_keeps_its_lines():
    page = f"<pre>同志们：\n{BODY}\n谢谢大家！</pre>"
    assert _texts(page) == ["同志们：", BODY, "谢谢大家！"]


def test_link_lists_inside_the_article_are_dropped():
    page = (f"<div><p>{BODY}</p><p>{BODY}</p><p>看了本文的人还看了：</p>"
            "<p><a href='/1.html'>1.另一篇讲话稿</a></p><p><a href='/2.html'>2.又一篇讲话稿</a></p>"
            f"<p>{BODY}</p><p><a href='/3.html'>一个链接单独成行</a></p><p>{BODY}</p></div>")
    doc = _raw(page)
    texts = [b.text for b in doc.speeches[0].blocks]
    assert texts == [BODY, BODY, BODY, "一个链接单独成行", BODY]
    assert [d.text for d in doc.dropped if d.reason == "html: link list"] == [
        "看了本文的人还看了：", "1.另一篇讲话稿", "2.又一篇讲话稿"]


def test_comment_box_and_related_list_inside_the_container_are_furniture():
    page = (f"<div class=post><h1>标题</h1><div class=text><p>{BODY}</p><p>{BODY}</p><p>{BODY}</p></div>"
            "<div class=comment-list><p>网友：写得很好，很实用，谢谢分享！</p><p>网友：学习了，收藏。</p></div>"
            "<ul class=xgwz><li><a href=/1>相关一</a>，摘要，很长。</li><li><a href=/2>相关二</a>，摘要。</li></ul></div>")
    doc = _raw(page)
    assert [b.text for b in doc.speeches[0].blocks] == [BODY] * 3
    assert any("写得很好" in d.text for d in doc.dropped)


def test_page_headline_is_the_title():
    page = (f"<html><head><title>讲话稿_范文网</title></head><body><h1>在全市工作会议上的讲话</h1>"
            f"<div><p>{BODY}</p><p>{BODY}</p></div></body></html>")
    assert _raw(page).title == "在全市工作会议上的讲话"
    assert _raw(page.replace("<h1>在全市工作会议上的讲话</h1>", "")).title == "讲话稿"


# --- safety -----------------------------------------------------------------------------------------

def test_xml_entities_are_never_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET-PASSWD", "utf-8")
    page = (f'<?xml version="1.0"?>\n<!DOCTYPE html [\n<!ENTITY xxe SYSTEM "file://{secret}">\n'
            f'<!ENTITY % remote SYSTEM "file://{secret}"> %remote;\n'
            '<!ENTITY lol "哈哈哈哈哈哈哈哈"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>\n'
            f"<html><body><p>{BODY}&xxe;</p><p>{BODY}&lol2;</p></body></html>")
    doc = _raw(page)
    everything = "".join(b.text for b in doc.speeches[0].blocks) + "".join(d.text for d in doc.dropped)
    assert "TOPSECRET" not in everything
    assert "哈哈" not in everything
    assert "%remote" not in everything and "]>" not in everything


def test_nothing_is_fetched(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    page = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">'
            '<html><head><link rel=stylesheet href="http://example.invalid/a.css">'
            '<script src="http://example.invalid/a.js"></script></head><body>'
            '<iframe src="http://example.invalid/frame"></iframe><img src="http://example.invalid/a.png">'
            f'<p>{BODY}</p><object data="http://example.invalid/x.swf"></object></body></html>')
    assert _texts(page) == [BODY]


def test_scripts_never_run_and_their_text_is_gone():
    page = (f"<p>{BODY}</p><script>document.write('<p>脚本写出的文字，。</p>')</script>"
            "<noscript>请启用脚本，。</noscript>")
    assert _texts(page) == [BODY]


def test_pages_over_the_size_limit_are_refused():
    with pytest.raises(InputError, match="limit"):
        reader.read_html("<p>" + "字" * 2000 + "</p>", limits=Limits(html_chars=1000))
    with pytest.raises(InputError, match="limit"):
        speechconv.read(("<p>" + "字" * 2000 + "</p>").encode("utf-8"), format="html", max_bytes=1000)
    with pytest.raises(InputError, match="limit"):
        speechconv.read(text="<p>" + "字" * 2000 + "</p>", format="html", max_bytes=1000)
    assert Limits().html_chars == 20 * 1024 * 1024


def test_deeply_nested_page_does_not_crash():
    depth = 100_000
    page = "<html><body>" + "<div>" * depth + f"<p>{BODY}</p><p>{BODY}</p>" + "</div>" * depth + "</body></html>"
    start = time.perf_counter()
    assert _texts(page) == [BODY, BODY]
    assert time.perf_counter() - start < 120


# --- decoding through the API -----------------------------------------------------------------------

def test_broken_bytes_give_a_warning_with_the_offset():
    head = '<html><head><meta charset="gbk"></head><body><p>'.encode("ascii")
    data = head + BODY.encode("gbk") + b"\xff" + BODY.encode("gbk") + b"</p></body></html>"
    doc = speechconv.read(data, format="html", passes=[])
    notice = [w for w in doc.warnings if w.code == "broken-bytes"]
    assert len(notice) == 1
    assert f"offset {len(head) + len(BODY.encode('gbk'))}" in notice[0].text
    assert doc.source.encoding == "gb18030"


def test_clean_pages_have_no_replacement_character():
    data = ('<meta charset="gb2312"><p>' + BODY + "</p>").encode("gbk")
    doc = speechconv.read(data, format="html")
    assert "\ufffd" not in "".join(t for s in doc.speeches for t in s.text_parts())
    assert not [w for w in doc.warnings if w.code in ("broken-bytes", "replacement-char")]


# --- the site rules table -----------------------------------------------------------------------------

def test_site_rules_are_valid_data():
    import soupsieve

    assert SITE_RULES
    for rule in SITE_RULES:
        assert rule.site and (rule.sign or rule.marker) and rule.content
        for pattern in (rule.sign, rule.marker):
            if pattern:
                re.compile(pattern)
        for selector in rule.content + rule.drop:
            soupsieve.compile(selector)


def test_a_site_rule_finds_the_article_and_names_the_site():
    page = ("<html><head><title>讲话稿_学习啦</title></head><body><div class=side><p>侧栏，很多标点，。，。，。</p></div>"
            f"<div id=contentText><p>{BODY}</p><p>{BODY}</p><div class=tjd>推荐度：</div></div></body></html>")
    doc = _raw(page)
    assert doc.source.site == "xuexila.com"
    assert [b.text for b in doc.speeches[0].blocks] == [BODY, BODY]


def test_indented_source_lines_are_paragraphs():
    page = f"<div class=content>　　同志们：\n　　{BODY}\n　　谢谢大家！\n</div>"
    assert [t.strip("\u3000") for t in _texts(page)] == ["同志们：", BODY, "谢谢大家！"]
    assert len(_texts(f"<p>{BODY}\n{BODY}</p>")) == 1  # a plain source line break is a space


def test_single_file_web_page_is_unwrapped():
    import quopri

    html = (f'<html><head><meta http-equiv=Content-Type content="text/html; charset=gb2312"></head><body>'
            f'<div class=WordSection1><p class=MsoNormal>同志们：</p><p class=MsoNormal>{BODY}</p>'
            '<p><img src="jianghua.files/image001.png"></p></div></body></html>')
    part = quopri.encodestring(html.encode("gbk")).decode("ascii").replace("\n", "\r\n")
    boundary = "----=_NextPart_01DA0000.12345678"
    mht = (f'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="{boundary}"\r\n\r\n'
           f"此文档为“单个文件网页”。\r\n\r\n--{boundary}\r\nContent-Location: file:///C:/jianghua.htm\r\n"
           "Content-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset=\"gb2312\"\r\n\r\n"
           f"{part}\r\n--{boundary}\r\nContent-Location: file:///C:/jianghua.files/image001.png\r\n"
           "Content-Transfer-Encoding: base64\r\nContent-Type: image/png\r\n\r\niVBORw0KGgo=\r\n\r\n"
           f"--{boundary}--\r\n").encode("gbk")
    doc = speechconv.read(mht, name="jianghua.mht", passes=[])
    assert doc.source.encoding == "gb18030"
    assert [b.text for b in doc.speeches[0].blocks] == ["同志们：", BODY]
    assert [(w.code, w.text) for w in doc.warnings] == [("image-dropped", "jianghua.files/image001.png")]


# --- nothing the browser shows is lost ------------------------------------------------------------------

def test_text_after_a_stray_body_end_tag_is_kept():
    doc = _raw(f"<html><body><div><p>{BODY}</p></div></body>落在页尾的文字</html>")
    assert ("落在页尾的文字", "html: outside the main content") in [(d.text, d.reason) for d in doc.dropped]


def test_text_between_table_rows_is_kept_when_the_table_is_flattened():
    page = (f"<div><p>{BODY}</p><p>{BODY}</p><table><tr><td>姓名</td><td>职务</td></tr>表外的字<tr><td>张三</td>"
            "<td>书记</td></tr></table></div>")
    doc = _raw(page)
    assert [w.code for w in doc.warnings] == ["table-flattened"]
    assert [b.text for b in doc.speeches[0].blocks][2:] == ["表外的字", "姓名｜职务", "张三｜书记"]


def test_word_list_bullets_are_dropped_with_a_reason():
    page = (f"<div><p class=MsoListParagraph><span style='mso-list:Ignore'>·</span>{BODY}</p>"
            f"<p>{BODY}</p></div>")
    doc = _raw(page)
    assert [b.text for b in doc.speeches[0].blocks] == [BODY, BODY]
    assert [(d.text, d.reason) for d in doc.dropped] == [("·", "html: Word list bullet")]


def test_an_xhtml_page_prints_no_parser_warning():
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        warnings.filterwarnings("ignore", category=DeprecationWarning)
        assert _texts(f'<?xml version="1.0"?><p>{BODY}</p>') == [BODY]


def test_a_dash_subtitle_said_twice_above_the_content_keeps_its_second_copy_recorded():
    # the fuzzer found a page whose headline block stood twice: one ——subtitle is the speech's, the
    # other copy stays recorded as dropped (it was removed with the first, and its text went silently)
    block = "<div class=t><h1>永远铭记老校长</h1><h2>—— 在建校一百周年纪念大会上的发言</h2></div>"
    page = ("<html><body><div class=nav><a href='/'>首页</a></div>" + block + block +
            "<div class=content><p>今天是学校建校一百周年的日子。我们怀着崇敬的心情纪念老校长。</p>"
            "<p>今天，学校已经发展成为一所现代化学校。我们要继承老校长的精神。</p></div></body></html>")
    doc = speechconv.read(page.encode(), format="html", passes=[])
    assert doc.speeches[0].subtitle == "—— 在建校一百周年纪念大会上的发言"
    assert [d.text for d in doc.dropped].count("—— 在建校一百周年纪念大会上的发言") == 1


def test_a_subtitle_line_under_the_readers_subtitle_is_recorded_not_lost():
    # the headline's ——subtitle is the speech's; the same line said again at the top of the content,
    # read as a subtitle too, is recorded as dropped (the fuzzer found it gone without a word)
    page = ("<html><body><div class=t><h1>永远铭记老校长</h1><h2>—— 在建校一百周年纪念大会上的发言</h2></div>"
            "<div class=content><p>永远铭记老校长</p><p>—— 在建校一百周年纪念大会上的发言</p>"
            "<p>今天是学校建校一百周年的日子。我们怀着崇敬的心情纪念老校长。</p>"
            "<p>今天，学校已经发展成为一所现代化学校。我们要继承老校长的精神。</p></div></body></html>")
    doc = speechconv.read(page.encode(), format="html")
    assert doc.speeches[0].subtitle == "—— 在建校一百周年纪念大会上的发言"
    assert ("—— 在建校一百周年纪念大会上的发言", "structure: subtitle said again") in \
        [(d.text, d.reason) for d in doc.dropped]


# --- list items: the number a browser shows, and the list hint ------------------------------------------

def _listed(page: str) -> list[tuple[str, str | None]]:
    """Return (text, list hint) for every block the reader gives for ``page`` inside a body of text."""
    doc = _raw(f"<body><div><p>{BODY}</p>{page}<p>{BODY}</p></div></body>")
    assert doc.dropped == ()       # a number is added, nothing is removed
    return [(b.text, b.hints.list) for b in doc.speeches[0].blocks][1:-1]


LISTS = [
    ("ol", "<ol><li>甲。</li><li>乙。</li></ol>", [("1. 甲。", "ol"), ("2. 乙。", "ol")]),
    ("start", '<ol start="9"><li>甲</li><li>乙</li></ol>', [("9. 甲", "ol"), ("10. 乙", "ol")]),
    ("type a", '<ol type="a"><li>甲</li><li>乙</li></ol>', [("a. 甲", "ol"), ("b. 乙", "ol")]),
    ("type A", '<ol type="A" start="27"><li>甲</li></ol>', [("AA. 甲", "ol")]),
    ("type i", '<ol type="i" start="4"><li>甲</li></ol>', [("iv. 甲", "ol")]),
    ("type I", '<ol type="I"><li>甲</li><li>乙</li></ol>', [("I. 甲", "ol"), ("II. 乙", "ol")]),
    ("li value", '<ol><li>甲</li><li value="7">乙</li><li>丙</li></ol>',
     [("1. 甲", "ol"), ("7. 乙", "ol"), ("8. 丙", "ol")]),
    ("li type", '<ol><li>甲</li><li type="a">乙</li></ol>', [("1. 甲", "ol"), ("b. 乙", "ol")]),
    ("reversed", "<ol reversed><li>甲</li><li>乙</li><li>丙</li></ol>",
     [("3. 甲", "ol"), ("2. 乙", "ol"), ("1. 丙", "ol")]),
    ("inline style type", '<ol style="list-style-type: upper-roman"><li>甲</li></ol>', [("I. 甲", "ol")]),
    ("bad start", '<ol start="x"><li>甲</li></ol>', [("1. 甲", "ol")]),
    ("whitespace before the text", "<ol><li>\n  <span>甲</span></li></ol>", [("1. 甲", "ol")]),
    ("items in paragraphs: the first opens the item",
     "<ol><li><p>甲。</p><p>续。</p></li><li><p>乙。</p></li></ol>",
     [("1. 甲。", "ol"), ("续。", None), ("2. 乙。", "ol")]),
    ("an empty item still counts", "<ol><li>甲</li><li></li><li>丙</li></ol>", [("1. 甲", "ol"), ("3. 丙", "ol")]),
    ("nested lists count apart", "<ol><li>甲<ol><li>子</li><li>丑</li></ol></li><li>乙</li></ol>",
     [("1. 甲", "ol"), ("1. 子", "ol"), ("2. 丑", "ol"), ("2. 乙", "ol")]),
    ("an item that opens with a list shows both numbers", "<ol><li><ol type=a><li>子</li></ol></li></ol>",
     [("1. a. 子", "ol")]),
    # near-misses: a browser shows no number
    ("ul: a bullet, no number", "<ul><li>甲</li><li>乙</li></ul>", [("甲", "ul"), ("乙", "ul")]),
    ("list-style none", '<ol style="list-style: none"><li>甲</li></ol>', [("甲", "ul")]),
    ("ol shown with bullets", '<ol style="list-style-type:disc"><li>甲</li></ol>', [("甲", "ul")]),
    ("ul shown with numbers", '<ul style="list-style-type:decimal"><li>甲</li></ul>', [("1. 甲", "ol")]),
    ("no list: a paragraph", "<p>1. 甲</p>", [("1. 甲", None)]),
    ("the number typed already (a style sheet hides the browser's)", "<ol><li>1. 甲</li><li>（2）乙</li></ol>",
     [("1. 甲", "ol"), ("（2）乙", "ol")]),
    ("another number typed is text", "<ol><li>3. 甲</li><li>1.5亿元</li></ol>", [("1. 3. 甲", "ol"), ("2. 1.5亿元", "ol")]),
    # a heading tag in or around an item: the number is shown, the heading tag wins over the list
    ("heading inside an item", "<ol><li><h2>提高认识</h2></li></ol>", [("1. 提高认识", None)]),
    ("list inside a heading", "<h2><ol><li>提高认识</li></ol></h2>", [("1. 提高认识", None)]),
]


@pytest.mark.parametrize("page, want", [c[1:] for c in LISTS], ids=[c[0] for c in LISTS])
def test_ordered_list_items_show_the_browsers_number_and_every_item_is_hinted(page, want):
    assert _listed(page) == want


def test_a_list_items_number_takes_its_first_texts_marks_and_a_related_list_is_still_dropped():
    assert _runs(f"<body><div><p>{BODY}</p><ol><li><b>第一点</b>要做好。</li></ol><p>{BODY}</p></div></body>")[1:3] \
        == [("1. 第一点", True, False), ("要做好。", False, False)]
    page = (f"<body><div><p>{BODY}</p><p>{BODY}</p><ol><li><a href='/a'>相关文章一</a></li>"
            f"<li><a href='/b'>相关文章二</a></li></ol></div></body>")
    doc = _raw(page)
    assert [b.text for b in doc.speeches[0].blocks] == [BODY, BODY]
    assert [d.text for d in doc.dropped] == ["相关文章一 相关文章二"]     # furniture, as the source has it


def test_a_heading_tag_gives_the_heading_hint_not_the_list_hint():
    doc = _raw(f"<body><div><p>{BODY}</p><ol><li><h3>提高认识</h3></li></ol><p>{BODY}</p></div></body>")
    block = doc.speeches[0].blocks[1]
    assert (block.text, block.hints.heading, block.hints.list) == ("1. 提高认识", 3, None)


# The title block beside the content (leadin.py): the short lines just above the content that read as a
# speech's title, speaker and date come in front of it; a row is (lines above the content, <title>, the
# lines that must open the speech). A near-miss's lines stay out, recorded as outside the main content.
_SPEECH = "<p>同志们：</p>" + f"<p>{BODY}大家要认真落实，抓好各项任务，确保取得实效。</p>" * 4
_LEAD_IN = [
    ("<div class=bt>在全县春季农业生产工作会议上的讲话</div><div class=sub>副县长　韩立军</div>", "XX县人民政府",
     ["在全县春季农业生产工作会议上的讲话", "副县长　韩立军"]),
    # a heading tag or a title class marks a title without a speech word; a share bar's icons are passed over
    ("<h3>凝心聚力 真抓实干</h3><div class=share><a href='#'>微信</a><a href='#'>微博</a></div>", "某某网",
     ["凝心聚力 真抓实干"]),
    ("<div class=title>凝心聚力 真抓实干</div><div class=summary>摘要：会议总结了去年工作。部署了今年任务。</div>",
     "某某网", ["凝心聚力 真抓实干"]),
    # the <title>'s core names the title line; a meta line between stays out
    ("<div class=t>新年寄语</div><div>发布时间：2024-01-01　浏览次数：12</div>", "新年寄语-某某中学", ["新年寄语"]),
    ("<div class=x>王明</div><div class=y>2024-02-26</div>", "某某网", []),   # a bare name or digits: no title above
    ("<div class=lm>领导讲话</div>", "某某网", []),                             # a column label
    ("<ul><li>在全市安全生产工作会议上的讲话</li><li>在全市防汛工作会议上的讲话</li></ul>", "某某网", []),
    ("<div><a href='/1'>在全市安全生产工作会议上的讲话</a></div>", "某某网", []),  # a link: navigation
    ("<h1>县委召开全县工作会议 王明发表重要讲话</h1>", "某某网", []),              # a news headline
    ("<h1>马校长《在2010级新生军训开营式上的讲话》</h1>", "某某网", []),           # a headline about the speech
    ("<h1>博雅论坛|在开学典礼上的讲话</h1>", "某某网", []),                        # a column name and a title
]


@pytest.mark.parametrize("above,title,taken", _LEAD_IN, ids=[f"row{i}" for i in range(len(_LEAD_IN))])
def test_the_title_block_beside_the_content_comes_in_front_of_it(above, title, taken):
    page = (f"<html><head><title>{title}</title></head><body><div class=nav><a href='/'>首页</a>"
            f"<a href='/a'>政务公开</a></div>{above}<div class=content>{_SPEECH}</div></body></html>")
    doc = _raw(page)
    assert _texts(page)[:len(taken) + 1] == taken + ["同志们："]
    assert not {t for t in taken} & {d.text for d in doc.dropped}


def test_no_title_block_comes_in_when_the_content_has_its_own():
    page = ("<html><body><h1>在全县工作会议上的讲话</h1><div class=by>县长　王明</div><div class=content>"
            f"<p>在全县工作会议上的讲话</p>{_SPEECH}</div></body></html>")
    assert _texts(page)[:2] == ["在全县工作会议上的讲话", "同志们："]
    assert [d.text for d in _raw(page).dropped][:2] == ["在全县工作会议上的讲话", "县长　王明"]


def test_a_title_in_a_table_cell_beside_the_content_stays_out():
    page = ("<html><body><table><tr><td>在全市防汛工作会议上的讲话<br>在全市征兵工作会议上的讲话</td>"
            f"<td class=zw>{_SPEECH}</td></tr></table></body></html>")
    assert _texts(page)[0] == "同志们："


@pytest.mark.parametrize("value", ["1.6.0em", "..5pt", "1..2px"])
def test_a_malformed_font_size_is_no_size(value):
    """A CSS length with two dots (found by the fuzzer) is no size, not a crash."""
    from speechconv.readers.html.hints import _css_length

    assert _css_length(value, 12.0) is None
