"""Line patterns the structure evidence is built from: what a title, speaker, date, salutation, closing,
part marker or editor's note looks like. Each is a plain test on one line's text; whether a line *is*
one of these is decided by weighing them together (see :mod:`.features` and :mod:`.choose`).
"""
from __future__ import annotations

import re

from .._text import CJK, cn_number, compact, ends_sentence, mostly_latin
from .._hant import fold
from .names import has_surname

GREETING_ONLY = re.compile(r"^(大家|各位|同学们|朋友们|老师们|同志们)?(上午|下午|晚上|早上)?好[！!~～]?$")
#: What a speaker line holds: an office or a title of address.
OFFICE = re.compile(r"书记|市长|县长|区长|镇长|乡长|省长|主任|校长|局长|部长|总经理|经理|董事长|主席|总理|院长|处长|"
                    r"厅长|委员|代表|教授|老师|学生|同志|总裁|会长|理事长|秘书长|主持人|发言人|负责人|干部|庭长|检察长|"
                    r"法官|总监|行长|社长|所长|科长|队长|班长|团长|馆长|园长|总编|主编辑|专员|组长|常委|议员|大使|总统")
#: Words a salutation addresses people with.
ADDRESS = re.compile(r"同志|领导|来宾|嘉宾|贵宾|朋友|同学|老师|代表|女士|先生|各位|尊敬|亲爱|家长|同仁|同事|委员|"
                     r"战友|校友|伙伴|大家|师生|职工|员工|青年|孩子|乡亲|市民|党员|干部|教练|运动员|评委|家人|亲人|同胞|"
                     r"各界|全体|同志們|領導|來賓|朋友們|同學|老師")
#: An address and a greeting on one line (同志们，大家好！ 各位老师、各位同学：大家早上好！).
GREETING = re.compile(r"^[^。！？]{2,40}[，,：:][^，。！？：:]{0,10}好[！!。]?$")
#: A line that opens with a greeting (大家好，我是…; 同学们，下午好): never a title or a heading.
GREETS = re.compile(r"^(大家|各位|同志们|朋友们|同学们|老师们|你们)?[，,]?(上午|下午|晚上|早上)?好[，,！!。~～]")
#: A speaker line: a name, then the offices in brackets (张建国（市人大代表、XX化工集团董事长））.
NAME_THEN_OFFICE = re.compile(r"^(?P<name>[\u4e00-\u9fff·]{2,4})[（(](?P<office>[^（）()。！？]{2,40})[)）]$")


def name_then_office(text: str) -> bool:
    """Return True for a name followed by the speaker's offices in brackets: a speaker line of a
    发言摘登 page, never a heading or body text."""
    m = NAME_THEN_OFFICE.match(text.strip())
    return m is not None and has_surname(m.group("name")) and bool(OFFICE.search(m.group("office"))) \
        and "我" not in m.group("office")


#: A stage direction opening a transcript's line ([applause] Thank you. （掌声）谢谢。): the speech's own text.
STAGE = re.compile(r"^[\[【（(](掌声|鼓掌|热烈掌声|掌声雷动|笑声|全场笑|音乐|applause|laughter|cheers|cheering|music)"
                   r"[^\]】）)]{0,8}[\]】）)]", re.I)
#: A host script's segment label (【第三项】 【开场白】 【结束语】 【环节二】): a part of one script, never
#: the title of another speech.
SEGMENT = re.compile(r"^[\[【](第[一二三四五六七八九十\d]{1,3}(项|个?环节|部分)|环节[一二三四五六七八九十\d]{1,3}|开场白?|"
                     r"结束语|结尾|串词|串场词?|过渡语?|议程[一二三四五六七八九十\d]{0,3})[\]】]$")
#: A title and its ——subtitle on one line (政府工作报告——2024年3月5日在…上 国务院总理 李强): see title_line.
TITLE_LINE = re.compile(r"^(?P<title>[^—–]{2,40}?)\s*(?P<sub>[—–]{2}[^—–]{4,80})$")
DATE = re.compile(r"^(?:(?:演讲|讲话|发言|致辞)?(?:日期|时间)[:：])?"
                  r"[（(]?(?:(\d{4}|[二〇○零一二三四五六七八九OＯ]{4})年\d{0,2}[一二三四五六七八九十〇○]{0,3}月"
                  r"[\d一二三四五六七八九十〇○]{0,3}日?|(?:19|20)\d\d[.．/-]\d{1,2}[.．/-]\d{1,2})[，,、]?[^（()）]{0,10}"
                  r"([（(](星期|周)[一二三四五六日天][)）])?[)）]?$"
                  r"|^[（(](\d{1,2}|[一二三四五六七八九十]{1,3})月(\d{1,2}|[一二三四五六七八九十]{1,3})日[)）]$")
_MONTHS = r"(January|February|March|April|May|June|July|August|September|October|November|December|(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
#: A place a dateline names before or after its date (Shanghai, / Washington, D.C.,).
_EN_PLACE = r"[A-Z][A-Za-z.'’\-]*(\s[A-Z][A-Za-z.'’\-]*){0,3}"
#: An English date line (Tuesday, November 4th, 2008 / May 26, 2011 / 26 May 2011 / February 2009), maybe a
#: dateline with the place before or after it (Shanghai, March 5, 2024 / June 5, 2019, Geneva), or a notes
#: page's field (Date: February 2006).
EN_DATE = re.compile(rf"^(([Dd]ated?|[Dd]elivered(\s+on)?)\s*[:：]\s*)?({_EN_PLACE},\s*({_EN_PLACE},\s*)?)?((Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s*)?"
                     rf"({_MONTHS}\s+\d{{1,2}}(st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(st|nd|rd|th)?\s+{_MONTHS},?\s+\d{{4}}|"
                     rf"{_MONTHS},?\s+\d{{4}})(,\s*{_EN_PLACE})?\.?$")
#: A line that is a date and nothing else (2012年6月24日, （2019年10月17日，上午）, 2025.02.17): never a title.
DATE_ONLY = re.compile(r"^[（(]?((\d{4}|[二〇○零一二三四五六七八九OＯ]{4})年\d{1,2}月\d{1,2}日|"
                       r"(\d{4}|[二〇○零一二三四五六七八九OＯ]{4})年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日|"
                       r"(19|20)\d\d[.．/-]\d{1,2}[.．/-]\d{1,2})([，,]?(星期|周)[一二三四五六日天]|[，,]?[上下]午|"
                       r"[（(](星期|周)[一二三四五六日天][)）])?[)）]?$")
