"""A news report around a speech: the page itself says where the speech starts.

News and WeChat pages put a report above the speech (``当地时间5月20日，…宣誓就任该国总统。``, ``在IF大会上，
刘炽平表示…``) and then a lead-in line: ``以下为泽连斯基就职演说全文：``. When such a line stands near the top
of a page, the prose between the page's title lines and it is the report, not the speech; the title
lines (short, no sentence in them) stay for the title to be read from. A lead-in run into the speech's
first paragraph (``以下为…全文： 亲爱的乌克兰同胞们！在我…``) is cut off it; one that ends a report
paragraph and runs on into the speech (``…拓展投资的领域。以下为刘炽平演讲全文：如大家所见，…``) cuts that
paragraph in three: report, lead-in, speech. A ``【正文】`` label (a translation blog's: preface, title,
``【人物介绍】`` and a bio, then ``【正文】``) says the same further down the page.

A blog or news post that gives the speech's title as its headline, says a few words about the speech,
and then sets the title again above the speech itself does the same: the prose between the two is the
post's preface.

A transcript reposted under a report has no lead-in: the report's paragraphs stand right under the
headline and the speech opens with its salutation, often after the speaker's label
(``崔忠付：尊敬的李市长，各位来宾，…``). The salutation says where the speech starts just as well.

A news page may go on after the speech too: ``典礼上，毕业生代表王磊作了发言。`` ``会上，区发改局…作了交流发言。
区领导…出席会议。`` ``据悉，今年以来全县…``. Such a report tells of the event from outside (see
:func:`tells_of_event`), in the third person, and stands after the speech's last words in the speaker's voice
(thanks, an exhortation, a sentence that says 我们 or 大家); the run of it that ends the page goes
(:func:`cut_report_after`). A paragraph that reads so inside the speech stays: only the page's last
paragraphs are looked at, and only when all of them read as the report.

A page with no lead-in and no salutation may still open with the news lead of the meeting
(``5月22日上午9时，…会议在…开幕，听取…的报告，…`` ``在2月8日举行的…会议闭幕式上，党委书记高岩…做典型交流发言，…``)
right above a speech or report that goes on under numbered heads (``一、…``): that first paragraph tells of the
event from outside and goes (:func:`cut_meeting_lead`). A speaker's own opening (``今天，我们在这里召开…``) says 我们
and stays.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable, Sequence

from ..model import Block, Dropped, Paragraph, Run
from ._body import heading_form
from ._hant import fold
from ._text import CLOSERS, SENTENCE_MARK, compact, ends_sentence, split_runs
from .reading.features import text_features
from .reading.names import has_surname
from .reading.patterns import (DATELINE, OFFICE, OPENS_IN_PERSON, REPORT_ACT, REPORT_OPEN, THANKS, fused_salutation,
                               is_salutation, news_lead, reports_address)

#: A lead-in must stand among the page's first this many paragraphs.
REACH = 12
#: How a lead-in opens and what it hands over to (the boilerplate rules' lead-in rows use them too).
LEAD_OPENER = "(以下为|以下是|下面是|下面就是|现将)"
LEAD_TEXT = "(全文|原文|译文|实录)"
#: A lead-in at the start of a paragraph, or after a report sentence in it, that goes on with the speech
#: (maybe with a clause before its colon: 以下为演讲实录，本刊进行了不改变原意的编辑：). Between the report's last
#: sentence and the lead-in may stand the editor's mark a news site signs its report with (…的浪费。（易科）以下为…);
#: it goes with the report.
_FUSED = re.compile(rf"(^|(?<=[。！？!?”]))\s*(?:[（(][^（）()。，,！？!?\n]{{1,8}}[)）]\s*)?"
                    rf"(?P<lead>{LEAD_OPENER}[^。！？!?：:\n]{{0,30}}{LEAD_TEXT}(如下)?"
                    rf"([，,][^。！？!?：:\n]{{0,30}})?\s*[：:]\s*)")
#: The shortest speech text that may follow a lead-in in one paragraph.
MIN_REST = 8

REPORT = "boilerplate: news report above the speech (the page says where the speech starts)"
BEFORE_TEXT = "boilerplate: preface or introduction above the page's 【正文】 label"
PREFACE = "boilerplate: preface between the headline and the speech's title said again"
#: Emphasis marks a text clip keeps around a title line (**标题**).
_MARKS = "*_#= \u3000"
LEAD_IN = "boilerplate: news lead-in"


def cut_news_lead(blocks: Sequence[Block], is_lead_in: Callable[[str], bool]) -> tuple[list[Block], list[Dropped]]:
    """Return ``blocks`` without the report above a lead-in line among the first :data:`REACH`
    paragraphs (and without a lead-in run into the paragraph after it) or above a 【正文】 label among
    the first :data:`LABEL_REACH` (and all of an introduction under its label there), and what was
    dropped, in order.

    ``is_lead_in`` tells a whole lead-in line (the boilerplate rules drop those later). Nothing is cut
    when no lead-in stands there, when a salutation stands above it (the speech began already), or
    when no report prose stands above it.
    """
    label = _text_label(blocks)
    found = (label, 0, 0) if label is not None else _lead_in(blocks, is_lead_in)
    if found is None:
        return list(blocks), []
    j, start, cut = found
    above = blocks[:j]
    texts = [b.text if isinstance(b, Paragraph) else "" for b in above]
    if any(is_salutation(t.strip()) for t in texts):
        return list(blocks), []
    report = {i for i, t in enumerate(texts) if _is_prose(t) and not is_lead_in(t)}
    report |= _report_colon_lines(texts, report, is_lead_in)
    reason = REPORT if label is None else BEFORE_TEXT
    if label is not None:
        intro = max((i for i, t in enumerate(texts) if _INTRO_LABEL.match(compact(t))), default=None)
        report |= set(range(intro + 1, j)) if intro is not None else set()
    kept: list[Block] = [b for i, b in enumerate(above) if i not in report]
    dropped = [Dropped(texts[i], reason) for i in sorted(report)]
    rest = list(blocks[j:])
    if cut:
        first = rest[0]
        assert isinstance(first, Paragraph)
        head, tail = split_runs(first.runs, cut)
        report_part, lead_in = split_runs(head, start)
        if report_part:
            dropped.append(Dropped(_joined(report_part), REPORT))
        dropped.append(Dropped(_joined(lead_in), LEAD_IN))
        rest[0:1] = [replace(first, runs=tail)] if _joined(tail) else []
    return kept + rest, dropped


#: A report's sentence that hands over to its next paragraph (李國能向學生提出三點面對挑戰的建議：).
_COLON_END = re.compile(r"[：:]$")
#: Shorter colon lines are labels (编者按： 相关新闻：), which the boilerplate rules judge.
MIN_COLON_SENTENCE = 8


def _report_colon_lines(texts: Sequence[str], report: set[int], is_lead_in: Callable[[str], bool]) -> set[int]:
    """Return the lines of ``texts`` that end in a colon between report prose above them and report
    prose right below them (the next non-empty line): the report's own sentences that introduce what it
    quotes or lists next, not a byline or a title. Lead-in lines are none."""
    out: set[int] = set()
    for i, t in enumerate(texts):
        key = compact(t)
        if len(key) < MIN_COLON_SENTENCE or not _COLON_END.search(key) or is_lead_in(t) or not any(k < i for k in report):
            continue
        below = next((k for k in range(i + 1, len(texts)) if compact(texts[k])), None)
        if below in report:
            out.add(i)
    return out


def _joined(runs: Sequence[Run]) -> str:
    """Return the text of ``runs`` without the whitespace around it."""
    return "".join(r.text for r in runs).strip()


#: A line this short with no 。 in it may be a headline that exclaims or asks (青春，奋斗吧！).
SHORT_HEADLINE = 30


def _is_prose(text: str) -> bool:
    """Return True for report prose: a sentence in it (Chinese, or English: a bilingual report gives
    both), and a 。 or more than a headline's length."""
    key = compact(text)
    if SENTENCE_MARK.search(key):
        return "。" in key or len(key) > SHORT_HEADLINE
    return len(key) > SHORT_HEADLINE and bool(_LATIN_SENTENCE.search(key))


