"""The ``boilerplate`` pass: drop the clutter template and news sites put around a speech.

Rules are data: each is a reason and a pattern matched against a paragraph's text with all whitespace
removed. A paragraph longer than a rule's ``max_len`` is never dropped by it, so a real body paragraph
that merely mentions, say, 版权 survives. Then the page title and summary repeated at the end of the page
are dropped (a speech's own lines are not, however often they come back). Every dropped paragraph goes to ``Document.dropped`` with its reason.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from ..model import Document, Dropped, Paragraph, Speech
from ._commentary import cut_afterword, cut_commentary
from ._credits import drop_credits, drop_end_section, drop_source_tag, split_glued_signature
from ._hant import fold
from ._notes import cut_study_notes
from ._lead import (LEAD_OPENER, LEAD_TEXT, cut_meeting_lead, cut_news_lead, cut_preface, cut_report_above_salutation,
                    cut_report_above_title_block, cut_report_after)
from ._text import compact, ends_sentence
from .reading.names import has_surname


@dataclass(frozen=True)
class Rule:
    """A clutter pattern: the reason recorded when it drops a paragraph, and its length limit."""

    reason: str
    pattern: re.Pattern[str]
    max_len: int = 120


def _rule(reason: str, pattern: str, max_len: int = 120) -> Rule:
    return Rule(f"boilerplate: {reason}", re.compile(pattern, re.I), max_len)


#: A credit's value that names someone: a person (2-4 characters, maybe several), a team and a member
#: (东京樱花团/战友520), or a Latin handle.
_CREDIT_NAME = (r"[\u4e00-\u9fff·]{2,4}([、，,和][\u4e00-\u9fff·]{2,4}){0,3}|[^。，！？,!?；;：:/／]{1,16}[/／][^。，！？,!?；;：:]{1,16}|"
                r"[A-Za-z0-9_.\-]{2,24}")

RULES: tuple[Rule, ...] = (
    # a site's language switch (中文 | English, 简体/繁體/EN)
    _rule("language switch", r"^(中文|简体|简体中文|繁体|繁體|english|en|cn|中文版|英文版)([|｜丨/](中文|简体|简体中文|繁体|繁體|english|en|cn|"
                             r"中文版|英文版|日本語|français|русский|español))+$", 40),
    _rule("breadcrumb", r"^(当前位置|您的位置|你的位置|您现在的位置|所在位置)[:：]"),
    _rule("breadcrumb", r"^[^。！？]{1,30}(>|＞|»|›|→)[^。！？]{1,30}(>|＞|»|›|→)[^。！？]*$"),
    _rule("breadcrumb", r"^(>|＞|»|›)[^。！？，>＞»›]{1,10}$", 12),
    _rule("meta line", r"^[（(【\[]?((时间|日期)(?![:：]\d{4}年\d{1,2}月\d{1,2}日$)|发布时间|发布日期|更新时间|发表时间|作者|来源|文章来源|信息来源|编辑|"
                       r"责任编辑|浏览|浏览次数|点击数|阅读|阅读量|字体|字号|原文地址|原文链接|原文网址|本文链接|本文地址|"
                       r"稿源|供稿|投稿|编译|译者|审校|校对)[:：]", 80),
    _rule("meta line", r"^(审核|编辑|发稿|校对|责编|排版|审校|听写|翻译|整理)([/／、](审核|编辑|发稿|校对|责编|排版|审校|听写|翻译|整理))+[:：]",
          80),
    _rule("source credit", r"^[^。！？，]{0,16}(转载自|转载于|转自)[a-z0-9\u4e00-\u9fff·\-]{1,24}$", 40),
    _rule("meta line", r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(\d{1,2}:\d{2}(:\d{2})?[\u4e00-\u9fff]{0,6}|[\u4e00-\u9fff]{1,6})$", 30),
    # a page's date (and time) with the fields a CMS prints beside it: 2024-07-03 08:30 来源：XX日报 | 阅读量：1520
    _rule("meta line", r"^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(\d{1,2}:\d{2}(:\d{2})?)?[|｜丨/·]?"
                       r"(来源|作者|编辑|责编|责任编辑|发布者?|发布人|浏览|浏览量|浏览次数|阅读|阅读量|阅读数|点击|点击量|点击数|"
                       r"字号|供稿|稿源|记者|通讯员|文|图|撰稿)[:：]", 80),
    _rule("meta line", r"本文已影响[\d,.]*万?人", 40),
    _rule("meta line", r"^(原创)?.{0,40}\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*(\d{1,2}:\d{2})?\s*发表于[\u4e00-\u9fff]{2,6}$|"
                       r"^原创[:：\s]", 80),
    _rule("editor note", r"(小编|编者|本站).{0,60}(整理|收集|精心|推荐|分享|搜集|准备)", 600),
    _rule("editor note", r"(网友|用户|会员)(投稿|上传|发布)|^本文(由|来自).{0,30}(投稿|提供|整理)", 120),
    _rule("editor note", r"^【导语】", 600),
    _rule("editor note", r"以下是.{0,40}(为您|为大家|给大家|帮大家).{0,20}(整理|收集|准备)", 600),
    _rule("editor note", r"(仅供(参考|学习|查阅|交流)(学习|交流|使用)?|欢迎阅读|欢迎借鉴|希望.{0,20}(喜欢|帮助|有所帮助|有所启发))"
                          r"[。！!.]?$", 300),
    _rule("news lead-in", r"(以下为|以下是|下面是|现将).{0,30}(讲话|致辞|发言|演讲|报告|贺词)?(全文|原文|摘登|摘要|实录)"
                          r"(如下)?[。：:]?$", 80),
    _rule("news credit", r"^[（(【\[].{0,24}(供稿|撰稿|摄影|记者|通讯员|审核|审校|校对|责编|来源)[^)）】\]]{0,24}[)）】\]]$", 60),
    # a reporter's or photographer's credit line: 本网记者 曾磊　摄影 丁一 / 记者 张三 李四 / 文/图 王五
    _rule("news credit", r"^(本网|本报|本台|本刊|新华社|人民网|央视网)?(记者|通讯员|摄影|摄像|文/图|图/文|撰稿|供稿)[:：]?"
                         r"(?!.*们)(?!.*摄$)[\u4e00-\u9fff·]{2,4}((记者|通讯员|摄影|摄像|图|文)?[:：]?[\u4e00-\u9fff·]{2,4}){0,4}$", 40),
    _rule("truncation note", r"^[(（]?未完.{0,30}(全文|当前显示).{0,20}[)）]?$", 60),
    _rule("truncation note", r"请认真阅读下面的提示信息", 60),
    _rule("navigation", r"^(上一篇|下一篇|上一页|下一页|返回列表|返回首页)[:：]?", 120),
    _rule("navigation", r"^(返回|回到)[^。，！？]{0,8}(网站|首页|主页|列表|栏目|目录)$", 16),
    _rule("navigation", r"^【?(相关推荐|相关文章|推荐阅读|热门推荐|猜你喜欢|延伸阅读|精彩推荐|热门文章|"
                        r"相关阅读|最新文章|更多|相关文档|相关范文|相关资料|相似文档)】?[:：]?$|(相关文章|相关推荐|推荐阅读)[:：]?$|的人还(看了|喜欢)[:：]?$", 80),
    _rule("download prompt", r"^推荐度[:：]", 40),
    _rule("download prompt", r"点击下载(文档|本文|全文)|文档为doc格式|^下载(文档|全文|word)|"
                             r"^(点击)?(下载|打印)(此|这篇|本篇)(文档|文章|范文|篇)$", 60),
    _rule("desktop-shortcut prompt", r"到电脑桌面|桌面快捷访问|^电脑桌面$", 80),
    _rule("copyright line", r"版权所有|copyright|©|icp备|icp证|公网安备|allrightsreserved|未经授权.{0,10}转载|"
                            r"转载请(注明|保留|联系)", 160),
    _rule("print or share button", r"^【?(打印|打印正文|打印本页|关闭窗口|关闭本页|分享到|收藏本文|返回顶部|"
                                   r"进入后台编辑|我要纠错|纠错|字号[大中小])】?|微信扫一扫|扫一扫分享|扫描二维码", 30),
    _rule("stray mark", r"^[!！?？.。,，、;；:：~～·•]+$", 3),     # not …… (an omission) nor *** (a break)
    _rule("stray number", r"^\d{4,}$", 20),
    _rule("source link", r"^[【\[]?(阅读原文|查看原文|原文链接|原文地址|转入文章首发地址|点击阅读原文|文章首发地址|"
                         r"本文首发于|首发地址)[】\]]?[:：]?", 80),
    _rule("source link", r"^(https?://|www\.)\S+$", 300),
    _rule("follow prompt", r"长按.{0,4}二维码|扫码关注|扫描(下方|上方)?二维码|识别二维码|点击(上方|下方)?蓝字|"
                           r"关注(我们|公众号)|^点赞|在看$|点个在看|分享给(更多)?朋友", 60),
    _rule("editor note", r"^[（(【\[](本文)?(根据|据).{0,30}(整理|录音|速记|直播|记录|实录)[^)）】\]]{0,10}[)）】\]]$", 60),
    _rule("navigation", r"^([^|｜丨]{1,8}[|｜丨]){3,}[^|｜丨]{0,8}$", 120),
    # a blog's counters and buttons parted by bars: 阅读(236)|评论(3)|收藏(0)|转载(1)|喜欢▼|打印|举报/Report
    _rule("print or share button", r"^阅读[（(]\d+[)）][|｜丨]评论[（(]\d+[)）]", 80),
    _rule("column label", r"^(?!(作者|演讲人|讲话人|主讲人?|发言人)[|｜丨])[^|｜丨。，！？：:]{1,8}[|｜丨][^|｜丨。，！？：:]{1,10}$", 20),
    _rule("navigation", r"^【?(相关稿件|相关新闻|相关链接|相关专题|延伸阅读|热点推荐|专题推荐|往期推荐|往期回顾|往期精选|"
                        r"往期精彩|精彩推荐|推荐阅读)】?[:：]?$", 40),
    _rule("wechat account card", r"^以下文章来源于|^[^，。！？：:]{2,24}官方(微信)?(公众号|服务号|订阅号)$", 80),
    _rule("source link", r"^点击(下方|上方|左下角|底部|文末)?[“\"「『]?(阅读原文|查看原文)", 80),
    _rule("link prompt", r"(这里|此处|这儿)(看|查看|阅读|下载|观看)$|^(请)?(点击|点此|点这里)(这里|此处)?(查看|阅读|下载|观看)"
                         r"[^。，！？]{0,10}$", 20),
    _rule("link prompt", r"^(阅读|查看|浏览|下载)[^。，！？]{0,8}(原文|全文|英文版|中文版|原稿)[:：]?$|"
                         r"^(视频|音频|原文|全文|英文原文|原视频|直播)(链接|地址|网址)[:：]?$", 20),
    _rule("follow prompt", r"扫一扫在手机|在手机(上)?打开|手机扫码|用手机看|手机阅读本文", 40),
    _rule("credit", r"^[（(【\[]?(主编|副主编|总编|执行主编|责任编辑|责编|编辑|文字编辑|新媒体编辑|美编|美术编辑|排版|"
                    r"校对|审核|审校|审稿|终审|复审|初审|统筹|监制|出品|策划|制作|图片|摄影|图文|视频|设计|"
                    r"文字|记者|通讯员|投稿邮箱|投稿|联系电话|联系邮箱|翻译|译者|编译|运营|运营编辑|新媒体运营|内容指导|"
                    r"指导|出品人|鸣谢|特别鸣谢|主办|协办|承办|主办单位|投稿合作|商务合作|合作联系)[:：|｜丨/／]", 60),
    _rule("credit", r"^(运营编辑|新媒体编辑|责任编辑|文字编辑|美术编辑|编辑|校对|审核|翻译|排版)$", 8),
    # a credit whose label a speech might say in a sentence too (音频, 主播, 发布): only with a name after
    # it — a person's (2-4 characters), a team and a member (东京樱花团/战友520), or a Latin handle
    _rule("credit", r"^[（(【\[*_]?(音频|主播|配音|朗读|诵读|录音|剪辑|后期|发布|发布人|发布者)[:：|｜丨]"
                    rf"({_CREDIT_NAME})[)）】\]*_]?$", 50),
    # a paper's issue line under a reprinted article: 《 人民日报 》（ 2020年10月30日 01 版）
    _rule("news credit", r"^[（(]?《[^《》]{2,12}》[（(]?\d{4}年\d{1,2}月\d{1,2}日第?[\d一二三四五六七八九十]{1,3}版[)）]{1,2}$", 40),
    # a line naming where the text came from, with the source's title (a Markdown link's text) after
    # it: 文字版原文：蓬佩奥访台演讲全文, 英文原文：Remarks by … — no sentence in it
    _rule("source link", r"^[^。，！？：:]{0,6}(原文|原稿|原版|出处)[:：][^。！？，,；;.!?：:]{2,60}$", 80),
    _rule("photo caption", r"^[△▲▽▼]", 120),
    _rule("photo caption", r"(新华社|中新社|人民日报|本报|本网)?记者[\u4e00-\u9fff·]{2,8}摄[)）]?$|^[（(]?(图片|图|照片)"
                           r"(来源|来自|由)[:：]|^[（(]?摄影[:：]?[\u4e00-\u9fff]{2,4}[)）]?$|^图为|"
                           r"^[^。！？：:]{4,30}(图源|图片来源|摄影)[:：][^。！？]{1,20}$", 200),
    _rule("news dateline", r"^[（(]?(新华社|中新社|中新网|人民网|央视网|新华网|光明网|本报|本网|本台)[\u4e00-\u9fff]{0,10}"
                           r"(\d{1,2}|[一二三四五六七八九十]{1,3})月(\d{1,2}|[一二三四五六七八九十]{1,3})日电"
                           r"([（(][^)）]{0,20}[)）])?[)）]?$", 50),
    _rule("headline list", r"^【(头条|要闻|热点|推荐|关注|聚焦|快讯|速览|早报|晚报|资讯|今日[\u4e00-\u9fff]{0,4}|精彩回顾|往期回顾|往期推荐|"
                           r"[头一二三四五六七八九十]条)】", 80),
    _rule("editor note", r"^【(核心提示|编者按|导读)】", 600),
    _rule("editor note", r"^[【\[（(]?(编者按|编者注|编辑按|编按|编注|编者的话|按语)[】\]]?[:：]", 600),
    _rule("translator's note", r"^[【\[（(]?(译者按|译者注|译者的话|译按|译注|译后记|译者附记)[】\]]?[:：]|^[【\[（(]按[:：]", 600),
    _rule("editor note", r"^[【\[]?(新闻简述|新闻摘要|内容摘要|内容提要|内容简介|文章摘要|摘要|导读|核心提示)[】\]]?[:：]", 600),
    _rule("meta line", r"^(图片|视频|音频|英文文本|英文原文|中文文本|文本|原文|英文)(来源|出处|链接)[:：]?|^参考链接[:：]|"
                       r"^参考(资料|来源)[:：](https?://|www\.)", 300),
    _rule("news lead-in", r"^(中英文?|中英双语|双语|中英对照)(翻译|对照)?全文(翻译)?[。：:]?$", 20),
    _rule("news lead-in", r"(thefollowingis|belowis|hereis)the(full|complete)?(text|transcript|translation)of[^.]{0,80}[:：]$",
          400),
    _rule("news lead-in", r"^(hereis|hereare|belowis|beloware|thefollowingis)[^.]{0,120}(fulltext|transcript|translation)"
                          r"[^.]{0,40}[.:：]$", 200),
    _rule("news lead-in", r"^(the)?(full|complete)(text|transcript)((of|below)[^.!?]{0,100})?[:：]?$|"
                          r"^(read|see)the(full|complete)(text|transcript|speech)[^.!?]{0,80}[.:：]?$|"
                          r"^[^.!?]{0,120}(fulltext|transcript)[^.!?]{0,60}(isasfollows|asfollows|isbelow|below)[.:：]$", 200),
    _rule("blog sign-off", r"(感谢|谢谢)(您|你)的(观看|阅读|收看|收听).{0,10}(欢迎|敬请).{0,10}(分享|转发|订阅|来信|留言|交流|关注)",
          80),
    # a blogger's word to the readers after the speech: 觉得有用的话点个赞吧，有问题评论区见~
    _rule("blog sign-off", r"点个赞|点赞(吧|哦|呀|支持)|评论区(见|留言|交流|告诉我|聊)|(收藏|关注|转发)(吧|哦|呀)[~～!！。]*$", 40),
    _rule("site notice", r"^本站.{0,30}(rss|订阅|域名|地址|网址).{0,20}(更新|变更|更换|迁移|改为)", 80),
    # a headnote signed by its writer at its end (……。——编者), and the same notes in English
    _rule("editor note", r"[。！？!?…)）”][—–-]{1,2}(编者|编辑|本刊编辑部|本报编辑部|译者|小编|题记|编注)[)）]?$", 600),
    _rule("editor note", r"^(editor'?s?note|editorialnote|notefromtheeditor)[:：.]", 600),
    _rule("translator's note", r"^(translator'?s?note)[:：.]", 600),
    _rule("meta line", r"^(source|via|photo|image|credit|credits|translatedby|originallypublished(in|on|at)?|postedby|"
                       r"filedunder|tags|categories)[:：]", 200),
    _rule("web clipper residue", r"^(来自|由|使用|用|clippedfrom|savedfrom|clippedwith|savedwith|sentfrom|via)?.{0,12}"
                                 r"(印象笔记|evernote|剪藏|webclipper|简悦|simpread|为知笔记|有道云笔记|onenote)"
                                 r"(剪藏|保存|生成|收藏|clipper|webclipper)?[^。！？]{0,40}$", 80),
    _rule("web clipper residue", r"^(clippedfrom|savedfrom|clippedon|savedon|clipsource|剪藏自|剪藏于|保存自)[:：]", 300),
    _rule("biography", r"^[【\[]?(译者|作者|演讲者|讲者|主讲人|人物|嘉宾)(简介|介绍)[】\]]?[:：]", 600),
    _rule("submission notice", r"(来稿|投稿|稿件|来论)[^。]{0,40}(稿酬|是否采纳|编辑部决定|刊登时采用)|"
                               r"(稿酬|是否采纳|编辑部决定)[^。]{0,40}(来稿|投稿|稿件|来论)", 200),
    _rule("footnote mark", r"^※", 200),
    _rule("truncation note", r"^[（(【]?(未完待续|待续|未完)[，,。！!]?(敬请(关注|期待))?[！!。]?[)）】]?$|^敬请(关注|期待)[！!。]?$", 30),
    _rule("news lead-in", r"^(以下是?|下面是?|现将)?(讲话|致辞|演讲|报告)?全文(翻译)?(如下)?[。：:]?$|^全文翻译如下[。：:]?$", 20),
    _rule("credit", r"^(?!(中文|参考|全文|对照|英文|中英)(翻译|译文)$)[\u4e00-\u9fff·]{2,8}[ \u3000]?(译|编译|翻译|整理|记录|速记)$|^(发自|来自)[ \u3000]?[\u4e00-\u9fff]{2,6}$",
          16),
    _rule("print or share button", r"^(回到|返回)[ \u3000]?顶部$|^(回到|返回)[ \u3000]?首页$", 10),
    _rule("reader support appeal", r"(订户|订阅|赞助|捐助|捐款|打赏|赞赏|月费|成为会员)[^。]{0,30}支持(我们|本)", 80),
    _rule("source link", r"^[\w.-]+\.(com|cn|net|org|hk|tw|gov|edu|io|info)(\.[a-z]{2})?(/\S*)?$", 300),
    _rule("source link", r"^[^。！？]{0,12}(网址|链接|网站|地址|link|url)[:：](https?://|www\.|[\w.-]+\.(com|cn|net|org|hk|tw)\b)", 160),
    _rule("photo caption", r"[。！？](美联社|路透社|法新社|彭博社|新华社|中新社|欧新社)(资料)?(照片|图片|图)?$|"
                           r"(《[^》]{1,12}》|[\u4e00-\u9fff]{2,10}(社|处|网|报|台|署|厅|局|办))(资料)?(图片|照片|供图)$|"
                           r"[。！？，][\u4e00-\u9fff]{2,4}(摄|摄影)$", 160),
    _rule("news lead-in", r"^[^。！？，,]{0,16}(讲话|致辞|发言|演讲|报告|演辞|贺词|声明|陈词|说明|讲辞)(全文|原文|实录|译文|中译本?)"
                          r"(翻译)?(如下)?[：:]$", 30),
    _rule("news lead-in", rf"^{LEAD_OPENER}.{{0,30}}{LEAD_TEXT}(链接)?[。，,]?(与你分享|分享给(你|大家)|"
                          r"以飨读者|供参考|请看)?[。！!]?$", 60),
    _rule("news lead-in", rf"^{LEAD_OPENER}.{{0,30}}{LEAD_TEXT}[，,][^。！？]{{0,30}}[：:。]$", 80),
    _rule("source credit", r"^[（(][\u4e00-\u9fff]{2,8}(网|报|社|台|日报|新闻)[)）]$", 12),
    _rule("page section label", r"^【(正文|人物介绍|人物简介|作者简介|简介|背景介绍|相关链接|原文)】$", 10),
    _rule("page section label", r"^(文字稿|文字版|文字实录|演讲实录|正文|译文|中文版?|英文版?|english|chinese|transcript|"
                                r"(中文|参考|全文|对照)(翻译|译文)|译文参考|"
                                r"speech|fulltext|remarks|中英对照|双语对照|中英双语)[:：]?$", 12),
    _rule("credit", r"^[\u4e00-\u9fff]{2,16}(出品|荣誉出品|倾情出品)$", 20),
    _rule("markup residue", r"^\.\.[\w-]+::|^\.\._[^:]+:$|^\{\{[<%]?[^{}]*[>%]?\}\}$|^\{%[^{}]*%\}$|^\|[\w.-]+\|$", 400),
    _rule("contact line", r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$", 80),
    _rule("copyright line", r"^网站标识码[:：]?[0-9a-z]{6,}", 60),
    # a post's time stamp in brackets, to the minute: (2025-05-20 21:10:33) — a speech's date has no clock
    _rule("meta line", r"^[（(]\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\d{1,2}:\d{2}(:\d{2})?[)）]$", 30),
    # a site footer's service line: a telephone number alone (400-660-0108), its hours (工作时间 8:30-22:00)
    _rule("contact line", r"^(\(?0\d{2,3}\)?-?\d{7,8}|[48]00-?\d{3}-?\d{4})$|^(工作时间|服务时间|客服时间)[:：]?\d{1,2}[:：]\d{2}", 40),
    _rule("credit", r"^[（(][^（）()]{0,20}(译|译完|翻译|整理|校对|记录)[)）]$", 30),
    _rule("separator line", r"^([=\-~_*#+.·—])\1{3,}$", 400),
    _rule("end mark", r"^[（(【\[-]*(end|theend|完|全文完|（完）)[)）】\]-]*$", 10),
    _rule("disclaimer", r"^[【\[]?(免责声明|特别声明|版权声明|声明)[】\]]?[:：]|(仅代表(作者|原作者|发布者)|不代表本(站|网|平台|刊|号|报))"
          r"[^。]{0,12}(观点|立场)", 160),
    _rule("follow prompt", r"^更多(资讯|精彩|内容)[，,、 ]*(更多关注|请关注|敬请关注|尽在)", 30),
    _rule("link prompt", r"^更多[^。！？]{0,12}(请访问|请关注|请点击|请登录|请搜索|尽在|欢迎访问)", 60),
    _rule("tag line", r"^(本文)?(标签|关键词|关键字|tags?|keywords?)[:：]", 80),
    # a draft's own markings and notes: （征求意见稿，请勿外传） （初稿） 【待补充：…——办公室小王】
    _rule("draft marking", r"^[（(【\[]?(征求意见稿|讨论稿|初稿|送审稿|修改稿|草稿|审议稿|讨论修改稿|代拟稿|第[一二三四五]稿)"
                           r"([，,、；;][^）)】\]]{0,12})?[）)】\]]?$", 24),
    # a meeting file's own markings above its title: 材料之三 / 会议材料之五 / 典型发言材料之二 (its number in the
    # meeting's pack), （内部资料，请勿外传） / 内部材料，会后收回 (how it is handled; the plain 内部资料　注意保存 and
    # 秘密★1年 are an official document's header, （此件不公开） its footer, below)
    _rule("document marking", r"^[^。，！？：:、；;\s]{0,8}材料之?[一二三四五六七八九十\d]{1,3}$", 12),
    _rule("document marking", r"^[（(【\[](内部资料|内部材料|内部文件|内部参考)([，,、]?(注意保存|妥善保管|请勿外传|不得外传|"
                              r"注意保密|请勿翻印|用后收回|会后收回))?[）)】\]]$|^(内部资料|内部材料|内部文件|内部参考)[，,、]?"
                              r"(妥善保管|请勿外传|不得外传|注意保密|请勿翻印|用后收回|会后收回)$|^[（(【\[]?(会后收回|用后收回)[）)】\]]?$", 16),
    # a note after a speech on how its text was made, led by 注：/说明： (注：本讲话稿根据录音整理，未经本人审阅。 注：发表时有删节。);
    # the bracketed form is an editor note above
    _rule("editor note", r"^(注|说明|备注|编者注)[:：](本文|本稿|本讲话稿?|讲话稿|此稿|该文|全文)?(系|为|是)?((根据|据|依据).{0,30}"
                         r"(整理|录音|速记|记录|实录)|(发表时|刊发时|收录时)?(有|略有)删节|未经本人审阅|经本人审阅)[^。]{0,30}[。.]?$", 80),
    # a collection's front matter (a 汇编 from Word, its PDF): the table of contents' heading and its entries
    # (在全市经济工作会议上的讲话（林国栋）……1), and who compiled it (市委办公室　编, XX局办公室编印)
    _rule("table of contents", r"^(目录|目次|contents|tableofcontents)$", 20),
    _rule("table of contents", r"^[^。！？!?]{2,80}?(…{2,}|[.·．\-—_]{4,})\d{1,3}$", 90),
    _rule("compiler credit", r"^[^。，！？：:]{2,24}(办公室|办|委员会|委|局|厅|部|处|室|中心|研究院|研究所|学校|大学|学院|公司|"
                             r"集团|协会|学会|联合会|编辑部|编委会)(编|编印|汇编|选编|编辑|整理|印制|印)$", 30),
    _rule("draft note", r"^[【\[（(](待补充|待完善|待核实|待定|待修改|此处(补充|插入|加)|批注|修改意见)[^】\]）)]{0,60}[】\]）)]$", 80),
    _rule("takedown notice", r"(如有侵权|如涉及侵权|侵权请|版权问题|不想[^。]{0,20}出现)[^。]{0,30}(联系|告知|通知)[^。]{0,12}删除|"
                             r"请?联系(我|我们|本站|小编|管理员)[^。]{0,12}(立即|及时|尽快)?删除", 80),
    # where the page took the text from, said after it (本文来源：https://… 本文转载自省政府门户网站，查看原文); a
    # speech's sentence does not open on 本文/文章 and its source
    _rule("source credit", r"^[（(【\[*_]?(本文|此文|该文|文章|原文|全文|内容|稿件)(来源|出处|转载自|转载于|转引自|转自|摘自|摘编自|"
                           r"选自|来自|源自|整理自|首发于|原载于?)[:：于]?[^。！？!?]{2,}$", 160),
    # a WeChat call to action (点个“在看”，分享给更多人; 分享、点赞、在看，三连走起！): 在看 set off as a button's
    # name, 三连, or two of the buttons listed side by side
    _rule("follow prompt", r"点(个|一下|一个|亮)?[“\"「『]?在看|[“\"「『]在看[”\"」』]|(一键|来个|来一波|求)三连|三连(走起|支持|哦|吧|啊|呀)|"
                           r"^(记得|别忘了?|欢迎|请|求|动动手指)?(点赞|在看|分享|转发|收藏)((、|，|,|\+|和|与|/|／)(点赞|在看|分享|"
                           r"转发|收藏|关注|评论|留言|三连))+((走起|支持|一下|我们|哦|吧|啊|呀|[，,！!~～])*)$|"
                           r"^(?![^。]*我)[^。！？]{0,20}分享给(更多|身边)的?(人|朋友|好友|小伙伴)[^。]{0,8}$", 40),
    _rule("memo routing", r"^(报送|抄送|主送|抄报|分送|签发|印发|发送|密级|紧急程度|文号)[:：]", 200),
    # a Markdown editor's table-of-contents marker (@[toc] in CSDN and Typora, [TOC], [[toc]])
    _rule("table of contents marker", r"^(@\[toc\]|\[toc\]|\[\[toc\]\]|\$\{toc\}|<!--toc-->)$", 16),
    # an official document's header (GB/T 9704 版头) copied with its text: a secrecy or handling mark (秘密★1年,
    # 内部资料 注意保存, 特急), the issuing office's mark (XX县人民政府办公室文件), the document number (X政办发〔2024〕5号)
    _rule("official document header", r"^((绝密|机密|秘密)(★[^，。！？]{0,6})?|内部资料|内部文件|注意保存|内部资料注意保存|"
                                      r"特急|加急|平急|[\u4e00-\u9fffa-z]{1,16}[〔\[【(（]\d{4}[〕\]】)）]第?\d{1,4}号|"
                                      r"[\u4e00-\u9fffa-z]{2,30}(政府|委员会|委|办公室|办公厅|局|厅|部|党委|党组|法院|检察院|"
                                      r"学院|大学|公司|集团|中心)文件)$", 40),
    # and its footer (版记): the publication note, the office that printed it and when, the print run
    _rule("official document footer", r"^[（(]?此件(公开发布|不予?公开|依申请公开|主动公开|发至[^。！？]{1,12})[)）]?$|"
                                      r"^[^。！？，]{2,30}\d{4}年\d{1,2}月\d{1,2}日印发$|^[（(]?共印\d{1,5}份[)）]?$", 60),
    # the furniture a select-all copy of a page carries around the speech, none of it a sentence: a news
    # system's 上一条/下一条 and 【关闭】, a document library's page counter and its paywall (第 1 页 共 4 页,
    # 还剩2页未读，继续阅读, 下载 需要2积分), a Q&A or forum post's stamp and buttons (编辑于 2025-05-08・IP 属地浙江,
    # 赞同 23, 本帖最后由 … 编辑, 回复 支持 反对), a portal's way back (返回搜狐，查看更多), a site footer's address
    # and telephone, a channel path with one hop (教育>>高校动态); and see :func:`_drop_head_menu`
    _rule("navigation", r"^(上一条|下一条|上一则|下一则|上一主题|下一主题)[:：]", 120),   # (上一篇… is the rule above's)
    _rule("print or share button", r"^[【\[]?(关闭|打印此文|打印文章|打印此页)[】\]]?$", 8),
    _rule("page number", r"^(第\d{1,4}页[,，/]?共\d{1,4}页|共\d{1,4}页[,，/]?第\d{1,4}页)$", 16),
    _rule("download prompt", r"^(还剩|剩余)\d{1,4}页未读|^(继续阅读|展开阅读全文|阅读全文|免费阅读全文)[>》→]?$|"
                             r"^(下载)?(需要?|仅需|消耗)?\d{1,4}(积分|下载券|金币)$|^下载需要?\d{1,4}(积分|下载券)", 40),
    _rule("meta line", r"^(编辑于|发布于|发表于)\d{4}-\d{1,2}-\d{1,2}|[・·]IP属地[\u4e00-\u9fff]{2,8}$|^IP属地[:：]?[\u4e00-\u9fff]{2,8}$|"
                       r"^\d+人赞同了该(回答|文章)$|^(赞同|赞|喜欢|收藏)\d*$|^(添加评论|写回答|邀请回答|\d+条评论)$", 60),
    _rule("meta line", r"^(文档(格式|大小|页数|热度|分类|类型|星级|价格)|顶/踩数|收藏人数|评论次数|下载次数|浏览次数|上传者|贡献者)[:：]|"
                       r"^(暂无简介|关注问题|(关注问题)?写回答|好问题|默认排序|分享|举报|\d+个回答)$|"
                       r"^(已赞过|已踩过|收起|评论|全部回答|最佳答案|匿名用户|为你推荐|特别推荐)[<>:：]?$|^你对这个回答的评价是[？?]$", 60),
    # a WeChat article copied on a phone: its header (原创 清江教育 清江教育 2025-09-01 19:30 湖北), the
    # collection it is filed in (收录于合集 / #开学典礼 5个) and the notes under its tags
    _rule("wechat header", r"^原创.{0,40}\d{4}-\d{1,2}-\d{1,2}(\d{1,2}:\d{2})?[\u4e00-\u9fff]{0,4}$|^收录于(合集|话题)|"
                           r"^#[^#。，！？]{1,20}\d+个$|^预览时标签不可点$|^关注该公众号$", 60),
    # a blog's way to the posts beside it and its readers' comments (前一篇：… 后一篇：… 评论：小雨：…)
    _rule("navigation", r"^(前一篇|后一篇)[:：]", 120),
    _rule("reader comment", r"^(评论|网友评论|最新评论|热门评论)[:：][^：:]{1,20}[:：]", 160),
    _rule("forum furniture", r"^本帖最后由.{1,40}于.{4,30}编辑(回复)?(支持)?(反对)?$|^回复支持反对$|^(楼主|沙发|板凳)(发表于|发表在)", 80),
    _rule("navigation", r"^返回[\u4e00-\u9fff]{2,6}[，,]查看更多$", 16),
    _rule("disclaimer", r"^(平台声明|免责申明|法律声明)[:：]", 160),
    _rule("contact line", r"^(地址|通讯地址|联系地址)[:：][^。！？]{2,40}(电话|邮编|传真|邮政编码)[:：]", 100),
    _rule("meta line", r"^(录入|录入者|发布者|发布人|信息录入)[:：][^。！？]{1,20}(发布日期|发布时间|日期|时间|浏览|点击)", 80),
    _rule("breadcrumb", r"^[^。！？，>＞»]{1,10}(>>|＞＞|»)[^。！？，>＞»]{1,10}$", 24),
    _rule("wechat account card", r"^(?![一二三四五六七八九十\d（(第])[^，。！？：:]{2,20}微信公众号$|^(微信号|公众号|微信ID|ID)[:：][A-Za-z][A-Za-z0-9_-]{3,30}$", 40),
)


#: An emoji shortcode a Markdown clip keeps in front of a link (:house:返回首頁).
_SHORTCODE = re.compile(r"^:[a-z0-9_+\-]{2,30}[:：]")


#: A channel menu copied as one line, its words set apart by spaces (时政 国际 观点 经济 社会 科技): five or
#: more Chinese words of two to five characters and nothing else — a speaker line has two or three parts,
#: and an English line of short words (And the third part of this) is no menu. Taken at the page's top
#: only (:func:`_drop_head_menu`).
_SPACED_MENU = re.compile(r"^[\u4e00-\u9fff]{2,5}([ \u3000\xa0]+[\u4e00-\u9fff]{2,5}){4,}$")
_MENU_RULE = Rule("boilerplate: navigation", _SPACED_MENU, 60)


def _spaced_menu(text: str) -> bool:
    """Return True for a channel menu on one line (:data:`_SPACED_MENU`) that is no list of people's
    names (张伟 李娜 王磊 刘洋 陈静: half or more of its words two or three characters opening with a family
    name)."""
    line = text.strip()
    if len(line) > _MENU_RULE.max_len or not _SPACED_MENU.match(line):
        return False
    words = line.split()
    names = sum(1 for w in words if len(w) <= 3 and has_surname(w))
    return names * 2 < len(words)


def match_rule(text: str) -> Rule | None:
    """Return the first rule that drops a paragraph with ``text``, or None."""
    key = _SHORTCODE.sub("", fold(compact(text)))
    for rule in RULES:
        if len(key) <= rule.max_len and rule.pattern.search(key):
            return rule
    return None


def _is_lead_in(text: str) -> bool:
    """Return True for a line handing over to the speech (以下为讲话全文：)."""
    rule = match_rule(text)
    return rule is not None and rule.reason == "boilerplate: news lead-in"


#: A page title: short, and not a sentence (no sentence-ending or clause-ending mark in it).
_TITLE_LIKE = re.compile(r"^[^。！？!?；;]{2,60}$")
#: At most this many paragraphs at the end of a page are its title and summary repeated.
MAX_TAIL_REPEATS = 3


@dataclass(frozen=True)
class _Head:
    """What a page shows before the speech and may repeat at its end: its titles and summaries."""

    titles: frozenset[str]
    summaries: tuple[str, ...]


def _page_head(doc: Document, kept: list) -> _Head:
    """Return the page's titles (its title, and the first paragraph left when it reads as a title)
    and summaries (the opening paragraphs, and what was dropped as editor notes before)."""
    titles = {compact(doc.title)} if doc.title and compact(doc.title) else set()
    first = compact(kept[0].text) if kept else ""
    if _TITLE_LIKE.match(first):
        titles.add(first)
    heads = [compact(b.text) for b in doc.speeches[0].blocks[:6]]
    return _Head(frozenset(titles), tuple(h for h in heads if h))


def _repeats(key: str, head: _Head, dropped: list[str]) -> str | None:
    """Return why a tail paragraph repeats the page's title or a summary, or None.

    A title is repeated when the paragraph is the title itself or a headline footer
    (:data:`_TITLE_FOOTER`); a summary when the paragraph is a cut
    copy of an opening paragraph (its first 12 characters or more, not all of it), an opening
    paragraph of more than 40 characters with more after it, or a copy of a dropped editor note.
    """
    if not key:
        return None
    if key in head.titles or _TITLE_FOOTER.match(key):
        return "boilerplate: page title repeated at the end"
    if len(key) >= 12 and (key in dropped or any(
            (h.startswith(key) and h != key) or (len(h) > 40 and key.startswith(h) and h != key)
            for h in head.summaries + tuple(dropped))):
        return "boilerplate: page summary repeated at the end"
    return None


#: A template page's footer: its headline in book-title marks and a word for the text (《…范文（通用5篇）》全文内容).
_TITLE_FOOTER = re.compile(r"^[《〈][^《》〈〉]{4,60}[》〉](全文内容|全文阅读|文章内容|全文|文章|内容|正文)$")


_NOTE_HEADER = re.compile(r"^[【\[]?(编者按|编者注|编辑按|编者的话|按语)[】\]]?[:：]?$")
#: An item of a related-articles list: a headline, which may end in one ！ or ？ (新生报到攻略来了！).
_LIST_ITEM = re.compile(r"^[^。！？!?；;]{2,40}[！？!?]?$")


#: A short label line ending in a colon (今日大案： 往期精选：), the header of the list below it.
_LIST_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,8}[：:]$")


def _drop_rules(speech: Speech) -> tuple[list, list[Dropped]]:
    """Return the speech's blocks without rule-matched clutter, and what was dropped, in order.

    After a related-articles header (相关文章：), the short lines that follow are its list of links and
    are dropped with it; after an editor's-note header alone on its line (编者按：), the paragraph that
    follows is the note and goes with it; a short label (今日大案：) just above a headline list goes too,
    and so does a WeChat account card's name line after its 以下文章来源于…. A label and a name right
    under or above a credit line (发布：东京樱花团/平安卿卿 by 编辑：…) is a credit too; a headline with a
    column's name before a bar (樱花FM|…) where the page's headline stands is no column label.
    """
    kept: list = []
    dropped: list[Dropped] = []
    in_list = ""
    note_next = after_credit = False
    account = ""
    for i, block in enumerate(speech.blocks):
        rule = match_rule(block.text) if isinstance(block, Paragraph) else None
        if rule is None and account and isinstance(block, Paragraph) and compact(block.text).rstrip(".。") == account:
            dropped.append(Dropped(block.text, "boilerplate: wechat account card"))   # the card's name line
            continue
        card = _CARD.match(compact(block.text)) if rule is not None and isinstance(block, Paragraph) else None
        account = card.group("name") if card else account
        if rule is None and note_next and isinstance(block, Paragraph):
            dropped.append(Dropped(block.text, "boilerplate: editor note"))
            note_next = False
            continue
        note_next = rule is not None and _NOTE_HEADER.match(compact(block.text)) is not None
        if rule is None and in_list and isinstance(block, Paragraph) \
                and (_MENU_WORD if in_list == "menu" else _LIST_ITEM).match(compact(block.text)):
            dropped.append(Dropped(block.text, "boilerplate: related-article list"))
            continue
        in_list = _list_after(block, rule)
        if rule is not None and rule.reason == COLUMN_LABEL and _headline_with_column(block, not kept):
            rule = None      # 樱花FM|蓬佩奥访台演讲全文 as the page's headline: the headline stays
        if rule is None and after_credit and isinstance(block, Paragraph) and _named_credit(block.text):
            dropped.append(Dropped(block.text, BESIDE_CREDIT))     # 发布：… under 编辑：…
            continue
        if rule is not None and rule.reason in CREDIT_REASONS and i and kept and kept[-1] is speech.blocks[i - 1] \
                and isinstance(kept[-1], Paragraph) and _named_credit(kept[-1].text) and _LABELLED.match(compact(block.text)):
            dropped.append(Dropped(kept.pop().text, BESIDE_CREDIT))   # 发布：… above 编辑：…
        after_credit = rule is not None and rule.reason in CREDIT_REASONS and bool(_LABELLED.match(compact(block.text)))
        if rule is not None:
            if rule.reason == "boilerplate: headline list" and kept and isinstance(kept[-1], Paragraph) \
                    and _LIST_LABEL.match(compact(kept[-1].text)):
                dropped.append(Dropped(kept.pop().text, rule.reason))   # 今日大案： above its list
            dropped.append(Dropped(block.text, rule.reason))
        else:
            kept.append(block)
    return kept, dropped


#: A menu's word (搜索, 请输入关键字): what may follow a menu line set out on one line as more of the menu.
_MENU_WORD = re.compile(r"^[\u4e00-\u9fffA-Za-z]{1,6}$")
#: A menu set out on one line, its items parted by bars (首页 | 政协概况 | 履职动态 | …).
_BARS = re.compile(r"[|｜丨].*[|｜丨]")


def _list_after(block: object, rule: Rule | None) -> str:
    """Return what may follow ``block`` as more of a list of links: "list" after a list's header
    (相关文章：) — its headlines —, "menu" after a menu set out on one line — only its words (搜索): the
    title block under a site's menu bar is no list —, "" after anything else."""
    if rule is None or rule.reason != "boilerplate: navigation" or not isinstance(block, Paragraph):
        return ""
    key = compact(block.text)
    if _BACK_OR_NEXT.search(key[:12]):
        return ""
    return "menu" if _BARS.search(key) else "list"


