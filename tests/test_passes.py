"""Each pass on its own: normalize, boilerplate, split, structure, placeholders, and the pass list."""
from __future__ import annotations

from dataclasses import replace

import pytest

from speechconv import Document, Paragraph, Run, Speech, SpeechconvError
from speechconv.passes import DEFAULT_PASSES, resolve, run_passes
from speechconv.passes.boilerplate import boilerplate, match_rule
from speechconv.passes.normalize import join_hard_wraps, normalize, normalize_text
from speechconv.passes.placeholders import placeholders
from speechconv.passes._text import base_title, cn_number
from speechconv.passes.split import split
from speechconv.passes.structure import heading_form, structure


def doc_of(*lines: str) -> Document:
    """Return a one-speech document whose paragraphs are ``lines``."""
    return Document(speeches=(Speech(blocks=tuple(Paragraph.of(t) for t in lines)),))


@pytest.mark.parametrize("raw, clean", [
    ("集团党委书记、董事长 吴海", "集团党委书记、董事长 吴海"),     # offices listed, then the name: its space stays
    ("演讲人：高二（3）班 林小雨", "演讲人：高二（3）班 林小雨"),     # a speaker label, a unit, the name: likewise
    ("他说：我们 一起 去找 王明", "他说：我们一起去找王明"),          # near-miss: a sentence after a colon
    ("总结工作.下面我讲三点意见.", "总结工作。下面我讲三点意见。"),     # a half-width full stop in Chinese text
    ("今天我演讲的题目是《青春向党 奋斗强国》，我们 要 加强学习，认真 贯彻落实。", "今天我演讲的题目是《青春向党 奋斗强国》，我们要加强学习，认真贯彻落实。"),
    ("增长1.5亿元，见www.gov.cn", "增长1.5亿元，见www.gov.cn"), ("二.抓住重点", "二.抓住重点"),
    ("一、 提高认识", "一、提高认识"),
    ("推动工作 创新发展。", "推动工作创新发展。"),
    ("研究部署思路和措施, 推动工作", "研究部署思路和措施，推动工作"),
    ("增光添彩 !", "增光添彩！"),
    ("同志们:", "同志们："),
    ("时间 10:30 开会", "时间10:30开会"),
    ("共1,000人参加", "共1,000人参加"),
    ("会议(扩大)召开", "会议（扩大）召开"),
    ("use Python 3.11 now", "use Python 3.11 now"),
    ("国务院总理\u3000李\u3000强", "国务院总理 李 强"),   # a short line: spaces separate phrases
    ("十八而志梦起航  青春向党筑未来", "十八而志梦起航 青春向党筑未来"),
    ("推动工作 创新发展，服务 大局。", "推动工作创新发展，服务大局。"),
    ("见 https://example.org/a?x=1,2 页面", "见 https://example.org/a?x=1,2页面"),
    ("等等...", "等等……"),
    ("法治中国?巾帼在行动", "法治中国?巾帼在行动"),
    ("一是什么?", "一是什么？"),
    ("\u00a0\u00a0大家好！", "大家好！"),
    # a connecting dash between two names stays single; a dash that breaks a sentence is doubled
    ("在中国—东盟职业教育合作大会开幕式上的演讲", "在中国—东盟职业教育合作大会开幕式上的演讲"),
    ("这就是我们的奋斗目标—建设美丽乡村。", "这就是我们的奋斗目标——建设美丽乡村。"),
    ("砥砺奋进—在全县大会上的讲话", "砥砺奋进——在全县大会上的讲话"),
    ("—在全县大会上的讲话", "——在全县大会上的讲话"),
])
def test_normalize_text(raw, clean):
    assert normalize_text(raw) == clean


def test_normalize_reports_lost_characters():
    doc = normalize(doc_of("常态化推进“建设法治中国?巾帼在行动”活动。"))
    assert [w.code for w in doc.warnings] == ["lossy-char"]
    assert "?" in doc.warnings[0].text


def test_hard_wrapped_lines_are_joined_but_short_lines_kept():
    first = ("这是一个被固定宽度折行的段落，它的每一行都是二十个字符长，后面还有内容，这里也是同样长度的文字，"
             "为了让统计看得出来还要再写一行二十个字，直到段落结束。")
    second = "另一个段落同样被折成二十个字符长度的一行一行的文字，中间还有一行整行，最后一行在这里。"
    wrapped = [first[:20], first[20:40], first[40:60], first[60:], "标题行", second[:20], second[20:40], second[40:]]
    out = [p.text for p in join_hard_wraps([Paragraph.of(t) for t in wrapped])]
    assert out == [first, "标题行", second]


