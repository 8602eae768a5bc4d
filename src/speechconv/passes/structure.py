"""The ``structure`` pass: each speech's title block, salutation, body headings and ending.

Each speech is read by evidence (:mod:`speechconv.passes.reading`): every line gets the role of the
best consistent reading of the speech — notes above it, title lines, ——subtitle, speaker and date
lines, salutation lines, body and heading lines, closing lines, signature lines, clutter after it.
Then the roles are filled in:

- title lines are joined; a ——subtitle that also names the speaker (``——在…上的致辞 王 琛``) is split;
  a speaker line holding a date (``张明同志 2009年5月4日``) gives both; salutation lines join with a
  newline, as do the signature's issuer and date;
- body lines become headings, run-in headings and lead sentences (:mod:`speechconv.passes._body`);
- notes above the title, a repeat of the title and clutter after the ending are recorded in ``dropped``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..model import Block, Document, Dropped, Paragraph, Speech
from ._body import heading_form, recognise_body
from ._commentary import BIOGRAPHY
from ._hant import fold
from ._language import as_original, is_original
from ._lead import reported_speaker
from ._text import compact, headline_keys, mostly_latin, page_title_core, split_runs
from .reading import patterns as P
from .reading import read_lines
from .reading.names import has_surname


@dataclass
class _Parts:
    """What the roles of one speech's lines add up to."""

    title: list[str] = field(default_factory=list)
    subtitle: str | None = None
    byline: list[str] = field(default_factory=list)
    date: str | None = None
    salutation: list[str] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)
    heads: list[bool] = field(default_factory=list)
    closing: list[str] = field(default_factory=list)
    signature: list[str] = field(default_factory=list)
    before: list[str] = field(default_factory=list)   #: notes above the title
    after: list[str] = field(default_factory=list)    #: clutter after the ending
    gone: list[Dropped] = field(default_factory=list)  #: marks dropped from lines whose words were taken
    page: str = ""                                     #: the speech's whole text, to find a name again


def _subtitle(parts: _Parts, text: str) -> None:
    m = P.SUBTITLE_NAME.match(text)
    if parts.subtitle is None:
        parts.subtitle = m.group("sub") if m else text
        if m:
            parts.byline.append(m.group("name"))
    else:
        parts.title.append(text)


def _title_line(parts: _Parts, text: str) -> None:
    """Add a title line (without emphasis marks around it, **…**); one that also holds its ——subtitle
    (and the speaker after it) gives those too, and a first title line led by the speaker's name gives
    the speaker when the rest names a speech (习近平：在…上的讲话) or the name stands beside an office
    elsewhere in the speech (吴德：奋斗正青春, with 吴德，校长，… under it)."""
    marked = _EMPHASIS.match(text.strip())
    if marked:
        parts.gone.append(Dropped(marked.group("m") * 2, "structure: emphasis marks around the title"))
        text = marked.group("t")
    m = _SPEAKER_PREFIX.match(text)
    if m and not parts.title and has_surname(m.group("who")) and (
            P.SPEECH_WORD.search(text[m.end():]) or _named_with_office(m.group("who"), parts.page)):
        parts.byline.append(m.group("who"))
        parts.gone.append(Dropped(m.group(), "structure: speaker's name before the title, taken as the speaker"))
        text = text.strip()[m.end():].strip()
    m = _WRAPPED.match(text.strip())
    if m and not parts.title:
        parts.gone.append(Dropped(text.strip(), "structure: title line given without its book-title marks "
                                                "and the note after them"))
        text = m.group("title")
    title, date, subtitle, speakers = _unpack_title(text, parts.date is not None, parts.subtitle is not None)
    parts.date = parts.date or date
    parts.subtitle = parts.subtitle or subtitle
    parts.title.append(title)
    parts.byline += speakers