COLUMN_LABEL = "boilerplate: column label"
#: The rules that drop a credit or meta line (编辑：…); a name-valued line right beside one is a credit too.
CREDIT_REASONS = frozenset({"boilerplate: credit", "boilerplate: meta line"})
COLUMN_HEADLINE = "boilerplate: page headline with a column's name before a bar (the page title)"
BESIDE_CREDIT = "boilerplate: credit (a label and a name beside another credit line)"
#: A credit line by its shape: a short label, a colon and a name (发布：东京樱花团/平安卿卿, 校对：王敏).
_NAMED_CREDIT = re.compile(r"^[*_]?[\u4e00-\u9fff]{2,4}[:：](?P<value>.+?)[*_]?$")
_TEAM_OR_HANDLE = re.compile(r"^([^。，！？,!?；;：:/／]{1,16}[/／][^。，！？,!?；;：:]{1,16}|[A-Za-z0-9_.\-]{2,24})$")
_PERSON = re.compile(r"^[\u4e00-\u9fff·]{2,4}$")
#: A credit line dropped by a rule, by its shape: a label, a colon, something after it.
_LABELLED = re.compile(r"^[^：:，,。！？]{1,8}[:：]\S")


def _named_credit(text: str) -> bool:
    """Return True for a label and a name after a colon: a team and a member, a Latin handle, or a
    person's name that opens with a family name (发布：东京樱花团/平安卿卿, 校对：王敏; not 范文一：珍惜时间)."""
    m = _NAMED_CREDIT.match(compact(text))
    if m is None:
        return False
    value = m.group("value")
    return bool(_TEAM_OR_HANDLE.match(value)) or (bool(_PERSON.match(value)) and has_surname(value))