@pytest.mark.parametrize("text, reason", [
    ("学习啦>实用范文>致辞讲话>会议发言稿>", "boilerplate: breadcrumb"),
    ("当前位置：首页 > 党建引领> 学习专栏", "boilerplate: breadcrumb"),
    ("时间: 佩珊0 分享", "boilerplate: meta line"),
    ("2018-07-22演讲稿", "boilerplate: meta line"),
    ("2020-05-30 11:24", "boilerplate: meta line"),
    ("2025.02.17", None),          # a bare date is the speech's date line more often than a stamp
    ("下面是小编为大家整理的讲话稿，仅供参考。", "boilerplate: editor note"),
    ("【导语】以下是无忧考网为您整理的《贺词》，希望大家能够喜欢。", "boilerplate: editor note"),
    ("(未完,全文共1122字,当前显示346字)", "boilerplate: truncation note"),
    ("上一篇：在毕业典礼上的讲话", "boilerplate: navigation"),
    ("推荐度:", "boilerplate: download prompt"),
    ("点击下载文档文档为doc格式", "boilerplate: download prompt"),
    ("电脑桌面 添加学习啦到电脑桌面 安装后可以在桌面快捷访问", "boilerplate: desktop-shortcut prompt"),
    ("绍兴市第一中学 版权所有 Copyright © SXYZ.NET", "boilerplate: copyright line"),
    ("【打印正文】", "boilerplate: print or share button"),
    ("2432812", "boilerplate: stray number"),
    ("我们要依法保护知识产权和版权，加强执法检查，严厉打击侵权盗版行为，营造尊重创新的良好环境，"
     "让创新者安心创造，让每一份智慧成果都得到应有的回报，这是建设创新型国家的必然要求和重要保障。", None),
    ("同志们：", None),
    ("首先，我代表党中央和国务院，向大家致以节日的问候！", None),
    # Traditional characters meet the same rules (folded for matching only)
    ("責任編輯：陳小明", "boilerplate: meta line"),
    ("請加入成為本報的月費訂戶，長期支持我們的工作。", "boilerplate: reader support appeal"),
    ("我们要关心和支持我们的工作人员。", None),
    ("example.com.hk/about/#subscribe", "boilerplate: source link"),
    ("訂戶 網址：example.com/subscribe", "boilerplate: source link"),
    ("校長在典禮上致辭。李小華攝", "boilerplate: photo caption"),
    ("市长出席开幕式。美联社资料照片", "boilerplate: photo caption"),
    ("今早的升旗仪式，没有下雨。市政府新闻处图片", "boilerplate: photo caption"),
    ("今天我们一起看了很多老照片", None),
    ("END", "boilerplate: end mark"),
    ("以下是原始音频链接和演讲全文链接。", "boilerplate: news lead-in"),
    ("Here are the links to the original audio followed by the full transcript.", "boilerplate: news lead-in"),
    ("Full text of the speech:", "boilerplate: news lead-in"),
    ("The full transcript of his remarks is as follows:", "boilerplate: news lead-in"),
    ("Read the full speech below.", "boilerplate: news lead-in"),
    ("The full story of our school is one of hard work.", None),
    ("The full text of the agreement will be published tomorrow.", None),
    ("💡 感谢您的观看！欢迎分享文章，或是来信与我交流。", "boilerplate: blog sign-off"),
    ("感谢大家的收听。", None),     # near-miss: a speech's own thanks to its hearers
    ("本站 RSS地址已更新，麻烦读者朋友们重新订阅一次喔！", "boilerplate: site notice"),
    ("本站将继续做好服务工作。", None),
    ("文字稿", "boilerplate: page section label"),
    ("English", "boilerplate: page section label"),
    ("（按：此文是依据村上春树在日本《文艺春秋》杂志发表的日语原文翻译的）", "boilerplate: translator's note"),
    ("译者注：原文为英文。", "boilerplate: translator's note"),
    ("按照会议安排，我讲三点意见。", None),
    ("【纠错】【责任编辑：赵敏】", "boilerplate: print or share button"),
    ("编辑 | 小林", "boilerplate: column label"), ("作者 | 陈校长", None),     # the author's credit may name the speaker
    ("往期推荐", "boilerplate: navigation"),
    ("以下文章来源于XX教育，作者XX教育", "boilerplate: wechat account card"),
    ("XX市教育局官方公众号", "boilerplate: wechat account card"),
    ("这是我们的公众号", None),
    ("【关注】这些新规3月起施行", "boilerplate: headline list"),
    ("我们要关注民生。", None),
    ("原创 XX发布 XX发布 2024-03-05 08:30 发表于浙江", "boilerplate: meta line"),
    ("2024-07-03 08:30:15　来源：XX日报", "boilerplate: meta line"),
    ("2024-10-18 | 来源：党群工作部 | 阅读量：1520", "boilerplate: meta line"),
    ("2024年7月3日　作者：张三　浏览次数：215", "boilerplate: meta line"),
    ("2024年7月3日", None), ("2024年7月3日，来源于基层的意见建议共127条。", None),
    ("本网记者 曾磊　摄影 丁一", "boilerplate: news credit"), ("记者 张三 李四", "boilerplate: news credit"),
    ("记者朋友们", None), ("感谢各位记者", None),
    ("Speech", "boilerplate: page section label"), ("Remarks:", "boilerplate: page section label"),
    ("Remarks on the economy", None),
    ("本文标签：述职报告 个人述职", "boilerplate: tag line"), ("更多范文请访问：www.fanwen-example.com", "boilerplate: link prompt"),
    ("（征求意见稿，请勿外传）", "boilerplate: draft marking"), ("（初稿）", "boilerplate: draft marking"),
    ("【待补充：引用去年事故案例两例——办公室小王】", "boilerplate: draft note"),
    ("目 录", "boilerplate: table of contents"), ("在全市经济工作会议上的讲话（林国栋）……1", "boilerplate: table of contents"),
    ("一、总体要求..........3", "boilerplate: table of contents"), ("东州市委办公室　编", "boilerplate: compiler credit"),
    ("县教育局办公室编印", "boilerplate: compiler credit"),
    ("领导讲话汇编", None), ("目录要简明。", None), ("我们要编印一批学习材料。", None), ("一、总体要求……", None),
    ("注：本讲话稿根据录音整理，未经本人审阅。", "boilerplate: editor note"), ("注：发表时有删节。", "boilerplate: editor note"),
    ("说明：本文根据作者在会上的讲话录音整理", "boilerplate: editor note"),
    ("注：文中数据为初步统计数。", None), ("注：要根据录音整理会议纪要，及时报送。会后三天内完成。", None),
    ("材料之三", "boilerplate: document marking"), ("会议材料之五", "boilerplate: document marking"),
    ("典型发言材料之二", "boilerplate: document marking"), ("材料3", "boilerplate: document marking"),
    ("（内部资料，请勿外传）", "boilerplate: document marking"), ("内部材料，会后收回", "boilerplate: document marking"),
    ("材料之三要补充。", None), ("内部资料要注意保存。", None), ("学习材料之外的知识", None), ("秘密武器", None),
    ("此件不公开的原因", None), ("各单位报送材料3份。", None),
    ("标签化管理要落到实处。", None), ("更多的同志要参与进来。", None), ("初稿写好后要反复修改。", None),
    ("时间：2025年1月18日", None), ("时间：2025-01-18 10:20", "boilerplate: meta line"),
    ("发布时间：2025年1月18日", "boilerplate: meta line"),
    ("林晓东在论坛现场　图源：主办方", "boilerplate: photo caption"), ("我们要追根溯源：找准问题。", None),
    ("下载此文档", "boilerplate: download prompt"),
    # an official document's header copied with its text; near-misses: a title or sentence naming a document
    ("内部资料 注意保存", "boilerplate: official document header"),
    ("秘密★1年", "boilerplate: official document header"),
    ("X政办发〔2024〕5号", "boilerplate: official document header"),
    ("浙政发[2023]12号", "boilerplate: official document header"),
    ("中共绍兴市委办公室文件", "boilerplate: official document header"),
    ("学习贯彻省委1号文件", None),
    ("根据浙政发〔2023〕12号文件精神，我们制定了实施方案。", None),
    ("秘密武器", None),
    ("@[toc]", "boilerplate: table of contents marker"),
    ("[TOC]", "boilerplate: table of contents marker"),
    ("[toc] 是目录标记", None),
    ("（此件公开发布）", "boilerplate: official document footer"),
    ("XX县人民政府办公室　　　　　　2024年3月9日印发", "boilerplate: official document footer"),
    ("共印120份", "boilerplate: official document footer"),
    ("此件发至县团级", "boilerplate: official document footer"),
    ("这份文件于2024年3月9日印发后，各地认真贯彻。", None), ("收藏本文", "boilerplate: print or share button"),
    ("我们要下载此文档中的表格。", None),
    ("!", "boilerplate: stray mark"), ("。", "boilerplate: stray mark"), ("……", None), ("好！", None),
    ("【讀者來論・眾聲】這個專欄開放讀者來論，不設稿酬", "boilerplate: submission notice"),
    ("稿件是否採納由《眾新聞》編輯部決定。來稿請說明刊登時採用的名字。", "boilerplate: submission notice"),
    ("欢迎同学们向校报踊跃投稿，优秀稿件将在校报刊登。", None),
    ("这是某某在大会上的讲话，本刊刊发时有删节。——编者", "boilerplate: editor note"),
    ("他说：“我们要奋斗。”——这是他的名言", None),
    ("Editor's note: This is the full text of the speech.", "boilerplate: editor note"),
    ("Translator's note: the original is in Japanese.", "boilerplate: translator's note"),
    ("Source: The White House", "boilerplate: meta line"),
    ("Clipped from: https://example.com/speech", "boilerplate: web clipper residue"),
    ("来自印象笔记", "boilerplate: web clipper residue"),
    ("Evernote", "boilerplate: web clipper residue"),
    ("我们要把笔记本电脑用好。", None),
    ("译者简介：张三，北京大学教授，译有多部作品。", "boilerplate: biography"),
    ("市长录影讲话全文：", "boilerplate: news lead-in"),
    ("下面，我讲三点意见：", None),
    ("以下为年度演讲全文。与你分享。", "boilerplate: news lead-in"),
    ("以下是我的三点体会。", None),
    ("【人物介绍】", "boilerplate: page section label"),
    ("内容指导：", "boilerplate: credit"),
    ("指导思想：坚持稳中求进。", None),
    ("某某读书会出品", "boilerplate: credit"),
    ("本文为自动备份，仅供查阅学习", "boilerplate: editor note"),
    (".. note::", "boilerplate: markup residue"),
    ('{{< video src="https://example.com/v.mp4" >}}', "boilerplate: markup residue"),
    ("{{}}", "boilerplate: markup residue"),
    ("{% include ad.html %}", "boilerplate: markup residue"),
    ("|bm2007080101.jpg|", "boilerplate: markup residue"),
    ("{我们}的目标", None),
    ("============", "boilerplate: separator line"),
    ("主办：某某法学研究会", "boilerplate: credit"),
    ("投稿合作：someone@example.com", "boilerplate: credit"),
    ("someone@example.com", "boilerplate: contact line"),
    ("（2007年8月19日译）", "boilerplate: credit"),
    ("（2007年8月19日）", None),
    ("博客 | 讀者來論", "boilerplate: column label"),
    ("> 文章内容", "boilerplate: breadcrumb"),
    ("返回学院网站", "boilerplate: navigation"),
    ("返回来看，我们的工作还有差距。", None),
    ("时局 | 习近平：欢迎知识分子提出批评", None),
    ("以下为某某的演讲实录，本刊进行了不改变原意的编辑：", "boilerplate: news lead-in"),
    ("以下为某某的演讲实录，我们要认真学习，深刻领会其中的精神实质，把思想统一到讲话精神上来。", None),
    ("（人民网）", "boilerplate: source credit"),
    ("（完善制度）", None),
    (":house:返回首頁", "boilerplate: navigation"),
    ("英文演辭這裡看", "boilerplate: link prompt"),
    ("点击查看视频", "boilerplate: link prompt"),
    ("阅读国务院英文原文：", "boilerplate: link prompt"),
    ("视频链接", "boilerplate: link prompt"),
    ("如果你不想你的名字出现在这个页面上，请联系我，我会立即删除！", "boilerplate: takedown notice"),
    ("本文来自网络，如有侵权请联系删除。", "boilerplate: takedown notice"),
    ("发现问题要及时联系有关部门，删除不良信息。", None),
    ("阅读原著，我们要下功夫。", None),
    ("我们要到群众中去，从这里看到希望。", None),        # an emoji shortcode before a Markdown link
    ("MOS香港部 轉載自GNews", "boilerplate: source credit"),
    ("转载自人民网", "boilerplate: source credit"),
    ("我们的工作重心转自农村，要把城市的事情办好。", None),
    ("编译：某某教育部-Noemi", "boilerplate: meta line"),
    ("审核/编辑/发稿:qiutian（邱甜）", "boilerplate: meta line"),
    ("听写/翻译：冠军他姨", "boilerplate: meta line"),
    ("编辑部的同志们辛苦了，审核工作很重要。", None),
    ("免责声明：本文内容仅代表作者个人观点，平台不承担任何法律风险。", "boilerplate: disclaimer"),
    ("本文观点不代表本站立场。", "boilerplate: disclaimer"),
    ("以上发言仅代表我个人的观点，请大家批评指正。", None),
    ("更多资讯，更多关注", "boilerplate: follow prompt"),
    ("(編按：支聯會在台北舉辦研討會，以下為發言稿）", "boilerplate: editor note"),
    ("新闻简述：2021年1月18日，某某发布对国民的讲话。", "boilerplate: editor note"),
    ("摘要的写法要规范，大家要注意。", None),
    ("视频来源：https://www.example.com/watch", "boilerplate: meta line"),
    ("英文文本来源：https://www.example.com/transcript", "boilerplate: meta line"),
    ("参考链接：", "boilerplate: meta line"),
    ("参考资料：https://example.com/status/1", "boilerplate: meta line"),
    ("中英文翻译全文", "boilerplate: news lead-in"),
    ("副总统周四发表演说，以下是中央社翻译的演说中文译本，以及白宫网页的演说原文。", "boilerplate: news lead-in"),
    ("以下是我对这个问题的三点看法，供大家讨论。", None),
    ("On New Year's eve, the President delivered his address. The following is the full text of the address:",
     "boilerplate: news lead-in"),
    ("The following is the most important lesson we have learned.", None),
    ("更多精彩的工作还在后面，我们要继续努力。", None),
    # where the page took the text from, said after it (a URL, a site, a Markdown link's text)
    ("本文来源：https://www.fanwenba.com/jianghua/123.html", "boilerplate: source credit"),
    ("本文转载自省政府门户网站，查看原文", "boilerplate: source credit"),
    ("*本文转载自省政府门户网站，查看原文*", "boilerplate: source credit"),
    ("文章来源于人民网", "boilerplate: source credit"),
    ("本文摘自《求是》杂志2023年第5期", "boilerplate: source credit"),
    ("我们的力量来源于人民。", None),                  # near-miss: a speech's sentence says 来源 in passing
    ("文章来源于生活，高于生活。", None),
    ("内容来自群众的实践，我们要认真总结。", None),
    # a WeChat call to action
    ("点个“在看”，分享给更多人", "boilerplate: follow prompt"),
    ("分享、点赞、在看，三连走起！", "boilerplate: follow prompt"),
    ("欢迎分享、转发！", "boilerplate: follow prompt"),
    ("点赞+在看+分享", "boilerplate: follow prompt"),
    ("一键三连支持一下", "boilerplate: follow prompt"),
    ("觉得有用就分享给身边的朋友吧", "boilerplate: follow prompt"),
    ("老师们为你们点赞，也要把这份喜悦分享给大家！", None),   # near-misses: a speech says 点赞 / 分享 / 在看 / 三连
    ("不要只会点赞、转发，更要独立思考！", None),
    ("我想把这个故事分享给更多的人！", None),
    ("我们在看到成绩的同时，也要看到不足。", None),
    ("女排三连冠的精神激励着我们。", None),
    ("同学们要学会分享，学会合作。", None),
    # a credit whose label a speech might use (音频, 主播, 发布): only with a name after it
    ("音频：东京樱花团/战友520", "boilerplate: credit"),
    ("主播：王小明", "boilerplate: credit"),
    ("*发布：东京樱花团/平安卿卿*", "boilerplate: credit"),
    ("发布：关于加强安全生产工作的通知", None),        # near-misses: no name after the label
    ("主播：大家好，欢迎收听本期节目。", None),
    ("音频资料显示，我们的工作还有差距。", None),
    # a paper's issue line under a reprinted article
    ("《 人民日报 》（ 2020年10月30日 01 版）", "boilerplate: news credit"),
    ("《论持久战》（1938年5月）", None),               # near-miss: a work and its date, no page
    # where the text came from, with the source's title (a Markdown link's text) after it
    ("文字版原文：蓬佩奥访台演讲全文", "boilerplate: source link"),
    ("英文原文：Remarks by Secretary Pompeo", "boilerplate: source link"),
    ("原文：学而时习之，不亦说乎？", None),            # near-misses: a quotation, a sentence about the text
    ("原文是这样写的：我们要奋斗。", None),
    # what a select-all copy of a page carries around the speech
    ("上一条：我校召开2025年招生工作会议", "boilerplate: navigation"), ("【关闭】", "boilerplate: print or share button"),
    ("第 1 页 共 4 页", "boilerplate: page number"), ("还剩2页未读，继续阅读", "boilerplate: download prompt"),
    ("下载 需要2积分", "boilerplate: download prompt"), ("2积分", "boilerplate: download prompt"),
    ("编辑于 2025-05-08 14:20・IP 属地浙江", "boilerplate: meta line"), ("赞同 23", "boilerplate: meta line"),
    ("23 人赞同了该回答", "boilerplate: meta line"), ("文档格式：.docx", "boilerplate: meta line"),
    ("本帖最后由 jiaoyu2020 于 2025-2-18 20:35 编辑", "boilerplate: forum furniture"),
    ("回复 支持 反对", "boilerplate: forum furniture"), ("本帖最后由 jiaoyu2020 于 2025-2-18 20:35 编辑回复 支持 反对", "boilerplate: forum furniture"), ("返回搜狐，查看更多", "boilerplate: navigation"),
    ("平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台", "boilerplate: disclaimer"),
    ("地址：安平市政务中心　联系电话：0531-12345678", "boilerplate: contact line"),
    ("录入：政协办公室　　发布日期：2025-1-16　　浏览次数：312", "boilerplate: meta line"),
    ("教育>>高校动态", "boilerplate: breadcrumb"), ("时政 国际 观点 经济 社会 科技 教育", None),   # a menu at the top only
    ("南湖大学微信公众号", "boilerplate: wechat account card"), ("ID：nanhu_univ", "boilerplate: wechat account card"),
    ("相关文档", "boilerplate: navigation"),
    ("原创 清江教育 清江教育 2025-09-01 19:30 湖北", "boilerplate: wechat header"), ("收录于合集", "boilerplate: wechat header"),
    ("#开学典礼 5个", "boilerplate: wechat header"), ("预览时标签不可点", "boilerplate: wechat header"),
    ("前一篇：老伴的生日", "boilerplate: navigation"), ("评论：小雨：谢谢爷爷！2025-05-21", "boilerplate: reader comment"),
    ("阅读(236)|评论(3)|收藏(0)|转载(1)|喜欢▼|打印|举报/Report", "boilerplate: print or share button"),
    ("已踩过<", "boilerplate: meta line"), ("你对这个回答的评价是？", "boilerplate: meta line"),
    ("网站标识码：1101050001", "boilerplate: copyright line"), ("(2025-05-20 21:10:33)", "boilerplate: meta line"),
    ("（2025年5月20日）", None),
    ("400-660-0108", "boilerplate: contact line"), ("0531-12345678", "boilerplate: contact line"),
    ("工作时间 8:30-22:00", "boilerplate: contact line"), ("2025-2030", None), ("工作时间要延长", None),
    ("中文 | English", "boilerplate: language switch"), ("简体 / 繁體 / EN", "boilerplate: language switch"),
    ("樱花FM|蓬佩奥访台演讲全文", "boilerplate: column label"),
    ("原创性是科技创新的灵魂，2025-2030年要加强。", None), ("评论员文章指出：要坚持人民至上。", None),
    # near-misses: a list of names set apart by spaces, a speaker line, sentences that use the same words
    ("张伟 李娜 王磊 刘洋 陈静", None), ("And the third part of this", None), ("县委书记 李明华", None), ("我们要继续阅读经典，关闭心门是不行的。", None),
    ("地址：人民路1号", None), ("上一条路走不通，就换一条。", None), ("（三）办好政务微信公众号", None),
    ("觉得有用的话点个赞吧，有问题评论区见~", "boilerplate: blog sign-off"),
    ("请大家关注一下这个问题。", None), ("我们要点赞身边的好人好事，学习他们的精神。", None),
])
def test_boilerplate_rules(text, reason):
    rule = match_rule(text)
    assert (rule.reason if rule else None) == reason


def test_boilerplate_records_every_dropped_paragraph_and_the_repeated_title():
    lines = ["首页>讲话稿>", "在全市大会上的讲话", "同志们：", "第一段内容。", "第二段内容。", "第三段内容。",
             "第四段内容。", "第五段内容。", "在全市大会上的讲话", "推荐度："]
    doc = boilerplate(doc_of(*lines))
    kept = [b.text for b in doc.speeches[0].blocks]
    assert kept == lines[1:8]
    assert [(d.text, d.reason) for d in doc.dropped] == [
        ("首页>讲话稿>", "boilerplate: breadcrumb"), ("推荐度：", "boilerplate: download prompt"),
        ("在全市大会上的讲话", "boilerplate: page title repeated at the end")]


REPORT = "boilerplate: news report above the speech (the page says where the speech starts)"
BEFORE = "boilerplate: preface or introduction above the page's 【正文】 label"


@pytest.mark.parametrize("lines, kept, dropped", [
    (["某某总统就职演说全文", "当地时间5月20日，某某宣誓就任总统。", "他说，他会尽其所能。", "以下为就职演说全文：",
      "亲爱的同胞们！", "在我赢得选举后，我想了很多。"],
     ["某某总统就职演说全文", "亲爱的同胞们！", "在我赢得选举后，我想了很多。"],
     [("当地时间5月20日，某某宣誓就任总统。", REPORT), ("他说，他会尽其所能。", REPORT),
      ("以下为就职演说全文：", "boilerplate: news lead-in")]),
    # the lead-in run into the speech's first paragraph is cut off it
    (["某某总统就职演说全文", "当地时间5月20日，某某宣誓就任总统。", "以下为某某就职演说全文： 亲爱的同胞们！在我赢得选举后，我想了很多。"],
     ["某某总统就职演说全文", "亲爱的同胞们！在我赢得选举后，我想了很多。"],
     [("当地时间5月20日，某某宣誓就任总统。", REPORT), ("以下为某某就职演说全文：", "boilerplate: news lead-in")]),
    # a lead-in ending a report paragraph and running on into the speech cuts it in three
    (["某某投资大会在京举行。", "某某表示，投资规模未缩。以下为某某演讲全文：如大家所见，过去一年变化很大。", "第二段。"],
     ["如大家所见，过去一年变化很大。", "第二段。"],
     [("某某投资大会在京举行。", REPORT), ("某某表示，投资规模未缩。", REPORT),
      ("以下为某某演讲全文：", "boilerplate: news lead-in")]),
    # the lead-in may hold a clause before its colon
    (["某某大会在京举行。", "某某分享了观点。以下为某某的演讲实录，本刊进行了不改变原意的编辑：大家好，今天我讲三点。", "第二段。"],
     ["大家好，今天我讲三点。", "第二段。"],
     [("某某大会在京举行。", REPORT), ("某某分享了观点。", REPORT),
      ("以下为某某的演讲实录，本刊进行了不改变原意的编辑：", "boilerplate: news lead-in")]),
    # a translation blog: preface, title, 【人物介绍】 and a bio (a wrapped fragment too), then 【正文】
    (["某某在毕业典礼上的演讲", "今年我又翻译了一篇毕业演讲。", "**某某在毕业典礼上的演讲**", "【人物介绍】", "某某（Ellen",
      "Johnson，1938年生），非洲女政治家。", "【正文】", "各位毕业生：", "祝贺你们。"],
     ["某某在毕业典礼上的演讲", "**某某在毕业典礼上的演讲**", "各位毕业生：", "祝贺你们。"],
     [("今年我又翻译了一篇毕业演讲。", BEFORE), ("某某（Ellen", BEFORE), ("Johnson，1938年生），非洲女政治家。", BEFORE),
      ("【人物介绍】", "boilerplate: page section label"), ("【正文】", "boilerplate: page section label")]),
    # near-miss: a lead-in phrase after speech prose with a salutation above it stays where it is
    (["在大会上的讲话", "同志们：", "我讲三点。以下为原文：会议要开好，工作要做实。"],
     ["在大会上的讲话", "同志们：", "我讲三点。以下为原文：会议要开好，工作要做实。"], []),
    # near-miss: a salutation above the lead-in — the speech began already, nothing is cut as report
    (["在大会上的讲话", "同志们：", "今天的会很重要。", "以下为讲话全文：", "第一段。"],
     ["在大会上的讲话", "同志们：", "今天的会很重要。", "第一段。"],
     [("以下为讲话全文：", "boilerplate: news lead-in")]),
    # near-miss: a headline that exclaims stays above the report that goes
    (["青春，奋斗吧！", "5月4日，某某大学举行青年节大会，校长发表讲话。", "以下为讲话全文：", "同学们：", "今天是五四青年节。"],
     ["青春，奋斗吧！", "同学们：", "今天是五四青年节。"],
     [("5月4日，某某大学举行青年节大会，校长发表讲话。", REPORT), ("以下为讲话全文：", "boilerplate: news lead-in")]),
    # near-miss: no lead-in near the top — prose under the title stays
    (["在大会上的讲话", "今天的会很重要。", "第一段。"], ["在大会上的讲话", "今天的会很重要。", "第一段。"], []),
    # a report's sentence ending in a colon, between its prose, is the report's too (no byline)
    (["某某寄语学生", "前首席法官某某今午出席毕业典礼并致辞。", "某某向学生提出三点面对挑战的建议：", "第一，法律是一个值得尊敬的专业。",
      "某某演辞全文：", "I am honoured to be here."],
     ["某某寄语学生", "I am honoured to be here."],
     [("前首席法官某某今午出席毕业典礼并致辞。", REPORT), ("某某向学生提出三点面对挑战的建议：", REPORT),
      ("第一，法律是一个值得尊敬的专业。", REPORT), ("某某演辞全文：", "boilerplate: news lead-in")]),
    # near-miss: a colon line with no report prose above it stays (a title line may end so)
    (["某某向学生提出三点面对挑战的建议：", "第一，法律是一个值得尊敬的专业。", "以下为演辞全文：", "I am honoured to be here."],
     ["某某向学生提出三点面对挑战的建议：", "I am honoured to be here."],
     [("第一，法律是一个值得尊敬的专业。", REPORT), ("以下为演辞全文：", "boilerplate: news lead-in")]),
])
def test_news_report_above_a_lead_in_goes(lines, kept, dropped):
    assert kept_and_dropped(lines) == (kept, dropped)


