"""The ``normalize`` pass: whitespace and punctuation as Chinese typesetting wants them.

- U+3000, U+00A0 and other spaces become plain spaces, then spaces between Chinese characters (and
  between Chinese and digits or full-width punctuation) are removed; spaces between Latin words stay.
  A short line without clause punctuation keeps one space where it had any: there spaces separate
  phrases or align names (``校长 刘建华``, ``王 琛``).
- Half-width ``, : ; ? ! ( )`` next to Chinese text become full-width, but not inside numbers
  (``1,000``), times (``10:30``), URLs or a phrase of Latin words (``never give up!``). Straight double quotes in Chinese text are
  paired into “ ”. ``...``, ``。。。`` and a lone ``…`` become ``……``; ``--``, ``—`` or ``―`` next to
  Chinese text become ``——``; a single hyphen inside a word stays.
- A ``?`` standing between two Chinese characters is kept and reported (``lossy-char``): it usually
  stands for a character lost to a bad encoding.
- Hard-wrapped lines (a text file wrapped at a fixed width) are joined back into paragraphs.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import replace

from ..model import Document, Notice, Paragraph, Run, Speech
from ._body import heading_form
from ._text import CJK, TERMINAL, is_cjk_char
from .reading.names import has_surname

_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff]")
# A CJK ideograph or full-width punctuation/letter: the things Chinese text sets without spaces.
_WIDE = rf"[{CJK}\u3000-\u303f\uff00-\uffef\u2014\u2026\u201c\u201d\u2018\u2019\u00b7]"
_SPACE_BETWEEN_WIDE = re.compile(rf"(?<={_WIDE}) +(?={_WIDE})")
_SPACE_WIDE_DIGIT = re.compile(rf"(?<={_WIDE}) +(?=[0-9])|(?<=[0-9%]) +(?={_WIDE})")
_URL = re.compile(r"(?:https?://|www\.)[\w\-./?%&=#:~+@!,;]+", re.I)

_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}


def _wide(ch: str) -> bool:
    """Return True for a character Chinese text sets full-width (ideographs, full-width punctuation)."""
    return unicodedata.east_asian_width(ch) in ("W", "F") or ch in "“”‘’…—"


def _near_cjk(text: str | list[str], i: int) -> bool:
    """Return True when the character at ``i`` has Chinese text next to it (spaces skipped).

    ``text`` may be the list being widened, so that a run such as ``!!`` after Chinese text widens
    whole: each mark sees the one before it already made full-width.
    """
    j = i - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    k = i + 1
    while k < len(text) and text[k] == " ":
        k += 1
    return (j >= 0 and _wide(text[j])) or (k < len(text) and _wide(text[k]))


_HALF = re.compile(r"[,:;?!()]")
#: A half-width full stop between Chinese sentences, or ending one (工作.下面 -> 工作。下面).
_CJK_PERIOD = re.compile(rf"(?<=[{CJK}])(?<![一二三四五六七八九十〇零百])\.(?=[{CJK}“‘「]|\s*$)")    # not 二.抓住重点


def _widen(text: str) -> str:
    """Return ``text`` with half-width punctuation next to Chinese text made full-width."""
    marks = [(m.start(), m.group()) for m in _HALF.finditer(text)]
    if not marks:
        return text  # nothing to widen: no walk over the text
    protected = [m.span() for m in _URL.finditer(text)]
    out = list(text)
    for i, ch in marks:  # only the half-width marks, not every character
        if any(a <= i < b for a, b in protected):
            continue
        prev, nxt = text[i - 1:i], text[i + 1:i + 2]
        if ch in ",:" and prev.isdigit() and nxt.isdigit():
            continue  # 1,000 and 10:30
        if ch == "?" and prev and nxt and is_cjk_char(prev) and is_cjk_char(nxt):
            continue  # a lost character, reported by _lossy
        if _in_latin_phrase(text, i):
            continue
        if ch in "()":
            if _paren_cjk(text, i):
                out[i] = _FULL[ch]
            continue
        if _near_cjk(out, i):
            out[i] = _FULL[ch]
    return "".join(out)


_LATIN_BEFORE = re.compile(r"[A-Za-z][A-Za-z'’\-]*(?: +[A-Za-z0-9][A-Za-z0-9'’\-]*)+ *[,:;?!]*$")


def _in_latin_phrase(text: str, i: int) -> bool:
    """Return True when the mark at ``i`` ends a phrase of two or more Latin words (never stop!)."""
    return bool(_LATIN_BEFORE.search(text[max(0, i - 80):i]))


def _paren_cjk(text: str, i: int) -> bool:
    """Return True when the parenthesis at ``i`` encloses or touches Chinese text."""
    if text[i] == "(":
        close = text.find(")", i)
        inner = text[i + 1:close] if close > 0 else text[i + 1:i + 20]
        return any(is_cjk_char(c) for c in inner) or _near_cjk(text, i)
    opening = text.rfind("(", 0, i)
    inner = text[opening + 1:i] if opening >= 0 else text[max(0, i - 20):i]
    return any(is_cjk_char(c) for c in inner) or _near_cjk(text, i)


_DASH_CHARS = "-－—―─"
_MULTI_SPACE = re.compile(r" {2,}")
_DASHES = re.compile(rf"(?<=[{CJK}“”，。])[-－—―─]{{1,2}}|[-－—―─]{{1,2}}(?=[{CJK}“”])|^[—―]{{1,2}}|—―|―—")
# (?<!\.): a run of dots is tried from its first dot only (from every dot, a long run is quadratic)
_ELLIPSIS = re.compile(r"(?<=[^\x00-\x7f])\.{3,}|(?<!\.)\.{3,}(?=[^\x00-\x7f])|。{3,}|…{1,3}")


#: The Chinese text just before a dash, back to the last mark or the start of the line.
_WORDS_BEFORE = re.compile(rf"[{CJK}]+$")
#: The longest name a connecting dash joins (中国—东盟, 京津冀—长江经济带): a dash after more is a break.
MAX_JOINED_NAME = 6


def _dash(m: re.Match[str]) -> str:
    """Return the repair of a dash run next to Chinese text: one or two dashes become ——, except a
    connecting dash (连接号, GB/T 15834) joining two names: a single — between Chinese characters after
    a short run of them (在中国—东盟…大会, 中国—中亚峰会), not before 在 (标题—在…上的讲话 is a subtitle's
    dash written short)."""
    run = m.group()
    if run == "-" and not m.string.startswith("-"):
        return run  # a lone hyphen inside text (A-1, 新-旧) stays
    if run == "—" and _connects(m.string, m.start(), m.end()):
        return run
    return "——"


def _connects(text: str, start: int, end: int) -> bool:
    """Return True when the single dash at ``start`` joins two names (see :func:`_dash`)."""
    before = _WORDS_BEFORE.search(text[:start])
    after = text[end:end + 1]
    return before is not None and len(before.group()) <= MAX_JOINED_NAME and bool(after) and is_cjk_char(after) \
        and after != "在"


def _pair_quotes(text: str) -> str:
    """Return ``text`` with straight double quotes in Chinese text paired into “ and ”."""
    if text.count('"') < 2 or text.count('"') % 2 or not any(is_cjk_char(c) for c in text):
        return text
    out, opening = [], True
    for ch in text:
        if ch == '"':
            out.append("“" if opening else "”")
            opening = not opening
        else:
            out.append(ch)
    return "".join(out)


_CLAUSE_MARKS = re.compile(r"[，。；：！？、,.;:!?]")


def _spaced_line(text: str) -> bool:
    """Return True for a short line without clause punctuation whose spaces separate phrases.

    Such lines are titles (十八而志梦起航 青春向党筑未来), bylines (校长 刘建华, and offices listed with 、
    before the name: 集团党委书记、董事长 吴海, or a label before them: 演讲人：高二（3）班 林小雨) and names
    spaced to width (王 琛): their spaces are kept, one each, instead of being removed.
    """
    text = text.strip()
    if len(text) > 30 or " " not in text:
        return False
    if not _CLAUSE_MARKS.search(text):
        return True
    label = _SPEAKER_LABEL.match(text)       # 演讲人：高二（3）班 林小雨: a label, then a byline
    if label and " " in text[label.end():] and not _CLAUSE_MARKS.search(text[label.end():]):
        return has_surname(text.rsplit(" ", 1)[-1])
    m = _OFFICES_THEN_NAME.match(text)       # 集团党委书记、董事长 吴海: offices listed, then the name
    return m is not None and has_surname(m.group("name"))


#: A speaker line's label (演讲人： 发言人： 主讲：) before the unit and the name.
_SPEAKER_LABEL = re.compile(r"^((演讲|发言|讲话|报告|主讲|致辞|汇报|述职|主持|宣讲)(人|者)?|作者|代表)[：:]\s*")
#: Offices listed with 、 and then a name after a space (a speaker line).
_OFFICES_THEN_NAME = re.compile(r"^[^，。！？；：:\s]{2,24}、[^，。！？；：:\s]{1,12}[ \u3000]+(?P<name>[\u4e00-\u9fff]{2,4})$")


#: A book or document title in the text (《青春向党 奋斗强国》): its own spaces are its own.
_BOOK_TITLE = re.compile(r"《[^《》\n]{1,60}》")


def _outside_book_titles(text: str, fix) -> str:
    """Return ``text`` with ``fix`` applied to every stretch outside 《…》 titles (whose spaces stay)."""
    if "《" not in text:
        return fix(text)
    out, at = [], 0
    for m in _BOOK_TITLE.finditer(text):
        out += [fix(text[at:m.start()]), "《" + m.group()[1:-1].strip() + "》"]
        at = m.end()
    return "".join(out + [fix(text[at:])])


def normalize_text(text: str) -> str:
    """Return ``text`` with spaces and punctuation normalised for Chinese typesetting."""
    text = _ZERO_WIDTH.sub("", text)
    text = _SPACES.sub(" ", text)
    # The guards skip patterns that cannot match (each begins with a look-behind tried at every
    # position, the pass's main cost on long paragraphs).
    if "..." in text or "。。。" in text or "…" in text:
        text = _ELLIPSIS.sub(lambda m: m.group() if len(m.group()) > 3 and m.group()[0] == "…" else "……",
                             text)
    if any(d in text for d in _DASH_CHARS):
        text = _DASHES.sub(_dash, text)
    text = _pair_quotes(text)
    text = _widen(text)
    if "." in text:
        text = _CJK_PERIOD.sub("。", text)
    if " " in text and not _spaced_line(text):
        text = _outside_book_titles(text, lambda part: _SPACE_WIDE_DIGIT.sub("", _SPACE_BETWEEN_WIDE.sub("", part)))
    return _MULTI_SPACE.sub(" ", text).strip() if "  " in text else text.strip()


def _lossy(text: str) -> list[Notice]:
    """Return a lossy-char warning for each ``?`` or U+FFFD standing between Chinese characters."""
    found = []
    for m in re.finditer(rf"(?<=[{CJK}])[?\ufffd](?=[{CJK}])", text):
        snippet = text[max(0, m.start() - 8):m.end() + 8]
        found.append(Notice("lossy-char", snippet, f"'{m.group()}' between Chinese characters usually "
                            "stands for a character lost in a bad encoding; check the original"))
    return found


def _norm_runs(runs: tuple[Run, ...]) -> tuple[Run, ...]:
    """Return runs normalised as one text, keeping each run's marks (boundaries kept where possible)."""
    if len(runs) == 1:
        return (replace(runs[0], text=normalize_text(runs[0].text)),)
    out = [replace(r, text=normalize_text(r.text)) for r in runs]
    joined = normalize_text("".join(r.text for r in runs))
    if "".join(r.text for r in out) != joined:
        # Normalising runs apart lost a cross-run space rule; fall back to the whole text's form.
        return (replace(runs[0], text=joined),)
    return tuple(r for r in out if r.text)


