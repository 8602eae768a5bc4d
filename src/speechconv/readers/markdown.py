"""Markdown reader: web clips and blog posts saved as Markdown (``# 标题``, ``**粗体**``, ``![](图)``, links).

The Markdown is rendered to HTML (markdown-it-py, CommonMark with raw HTML kept and every line break
kept as a break, since Chinese clips put one paragraph on each line) and read by the HTML reader, so
``#`` headings, bold and centred blocks become the same hints a web page gives, images become
``image-dropped`` warnings and links keep their text. A front-matter block (``---`` … ``---`` at the
top) gives the page title (``title:``); its other lines are recorded as dropped. A blog's summary divider
(``<!--more-->``) standing inside a paragraph is taken out and the paragraph joined again; ``##标题``
without a space is a heading still; wrapped English lines are one paragraph; empty emphasis (``****``)
goes. A clip that lost its line breaks glues the section heads between sentences
(``…两不误。**感谢向火而行的“逆行者”**疫情发展至今，…``): such a bold run opens a paragraph of its own and the text after
it another (see :func:`_split_glued_heads`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from markdown_it import MarkdownIt

from ..limits import LIMITS, Limits
from ..model import Document, Dropped, Source
from .hints import wraps_on
from .html import read_html

_FRONT = re.compile(r"\A\ufeff?---[ \t]*\r?\n(?P<body>.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
#: A header of ``key : value`` lines without the ``---`` fences (a site's own article format: ``name : …``,
#: ``level : 2``, ``path : essay|speech``): two to twelve lines of lower-case keys, then a blank line.
_BARE_FRONT = re.compile(r"\A\ufeff?(?P<body>(?:[a-z][a-z_-]{1,20}[ \t]*:[ \t]*\S[^\n]*\r?\n){2,12})[ \t]*\r?\n")
#: The keys whose value is the article's title.
_TITLE_KEYS = ("title", "name")
_FIELD = re.compile(r"^\s*(?P<key>[\w-]+)\s*[:：]\s*(?P<value>.*?)\s*$")
#: ``**粗体。**正文`` is not bold by CommonMark's rules (a closing ``**`` after punctuation must be followed
#: by a space or punctuation), yet Chinese text is written so: such pairs become <strong> before rendering.
#: A blog's summary divider (Hugo, Hexo: ``<!--more-->``) on its own line inside a paragraph: a crawler that
#: cut the summary at a length put it mid-sentence, so the lines on either side are one paragraph.
_MORE = re.compile(r"(?<=\S)[ \t]*\r?\n[ \t]*<!--\s*more\s*-->[ \t]*\r?\n[ \t]*(?=\S)", re.I)
#: An ATX heading written without the space after its marks (``##New Words``, ``#外语学习：…``), as older
#: renderers allowed; a hashtag (``#话题#``) has a closing mark and is no heading.
_TIGHT_HEADING = re.compile(r"^(#{1,6})(?=[^\s#])(?=[^#\n]*$)", re.M)
#: Empty emphasis a WeChat copy leaves (``****`` before a line): no text, only marks.
_EMPTY_STRONG = re.compile(r"(?<![*\\])\*\*\*\*(?!\*)")
_STRONG = re.compile(r"\*\*(?=[^\s*])([^*\n]*?[\u3000-\u303f\uff00-\uffef\u4e00-\u9fff“”‘’…—][^*\n]*?)(?<=\S)\*\*")


def has_front_matter(text: str, suffix: str = "") -> bool:
    """Return True when ``text`` opens with a front-matter block that names a title (a Markdown clip)."""
    m = _FRONT.match(text[:4096])
    return bool(m) and any((f := _FIELD.match(line)) and f.group("key").lower() == "title"
                           for line in m.group("body").splitlines())


def front_matter(text: str) -> tuple[str | None, list[str], str]:
    """Return the front matter's title (quotes removed), its other non-blank lines, and the text after it;
    a header of ``key : value`` lines without fences counts too, its ``name`` naming the title."""
    m = _FRONT.match(text) or _BARE_FRONT.match(text)
    if not m:
        return None, [], text
    keys = ("title",) if m.re is _FRONT else _TITLE_KEYS
    title = None
    rest = []
    for line in m.group("body").splitlines():
        f = _FIELD.match(line)
        if f and f.group("key").lower() in keys and title is None and f.group("value"):
            title = f.group("value").strip("\"'“”‘’ ")
        elif line.strip():
            rest.append(line.strip())
    return title or None, rest, text[m.end():]


@lru_cache(maxsize=1)
def _renderer() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": True, "breaks": True}).enable("table").enable("strikethrough")


#: A line that opens a block of its own (a heading, quotation, table row, fence, tag, list item or image),
#: a whole bold line, or a line holding a link or an address, is joined to nothing.
_OWN_BLOCK = re.compile(r"^\s*([#>|<`~]|[-*+]\s|\d+[.)]\s|!\[)|^\s*(\*\*|__).*(\*\*|__)\s*$|https?://|\]\(")


def _join_english_wraps(body: str) -> str:
    """Return ``body`` with the wrapped lines of English paragraphs joined (every line break is a break
    here, for Chinese clips; English wrapped at a width is one paragraph over several lines)."""
    if "\n" not in body:
        return body
    out: list[str] = []
    for line in body.split("\n"):
        prev = out[-1] if out else ""
        if prev.strip() and not _OWN_BLOCK.search(prev) and not _OWN_BLOCK.search(line) \
                and not prev.endswith("  ") and wraps_on(prev.strip(), line.strip()):
            out[-1] = prev.rstrip() + " " + line.strip()
        else:
            out.append(line)
    return "\n".join(out)


#: A bold run glued between two sentences of a paragraph: after a sentence's end, no sentence mark, colon
#: or semicolon inside, 4 to 30 characters, not ending in a word that goes on into the sentence
#: (``**特别是**在…``: emphasis at a sentence's start), and text (not punctuation: ``**标签**：`` is a label,
#: ``**强调**，`` emphasis inside a sentence) right after it.
MAX_GLUED_HEAD = 30
_GLUED_HEAD = re.compile(r"(?<=[。！？!?”’」』])\*\*(?P<head>[^*\n。！？!?；;：:]{3,%d}?"
                         r"[^*\n。！？!?；;：:是的在和与及对把将从为要就也都而但被让使向]"
                         r")\*\*(?=[^\s*：:，,。、；;！？!?）)”’」』…—])" % (MAX_GLUED_HEAD - 1))
#: Only a line this long (its text, marks off) is a clip's paragraphs run together; in a paragraph of a
#: few sentences a bold run after a sentence is emphasis.
MIN_GLUED_LINE = 200
#: Lines that are no plain paragraph (a heading, quotation, list item, table row, fence, tag or indented code).
_NOT_PLAIN = re.compile(r"^(\s{4}|\s*([#>|<`~]|[-*+]\s|\d+[.)]\s))")


def _split_glued_heads(body: str) -> tuple[str, int]:
    """Return ``body`` with every bold run glued between two sentences of a plain paragraph set as a
    paragraph of its own (a blank line before and after it), and how many were; a ``**`` that closes an
    earlier bold run (an odd count of marks before it on its line) is no head's start."""
    count = 0

    def line_heads(line: str) -> str:
        nonlocal count
        if _NOT_PLAIN.match(line) or "**" not in line or len(line.replace("*", "").strip()) < MIN_GLUED_LINE:
            return line
        out, last = [], 0
        for m in _GLUED_HEAD.finditer(line):
            if line.count("**", 0, m.start()) % 2:
                continue
            out += [line[last:m.start()], "\n\n", m.group(0), "\n\n"]
            last = m.end()
            count += 1
        return "".join(out) + line[last:] if out else line

    return "\n".join(line_heads(line) for line in body.split("\n")), count


