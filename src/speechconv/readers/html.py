"""HTML reader: find the article in a saved web page and return its blocks as one raw speech.

This is the only module that uses BeautifulSoup. Nothing is fetched (no images, CSS, scripts or links),
scripts never run, and no entity or DTD is loaded: lxml's HTML parser is used with network access off,
and a DOCTYPE's internal subset is cut out before parsing. Steps:

1. Server-template residue (``<%@ … %>``, ``<jsp:include/>``) and DOCTYPE internal subsets are removed.
2. Scripts, styles, form controls, Word's ``<xml>`` islands and comments (including Word's conditional
   comments) are removed; short hidden text (``display:none``, ``mso-hide:all``: anti-copy marks) is
   dropped.
3. The main content is a known-site container (:data:`~speechconv.readers.sites.SITE_RULES`, a table of
   CSS selectors) when one holds the text, else found by text density: the deepest element holding
   nearly all of the page's Chinese punctuation outside links, counting nothing inside page furniture
   (navigation, sidebars, comment boxes, related-article lists, footers; recognised by tag, by
   class/id words and by link density).
4. Furniture inside the content and runs of link-only lines are dropped with their reason; data tables
   become one paragraph per row (cells joined by ``｜``) with a ``table-flattened`` warning; images in
   the content are dropped with an ``image-dropped`` warning naming them.
5. The content is cut into blocks at block elements and ``<br>``, at newlines inside ``<pre>``, at a
   source line break followed by an ideographic-space indent (``\n　　``), and where a centred line's
   text changes font across a source line break (a subtitle and the speaker's name sharing one centred
   paragraph); bold and italic become run marks.

Blocks outside the content go to ``dropped`` (``html: outside the main content``). The page headline
(``<h1>``/``<h2>`` before the content, else ``<title>``) is the page title.
"""
from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, Comment, MarkupResemblesLocatorWarning, NavigableString, Tag
from bs4.element import PreformattedString  # comments, doctypes, declarations, PIs: markup, not text
from bs4.builder import LXMLTreeBuilder
from lxml import etree

from ..errors import InputError
from ..limits import LIMITS, Limits
from ..model import Document, Dropped, Notice, Paragraph, Run, Source, Speech
from .sites import MIN_CONTENT_SHARE, SITE_RULES, SiteRule
from .text import replace_surrogates

# bs4's advice for a page that is only a URL or a file name is for developers, not for a user's terminal
# (its advice for pages that start with an XML declaration is avoided in _parse).
warnings.filterwarnings("ignore", category=MarkupResemblesLocatorWarning)

_START_TAG = re.compile(r"<[A-Za-z]")

BLOCK_TAGS = frozenset("p div br h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote td th tr table tbody thead "
                       "tfoot section article header footer nav aside main figure figcaption address pre hr "
                       "center form fieldset caption details summary".split())
REMOVE_TAGS = ("script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed",
               "applet", "svg", "math", "canvas", "select", "option", "button", "input", "textarea", "head",
               "link", "meta", "audio", "video", "source", "track", "map", "xml", "title", "base")
_REMOVE = frozenset(REMOVE_TAGS)
BOLD_TAGS = frozenset({"strong", "b"})
ITALIC_TAGS = frozenset({"em", "i", "cite", "var", "dfn"})
PRE_TAGS = frozenset({"pre", "listing", "xmp", "plaintext"})
#: Tags whose text never counts towards the article (unless they hold most of the page).
FURNITURE_TAGS = frozenset({"nav", "aside", "footer", "form", "menu", "dialog"})
#: Class/id words of page furniture (whole words of a class or id split at -, _, spaces and case).
_FURNITURE_WORD = re.compile(
    r"^(?:comments?|comment\w+|cmt\w*|pinglun|pl(?:box|list)?|reply|replies|discuss\w*|"
    r"relat\w*|xg\w*|xiangguan|recommend\w*|tuijian|tj|rmtj|hot\w*|remen|rank\w*|popular|"
    r"share\w*|bdshare\w*|fenxiang|social|sns|qrcode|erweima|"
    r"side|sidebar\w*|sidebox|widget\w*|nav|navbar|navigation|menu\w*|subnav|crumbs?|breadcrumbs?|"
    r"position|location|weizhi|dqwz|"
    r"footer|foot|copyright|banquan|"
    r"tags?|tagcloud|keywords?|"
    r"pager|pagination|pagenav|prenext|prev|next|shangxia|updown|"
    r"download|down|xiazai|readmore|print|dayin|tools?|toolbar|fontsize|"
    r"ad|ads|adv|advert\w*|adsbygoogle|gg|guanggao|sponsor\w*|banner|login|search|"
    r"tjd|meta)$")
