"""Features: the evidence each line of a page offers, as named binary facts.

A line's features are facts about its text (length, final mark, number form, the look of a speaker,
date or salutation…), about how the source presented it (the reader's hints: a heading tag, whole-line
bold, centred, a larger font, a blank line before), and about its place on the page (first lines, the
line after it is a ——subtitle, it repeats the page title, it belongs to a numbered chain of part
markers, the page announces a count). Features carry no weight of their own: :mod:`.choose` weighs them
per role with the weights in ``weights.json``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...model import Hints
from .._body import bare_number, enum_kind, heading_form
from .._hant import fold
from .._text import base_title, compact, mostly_latin
from . import patterns as P
from .markers import Marker
from .names import has_surname

_END_CLASSES = (("。", "end:period"), ("！", "end:excl"), ("!", "end:excl"), ("？", "end:q"), ("?", "end:q"),
                ("：", "end:colon"), (":", "end:colon"), ("，", "end:comma"), (",", "end:comma"),
                ("、", "end:comma"), ("；", "end:semi"), (";", "end:semi"), ("…", "end:ellipsis"))
_CLOSERS = "”’」』）)》〉】"
_LENGTHS = ((4, "len:1-4"), (10, "len:5-10"), (20, "len:11-20"), (30, "len:21-30"), (45, "len:31-45"),
            (60, "len:46-60"), (120, "len:61-120"))
_SENTENCE_INSIDE = re.compile(r"[。！？!?](?=.)")
_ANY_PUNCT = re.compile(r"[，。、；：！？,.;:!?]")
_CJK_SPACE = re.compile(r"[\u4e00-\u9fff]\s+[\u4e00-\u9fff]")
_DASH_START = re.compile(r"^[—–-]{1,2}")
_SPEAKER_DASH = re.compile(r"^[—–-]{1,2}[^，。；！？]{2,30}$")


@dataclass(frozen=True)
class LineView:
    """One paragraph as the evidence sees it: its text, its hints, whether all of it is bold."""

    text: str
    hints: Hints = Hints()
    bold: bool = False
    bold_lead: bool = False   #: the opening sentence (not the whole line) is bold


@dataclass(frozen=True)
class PageFacts:
    """What is known of the page as a whole: its title (from the reader) and the part markers found."""

    title: str | None
    markers: tuple[Marker, ...] = ()


def _length(n: int) -> str:
    for limit, name in _LENGTHS:
        if n <= limit:
            return name
    return "len:121+"


#: An English sentence's end: a full stop after a word of small letters (Thank you. / every success.), not after an
#: abbreviation or an initial (Dr. / D.C. / Robert F.), in a line of words.
_EN_STOP = re.compile(r"^[\x20-\x7e’“”‘]*\s[\x20-\x7e’“”‘]*[a-z]{2,}[.][”’\"')]?$")


def _end(text: str) -> str:
    last = text.rstrip(_CLOSERS)[-1:] if text.rstrip(_CLOSERS) else ""
    for mark, name in _END_CLASSES:
        if last == mark:
            return name
    return "end:close" if text[-1:] in _CLOSERS else "end:none"


def _hint_features(h: Hints, bold: bool, bold_lead: bool = False) -> list[str]:
    out = ["hint:bold-lead"] if bold_lead and not (h.bold or bold) else []
    if h.heading:
        out.append("hint:h1" if h.heading == 1 else "hint:h2" if h.heading == 2 else "hint:h3+")
    if h.bold or bold:
        out.append("hint:bold")
    if h.align == "center":
        out.append("hint:center")
    elif h.align == "right":
        out.append("hint:right")
    if h.size is not None:
        out.append("hint:bigger" if h.size >= 1.4 else "hint:big" if h.size >= 1.1 else
                   "hint:small" if h.size <= 0.85 else "hint:size-normal")
    if h.indent is not None:
        out.append("hint:indent0" if h.indent == 0 else "hint:indent")
    if h.blank_before:
        out.append("hint:blank-before")
    if h.list:
        out.append("hint:list")
    return out


@lru_cache(maxsize=32768)
def text_features(text: str) -> tuple[str, ...]:
    """Return the features of a line's text alone (cached: pages repeat lines and shapes); Traditional
    characters are tested as their Simplified forms."""
    text = fold(text)
    key = compact(text)
    n = len(key)
    f = [_length(n), _end(text) if text else "end:none"]
    if n > 40 and mostly_latin(text) and P.titleish(text, 150):
        f.append("len:en-title")      # an English line of a title's length (its words take more letters)
    if _EN_STOP.search(text):
        f.append("end:en-stop")          # an English sentence's full stop (I wish the forum every success.)
    if _SENTENCE_INSIDE.search(text):
        f.append("has:sentence-inside")
    if "。" in text.rstrip("。”’」』）)"):
        f.append("has:period-inside")
    if "，" in text or "," in text:
        f.append("has:comma")
    if not _ANY_PUNCT.search(text):
        f.append("has:no-punct")
    if _CJK_SPACE.search(text):
        f.append("has:cjk-space")
    form = heading_form(text)
    if form:
        f.append(f"form:h{max(1, form[0])}")       # 第一部分 above 一、 is a top form too
    if bare_number(text):
        f.append("form:bare")
    if enum_kind(text):
        f.append("form:enum")
    if P.news_lead(text):
        f.append("pat:news-lead")
    if n >= 15 and P.reports_address(text):
        f.append("pat:reports-address")
    if P.DATELINE.match(text):
        f.append("pat:dateline")
    if text.endswith(("：", ":")) and P.LEAD_IN_END.search(text):
        f.append("pat:lead-in")
    if n > P.OPENING and P.speaks_first(text):
        f.append("pat:speaks")
    elif n > 15 and P.OPENS_IN_PERSON.match(text) and P.speaks_first(text):
        f.append("pat:speaks-short")     # 现在，我代表市人民政府，向大会报告工作：a speech's opening words
    if n <= 24 and P.DATE_ONLY.match(key):
        f.append("pat:date-only")
    if P.BRACKETED.match(key):
        f.append("pat:bracketed")
    if P.STAGE.match(key) or P.SEGMENT.match(key):
        f.append("pat:stage")            # a stage direction, or a host script's segment label
    if n <= 16 and key.endswith(("！", "!", "。")) and P.THANKS.match(text.strip()):
        f.append("pat:thanks-said")        # 感谢您对XX集团的关注！ — said, not a title
    if n <= 48 and key.endswith(("）", ")")) and P.name_then_office(key):
        f.append("pat:name-office")
    if n <= 80:   # every shape below is of a short line: a long one is spared the tests
        f += _shape_features(text, n)
    elif n <= P.LONG_EN_SALUTATION and text[:1].isascii() and P.english_salutation(text):
        f.append("pat:salutation")         # an English list of everyone present runs long
    return tuple(f)


def _shape_features(text: str, n: int) -> list[str]:
    """Return the pattern features: subtitle, speaker, date, salutation, closing, notes, markers.

    Each test runs only when a cheap look at the line says it could match (most lines are body text).
    """
    key = compact(text)
    dash = bool(_DASH_START.match(text))
    dated = "年" in text or "日" in text[-3:]
    digits = any(c.isdigit() for c in text[-5:])
    tests = (
        ("pat:subtitle", dash and bool(P.SUBTITLE.match(text))),
        ("pat:dash", dash),
        ("pat:speaker-dash", dash and bool(_SPEAKER_DASH.match(text)) and not P.SUBTITLE.match(text)),
        ("pat:date", (dated or digits) and n <= 30 and bool(P.DATE.match(key) or P.EN_DATE.match(text.strip()))),
        ("pat:dated-byline", (dated or digits) and n <= 40 and _dated_byline(text)),
        ("pat:office", n <= 30 and bool(P.OFFICE.search(text))),
        ("pat:office-name", n <= 30 and bool(P.OFFICE_NAME.search(text)) and not P.SPEECH_WORD.search(key)),
        ("pat:org-speaker", n <= 20 and bool(P.ORG_SPEAKER.match(key))),
        ("pat:latin-name", n <= 40 and bool(P.LATIN_NAME.match(text.strip()))),
        ("pat:en-speaker", n <= 90 and text[:1].isascii() and P.english_speaker(text)),
        ("pat:speaker-label", n <= 30 and bool(P.SPEAKER_LABEL.match(key))),
        ("pat:ends-with-name", n <= 24 and bool(P.ENDS_WITH_NAME.match(text)) and not P.SPEECH_WORD.search(key)
         and has_surname(P.ending_name(text))),
        ("pat:spaced-name", n <= 30 and bool(P.SPACED_NAME.search(text.strip())) and " " in text.strip()),
        ("pat:affiliation", n <= 40 and bool(P.AFFILIATION.search(text)) and not P.NOT_IN_TITLE.search(text)),
        ("pat:name", n <= 6 and P.name_only(text) and not P.SPEECH_WORD.search(key)),
        ("pat:address", n <= 60 and bool(P.ADDRESS.search(text))),
        ("pat:salutation", n <= P.LONG_SALUTATION and P.is_salutation(text)),
        ("pat:opens-salutation", n <= 60 and P.opens_salutation(text)),
        ("pat:address-call", n <= 24 and P.address_call(text)),
        ("pat:greeting-only", n <= 10 and bool(P.GREETING_ONLY.match(text))),
        ("pat:greets", bool(P.GREETS.match(key))),
        ("pat:thanks", n <= 20 and bool(P.THANKS.match(text))),
        ("pat:speech-word", bool(P.SPEECH_WORD.search(key))),
        ("pat:meeting", bool(P.MEETING_WORD.search(text))),
        ("pat:occasion", n <= 60 and bool(P.OCCASION.match(key))),
        ("pat:about", n <= 60 and bool(P.ABOUT_TITLE.match(key))),
        ("pat:part-word", n <= 4 and bool(P.PART_WORD.match(key))),
        ("pat:editor", bool(P.EDITOR.search(key))),
        ("pat:count", n <= 60 and ("篇" in text or "汇" in text or "合集" in text or "大全" in text or "摘" in text
                                    or "选登" in text) and bool(P.COUNT.search(text))),
        ("pat:label", n <= 12 and bool(P.LABEL.match(key)) and not P.ADDRESS.search(text)),
        ("pat:appendix", (n <= 8 and bool(P.APPENDIX.match(key))) or (n <= 70 and bool(P.APPENDIX_TITLED.match(key)))),
        ("pat:issuer", n <= 30 and bool(P.ISSUER.search(key))),
        ("pat:titleish", P.titleish(text) and not _EN_STOP.search(text)),   # an English sentence is none
        ("pat:title-line", "—" in text[2:] and P.title_line(text) is not None),
        ("pat:marker-shape", n <= 64 and P.marker_parts(text) is not None),
    )
    return [name for name, hit in tests if hit]


def _dated_byline(text: str) -> bool:
    return P.dated_byline(text) is not None


def line_features(line: LineView) -> tuple[str, ...]:
    """Return a line's own features: its text's and its hints'."""
    return text_features(line.text) + tuple(_hint_features(line.hints, line.bold, line.bold_lead))