#: A line wholly in brackets (（War Room：…评价…讲话）, （2019年10月17日）): a note, a date or a subtitle, never a title.
BRACKETED = re.compile(r"^[（(][^（）()]+[)）]$")
#: A date in brackets and the speaker after it on one line (（二OO一年八月二十三日）江泽民).
#: A full date in brackets, the year in digits or in Chinese numerals (（二OO一年八月二十三日）).
_BRACKETED_DATE = r"[（(](?:\d{4}|[二〇○零一二三四五六七八九OＯ]{4})年[^（()）]{2,12}日[)）]"
DATE_THEN_NAME = re.compile(rf"^(?P<date>{_BRACKETED_DATE})\s*(?P<who>[^（()）\d]{{2,20}})$")


#: A title that runs on into its bracketed date and maybe the speaker (a PDF joins centred lines):
#: 在…上的讲话（二OO一年八月二十三日）江泽民.
TITLE_DATE = re.compile(rf"^(?P<title>.{{4,}}?[^\s（(])\s*(?P<date>{_BRACKETED_DATE})\s*(?P<who>[^（()）\d]{{2,20}})?$")


def title_with_date(text: str) -> tuple[str, str, str | None] | None:
    """Return (title, date, speaker or None) for a title line that runs on into its date (and the
    speaker after it), or None."""
    m = TITLE_DATE.match(text.strip())
    if m is None or (m.group("who") and not speakerish(m.group("who"))):
        return None
    return m.group("title"), m.group("date"), m.group("who")


def dated_byline(text: str) -> tuple[str, str] | None:
    """Return (speaker, date) for a line holding both — a speaker then a date (张明同志 2009年5月4日) or a
    bracketed date then a speaker (（二OO一年八月二十三日）江泽民) — or None."""
    m = DATED_BYLINE.match(text) or DATE_THEN_NAME.match(text) or DATE_THEN_SPEAKER.match(text)
    if m is None or not speakerish(m.group("who")):
        return None
    return m.group("who").strip(), m.group("date")


#: A date, then an office and a name after a dash (2013年1月20日北京…研究会会长——陈昊苏).
DATE_THEN_SPEAKER = re.compile(r"^(?P<date>\d{4}年\d{1,2}月\d{1,2}日)\s*(?P<who>[^，。！？；]{2,36}(——|—)\s*"
                               r"[\u4e00-\u9fff·]{2,5})$")
DATED_BYLINE = re.compile(r"^(?P<who>.{2,20}?)\s*(?P<date>[（(]?(?:\d{4}年\d{1,2}月\d{1,2}日|(?:19|20)\d\d[.．/-]\d{1,2}"
                          r"[.．/-]\d{1,2})[)）]?)$")
#: A name, or a template's blank for one (×××, XXX, 某某).
_NAME = r"(?:[\u4e00-\u9fff](?:[\s\u3000]?[\u4e00-\u9fff]){1,3}|[×xXＸ*＊○]{2,4}|某某)"
#: A speaker line: an office followed by a name (教学处副主任 平建树, 绍兴一中党委书记、校长王琛).
OFFICE_NAME = re.compile(rf"(?:书记|市长|县长|区长|镇长|乡长|省长|主任|校长|局长|部长|总经理|经理|董事长|主席|总理|院长|处长|厅长|"
                         rf"委员|教授|总裁|会长|理事长|秘书长|庭长|检察长|行长|社长|所长|科长|队长|团长|馆长|园长|常委|老师|"
                         rf"代表|班|级|生)[\s\u3000]*{_NAME}$")
#: A speaker given by a label: 值周领导：王晶晶, 主讲人：高一国际班孙鸣谦, 发言人：张三.
SPEAKER_LABEL = re.compile(r"^(?:值周领导|值周班|主讲人?|发言人|演讲人|讲话人|报告人|主持人|发言|演讲者|宣讲人|作者|撰稿|述职人|"
                           r"汇报人|致辞人|代表|speaker|speakers|presenter|delivered\s*by|speech\s*by|remarks\s*by)[:：|｜丨]"
                           r"[^，。！？]{2,24}$", re.I)
#: A name set apart by spaces inside a short line (2019届高三10班 褚步霄 北京大学).
SPACED_NAME = re.compile(r"(?:^|[\s\u3000])[\u4e00-\u9fff]{2,3}(?:[\s\u3000]|$)")
#: An organisation that speaks at a CPPCC or congress session (民建市委会, 九三学社省委, 市工商联, 农工党区委).
ORG_SPEAKER = re.compile(r"^(中国)?(市|省|区|县)?(民革|民盟|民建|民进|农工党|致公党|九三学社|台盟|工商联|总工会|妇联|团市委|团省委|共青团|"
                         r"科协|侨联|文联|作协|无党派人士)[^，。！？：:]{0,8}(委会|委员会|市委|省委|区委|县委|支社|总支|联|"
                         r"界别|小组)?$|^[\u4e00-\u9fff]{2,8}(界别|专委会|联组)$")
#: A name in Latin letters (David Souter, MICHAEL R. POMPEO).
LATIN_NAME = re.compile(r"^[A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z.'’-]*){1,3}$")
#: An English speaker line: a name after an office or a form of address (Ambassador Jane Miller, President Laura
#: Chen, Secretary of State Antony Blinken, By Dr. Mary Smith), or a name and the office after a comma (Laura Chen,
#: President of Dongzhou University). A bare name is :data:`LATIN_NAME`; a title such as Farewell Address or
#: President Lincoln's Gettysburg Address names an occasion (:data:`_EN_OCCASION`), no speaker.
_EN_OFFICE = (r"(?:(?:Vice|Deputy|Former|Acting|Assistant|Under|Lieutenant|Prime|Chief|Consul)[ -])?"
              r"(?:President|Ambassador|Mayor|Governor|Senator|Secretary(?: of State| General)?|Minister|Premier|"
              r"Chancellor|Provost|Dean|Principal|Headmaster|Headmistress|Professor|Prof\.|Dr\.|Mr\.|Mrs\.|Ms\.|Sir|"
              r"Dame|Lord|Lady|Chairman|Chairwoman|Chairperson|Chair|CEO|Director|General|Admiral|Judge|Justice|King|"
              r"Queen|Prince|Princess|Pope|Rev\.|Reverend|Representative|Congressman|Congresswoman|Commissioner|"
              r"Consul|Speaker|Commander|Captain|Colonel|Executive|Founder|Rector)")