#: The part after a column label's bar that reads as a headline, not a name or a column's name.
_HEADLINE_AFTER_BAR = re.compile(r"[|｜丨](?P<rest>[^|｜丨]{7,})$")


def _headline_with_column(block: object, first: bool) -> bool:
    """Return True for a headline with a column's name before a bar (樱花FM|蓬佩奥访台演讲全文): the
    source marks it a heading, or it is the first line the page keeps, and a headline's length stands
    after the bar (编辑 | 小林 and 博客 | 讀者來論 name someone or a column: labels)."""
    if not isinstance(block, Paragraph) or not (first or block.hints.heading):
        return False
    return _HEADLINE_AFTER_BAR.search(compact(block.text)) is not None


#: A WeChat article's account card (以下文章来源于XX教育，作者XX教育): its name line follows.
_CARD = re.compile(r"^以下文章来源于(?P<name>[^，,。\s]{2,20})")


#: A navigation line that leads back or on (上一篇：… :house:返回首頁), not into a list of links below it.
_BACK_OR_NEXT = re.compile(r"上一|下一|返回|回到")


def _drop_tail_repeats(kept: list, head: _Head, prior: list[str]) -> list[Dropped]:
    """Pop from ``kept`` the trailing paragraphs that repeat the page's title or summary; return them
    as dropped.

    A paragraph that also stands in the body (between the first paragraph and the tail) is the
    speech's own line, never a repeat: a closing line that echoes the opening one, a heading used
    again. At most :data:`MAX_TAIL_REPEATS` paragraphs go, and never the first one.
    """
    body = Counter(compact(b.text) for b in kept[1:])
    tail: list[Dropped] = []
    while len(kept) > 1 and len(tail) < MAX_TAIL_REPEATS:
        key = compact(kept[-1].text)
        body[key] -= 1
        reason = None if body[key] > 0 else _repeats(key, head, prior)
        if reason is None:
            break
        tail.append(Dropped(kept.pop().text, reason))
    return tail[::-1]