#: Own features that the neighbouring lines report as context (``next:…`` / ``prev:…``).
_CONTEXT = ("pat:subtitle", "pat:salutation", "pat:opens-salutation", "pat:date", "pat:office", "pat:name",
            "pat:speaker-dash", "pat:org-speaker", "pat:titleish", "hint:bold", "hint:center", "hint:h1", "hint:h2", "end:period",
            "len:61-120", "len:121+", "form:h1", "pat:marker-shape", "pat:occasion", "pat:en-speaker")


def page_features(lines: list[LineView], page: PageFacts) -> list[tuple[str, ...]]:
    """Return the features of every line of a page: its own, its neighbours', and page facts."""
    own = [line_features(ln) for ln in lines]
    keys = [compact(ln.text) for ln in lines]
    counts: dict[str, int] = {}
    for k in keys:
        counts[k] = counts.get(k, 0) + 1
    title_keys = _title_keys(page.title)
    in_chain = {m.index for m in page.markers}
    labels = _repeated_labels(keys, own)
    series = _bold_series(own)
    leads = [i for i, f in enumerate(own) if "hint:bold-lead" in f]
    leads = set(leads) if len(leads) >= 3 else set()
    bolds = sum(1 for f in own if "hint:bold" in f or "hint:bold-lead" in f)
    bold_common = bolds >= 30 and bolds >= 0.25 * len(own)   # more bold lines than a speech has headings
    menu = _short_runs(keys)
    verse = _verse(keys)
    late = _late_first_title(lines, own)
    announced = bool(page.title and P.COUNT.search(page.title))
    numbered = any("form:h1" in f for f in own)
    _salutation_lines(lines, own)
    first_salutation = next((i for i, f in enumerate(own[:12]) if "pat:salutation" in f), -1)
    signs = P.sign_off([fold(k) for k in keys], ["pat:date" in f for f in own])
    top = _top_type(lines, own)
    out: list[tuple[str, ...]] = []
    for i, feats in enumerate(own):
        extra = ["bias"]
        extra += _position(i, len(lines))
        if i + 1 < len(own):
            extra += [f"next:{f}" for f in own[i + 1] if f in _CONTEXT]
        else:
            extra.append("next:none")
        if i > 0:
            extra += [f"prev:{f}" for f in own[i - 1] if f in _CONTEXT]
        k = keys[i]
        if k and k in title_keys:
            extra.append("page:same-as-title")
        elif k and len(k) >= 4 and any(k in t or t in k for t in title_keys if len(t) >= 4):
            extra.append("page:overlaps-title")
        if counts.get(k, 0) > 1 and k:
            extra.append("page:repeated")
            extra += _near_repeat(keys, i)
        if i in in_chain:
            extra.append("page:marker-chain")
        if i + 1 in in_chain and i not in in_chain:
            extra.append("next:marker-chain")
        if i in labels:
            extra.append(labels[i])
        if i in series:
            extra.append("page:bold-series")
        if i in leads:
            extra.append("page:bold-lead-series")
        if bold_common and ("hint:bold" in feats or "hint:bold-lead" in feats) and i not in series:
            extra.append("page:bold-common")
        if i in menu:
            extra.append("page:short-run")
        if announced:
            extra.append("page:announced")
        continues = i + 1 < len(own) and _continues(lines[i].text, own[i + 1])
        if continues:
            extra.append("pair:title-continues")
        if i < first_salutation and "pat:titleish" not in feats and not continues:
            extra.append("page:prose-before-salutation")
        if i in verse:
            extra.append("page:verse")
        extra += ["pat:signs-off"] * (i == signs)
        extra += ["page:top-type"] * (i == top)
        if i >= late:
            extra.append("page:untitled-prose-above")
        if i + 1 < len(own) and _plain_short(feats) and _plain_short(own[i + 1]):
            extra.append("pair:next-short-plain")
        if i > 0 and _plain_short(feats) and _plain_short(own[i - 1]):
            extra.append("pair:prev-short-plain")
        if i + 1 < len(own) and not _STRONG & set(feats) and _STRONG & set(own[i + 1]):
            extra.append("pair:next-stronger")
            if _LARGE & set(own[i + 1]) and "pat:titleish" in own[i + 1]:
                extra.append("pair:above-larger-title")
        if "form:enum" in feats:
            extra.append("enum&numbered" if numbered else "enum&unnumbered")
        out.append(feats + tuple(extra))
    return out