def _named_with_office(name: str, page: str) -> bool:
    """Return True when ``name`` stands beside an office elsewhere in the speech (吴德，校长; 主席戴啟思)."""
    office = P.OFFICE.pattern
    return re.search(rf"(?:{office})[^，。；！？]{{0,3}}{re.escape(name)}|{re.escape(name)}[，、\s]{{0,2}}(?:{office})",
                     fold(page)) is not None


def _unpack_title(text: str, dated: bool, subtitled: bool) -> tuple[str, str | None, str | None, list[str]]:
    """Return (title, date, ——subtitle, speakers) of a title line that runs on into its date (and the
    speaker after it) or holds its ——subtitle (and the speaker after it); the date is looked for only
    when the speech has none yet (``dated`` False), the subtitle likewise (``subtitled`` False)."""
    date = subtitle = None
    speakers: list[str] = []
    found = None if dated else P.title_with_date(text)
    if found is not None:
        text, date, who = found
        speakers += [who] if who else []
    split = None if subtitled else P.title_line(text)
    if split is not None:
        text, subtitle, who = split
        speakers += [who] if who else []
    return text, date, subtitle, speakers


def _byline(parts: _Parts, text: str) -> None:
    found = P.dated_byline(text)
    if found and parts.date is None:
        parts.byline.append(found[0])
        parts.date = found[1]
    else:
        parts.byline.append(text)


def _collect(blocks: list[Block], labels: tuple[str, ...], about: str = "") -> _Parts:
    """Return the speech's parts from its lines and their roles (``about``: what the page said of the
    speaker elsewhere, a biography the clean-up took out)."""
    parts = _Parts(page="".join(b.text if isinstance(b, Paragraph) else b.label for b in blocks) + about)
    for b, lab in zip(blocks, labels):
        text = b.text if isinstance(b, Paragraph) else b.label
        if lab in ("body", "heading"):
            parts.body.append(b)
            parts.heads.append(lab == "heading")
        elif lab == "title":
            _title_line(parts, text)
        elif lab == "subtitle":
            _subtitle(parts, text)
        elif lab == "byline":
            _byline(parts, text)
        elif lab == "date":
            if parts.date is None:
                parts.date = text
            else:
                parts.byline.append(text)
        elif lab == "salutation":
            parts.salutation.append(text)
        elif lab == "closing":
            parts.closing.append(text)
        elif lab == "signature":
            parts.signature.append(text)
        elif lab in ("head", "marker"):
            parts.before.append(text)
        else:
            parts.after.append(text)
    return parts


def _fused_salutation(parts: _Parts) -> None:
    """Split a salutation run into the first body paragraph (各位同志：今天… 同志们！我们这个会…) off it."""
    if parts.salutation or not parts.body or not isinstance(parts.body[0], Paragraph):
        return
    first = parts.body[0]
    n = P.fused_salutation(first.text)
    if not n:
        return
    _, tail = split_runs(first.runs, n)
    parts.salutation.append(first.text[:n])
    parts.body[0] = replace(first, runs=tail)


def _translated_salutation(parts: _Parts) -> None:
    """Take into the salutation the first body paragraph when it translates an English salutation
    just above it (Mr. Vice President, …: then 副总统先生、…各位议员：), as the page pairs every line."""
    if not parts.salutation or not mostly_latin(parts.salutation[-1]) or not parts.body or parts.heads[0] \
            or not isinstance(parts.body[0], Paragraph) or not P.translates_salutation(parts.body[0].text):
        return
    parts.salutation.append(parts.body.pop(0).text)
    parts.heads.pop(0)


