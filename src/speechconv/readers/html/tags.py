"""What tags, classes and inline styles mean to the HTML reader: which tags cut blocks, which are never
article text, which mark bold, italic or preformatted text, which class and id words name page
furniture; and small readers of a tag's style, class words and visibility."""
from __future__ import annotations

import re

from bs4 import Tag

BLOCK_TAGS = frozenset("p div br h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote td th tr table tbody thead "
                       "tfoot section article header footer nav aside main figure figcaption address pre hr "
                       "center form fieldset caption details summary".split())
REMOVE_TAGS = ("script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed",
               "applet", "svg", "math", "canvas", "select", "option", "button", "input", "textarea", "head",
               "link", "meta", "audio", "video", "source", "track", "map", "xml", "title", "base")
BOLD_TAGS = frozenset({"strong", "b"})
ITALIC_TAGS = frozenset({"em", "i", "cite", "var", "dfn"})
PRE_TAGS = frozenset({"pre", "listing", "xmp", "plaintext"})
#: Tags whose text never counts towards the article (unless they hold most of the page).
FURNITURE_TAGS = frozenset({"nav", "aside", "footer", "form", "menu", "dialog"})
#: Class/id words of page furniture (whole words of a class or id split at -, _, spaces and case).
FURNITURE_WORD = re.compile(
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
BOLD_STYLE = re.compile(r"(?<![\w-])font-weight\s*:\s*(bold|bolder|[6-9]00)\b", re.I)
NORMAL_WEIGHT = re.compile(r"(?<![\w-])font-weight\s*:\s*(normal|lighter|[1-5]00)\b", re.I)
ITALIC_STYLE = re.compile(r"(?<![\w-])font-style\s*:\s*(italic|oblique)\b", re.I)
NORMAL_STYLE = re.compile(r"(?<![\w-])font-style\s*:\s*normal\b", re.I)
_HIDDEN_STYLE = re.compile(r"(?<![\w-])(display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all)", re.I)
PRE_STYLE = re.compile(r"(?<![\w-])white-space\s*:\s*pre", re.I)
ALIGN_STYLE = re.compile(r"(?<![\w-])text-align\s*:\s*(center|right)", re.I)
FONT_SIZE = re.compile(r"(?<![\w-])font-size\s*:\s*([\d.]+\s*[a-z%]*)", re.I)
FONT_FAMILY = re.compile(r"(?<![\w-])font-family\s*:\s*['\"]?([^;,'\"]+)", re.I)
WS = re.compile(r"[ \t\r\n\f\u00a0]+")
CJK_PUNCT = re.compile(r"[，。！？；：、]")


def tags_under(root: Tag) -> list[Tag]:
    """Return every tag under ``root`` (itself first) in document order, without recursion."""
    order: list[Tag] = []
    stack = [root]
    while stack:
        tag = stack.pop()
        order.append(tag)
        stack.extend(reversed([c for c in tag.children if isinstance(c, Tag)]))
    return order


def style_of(tag: Tag) -> str:
    """Return the tag's inline style attribute ('' when none)."""
    style = tag.get("style") if tag.attrs else None
    return style if isinstance(style, str) else ""


def class_words(tag: Tag) -> list[str]:
    """Return the lower-case words of the tag's class and id."""
    if not tag.attrs:
        return []
    classes = tag.get("class") or []
    text = " ".join(classes if isinstance(classes, list) else [classes]) + " " + str(tag.get("id") or "")
    return [w.lower() for w in _SPLIT_WORDS.split(text) if w]


def is_hidden(tag: Tag) -> bool:
    """Return True for an element that a browser would not show."""
    return bool(tag.attrs) and (tag.has_attr("hidden") or bool(_HIDDEN_STYLE.search(style_of(tag))))