def join_hard_wraps(blocks: list[Paragraph]) -> list[Paragraph]:
    """Return ``blocks`` with hard-wrapped lines joined.

    A text is taken as wrapped at a width when most of its lines of 16+ characters (60 %, and at least
    four) share one width within one character, three of them exactly (counted in characters, or as set:
    a half-width digit half a character; a line's indentation counts in its width); a line of about that
    width that does not end a sentence is then joined to the next, unless the next opens a paragraph
    (is indented, or has a blank line before it). Texts of paragraph-per-line never look so.

    Where the text marks its paragraphs (by indented first lines, or by blank lines between them), a
    full line that does end a sentence is carried on too, by a next line that opens no paragraph and
    has no stand-alone shape (:func:`_goes_on`): a wrap may fall just after a 。. Above such a text's
    first marked line, a line without clause punctuation (a title as wide as the lines) runs on into none.

    A text wrapped by hand (widths that wander by a few characters) is joined where its paragraphs are
    marked: by an indented first line, or by a blank line before each (:func:`_join_marked`).
    """
    counts = [_count(b) for b in blocks]              # each line measured once, in characters
    set_widths = [_width(b) for b in blocks]          # and as set
    by_count, by_width = _wrap_width(counts), _wrap_width(set_widths)
    if by_count is None and by_width is None:
        return _join_marked(blocks, set_widths)
    fulls = [(by_count is not None and abs(n - by_count) <= 1) or (by_width is not None and abs(w - by_width) <= 1)
             or _word_moved_on(blocks, i, by_count, by_width, counts, set_widths)
             for i, (n, w) in enumerate(zip(counts, set_widths))]
    opens = _openers(blocks)
    if opens is not None and not _keeps_marks(opens, fulls):
        opens = None                   # a few indented lines (centred headings) in an unmarked text
    heads_apart = opens is not None and _headings_stand_apart(blocks, opens, fulls)
    out: list[Paragraph] = []
    joining = inside = False
    for i, b in enumerate(blocks):
        marked = b.hints.indent or b.hints.blank_before or _set_apart(b) or (i and _resized(blocks[i - 1], b))
        if i and not marked and (joining or inside and fulls[i - 1] and _goes_on(b, fulls[i], heads_apart)):
            out[-1] = replace(out[-1], runs=out[-1].runs + b.runs)
        else:
            out.append(b)
        inside = inside or (opens is not None and opens[i])
        # above a marked text's first paragraph, a title of about the width does not run on
        joining = fulls[i] and not _stops(b.text) and not _set_apart(b) and (inside or opens is None or not _alone(b.text))
    return out