_LICENCE = re.compile(r"著作权|版权|公有领域|publicdomain|许可协议|知识共享|creativecommons|本作品", re.I)


def _drop_licence_footer(kept: list) -> list[Dropped]:
    """Pop a licence footer broken into short fragments (wiki pages) from the end of ``kept``.

    The footer is everything after the last long paragraph (over 60 characters, ending a sentence) when
    all of it is short and it names a licence (著作权, 公有领域, Public domain…). Returns it as dropped.
    """
    start = len(kept)
    while start > 0 and len(kept[start - 1].text) <= 60:
        start -= 1
    tail = kept[start:]
    if start == 0 or len(tail) < 2 or not _LICENCE.search(compact("".join(b.text for b in tail))):
        return []
    del kept[start:]
    return [Dropped(b.text, "boilerplate: licence footer") for b in tail]


_NOTES_HEAD = re.compile(r"^(注释?|附注|尾注|注解|参考文献|参考资料|引用|脚注)[:：]?$")
_NOTE = re.compile(r"^([〔\[【(（]\s*\d{1,3}\s*[〕\]】)）]|[①-⑳⑴-⒇]|\d{1,3}[.、．]|注\d)")
#: A note that names itself (注一： 註2： 注释3：): two or more of them ending a speech are its notes.
_LABELLED_NOTE = re.compile(r"^(注|注释)([一二三四五六七八九十]{1,3}|\d{1,3})[：:]")
_SOURCE_NOTE = re.compile(r"^[（(]?.{0,10}《[^》]{2,30}》.{0,40}(出版社|出版|版|页|期)[^。]{0,30}[)）]?$")


