"""HTML reader: find the article in a saved web page and return its blocks as one raw speech.

This is the only module that uses BeautifulSoup. Nothing is fetched (no images, CSS, scripts or links)
and scripts never run. Steps:

1. Server-template residue (``<%@ … %>``, ``<jsp:include/>``) is removed before parsing.
2. Scripts, styles and form controls are removed; images are dropped with a warning naming them.
3. The main content is a known-site container (:data:`SITE_RULES`, a table of CSS selectors) when one
   holds the text, else the smallest element holding nearly all of the page's Chinese punctuation
   outside links (text density).
4. The content is cut into blocks at block elements and ``<br>``; bold and italic become run marks.
   Blocks outside the content are recorded in ``dropped`` with the reason ``html: outside the main
   content``. The page headline (``<h1>``/``<h2>`` before the content, else ``<title>``) is the page title.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from ..model import Document, Dropped, Notice, Paragraph, Run, Source, Speech

BLOCK_TAGS = frozenset("p div br h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote td th tr table tbody thead "
                       "section article header footer nav aside main figure figcaption address pre hr "
                       "center form fieldset caption".split())
REMOVE_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
               "select", "option", "button", "input", "textarea", "head", "link", "meta", "audio", "video")
BOLD_TAGS = frozenset({"strong", "b"})
ITALIC_TAGS = frozenset({"em", "i"})
#: Content containers: (site, sign, selectors). A site's rule applies when its sign (a regex) occurs in the
#: page; the generic rule (no site) always applies. Each selector is tried in order, and a match must
#: hold at least 40 % of the page's Chinese punctuation.
SITE_RULES: tuple[tuple[str | None, str | None, str], ...] = (
    ("xuexila.com", r"xuexila|学习啦", "div.con_article, div#contentText, div.article-content"),
    ("51test.net", r"51test|无忧考网", "div.content-article, div#content_body, div.content"),
    ("ruiwen.com", r"ruiwen|瑞文网", "div.content, div.article"),
    ("gov.cn", r"gov\.cn", "div#UCAP-CONTENT, div.TRS_Editor, div#zoom, div.pages_content, div.article"),
    ("PowerEasy CMS", r"PowerEasy|Item/\d+\.aspx|printArea", "div.conTxt, div#fontzoom"),
    (None, None, "article, div#article, div.article-content, div#content, div.content, div#mainbody, "
                 "div.main-text"),
)
_TEMPLATE_TAGS = re.compile(r"<%.*?%>|</?jsp:[^>]*>", re.S)
_CJK_PUNCT = re.compile(r"[，。！？；：、]")
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(bold|bolder|[6-9]00)", re.I)
_WS = re.compile(r"[ \t\r\n\f]+")


@dataclass
class _Blocks:
    """Collects blocks while walking the tree: runs of the open block, finished blocks, outside text."""

    inside: list[Paragraph] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)
    runs: list[Run] = field(default_factory=list)
    in_content: bool = False

    def add(self, text: str, bold: bool, italic: bool) -> None:
        """Append inline text with its marks to the open block."""
        text = _WS.sub(" ", text)
        if not text:
            return
        if self.runs and (self.runs[-1].bold, self.runs[-1].italic) == (bold, italic):
            self.runs[-1] = Run(self.runs[-1].text + text, bold=bold, italic=italic)
        else:
            self.runs.append(Run(text, bold=bold, italic=italic))

    def flush(self) -> None:
        """Close the open block: keep it when it has text, inside or outside the content."""
        runs = _trim(self.runs)
        self.runs = []
        if not runs:
            return
        if self.in_content:
            self.inside.append(Paragraph(runs))
        else:
            self.outside.append("".join(r.text for r in runs))


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


def _own_strings(tag: Tag) -> list[str]:
    """Return the text strings directly inside ``tag`` (not inside child tags)."""
    return [str(c) for c in tag.children if isinstance(c, NavigableString) and not isinstance(c, Comment)]


def _punct_counts(root: Tag) -> dict[int, int]:
    """Return id(tag) -> count of Chinese punctuation in its text outside links, for every tag."""
    counts: dict[int, int] = {}
    order: list[Tag] = []
    stack = [root]
    while stack:
        tag = stack.pop()
        order.append(tag)
        stack.extend(c for c in tag.children if isinstance(c, Tag))
    for tag in reversed(order):
        own = 0 if tag.name == "a" else sum(len(_CJK_PUNCT.findall(s)) for s in _own_strings(tag))
        counts[id(tag)] = own + sum(counts[id(c)] for c in tag.children if isinstance(c, Tag) and c.name != "a")
    return counts


def _densest(root: Tag, counts: dict[int, int], share: float = 0.85) -> Tag:
    """Return the deepest element under ``root`` holding at least ``share`` of its punctuation."""
    node = root
    total = counts[id(root)]
    while True:
        best = max((c for c in node.children if isinstance(c, Tag)), key=lambda c: counts[id(c)], default=None)
        if best is None or total == 0 or counts[id(best)] < share * total:
            return node
        node = best


def _site_container(root: Tag, counts: dict[int, int], html: str) -> tuple[Tag | None, str | None]:
    """Return the first rule's container holding at least 40 % of the page's punctuation, and its site."""
    total = counts[id(root)] or 1
    for site, sign, selectors in SITE_RULES:
        if sign and not re.search(sign, html[:200_000]):
            continue
        for selector in selectors.split(","):
            for tag in root.select(selector.strip()):
                if counts.get(id(tag), 0) >= 0.4 * total:
                    return tag, site
    return None, None


def _walk(root: Tag, content: Tag, out: _Blocks) -> None:
    """Walk ``root`` in document order, cutting blocks and marking what lies inside ``content``."""
    stack: list[tuple[object, bool, bool, bool]] = [(root, False, False, False)]
    while stack:
        node, exiting, bold, italic = stack.pop()
        if isinstance(node, NavigableString):
            if not isinstance(node, Comment):
                out.add(str(node), bold, italic)
            continue
        assert isinstance(node, Tag)
        if exiting:
            if node.name in BLOCK_TAGS:
                out.flush()
            if node is content:
                out.flush()
                out.in_content = False
            continue
        if node.name in BLOCK_TAGS:
            out.flush()
        if node is content:
            out.flush()
            out.in_content = True
        b = bold or node.name in BOLD_TAGS or bool(_BOLD_STYLE.search(str(node.get("style", ""))))
        i = italic or node.name in ITALIC_TAGS
        stack.append((node, True, bold, italic))
        stack.extend((c, False, b, i) for c in reversed(list(node.children)))


def _headline(soup: BeautifulSoup, content: Tag) -> str | None:
    """Return the page headline: the last h1/h2 before the content, else the <title> text."""
    for tag in content.find_all_previous(["h1", "h2"]):
        text = _WS.sub(" ", tag.get_text()).strip()
        if text and tag.find_parent(["nav", "header"]) is None:
            return text
    title = soup.find("title")
    if title:
        text = _WS.sub(" ", title.get_text()).strip()
        return re.split(r"\s*(?:--|_|\||-\s)\s*", text)[0] or None
    return None


def read_html(html: str, source: Source | None = None) -> Document:
    """Return a Document holding one raw speech: the blocks of the page's main content."""
    html = _TEMPLATE_TAGS.sub("", html)
    soup = BeautifulSoup(html, "lxml")
    notices = [Notice("image-dropped", img.get("src") or img.get("alt") or "<img>",
                      "images are not carried over; insert it by hand if the speech needs it")
               for img in soup.find_all("img")]
    title_tag = soup.find("title")
    page_title_text = title_tag.get_text() if title_tag else None
    for name in REMOVE_TAGS:
        for tag in soup.find_all(name):
            tag.decompose()
    for c in soup.find_all(string=lambda s: isinstance(s, Comment)):
        c.extract()
    root = soup.body or soup
    counts = _punct_counts(root)
    content, site = _site_container(root, counts, html)
    if content is None:
        content = _densest(root, counts)
    blocks = _Blocks()
    _walk(root, content, blocks)
    blocks.flush()
    headline = _headline(soup, content) if content is not root else None
    if headline is None and page_title_text:
        headline = re.split(r"\s*(?:--|_|\|)\s*", page_title_text.strip())[0] or None
    dropped = [Dropped(t, "html: outside the main content") for t in blocks.outside if t.strip()]
    src = source or Source(format="html")
    if site and src.site is None:
        src = Source(src.name, src.format, src.encoding, site)
    return Document(speeches=(Speech(blocks=tuple(blocks.inside)),), title=headline, source=src,
                    dropped=tuple(dropped), warnings=tuple(notices))