_SPLIT_WORDS = re.compile(r"[\s_\-:.]+|(?<=[a-z])(?=[A-Z])")
_TEMPLATE_TAGS = re.compile(r"<%.*?%>|</?jsp:[^>]*>", re.S)
_DOCTYPE_SUBSET = re.compile(r"<!DOCTYPE[^>\[]*\[.*?\]\s*>", re.S | re.I)
#: An XML declaration at the start: the page is decoded already, and bs4 would print a dozen lines of
#: advice about parsers to the user's terminal for a page that starts with one.
_XML_DECLARATION = re.compile(r"^\s*<\?xml\b[^>]*>")
_CJK_PUNCT = re.compile(r"[，。！？；：、]")
_BOLD_STYLE = re.compile(r"(?<![\w-])font-weight\s*:\s*(bold|bolder|[6-9]00)\b", re.I)
_NORMAL_WEIGHT = re.compile(r"(?<![\w-])font-weight\s*:\s*(normal|lighter|[1-5]00)\b", re.I)
_ITALIC_STYLE = re.compile(r"(?<![\w-])font-style\s*:\s*(italic|oblique)\b", re.I)
_NORMAL_STYLE = re.compile(r"(?<![\w-])font-style\s*:\s*normal\b", re.I)
_HIDDEN_STYLE = re.compile(r"(?<![\w-])(display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all)", re.I)
_PRE_STYLE = re.compile(r"(?<![\w-])white-space\s*:\s*pre", re.I)
_ALIGN_STYLE = re.compile(r"(?<![\w-])text-align\s*:\s*(center|right)", re.I)
_FONT_SIZE = re.compile(r"(?<![\w-])font-size\s*:\s*([\d.]+\s*[a-z%]*)", re.I)
_FONT_FAMILY = re.compile(r"(?<![\w-])font-family\s*:\s*['\"]?([^;,'\"]+)", re.I)
_MSO_LIST_IGNORE = re.compile(r"mso-list\s*:\s*ignore", re.I)
_NUMBERING = re.compile(r"[0-9A-Za-z\u4e00-\u9fff\u2160-\u217f\u2460-\u24ff]")
_WS = re.compile(r"[ \t\r\n\f\u00a0]+")
#: A source line break followed by an ideographic-space indent starts a new paragraph, even without
#: <p> or <br> (pages that keep a text file's paragraphs as lines inside one element).
_INDENTED_LINE = re.compile(r"\r?\n[ \t]*(?=[\u3000\u2003]{1,4}[^\s\u3000\u2003])")
#: Hidden elements with at most this many characters are dropped (anti-copy marks); longer hidden text
#: is kept, since template sites hide the second half of an article behind a "read more" button.
HIDDEN_DROP_LIMIT = 40
#: An element whose punctuation is at least this share of the page's is never treated as furniture.
FURNITURE_GUARD = 0.5
#: Descend into a child while it holds at least this share of its parent's article punctuation.
DESCENT_SHARE = 0.85
TABLE_CELL_SEPARATOR = "｜"