def _trailing(kept: list, pattern: re.Pattern[str]) -> int:
    """Return how many paragraphs at the end of ``kept`` match ``pattern`` (whitespace removed,
    Traditional characters folded)."""
    run = 0
    while run < len(kept) and isinstance(kept[-1 - run], Paragraph) \
            and pattern.match(fold(compact(kept[-1 - run].text))):
        run += 1
    return run


def _drop_endnotes(kept: list) -> list[Dropped]:
    """Pop the notes printed after a speech (a 注释 heading and the 〔1〕… notes below it, two or more
    notes that name themselves 注一：…, or a closing citation of the book it was taken from) from the end
    of ``kept``; return them as dropped."""
    out: list[Dropped] = []
    if kept and isinstance(kept[-1], Paragraph) and _SOURCE_NOTE.match(compact(kept[-1].text)):
        out.append(Dropped(kept.pop().text, "boilerplate: source note"))
    for start in range(len(kept) - 1, max(0, len(kept) - 60) - 1, -1):
        block = kept[start]
        if isinstance(block, Paragraph) and _NOTES_HEAD.match(compact(block.text)):
            tail = kept[start + 1:]
            if tail and all(isinstance(b, Paragraph) and _NOTE.match(compact(b.text)) for b in tail):
                notes = [Dropped(b.text, "boilerplate: notes after the speech") for b in kept[start:]]
                del kept[start:]
                return notes + out[::-1]
            break
    run = _trailing(kept, _LABELLED_NOTE)
    if run >= 2:
        notes = [Dropped(b.text, "boilerplate: notes after the speech") for b in kept[-run:]]
        del kept[-run:]
        return notes + out[::-1]
    return out