def _title(speech: Speech, parts: _Parts, page_title: str | None = None) -> tuple[str | None, list[Dropped]]:
    """Return the speech's title and the title lines that only repeat it; a first title line that is
    the page headline, above other title lines (the speech's own title), is the page's, not the speech's."""
    gone: list[Dropped] = []
    lines = parts.title
    if len(lines) > 1 and compact(lines[0]) in headline_keys(page_title) \
            and not any(compact(t) in compact(lines[0]) for t in lines[1:]):
        gone.append(Dropped(lines.pop(0), "structure: page headline above the speech's own title"))
    if len(lines) > 1 and _restated(lines[0], lines[-1]):
        gone.append(Dropped(lines.pop(0), "structure: page headline above the speech's own title"))
    if len(lines) > 1 and _numbered_again(lines[0], lines[1]):
        gone.append(Dropped(lines.pop(0), "structure: page headline above the first part's numbered title"))
    if speech.title is not None:
        same = [t for t in lines if compact(t) == compact(speech.title)]
        gone += [Dropped(t, "structure: title repeated") for t in same]
        rest = [t for t in lines if t not in same]
        return (speech.title + "".join(rest)) if rest else speech.title, gone
    if len(lines) > 1 and compact(lines[-1]) == compact(lines[0]):
        gone.append(Dropped(lines.pop(), "structure: title repeated"))
    if lines and (m := P.SOURCE_PREFIX.match(lines[0])):
        gone.append(Dropped(m.group(), "structure: source named before the title"))
        lines[0] = lines[0][m.end():]
    return ("".join(lines) if lines else None), gone


#: What a collection page adds to its headline to title a part: （一）, 1, 篇一, 之二, 【第1篇】.
_PART_NUMBER = re.compile(r"^[（(【\[]?(篇|第|之|范文)?[一二三四五六七八九十\d]{1,3}(篇)?[)）】\]]?$")


#: The shortest own title that a headline above it may restate with more words.
RESTATED = 6


def _restated(first: str, last: str) -> bool:
    """Return True when the title line ``first`` holds the whole of a later title line ``last`` and more
    (市委书记在全市干部大会上的讲话全文 over 在全市干部大会上的讲话): a headline restating the speech's title."""
    a, b = compact(first), compact(last)
    return len(b) >= RESTATED and len(a) > len(b) and b in a


def _numbered_again(first: str, second: str) -> bool:
    """Return True when the title line ``second`` is ``first`` with a part's number after it (工作会议讲话稿
    then 工作会议讲话稿（一）): the first is the collection page's headline."""
    a, b = compact(first), compact(second)
    return len(b) > len(a) > 0 and b.startswith(a) and bool(_PART_NUMBER.match(b[len(a):]))


def _before(lines: list[str], title: str | None) -> list[Dropped]:
    """Return the lines above the title as dropped: a repeat of the title, the summary before such a
    repeat, or a note (编者按, source lines)."""
    key = compact(title) if title else None
    repeat = max((i for i, t in enumerate(lines) if key and compact(t) == key), default=-1)
    out = []
    for i, text in enumerate(lines):
        if i == repeat or (key and compact(text) == key):
            out.append(Dropped(text, "structure: title repeated"))
        elif i < repeat:
            out.append(Dropped(text, "structure: page summary before the repeated title"))
        else:
            out.append(Dropped(text, "structure: note before the speech"))
    return out


def structure_speech(speech: Speech, page_title: str | None = None, about: str = "") -> tuple[Speech, list[Dropped]]:
    """Return one speech with its title block, salutation, headings and ending recognised, and what
    was left out (notes above it, repeats of its title, clutter after its ending); ``about`` is what
    the page said of the speaker outside the speech (a biography the clean-up took out)."""
    blocks = list(speech.blocks)
    reading = read_lines(blocks, page_title, single=True)
    parts = _collect(blocks, reading.labels, about)
    _fused_salutation(parts)
    _translated_salutation(parts)
    title, gone = _title(speech, parts, page_title)
    before = _before(parts.before, title)
    body = recognise_body(parts.body, parts.heads)
    done = replace(
        speech, title=title, subtitle=speech.subtitle or parts.subtitle,
        byline=speech.byline or (" ".join(parts.byline) if parts.byline else None),
        date=speech.date or parts.date,
        salutation=speech.salutation or ("\n".join(parts.salutation) if parts.salutation else None),
        blocks=tuple(body), closing=speech.closing + tuple(parts.closing),
        signature=speech.signature or ("\n".join(parts.signature) if parts.signature else None))
    after = [Dropped(t, "structure: page clutter after the speech") for t in parts.after]
    if speech.subtitle and parts.subtitle:     # the reader's subtitle stands; a line read as one is recorded
        after.append(Dropped(parts.subtitle, "structure: subtitle said again" if compact(parts.subtitle)
                             == compact(speech.subtitle) else "structure: a second subtitle"))
    after += _second_lines(speech, parts)
    return done, before + gone + parts.gone + after


