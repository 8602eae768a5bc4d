"""Does a short line look like a person's name? A Chinese name opens with a family name, and a few
hundred family names cover nearly everyone; a short word that opens with none (引言, 结论, 附件) is no
name whatever its length.

The lists are facts (the common family names of mainland China, Taiwan and Hong Kong, in simplified and
traditional forms), not fitted to any page.
"""
from __future__ import annotations

import re

from .._text import compact

#: Common single-character family names (simplified, then traditional forms that differ).
SINGLE = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚"
    "卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常"
    "温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴"
    "霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚"
    "岑景党宫费卜冷晏席卫米柏宗瞿桂佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑"
    "迟邝官封谈匡鞠惠荆乐冀郁胥南班储栗燕楚鄢劳谌奚皮粟冼蔺楼盘闻厉伊仝区郜阚帅屠豆朴盖练"
    "廉禹井祖漆巴丰支卿狄索宣晋初云容敬扈晁芮阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿"
    "鲜印逯隆茹诸战慕危玉银亢嵩蔚植荀琚谯付竺邓虎贝丘戎暴郗佴哈召揭禄刀越束酆汝桓姒仉延钮鲁"
    "陳張劉楊黃趙吳鄭謝馮鄧許韓蕭葉蘇盧蔣賈陸鍾譚顧龔嚴錢孫聶貢閻莊魯鄒羅湯溫馬鄺黎蔡鐘呂賴伍歐陽"
    "費藍龐戴薛饒闕談鄔鮑鄔凃塗喬"
    "习郄逄笪禤蒯隗阎訾虢綦芈邴扶弓牧郦俎眭濮麴宓鄂郏羿蓟苻楮覃怀郇蔺闾")
#: Compound family names (two characters).
DOUBLE = frozenset(("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒",
                    "夏侯", "轩辕", "令狐", "钟离", "端木", "西门", "南宫", "独孤", "澹台", "公冶", "呼延", "申屠",
                    "歐陽", "司馬", "諸葛", "東方", "長孫", "夏侯", "令狐", "鍾離", "端木", "獨孤"))


#: A template's blank where a name goes (×××, XXX, 某某).
_BLANK = re.compile(r"^(?:[×xXＸ*＊○]{2,4}|某某)$")


def has_surname(text: str) -> bool:
    """Return True when ``text`` (spaces ignored) opens with a common Chinese family name, or is a
    template's blank for a name."""
    key = compact(text)
    return key[:2] in DOUBLE or key[:1] in SINGLE or bool(_BLANK.match(key))