#: An English sentence's end.
_LATIN_SENTENCE = re.compile(r"[a-z]{2}\.(?=[A-Z“\"]|$)")


#: A label a page sets right above the text itself (【正文】), after a preface, a bio or notes: it may
#: stand further down than a lead-in line.
_TEXT_LABEL = re.compile(r"^[【\[]正文[】\]]$")
LABEL_REACH = 40
#: A label over an introduction (a bio of the speaker) that runs down to the 【正文】 label: all of it goes.
_INTRO_LABEL = re.compile(r"^[【\[](人物介绍|人物简介|作者简介|背景介绍|简介|演讲者简介)[】\]]$")


def _text_label(blocks: Sequence[Block]) -> int | None:
    """Return the index of a 【正文】 label among the first :data:`LABEL_REACH` blocks, or None."""
    return next((j for j, b in enumerate(blocks[:LABEL_REACH]) if j and isinstance(b, Paragraph)
                 and _TEXT_LABEL.match(compact(b.text))), None)


def _lead_in(blocks: Sequence[Block], is_lead_in: Callable[[str], bool]) -> tuple[int, int, int] | None:
    """Return (index, start, end) of the first lead-in among the first :data:`REACH` paragraphs that
    has something above it: a whole lead-in line gives (index, 0, 0); a lead-in run into a paragraph
    gives where it starts and ends in it (the text before it must be report prose). None if none."""
    for j, b in enumerate(blocks[:REACH]):
        if not isinstance(b, Paragraph):
            continue
        if j and is_lead_in(b.text):
            return j, 0, 0
        for m in _FUSED.finditer(fold(b.text)):
            before = b.text[:m.start("lead")]
            rest = compact(b.text[m.end():])
            if (j or before.strip()) and len(rest) >= MIN_REST and (not before.strip() or _is_prose(before)):
                return j, m.start("lead"), m.end()
            if not rest and before.strip() and _is_prose(before) and j + 1 < len(blocks) \
                    and not is_lead_in(b.text):       # (a whole line the rules drop as a lead-in stays theirs)
                return j, m.start("lead"), len(b.text)     # report prose ending in the lead-in
        last = _last_sentence(b.text)
        if j and last and is_lead_in(b.text[last:].strip()) and _is_prose(b.text[:last]):
            return j, last, len(b.text)    # report prose, then the lead-in as its last sentence
    return None