_EN_PERSON = r"[A-Z][a-z'’-]+(?: [A-Z]\.)?(?: (?:de |van |von |der |da |di |bin |al-)?[A-Z][A-Za-z'’-]+){1,2}(?:,? (?:Jr\.|Sr\.|II|III|IV))?"
EN_SPEAKER = re.compile(rf"^(?:By:? )?(?:{_EN_OFFICE} ){{1,3}}(?P<who>{_EN_PERSON})$|"
                        rf"^(?:By:? )?(?P<named>{_EN_PERSON}), (?:the )?{_EN_OFFICE}\b[^.!?:;]{{0,60}}$|"
                        rf"^By:? (?P<by>{_EN_PERSON})$")
_EN_OCCASION = re.compile(r"\b(Address|Remarks|Speech|Statement|Lecture|Day|Ceremony|Conference|Forum|Summit|"
                          r"Commencement|Inaugural|Farewell|Message|Keynote|University|College|School|Class|Oration)\b")


def english_speaker(text: str) -> bool:
    """Return True for an English speaker line (see :data:`EN_SPEAKER`)."""
    m = EN_SPEAKER.match(text.strip())
    if m is None:
        return False
    who = m.group("who") or m.group("named") or m.group("by")
    return not _EN_OCCASION.search(who)


#: Where a speaker comes from: a class, a school, a company, an office.
AFFILIATION = re.compile(r"届|班|年级|学院|大学|中学|小学|学校|公司|集团|系|研究所|研究院|医院|法院|检察院|局|委员会|"
                         r"协会|代表|学生|教师|校友|党支部|支部|车间|村|社区")
#: A short line ending in a name set apart by a space (高一15班 赵珂怡, 创新2班 吴 旻).
ENDS_WITH_NAME = re.compile(rf"^[^，。！？：:]{{1,18}}[\s\u3000]+(?P<name>{_NAME})$")


def ending_name(text: str) -> str:
    """Return the name that ends a speaker line (市发改委　赵　磊 gives 赵磊), spaces taken out, or ''."""
    m = ENDS_WITH_NAME.match(text)
    return compact(m.group("name")) if m else ""
SUBTITLE = re.compile(r"^[—–-]{1,2}.*(在|于).*(上|的)|^[—–-]{1,2}.*(讲话|致辞|发言|报告|演讲|材料|汇报|贺词|献词|寄语|讲稿|"
                      r"党课|述职|主持词|心得|体会)"
                      r"|^[—–-]{1,2}\s*(致|献给|写给)[\u4e00-\u9fff“”\"]{2,}")
#: A subtitle whose line break before the speaker's name was lost: ——在…上的致辞 王 琛
SUBTITLE_NAME = re.compile(r"^(?P<sub>[—–-]{1,2}.*(讲话|致辞|发言|报告|演讲|贺词|献词))\s+"
                           r"(?P<name>[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,2})$")
THANKS = re.compile(r"^(谢谢|感谢|再次感谢|再次谢谢|謝謝|感謝)[^。]{0,10}[！!。]?$|^此致$|^敬礼[！!]?$|^此致敬礼[！!]?$|"
                    r"^(Thank you|Thanks)( (all|again|everyone|very much|so much))?[.!]?$")
NOT_IN_TITLE = re.compile(r"[。！？!?；;]")
CLAUSE_MARK = re.compile(r"[，。；！？、]")
SPEECH_WORD = re.compile(r"讲话|致辞|发言|报告|演讲|贺词|献词|讲稿|寄语|致词|祝词|答谢词|欢迎词|主持词|倡议书|开幕词|闭幕词|"
                         r"开幕辞|闭幕辞|祝酒词|讲演|结束语|贺信|贺电|感谢信|慰问信|公开信|述职报告|"
                         r"动员|讲座|党课|演说|總結|讲评|致辭|講話|發言")
#: A line that is only the name of a speech's kind or part (引言, 结论, 开幕词, 致辞): a short title.
PART_WORD = re.compile(r"^(引言|导言|前言|序言|绪言|绪论|结论|结语|结束语|总结|小结|后记|附言|开场白|开幕词|闭幕词|开幕辞|"
                       r"闭幕辞|致辞|致词|讲话|发言|答词|答辞|贺词|祝词|欢迎词|欢送词|答谢词|祝酒词|主持词|献词|"
                       r"演讲|报告|导語|前言|結論|結語|致詞|講話|發言|開幕詞|閉幕詞)$")
#: A line naming the occasion of a speech without a dash (任总在成研所业务汇报会上的讲话): its subtitle when a
#: short title stands above it.
OCCASION = re.compile(r"^[^，。！？：:；—–]{0,24}(在|于)[^，。！？：:；]{2,48}(上|中|时|之际|前夕|期间|仪式|典礼|大会|会议)?"
                      r"的?(讲话|致辞|致词|发言|报告|演讲|贺词|献词|讲演|演说|致辭|講話|發言)(稿|提纲|要点|摘要)?$")
#: A document's own title in the official form 关于…的报告 (a report's, a speech's, an explanation's): a
#: title, never a label above one.
ABOUT_TITLE = re.compile(r"^关于[^，。！？：:；]{4,50}的(报告|讲话|发言|说明|汇报|情况|致辞|意见|通知|决定)$")
MEETING_WORD = re.compile(r"^在.{2,40}(上|时|之际)|会议|大会|典礼|仪式|座谈会|开幕式|闭幕式|年会|论坛|峰会|"
                          r"研讨会|表彰会|动员会|推进会|培训班|庆祝|纪念")
#: Notes and source lines that stand above a speech on news and WeChat pages.
EDITOR = re.compile(r"^[【\[]?(编者按|编者注|编者的话|编辑按|按语|导读|核心提示|内容提要|摘要|提要)[】\]]?[:：]?|"
                    r"现(将|把)?.{0,20}(摘录|摘编|刊发|转发|全文刊发|予以刊登)|^(来源|原文|出处|转自|作者|发布时间|"
                    r"发布日期|原标题|本文来源|文章来源|信息来源|选自|摘自)[:：]")