#: A word in digits or Latin letters a wrap keeps whole (78.5%, 2025年's 2025, GDP, 3.2万).
_LEADING_WORD = re.compile(r"^[0-9A-Za-z][0-9A-Za-z.,%‰+\-/]*")


def _word_moved_on(blocks: list[Paragraph], i: int, by_count: int | None, by_width: int | None,
                   counts: list[int], set_widths: list[int]) -> bool:
    """Return True for a line left short by a wrap that kept a word whole: the next line, not indented,
    opens on a word in digits or Latin letters (78.5%，…) that would have run the line past the width
    it is wrapped at; a wrapped text breaks there, not inside the number."""
    if i + 1 >= len(blocks) or blocks[i + 1].hints.indent or blocks[i + 1].hints.blank_before:
        return False
    word = _LEADING_WORD.match(blocks[i + 1].text)
    if word is None:
        return False
    size = len(word.group())
    return (by_count is not None and counts[i] < by_count - 1 and counts[i] + size > by_count + 1) or \
        (by_width is not None and set_widths[i] < by_width - 1 and set_widths[i] + size / 2 > by_width)


def _openers(blocks: list[Paragraph]) -> list[bool] | None:
    """Return, for each line, whether it opens a paragraph by the text's own marks: an indented first
    line (when at least :data:`MIN_MARKED` lines are indented), else a blank line before it (when at
    least as many have one); None when the text marks no paragraphs."""
    if sum(1 for b in blocks if b.hints.indent) >= MIN_MARKED:
        return [bool(b.hints.indent) for b in blocks]
    if sum(1 for b in blocks if b.hints.blank_before) >= MIN_MARKED:
        return [b.hints.blank_before for b in blocks]
    return None


