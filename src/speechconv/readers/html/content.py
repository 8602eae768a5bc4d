"""Finding the article in a page: per-element counts of Chinese punctuation, text and links; page
furniture (navigation, sidebars, comments, related lists, footers) by tag, class words and link density;
the known-site container (:data:`~speechconv.readers.sites.SITE_RULES`) or else the densest element; the
page's identity, headline and title."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import PreformattedString  # comments, doctypes, declarations, PIs: markup, not text

from ..sites import MIN_CONTENT_SHARE, SITE_RULES, SiteRule
from .tags import CJK_PUNCT, FURNITURE_TAGS, FURNITURE_WORD, WS, class_words, tags_under

#: An element whose punctuation is at least this share of the page's is never treated as furniture.
FURNITURE_GUARD = 0.5
#: Descend into a child while it holds at least this share of its parent's article punctuation.
DESCENT_SHARE = 0.85


@dataclass
class Stats:
    """Per-element counts (keyed by id()): punctuation outside links, text and link characters."""

    punct: dict[int, int] = field(default_factory=dict)
    weight: dict[int, int] = field(default_factory=dict)
    chars: dict[int, int] = field(default_factory=dict)
    link_chars: dict[int, int] = field(default_factory=dict)
    links: dict[int, int] = field(default_factory=dict)
    furniture: set[int] = field(default_factory=set)


def _own_strings(tag: Tag) -> list[str]:
    """Return the text strings directly inside ``tag`` (not inside child tags)."""
    return [str(c) for c in tag.children
            if isinstance(c, NavigableString) and not isinstance(c, PreformattedString)]


def page_stats(root: Tag) -> Stats:
    """Return the element counts for every tag under ``root`` (bottom-up, without recursion)."""
    st = Stats()
    order = tags_under(root)
    for tag in reversed(order):
        own = "".join(_own_strings(tag))
        kids = [c for c in tag.children if isinstance(c, Tag)]
        is_link = tag.name == "a"
        chars = len(WS.sub("", own)) + sum(st.chars[id(c)] for c in kids)
        st.chars[id(tag)] = chars
        st.link_chars[id(tag)] = chars if is_link else sum(st.link_chars[id(c)] for c in kids)
        st.links[id(tag)] = int(is_link and tag.has_attr("href")) + sum(st.links[id(c)] for c in kids)
        st.punct[id(tag)] = 0 if is_link else len(CJK_PUNCT.findall(own)) + sum(st.punct[id(c)] for c in kids)
    total = st.punct[id(root)]
    for tag in reversed(order):
        if tag is not root and _is_furniture(tag, st, total):
            st.furniture.add(id(tag))
        own = 0 if tag.name == "a" else len(CJK_PUNCT.findall("".join(_own_strings(tag))))
        st.weight[id(tag)] = own + sum(st.weight[id(c)] for c in tag.children
                                       if isinstance(c, Tag) and id(c) not in st.furniture)
    return st


def _is_furniture(tag: Tag, st: Stats, total: int) -> bool:
    """Return True for navigation, sidebars, comments, related lists, footers and link lists.

    An element holding at least :data:`FURNITURE_GUARD` of the page's punctuation never is.
    """
    if total and st.punct[id(tag)] >= FURNITURE_GUARD * total:
        return False
    if tag.name in FURNITURE_TAGS or any(FURNITURE_WORD.match(w) for w in class_words(tag)):
        return True
    if tag.name in ("p", "h1", "h2", "h3", "h4", "body", "span", "font", "strong", "b"):
        return False
    chars = st.chars[id(tag)]
    if st.links[id(tag)] >= 2 and chars > 0 and st.link_chars[id(tag)] >= 0.6 * chars:
        return True
    return _is_teaser_list(tag, st)


def _is_teaser_list(tag: Tag, st: Stats) -> bool:
    """Return True for a list of 3+ items that nearly all carry a link: related articles, news, comments."""
    items = [c for c in tag.children if isinstance(c, Tag) and st.chars[id(c)] > 0]
    if len(items) < 3:
        return False
    linked = sum(1 for c in items if st.links[id(c)] and st.link_chars[id(c)] >= 2)
    return linked >= 0.8 * len(items)


#: Paragraph-level elements: the descent stops above one that has sibling paragraphs with text (one long
#: paragraph among short ones is part of the article, not all of it).
_PARAGRAPHS = frozenset(("p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote"))


def densest(root: Tag, st: Stats) -> Tag:
    """Return the deepest element under ``root`` holding :data:`DESCENT_SHARE` of the article punctuation,
    never a paragraph whose parent holds other paragraphs of text beside it."""
    node = root
    while True:
        kids = [c for c in node.children if isinstance(c, Tag) and id(c) not in st.furniture]
        best = max(kids, key=lambda c: st.weight[id(c)], default=None)
        total = st.weight[id(node)]
        if best is None or total == 0 or st.weight[id(best)] < DESCENT_SHARE * total:
            return node
        if best.name in _PARAGRAPHS and any(c is not best and c.name in _PARAGRAPHS and st.punct[id(c)]
                                            for c in kids):
            return node
        node = best


def identity(soup: BeautifulSoup, html: str) -> str:
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


def matching_rules(names: str, html: str) -> list[SiteRule]:
    """Return the site rules whose sign (in the page's identity ``names``) or marker (in the source) matches."""
    sample = html[:300_000] + html[-50_000:]
    return [r for r in SITE_RULES if (r.sign and re.search(r.sign, names, re.I))
            or (r.marker and re.search(r.marker, sample))]


def find_content(root: Tag, st: Stats, rules: list[SiteRule]) -> tuple[Tag, SiteRule | None]:
    """Return the article's element (a site rule's container, else the densest element) and the rule
    that found it (None for the density search)."""
    content, rule = _site_container(root, st, rules)
    return (densest(root, st) if content is None else content), rule


def _site_container(root: Tag, st: Stats, rules: list[SiteRule]) -> tuple[Tag | None, SiteRule | None]:
    """Return the first rule container holding enough of the page's punctuation, and its rule."""
    total = st.punct[id(root)] or 1
    for rule in rules:
        for selector in rule.content:
            for tag in root.select(selector):
                if st.punct.get(id(tag), 0) >= MIN_CONTENT_SHARE * total:
                    return tag, rule
    return None, None


def furniture_inside(content: Tag, st: Stats, rule: SiteRule | None) -> set[int]:
    """Return ids of the furniture elements inside ``content`` that are dropped as a whole."""
    drop = {id(t) for sel in (rule.drop if rule else ()) for t in content.select(sel)}
    total = st.punct[id(content)]
    for tag in tags_under(content)[1:]:
        if id(tag) in st.furniture and (not total or st.punct[id(tag)] < 0.3 * total):
            drop.add(id(tag))
    return drop


def headline(soup: BeautifulSoup, content: Tag) -> tuple[str | None, str | None]:
    """Return the page headline (the last h1/h2 before the content, else None) and the ——subtitle set
    as a heading just under it (else None)."""
    subtitle = None
    for tag in content.find_all_previous(["h1", "h2"]):
        text = WS.sub(" ", tag.get_text()).strip()
        if not text or tag.find_parent(["nav", "header"]) is not None:
            continue
        if not _DASH_LED.match(text):
            return text, subtitle
        subtitle = subtitle or text
    return None, None


#: A heading that opens with a dash: the subtitle under the headline (—— 在…上的发言).
_DASH_LED = re.compile(r"^[—–―-]{1,2}\s*\S")


def title_text(soup: BeautifulSoup) -> str | None:
    """Return the <title> without the site name after a separator, or None."""
    title = soup.find("title")
    if title is None:
        return None
    text = WS.sub(" ", title.get_text()).strip()
    return re.split(r"\s*(?:--|_|\||-\s|\s-)\s*", text)[0] or None