def _last_sentence(text: str) -> int:
    """Return where the last sentence of ``text`` starts (after the last 。！？ before its end), 0 if
    it holds one sentence only."""
    body = text.rstrip()
    marks = [i for i, c in enumerate(body[:-1]) if c in "。！？!?"]
    return marks[-1] + 1 if marks else 0


def cut_preface(blocks: Sequence[Block]) -> tuple[list[Block], list[Dropped]]:
    """Return ``blocks`` without the prose between the first paragraph, when it reads as a title, and
    the same title said again among the first :data:`REACH` paragraphs, and what was dropped.

    Nothing is cut when a salutation stands between them, or when no prose does (a title repeated at
    once is the structure pass's to drop).
    """
    if len(blocks) < 3 or not isinstance(blocks[0], Paragraph):
        return list(blocks), []
    title = _title_key(blocks[0].text)
    if not title or SENTENCE_MARK.search(title):
        return list(blocks), []
    again = next((k for k, b in enumerate(blocks[1:REACH], 1)
                  if isinstance(b, Paragraph) and _title_key(b.text) == title), None)
    if again is None:
        return list(blocks), []
    between = [b.text if isinstance(b, Paragraph) else "" for b in blocks[1:again]]
    if any(is_salutation(t.strip()) for t in between):
        return list(blocks), []
    prose = {i for i, t in enumerate(between, 1) if SENTENCE_MARK.search(t)}
    kept = [b for i, b in enumerate(blocks) if i not in prose]
    return kept, [Dropped(blocks[i].text, PREFACE) for i in sorted(prose)]