#: The share of the lines after a short line (a paragraph's end) that a text marking its paragraphs marks.
KEPT_MARKS = 0.6


def _keeps_marks(opens: list[bool], fulls: list[bool]) -> bool:
    """Return True when the text's marks do mark its paragraphs: after a line that is not full (where a
    paragraph surely ended), below the first marked line, most lines (:data:`KEPT_MARKS`) are marked.
    A text that indents only its headings, or a quotation, marks none of the paragraphs after them.
    A text too short to tell (fewer than :data:`MIN_MARKED` such lines) is taken at its marks."""
    first = opens.index(True)
    after_short = [opens[i] for i in range(first + 1, len(opens)) if not fulls[i - 1]]
    return len(after_short) < MIN_MARKED or sum(after_short) >= KEPT_MARKS * len(after_short)


def _alone(text: str) -> bool:
    """Return True for a line that may stand alone unmarked: a numbered heading, or a line without
    clause punctuation (a title, a name, a date)."""
    return heading_form(text) is not None or not _CLAUSE_MARKS.search(text)


def _goes_on(block: Paragraph, full: bool, heads_apart: bool) -> bool:
    """Return True when an unmarked line after a full line carries on its paragraph (in a text that
    marks its paragraphs): a full line, or one with clause punctuation that is not a numbered heading
    on a page whose headings stand apart unmarked (see :func:`_headings_stand_apart`).

    A short line without clause punctuation (a title, a name, a date, ``一、加强领导``) stands alone.
    """
    if full:
        return True
    if not _CLAUSE_MARKS.search(block.text):
        return False
    return not (heads_apart and heading_form(block.text) is not None)