@dataclass
class _Stats:
    """Per-element counts (keyed by id()): punctuation outside links, text and link characters."""

    punct: dict[int, int] = field(default_factory=dict)
    weight: dict[int, int] = field(default_factory=dict)
    chars: dict[int, int] = field(default_factory=dict)
    link_chars: dict[int, int] = field(default_factory=dict)
    links: dict[int, int] = field(default_factory=dict)
    furniture: set[int] = field(default_factory=set)


@dataclass
class _Blocks:
    """Collects blocks while walking the tree: runs of the open block, finished blocks, outside text."""

    inside: list[tuple[Paragraph, bool]] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)
    runs: list[Run] = field(default_factory=list)
    limits: Limits = LIMITS
    in_content: bool = False
    link_only: bool = True
    last_style: tuple[str | None, str | None] | None = None
    pending_break: bool = False

    def add(self, text: str, bold: bool, italic: bool, in_link: bool = False) -> None:
        """Append inline text with its marks to the open block."""
        text = _WS.sub(" ", text)
        if not text:
            return
        if text.strip() and not in_link:
            self.link_only = False
        if self.runs and (self.runs[-1].bold, self.runs[-1].italic) == (bold, italic):
            self.runs[-1] = Run(self.runs[-1].text + text, bold=bold, italic=italic)
        else:
            self.runs.append(Run(text, bold=bold, italic=italic))

    def flush(self) -> None:
        """Close the open block: keep it when it has text, inside or outside the content."""
        runs = _trim(self.runs)
        link_only = self.link_only
        self.runs, self.link_only, self.last_style, self.pending_break = [], True, None, False
        if not runs:
            return
        if self.in_content:
            self.inside.append((Paragraph(runs), link_only))
            self.limits.check_paragraphs(len(self.inside))
        else:
            self.outside.append("".join(r.text for r in runs))

    def add_block(self, text: str) -> None:
        """Append a finished plain-text block (a flattened table row)."""
        self.flush()
        text = _WS.sub(" ", text).strip()
        if text and self.in_content:
            self.inside.append((Paragraph.of(text), False))
            self.limits.check_paragraphs(len(self.inside))
        elif text:
            self.outside.append(text)


def _trim(runs: list[Run]) -> tuple[Run, ...]:
    """Return ``runs`` without leading/trailing whitespace and without empty runs."""
    out = [r for r in runs if r.text]
    while out and not out[0].text.strip():
        out.pop(0)
    while out and not out[-1].text.strip():
        out.pop()
    if not out:
        return ()
    out[0] = Run(out[0].text.lstrip(), bold=out[0].bold, italic=out[0].italic)
    out[-1] = Run(out[-1].text.rstrip(), bold=out[-1].bold, italic=out[-1].italic)
    return tuple(r for r in out if r.text)


class _SafeLXMLBuilder(LXMLTreeBuilder):
    """bs4's lxml HTML builder with network access, DTD loading and entity expansion explicitly off."""

    def default_parser(self, encoding):  # noqa: D401 - bs4 hook
        """Return an lxml HTML parser that never fetches anything."""
        return etree.HTMLParser(target=self, recover=True, encoding=encoding, no_network=True,
                                remove_comments=False, remove_pis=True, default_doctype=False)


def _parse(html: str) -> BeautifulSoup:
    """Return the parsed page (template residue, DOCTYPE internal subsets and an XML declaration removed
    first)."""
    html = _XML_DECLARATION.sub("", _TEMPLATE_TAGS.sub("", html), count=1)
    html = _DOCTYPE_SUBSET.sub("<!DOCTYPE html>", html[:200_000]) + html[200_000:]
    return BeautifulSoup(html, builder=_SafeLXMLBuilder())


def _tags(root: Tag) -> list[Tag]:
    """Return every tag under ``root`` (itself first) in document order, without recursion."""
    order: list[Tag] = []
    stack = [root]
    while stack:
        tag = stack.pop()
        order.append(tag)
        stack.extend(reversed([c for c in tag.children if isinstance(c, Tag)]))
    return order