def _title_key(text: str) -> str:
    """Return a line as compared for being a title said again: no whitespace, emphasis marks off."""
    return compact(text).strip(_MARKS)


#: A speaker's label opening the speech's first paragraph (崔忠付：尊敬的…).
_LABEL = re.compile(r"^\s*(?P<name>[\u4e00-\u9fff·]{2,10})\s*[：:]\s*")
#: At most this many report paragraphs may stand between the headline and the salutation.
MAX_REPORT = 3
SPEAKER_LABEL = "boilerplate: speaker label before the salutation"
ABOVE_SALUTATION = "boilerplate: report or summary between the headline and the salutation"
ABOVE_OPENING = "boilerplate: news report above the speech's opening words"



def cut_report_above_salutation(blocks: Sequence[Block]) -> tuple[list[Block], list[Dropped]]:
    """Return ``blocks`` without the report paragraphs (at most :data:`MAX_REPORT`, right above it)
    between the headline lines and the first salutation among the first :data:`REACH` paragraphs, and
    without a speaker's label run into that salutation; and what was dropped, in order.

    Nothing is cut when no salutation stands there, when a line that is no report prose stands between
    the report and the salutation (a title: the salutation may be a later speech's), or when more than
    :data:`MAX_REPORT` paragraphs of prose stand above it (:data:`MAX_NEWS_REPORT` when the first opens
    as news does).
    """
    for j, b in enumerate(blocks[:REACH]):
        if not isinstance(b, Paragraph):
            return list(blocks), []
        label = _speaker_label(b.text)
        opening = OPENS_IN_PERSON.match(b.text.strip()) is not None
        if not (label or opening or is_salutation(b.text.strip()) or fused_salutation(b.text.strip(), calls=False)):
            continue
        above = [p.text if isinstance(p, Paragraph) else "" for p in blocks[:j]]
        report = _report_run(above)
        if report is None or (not report and not label) or (opening and not _news(above[report[0]])):
            return list(blocks), []
        reason = ABOVE_OPENING if opening and not label else ABOVE_SALUTATION
        dropped = [Dropped(above[i], reason) for i in report]
        rest = list(blocks[j:])
        if label:
            head, tail = split_runs(b.runs, label)
            dropped.append(Dropped(_joined(head), SPEAKER_LABEL))
            rest[0] = replace(b, runs=tail)
        return [p for i, p in enumerate(blocks[:j]) if i not in report] + rest, dropped
    return list(blocks), []


def _speaker_label(text: str) -> int:
    """Return the length of a speaker's name (or name and office) and colon opening a salutation
    (崔忠付：尊敬的… 彭斯副總統：吉格里奧牧師、…), else 0."""
    m = _LABEL.match(text)
    if m is None:
        return 0
    name = m.group("name")
    if not (len(name) <= 4 and has_surname(name) or OFFICE.search(fold(name))):
        return 0
    rest = text[m.end():].strip()
    return m.end() if is_salutation(rest) or fused_salutation(rest, calls=False) else 0


def _report_run(texts: Sequence[str]) -> list[int] | None:
    """Return the indexes of the report prose that closes ``texts`` (the lines above a salutation),
    [] when none does, or None when prose stands higher up too (no plain headline-then-report page)."""
    n = len(texts)
    while n and _is_prose(texts[n - 1]):
        n -= 1
    run = len(texts) - n
    if any(_is_prose(t) for t in texts[:n]) or run > MAX_NEWS_REPORT or (run > MAX_REPORT and not _news(texts[n])):
        return None
    return list(range(n, len(texts)))


#: A report that opens as news does (a dateline, a time word and an event) may run this long.
MAX_NEWS_REPORT = 8


def _news(text: str) -> bool:
    """Return True for a news report's opening paragraph (新华社…电, 3月5日上午，…召开。, an office-holder
    …发表讲话)."""
    key = fold(text.strip())
    return news_lead(key) or bool(DATELINE.match(key)) or reports_address(key)