def _headings_stand_apart(blocks: list[Paragraph], opens: list[bool], fulls: list[bool]) -> bool:
    """Return True when the text sets a numbered heading on its own unmarked line (not indented, no
    blank line before) where no wrap can have put it: after a line that is not full. Then an unmarked
    numbered line after a full one may be a heading too; otherwise it is the rest of a paragraph."""
    first = opens.index(True)
    return any(not opens[i] and not fulls[i - 1] and heading_form(blocks[i].text) is not None
               for i in range(first + 1, len(blocks)))


def _wrap_width(measured: list[int]) -> int | None:
    """Return the width lines so ``measured`` are wrapped at, or None when they are not so wrapped."""
    lengths = [n for n in measured if n >= 16]
    if len(lengths) < 3:
        return None
    width, count = Counter(lengths).most_common(1)[0]
    near = sum(1 for n in lengths if abs(n - width) <= 1)
    return width if near >= 4 and near >= 0.6 * len(lengths) and count >= 3 else None


#: A line this close to the text's full width (its widest lines) is full: the next may carry it on.
FULL = 0.8
#: A hand-wrapped text keeps half its long lines within this many characters of its widest.
HAND_SLACK = 3
HAND_SHARE = 0.5
#: Or most (this share) of the long lines an unmarked line follows (the lines a wrap broke) do so.
BROKEN_SHARE = 0.8
#: The fewest paragraph starts (indented or after a blank line) that mark a text's paragraphs.
MIN_MARKED = 3


def _join_marked(blocks: list[Paragraph], set_widths: list[int]) -> list[Paragraph]:
    """Return ``blocks`` (whose widths as set are ``set_widths``) with the lines of marked paragraphs
    joined: where paragraphs open with an indented line (or, on a text that parts them by blank lines,
    after one), a full line that ends no sentence is carried on by the next line when that one opens no
    paragraph; a full line that ends one, by a next line that :func:`_goes_on`. Lines above the first
    marked paragraph (a title block) are never joined."""
    opens = _openers(blocks)
    if opens is None:
        return blocks
    top = _hand_width(blocks, set_widths, opens)
    if top is None:
        return blocks                  # no width the lines keep to: a paragraph on each line
    fulls = [width >= FULL * top for width in set_widths]
    heads_apart = _headings_stand_apart(blocks, opens, fulls)
    marked = _keeps_marks(opens, fulls)
    out: list[Paragraph] = []
    inside = carry = False
    for i, b in enumerate(blocks):
        if inside and not opens[i] and not _set_apart(b) and not _resized(blocks[i - 1], b) and (
                carry or marked and fulls[i - 1] and _goes_on(b, False, heads_apart)):
            out[-1] = replace(out[-1], runs=out[-1].runs + b.runs)
        else:
            out.append(b)
        inside = inside or opens[i]
        carry = fulls[i] and not _stops(b.text) and not _set_apart(b)
    return out


def _resized(above: Paragraph, block: Paragraph) -> bool:
    """Return True when the source set ``block`` in another size than the line above it (a note in small
    type after a Word draft's last paragraph): no wrap changes the size, so it carries nothing on."""
    a, b = above.hints.size, block.hints.size
    if a is None and b is None:
        return False
    a, b = a or 1.0, b or 1.0       # no size said: the body's
    return abs(a - b) > 0.1 * max(a, b)