COLUMN_HEADLINE = "boilerplate: page headline with a column's name before a bar (the page title)"
BESIDE_CREDIT = "boilerplate: credit (a label and a name beside another credit line)"


@pytest.mark.parametrize("lines, title, kept, dropped", [
    # a headline with a column's name before a bar, first on the page: the page title
    (["樱花FM|蓬佩奥访台演讲全文", "我非常高兴在此与各位见面。"], "樱花FM|蓬佩奥访台演讲全文",
     ["我非常高兴在此与各位见面。"], [("樱花FM|蓬佩奥访台演讲全文", COLUMN_HEADLINE)]),
    # near-misses: a column label names someone or a column; the same shape lower down is a label
    (["编辑 | 小林", "我非常高兴在此与各位见面。"], None, ["我非常高兴在此与各位见面。"],
     [("编辑 | 小林", "boilerplate: column label")]),
    (["我非常高兴在此与各位见面。", "樱花FM|蓬佩奥访台演讲全文"], None, ["我非常高兴在此与各位见面。"],
     [("樱花FM|蓬佩奥访台演讲全文", "boilerplate: column label")]),
])
def test_a_headline_with_a_column_name_is_the_page_title(lines, title, kept, dropped):
    doc = boilerplate(doc_of(*lines))
    assert (doc.title, [b.text for b in doc.speeches[0].blocks], [(d.text, d.reason) for d in doc.dropped]) \
        == (title, kept, dropped)


@pytest.mark.parametrize("lines, kept, dropped", [
    # a credit line of a label and a name right under or above another credit line goes with it
    (["谢谢大家。", "编辑：东京樱花团/asket", "校审：王敏"], ["谢谢大家。"],
     [("编辑：东京樱花团/asket", "boilerplate: meta line"), ("校审：王敏", BESIDE_CREDIT)]),
    (["谢谢大家。", "校审：morning_lin", "编辑：东京樱花团/asket"], ["谢谢大家。"],
     [("校审：morning_lin", BESIDE_CREDIT), ("编辑：东京樱花团/asket", "boilerplate: meta line")]),
    # near-misses: a part marker after a meta line that is no credit; a label with no name after a credit
    (["本文已影响2.3万人", "范文一：珍惜时间", "老师们、同学们："], ["范文一：珍惜时间", "老师们、同学们："],
     [("本文已影响2.3万人", "boilerplate: meta line")]),
    (["谢谢大家。", "编辑：王敏", "地点：会议室"], ["谢谢大家。", "地点：会议室"], [("编辑：王敏", "boilerplate: meta line")]),
])
def test_a_credit_line_beside_another_goes(lines, kept, dropped):
    assert kept_and_dropped(lines) == (kept, dropped)


TITLE_BLOCK = "boilerplate: news report above the speech's title block (title, speaker, salutation)"


@pytest.mark.parametrize("lines, kept, dropped", [
    # a reprinted news item and communiqué above the speech's own title, speaker and salutation
    (["全会在京举行", "新华社北京10月29日电 某某全会公报", "全会于10月26日至29日在北京举行。", "全会一致认为，只要团结奋斗，我们就一定能够战胜困难。",
      "全会号召，全党要团结奋斗！", "《 人民日报 》（ 2020年10月30日 01 版）", "在纪念大会上的讲话", "习近平", "同志们，朋友们：",
      "今天，我们在这里隆重集会。"],
     ["在纪念大会上的讲话", "习近平", "同志们，朋友们：", "今天，我们在这里隆重集会。"],
     [("《 人民日报 》（ 2020年10月30日 01 版）", "boilerplate: news credit"),
      ("全会在京举行", "boilerplate: the news item's headline, taken as the page title"),
      ("新华社北京10月29日电 某某全会公报", TITLE_BLOCK), ("全会于10月26日至29日在北京举行。", TITLE_BLOCK),
      ("全会一致认为，只要团结奋斗，我们就一定能够战胜困难。", TITLE_BLOCK), ("全会号召，全党要团结奋斗！", TITLE_BLOCK)]),
    # a ——subtitle may stand between the title and the speaker
    (["市长出席大会并发表讲话。", "大会由副市长主持。", "在全市大会上的讲话", "——2024年工作部署", "市长 张三", "同志们：", "今天开会。"],
     ["在全市大会上的讲话", "——2024年工作部署", "市长 张三", "同志们：", "今天开会。"],
     [("市长出席大会并发表讲话。", TITLE_BLOCK), ("大会由副市长主持。", TITLE_BLOCK)]),
    # near-miss: the prose above speaks in the first person — an untitled speech, not a report
    (["新华社北京10月29日电 会议召开", "我们要认真学习会议精神，抓好落实。", "在纪念大会上的讲话", "习近平", "同志们：", "今天开会。"],
     ["新华社北京10月29日电 会议召开", "我们要认真学习会议精神，抓好落实。", "在纪念大会上的讲话", "习近平", "同志们：", "今天开会。"], []),
    # near-miss: third-person prose that reads as no news (no dateline, no report of an address)
    (["学校简介", "学校创建于1905年，现有学生三千人。", "学校占地二百亩。", "在开学典礼上的讲话", "王明", "同学们：", "新学期开始了。"],
     ["学校简介", "学校创建于1905年，现有学生三千人。", "学校占地二百亩。", "在开学典礼上的讲话", "王明", "同学们：", "新学期开始了。"],
     []),
    # near-miss: no speaker line between the title and the salutation — no full title block
    (["新华社北京10月29日电 会议召开", "会议由市长主持。", "全会审议了报告。", "在纪念大会上的讲话", "同志们：", "今天开会。"],
     ["新华社北京10月29日电 会议召开", "会议由市长主持。", "全会审议了报告。", "在纪念大会上的讲话", "同志们：", "今天开会。"], []),
])
def test_news_report_above_a_title_block_goes(lines, kept, dropped):
    assert kept_and_dropped(lines) == (kept, dropped)