def _salutation_lines(lines: list[LineView], own: list[tuple[str, ...]]) -> None:
    """Mark (in ``own``) the lines of a salutation that no line alone shows: an English one wrapped over
    lines, the middle and last lines of one over several lines, and the Chinese line right after an
    English salutation when it reads as its translation: people addressed, no sentence ended inside, at
    most a comma or colon at its end (Mr. Vice President, …: / 副总统先生、…各位议员： and My fellow
    Americans, / 我的美国同胞们)."""
    _wrapped_english_salutations(lines, own)
    _salutation_middles(lines, own)
    for i in range(1, len(own)):
        if "pat:salutation" in own[i - 1] and "pat:salutation" not in own[i] \
                and mostly_latin(lines[i - 1].text) and P.translates_salutation(lines[i].text):
            own[i] = own[i] + ("pat:salutation",)


_SALUTATION_MARKS = frozenset({"pat:salutation", "pat:opens-salutation", "pat:address-call"})
#: A middle line of a salutation over several lines: people named, a comma or 、 at its end, no
#: sentence (驻市部队指战员、武警官兵，  在外创业的XX籍人士，).
_MIDDLE = re.compile(r"^[^。！？!?；;：:“”\"]{2,40}[，,、]$")
#: The last line of such a salutation (驻市部队指战员、武警官兵：).
_LAST = re.compile(r"^[^。！？!?；;：:“”\"]{2,40}[：:]$")
#: Words of a sentence, never of people named.
_NOT_NAMING = re.compile(r"我|要|把|是|了|如下|以下")