def _style(tag: Tag) -> str:
    """Return the tag's inline style attribute ('' when none)."""
    style = tag.get("style") if tag.attrs else None
    return style if isinstance(style, str) else ""


def _words(tag: Tag) -> list[str]:
    """Return the lower-case words of the tag's class and id."""
    if not tag.attrs:
        return []
    classes = tag.get("class") or []
    text = " ".join(classes if isinstance(classes, list) else [classes]) + " " + str(tag.get("id") or "")
    return [w.lower() for w in _SPLIT_WORDS.split(text) if w]


def _is_hidden(tag: Tag) -> bool:
    """Return True for an element that a browser would not show."""
    return bool(tag.attrs) and (tag.has_attr("hidden") or bool(_HIDDEN_STYLE.search(_style(tag))))


def _strip(soup: BeautifulSoup) -> tuple[list[str], list[str]]:
    """Remove scripts, styles, comments, short hidden text and Word's list bullets from ``soup``;
    return the hidden texts and the bullet texts removed."""
    comments, removed, hidden_tags, bullets = [], [], [], []
    for node in soup.descendants:
        if isinstance(node, Comment):
            comments.append(node)
        elif isinstance(node, Tag):
            if node.name in _REMOVE:
                removed.append(node)
            elif node.attrs and _is_hidden(node):
                hidden_tags.append(node)
            elif node.attrs and _MSO_LIST_IGNORE.search(_style(node)):
                bullets.append(node)
    for c in comments:
        c.extract()
    for tag in removed:
        tag.decompose()
    hidden: list[str] = []
    for tag in hidden_tags:
        if tag.decomposed:
            continue
        text = _WS.sub("", tag.get_text())
        if len(text) <= HIDDEN_DROP_LIMIT:
            if text:
                hidden.append(text)
            tag.decompose()
    glyphs: list[str] = []
    for tag in bullets:
        if not tag.decomposed and not _NUMBERING.search(tag.get_text()):
            text = _WS.sub("", tag.get_text())
            if text:
                glyphs.append(text)
            tag.decompose()  # Word's bullet glyph (Symbol/Wingdings), not a number
    return hidden, glyphs


def _own_strings(tag: Tag) -> list[str]:
    """Return the text strings directly inside ``tag`` (not inside child tags)."""
    return [str(c) for c in tag.children
            if isinstance(c, NavigableString) and not isinstance(c, PreformattedString)]


def _stats(root: Tag) -> _Stats:
    """Return the element counts for every tag under ``root`` (bottom-up, without recursion)."""
    st = _Stats()
    order = _tags(root)
    for tag in reversed(order):
        own = "".join(_own_strings(tag))
        kids = [c for c in tag.children if isinstance(c, Tag)]
        is_link = tag.name == "a"
        chars = len(_WS.sub("", own)) + sum(st.chars[id(c)] for c in kids)
        st.chars[id(tag)] = chars
        st.link_chars[id(tag)] = chars if is_link else sum(st.link_chars[id(c)] for c in kids)
        st.links[id(tag)] = int(is_link and tag.has_attr("href")) + sum(st.links[id(c)] for c in kids)
        st.punct[id(tag)] = 0 if is_link else len(_CJK_PUNCT.findall(own)) + sum(st.punct[id(c)] for c in kids)
    total = st.punct[id(root)]
    for tag in reversed(order):
        if tag is not root and _is_furniture(tag, st, total):
            st.furniture.add(id(tag))
        own = 0 if tag.name == "a" else len(_CJK_PUNCT.findall("".join(_own_strings(tag))))
        st.weight[id(tag)] = own + sum(st.weight[id(c)] for c in tag.children
                                       if isinstance(c, Tag) and id(c) not in st.furniture)
    return st