COUNT = re.compile(r"[（(【\[]?(?:精选|通用|优秀|热门|最新|经典|范文)?\s*(?P<n>[0-9一二三四五六七八九十两]{1,3})\s*篇"
                   r"(?:范文|合集|大全)?[)）】\]]?|汇总|合集|大全|摘登|发言选登|发言摘编")
#: A news report's lead above a speech: a dateline or a date, then a third-person account of the event.
NEWS_LEAD = re.compile(r"^(?:[（(]?(新华社|中新社|人民网|央视网|新华网|本报|本网|本台)[^，。]{0,12}电|[—–-]{0,2}\d{4}年"
                       r"\d{1,2}月\d{1,2}日|\d{1,2}月\d{1,2}日|(新年|春节|国庆|元旦|中秋)前夕|日前|近日|近期|今天|今日|昨天|"
                       r"昨日|当天|当日)(?:[^。]{0,8}(上午|下午|晚上|晚|早上|中午))?")
NEWS_ACT = re.compile(r"(发表|(?<![工合创写操制协运振著劳动])作了?|(?<![工合创写操制协运振著劳动])做了?)(重要|热情洋溢的|题为)?.{0,20}(讲话|报告|致辞|演讲|贺词|主旨演讲)|出席.{0,30}(并|和)"
                      r"(讲话|致辞)|主持(会议|召开)|隆重(举行|召开)|在.{2,30}(开幕|召开|举行)|听取.{0,30}报告|举行|召开|举办")
#: How a report of the event opens when it follows the speech (会上， 据悉， 典礼上， 会议指出， 会议由…主持):
#: where the event happened or what it said, told from outside. A speaker says 这次会议 or 刚才, not these.
REPORT_OPEN = re.compile(r"^(据悉|据了解|据介绍|另悉|又讯|记者了解到|记者获悉|(本次|此次)?(会议|大会|典礼|仪式|活动|座谈会|"
                         r"论坛|开幕式|闭幕式|研讨会|报告会|培训班|表彰会|推进会|动员会|发布会|峰会|年会|晚会)(上|中|期间|"
                         r"现场|前|后|结束后|最后|由|以|指出|强调|要求|号召|认为|提出|传达|审议|听取|通报|宣读|还|同时)|"
                         r"会上|会前|会后|会中)")
#: What a report after the speech tells someone did at the event (出席会议, 作了交流发言, 在主会场参加学习,
#: 主持会议): the acts of :data:`NEWS_ACT` without its bare 举行/召开/举办, which a speech may say of a plan.
REPORT_ACT = re.compile(r"(发表|作了?|做了?)(重要|热情洋溢的|题为)?[^。！？]{0,20}(讲话|报告|致辞|演讲|贺词|发言)|"
                        r"出席(了)?(会议|活动|典礼|仪式|开幕式|闭幕式|座谈会|大会|论坛|[。，,并])|"
                        r"(参加|列席)(了)?[^。！？]{0,8}(会议|活动|学习|典礼|仪式|座谈|培训)|在(主|分)会场|"
                        r"主持(了)?(会议|活动|典礼|仪式|开幕式|座谈会|大会|[。])|由[^。！？]{2,30}主持|隆重(举行|召开)|"
                        r"(举行|召开|举办)了|颁发了?|颁奖|宣读了|合影留念")
#: A news agency's dateline (新华社北京12月31日电): a report, never a speech's own words.
DATELINE = re.compile(r"^[（(]?(新华社|中新社|中新网|人民网|央视网|新华网|光明网|本报|本网|本台|路透社|美联社|法新社|中央社)"
                      r"[^，。]{0,12}(\d{1,2}|[一二三四五六七八九十]{1,3})月(\d{1,2}|[一二三四五六七八九十]{1,3})日"
                      r"(电|讯)")
#: A report's line that hands over to the speech (…发表了新年贺词。全文如下： 以下为讲话全文：).
LEAD_IN_END = re.compile(r"(全文如下|内容如下|讲话如下|原文如下|全文|实录|译文)([（(][^（）()]{0,10}[)）])?[：:]$")


def reports_address(text: str) -> bool:
    """Return True for a sentence that tells, in the third person, that an office-holder gave the
    address (国家主席…发表了新年贺词。 市长…出席并致辞。): a report above the speech."""
    first = text.split("。", 1)[0]
    act = NEWS_ACT.search(first)
    if "。" not in text and _NAMED_ADDRESS.search(first):
        return False
    return act is not None and "我" not in first and bool(OFFICE.search(first[:act.start()]))


#: A title that names the address it is (…在华沙发表的讲话, …上作的报告): no report of it.
_NAMED_ADDRESS = re.compile(r"((发表|作|做)的|上的)(重要)?(讲话|报告|致辞|演讲|贺词|主旨演讲|发言)")


def news_lead(text: str) -> bool:
    """Return True for a news report's lead paragraph (新华社北京1月8日电…发表重要讲话。): a dateline or a
    time word, an event told, and no 我 in its first sentence (a speech says 我们; a report does not)."""
    first = text.split("。", 1)[0]
    return len(text) > 30 and "我" not in first and bool(NEWS_LEAD.match(text)) \
        and bool(NEWS_ACT.search(text[:200]))


#: A short label that introduces a part: 国旗下讲话： 值周总结： 主持人：
LABEL = re.compile(rf"^[{CJK}]{{2,10}}[:：]$")
#: A label alone on its line that opens an appendix after a speech (【参考资料】 附件2： 附录).
APPENDIX = re.compile(r"^[【\[]?(参考资料|附件[一二三四五六七八九十\d]{0,2}|附录[一二三四五六七八九十\d]{0,2}|附|名词解释|名词注释|"
                      r"注释|名詞解釋)[】\]]?[:：]?$")
#: An appendix label with the appendix's title on its line (附件：2024年重点任务分解表, 附件2：…名单).
APPENDIX_TITLED = re.compile(r"^[【\[]?(附件|附录)[一二三四五六七八九十\d]{0,2}[】\]]?[:：](?P<title>[^。！？；;]{2,60})$")
ISSUER = re.compile(r"(委员会|董事会|理事会|总会|商会|基金会|人民政府|政府|委|局|办公室|办|中学|小学|大学|学院|学校|公司|集团|协会|学会|联合会|中心|医院|"
                    r"法院|检察院|研究院|研究所|银行|厂|社|部|处|厅|署|支部|总支|党委|团委|工会|妇联|中队|大队|"
                    r"领导小组|工作小组|工作组|组委会|筹委会|执委会|工作专班)$")