def _salutation_middles(lines: list[LineView], own: list[tuple[str, ...]]) -> None:
    """Mark as opening a salutation (in ``own``) the lines between a salutation's first line (尊敬的…，)
    and its last (…朋友们：) that name people without an address word of ours (驻市部队指战员、武警官兵，):
    up to four such lines, each short, ending in a comma, holding no sentence."""
    for i in range(len(own) - 2):
        if not {"pat:opens-salutation", "pat:salutation"} & set(own[i]) or not lines[i].text.rstrip().endswith(("，", ",")):
            continue
        j = i + 1
        while j < len(own) and j - i <= 4 and not _SALUTATION_MARKS & set(own[j]) \
                and _MIDDLE.match(compact(lines[j].text)) and not _NOT_NAMING.search(lines[j].text):
            j += 1
        if j >= len(own) or not lines[j].text.rstrip().endswith(("：", ":")):
            continue
        last = "pat:salutation" in own[j] or (j > i + 1 and bool(_LAST.match(compact(lines[j].text)))
                                              and not _NOT_NAMING.search(lines[j].text))
        if last and j > i + 1:
            for k in range(i + 1, j):
                own[k] = own[k] + ("pat:opens-salutation",)
        if last and "pat:salutation" not in own[j]:
            own[j] = own[j] + ("pat:salutation",)