def _is_furniture(tag: Tag, st: _Stats, total: int) -> bool:
    """Return True for navigation, sidebars, comments, related lists, footers and link lists.

    An element holding at least :data:`FURNITURE_GUARD` of the page's punctuation never is.
    """
    if total and st.punct[id(tag)] >= FURNITURE_GUARD * total:
        return False
    if tag.name in FURNITURE_TAGS or any(_FURNITURE_WORD.match(w) for w in _words(tag)):
        return True
    if tag.name in ("p", "h1", "h2", "h3", "h4", "body", "span", "font", "strong", "b"):
        return False
    chars = st.chars[id(tag)]
    if st.links[id(tag)] >= 2 and chars > 0 and st.link_chars[id(tag)] >= 0.6 * chars:
        return True
    return _is_teaser_list(tag, st)


def _is_teaser_list(tag: Tag, st: _Stats) -> bool:
    """Return True for a list of 3+ items that nearly all carry a link: related articles, news, comments."""
    items = [c for c in tag.children if isinstance(c, Tag) and st.chars[id(c)] > 0]
    if len(items) < 3:
        return False
    linked = sum(1 for c in items if st.links[id(c)] and st.link_chars[id(c)] >= 2)
    return linked >= 0.8 * len(items)


def _densest(root: Tag, st: _Stats) -> Tag:
    """Return the deepest element under ``root`` holding :data:`DESCENT_SHARE` of the article punctuation."""
    node = root
    while True:
        kids = [c for c in node.children if isinstance(c, Tag) and id(c) not in st.furniture]
        best = max(kids, key=lambda c: st.weight[id(c)], default=None)
        total = st.weight[id(node)]
        if best is None or total == 0 or st.weight[id(best)] < DESCENT_SHARE * total:
            return node
        node = best


def _identity(soup: BeautifulSoup, html: str) -> str:
    """Return the strings that name the page's site: title, canonical/og:url, base, site metas."""
    parts = [m.group(0) for m in re.finditer(r"saved from url=\(\d+\)\S+", html[:2000])]
    for tag in soup.find_all(["title", "link", "meta", "base"], limit=200):
        if tag.name == "title":
            parts.append(tag.get_text())
        elif tag.name == "link" and "canonical" in (tag.get("rel") or []):
            parts.append(str(tag.get("href") or ""))
        elif tag.name == "base":
            parts.append(str(tag.get("href") or ""))
        elif tag.name == "meta":
            name = str(tag.get("name") or tag.get("property") or "").lower()
            if name in ("sitedomain", "sitename", "og:url", "og:site_name", "url", "application-name"):
                parts.append(str(tag.get("content") or ""))
    return "\n".join(parts)


def _matching_rules(identity: str, html: str) -> list[SiteRule]:
    """Return the site rules whose sign (in the identity) or marker (in the source) matches."""
    sample = html[:300_000] + html[-50_000:]
    return [r for r in SITE_RULES if (r.sign and re.search(r.sign, identity, re.I))
            or (r.marker and re.search(r.marker, sample))]


def _site_container(root: Tag, st: _Stats, rules: list[SiteRule]) -> tuple[Tag | None, SiteRule | None]:
    """Return the first rule container holding enough of the page's punctuation, and its rule."""
    total = st.punct[id(root)] or 1
    for rule in rules:
        for selector in rule.content:
            for tag in root.select(selector):
                if st.punct.get(id(tag), 0) >= MIN_CONTENT_SHARE * total:
                    return tag, rule
    return None, None


def _furniture_inside(content: Tag, st: _Stats, rule: SiteRule | None) -> set[int]:
    """Return ids of the furniture elements inside ``content`` that are dropped as a whole."""
    drop = {id(t) for sel in (rule.drop if rule else ()) for t in content.select(sel)}
    total = st.punct[id(content)]
    for tag in _tags(content)[1:]:
        if id(tag) in st.furniture and (not total or st.punct[id(tag)] < 0.3 * total):
            drop.add(id(tag))
    return drop