def kept_and_dropped(lines: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """Return the paragraphs the boilerplate pass keeps of ``lines`` and what it drops, with reasons."""
    doc = boilerplate(doc_of(*lines))
    return [b.text for b in doc.speeches[0].blocks], [(d.text, d.reason) for d in doc.dropped]


LABEL = "boilerplate: speaker label before the salutation"
ABOVE = "boilerplate: report or summary between the headline and the salutation"


@pytest.mark.parametrize("lines, kept, dropped", [
    # a transcript under a report: the speaker's label and the salutation say where the speech starts
    (["副会长某某某致辞", "7月13日，交易会在大连举行。图为副会长某某某。", "张忠付：尊敬的李市长，各位来宾，大家下午好。首先我表示祝贺。",
      "最后，预祝成功。"],
     ["副会长某某某致辞", "尊敬的李市长，各位来宾，大家下午好。首先我表示祝贺。", "最后，预祝成功。"],
     [("7月13日，交易会在大连举行。图为副会长某某某。", ABOVE), ("张忠付：", LABEL)]),
    (["在大会上的讲话", "会议于今日召开，市长出席并讲话。", "同志们：", "今天的会很重要。"],
     ["在大会上的讲话", "同志们：", "今天的会很重要。"], [("会议于今日召开，市长出席并讲话。", ABOVE)]),
    # near-miss: a title between the prose and the salutation — the salutation may be a later speech's
    (["第一篇讲话", "今天的会很重要，大家要认真落实。", "第二篇讲话", "同志们：", "今天讲两点。"],
     ["第一篇讲话", "今天的会很重要，大家要认真落实。", "第二篇讲话", "同志们：", "今天讲两点。"], []),
    # a speaker's name and office as the label, a long salutation after it
    (["某某副总统在追思会上的讲话", "某某副总统：某某牧师、某某州长、某某部长、某某部长，某某参议员、尊贵的客人们、所有观看的人们：我们在这里纪念他。"],
     ["某某副总统在追思会上的讲话", "某某牧师、某某州长、某某部长、某某部长，某某参议员、尊贵的客人们、所有观看的人们：我们在这里纪念他。"],
     [("某某副总统：", LABEL)]),
    # near-miss: a speech's own prose above its call on the people present (同志们，…) stays
    (["在大会上的讲话", "今天我们召开全县教育工作会议，主要任务是总结工作。", "同志们，这次会议很重要。"],
     ["在大会上的讲话", "今天我们召开全县教育工作会议，主要任务是总结工作。", "同志们，这次会议很重要。"], []),
    # a longer report that opens as news does (a dateline) may stand above the salutation too
    (["大会开幕", "新华社北京3月5日电 十四届全国人大二次会议5日上午在人民大会堂开幕。", "大会听取了政府工作报告。", "代表们认为，报告实事求是。", "会议期间，代表们还将审议其他报告。", "会议由大会主席团常务主席主持。", "各位代表：", "现在，我代表国务院作报告。"],
     ["大会开幕", "各位代表：", "现在，我代表国务院作报告。"], [("新华社北京3月5日电 十四届全国人大二次会议5日上午在人民大会堂开幕。", ABOVE), ("大会听取了政府工作报告。", ABOVE), ("代表们认为，报告实事求是。", ABOVE), ("会议期间，代表们还将审议其他报告。", ABOVE), ("会议由大会主席团常务主席主持。", ABOVE)]),
    # near-miss: as much prose that opens as no news report stays (it may be a speech of its own)
    (["工作总结", "我们的工作取得了很大成绩。", "大家的努力有目共睹。", "当然也有不足之处。", "这些问题要认真解决。", "下一步要继续努力。", "各位代表：", "现在，我作报告。"],
     ["工作总结", "我们的工作取得了很大成绩。", "大家的努力有目共睹。", "当然也有不足之处。", "这些问题要认真解决。", "下一步要继续努力。", "各位代表：", "现在，我作报告。"], []),
    # near-miss: a name and colon before prose that is no salutation stays (an interview's answer)
    (["访谈录", "张明：我们的工作很扎实。", "李华：谢谢。"], ["访谈录", "张明：我们的工作很扎实。", "李华：谢谢。"], []),
])
def test_report_above_the_salutation_goes(lines, kept, dropped):
    assert kept_and_dropped(lines) == (kept, dropped)


COMMENTARY = "boilerplate: commentary about the speech above it (the speech opens under it)"
BIOGRAPHY = "boilerplate: the speaker's biography above the speech"
HEADNOTE = "boilerplate: editor's headnote above the speech (a dated occasion set off by a dash)"


@pytest.mark.parametrize("lines, kept, dropped", [
    # a blog's words about the speech, in the third person, then the speech opens with thanks after a heading
    (["某某的败选演说", "今天是大选日。", "所有人都注意到，某某发表了一篇第一流的败选演说，这篇演说是他最后的声音。",
      "我的朋友们，我们走完了旅程", "感谢各位。非常感谢你们，我的朋友们。", "刚才，我给对手打了电话。"],
     ["某某的败选演说", "我的朋友们，我们走完了旅程", "感谢各位。非常感谢你们，我的朋友们。", "刚才，我给对手打了电话。"],
     [("今天是大选日。", COMMENTARY),
      ("所有人都注意到，某某发表了一篇第一流的败选演说，这篇演说是他最后的声音。", COMMENTARY)]),
    # a news site's line saying it translated the speech (Traditional), the speech greets at once
    (["【中譯】總統公布政策發言全文", "總統周五宣布一系列政策，本台全文翻譯該篇發言。", "非常感謝你們。下午好。",
      "我今天在這裏談談我們的關係。"],
     ["【中譯】總統公布政策發言全文", "非常感謝你們。下午好。", "我今天在這裏談談我們的關係。"],
     [("總統周五宣布一系列政策，本台全文翻譯該篇發言。", COMMENTARY)]),
    # the headline's speaker delivered it: 发表了一场…演讲 with the name in the headline
    (["张明：青春的选择", "昨天，张明在毕业典礼上发表了一场动人的演讲，台下掌声不断。", "同学们好！今天你们毕业了。",
      "祝大家前程似锦。"],
     ["张明：青春的选择", "同学们好！今天你们毕业了。", "祝大家前程似锦。"],
     [("昨天，张明在毕业典礼上发表了一场动人的演讲，台下掌声不断。", COMMENTARY)]),
    # near-miss: a lecture that opens with history (someone else's speech) and then speaks: nothing said of this
    # speech, and the speaker of 发表 is not the headline's
    (["在党课上的讲话", "1942年，毛泽东同志发表了一篇重要讲话，影响深远。", "今天，我想和大家谈谈作风建设。", "谢谢大家。"],
     ["在党课上的讲话", "1942年，毛泽东同志发表了一篇重要讲话，影响深远。", "今天，我想和大家谈谈作风建设。", "谢谢大家。"], []),
    # near-miss: the speech's own first paragraph names this speech but speaks in the first person
    (["在大会上的讲话", "这次讲话，我主要讲三点意见。", "第一，提高认识。"],
     ["在大会上的讲话", "这次讲话，我主要讲三点意见。", "第一，提高认识。"], []),
    # near-miss: a salutation above the prose — the speech began already
    (["在大会上的讲话", "同志们：", "这篇讲话稿由办公室起草，大家要认真学习。", "感谢大家。"],
     ["在大会上的讲话", "同志们：", "这篇讲话稿由办公室起草，大家要认真学习。", "感谢大家。"], []),
    # near-miss: commentary with nothing opening under it (more prose) stays
    (["某某的演说", "这篇演说很有名。", "美国人民已经作出了选择。", "这是历史性的时刻。"],
     ["某某的演说", "这篇演说很有名。", "美国人民已经作出了选择。", "这是历史性的时刻。"], []),
    # a profile page: the speaker's biography above the speaker's words
    (["吴明：奋斗正青春", "吴明，校长，首位长江学者特聘教授，主要从事动物营养研究，获国家科技进步奖。",
      "阳春三月，各位同学又迎来了新学期。", "一是要抓紧学。", "二是要踏实干。"],
     ["吴明：奋斗正青春", "阳春三月，各位同学又迎来了新学期。", "一是要抓紧学。", "二是要踏实干。"],
     [("吴明，校长，首位长江学者特聘教授，主要从事动物营养研究，获国家科技进步奖。", BIOGRAPHY)]),
    # near-miss: a eulogy's own words about the deceased say 我们 — no biography
    (["在追悼会上的悼词", "张华同志，男，汉族，1935年出生，我们永远怀念他。", "他一生勤勤恳恳。", "张华同志永垂不朽！"],
     ["在追悼会上的悼词", "张华同志，男，汉族，1935年出生，我们永远怀念他。", "他一生勤勤恳恳。", "张华同志永垂不朽！"], []),
    # near-miss: one word of a biography is no biography
    (["校长致辞", "王强，我们学校的老校长，今天也来到了现场。", "同学们好！", "祝大家进步。"],
     ["校长致辞", "王强，我们学校的老校长，今天也来到了现场。", "同学们好！", "祝大家进步。"], []),
    # an editor's dated headnote set off by a dash, over a speech that opens without greeting anyone
    (["在建校五十周年庆祝大会上的讲话", "——2008年9月28日，学校在新校区隆重举行建校五十周年庆祝大会，校友代表、师生共三千余人参加。",
      "今天，是一个值得纪念的日子，学校走过了五十年的历程。", "祝学校明天更美好！"],
     ["在建校五十周年庆祝大会上的讲话", "今天，是一个值得纪念的日子，学校走过了五十年的历程。", "祝学校明天更美好！"],
     [("——2008年9月28日，学校在新校区隆重举行建校五十周年庆祝大会，校友代表、师生共三千余人参加。", HEADNOTE)]),
    # near-miss: a speech that opens with a dash-led series of its own year's events
    (["在全县工作会议上的讲话", "——2023年，全县在省城举办招商推介会，签约项目32个。", "——2023年，全县新建学校5所。",
      "成绩来之不易。"],
     ["在全县工作会议上的讲话", "——2023年，全县在省城举办招商推介会，签约项目32个。", "——2023年，全县新建学校5所。",
      "成绩来之不易。"], []),
    # an English news lead above a bilingual speech: someone delivered the speech, in the third person
    (["新年贺词（中英对照）", "The President delivered a New Year speech Tuesday evening in the capital to ring in 2025.",
      "大家好！新年即将到来，我在这里向大家致以新年的祝福！", "Hello everyone! As the new year approaches, I extend my wishes."],
     ["新年贺词（中英对照）", "大家好！新年即将到来，我在这里向大家致以新年的祝福！",
      "Hello everyone! As the new year approaches, I extend my wishes."],
     [("The President delivered a New Year speech Tuesday evening in the capital to ring in 2025.", COMMENTARY)]),
    # near-miss: the speaker's own English first sentence about a speech says I
    (["毕业致辞", "I gave my first speech here forty years ago.", "大家好！四十年前，我在这里第一次演讲。"],
     ["毕业致辞", "I gave my first speech here forty years ago.", "大家好！四十年前，我在这里第一次演讲。"], []),
    # near-miss: a subtitle under the title (no sentence) is no headnote
    (["青春的选择", "——2024年在毕业典礼上的讲话", "同学们，今天你们毕业了。"],
     ["青春的选择", "——2024年在毕业典礼上的讲话", "同学们，今天你们毕业了。"], []),
])
def test_commentary_and_biography_above_the_speech_go(lines, kept, dropped):
    assert kept_and_dropped(lines) == (kept, dropped)


AFTERWORD = "boilerplate: a word about the speaker after the speech"


@pytest.mark.parametrize("title, lines, kept", [
    # a news page's word about the speaker after the speech (Traditional characters)
    ("終院常任法官鄧國楨退休：香港有新聞自由", ["各位來賓：", "最後，我希望告訴大家，我的工作生活非常愉快。",
      "71歲的鄧國楨為終審法院常任法官，今年10月24日任期屆滿，將轉為出任非常任法官。"], 2),
    # near-miss: a eulogy ends on the deceased, named in the headline, with no news in it
    ("在张华同志追悼会上的悼词", ["同志们：", "张华同志的一生，是光辉的一生。", "张华同志永垂不朽！"], 3),
    # near-miss: the speaker's own words about themself say 我
    ("李明校长退休致辞", ["老师们：", "今年我就要退休了，感谢大家。", "李明今年六十岁，曾任校长十年，我永远是学校的一员。"], 3),
])
def test_a_word_about_the_speaker_after_the_speech_goes(title, lines, kept):
    doc = boilerplate(replace(doc_of(*lines), title=title))
    assert [b.text for b in doc.speeches[0].blocks] == lines[:kept]
    assert [d.text for d in doc.dropped if d.reason == AFTERWORD] == lines[kept:]


AFTER = "boilerplate: news report after the speech"


@pytest.mark.parametrize("lines, kept", [
    # a news page's report after the speech's last exhortation, its closing, or a sentence that says 我们
    (["在全县防汛工作会议上的讲话", "同志们：", "今天召开这次会议，部署防汛工作。", "同志们，防汛工作责任重大，大家一定要确保安全度汛！",
      "据悉，今年以来全县累计排查整改防汛隐患236处。"], 4),
    (["在毕业典礼上的讲话", "亲爱的同学们：", "祝大家前程似锦！", "谢谢大家！", "典礼上，毕业生代表王磊作了发言。"], 4),
    (["在全区学习会上的讲话", "同志们：", "我们要以更加饱满的热情投入工作。",
      "会上，区发改局、区教育局作了交流发言。区领导张三、李四出席会议。", "市领导王五在主会场参加学习。"], 3),
    (["在全市工作会议上的讲话", "同志们：", "让我们携手奋进！", "会议由副市长李四主持。各区县政府主要负责同志参加会议。"], 3),
    # near-miss: the speech's own third-person paragraph above its last exhortation stays (not at the end)
    (["在毕业典礼上的讲话", "同学们：", "典礼上，毕业生代表王磊作了发言。", "祝大家前程似锦！"], 4),
    # near-miss: a last paragraph that calls on the listeners (要) is the speech's, however it reports
    (["在大会上的讲话", "同志们：", "我们要抓好落实！", "各区县主要负责同志要参加会议。"], 4),
    # near-miss: the speech's last words are no speaker's (no 我们, no exclamation, no thanks) — nothing goes
    (["在大会上的讲话", "同志们：", "一九五四年，第一届全国人大召开。", "会议由主席团主持。"], 4),
    # near-miss: a host's line (请…) and the speaker's pointer to what was said (刚才，…作了发言) stay
    (["主持词", "同志们：", "会议开始！", "下面，请县长作重要讲话。"], 4),
    (["在大会上的讲话", "同志们：", "今天的会开得很好！", "刚才，几位同志作了交流发言。"], 4),
    # near-miss: a report that says 这里 or quotes nobody but is the speaker's here and now
    (["在座谈会上的讲话", "同志们：", "让我们铭记历史！", "今天，中央军委在这里举行座谈会。"], 4),
])
def test_a_news_report_after_the_speech_goes(lines, kept):
    doc = boilerplate(doc_of(*lines))
    assert [b.text for b in doc.speeches[0].blocks] == lines[:kept]
    assert [d.text for d in doc.dropped if d.reason == AFTER] == lines[kept:]


LIST = "boilerplate: related-article list"
FOOTER = "boilerplate: page title repeated at the end"


@pytest.mark.parametrize("lines, kept, dropped", [
    # every headline of a recommendation list goes, one that exclaims too
    (["在毕业典礼上的讲话", "同志们：", "愿你们温暖自己，照亮他人！", "往期推荐", "XX大学招生录取工作圆满结束", "新生报到攻略来了！"],
     3, [("往期推荐", "boilerplate: navigation"), ("XX大学招生录取工作圆满结束", LIST), ("新生报到攻略来了！", LIST)]),
    # a template page's headline in book-title marks as its footer
    (["2024年五四青年节演讲稿范文（通用5篇）", "老师们、同学们：", "青春是奋斗的季节。",
      "《2024年五四青年节演讲稿范文（通用5篇）》全文内容"], 3, [("《2024年五四青年节演讲稿范文（通用5篇）》全文内容", FOOTER)]),
    (["五四青年节演讲稿", "老师们、同学们：", "青春是奋斗的季节。", "《2024年五四青年节演讲稿范文》全文"],
     3, [("《2024年五四青年节演讲稿范文》全文", FOOTER)]),
    # near-miss: a book named in the speech's last line stays
    (["读书分享会上的讲话", "同学们：", "我推荐大家读一本书。", "《平凡的世界》这本书"], 4, []),
])
def test_lists_and_footers_after_the_speech_go(lines, kept, dropped):
    assert kept_and_dropped(lines) == (lines[:kept], dropped)


CREDITS = "boilerplate: credits after the speech"


@pytest.mark.parametrize("lines, kept", [
    (["在年会上的演讲", "各位朋友：", "今天我讲三件事。", "谢谢大家。 ****", "领取演讲PPT", "主办方：某某咨询", "战略合作伙伴：某某科技",
      "某某书院某某读书会某某财经", "导演：张三", "实时摄影： 某某影像"],
     ["在年会上的演讲", "各位朋友：", "今天我讲三件事。", "谢谢大家。 ****"]),
    # near-miss: two label lines after a sentence are a notice's particulars, not credits
    (["关于开会的讲话", "同志们：", "会议要求大家准时参加。", "对象：全体干部", "要求：准时参加"],
     ["关于开会的讲话", "同志们：", "会议要求大家准时参加。", "对象：全体干部", "要求：准时参加"]),
    # near-miss: label lines that do not follow a sentence (a heading list) stay
    (["在大会上的讲话", "同志们：", "今天讲三点", "一点：形势", "二点：任务", "三点：措施"],
     ["在大会上的讲话", "同志们：", "今天讲三点", "一点：形势", "二点：任务", "三点：措施"]),
])
def test_credits_after_the_speech_go(lines, kept):
    doc = boilerplate(doc_of(*lines))
    assert [b.text for b in doc.speeches[0].blocks] == kept
    gone = [d.text for d in doc.dropped if d.reason == CREDITS]
    assert gone == lines[len(kept):]


PREFACE = "boilerplate: preface between the headline and the speech's title said again"


@pytest.mark.parametrize("lines, kept, dropped", [
    (["某某在大学毕业典礼上的演讲", "每年这个时候，我都会翻译一篇毕业演讲。", "今年也不例外。", "**某某在大学毕业典礼上的演讲**",
      "各位毕业生：", "祝贺你们。"],
     ["某某在大学毕业典礼上的演讲", "**某某在大学毕业典礼上的演讲**", "各位毕业生：", "祝贺你们。"],
     [("每年这个时候，我都会翻译一篇毕业演讲。", PREFACE), ("今年也不例外。", PREFACE)]),
    # near-miss: the title said again after the salutation is the speech's own line
    (["在大会上的讲话", "同志们：", "今天的会很重要。", "在大会上的讲话", "第一段。"],
     ["在大会上的讲话", "同志们：", "今天的会很重要。", "在大会上的讲话", "第一段。"], []),
    # near-miss: a first paragraph that is a sentence is no headline
    (["今天的会很重要。", "大家要认真听。", "今天的会很重要。", "第一段。"],
     ["今天的会很重要。", "大家要认真听。", "今天的会很重要。", "第一段。"], []),
])
def test_preface_between_a_headline_and_its_title_said_again_goes(lines, kept, dropped):
    assert kept_and_dropped(lines) == (kept, dropped)


@pytest.mark.parametrize("text, value", [("1", 1), ("12", 12), ("三", 3), ("十", 10), ("十二", 12),
                                         ("二十", 20), ("二十三", 23), ("甲", None), ("", None)])
def test_cn_number(text, value):
    assert cn_number(text) == value


@pytest.mark.parametrize("title, base", [("国旗下讲话稿(精选9篇)", "国旗下讲话稿"), ("开学典礼致辞（通用5篇）", "开学典礼致辞"),
                                         ("年会发言稿范文3篇", "年会发言稿"), ("诗经名篇赏析", "诗经名篇赏析")])
def test_base_title(title, base):
    assert base_title(title) == base


def test_split_needs_markers_numbered_from_one():
    doc = split(doc_of("标题", "讲话篇2", "正文。", "讲话篇3", "正文。"))
    assert len(doc.speeches) == 1
    doc = split(doc_of("标题", "讲话篇1", "正文一。", "讲话篇2", "正文二。"))
    assert [s.title for s in doc.speeches] == ["讲话", "讲话"]
    assert [[b.text for b in s.blocks] for s in doc.speeches] == [["正文一。"], ["正文二。"]]
    assert doc.title == "标题"


@pytest.mark.parametrize("text, form", [
    ("一、总体要求", (1, "一、", 2)), ("一.总体要求", (1, "一、", 2)), ("十二，总体要求", (1, "十二、", 3)),
    ("（一）重点任务", (2, "（一）", 3)), ("(二) 重点任务", (2, "（二）", 4)),
    ("1.加强领导", (3, "1.", 2)), ("2、加强领导", (3, "2.", 2)), ("3．加强领导", (3, "3.", 2)),
    ("（1）细化分工", (4, "（1）", 3)), ("3.5亿元", None), ("一是要加强", None), ("一、", None),
])
def test_heading_forms(text, form):
    assert heading_form(text) == form


def test_structure_keeps_existing_bold_runs_when_marking_leads():
    para = Paragraph((Run("一是"), Run("要加强领导。", bold=True), Run("各级要重视。")))
    para2 = Paragraph.of("二是要严格考核。考核结果要运用。")
    doc = structure(Document(speeches=(Speech(title="讲话", blocks=(Paragraph.of("开头。"), para, para2)),)))
    heading = doc.speeches[0].blocks[1]
    assert heading.text == "一是要加强领导。" and heading.run_in
    body = doc.speeches[0].blocks[2]
    assert body.text == "各级要重视。"


def test_placeholders_mark_template_blanks_only():
    doc = placeholders(doc_of("20XX年，请×××同志在XX市参加XXL号比赛，某某负责。"))
    runs = doc.speeches[0].blocks[0].runs
    assert [r.text for r in runs if r.placeholder] == ["20XX", "×××", "XX", "某某"]
    assert "".join(r.text for r in runs) == "20XX年，请×××同志在XX市参加XXL号比赛，某某负责。"


def test_pass_list_can_be_changed():
    assert list(DEFAULT_PASSES) == ["normalize", "boilerplate", "split", "structure", "placeholders"]
    assert len(resolve(skip=["boilerplate"])) == 4
    with pytest.raises(SpeechconvError, match="unknown pass 'tidy'"):
        resolve(["normalize", "tidy"])
    doc = run_passes(doc_of("推荐度:"), ["normalize"])
    assert doc.speeches[0].blocks[0].text == "推荐度："


def test_content_opening_with_the_subtitle_takes_the_page_title():
    doc = Document(title="奋进新征程（精选2篇）",
                   speeches=(Speech(blocks=tuple(Paragraph.of(t) for t in
                                                 ("——在全市新年团拜会上的致辞", "同志们：", "新年好！"))),))
    speech = structure(doc).speeches[0]
    assert (speech.title, speech.subtitle, speech.salutation) == ("奋进新征程", "——在全市新年团拜会上的致辞", "同志们：")


def test_a_page_head_line_is_dropped_when_the_page_has_its_title_already():
    doc = Document(title="讲话稿", speeches=(Speech(blocks=tuple(Paragraph.of(t) for t in
                                                              ("讲话稿", "篇1", "同志们：", "篇2", "同志们："))),))
    out = split(doc)
    assert out.title == "讲话稿" and len(out.speeches) == 2
    assert ("讲话稿", "split: page head before the first speech") in [(d.text, d.reason) for d in out.dropped]


def test_a_speech_start_that_opens_nothing_stays_with_the_speech_before_and_keeps_its_notes():
    from speechconv.passes.split import _revived, _substantial

    texts = ["在大会上的讲话", "同志们：", "今天开会。", "一是成绩突出。详情如下。", "二是进步明显。详情如下。",
             "三、下一步工作", "要继续努力。", "下一篇讲话", "各位代表：", "我讲几点。"]
    labels = ("title", "salutation", "body", "head", "head", "heading", "body", "title", "salutation", "body")
    blocks = [Paragraph((Run(t),)) for t in texts]
    kept, unopened = _substantial([0, 5, 7], labels, blocks, None)
    assert kept == [0, 7]           # the part at 5 opens with a heading: no new speech
    assert unopened == [5]
    assert _revived(labels, unopened) == {3, 4}   # the lines read as notes before it stay text


@pytest.mark.parametrize("text, name", [("王琛", True), ("欧阳 修", True), ("陳 水", True), ("结论", False),
                                        ("引  言", False), ("致辞", False), ("附件", False)])
def test_a_name_line_opens_with_a_family_name(text, name):
    from speechconv.passes.reading.patterns import name_only

    assert name_only(text) is name


@pytest.mark.parametrize("text, heading", [("（全场起立，长时间鼓掌）", False), ("【会场响起掌声】", False),
                                           ("坚持创新发展", True)])
def test_a_bold_line_in_brackets_is_a_note_not_a_heading(text, heading):
    from speechconv.model import Heading
    from speechconv.passes._body import recognise_body

    blocks = [Paragraph((Run("同志们，今天开会。"),)), Paragraph((Run(text, bold=True),)),
              Paragraph((Run("我们要继续努力。"),))]
    out = recognise_body(blocks, [False, True, False])
    assert isinstance(out[1], Heading) is heading


def test_notes_that_name_themselves_after_a_speech_are_dropped_as_notes():
    blocks = [Paragraph((Run(t),)) for t in ("同志们：", "法治是根本。", "謝謝各位。", "註一：（2011）14 HKCFAR 266。",
                                             "註二：某某訴某某（1999）2 HKCFAR 300。")]
    doc = boilerplate(Document(speeches=(Speech(blocks=tuple(blocks)),)))
    assert [b.text for b in doc.speeches[0].blocks] == ["同志们：", "法治是根本。", "謝謝各位。"]
    assert [d.reason for d in doc.dropped] == ["boilerplate: notes after the speech"] * 2


def test_one_note_like_line_at_the_end_stays():
    blocks = [Paragraph((Run(t),)) for t in ("同志们：", "法治是根本。", "注一：这是唯一的一条。")]
    doc = boilerplate(Document(speeches=(Speech(blocks=tuple(blocks)),)))
    assert len(doc.speeches[0].blocks) == 3


def test_a_series_of_facts_with_long_first_sentences_gives_no_headings():
    from speechconv.model import Heading
    from speechconv.passes._body import recognise_body

    facts = ["第一，7月26日，在第23届全国青少年信息学奥林匹克竞赛中，我校高二学生在激烈的角逐中发挥出色，以总分第三名的成绩获得金牌，这是我校第一次获此殊荣。",
             "第二，8月3日，在全省中学生物理竞赛中，我校有三名同学获得一等奖，五名同学获得二等奖，另有七名同学获得三等奖，团体成绩名列全省前茅。",
             "第三，8月27日，在全市青年教师基本功比赛中，我校两位青年老师凭借扎实的功底荣获一等奖，并将代表全市参加下个月在省城举行的全省比赛。"]
    heads = ["第一，德育为首。我们要把立德树人作为根本任务。", "第二，教学为主。课堂是教学的主阵地。"]
    out = recognise_body([Paragraph((Run(t),)) for t in facts])
    assert not any(isinstance(b, Heading) for b in out)
    out = recognise_body([Paragraph((Run(t),)) for t in heads])
    assert [b.text for b in out if isinstance(b, Heading)] == ["德育为首。", "教学为主。"]


def test_a_label_above_a_headline_list_goes_with_the_list_but_a_salutation_stays():
    texts = ("今日大案：", "【二条】某地法院审结一起案件", "【三条】某某案再审开庭", "同志们：", "今天开会。")
    doc = boilerplate(Document(speeches=(Speech(blocks=tuple(Paragraph((Run(t),)) for t in texts)),)))
    assert [b.text for b in doc.speeches[0].blocks] == ["同志们：", "今天开会。"]
    assert [d.reason for d in doc.dropped] == ["boilerplate: headline list"] * 3


def test_a_bold_ordinal_alone_gives_no_run_in_heading():
    from speechconv.model import Heading
    from speechconv.passes._body import recognise_body

    long = "7月26日，在第23届全国青少年信息学奥林匹克竞赛中，我校高二学生在激烈的角逐中发挥出色，获得金牌。"
    out = recognise_body([Paragraph((Run("第二，", bold=True), Run(long)))], [True])
    assert not any(isinstance(b, Heading) for b in out)
    out = recognise_body([Paragraph((Run("坚持立德树人。", bold=True), Run(long)))], [True])
    assert [b.text for b in out if isinstance(b, Heading)] == ["坚持立德树人。"]


def test_a_subtitle_the_reader_found_stays_when_the_speech_is_split():
    texts = ("篇一", "在开学典礼上的讲话", "同学们：", "新学期开始了，希望大家努力学习。", "篇二", "在毕业典礼上的讲话",
             "同学们：", "你们就要毕业了，祝大家前程似锦。")
    speech = Speech(blocks=tuple(Paragraph((Run(t),)) for t in texts), subtitle="——两篇讲话")
    doc = split(Document(speeches=(speech,)))
    assert len(doc.speeches) == 2
    assert doc.speeches[0].subtitle == "——两篇讲话"


def test_the_headline_said_again_after_a_speech_starts_no_new_speech():
    from speechconv.passes.split import _substantial

    texts = ["同志们：", "今天开会。我们要压实责任。", "江湖再会！", "市委书记 王明", "本专栏开放读者来稿，不设稿酬。稿件是否采用由编辑部决定。"]
    labels = ("salutation", "body", "title", "byline", "body")
    blocks = [Paragraph((Run(t),)) for t in texts]
    assert _substantial([0, 2], labels, blocks, None, "胡官：江湖再会！")[0] == [0]
    assert _substantial([0, 2], labels, blocks, None, "另一篇的标题")[0] == [0, 2]


@pytest.mark.parametrize("labels, moved", [
    (("title", "head", "title", "byline", "salutation", "body"), 2),      # a cover's title, its date, the speech's title
    (("title", "title", "head", "head", "title", "date", "body"), 4),
    (("title", "head", "body", "body"), 0),                                # near-miss: a note under the title
    (("title", "title", "byline", "salutation", "body"), 0),               # near-miss: a two-line title
    (("head", "title", "byline", "body"), 0)])
def test_a_title_over_notes_over_another_title_is_the_pages(labels, moved):
    from speechconv.passes.split import _below_cover_title

    assert _below_cover_title([0], labels) == [moved]


def test_a_cover_part_needs_no_sentence_and_no_salutation():
    from speechconv.passes.split import _cover

    cover = [Paragraph.of(t) for t in ("2026年全市经济工作会议", "领导讲话汇编", "2026年1月", "在全市经济工作会议上的讲话",
                                       "同志们：", "这次会议很重要。")]
    labels = ("title", "body", "signature", "title", "salutation", "body")
    assert _cover([0, 3], labels, cover)
    speech = [Paragraph.of(t) for t in ("在全市经济工作会议上的讲话", "要抓好落实。", "谢谢", "第二篇的标题", "同志们：", "会议很重要。")]
    assert not _cover([0, 3], labels, speech)                 # near-miss: a short speech with a sentence
    assert not _cover([0, 3], ("title", "salutation", "body", "title", "salutation", "body"), cover)


@pytest.mark.parametrize("text, speaker", [
    ("Ambassador Jane Miller", True), ("President Laura Chen", True), ("Secretary of State Antony Blinken", True),
    ("Vice President Kamala Harris", True), ("By Dr. Mary Smith", True), ("Sir Ken Robinson", True),
    ("Laura Chen, President of Dongzhou University", True), ("By John Smith", True),
    # near-misses: occasions, sentences, salutations and a bare name (pat:latin-name's)
    ("Farewell Address", False), ("President Lincoln's Gettysburg Address", False), ("Remarks by President Biden", False),
    ("Commencement Address to the Class of 2026", False), ("President Laura Chen spoke today", False),
    ("Mr. Speaker, Members of Congress:", False), ("Thank you, Mr. President.", False), ("Laura Chen", False)])
def test_an_english_speaker_line_is_an_office_and_a_name(text, speaker):
    from speechconv.passes.reading.patterns import english_speaker

    assert english_speaker(text) is speaker


@pytest.mark.parametrize("text, date", [
    ("Dongzhou University, May 20, 2026", True), ("Cambridge, Massachusetts, May 25, 2017", True),
    ("Washington, D.C., January 20, 2021", True), ("May 20, 2026", True),
    ("We met, May 20, 2026", False), ("Thank you, May 2026", False)])
def test_an_english_date_line_may_name_the_place_first(text, date):
    from speechconv.passes.reading.patterns import EN_DATE

    assert bool(EN_DATE.match(text)) is date


def test_hard_wraps_count_a_paragraphs_indent_in_its_width():
    from speechconv.readers.text import read_text

    text = ("　　大家上午好！今天，我们在这里隆重举行新学期开\n学典礼。在此，我代表学校向全体师生致以新春的问候\n和美好的祝愿！\n"
            "　　过去的一个学期，全校师生团结一心，各项工作取\n得了新的成绩。下面，我讲三点希望。\n"
            "　　一要志存高远。青年时期是树立理想的关键时期，\n希望同学们把个人理想融入国家发展之中。\n")
    blocks = list(read_text(text).speeches[0].blocks)
    joined = join_hard_wraps(blocks)
    assert [b.text for b in joined] == [
        "大家上午好！今天，我们在这里隆重举行新学期开学典礼。在此，我代表学校向全体师生致以新春的问候和美好的祝愿！",
        "过去的一个学期，全校师生团结一心，各项工作取得了新的成绩。下面，我讲三点希望。",
        "一要志存高远。青年时期是树立理想的关键时期，希望同学们把个人理想融入国家发展之中。"]


def test_hard_wraps_count_half_width_digits_as_half_a_character():
    # a line holding 2023 is as wide as the others when set, though it has two characters more
    from speechconv.readers.text import read_text

    text = ("　　这次会议的主要任务是，深入贯彻落实上级关于安全生\n产工作的决策部署，总结2023年全市安全生产工作，分析当\n"
            "前形势，安排部署2024年工作。刚才，副市长同志通报了去\n年全市安全生产情况，我完全同意。下面，我讲三点意见。\n"
            "　　安全生产事关人民群众生命财产安全，事关改革发展稳\n定大局。\n")
    joined = join_hard_wraps(list(read_text(text).speeches[0].blocks))
    assert [b.text for b in joined] == [
        "这次会议的主要任务是，深入贯彻落实上级关于安全生产工作的决策部署，总结2023年全市安全生产工作，分析当前形势，"
        "安排部署2024年工作。刚才，副市长同志通报了去年全市安全生产情况，我完全同意。下面，我讲三点意见。",
        "安全生产事关人民群众生命财产安全，事关改革发展稳定大局。"]


HAND_WRAPPED = (
    # widths wander by a few characters; indented lines open paragraphs; a title block above stays apart
    "在全区重点项目建设推进会上的讲话\n区长　吴晓东\n同志们：\n"
    "　　今年以来，全区重点项目建设总体进展顺利，1—8月\n累计完成投资128亿元，占年度计划的72%。但是，对照年初目\n"
    "标，我们在开工率、投资完成率等方面还存在差距。下面我讲三\n个方面的意见，请大家抓好落实，确保全年目标完成。\n"
    "　　一、正视问题，切实增强抓项目的紧迫感\n"
    "　　当前，部分项目存在前期手续办理慢、要素保障不到位\n等问题，特别是第二、第三批次的项目，开工率不到一半。\n"
    "　　要紧盯时间节点，倒排工期、挂图作战，确保四季度完\n成全年目标。对重大项目实行“一个项目、一名领导、一套班子\n"
    "、一抓到底”的推进机制，做到责任到人、任务到岗，不留死角。\n")


def test_hand_wrapped_text_is_joined_where_its_paragraphs_are_marked():
    from speechconv.readers.text import read_text

    joined = [b.text for b in join_hard_wraps(list(read_text(HAND_WRAPPED).speeches[0].blocks))]
    assert joined[:3] == ["在全区重点项目建设推进会上的讲话", "区长　吴晓东", "同志们："]
    assert joined[3].startswith("今年以来") and joined[3].endswith("确保全年目标完成。")
    assert joined[4:] == ["一、正视问题，切实增强抓项目的紧迫感",
                          "当前，部分项目存在前期手续办理慢、要素保障不到位等问题，特别是第二、第三批次的项目，开工率不到一半。",
                          "要紧盯时间节点，倒排工期、挂图作战，确保四季度完成全年目标。对重大项目实行“一个项目、一名领导、"
                          "一套班子、一抓到底”的推进机制，做到责任到人、任务到岗，不留死角。"]


def _draft(last_hints):
    """A Word draft's paragraphs (indented first lines, a full last line ending a sentence) and a last
    line set with ``last_hints``."""
    from speechconv.model import Hints

    ind = Hints(indent=2)
    lines = [("2025年度述职报告", Hints(align="center")), ("各位领导、同事们：", Hints()),
             ("2025年，我担任市财政局预算科科长，在局党组的正确领导下，认真履行岗位职责。", ind),
             ("现将一年来的工作情况述职如下，不当之处，请各位领导和同事们批评指正。", ind),
             ("一、主要工作成效", ind),
             ("牵头编制全市年度预算，预算编制质量在全省考核中位列第三名，受到通报表扬。", ind),
             ("我将进一步加强学习，提升能力，努力把各项工作做得更好，请大家监督。", ind),
             ("述职人：葛文静", last_hints)]
    return [Paragraph.of(t, hints=h) for t, h in lines]


@pytest.mark.parametrize("align", ["right", "center"])
def test_a_line_set_right_or_centred_is_never_the_rest_of_the_line_above(align):
    # a DOCX/PDF signature under a body paragraph whose last line is as wide as the others (d21)
    from speechconv.model import Hints

    out = [b.text for b in join_hard_wraps(_draft(Hints(align=align)))]
    assert out[-2:] == ["我将进一步加强学习，提升能力，努力把各项工作做得更好，请大家监督。", "述职人：葛文静"]


def test_a_line_in_another_size_is_never_the_rest_of_the_line_above():
    # a Word draft's note in small type after its last paragraph (d33): it had been run into that paragraph
    from speechconv.model import Hints

    out = [b.text for b in join_hard_wraps(_draft(Hints(size=0.75)))]
    assert out[-2:] == ["我将进一步加强学习，提升能力，努力把各项工作做得更好，请大家监督。", "述职人：葛文静"]


def test_an_unmarked_line_after_a_full_line_still_carries_it_on():
    # near-miss: the same line with no alignment is the paragraph's wrapped rest, as before
    from speechconv.model import Hints

    out = [b.text for b in join_hard_wraps(_draft(Hints()))]
    assert out[-1] == "我将进一步加强学习，提升能力，努力把各项工作做得更好，请大家监督。述职人：葛文静"


def test_blank_lines_mark_the_paragraphs_of_a_hand_wrapped_text():
    from speechconv.readers.text import read_text

    text = ("在全县教育工作会议上的讲话\n\n县长　刘建军\n\n同志们：\n\n"
            "今天，我们召开全县教育工作会议，主要任务是总结上学年教育工作，\n表彰先进，部署新学年重点任务。刚才，我们表彰了一批优秀教\n"
            "师和教育工作者，在此表示热烈的祝贺！\n\n一、充分肯定成绩，进一步增强信心\n\n"
            "过去一学年，全县教育系统认真贯彻党的教育方针，各项事业取得\n了新的进展。新建、改扩建学校9所，新增学位4200个。\n")
    joined = [b.text for b in join_hard_wraps(list(read_text(text).speeches[0].blocks))]
    assert joined == ["在全县教育工作会议上的讲话", "县长　刘建军", "同志们：",
                      "今天，我们召开全县教育工作会议，主要任务是总结上学年教育工作，表彰先进，部署新学年重点任务。刚才，"
                      "我们表彰了一批优秀教师和教育工作者，在此表示热烈的祝贺！", "一、充分肯定成绩，进一步增强信心",
                      "过去一学年，全县教育系统认真贯彻党的教育方针，各项事业取得了新的进展。新建、改扩建学校9所，新增学位4200个。"]


def test_a_paragraph_on_each_line_is_not_joined_though_indented():
    # near-miss: whole paragraphs of any length, indented, and an unindented caption after a long one
    from speechconv.readers.text import read_text

    lines = ["　　" + "我们要坚持开放、绿色、廉洁理念，不搞封闭排他的小圈子。" * k for k in (3, 5, 2, 7)]
    lines.insert(2, "4月26日，国家主席出席高峰论坛开幕式，并发表主旨演讲。新华社记者某某摄")
    blocks = list(read_text("\n".join(lines) + "\n").speeches[0].blocks)
    assert len(join_hard_wraps(blocks)) == 5


@pytest.mark.parametrize("last, tail, dropped", [
    ("让我们共同努力，再创佳绩！", ["最高人民法院", "|", "最高人民检察院", "国务院部门网站", "地方政府网站",
                                  "中国政府网微博、微信"], 6),
    ("让我们共同努力，再创佳绩！", ["某某市人民政府", "某某市教育局", "2024年1月8日"], 0),   # a signature block
    ("今年重点抓好五项工作", ["一、加强领导", "二、压实责任", "三、强化保障", "四、严格考核", "五、营造氛围"], 0),
    ("习近平指出，要开启新征程", ["国情", "宪法", "国旗", "国歌", "链接：", "全国人大", "|", "全国政协", "媒体",
                                "国务院客户端"], 10),                    # ten or more: a menu after anything
    ("习近平指出，要开启新征程", ["国情", "宪法", "国旗", "国歌", "媒体"], 0),
])
def test_a_site_menu_pasted_after_the_speech_is_dropped(last, tail, dropped):
    blocks = [Paragraph((Run(t),)) for t in ["同志们：", "今天开会。", last] + tail]
    doc = boilerplate(Document(speeches=(Speech(blocks=tuple(blocks)),)))
    reasons = [d.reason for d in doc.dropped if d.reason == "boilerplate: site menu after the speech"]
    assert len(reasons) == dropped
    assert len(doc.speeches[0].blocks) == len(blocks) - dropped


@pytest.mark.parametrize("lines, dropped", [
    (["01", "坚定信心，准确把握发展形势", "2024年，全区地区生产总值增长6.2%。", "02", "突出重点，全力以赴稳增长",
      "要牢牢抓住项目建设这个“牛鼻子”。"], ["01", "02"]),
    (["PART 01", "坚定信心", "全区经济稳中向好。", "PART 02", "突出重点", "要抓项目。"], ["PART 01", "PART 02"]),
    (["02", "坚定信心", "全区经济稳中向好。", "03", "突出重点", "要抓项目。"], []),     # near-miss: not counting from 1
    (["01", "坚定信心", "全区经济稳中向好。"], []),                                     # near-miss: one alone
    (["1", "全区经济稳中向好，各项指标位居前列。", "2", "要牢牢抓住项目建设这个牛鼻子，全年实施重点项目。"], []),
])
def test_number_badges_over_headings_go(lines, dropped):
    blocks = [Paragraph((Run(t),)) for t in ["同志们：", "下面我讲几点意见。"] + lines]
    doc = boilerplate(Document(speeches=(Speech(blocks=tuple(blocks)),)))
    assert [d.text for d in doc.dropped if d.reason == "boilerplate: number badge over a heading"] == dropped


@pytest.mark.parametrize("tail, dropped", [
    (["祝大家工作顺利，身体健康！谢谢！", "（发言的时候差点没忍住，还好最后讲完了。）"], 1),   # a blogger's remark
    (["谢谢大家！", "（掌声）"], 0),                              # near-miss: a stage direction
    (["谢谢大家！", "（全场起立，掌声经久不息）"], 0),
    (["让我们共同努力，再创佳绩。", "（发言的时候差点没忍住，还好最后讲完了。）"], 0),   # not after the thanks
])
def test_a_remark_in_brackets_after_the_closing_thanks_goes(tail, dropped):
    blocks = [Paragraph((Run(t),)) for t in ["同志们：", "今天开会，我讲几点意见。"] + tail]
    doc = boilerplate(Document(speeches=(Speech(blocks=tuple(blocks)),)))
    assert [d.reason for d in doc.dropped] == ["boilerplate: a remark after the speech"] * dropped


@pytest.mark.parametrize("title, dropped, expected", [
    ("竞选班长演讲稿（初中版，亲测有效）", [("竞选班长演讲稿", "split: page summary before the first speech")], "竞选班长演讲稿"),
    ("在全县大会上的讲话（摘要）", [], "在全县大会上的讲话（摘要）"),          # near-miss: no clean form shown
    ("在全县大会上的讲话（摘要）", [("在全县大会上的讲话", "boilerplate: navigation")], "在全县大会上的讲话（摘要）"),
])
def test_a_headlines_note_goes_when_the_page_shows_the_clean_headline(title, dropped, expected):
    from speechconv.model import Dropped
    from speechconv.passes.structure import _without_note
    assert _without_note(title, tuple(Dropped(t, r) for t, r in dropped)) == expected


def test_a_list_of_spaced_words_inside_the_speech_stays():
    texts = ["同志们：", "我们要践行社会主义核心价值观：", "富强 民主 文明 和谐 自由 平等 公正 法治", "让我们从小事做起。"]
    doc = boilerplate(Document(speeches=(Speech(blocks=tuple(Paragraph((Run(t),)) for t in texts)),)))
    assert not doc.dropped


def test_a_title_block_set_word_by_word_above_the_salutation_is_no_menu():
    blocks = [Paragraph((Run(t),)) for t in ["新春", "致辞", "董事长", "各位同事：", "新年好！"]]
    doc = boilerplate(Document(speeches=(Speech(blocks=tuple(blocks)),)))
    assert not doc.dropped


@pytest.mark.parametrize("head, dropped", [
    (["学校首页", "学校概况", "新闻中心", "教育教学", "招生就业"], 5),     # a menu, one word a line
    (["博客", "下载", "学习", "社区", "GitCode"], 5),
    (["人民网", "时政 国际 观点 经济 社会 科技 教育", "教育>>高校动态"], 3),   # a site's name above its menu and path
    (["致辞", "张三"], 0),                                # near-miss: a short title and a speaker's name
    (["新春致辞", "董事长", "王建国"], 0),                 # near-miss: a title block set word by word
    (["首页", "政府信息公开", "政务服务", "互动交流"], 4),   # a menu item of six characters
    (["政府工作报告"], 0),                                # near-miss: a short title alone
    (["时政 国际 观点 经济 社会 科技 教育"], 1),            # a channel menu on one line, at the top
    (["百度文库", "搜索", "全部", "资料", "文章"], 5),      # five words: a menu, though 文章 reads as a name
    (["春风", "细雨"], 0),                                # near-miss: two short lines are no menu
])
def test_a_site_menu_copied_above_the_speech_is_dropped(head, dropped):
    blocks = [Paragraph((Run(t),)) for t in head + ["在2025届学生毕业典礼上的讲话", "同学们：", "今天我们举行毕业典礼。"]]
    doc = boilerplate(Document(speeches=(Speech(blocks=tuple(blocks)),)))
    assert len(doc.dropped) == dropped
    assert doc.speeches[0].blocks[0].text == (head[0] if not dropped else "在2025届学生毕业典礼上的讲话")


def test_a_headline_above_a_titled_speechs_own_title_is_recorded_when_dropped():
    from speechconv.passes.structure import structure_speech

    texts = ["市长在全市大会上的讲话（全文）", "凝心聚力 真抓实干", "奋力开创新局面", "同志们：", "今天召开全市大会，部署全年工作。"]
    speech = Speech(title="凝心聚力 真抓实干", blocks=tuple(Paragraph((Run(t),)) for t in texts))
    done, gone = structure_speech(speech, "市长在全市大会上的讲话（全文）-某市人民政府")
    shown = "".join(done.text_parts())
    lost = [t for t in texts if t not in shown and t not in [d.text for d in gone]]
    assert not lost


@pytest.mark.parametrize("text, salutation", [
    ("各位同志：今天的会很重要。", "各位同志："),
    ("同志们！我们这个会开得好。", "同志们！"),
    # addresses ending in a comma run on into a greeting: the addresses are the salutation
    ("尊敬的李市长，各位来宾，大家下午好。首先我表示祝贺。", "尊敬的李市长，各位来宾，"),
    # a long list of the offices present, run into the first sentence
    ("首席大法官某某、副总统某某、众议院议长某某、参议院多数党领袖某某、各位贵宾和同胞：今天是我们的大日子。",
     "首席大法官某某、副总统某某、众议院议长某某、参议院多数党领袖某某、各位贵宾和同胞："),
    # a call on the people present, then a comma and the speech
    ("同志们，今天我想讲的，主要是一些和工作有关的问题。", "同志们，"),
    ("同志们的意见，我们都听到了，要认真研究。", ""),
    # near-misses: a clause before 好 that addresses nobody, and a greeting with nothing after it
    ("今天天气，好得很，我们出发吧。", ""),
    ("各位来宾，大家好。", ""),
])
def test_a_salutation_run_into_the_first_paragraph(text, salutation):
    """A salutation that opens the first paragraph is found however long its list of offices."""
    from speechconv.passes.reading.patterns import fused_salutation
    assert text[:fused_salutation(text)] == salutation


@pytest.mark.parametrize("texts, kept", [
    # a list of links under 相关文章 goes with it
    (("同志们：", "今天开会。", "相关文章", "《在教师节大会上的讲话》", "《在开学典礼上的讲话》"), ("同志们：", "今天开会。")),
    # a back-home link leads into no list: the headline under it stays
    ((":house:返回首頁", "《在华沙发表的讲话》中英文", "同志们：", "今天开会。"),
     ("《在华沙发表的讲话》中英文", "同志们：", "今天开会。")),
])
def test_only_a_list_header_takes_the_links_under_it(texts, kept):
    doc = boilerplate(Document(speeches=(Speech(blocks=tuple(Paragraph((Run(t),)) for t in texts)),)))
    assert tuple(b.text for b in doc.speeches[0].blocks) == kept


@pytest.mark.parametrize("first, title", [
    ("《在全县教育大会上的讲话》", "在全县教育大会上的讲话"),
    ("《在华沙就局势发表的讲话》中英文", "在华沙就局势发表的讲话"),
    ("〈共產中國與自由世界的未來〉——某某美國對華政策演說全文中譯", "共產中國與自由世界的未來"),
    # near-misses: book-title marks that do not wrap the whole title stay
    ("学习《决定》的体会", "学习《决定》的体会"),
    ("《政府工作报告》解读会上的讲话", "《政府工作报告》解读会上的讲话"),
])
def test_a_title_wrapped_in_book_title_marks_is_given_without_them(first, title):
    doc = structure(doc_of(first, "同志们：", "今天我们在这里召开大会，研究部署教育工作。", "谢谢大家！"))
    assert doc.speeches[0].title == title
    if title != first:
        assert first in [d.text for d in doc.dropped]


@pytest.mark.parametrize("text, expected", [
    ("最高法院首席大法官某某某、副总统某某某、众议院议长某某某、（参议院多数党）某某某领袖、（参议院少数党）某某某领袖、副总统某某、各位贵宾和同胞：", True),
    # near-misses: a long line ending in a colon that holds a sentence, or lists no people
    ("我们要坚持以人民为中心，加强领导、完善制度、落实责任、强化考核，确保各项任务落到实处。下面我讲三点意见，请各位代表和同志们认真研究：", False),
    ("本次会议审议并通过了年度工作报告、年度财务决算报告、监事会工作报告、公司章程修正案以及其他需要审议的重要事项和有关文件材料，具体如下：", False),
])
def test_a_long_salutation_lists_the_people_present(text, expected):
    from speechconv.passes.reading.patterns import is_salutation
    assert len(text) > 60 and is_salutation(text) is expected


@pytest.mark.parametrize("text, expected", [
    ("省委书记在全省组织工作会议上的讲话（节选）", False),     # a title: 工作 is no 作 of 作…讲话
    ("张三在公司年会上的致辞", False),
    ("省委书记李明在全省组织工作会议上作重要讲话。", True),
    ("市长王强出席开幕式并致辞。", True),
])
def test_a_title_is_no_report_of_the_address(text, expected):
    from speechconv.passes.reading.patterns import reports_address
    assert reports_address(text) is expected


@pytest.mark.parametrize("text, expected", [
    ("Mr. Vice President, Mr. Speaker, Members of the Senate, and of the House of Representatives:", True),
    ("My fellow Americans,", True),
    ("Ladies and gentlemen,", True),
    ("Madam President:", True),
    ("Your Excellencies, distinguished delegates, dear friends:", True),
    ("President Bok, former President Rudenstine, members of the faculty, parents, and especially, the graduates:",
     True),
    # near-misses: a transcript's speaker label, sentences broken at a comma or ending in a colon, greetings
    ("Senator Mitch McConnell:", False),
    ("President Joe Biden:", False),
    ("When I was young, members of my family told me,", False),
    ("The first story is about connecting the dots:", False),
    ("Thank you very much,", False),
    ("Good morning.", False),
    ("Today, members of the class,", False),
    # a Chinese paragraph whose sentences end before its colon announces what follows
    ("早上好！新的学年开始了。首先，我向大家报告几个好消息：", False),
    ("女士们、先生们！朋友们：", True),
    # a report's or letter's addressee: a body of the state named alone
    ("区人大常委会：", True),
    ("市财政局：", True),
    ("省教育厅、省人社厅：", True),
    ("县发改局张伟：", False),
    # an official document's addressees listed (主送机关)
    ("各乡镇党委、政府，县直各单位：", True),
    ("各省、自治区、直辖市人民政府，国务院各部委、各直属机构：", True),
    ("各单位要把握以下要求：", False),
    ("各部门要做到：", False),
])
def test_an_english_salutation_lists_the_people_addressed(text, expected):
    from speechconv.passes.reading.patterns import is_salutation
    assert is_salutation(text) is expected


@pytest.mark.parametrize("lines, kept, reason", [
    # readers' comments under a header after the speech's signature
    (["在会上的讲话", "同志们：", "今天的会开得很好。", "张三", "网友辣评：", "文远：说得好", "Jenny：支持！"],
     ["在会上的讲话", "同志们：", "今天的会开得很好。", "张三"], "boilerplate: readers' comments after the speech"),
    # an appeal for support after the last sentence (Traditional characters)
    (["在會上的講話", "今天的會開得很好。", "**眾新聞眾籌呼籲：**", "如果你認為我們的內容可讀，請幫忙。", "到眾籌平台捐款"],
     ["在會上的講話", "今天的會開得很好。"], "boilerplate: appeal for support after the speech"),
    # a reading list after an English last sentence, and a learner's vocabulary list
    (["Commencement address", "Thank you all very much. I wish you way more than luck.", "Reference:", "《这是水》",
      "2008年9月12日，作者去世。"],
     ["Commencement address", "Thank you all very much. I wish you way more than luck."],
     "boilerplate: reading list or references after the speech"),
    (["就职演说", "谢谢大家，上帝保佑美国。", "New Words", "decree v/n. 法令", "salute v/n. 致敬"],
     ["就职演说", "谢谢大家，上帝保佑美国。"], "boilerplate: vocabulary list after the speech"),
    # a word on the translator after the last sentence
    (["致辞", "谢谢大家。", "关于译者", "张三，北京大学教授。"], ["致辞", "谢谢大家。"],
     "boilerplate: about the author or translator, after the speech"),
    # near-miss: a part of the speech headed 词汇, not after its last sentence
    (["在英语教研会上的讲话", "老师们：", "词汇", "词汇教学要扎实。"], ["在英语教研会上的讲话", "老师们：", "词汇", "词汇教学要扎实。"], None),
    # near-miss: a line that mentions comments inside the speech, before more of it, is the speech's own
    (["在会上的讲话", "同志们：", "我们要听取网友评论", "今天的会开得很好。"],
     ["在会上的讲话", "同志们：", "我们要听取网友评论", "今天的会开得很好。"], None),
])
def test_comments_or_an_appeal_after_the_speech_go(lines, kept, reason):
    doc = boilerplate(doc_of(*lines))
    assert [b.text for b in doc.speeches[0].blocks] == kept
    assert {d.reason for d in doc.dropped if d.text in lines[len(kept):]} <= {reason}
    assert len([d for d in doc.dropped if d.reason == reason]) == len(lines) - len(kept)


def test_a_heading_that_names_comments_does_not_cut_the_speech():
    lines = ["在会上的讲话", "同志们：", "今天的会开得很好。", "认真听取网友评论",
             "我们要把群众的意见作为改进工作的依据，一条一条抓落实，让群众看到变化。", "谢谢大家。"]
    doc = boilerplate(doc_of(*lines))
    assert [b.text for b in doc.speeches[0].blocks] == lines


@pytest.mark.parametrize("text, expected", [
    ("尊敬的各位领导、各位来宾，", True),
    ("尊敬的各位国家元首，政府首脑，", True),
    ("全体受阅将士们，", True),
    # near-miss: a sentence of a message broken at a comma, mentioning 职工 in passing
    ("娲石集团一直秉承着“为职工谋福祉，为社会做贡献”的责任，把理念融入生产经营，", False),
    ("我们要团结带领广大职工群众，", False),
])
def test_the_first_line_of_a_salutation_over_several_lines(text, expected):
    from speechconv.passes.reading.patterns import opens_salutation
    assert opens_salutation(text) is expected


ZH = [f"这是第{n}段中文译文，讲述我们与各国人民之间深厚的友谊和共同的未来。" for n in "一二三四五六七"]
EN = [f"This is paragraph {n} of the English original, about the friendship between our peoples." for n in range(1, 8)]


@pytest.mark.parametrize("lines, parts", [
    # a Chinese translation, then the original under its own heading: two speeches, the second titled
    (["某某演说中文译文全文", *ZH, "演说原文（英文）", *EN], [(None, ZH[0]), ("演说原文（英文）", EN[0])]),
    # the original straight after the last Chinese paragraph
    (["某某演说中文译文全文", *ZH, *EN], [(None, ZH[0]), (None, EN[0])]),
    # the original first (under a Chinese page headline), then its translation under a title and the translator
    (["某某演说", *EN, "某某演说中文译文", "张三译", *ZH], [(None, EN[0]), ("某某演说中文译文", ZH[0])]),
    # near-miss: each paragraph paired with its translation stays one speech
    (["某某演说中英对照", *[p for pair in zip(EN, ZH) for p in pair]], [(None, EN[0])]),
])
def test_a_translation_followed_by_its_original_is_two_speeches(lines, parts):
    doc = speechconv_read_text(lines)
    assert len(doc.speeches) == len(parts)
    for speech, (title, first) in zip(doc.speeches[1:], parts[1:]):
        assert speech.title == title and speech.blocks[0].text == first
    assert doc.speeches[0].blocks[0].text == parts[0][1]


@pytest.mark.parametrize("tail, signature, date", [
    (["Haruki Murakami", "February 2009"], "Haruki Murakami", "February 2009"),
    (["May 12, 2005"], None, "May 12, 2005"),
    # near-miss: a short last line that is neither a name nor a date stays the original's text
    (["God bless you all"], None, None),
])
def test_an_original_set_first_keeps_its_signature_and_date(tail, signature, date):
    doc = speechconv_read_text(["某某演说", "ACCEPTANCE ADDRESS", *EN, *tail, "某某演说中文译文", *ZH])
    original = doc.speeches[0]
    assert (original.title, original.signature, original.date) == ("ACCEPTANCE ADDRESS", signature, date)
    assert original.blocks[-1].text == (EN[-1] if signature or date else tail[-1])


def speechconv_read_text(lines: list[str]) -> Document:
    """Return ``lines`` read as a text page through all passes."""
    import speechconv
    return speechconv.read("\n\n".join(lines).encode("utf-8"), format="text")


@pytest.mark.parametrize("lines, title, speaker", [
    (["**在全校大会上的讲话**", "同学们：", "今天开会。"], "在全校大会上的讲话", None),
    # a name before the title that comes again in the speech is the speaker's
    (["吴德：奋斗正青春一起向未来", "同学们：", "我是吴德，校长，今天和大家谈谈青春。", "青春是奋斗的年华。"], "奋斗正青春一起向未来", "吴德"),
    # near-miss: a name before the title that comes nowhere else stays in the title
    (["王者：奋斗正青春一起向未来", "同学们：", "我是校长，今天和大家谈谈青春。", "青春是奋斗的年华。"], "王者：奋斗正青春一起向未来", None),
])
def test_a_title_line_without_emphasis_marks_and_a_named_speaker(lines, title, speaker):
    doc = structure(doc_of(*lines))
    assert (doc.speeches[0].title, doc.speeches[0].byline) == (title, speaker)


@pytest.mark.parametrize("text, expected", [
    ("我知道這星期在香港，成千上萬的人將會到街上遊行表達自己的意見，反對政府所提出將會容許引渡到中國的引渡條例。為甚麼這修例是這麼重要？"
     "這是近年來發生的一系列事件之一。", True),
    # near-misses: a report quoting the speaker, a translator's preface in the first person
    ("彭定康周二發表視頻講話，呼籲港府撤回修例，他說「我知道這星期在香港，成千上萬的人將會上街」。他又指修例不需要亦不應該通過，"
     "並認為事件會影響香港的國際地位。", False),
    ("每年这个时候，我都会把哈佛大学毕业典礼的演讲翻译出来，今年也不例外，下面就是这篇演讲的译文，希望大家喜欢。译文如有错误，"
     "欢迎指正。", False),
])
def test_a_paragraph_that_speaks_in_the_first_person(text, expected):
    from speechconv.passes.reading.patterns import speaks_first
    assert speaks_first(text) is expected


@pytest.mark.parametrize("text, only", [
    ("2012年6月24日", True), ("（2019年10月17日，上午）", True), ("2025.02.17", True), ("二〇二四年一月一日", True),
    ("2023年12月31日新年贺词", False), ("在2012年6月24日大会上的讲话", False),
])
def test_a_line_that_is_only_a_date(text, only):
    from speechconv.passes.reading.patterns import DATE_ONLY
    assert bool(DATE_ONLY.match(text)) is only


def test_a_date_alone_above_the_speaker_is_the_date_not_the_title():
    doc = structure(doc_of("2012年6月24日", "中国载人航天工程新闻发言人 武平", "女士们、先生们：", "很高兴又一次和大家见面。",
                           "今天由我来向大家通报有关情况。"))
    speech = doc.speeches[0]
    assert speech.title != "2012年6月24日" and speech.date == "2012年6月24日"


@pytest.mark.parametrize("last, signed", [
    ("集团董事长 魏华山", "集团董事长 魏华山"),
    ("华益资本董事长：王斌", "华益资本董事长：王斌"),
    ("总经理：", "总经理："),
    # near-miss: a last line that is a sentence of the message stays body
    ("我们的董事长和总经理都在这里。", None),
])
def test_an_office_signing_off_after_the_last_sentence_is_the_signature(last, signed):
    doc = structure(doc_of("董事长致辞", "公司一直秉承着为社会做贡献的责任。", "感谢您对公司的关注和支持，欢迎提出宝贵的意见和建议。", last))
    speech = doc.speeches[0]
    assert speech.signature == signed
    if signed is None:
        assert speech.blocks[-1].text == last


@pytest.mark.parametrize("text, bracketed", [
    ("（War Room：班农评价彭斯讲话）", True), ("（2019年10月17日）", True),
    ("在全县教育大会上的讲话", False), ("在大会上的讲话（摘要）", False),
])
def test_a_line_wholly_in_brackets_is_no_title(text, bracketed):
    from speechconv.passes.reading.features import text_features
    assert ("pat:bracketed" in text_features(text)) is bracketed
    doc = structure(doc_of(text, "同志们：", "今天我们召开大会，研究部署今年的工作。", "谢谢大家！"))
    assert (doc.speeches[0].title != text) is bracketed


@pytest.mark.parametrize("first, title", [
    # a greeting, however it ends, and a transcript's line opening with a stage direction are the speech's text
    ("大家好~", None), ("[applause] Thank you.", None), ("（掌声）谢谢大家。", None),
    ("感谢您对某某集团的关注！", None),      # thanks said to the reader, not a title
    # near-misses: a title that holds a bracket elsewhere, a title that says 好
    ("在大会上的讲话（摘要）", "在大会上的讲话（摘要）"), ("好好学习天天向上", "好好学习天天向上"),
    ("感谢有你", "感谢有你"),
])
def test_a_greeting_or_a_stage_direction_is_no_title(first, title):
    doc = structure(doc_of(first, "我叫张明，今天给大家介绍我们的项目。", "我们的项目主题是海量文件存储。", "谢谢大家！"))
    assert doc.speeches[0].title == title


@pytest.mark.parametrize("first, size, title", [
    # the first line, short and bold in the page's largest type, is the title (a Word Title style, a PDF's 24 pt)
    ("国际惯例", 1.52, "国际惯例"), ("PTA期货量化交易策略研究报告演讲稿", 2.0, "PTA期货量化交易策略研究报告演讲稿"),
    # near-miss: a numbered first line in large type is a heading still
    ("一、策略主要思想", 2.0, None),
])
def test_the_first_line_in_the_largest_type_is_no_heading(first, size, title):
    from speechconv.model import Hints
    head = Paragraph.of(first, hints=Hints(bold=True, size=size, heading=1))
    later = Paragraph.of("1.1 策略逻辑", hints=Hints(bold=True, size=1.5))
    body = [Paragraph.of(t) for t in ("思虑万千，终是缘尽。我本理工，此时也是万语千言，不知从何说起，只好从头说起，一件一件说给大家听。",
                                      "华为是不是家暂且不论。毕业十八年，华为十二年，一些人一些事一直记在心里，今天一并谢过。")]
    doc = structure(Document(speeches=(Speech(blocks=(head, body[0], later, body[1])),)))
    assert doc.speeches[0].title == title


def test_short_bold_lines_head_parts_on_a_page_full_of_bold_sentences():
    from speechconv.model import Heading

    # a WeChat article sets many sentences in bold; its short bold lines without punctuation, each over
    # plain text, are still its section headings (the bold sentences stay body)
    heads = ["寒武纪大爆发", "增长收敛", "人口老化", "情绪生长"]
    blocks = [Paragraph.of("大家好。欢迎来到今年的年度演讲，今天我想和大家聊聊这一年的变化。")]
    for n, head in enumerate(heads):
        blocks.append(Paragraph(runs=(Run(head, bold=True),)))
        for k in range(9):
            text = f"这是第{n + 1}部分的第{k + 1}段话，讲的是我们这一年看到的变化和思考。"
            blocks.append(Paragraph(runs=(Run(text, bold=True),)) if k else Paragraph.of(text))
    doc = structure(Document(speeches=(Speech(blocks=tuple(blocks)),)))
    found = [b.label for b in doc.speeches[0].blocks if isinstance(b, Heading)]
    assert found == heads


# --- list items are body ---------------------------------------------------------------------------------

_POINT = "我们要加强学习，提高认识。这是做好一切工作的前提，要深入理解，全面把握，切实把思想统一到部署上来。"
LIST_BODY = [
    # (case, paragraphs as (text, list hint), headings wanted as labels)
    ("numbered long items stay body", [("1. " + _POINT, "ol"), ("2. " + _POINT, "ol")], []),
    ("numbered short items stay body", [("1. 提高认识", "ol"), ("2. 狠抓落实", "ol")], []),
    ("一是 series in a list: no run-in headings", [("第一，德育为首。" + _POINT, "ul"), ("第二，教学为主。" + _POINT, "ul")], []),
    # near-misses: the same text without the hint
    ("numbered long paragraphs: run-in headings", [("1. " + _POINT, None), ("2. " + _POINT, None)],
     ["1.我们要加强学习，提高认识。", "2.我们要加强学习，提高认识。"]),
    ("numbered short lines: headings", [("1. 提高认识", None), ("2. 狠抓落实", None)], ["1.提高认识", "2.狠抓落实"]),
    ("a 第一 series: run-in headings", [("第一，德育为首。" + _POINT, None), ("第二，教学为主。" + _POINT, None)],
     ["第一，德育为首。", "第二，教学为主。"]),
]


@pytest.mark.parametrize("paragraphs, headings", [c[1:] for c in LIST_BODY], ids=[c[0] for c in LIST_BODY])
def test_list_items_are_never_headings_in_the_body(paragraphs, headings):
    from speechconv.model import Heading, Hints
    from speechconv.passes._body import recognise_body

    blocks = [Paragraph.of(t, hints=Hints(list=kind)) for t, kind in paragraphs]
    out = recognise_body(blocks, [False] * len(blocks))
    assert [b.label for b in out if isinstance(b, Heading)] == headings
    if not headings:
        assert [b.text for b in out] == [t for t, _ in paragraphs]


PAGES = [
    # (case, the list's HTML, level-1 heading labels wanted, the list's body paragraphs wanted)
    ("a speech's numbered points as an ordered list",
     "<ol>" + "".join(f"<li>{_POINT}</li>" for _ in range(3)) + "</ol>", [],
     [f"{n}. {_POINT}" for n in (1, 2, 3)]),
    ("short bold items of an ordered list", "<ol><li><b>提高认识</b></li><li><b>狠抓落实</b></li></ol>", [],
     ["1. 提高认识", "2. 狠抓落实"]),
    ("an ordered list of headings set in <h2>", f"<ol><li><h2>提高认识</h2><p>{_POINT}</p></li>"
     f"<li><h2>狠抓落实</h2><p>{_POINT}</p></li></ol>", ["1.提高认识", "2.狠抓落实"], [_POINT, _POINT]),
]


@pytest.mark.parametrize("items, headings, body", [c[1:] for c in PAGES], ids=[c[0] for c in PAGES])
def test_a_pages_list_items_stay_body_unless_set_as_headings(items, headings, body):
    import speechconv
    from speechconv.model import Heading

    page = (f"<html><head><title>在全市工作会议上的讲话</title></head><body><div><p>同志们：</p>"
            f"<p>今天召开全市工作会议，我讲三点意见。</p>{items}<p>谢谢大家！</p></div></body></html>")
    doc = speechconv.read(page.encode("utf-8"), format="html")
    blocks = doc.speeches[0].blocks
    assert [b.label for b in blocks if isinstance(b, Heading) and b.level == 1] == headings
    assert [b.text for b in blocks if isinstance(b, Paragraph)][1:] == body


def test_a_list_item_can_take_no_heading_role():
    from speechconv.passes.reading.choose import L, impossible

    assert L["heading"] in impossible(("len:5-10", "hint:list"))
    assert L["heading"] not in impossible(("len:5-10", "hint:bold"))


@pytest.mark.parametrize("title, core", [
    ("校长致辞-XX市实验小学", "校长致辞"),          # the school beside the title is the site's owner
    ("致辞 | 某某集团", "致辞"),
    ("北京大学-校长致辞", "校长致辞"),
    # near-misses: a title that is, or ends with, an organisation's name, with nothing beside it, stays whole
    ("在北京大学", "在北京大学"), ("某某集团", "某某集团"),
])
def test_a_page_titles_core_leaves_out_the_organisation_beside_it(title, core):
    from speechconv.passes._text import page_title_core
    assert page_title_core(title) == core


# A speech as its paragraphs, to be wrapped the ways text files are: the lines a wrap makes must come
# back as these paragraphs, and the lines that stand alone (title, salutation, headings, closing,
# signature) must stay apart.
WRAP_SPEECH = [
    "同志们：",
    "今天，我们召开全县“两新”组织党建工作推进会，主要任务是总结交流经验，研究部署下一阶段工作。刚才，3家单位作了"
    "交流发言，讲得很好，请大家认真学习借鉴。下面，我再讲几点意见。",
    "一、提高站位，充分认识加强“两新”组织党建工作的重要意义",
    "“两新”组织是推动经济社会发展的重要力量。近年来，全县非公有制企业和社会组织快速发展，目前共有规模以上企业216家、"
    "社会组织348个，吸纳就业4.2万人。做好“两新”组织党建工作，是巩固党的执政基础的必然要求。",
    "我们要清醒看到，一些企业党组织作用发挥不明显，“有组织无活动、有活动无效果”的问题依然存在。对此，各级党组织必须高度重视。",
    "二、突出重点，全面提升“两新”组织党建工作质量",
    "（一）扩大组织覆盖。对有3名以上正式党员的企业，要应建尽建；对党员人数不足的，采取联合组建、区域统建等方式，确保党的工作全覆盖。",
    "（二）强化队伍建设。要选优配强党组织书记，把政治素质好、懂经营管理的党员选拔到书记岗位上来。一是加强培训，二是完善激励，三是严格考核。",
    "1.着力推进义务教育优质均衡发展。要加大城区学校扩容力度，有效化解大班额问题，推进集团化办学，让农村孩子在家门口上好学。",
    "三、压实责任，确保各项任务落到实处",
    "各乡镇党委、县直各部门党组织要切实履行主体责任，书记要亲自抓、负总责。县委组织部要加强统筹协调，定期督查通报。"
    "第一，对工作推进不力的，要严肃问责。",
    "同志们，做好“两新”组织党建工作责任重大、使命光荣。让我们以更加饱满的热情、更加务实的作风，推动全县“两新”组织党建"
    "工作再上新台阶！",
    "谢谢大家！",
]


def _columns(ch: str) -> int:
    """Return the columns a terminal gives ``ch`` (two for a wide character)."""
    import unicodedata

    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def _wrapped(paragraphs: list[str], width: int, indent: str, by_columns: bool = False,
             flush_headings: bool = False, blank_lines: bool = False) -> str:
    """Return ``paragraphs`` as a text file wrapped at ``width`` (characters, or terminal columns),
    each paragraph's first line indented by ``indent``; a title block above."""
    measure = _columns if by_columns else (lambda ch: 1)
    lines = ["在全县“两新”组织党建工作推进会上的讲话", "县委副书记　刘建军", ""]
    for text in paragraphs:
        if blank_lines and lines[-1]:
            lines.append("")
        if flush_headings and heading_form(text) is not None and "。" not in text:
            lines.append(text)
            continue
        line, used = indent, sum(measure(c) for c in indent)
        for ch in text:
            if used + measure(ch) > width:
                lines.append(line)
                line, used = "", 0
            line, used = line + ch, used + measure(ch)
        lines.append(line)
    return "\n".join(lines) + "\n"


def _joined(text: str) -> list[str]:
    from speechconv.readers.text import read_text

    return [b.text for b in join_hard_wraps(list(read_text(text).speeches[0].blocks))]


WRAP_TOP = ["在全县“两新”组织党建工作推进会上的讲话", "县委副书记　刘建军"]


@pytest.mark.parametrize("width", range(20, 44))
def test_an_indented_wrapped_text_is_joined_though_a_line_ends_a_sentence_at_the_width(width):
    # U+3000-indented, wrapped at a width in characters: some widths put a 。 just at a line's end, and
    # the unindented line after it (我们, 第一，, （一）, 1., 同志们…) still carries the paragraph on
    assert _joined(_wrapped(WRAP_SPEECH, width, "\u3000\u3000")) == WRAP_TOP + WRAP_SPEECH


@pytest.mark.parametrize("width", range(56, 92, 2))
def test_a_text_indented_by_spaces_and_wrapped_by_columns_is_joined(width):
    # four ASCII spaces of indent, wrapped by terminal columns (a Chinese character two, a digit one):
    # many short paragraphs leave few lines at the width, but the lines a wrap broke all are
    assert _joined(_wrapped(WRAP_SPEECH, width, "    ", by_columns=True)) == WRAP_TOP + WRAP_SPEECH


@pytest.mark.parametrize("width", range(20, 44))
def test_flush_headings_in_an_indented_wrapped_text_stay_apart(width):
    # near-miss: the page sets its headings flush (unindented) between indented paragraphs; a heading
    # after a paragraph whose last line is full must not be taken for the paragraph's next line
    assert _joined(_wrapped(WRAP_SPEECH, width, "\u3000\u3000", flush_headings=True)) == WRAP_TOP + WRAP_SPEECH


@pytest.mark.parametrize("width", range(20, 44))
def test_a_wrapped_text_parted_by_blank_lines_is_joined(width):
    assert _joined(_wrapped(WRAP_SPEECH, width, "", blank_lines=True)) == WRAP_TOP + WRAP_SPEECH


@pytest.mark.parametrize("indent", ["", "\u3000\u3000", "    "])
def test_a_speech_with_a_paragraph_on_each_line_is_not_joined(indent):
    # near-miss: no wrapping at all (every paragraph on one line, long or short)
    text = "\n".join(WRAP_TOP + [indent + p for p in WRAP_SPEECH]) + "\n"
    assert _joined(text) == WRAP_TOP + WRAP_SPEECH


@pytest.mark.parametrize("width", [22, 28, 35])
def test_a_signature_and_date_after_a_full_last_line_stay_apart(width):
    # near-miss: unindented lines after the last paragraph's full line, without clause punctuation
    body = WRAP_SPEECH[:-1]
    text = _wrapped(body, width, "\u3000\u3000") + "某某县委组织部\n2023年8月28日\n"
    assert _joined(text) == WRAP_TOP + body + ["某某县委组织部", "2023年8月28日"]


@pytest.mark.parametrize("width", range(20, 44))
def test_centred_headings_do_not_make_an_unmarked_wrapped_text_indented(width):
    # near-miss: a text that marks no paragraphs (no indent, no blank line) but indents its headings
    # (centred): a line that ends a sentence at the width may end its paragraph, and the line after it
    # is not glued on for the headings' indent (no two paragraphs' openings in one joined line)
    lines = []
    for text in WRAP_SPEECH:
        if heading_form(text) is not None and "。" not in text:
            lines.append("\u3000" * 6 + text)
        else:
            lines += [text[i:i + width] for i in range(0, len(text), width)]
    openings = [p[:10] for p in WRAP_SPEECH if heading_form(p) is None or "。" in p]
    assert all(sum(o in t for o in openings) <= 1 for t in _joined("\n".join(lines) + "\n"))


@pytest.mark.parametrize("text, speaks", [
    ("I am honoured to be invited to participate in this Graduation Ceremony. As we are in the year celebrating "
     "the 50th anniversary of the Faculty of Law, this is an occasion of historic significance.", True),
    ("We gather here today to celebrate the graduates of this law school, and to look ahead to the challenges.", True),
    # near-misses: a report in the third person; a translator's preface speaking of the text
    ("The former Chief Justice addressed the graduates of the law school on Friday. He said that the rule of law "
     "mattered.", False),
    ("I translated the full text of the address below for readers who asked for it.", False),
])
def test_an_english_paragraph_speaks_in_the_first_person(text, speaks):
    from speechconv.passes.reading.patterns import speaks_first
    assert speaks_first(text) is speaks


@pytest.mark.parametrize("field, value, lines, reason", [
    # a speaker's label the split took stands; the speaker line the reading finds under it is recorded
    ("byline", "市人大代表 张建华", ["——某某分公司总经理 王明", "尊敬的各位嘉宾：", "大家晚上好！今天我们在这里相聚。"],
     "structure: a second speaker line (the first stands)"),
    ("date", "2024年3月5日", ["在大会上的讲话", "2024年3月6日", "同志们：", "今天我们召开大会，部署全年工作。"],
     "structure: a second date (the first stands)"),
])
def test_a_second_speaker_or_date_line_is_recorded_not_lost(field, value, lines, reason):
    from speechconv.passes.structure import structure_speech

    speech = replace(Speech(blocks=tuple(Paragraph.of(t) for t in lines)), **{field: value})
    done, dropped = structure_speech(speech)
    assert getattr(done, field) == value
    assert (lines[0] if field == "byline" else lines[1], reason) in [(d.text, d.reason) for d in dropped]


def _md_blocks(lines: list[str]) -> list:
    """Return Paragraph blocks for ``lines``; a line opening with ``## `` is a heading line (hint level 2)."""
    from speechconv.model import Hints, Paragraph, Run
    return [Paragraph((Run(t[3:]),), hints=Hints(heading=2)) if t.startswith("## ") else Paragraph((Run(t),))
            for t in lines]


@pytest.mark.parametrize("lines, kept, notes", [
    # study notes around a labelled transcript: the notes go, the header lines above them stay
    (["Do schools kill creativity?", "Speaker: Sir Ken Robinson", "## Vocabulary", "vested interest: 既得利益",
      "## Summary", "In his speech, he argues.", "## Transcript", "Good morning.", "Thank you.",
      "## Afterword", "2024年5月24日于上海。"],
     ["Do schools kill creativity?", "Speaker: Sir Ken Robinson", "Good morning.", "Thank you."],
     ["Vocabulary", "vested interest: 既得利益", "Summary", "In his speech, he argues.", "Afterword",
      "2024年5月24日于上海。"]),
    (["在开学典礼上的讲话", "【导读】", "本文是校长在开学典礼上的讲话。", "【演讲全文】", "同学们：", "今天我们开学了。",
      "【学习笔记】", "要点一。"],
     ["在开学典礼上的讲话", "同学们：", "今天我们开学了。"], ["【导读】", "本文是校长在开学典礼上的讲话。", "【学习笔记】", "要点一。"]),
    # near-misses: a summary heading with no transcript label, a transcript label with no notes, two labels
    (["Title", "## Summary", "We did well.", "## Outlook", "We will do better."],
     ["Title", "Summary", "We did well.", "Outlook", "We will do better."], []),
    (["Title", "## Transcript", "Good morning."], ["Title", "Transcript", "Good morning."], []),
    (["Title", "## Notes", "n", "## 全文", "a", "## 原文", "b"], ["Title", "Notes", "n", "全文", "a", "原文", "b"], []),
])
def test_study_notes_around_a_labelled_transcript_go(lines, kept, notes):
    from speechconv.passes._notes import LABEL, NOTES, cut_study_notes
    out, gone = cut_study_notes(_md_blocks(lines))
    assert [b.text for b in out] == kept
    assert [d.text for d in gone if d.reason == NOTES] == notes
    assert all(d.reason in (NOTES, LABEL) for d in gone)