AFTER = "boilerplate: news report after the speech"
#: At most this many paragraphs at the page's end may be the report after the speech.
MAX_AFTER = 6
#: The speaker's voice: the first or second person, the people a speech addresses, or its here and now.
_VOICE = re.compile(r"我|咱|你|您|大家|同志们|同学们|朋友们|老师们|各位|这里|这次")
#: A host's words or a speaker's pointer to the meeting (下面，请…作报告 刚才，…作了发言): no report.
_HOST = re.compile(r"请|^(下面|现在|接下来|刚才|最后|首先)")
#: A speech's own call on its listeners, which a report after it does not make.
_DIRECTIVE = re.compile(r"要|必须|应当|应该|务必|一定|希望")
#: A report after the speech is a paragraph or two of news, never a long one.
MAX_REPORT_LEN = 300
_QUOTE = re.compile(r"“[^”]*”|「[^」]*」|『[^』]*』|\"[^\"]*\"")


def tells_of_event(text: str) -> bool:
    """Return True for a paragraph reporting the event from outside: at most :data:`MAX_REPORT_LEN`
    characters of sentences ending in 。, none in the speaker's voice (quotations aside) or a host's,
    opening as a report after the speech does (会上， 据悉， 典礼上， 会议指出), or telling who did what there
    (出席会议, 作了交流发言, 主持会议) without a directive (要, 必须: a speech's own call)."""
    key = fold(compact(text))
    if not key.endswith("。") or len(key) > MAX_REPORT_LEN or not _is_prose(key) \
            or _VOICE.search(_QUOTE.sub("", key)) or _HOST.search(key):
        return False
    if REPORT_OPEN.match(key):
        return True
    told = REPORT_ACT.search(key) or news_lead(key) or reports_address(key)
    return bool(told) and not _DIRECTIVE.search(_QUOTE.sub("", key))


def _speaker_ends(text: str) -> bool:
    """Return True for a speech's last words: thanks, an exclamation, or a sentence in the speaker's
    voice ending a sentence."""
    key = fold(compact(text))
    if not key or not ends_sentence(key):
        return False
    return bool(THANKS.match(key)) or key.rstrip(CLOSERS)[-1:] in "！!" or bool(_VOICE.search(_QUOTE.sub("", key)))


def cut_report_after(blocks: Sequence[Block]) -> tuple[list[Block], list[Dropped]]:
    """Return ``blocks`` without the news report that ends the page after the speech (at most
    :data:`MAX_AFTER` paragraphs, each :func:`tells_of_event`, right after a paragraph in the speaker's
    voice), and what was dropped. Nothing is cut when the speaker's words do not stand right above."""
    n = len(blocks)
    while n > 0 and len(blocks) - n < MAX_AFTER and isinstance(blocks[n - 1], Paragraph) \
            and tells_of_event(blocks[n - 1].text):
        n -= 1
    if n == len(blocks) or n < 2 or not isinstance(blocks[n - 1], Paragraph) or not _speaker_ends(blocks[n - 1].text):
        return list(blocks), []
    return list(blocks[:n]), [Dropped(b.text, AFTER) for b in blocks[n:] if isinstance(b, Paragraph)]


ABOVE_TITLE_BLOCK = "boilerplate: news report above the speech's title block (title, speaker, salutation)"
HEAD_ABOVE_REPORT = "boilerplate: the news item's headline lines above its report"
HEAD_TITLE = "boilerplate: the news item's headline, taken as the page title"
#: The speaker's voice in a report's prose: the first or second person, or the people a speech calls
#: on (an institution's 我国/我省/我校… is a report's word too, not a speaker's).
_FIRST_PERSON = re.compile(r"我(?![国省市区县校党军院局厅部委])|咱|你|您|大家|同志们|同学们|朋友们|老师们|各位")
#: What a speaker line shows (the reading's speaker-line evidence), and the lines that may stand between
#: the title and the speaker (a ——subtitle, a date).
_SPEAKER_FEATS = frozenset({"pat:name", "pat:office-name", "pat:ends-with-name", "pat:spaced-name", "pat:speaker-label",
                            "pat:office", "pat:latin-name"})