_MARKERS = (
    re.compile(r"^(?P<title>.{0,60}?)[（(【\[]?篇(?P<n>[0-9一二三四五六七八九十]{1,3})[)）】\]]?$"),
    re.compile(r"^[【\[]?第(?P<n>[0-9一二三四五六七八九十]{1,3})篇(?!章|幅|目)[】\]]?[:：、.．]?(?P<title>.{0,60})$"),
    re.compile(r"^[【\[]?(?:范文|例文|样文|精选|材料|稿件|发言)(?P<n>[0-9一二三四五六七八九十]{1,3})[】\]]?[:：、.．]?"
               r"(?P<title>.{0,60})$"),
    re.compile(r"^[【\[]?篇(?P<n>[0-9一二三四五六七八九十]{1,3})[】\]]?[:：、.．](?P<title>.{1,60})$"),
    re.compile(r"^[【\[]篇(?P<n>[0-9一二三四五六七八九十]{1,3})[】\]](?P<title>.{1,60})$"),
    re.compile(r"^(?P<n>[一二三四五六七八九十]{1,3})[:：](?P<title>.{0,60})$"),
    # 一、国旗下讲话 / 二、值周总结: a numbered label that names a kind of speech (no words of a heading's own)
    re.compile(r"^(?P<n>[一二三四五六七八九十]{1,3})[、.．](?P<title>(?!关于)[\u4e00-\u9fff]{0,4}"
               r"(讲话|致辞|发言|演讲|总结|小结|寄语|贺词|主持词))$"),
    # （一） alone on its line: a part only on a page that announces its parts (两篇, 汇总), else a heading's number
    re.compile(r"^[（(](?P<n>[一二三四五六七八九十]{1,3})[)）](?P<title>)$"),
    # 标题 1 / 标题 2: a title followed by a bare number counts only when every such marker repeats
    # the same title (see markers.find_markers).
    re.compile(r"^(?=.*[\u4e00-\u9fff])(?P<title>.{4,60}?)(?P<n>\d{1,2})$"),
)
SAME_TITLE_FORM = len(_MARKERS) - 1
BARE_BRACKET_FORM = len(_MARKERS) - 2
LABEL_FORM = len(_MARKERS) - 3
_SENTENCE_MARK = re.compile(r"[。！？；!?;]|[，,：:]$")


def marker_parts(text: str) -> tuple[int, int, str] | None:
    """Return (form, number, title) when a line has the shape of a part marker (篇一, 范文二：标题…)."""
    key = compact(text)
    if len(key) > 64:
        return None
    for form, pattern in enumerate(_MARKERS):
        m = pattern.match(key)
        if m:
            n = cn_number(m.group("n"))
            title = m.group("title").strip(" ：:、")
            if n is not None and not _SENTENCE_MARK.search(title):
                return form, n, title
    return None


def titleish(text: str, limit: int = 60) -> bool:
    """Return True for a short line with no sentence punctuation that does not end like a salutation
    (an English line may run to two and a half times ``limit``: its words take more letters)."""
    if len(text) > limit and mostly_latin(text):
        limit = limit * 5 // 2
    return 0 < len(text) <= limit and not NOT_IN_TITLE.search(text) \
        and not text.endswith(("，", ",", "、", "：", ":"))


def is_salutation(text: str) -> bool:
    """Return True for a salutation line: it ends in ： and addresses people (同志们： or a list of
    offices, 首席法官、律政司司长、…会长：), or it is a greeting line. A line handing over to a text
    (…的说明全文如下：) or naming a document (《…》) is none, nor is a sentence that announces what
    follows (下面，我代表XX区作如下表态：), nor a paragraph whose sentences end before its colon (早上好！新的学年开始了。
    首先，我向大家报告几个好消息：)."""
    if "《" in text or LEAD_IN_END.search(text) or _ANNOUNCES.search(text) or _SENTENCE_BEFORE.search(text):
        return False
    if text[:1].isascii() and english_salutation(text):
        return True
    if office_then_name(text.rstrip("：: ")):
        return False              # XX镇党委委员李娜： a speaker's label, not people addressed
    if len(text) > 60:
        return _long_salutation(text)
    offices = text.endswith(("：", ":")) and "、" in text and len(OFFICE.findall(text)) >= 2
    if _ADDRESSEE.match(text) or ((_COLLECTIVE.match(text) or _MAIN_ADDRESSEES.match(text))
                                  and not _COLLECTIVE_NOT.search(text)):
        return True               # a letter's addressee: 浙江大学： 各县区人民政府、市直各部门： 全市广大医务工作者：
    if not (ADDRESS.search(text) or offices):
        return False
    return text.endswith(("：", ":")) or bool(GREETING.match(text))


#: Words that address the people present in an English salutation (Mr. Speaker, members of the Board,
#: fellow citizens, ladies and gentlemen, the graduates).
_EN_ADDRESS = re.compile(
    r"\b(Mr|Mrs|Ms|Madam|Madame|Dr|Sir|Dame|Lord|Lady|President|Vice|Chief|Justice|Speaker|Chancellor|Provost|Dean|"
    r"Governor|Senator|Secretary|Minister|Ambassador|Mayor|Chair|Chairman|Chairwoman|Professor|Excellenc(y|ies)|"
    r"Majesty|Highness|Honou?rable|Reverend|reverend|clergy|members?|Members?|ladies|Ladies|gentlemen|friends|Friends|"
    r"fellow|Fellow|citizens|Americans|graduates|Graduates|class|Class|faculty|Faculty|staff|students|Students|"
    r"parents|Parents|famil(y|ies)|alumni|guests|Guests|distinguished|Distinguished|colleagues|Colleagues|delegates|"
    r"Delegates|trustees|Trustees|Overseers|Board|everyone|everybody|Everyone|Everybody|comrades|Comrades)\b")