#: The lines a speech has one of, by the name the reason of a second one's drop gives them (the web page
#: translates these names: i18n.js REASON_PARTS).
ONE_PER_SPEECH = ("speaker line", "date", "salutation", "signature")


def _second_lines(speech: Speech, parts: _Parts) -> list[Dropped]:
    """Return, as recorded drops, the speaker, date, salutation and signature lines the reading found
    where the speech had one already (a speaker's label the split took, a reader's byline): the first
    stands, the lines read as a second are kept in ``dropped`` instead of being lost."""
    out = []
    had_lines = (speech.byline, speech.date, speech.salutation, speech.signature)
    found_lines = (" ".join(parts.byline), parts.date, "\n".join(parts.salutation), "\n".join(parts.signature))
    for name, had, found in zip(ONE_PER_SPEECH, had_lines, found_lines):
        if had and found:
            out.append(Dropped(found, f"structure: {name} said again" if compact(found) == compact(had)
                               else f"structure: a second {name} (the first stands)"))
    return out


#: Emphasis marks a text clip keeps around a whole title line (**标题**, __标题__).
_EMPHASIS = re.compile(r"^(?P<m>\*{1,3}|_{2,3})(?P<t>[^*_].*?[^*_]?)(?P=m)$")
#: A first title line wrapped in book-title marks, maybe with a note on the text after them
#: (《在华沙发表的讲话》中英文, 〈…的未來〉——蓬佩奧…演說全文中譯).
_WRAPPED = re.compile(r"^[《〈](?P<title>[^《》〈〉]{4,60})[》〉]\s*(?:|[（(]?(全文|中英文|中英对照|中英對照|双语|雙語|原文|译文|"
                      r"譯文|全文翻译|全文翻譯|中译|中譯|全文中译|全文中譯)[)）]?|[—–]{2}[^—–]{2,40}(全文|译|譯))$")
_SPEAKER_PREFIX = re.compile(r"^(?P<who>[\u4e00-\u9fff]{2,4})[:：](?=.{4,})")


def page_speech_title(title: str | None) -> tuple[str | None, str | None]:
    """Return the speech title a page title gives an untitled speech, and the speaker it names.

    The page title's core is taken (:func:`~speechconv.passes._text.page_title_core`: no collection
    suffix, breadcrumb, site or column name), and a speaker's name before a colon (``习近平：在…上的讲话``)
    is returned as the speaker.
    """
    if not title:
        return None, None
    title = page_title_core(title)
    if title is None:
        return None, None
    wrapped = _WRAPPED.match(title.strip())
    title = wrapped.group("title") if wrapped else title
    m = _SPEAKER_PREFIX.match(title)
    if m:
        return title[m.end():].strip(), m.group("who")
    return title, None