_BETWEEN_FEATS = frozenset({"pat:subtitle", "pat:dash", "pat:date"})
#: At most this many lines stand between a title and its speaker line.
MAX_BETWEEN = 2


def cut_report_above_title_block(blocks: Sequence[Block], titled: bool) -> tuple[list[Block], list[Dropped], str | None]:
    """Return ``blocks`` without a news report that stands above the speech's full title block, what
    was dropped, and the page title the page head gives (None when ``titled``: the page has one).

    A page may reprint a news item or a communiqué (``新华社北京10月29日电 …公报``, ``全会提出，…``) and
    then the speech under its own title, speaker line and salutation (``在…大会上的讲话`` / ``习近平`` /
    ``同志们，朋友们：``), however far down. The report runs from its first paragraph of prose (or its
    dateline line, when that stands higher) to the title; it goes when it reads as news (a dateline, a
    news lead or an office-holder's address told) and all of its prose is told in the third person
    (quotations and reported words aside). The page head above the report is the news item's too: its
    first line is the page title when the page has none yet, the rest goes. Nothing is cut when a
    salutation stands above the title block.
    """
    texts = [b.text.strip() if isinstance(b, Paragraph) else "" for b in blocks]
    title = _title_block(texts)
    if title is None:
        return list(blocks), [], None
    above = texts[:title]
    prose = [i for i, t in enumerate(above) if _is_prose(t)]
    news = [i for i, t in enumerate(above) if _news(t) or DATELINE.match(fold(t))]
    if not prose or not news or any(is_salutation(t) or fused_salutation(t, calls=False) for t in above) \
            or any(_speaks(above[i]) for i in prose):
        return list(blocks), [], None
    start = min(prose[0], news[0])
    gone = [i for i in range(title) if isinstance(blocks[i], Paragraph) and above[i]]
    page = next((i for i in gone if i < start), None) if not titled else None
    dropped = [Dropped(texts[i], HEAD_TITLE if i == page else ABOVE_TITLE_BLOCK if i >= start else HEAD_ABOVE_REPORT)
               for i in gone]
    return [b for i, b in enumerate(blocks) if i not in set(gone)], dropped, None if page is None else texts[page]


#: A verb that reports what someone said or holds (全会一致认为，…我们就一定能够…): the first person after
#: it in the same sentence is the reported speaker's, not the writer's.
_REPORTS = re.compile(r"认为|指出|强调|表示|提出|要求|号召|说|称|宣布|谈到|提到|坚信|相信")


def _speaks(text: str) -> bool:
    """Return True when a sentence of ``text`` speaks in the first or second person (quotations, what a
    reporting verb before it in the sentence reports, and a paragraph that opens by reporting, aside)."""
    text = _QUOTE.sub("", fold(text))
    opening = text.split("，", 1)[0][:12]
    if _REPORTS.search(opening) and not _FIRST_PERSON.search(opening):
        return False     # 全会一致认为，…: the whole paragraph reports what the body holds
    for sentence in re.split(r"(?<=[。！？!?])", text):
        m = _FIRST_PERSON.search(sentence)
        if m and not _REPORTS.search(sentence[:m.start()]):
            return True
    return False


def _title_block(texts: Sequence[str]) -> int | None:
    """Return the index of the title of the first full title block — a title line, maybe a ——subtitle or
    a date, a speaker line, then a salutation — or None when the first salutation has none above it."""
    j = next((k for k, t in enumerate(texts) if t and is_salutation(t)), None)
    if j is None or j < 3 or not _speaker_line(texts[j - 1]):
        return None
    t = j - 2
    while t > 0 and j - 2 - t < MAX_BETWEEN and _BETWEEN_FEATS & set(text_features(texts[t])):
        t -= 1
    feats = set(text_features(texts[t]))
    if "pat:titleish" not in feats or _SPEAKER_FEATS & feats or _BETWEEN_FEATS & feats:
        return None
    return t


def _speaker_line(text: str) -> bool:
    """Return True for a line that names the speaker, as the reading sees one (习近平, 市委书记 张三)."""
    feats = set(text_features(text))
    return "pat:titleish" in feats and bool(_SPEAKER_FEATS & feats) and "pat:subtitle" not in feats