#: Words of a sentence, never of a list of the people addressed (I, we, is, have, will…).
_EN_SENTENCE = re.compile(r"\b(I|I'm|I’m|we|We|is|are|was|were|have|has|had|will|would|can|could|to|that|this|it|It)\b")
_EN_ABBREVIATION = re.compile(r"\b(Mr|Mrs|Ms|Dr|St|Jr|Sr|Hon|Rev|Gen|Prof)\.")
#: The longest English salutation (a commencement's list of everyone present runs to 300 characters).
LONG_EN_SALUTATION = 400


def english_salutation(text: str) -> bool:
    """Return True for an English salutation line: mostly Latin letters, ending in : or , (or a
    dash), no sentence inside, and a list of the people addressed (Mr. Vice President, Mr. Speaker,
    Members of the Senate: / My fellow Americans, / Ladies and gentlemen,): its first part and at least
    half of its parts between commas and ands address people, and no part holds the words of a sentence."""
    text = text.strip()
    if not (3 <= len(text) <= LONG_EN_SALUTATION) or not text.endswith((":", ",", "：", "，", "—", "-")):
        return False
    body = _EN_ABBREVIATION.sub(r"\1", text[:-1])
    letters = sum(c.isascii() and c.isalpha() for c in body)
    if letters < 0.8 * len(compact(body)) or re.search(r"[.!?;:]", body) or _EN_SENTENCE.search(body):
        return False
    parts = [p for p in re.split(r",|\band\b", body) if p.strip()]
    if not parts or any(len(p.split()) > 9 for p in parts):
        return False
    if len(parts) == 1 and text.endswith((":", "：")) and _EN_NAMED_LABEL.match(body.strip()) \
            and not _EN_ADDRESS.search(" ".join(body.split()[-2:])):
        return False              # Senator Mitch McConnell: a transcript's speaker label
    people = [bool(_EN_ADDRESS.search(p)) for p in parts]
    return people[0] and 2 * sum(people) >= len(parts)


#: A title and a person's full name (Senator Mitch McConnell, President Joe Biden): a speaker label
#: when it stands alone before a colon.
_EN_NAMED_LABEL = re.compile(r"^(?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+ [A-Z][\w'’-]+$")


def translates_salutation(text: str) -> bool:
    """Return True for a Chinese line that could be an English salutation's translation under it: it
    names people addressed, ends no sentence inside, and ends in ：, ，, ！ or nothing (副总统先生、议长先生、
    参众两院各位议员： / 我的美国同胞们)."""
    text = fold(text.strip())
    return 0 < len(text) <= LONG_SALUTATION and not mostly_latin(text) and bool(ADDRESS.search(text)) \
        and not NOT_IN_TITLE.search(text[:-1]) and not text.endswith(("。", "？", "?"))


#: A letter's addressee: bodies named and a colon (浙江大学： 各县区人民政府、市直各部门：).
_ADDRESSEE = re.compile(r"^[^，。！？：:\s]{2,30}(大学|学院|学校|中学|小学|公司|集团|政府|委员会|常委会|政协|协会|学会|部门|单位|医院|"
                        r"研究院|研究所|党委|党组|支部|局|厅|委|办公室|办公厅)[：:]$")


#: An official document's addressees (主送机关): bodies of each kind, listed (各乡镇党委、政府，县直各单位：
#: 各省、自治区、直辖市人民政府，国务院各部委、各直属机构：).
_MAIN_ADDRESSEES = re.compile(r"^各[^。！？：:；;]{1,70}(单位|部门|机构|政府|党委|党组|学校|院系|部处|科室|处室|公司|企业|"
                              r"医院|支部|委员会|党工委|管委会|街道|乡镇|办事处|直属机构|部委|分公司|子公司)[：:]$")
#: A body of people addressed as a whole (全市广大医务工作者： 全体教师： 全省广大退役军人：): a letter's or
#: a message's salutation.
_COLLECTIVE = re.compile(r"^(全(国|省|市|县|区|镇|乡|校|院|系统|行|局|体)|各(级|地|界))[^，。！？：:；;]{0,10}"
                         r"(广大)?[^，。！？：:；;]{1,12}[：:]$|^[^，。！？：:；;]{0,8}广大[^，。！？：:；;]{2,14}[：:]$")


#: The words of a sentence, not of a body of people addressed (全国各地都在行动： 广大青年要做到：).
_COLLECTIVE_NOT = re.compile(r"要|把|是|了|在|都|将|应|须|做|认为|指出|强调|提出|如下|以下|我们|会议|全会")


#: A sentence announcing what follows, not people addressed (作如下表态：, 下面，我讲…：).
_ANNOUNCES = re.compile(r"如下|以下|下面[，,]|^现将")
#: A full stop with more text after it: a sentence has ended inside the line.
_SENTENCE_BEFORE = re.compile(r"。(?=.)")


#: The longest salutation: a list of the offices present, name by name (首席大法官某某、副总统某某、…：).
LONG_SALUTATION = 160
_NO_SALUTATION_MARK = re.compile(r"[。！？!?；;]")


def _long_salutation(text: str) -> bool:
    """Return True for a salutation over 60 characters: it ends in ：, holds no sentence, lists four or
    more people with 、 or ， between them, and names at least three offices or addresses."""
    body = text[:-1]
    return len(text) <= LONG_SALUTATION and text.endswith(("：", ":")) and not _NO_SALUTATION_MARK.search(body) \
        and "：" not in body and ":" not in body and len(re.findall(r"[、，,]", body)) >= 3 \
        and len(OFFICE.findall(body)) + len(ADDRESS.findall(body)) >= 3


#: An address called out with an exclamation mark (同志们！ 各位代表！): the salutation at a speech's start.
ADDRESS_CALL = re.compile(r"^[^，。！？：:]{2,24}[！!]$")


def address_call(text: str) -> bool:
    """Return True for a short line that calls on people with an exclamation mark (同志们！)."""
    return len(text) <= 24 and bool(ADDRESS_CALL.match(text)) and bool(ADDRESS.search(text)) \
        and not GREETING_ONLY.match(text) and not _NOT_A_CALL.search(text)


#: The words of a sentence, never of a call on people (谨以…的名义向将军的家人表示诚挚的慰问！).
_NOT_A_CALL = re.compile(r"向|表示|致以|祝|是|要|把|了|我")


_FUSED = re.compile(r"^(?P<sal>[^。！？：:!]{2,160}[：:！!])(?=\S)")