def _wrapped_english_salutations(lines: list[LineView], own: list[tuple[str, ...]]) -> None:
    """Mark as salutations (in ``own``) the lines of an English salutation wrapped over up to six
    lines, each line Latin and none ending a sentence, the last ending in a colon (a text clip's
    ``President Drew Gilpin Faust, members of the Harvard Board of Overseers,`` / ``members of the
    Harvard Corporation, faculty, staff and students, fellow`` / … / ``ladies and gentlemen, friends:``)."""
    for i in range(len(own)):
        first = lines[i].text.strip()
        if not first.endswith(",") or not P.english_salutation(first):
            continue
        j = i + 1
        while j < len(own) and j - i < 6 and mostly_latin(lines[j].text) \
                and not lines[j].text.rstrip().endswith((".", "!", "?", ":", "：")):
            j += 1
        if j < len(own) and mostly_latin(lines[j].text) and lines[j].text.rstrip().endswith((":", "：")) \
                and P.english_salutation(" ".join(ln.text.strip() for ln in lines[i:j + 1])):
            for k in range(i, j + 1):
                own[k] = own[k] + ("pat:salutation",) * ("pat:salutation" not in own[k])


#: Presentation that sets a line above plain text: a line without it just above a line with it is not
#: the first half of that line's title (a site label over a bold headline).
_STRONG = frozenset({"hint:big", "hint:bigger", "hint:bold", "hint:h1", "hint:h2"})
#: A larger face or a heading tag: a plain line just above a title set so is no half of that title.
_LARGE = frozenset({"hint:big", "hint:bigger", "hint:h1", "hint:h2"})
_MENU_ITEM = re.compile(r"^[^，。；：！？,.;:!?]{1,10}$")


def _short_runs(keys: list[str]) -> set[int]:
    """Return the lines in runs of three or more very short lines without punctuation (menus, tag lists)."""
    return _runs([True if k and _MENU_ITEM.match(k) else None for k in keys], 3)


def _runs(kinds: list[object], minimum: int) -> set[int]:
    """Return the lines in runs of at least ``minimum`` neighbours of one kind (None is no kind)."""
    out: set[int] = set()
    start = 0
    for i, kind in enumerate(kinds + [None]):
        if i and kind is not None and kind == kinds[i - 1]:
            continue
        if i - start >= minimum and kinds[start] is not None:
            out.update(range(start, i))
        start = i
    return out


def _late_first_title(lines: list[LineView], own: list[tuple[str, ...]]) -> int:
    """Return the first line after three long paragraphs of prose that no title-like line stands
    above (the page's text began untitled: a title further down is no page's first title), or the
    number of lines when there is none."""
    prose = 0
    for i, (ln, feats) in enumerate(zip(lines, own)):
        if prose == 0 and "pat:titleish" in feats:
            return len(lines)
        if len(ln.text) > 60 and P.NOT_IN_TITLE.search(ln.text):
            prose += 1
            if prose >= 3:
                return i + 1
    return len(lines)


#: How a title line that goes on in the next line ends: an enumeration comma or a joining word.
_GOES_ON = re.compile(r"(?:、|和|与|及|暨|以及)$")


def _continues(text: str, after: tuple[str, ...]) -> bool:
    """Return True for a short line without sentence marks that ends as if it went on (在第18期…培训班、)
    above a line that reads as a title: the first half of a title set over two lines."""
    key = compact(text)
    return 0 < len(key) <= 40 and bool(_GOES_ON.search(key)) and not P.NOT_IN_TITLE.search(key) \
        and "pat:titleish" in after