def _rows(table: Tag) -> list[list[Tag]]:
    """Return the table's rows (its own, not nested tables'), each as its list of cells."""
    rows = []
    for tr in table.find_all("tr"):
        if tr.find_parent("table") is table:
            rows.append([c for c in tr.children if isinstance(c, Tag) and c.name in ("td", "th")])
    return rows


def _is_data_table(table: Tag, content_punct: int, st: _Stats) -> bool:
    """Return True for a table of data (several rows of several short cells), not a layout table."""
    if table.find("table") is not None:
        return False
    if content_punct and st.punct[id(table)] >= 0.5 * content_punct:
        return False
    rows = _rows(table)
    wide = [r for r in rows if len(r) >= 2]
    if len(rows) < 2 or len(wide) < 2:
        return False
    return all(st.chars[id(c)] <= 200 for r in rows for c in r)


def _cell_text(cell: Tag) -> str:
    """Return a table cell's text on one line."""
    return _WS.sub(" ", cell.get_text(" ")).strip()


def _stray_text(table: Tag, rows: list[list[Tag]]) -> str:
    """Return the text inside ``table`` that is in none of its rows' cells (a browser shows such text
    before the table)."""
    cells = {id(c) for row in rows for c in row}
    parts = []
    for node in table.find_all(string=True):
        if isinstance(node, PreformattedString):
            continue
        parent = node.parent
        while parent is not None and parent is not table and id(parent) not in cells:
            parent = parent.parent
        if parent is table:
            parts.append(str(node))
    return " ".join(parts)


def _flatten_table(table: Tag, out: _Blocks) -> Notice:
    """Add one block per row of a data table (stray text first); return the warning that says so."""
    rows = _rows(table)
    out.add_block(_stray_text(table, rows))
    for row in rows:
        out.add_block(TABLE_CELL_SEPARATOR.join(_cell_text(c) for c in row if _cell_text(c)))
    first = TABLE_CELL_SEPARATOR.join(_cell_text(c) for c in rows[0] if _cell_text(c)) if rows else ""
    width = max((len(r) for r in rows), default=0)
    return Notice("table-flattened", f"table of {len(rows)} rows × {width} columns: {first}",
                  f"each row became one paragraph with cells separated by '{TABLE_CELL_SEPARATOR}'; "
                  "rebuild it as a table in the output if the speech needs it")


def _font_key(tag: Tag) -> tuple[str | None, str | None]:
    """Return (font size, CJK font family) set on ``tag`` or its nearest styled ancestors within a block."""
    size = family = None
    node: Tag | None = tag
    while node is not None and node.name not in BLOCK_TAGS and (size is None or family is None):
        style = _style(node)
        if size is None and (m := _FONT_SIZE.search(style)):
            size = m.group(1).replace(" ", "").lower()
        if family is None and (m := _FONT_FAMILY.search(style)):
            name = m.group(1).strip()
            family = name if re.search(r"[^\x00-\x7f]", name) else None
        node = node.parent
    return size, family


def _aligned_block(tag: Tag) -> bool:
    """Return True when the block holding ``tag`` is centred or right-aligned."""
    node: Tag | None = tag
    while node is not None:
        if node.name in BLOCK_TAGS or node.name == "center":
            if node.name == "center" or str(node.get("align") or "").lower() in ("center", "right"):
                return True
            return bool(_ALIGN_STYLE.search(_style(node)))
        node = node.parent
    return False


def _styled_break(out: _Blocks, parent: Tag) -> None:
    """Cut the open block when text after a source line break in a centred line changes font."""
    key = _font_key(parent)
    if out.pending_break and out.last_style is not None and key != out.last_style \
            and any(out.last_style) and any(key):
        out.flush()
    out.pending_break = False
    out.last_style = key


@dataclass
class _WalkState:
    """What the walker needs besides the blocks: the content, furniture ids, the warnings so far."""

    content: Tag
    furniture: set[int]
    content_punct: int
    stats: _Stats
    notices: list[Notice] = field(default_factory=list)
    images: list[Notice] = field(default_factory=list)