MEETING_LEAD = "boilerplate: news lead of the meeting above the speech"
#: How a lead that does not open with its date tells where it happened (在…会议闭幕式上，).
_AT_MEETING = re.compile(r"^在[^。，,]{2,40}(会议|大会|典礼|仪式|论坛|开幕式|闭幕式|座谈会|研讨会|报告会|峰会|年会)"
                         r"[^。，,]{0,4}上[，,]")
#: A news report's own 我 for the institution it is written for (我校 我省): no speaker's voice.
_INSTITUTION_WE = re.compile(r"我(校|省|市|区|县|院|所|局|厂|司|部|委|国|党|军|台|报|刊|网)")
#: The lead must stand this close above the first numbered head of the text (the text may open with a
#: paragraph or two before its first head).
HEAD_REACH = 3
#: A lead is a paragraph of news, never a long one.
MAX_LEAD_LEN = 400


def meeting_lead(text: str) -> bool:
    """Return True for a news lead of a meeting: sentences ending in 。, opening with the date or time
    (or 在…会议…上，) and telling in its first sentence what was done there (开幕, 听取…报告, 做…发言),
    none of it in a speaker's voice (a report's 我校 aside) or a host's."""
    key = fold(compact(text))
    if not key.endswith("。") or len(key) > MAX_LEAD_LEN or not _is_prose(key):
        return False
    first = key.split("。", 1)[0]
    if _VOICE.search(_INSTITUTION_WE.sub("", _QUOTE.sub("", key))) or _HOST.search(first):
        return False
    if _AT_MEETING.match(key):
        return bool(REPORT_ACT.search(first))
    return news_lead(key) or bool(DATELINE.match(key))


def cut_meeting_lead(blocks: Sequence[Block]) -> tuple[list[Block], list[Dropped]]:
    """Return ``blocks`` without a news lead of the meeting (:func:`meeting_lead`) that is the page's
    first prose paragraph, with no salutation above it and a numbered level-1 head (一、…) among the
    :data:`HEAD_REACH` paragraphs right below it, and what was dropped."""
    texts = [b.text if isinstance(b, Paragraph) else "" for b in blocks]
    i = next((k for k, t in enumerate(texts) if _is_prose(t)), None)
    if i is None or not meeting_lead(texts[i]) or any(is_salutation(t.strip()) for t in texts[:i + 1]):
        return list(blocks), []
    below = [compact(t) for t in texts[i + 1:i + 1 + HEAD_REACH]]
    head = next((k for k, t in enumerate(below) if (form := heading_form(t)) and form[0] == 1
                 and not SENTENCE_MARK.search(t[form[2]:].rstrip("。"))), None)
    if head is None or any(is_salutation(t) for t in below[:head]):
        return list(blocks), []
    return [b for k, b in enumerate(blocks) if k != i], [Dropped(texts[i], MEETING_LEAD)]


#: Who a report says gave the address or wrote the letter: an office (or CEO) right before a name, then
#: (maybe 代表…) where or to whom, and the address itself (党委书记高岩代表学校就…做典型交流发言,
#: 董事长兼CEO张楠赓发布内部信).
_REPORTED_SPEAKER = re.compile(rf"(?:{OFFICE.pattern}|CEO|总裁)(?P<name>[\u4e00-\u9fff·]{{2,4}}?)"
                               r"(?:代表[^，。,]{1,12}?)?(?:在|就|向|对|发表|发布|作|做|致)[^。]{0,40}?"
                               r"(讲话|发言|致辞|报告|演讲|贺词|内部信|公开信)")


def reported_speaker(dropped: Sequence[Dropped]) -> str | None:
    """Return the speaker the report above the speech names (the dropped report or meeting lead): the
    first office-holder it says gave the address, whose name opens with a family name; else None."""
    for d in dropped:
        if d.reason not in (REPORT, MEETING_LEAD):
            continue
        for m in _REPORTED_SPEAKER.finditer(fold(compact(d.text))):
            if has_surname(m.group("name")):
                return m.group("name")
    return None