#: Addresses ending in a comma and run on into a greeting (尊敬的李市长，各位来宾，大家下午好。首先…).
_FUSED_BEFORE_GREETING = re.compile(r"^(?P<sal>[^。！？：:!]{2,40}[，,])(?=(大家|各位)?(上午|下午|晚上|早上)?好[！!。，,])")


def fused_salutation(text: str, calls: bool = True) -> int:
    """Return the length of a salutation that opens a body paragraph (各位同志：今天… 同志们！我们…;
    尊敬的李市长，各位来宾，大家下午好。… gives the addresses up to the greeting; 同志们，今天… a call on
    the people present up to its comma, unless ``calls`` is False: a speech calls so in its first
    paragraphs too, after prose of its own), else 0."""
    m = _FUSED.match(text)
    if m is not None and len(text) - m.end() >= 6:
        sal = fold(m.group("sal"))
        if is_salutation(sal) or address_call(sal):
            return m.end()
    m = _FUSED_BEFORE_GREETING.match(text)
    if m is not None and ADDRESS.search(fold(m.group("sal"))) and len(text) - m.end() >= 6:
        return m.end()
    m = _FUSED_CALL.match(text) if calls else None
    if m is not None and len(text) - m.end() >= 6 and _CALL.match(fold(m.group("sal"))):
        return m.end()
    return 0


#: A short call on the people present, then a comma and the speech (同志们，今天我想讲的…).
_FUSED_CALL = re.compile(r"^(?P<sal>[^。！？：:!，,]{2,12}[，,])(?=\S)")
_CALL = re.compile(r"^(同志们|同学们|朋友们|老师们|各位同志|各位代表|各位委员|各位来宾|各位嘉宾|各位领导|女士们、?先生们|"
                   r"先生们、?女士们|乡亲们|战友们|青年朋友们|亲爱的同学们|亲爱的朋友们)[，,]$")


#: What an address list never holds: quotes, or the words of a sentence (我们要… 把… 是… 了; not 将: 将士们).
_NO_ADDRESS_LIST = re.compile(r"[“”\"「」]|我|要|把|是|了")


def opens_salutation(text: str) -> bool:
    """Return True for the first line of a salutation over several lines (尊敬的各位来宾，): its first
    part and at least half of its parts between commas address people or name an office (a sentence
    broken at a comma that mentions 职工 in passing is none), and it quotes nothing and holds no words
    of a sentence."""
    if len(text) > 60 or not text.endswith(("，", ",", "、")) or _NO_ADDRESS_LIST.search(text):
        return False
    parts = [p for p in re.split(r"[，,、]", fold(text)) if p.strip()]
    people = [bool(ADDRESS.search(p) or OFFICE.search(p)) for p in parts]
    return bool(parts) and people[0] and 2 * sum(people) >= len(parts)


def name_only(text: str) -> bool:
    """Return True for a short name-only line (a speaker's name split from their office): two to four
    characters without punctuation that open with a family name (引言 and 结论 are no names)."""
    return 1 < len(compact(text)) <= 4 and not re.search(r"[，。；！？、：:]", text) and has_surname(text)


def speakerish(text: str) -> bool:
    """Return True when ``text`` looks like a speaker: an office or 同志, a bare name, office and name
    apart, or a dash-led attribution (——某公司总经理 某某)."""
    return bool(OFFICE.search(text)) or name_only(text) or " " in text.strip() \
        or text.startswith(("—", "-"))


def title_line(text: str) -> tuple[str, str, str | None] | None:
    """Return (title, ——subtitle, speaker or None) for a title line that also holds its subtitle and
    maybe the speaker after it, or None for any other line."""
    m = TITLE_LINE.match(text)
    if m is None or not SUBTITLE.match(m.group("sub")) or NOT_IN_TITLE.search(m.group("sub")):
        return None
    sub = m.group("sub").rstrip()
    who = OFFICE_NAME.search(sub)
    if who is not None:
        start = who.start()
        while start > 0 and sub[start - 1] not in "上的 \u3000" and not sub[start - 1].isdigit():
            start -= 1          # back to the office's first character (国务院总理…)
        speaker = sub[start:].strip()
        if speaker and SUBTITLE.match(sub[:start].rstrip()):
            return m.group("title").strip(), sub[:start].rstrip(), speaker
    return m.group("title").strip(), sub, None


#: A source named before a title (原文来自世界说：标题, 转自人民网：标题).
SOURCE_PREFIX = re.compile(r"^(原文|文章|本文)?(来源|来自|转自|摘自|选自|转载自)[^：:]{0,12}[：:]\s*(?=\S{4,})")


#: A speech's opening words in the first person, before anyone is addressed (现在，我代表市人民政府，向大会报告
#: 工作 / 今天，我们在这里隆重集会 / 我谨代表…): where a speech with no salutation starts.
OPENS_IN_PERSON = re.compile(r"^(现在|今天|首先|值此[^，。]{0,20}之际)?[，,]?(我|我们)(代表|谨代表|受[^，。]{0,12}委托|在这里|"
                             r"很高兴|非常高兴|十分高兴|很荣幸|非常荣幸)")
#: Prose this long whose first sentence speaks in the first person is a speech's own paragraph.
OPENING = 80
_FIRST_SENTENCE = re.compile(r"^[^。！？!?]*")
_QUOTED = re.compile(r"「[^」]*」|“[^”]*”|『[^』]*』|\"[^\"]*\"")


def speaks_first(text: str) -> bool:
    """Return True for prose whose first sentence (quotations left out) speaks in the first person
    (我知道這星期在香港…): the speaker's words, not a report or an editor's note, told in the third —
    unless it speaks of the text itself (a translator's or editor's preface: 我把…翻译出来)."""
    if mostly_latin(text):
        m = _LATIN_FIRST.match(text.strip())
        first = _QUOTED.sub("", m.group()) if m else ""
        return bool(_LATIN_I.search(first)) and not _ABOUT_THE_TEXT_EN.search(text)
    if not NOT_IN_TITLE.search(text):
        return False
    first = _QUOTED.sub("", _FIRST_SENTENCE.match(text).group())
    return "我" in first and not _ABOUT_THE_TEXT.search(text)


