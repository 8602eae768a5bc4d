"""Safe parsing: nothing is fetched and no entity or DTD is loaded (lxml's HTML parser with network access
off, a DOCTYPE's internal subset cut out first), and what is never article text is stripped from the
tree before the content is looked for."""
from __future__ import annotations

import re
import warnings

from bs4 import BeautifulSoup, Comment, MarkupResemblesLocatorWarning, Tag
from bs4.builder import LXMLTreeBuilder
from lxml import etree

from ...errors import InputError
from .tags import REMOVE_TAGS, WS, is_hidden, style_of

# bs4's advice for a page that is only a URL or a file name is for developers, not for a user's terminal
# (its advice for pages that start with an XML declaration is avoided in parse).
warnings.filterwarnings("ignore", category=MarkupResemblesLocatorWarning)

_REMOVE = frozenset(REMOVE_TAGS)
_START_TAG = re.compile(r"<[A-Za-z]")
_TEMPLATE_TAGS = re.compile(r"<%.*?%>|</?jsp:[^>]*>", re.S)
_DOCTYPE_SUBSET = re.compile(r"<!DOCTYPE[^>\[]*\[.*?\]\s*>", re.S | re.I)
#: An XML declaration at the start: the page is decoded already, and bs4 would print a dozen lines of
#: advice about parsers to the user's terminal for a page that starts with one.
_XML_DECLARATION = re.compile(r"^\s*<\?xml\b[^>]*>")
#: Word's list bullets (``<span style='mso-list:Ignore'>``): dropped when they hold no number or letter.
_MSO_LIST_IGNORE = re.compile(r"mso-list\s*:\s*ignore", re.I)
_NUMBERING = re.compile(r"[0-9A-Za-z\u4e00-\u9fff\u2160-\u217f\u2460-\u24ff]")
#: Hidden elements with at most this many characters are dropped (anti-copy marks); longer hidden text
#: is kept, since template sites hide the second half of an article behind a "read more" button.
HIDDEN_DROP_LIMIT = 40


class _SafeLXMLBuilder(LXMLTreeBuilder):
    """bs4's lxml HTML builder with network access, DTD loading and entity expansion explicitly off."""

    def default_parser(self, encoding):  # noqa: D401 - bs4 hook
        """Return an lxml HTML parser that never fetches anything."""
        return etree.HTMLParser(target=self, recover=True, encoding=encoding, no_network=True,
                                remove_comments=False, remove_pis=True, default_doctype=False)


def parse(html: str) -> BeautifulSoup:
    """Return the parsed page (template residue, DOCTYPE internal subsets and an XML declaration removed
    first)."""
    html = _XML_DECLARATION.sub("", _TEMPLATE_TAGS.sub("", html), count=1)
    html = _DOCTYPE_SUBSET.sub("<!DOCTYPE html>", html[:200_000]) + html[200_000:]
    return BeautifulSoup(html, builder=_SafeLXMLBuilder())


def check_elements(html: str, limit: int) -> None:
    """Raise InputError when ``html`` has more than ``limit`` start tags (counted without parsing)."""
    if html.count("<") <= limit:
        return
    count = 0
    for _ in _START_TAG.finditer(html):
        count += 1
        if count > limit:
            raise InputError(f"the page has more than {limit:,} HTML elements, far more than any article "
                             "page; save only the article (or check that this is the page you meant)")


def strip_page(soup: BeautifulSoup) -> tuple[list[str], list[str], list[str]]:
    """Remove scripts, styles, comments, short hidden text, Word's list bullets and figure captions
    (``<figcaption>``: a photo's caption, not the speech) from ``soup``; return the hidden texts, the
    bullet texts and the captions removed."""
    comments, removed, hidden_tags, bullets, captions = [], [], [], [], []
    for node in soup.descendants:
        if isinstance(node, Comment):
            comments.append(node)
        elif isinstance(node, Tag):
            if node.name in _REMOVE:
                removed.append(node)
            elif node.name == "figcaption":
                captions.append(node)
            elif node.attrs and is_hidden(node):
                hidden_tags.append(node)
            elif node.attrs and _MSO_LIST_IGNORE.search(style_of(node)):
                bullets.append(node)
    for c in comments:
        c.extract()
    for tag in removed:
        tag.decompose()
    texts = [t for t in (WS.sub(" ", c.get_text(" ")).strip() for c in captions if not c.decomposed) if t]
    for tag in captions:
        if not tag.decomposed:
            tag.decompose()
    return _drop_short_hidden(hidden_tags), _drop_bullets(bullets), texts


def _drop_short_hidden(tags: list[Tag]) -> list[str]:
    """Remove the hidden ``tags`` of at most :data:`HIDDEN_DROP_LIMIT` characters; return their texts."""
    hidden: list[str] = []
    for tag in tags:
        if tag.decomposed:
            continue
        text = WS.sub("", tag.get_text())
        if len(text) <= HIDDEN_DROP_LIMIT:
            if text:
                hidden.append(text)
            tag.decompose()
    return hidden


def _drop_bullets(tags: list[Tag]) -> list[str]:
    """Remove Word's bullet glyphs (Symbol/Wingdings: no number or letter in them); return their texts."""
    glyphs: list[str] = []
    for tag in tags:
        if not tag.decomposed and not _NUMBERING.search(tag.get_text()):
            text = WS.sub("", tag.get_text())
            if text:
                glyphs.append(text)
            tag.decompose()
    return glyphs