#: A menu item: a very short line with no sentence or clause mark (国务院客户端, 驻外机构, |, 链接：), and
#: no number that would make it a heading (一、加强领导).
_MENU_ITEM = re.compile(r"^(?![一二三四五六七八九十\d（(第])[^，。；：！？,.;:!?]{1,12}[：:]?$")
#: The fewest menu items that make the page's last lines a site menu (a signature block has two or three).
MIN_MENU = 5
#: So many menu items at the very end are a menu whatever stands before them.
LONG_MENU = 10


def _drop_tail_menu(kept: list) -> list[Dropped]:
    """Pop a site menu pasted after the speech from ``kept`` — the very short lines that end the page,
    five or more after a paragraph that ends a sentence, or ten or more after anything — and return it
    as dropped."""
    run = _trailing(kept, _MENU_ITEM)
    before = kept[-1 - run] if run < len(kept) else None
    after_sentence = isinstance(before, Paragraph) and ends_sentence(before.text)
    if run < MIN_MENU or (run < LONG_MENU and not after_sentence) or run == len(kept):
        return []
    menu = [Dropped(b.text, "boilerplate: site menu after the speech") for b in kept[-run:]]
    del kept[-run:]
    return menu


#: An item of a site menu copied one to a line: a word of at most six characters (学校首页, 等你来答,
#: 政府信息公开, 登录/注册) or a short Latin name (GitCode), no mark and no number that would make it a heading.
_HEAD_MENU_ITEM = re.compile(r"^(?![一二三四五六七八九十\d（(第])([\u4e00-\u9fff]{1,6}([/|｜·][\u4e00-\u9fff]{1,4})?|"
                             r"[A-Za-z][A-Za-z0-9.+#-]{1,9})$")