#: A verse line: four to nine characters with no mark inside, maybe one at its end.
_VERSE = re.compile(r"^[\u4e00-\u9fff]{4,9}[，。！？、；]?$")


def _verse(keys: list[str]) -> set[int]:
    """Return the lines in runs of four or more verse lines of one length (a poem quoted in a speech
    or after it: a site menu's items vary in length)."""
    return _runs([len(k.rstrip("，。！？、；")) if _VERSE.match(k) else None for k in keys], 4)


def _bold_series(own: list[tuple[str, ...]]) -> set[int]:
    """Return the short whole-bold (or centred) lines, without sentence punctuation, each followed by a
    plain paragraph, when the page holds three or more: a series of part or section starts."""
    found = [i for i, feats in enumerate(own[:-1])
             if ("hint:bold" in feats or "hint:center" in feats) and "pat:titleish" in feats
             and not ({"hint:bold", "hint:center"} & set(own[i + 1]))]
    return set(found) if len(found) >= 3 else set()


def _plain_short(feats: tuple[str, ...]) -> bool:
    """Return True for a short line (up to 20 characters) with no punctuation: half of a split title."""
    return "has:no-punct" in feats and ("len:5-10" in feats or "len:11-20" in feats or "len:1-4" in feats)


#: A host script's line opening on the host who says it (男：… 女：… 合：… 主持人甲：…).
_HOST_ROLE = re.compile(r"^(男|女|合|男女|甲|乙|丙|丁|[AB]|主持人?[甲乙丙丁ABCD1-4一二三四]|男主持人?|女主持人?)[:：].")
#: So many host lines make the page one host script, whose labels are its sections, not its parts.
MIN_HOST_LINES = 4


def _repeated_labels(keys: list[str], own: list[tuple[str, ...]]) -> dict[int, str]:
    """Return the lines that may be part labels (国旗下讲话：, 值周总结：), short labels ending in a colon:
    ``page:label-repeated`` where one such label stands twice or more on the page (and for the labels
    beside it), ``page:label-multi`` where two or more different ones stand apart on the page."""
    if sum(1 for k in keys if _HOST_ROLE.match(k)) >= MIN_HOST_LINES:
        return {}      # a host script's sections (开场： 结束语：) between its hosts' lines (男：… 女：…)
    found: dict[str, list[int]] = {}
    for i, (k, feats) in enumerate(zip(keys, own)):
        if "pat:label" in feats:
            found.setdefault(k.rstrip(":："), []).append(i)
    lines = sorted(i for v in found.values() for i in v)
    if any(len(v) >= 2 for v in found.values()):
        return {i: "page:label-repeated" for i in lines}
    if len(lines) >= 2 and all(b - a >= 3 for a, b in zip(lines, lines[1:])):
        return {i: "page:label-multi" for i in lines}
    return {}


#: The first line set at least this much larger than the body, and as large as any line, heads the page.
TOP_TYPE = 1.3


def _top_type(lines: list[LineView], own: list[tuple[str, ...]]) -> int | None:
    """Return 0 when the page's first line is a short unnumbered line in the page's largest type
    (:data:`TOP_TYPE` times the body's at least): what a document sets first and largest is its title,
    never a heading (nothing stands above it to head). Else None."""
    if not lines or "pat:titleish" not in own[0] or "form:enum" in own[0] or "form:h1" in own[0]:
        return None
    size = lines[0].hints.size
    if size is None or size < TOP_TYPE:
        return None
    return 0 if all((ln.hints.size or 1.0) <= size for ln in lines[1:]) else None


def _title_keys(title: str | None) -> set[str]:
    if not title:
        return set()
    return {k for k in (compact(title), compact(base_title(title))) if k}


def _position(i: int, n: int) -> list[str]:
    out = []
    if i == 0:
        out.append("pos:first")
    elif i == 1:
        out.append("pos:second")
    elif i < 6 and n >= 12:
        out.append("pos:early")
    if i == n - 1:
        out.append("pos:last")
    elif i >= n - 4 and n >= 12:
        out.append("pos:late")
    return out


def _near_repeat(keys: list[str], i: int) -> list[str]:
    """Return whether the same line stands again within four lines after or before line ``i``."""
    out = []
    if keys[i] in keys[i + 1:i + 5]:
        out.append("page:repeated-soon-after")
    if keys[i] in keys[max(0, i - 4):i]:
        out.append("page:repeats-just-before")
    return out