def _set_apart(block: Paragraph) -> bool:
    """Return True for a line the source set centred or to the right (a Word draft's or a PDF's
    signature 述职人：葛文静, a date under it, a centred title line): it is a paragraph of its own, never
    the wrapped rest of the line above, and nothing under it carries it on."""
    return block.hints.align in ("center", "right")


def _hand_width(blocks: list[Paragraph], set_widths: list[int], opens: list[bool]) -> int | None:
    """Return the width a hand-wrapped text keeps its lines to, or None when it keeps to none.

    Half its long lines lie within :data:`HAND_SLACK` of its widest (the 90th percentile); or, as a
    text of short paragraphs has many short last lines, most of the long lines that an unmarked line
    follows (below the first marked line; at least :data:`MIN_MARKED`; not a line a heading or another
    line that may stand alone follows, :func:`_alone`) lie so near to theirs.
    """
    widths = sorted(w for w in set_widths if w >= 16)
    if len(widths) < MIN_MARKED:
        return None
    top = widths[int(0.9 * (len(widths) - 1))]
    if sum(1 for w in widths if abs(w - top) <= HAND_SLACK) >= HAND_SHARE * len(widths):
        return top
    first = opens.index(True)
    broken = sorted(set_widths[i] for i in range(first, len(opens) - 1)
                    if set_widths[i] >= 16 and not opens[i + 1] and not _alone(blocks[i + 1].text))
    if len(broken) < MIN_MARKED:
        return None
    top = broken[int(0.9 * (len(broken) - 1))]
    return top if sum(1 for w in broken if abs(w - top) <= HAND_SLACK) >= BROKEN_SHARE * len(broken) else None


def _stops(text: str) -> bool:
    """Return True when a line ends a sentence or a bracket (a closing quote after no sentence mark, as
    a wrap that keeps ” off the next line's start leaves it, ends none)."""
    if text.endswith(_CLOSING_QUOTES):
        return text.rstrip("".join(_CLOSING_QUOTES)).endswith(TERMINAL)
    return text.endswith(TERMINAL)


_CLOSING_QUOTES = ("”", "’", "」", "』")


def _count(block: Paragraph) -> int:
    """Return a line's length in characters, its indentation included."""
    return len(block.text) + (block.hints.indent or 0)


def _width(block: Paragraph) -> int:
    """Return a line's width in Chinese characters as it is set (a half-width letter or digit is half
    of one: ``2023年`` is three wide), its indentation included (the reader's indent hint)."""
    text = block.text
    narrow = sum(1 for c in text if c < "\u1100" or unicodedata.east_asian_width(c) in _NARROW)
    return round(len(text) - narrow / 2) + (block.hints.indent or 0)


_NARROW = ("Na", "H", "N")


def _norm_speech(speech: Speech) -> Speech:
    """Return one speech with every text field and paragraph normalised."""
    blocks = list(speech.blocks)
    paras = [b for b in blocks if isinstance(b, Paragraph)]
    if len(paras) == len(blocks):
        blocks = join_hard_wraps(paras)
    new_blocks = []
    for b in blocks:
        if isinstance(b, Paragraph):
            b = replace(b, runs=_norm_runs(b.runs))
            if not b.text:
                continue
        else:
            b = replace(b, text=normalize_text(b.text), number=normalize_text(b.number))
        new_blocks.append(b)
    fields = {k: (normalize_text(v) if v else v)
              for k, v in (("title", speech.title), ("subtitle", speech.subtitle), ("byline", speech.byline),
                           ("date", speech.date), ("signature", speech.signature))}
    salutation = ("\n".join(normalize_text(p) for p in speech.salutation.split("\n"))
                  if speech.salutation else None)
    return replace(speech, blocks=tuple(new_blocks), salutation=salutation,
                   closing=tuple(normalize_text(c) for c in speech.closing), **fields)


def normalize(doc: Document) -> Document:
    """Return ``doc`` with whitespace, punctuation and hard wraps normalised (see the module doc).

    Adds a ``lossy-char`` warning for every ``?`` that stands between Chinese characters.
    """
    speeches = tuple(_norm_speech(s) for s in doc.speeches)
    notices = [n for s in speeches for b in s.blocks for n in _lossy(b.text)]
    title = normalize_text(doc.title) if doc.title else doc.title
    return doc.evolve(speeches=speeches, title=title).warn(notices)