def _text_node(node: NavigableString, out: _Blocks, marks: tuple[bool, bool, bool, bool]) -> None:
    """Add one text node: split at newlines inside <pre>, watch for styled line breaks in centred lines."""
    bold, italic, in_link, pre = marks
    text = str(node)
    if pre:
        for i, line in enumerate(text.split("\n")):
            if i:
                out.flush()
            out.add(line, bold, italic, in_link)
        return
    if not text.strip():
        if "\n" in text and out.runs and node.parent is not None and _aligned_block(node.parent):
            out.pending_break = True
        out.add(text, bold, italic, in_link)
        return
    if node.parent is not None and (out.pending_break or out.last_style is not None):
        _styled_break(out, node.parent)
    elif node.parent is not None:
        out.last_style = _font_key(node.parent)
    for i, line in enumerate(_INDENTED_LINE.split(text)):
        if i:
            out.flush()
        out.add(line, bold, italic, in_link)


def _marks(node: Tag, bold: bool, italic: bool, in_link: bool, pre: bool) -> tuple[bool, bool, bool, bool]:
    """Return the (bold, italic, in link, preformatted) marks inside ``node``, given its parent's."""
    style = _style(node)
    if node.name in BOLD_TAGS or _BOLD_STYLE.search(style):
        bold = not _NORMAL_WEIGHT.search(style)
    elif _NORMAL_WEIGHT.search(style):
        bold = False
    if node.name in ITALIC_TAGS or _ITALIC_STYLE.search(style):
        italic = not _NORMAL_STYLE.search(style)
    elif _NORMAL_STYLE.search(style):
        italic = False
    in_link = in_link or (node.name == "a" and node.has_attr("href"))
    pre = pre or node.name in PRE_TAGS or bool(_PRE_STYLE.search(style))
    return bold, italic, in_link, pre


def _walk(root: Tag, state: _WalkState, out: _Blocks) -> None:
    """Walk ``root`` in document order, cutting blocks and marking what lies inside the content."""
    stack: list[tuple[object, bool, tuple[bool, bool, bool, bool]]] = [(root, False, (False,) * 4)]
    while stack:
        node, exiting, marks = stack.pop()
        if isinstance(node, NavigableString):
            if not isinstance(node, PreformattedString):
                _text_node(node, out, marks)
            continue
        assert isinstance(node, Tag)
        if exiting:
            if node.name in BLOCK_TAGS or node is state.content:
                out.flush()
            if node is state.content:
                out.in_content = False
            continue
        if node.name in BLOCK_TAGS or node is state.content:
            out.flush()
        if node is state.content:
            out.in_content = True
        if out.in_content and _special(node, state, out):
            continue
        inner = _marks(node, *marks)
        stack.append((node, True, marks))
        stack.extend((c, False, inner) for c in reversed(list(node.children)))


def _special(node: Tag, state: _WalkState, out: _Blocks) -> bool:
    """Handle furniture, images and data tables inside the content; return True when handled."""
    if id(node) in state.furniture:
        text = _WS.sub(" ", node.get_text(" ")).strip()
        if text:
            out.furniture.append(text)
        return True
    if node.name == "img" or node.name.endswith(":imagedata"):
        name = node.get("src") or node.get("alt") or node.get("title") or f"<{node.name}>"
        state.images.append(Notice("image-dropped", str(name),
                                   "images are not carried over; insert it by hand if the speech needs it"))
        return True
    if node.name == "table" and _is_data_table(node, state.content_punct, state.stats):
        state.notices.append(_flatten_table(node, out))
        return True
    return False