def render_markdown(text: str) -> tuple[str | None, str, list[Dropped]]:
    """Return the front matter's title, the HTML the Markdown renders to (after the clean-ups in the
    module doc), and what those clean-ups took out."""
    title, meta, body = front_matter(text)
    body, joins = _MORE.subn("", body)
    body = _TIGHT_HEADING.sub(r"\1 ", body)
    body = _join_english_wraps(body)
    body, _ = _split_glued_heads(body)
    body, empties = _EMPTY_STRONG.subn("", body)
    body = _STRONG.sub(r"<strong>\1</strong>", body)
    dropped = [Dropped(line, "markdown: front matter") for line in meta]
    dropped += [Dropped("<!--more-->", "markdown: summary divider inside a paragraph")] * joins
    dropped += [Dropped("****" * empties, "markdown: empty emphasis marks")] if empties else []
    return title, _renderer().render(body), dropped


def read_markdown(text: str, source: Source | None = None, *, limits: Limits = LIMITS) -> Document:
    """Return a Document holding one raw speech: the blocks of the Markdown, read as the HTML it renders.

    Raises InputError as the HTML reader does (the rendered page over the limits).
    """
    title, html, dropped = render_markdown(text)
    doc = read_html(html, source or Source(format="markdown"), limits=limits, whole=True)
    return doc.evolve(title=title or doc.title, dropped=tuple(dropped) + doc.dropped)