#: The fewest such words at the top of a page that make a menu (a title block above its salutation has
#: at most a short title and a speaker's name before a line with a mark or a number).
MIN_HEAD_MENU = 3


def _drop_head_menu(blocks: tuple, kept: list, dropped: list[Dropped]) -> list[Dropped]:
    """Pop the site header a select-all copy of a page opens with from the front of ``kept``; return it
    as dropped.

    The header is the very short words, one to a line, that the page opens with (学校首页 / 学校概况 /
    新闻中心 …): three or more of them, or fewer above a line the rules dropped as a menu or a path (人民网
    over a channel menu of spaced words 时政 国际 观点 …, or over 教育>>高校动态); other lines the rules took
    among them are passed over. A line of spaced words is taken as a menu only here, at the page's top: in
    a speech it may be a list (富强 民主 文明 和谐 …).
    ``blocks`` are the speech's blocks before the rules, ``dropped`` what the rules took from them.
    """
    gone = {compact(d.text) for d in dropped if d.reason in _HEADER_REASONS}
    shown = {id(b) for b in kept}
    words = header_end = 0
    taken: list[str] = []              # the reasons for the kept lines the header may take, in order
    for block in blocks:
        if id(block) in shown:
            if isinstance(block, Paragraph) and _HEAD_MENU_ITEM.match(compact(block.text)):
                taken.append("boilerplate: site menu before the speech")
                words += 1
            elif isinstance(block, Paragraph) and _spaced_menu(block.text):
                taken.append(_MENU_RULE.reason)      # 时政 国际 观点 经济 社会: a menu only up here
                header_end = len(taken)
            else:
                break
        elif compact(block.text) in gone:
            header_end = len(taken)
        # other lines the rules took (English beside 无障碍 / 长者模式) are passed over
    run = len(taken) if words >= MIN_HEAD_MENU else header_end
    if run == 0 or run >= len(kept) or (run == words and _title_block_words(kept, run)):
        return []
    menu = [Dropped(b.text, reason) for b, reason in zip(kept[:run], taken)]
    del kept[:run]
    return menu