def _link_lists(blocks: list[tuple[Paragraph, bool]]) -> tuple[list[Paragraph], list[str]]:
    """Split content blocks into kept blocks and link lists (runs of 2+ link-only lines with their lead-in)."""
    kept: list[Paragraph] = []
    dropped: list[str] = []
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and blocks[j][1]:
            j += 1
        if j - i >= 2:
            if kept and len(kept[-1].text) <= 40 and kept[-1].text.endswith(("：", ":")):
                dropped.append(kept.pop().text)
            dropped.extend(p.text for p, _ in blocks[i:j])
            i = j
            continue
        kept.extend(p for p, _ in blocks[i:max(j, i + 1)])
        i = max(j, i + 1)
    return kept, dropped


def _headline(soup: BeautifulSoup, content: Tag) -> str | None:
    """Return the page headline: the last h1/h2 before the content, else None."""
    for tag in content.find_all_previous(["h1", "h2"]):
        text = _WS.sub(" ", tag.get_text()).strip()
        if text and tag.find_parent(["nav", "header"]) is None:
            return text
    return None


def _title_text(soup: BeautifulSoup) -> str | None:
    """Return the <title> without the site name after a separator, or None."""
    title = soup.find("title")
    if title is None:
        return None
    text = _WS.sub(" ", title.get_text()).strip()
    return re.split(r"\s*(?:--|_|\||-\s|\s-)\s*", text)[0] or None


def _check_elements(html: str, limit: int) -> None:
    """Raise InputError when ``html`` has more than ``limit`` start tags (counted without parsing)."""
    if html.count("<") <= limit:
        return
    count = 0
    for _ in _START_TAG.finditer(html):
        count += 1
        if count > limit:
            raise InputError(f"the page has more than {limit:,} HTML elements, far more than any article "
                             "page; save only the article (or check that this is the page you meant)")


def read_html(html: str, source: Source | None = None, *, limits: Limits = LIMITS) -> Document:
    """Return a Document holding one raw speech: the blocks of the page's main content.

    Lone surrogates become U+FFFD with a ``lone-surrogate`` warning. Raises InputError when the page
    is longer than ``limits.html_chars`` characters, has more than ``limits.html_elements`` start tags,
    or its content more than ``limits.paragraphs`` paragraphs.
    """
    if len(html) > limits.html_chars:
        raise InputError(f"the page has {len(html):,} characters, over the limit of {limits.html_chars:,}; "
                         "save only the article, or raise the limit")
    _check_elements(html, limits.html_elements)
    html, surrogates = replace_surrogates(html)
    soup = _parse(html)
    identity = _identity(soup, html)
    page_title = _title_text(soup)
    hidden, bullets = _strip(soup)
    root = soup.body or soup
    st = _stats(root)
    rules = _matching_rules(identity, html)
    content, rule = _site_container(root, st, rules)
    if content is None:
        content = _densest(root, st)
    state = _WalkState(content, _furniture_inside(content, st, rule), st.punct[id(content)], st)
    blocks = _Blocks(limits=limits)
    _walk(soup, state, blocks)        # the whole page: text after a stray </body> is kept too
    blocks.flush()
    kept, links = _link_lists(blocks.inside)
    headline = (_headline(soup, content) if content is not root else None) or page_title
    dropped = [Dropped(t, "html: outside the main content") for t in blocks.outside if t.strip()]
    dropped += [Dropped(t, "html: page furniture inside the content") for t in blocks.furniture]
    dropped += [Dropped(t, "html: link list") for t in links]
    dropped += [Dropped(t, "html: hidden text") for t in hidden]
    dropped += [Dropped(t, "html: Word list bullet") for t in bullets]
    src = source or Source(format="html")
    signed = [r.site for r in rules if r.sign and re.search(r.sign, identity, re.I)]
    site = signed[0] if signed else (rule.site if rule else None)
    if site and src.site is None:
        src = Source(src.name, src.format, src.encoding, site)
    return Document(speeches=(Speech(blocks=tuple(kept)),), title=headline, source=src,
                    dropped=tuple(dropped), warnings=tuple(surrogates + state.images + state.notices))