def _untitled(speech: Speech, title: str | None, speaker: str | None, single: bool) -> Speech:
    """Return a speech without a title of its own with the page's title (and speaker, if it has none);
    a page title that also holds the ——subtitle and the speaker after it (a text page's first line
    ``政府工作报告——…会议上国务院总理 李强``, or one running on into its date, ``…讲话（二OO一年八月二十三日）
    江泽民``) gives those too, where the speech has none (the speaker
    only to the ``single`` speech of a page)."""
    if speech.title or not title:
        return speech
    title, date, subtitle, named = _unpack_title(title, speech.date is not None, speech.subtitle is not None)
    speaker = speaker or next(iter(named), None)
    return replace(speech, title=title, date=speech.date or date, subtitle=speech.subtitle or subtitle,
                   byline=speech.byline or (speaker if single else None))


#: A lead-in line that names who spoke (李國能演辭全文： 张三讲话全文： 以下为马云呼吁全文：).
_NAMED_LEAD_IN = re.compile(r"^[*_]*(以下为|以下是|下面是)?(?P<who>[\u4e00-\u9fff·]{2,4}?)的?(讲话|致辞|发言|演讲|演辞|讲辞|演说|"
                            r"呼吁|致詞|致辭|講話|發言|演講|演辭|講辭|演說|呼籲)(全文|原文|实录|實錄)(如下)?[：:][*_]*$")
LEAD_IN = "boilerplate: news lead-in"


def lead_in_speaker(dropped: tuple[Dropped, ...]) -> str | None:
    """Return the speaker a dropped news lead-in names (李國能演辭全文： gives 李國能), or None: the
    name must open with a family name. A page's one speech with no speaker line of its own takes it."""
    for d in dropped:
        m = _NAMED_LEAD_IN.match(compact(d.text)) if d.reason == LEAD_IN else None
        if m and has_surname(fold(m.group("who"))):
            return m.group("who")
    return None


#: A poster's note after a headline, in brackets: 竞选班长演讲稿（初中版，亲测有效）.
_TRAILING_NOTE = re.compile(r"^(?P<head>.{4,}?)[（(][^（）()]{2,20}[)）]$")
_HEAD_REASONS = ("split: page summary before the first speech", "split: page head before the first speech")


def _without_note(title: str | None, dropped: tuple[Dropped, ...]) -> str | None:
    """Return the page's title for an untitled speech without a bracketed note after it when the page
    also shows the headline without the note above the speech (an in-content heading 竞选班长演讲稿 under
    the page headline 竞选班长演讲稿（初中版，亲测有效）): that clean form is the speech's title."""
    m = _TRAILING_NOTE.match(title.strip()) if title else None
    if m is None:
        return title
    head = compact(m.group("head"))
    shown = any(d.reason in _HEAD_REASONS and compact(d.text) == head for d in dropped)
    return m.group("head").strip() if shown else title


def structure(doc: Document) -> Document:
    """Return ``doc`` with every speech's structure recognised (see the module doc).

    A speech that shows no title of its own takes the page title (see :func:`page_speech_title`); a
    speech that is another speech's original in Latin script (:mod:`._language`) is kept as it stands.
    A page's one speech with no speaker line takes the speaker the news lead-in names (:func:`lead_in_speaker`),
    or else the one the dropped report above it says gave the address (:func:`._lead.reported_speaker`).
    """
    title, speaker = page_speech_title(doc.title)
    title = _without_note(title, doc.dropped)
    originals = [len(doc.speeches) > 1 and is_original(s) for s in doc.speeches]
    about = "".join(d.text for d in doc.dropped if d.reason == BIOGRAPHY)
    results = [(as_original(s), []) if original else structure_speech(s, doc.title, about)
               for s, original in zip(doc.speeches, originals)]
    speeches = tuple(s if original else _untitled(s, title, speaker, len(results) == 1)
                     for (s, _), original in zip(results, originals))
    named = (lead_in_speaker(doc.dropped) or reported_speaker(doc.dropped)) \
        if len(speeches) == 1 and not speeches[0].byline else None
    speeches = (replace(speeches[0], byline=named),) if named else speeches
    return doc.evolve(speeches=speeches).drop([d for _, gone in results for d in gone])


__all__ = ["structure", "structure_speech", "heading_form"]