def _title_block_words(kept: list, run: int) -> bool:
    """Return True when the short words opening the page may be a title block set word by word: they
    end on a person's name (新春致辞 / 董事长 / 王建国) in a run too short for a site's menu, or the
    salutation follows them (a menu is followed by a path, a headline or the article)."""
    last = compact(kept[run - 1].text)
    after = compact(kept[run].text) if isinstance(kept[run], Paragraph) else ""
    named = run < SURE_MENU and 2 <= len(last) <= 3 and has_surname(last)
    return named or (0 < len(after) <= 30 and after.endswith(("：", ":")))


#: So many words at the top are a site's menu even when the last reads as a name (… / 资料 / 文章).
SURE_MENU = 5
#: The rules' reasons for a site's menu, path and search box: words above one of them are its header too.
_HEADER_REASONS = frozenset({"boilerplate: navigation", "boilerplate: breadcrumb", "boilerplate: related-article list"})


#: A number set alone as a badge over a heading (01, 02 …; PART 01, NO.2), as WeChat editors style them.
_BADGE = re.compile(r"^(?:part|no\.?)?(\d{1,2})$", re.I)
#: A line that may be the heading under a badge: short, not ending a sentence.
_UNDER_BADGE = re.compile(r"^[^。！？!?]{2,30}$")


def _drop_number_badges(kept: list) -> list[Dropped]:
    """Take from ``kept`` the numbers set alone as badges over headings (01 over 坚定信心，准确把握发展形势):
    two or more, counting up from 1, each right above a short line that ends no sentence. The headings
    under them keep their order; the badges are recorded as dropped."""
    found = [i for i in range(len(kept) - 1)
             if isinstance(kept[i], Paragraph) and isinstance(kept[i + 1], Paragraph)
             and _BADGE.match(compact(kept[i].text)) and _UNDER_BADGE.match(compact(kept[i + 1].text))]
    numbers = [int(_BADGE.match(compact(kept[i].text)).group(1)) for i in found]
    if len(found) < 2 or numbers != list(range(1, len(numbers) + 1)):
        return []
    gone = [Dropped(kept[i].text, "boilerplate: number badge over a heading") for i in found]
    for i in reversed(found):
        del kept[i]
    return gone


#: A paragraph wholly in brackets, with a sentence mark inside it: a remark about the speech
#: (（发言的时候差点没忍住，还好最后讲完了。）), not a stage direction (（掌声）, （全场起立鼓掌）).
_BRACKETED_REMARK = re.compile(r"^[（(](?=[^（）()]*[。！？.!?])[^（）()]{10,160}[)）]$")
#: A closing line of thanks (谢谢大家！ 祝大家工作顺利，身体健康！谢谢！).
_THANKS_END = re.compile(r"(谢谢|感谢|謝謝|感謝)[^。，！？]{0,6}[！!。.]?$")


def _drop_bracketed_afterword(kept: list) -> list[Dropped]:
    """Pop a remark in brackets that ends the page just after the speech's closing thanks — a blogger's
    afterword (（发言的时候差点没忍住，还好最后讲完了。）) — from ``kept``; return it as dropped."""
    if len(kept) < 3 or not all(isinstance(b, Paragraph) for b in kept[-2:]):
        return []
    if not _BRACKETED_REMARK.match(compact(kept[-1].text)) or not _THANKS_END.search(compact(kept[-2].text)):
        return []
    return [Dropped(kept.pop().text, "boilerplate: a remark after the speech")]


def boilerplate(doc: Document) -> Document:
    """Return ``doc`` without site clutter; each dropped paragraph is recorded with its reason.

    Clutter is what :data:`RULES` matches, plus up to :data:`MAX_TAIL_REPEATS` paragraphs at the very
    end of the page that repeat the page's title or a summary (never a line the speech itself uses
    again), a licence footer in fragments, notes after the speech, a site menu and credits pasted after
    it (:mod:`._credits`); on
    a news page, the report above the line that says where the speech starts, the report above the
    speech's full title block (title, speaker, salutation) and the report that ends the page after the
    speech (:mod:`._lead`), the original headline a news site runs on after the last sentence; a signer and
    date glued after it are set on lines of their own for the structure pass. A page with no title yet takes its headline from a column-prefixed headline
    (樱花FM|…) or from the news item above such a report.
    """
    if not doc.speeches:
        return doc
    speeches: list[Speech] = []
    dropped: list[Dropped] = []
    head: _Head | None = None
    title = doc.title
    for i, speech in enumerate(doc.speeches):
        if i == 0:
            blocks, gone = cut_news_lead(speech.blocks, _is_lead_in)
            dropped += gone
            blocks, gone = cut_study_notes(blocks)
            speech = replace(speech, blocks=tuple(blocks))
            dropped += gone
        kept, gone = _drop_rules(speech)
        dropped += gone
        if i == 0:
            dropped += _drop_head_menu(speech.blocks, kept, gone)
        dropped += _drop_number_badges(kept)
        if i == 0 and not title and kept and _headline_with_column(kept[0], True) \
                and getattr(match_rule(kept[0].text), "reason", None) == COLUMN_LABEL:
            title = kept.pop(0).text.strip()     # 樱花FM|…: the page's headline, not the speech's own title
            dropped.append(Dropped(title, COLUMN_HEADLINE))
        if i == 0:
            kept, gone = cut_report_above_salutation(kept)
            dropped += gone
            kept, gone = cut_meeting_lead(kept)
            dropped += gone
            kept, gone, headline = cut_report_above_title_block(kept, bool(title))
            dropped += gone
            title = title or headline
            kept, gone = cut_preface(kept)
            dropped += gone
            kept, gone = cut_commentary(kept, title or "")
            dropped += gone
        head = head or _page_head(doc.evolve(title=title), kept)
        if i == len(doc.speeches) - 1:
            split_glued_signature(kept)
            dropped += _drop_tail_repeats(kept, head, [compact(d.text) for d in dropped])
            dropped += _drop_licence_footer(kept)
            dropped += _drop_endnotes(kept)
            dropped += _drop_tail_menu(kept)
            dropped += _drop_bracketed_afterword(kept)
            dropped += drop_end_section(kept)
            dropped += drop_credits(kept)
            kept, gone = cut_afterword(kept, title or "")
            dropped += gone
            kept, gone = cut_report_after(kept)
            dropped += gone
            dropped += _drop_tail_repeats(kept, head, [compact(d.text) for d in dropped])   # a footer above a menu
            dropped += drop_source_tag(kept)       # last: the paragraph it leaves is no cut copy of itself
        speeches.append(replace(speech, blocks=tuple(kept)))
    return doc.evolve(speeches=tuple(speeches), title=title).drop(dropped)