#: What a translator's or an editor's first-person preface speaks of: the text as a thing translated,
#: published or read (我把…演讲都翻译出来; 我很犹豫，是不是要把它翻译出来).
_ABOUT_THE_TEXT = re.compile(r"翻译|翻譯|译文|譯文|译者|譯者|译出|原文|全文|这篇|這篇|网志|網誌|博客|本文|转载|轉載|编者|編者")


#: An English paragraph's first sentence (up to its first full stop, ! or ? before a space), and the
#: first person in it (I am honoured to be invited…), and what an English preface speaks of instead.
_LATIN_FIRST = re.compile(r"^.*?[.!?](?=\s|$)")
_LATIN_I = re.compile(r"\b(I|I'm|I've|I'd|I'll|I’m|I’ve|we|We|our|Our|my|My)\b")
_ABOUT_THE_TEXT_EN = re.compile(r"translat|transcript|full text|this (post|article|blog)|published|editor", re.I)


#: A sign-off after a message: an office and maybe the name, maybe after a colon (集团董事长 魏华山,
#: 华益资本董事长：王斌, 总经理：) — at most this long.
_SIGN_OFF = re.compile(rf"^[^，。！？、；：:]{{0,12}}(?:{OFFICE.pattern})(?:[：:\s\u3000]*{_NAME})?[：:]?$")
SIGN_OFF_CHARS = 30


def sign_off(texts: list[str], dated: list[bool]) -> int | None:
    """Return the index of the page's sign-off line — the last line, or the one before a last date line
    — when it is an office (and name) right under a line that ends a sentence, else None."""
    i = len(texts) - 1
    if i > 0 and dated[i]:
        i -= 1
    if i < 1 or len(texts[i]) > SIGN_OFF_CHARS or not _SIGN_OFF.match(texts[i]):
        return None
    return i if ends_sentence(texts[i - 1]) else None


#: A speaker's label that opens a part of a 发言摘登 page (市人大代表、XX集团董事长 张建华： 张建华（市人大代表）：
#: 张建华代表：), with the text before its colon; at most this long.
LABEL_CHARS = 40
_RUN_IN_LABEL = re.compile(rf"^\s*(?P<label>[^，。！？；：:“”「」《》\n]{{2,{LABEL_CHARS}}}?)\s*[：:]\s*")
#: How a salutation opens (尊敬的市长张三：): no speaker's label.
_ADDRESSES = re.compile(r"^(尊敬|亲爱|敬爱|各位|全体)")
#: The host of a meeting (主持人：…, 主持人 张三：…): the words between the speakers.
HOST = re.compile(r"^\s*主持人[^，。！？：:]{0,8}[：:]")
#: Offices a speaker's label names besides those of :data:`OFFICE` (民盟市委会主委, 主任医师, 执业律师):
#: the callings that 发言摘登 pages give their speakers.
LABEL_OFFICE = re.compile(rf"{OFFICE.pattern}|主委|研究员|工程师|律师|医师|医生|护士长|创始人|教师|民警|农民|村民|职工|技师")
#: A name right after an office (董事长 张建华, 院长刘芳, 政协委员欧阳明辉).
_NAME_AFTER = re.compile(r"^[\s\u3000]*(?P<name>[\u4e00-\u9fff](?:[\s\u3000]?[\u4e00-\u9fff·]){1,3})$")


def office_then_name(text: str) -> str | None:
    """Return the name that closes an office (or a list of offices) in ``text`` (市政协委员、市第一人民医院院长
    刘芳 gives 刘芳), or None: the text after the last office is a name of two to four characters that
    opens with a family name, and an office stands before it."""
    key = fold(text.strip())
    if _ADDRESSES.match(key):
        return None
    last = None
    for last in LABEL_OFFICE.finditer(key):
        pass
    if last is None or last.group() in ("同志", "学生", "老师", "主持人"):
        return None
    m = _NAME_AFTER.match(key[last.end():])
    return m.group("name").strip() if m and has_surname(m.group("name")) else None


def speaker_label(text: str) -> tuple[int, str] | None:
    """Return (length up to and past its colon, the label) for a speaker's label opening ``text``: an
    office and a name (市人大代表、XX集团董事长 张建华：), a name and offices in brackets (张建华（市人大代表）：) or
    a name and an office (张建华代表：); else None (张三： alone names no speaker of a part: a quotation)."""
    m = _RUN_IN_LABEL.match(text)
    if m is None:
        return None
    label = m.group("label").strip()
    key = compact(label)
    name_office = re.match(rf"^[\u4e00-\u9fff]{{2,3}}(?:{OFFICE.pattern})$", key)
    if office_then_name(label) or name_then_office(key) or _org_then_name(key) or (
            name_office and has_surname(key) and not key.endswith(("同志", "学生", "老师", "主持人"))):
        return m.end(), label
    return None


#: A body then a person's name (县发改局张伟, XX公司王强): the speaker a body sent.
_ORG_NAME = re.compile(r"^(?P<org>[^，。！？：:、]{2,20}?(局|委|办|院|所|公司|集团|中心|学校|中学|小学|大学|医院|镇|乡|村|街道|"
                       r"社区|支行|分行|银行|厂|站|队))(?P<name>[\u4e00-\u9fff]{2,3})$")


def _org_then_name(key: str) -> bool:
    """Return True for a body's name then a person's (县发改局张伟), the person's with a family name."""
    m = _ORG_NAME.match(key)
    return m is not None and has_surname(m.group("name"))


#: A speaker's attribution in brackets after a part (（县政协委员 张三）, （民建县委会）), maybe run on at the
#: end of the part's last paragraph (…就业率。（县政协常委 李四）).
_ATTRIBUTION = re.compile(r"(?:^|(?<=[。！？!?”」…]))\s*[（(](?P<who>[^（）()：:，。！？；“”]{2,40})[)）]\s*$")


def attribution(text: str) -> tuple[int, str] | None:
    """Return (where it starts, the speaker) for a bracketed attribution that ends ``text`` and names a
    speaker (an office and a name, a name and an office, or a speaking body), else None."""
    m = _ATTRIBUTION.search(text)
    if m is None:
        return None
    who = m.group("who").strip()
    key = compact(who)
    parts = who.split()
    named = office_then_name(who) or ORG_SPEAKER.match(key) or (
        len(parts) >= 2 and name_only(parts[0]) and OFFICE.search(" ".join(parts[1:])))
    return (m.start(), who) if named else None
