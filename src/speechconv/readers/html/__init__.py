"""HTML reader: find the article in a saved web page and return its blocks as one raw speech.

This package is the only user of BeautifulSoup. Nothing is fetched (no images, CSS, scripts or links),
scripts never run, and no entity or DTD is loaded. Each step has its module:

1. :mod:`.parse`: server-template residue (``<%@ … %>``, ``<jsp:include/>``) and DOCTYPE internal subsets
   are removed and the page is parsed with network access off; scripts, styles, form controls, Word's
   ``<xml>`` islands and comments (including Word's conditional comments) are removed; short hidden text
   (``display:none``, ``mso-hide:all``: anti-copy marks) is dropped.
2. :mod:`.content`: the main content is a known-site container (:data:`~speechconv.readers.sites.SITE_RULES`,
   a table of CSS selectors) when one holds the text, else found by text density: the deepest element
   holding nearly all of the page's Chinese punctuation outside links, counting nothing inside page
   furniture (navigation, sidebars, comment boxes, related-article lists, footers; recognised by tag, by
   class/id words (:mod:`.tags`) and by link density).
3. :mod:`.walk` (with :mod:`.blocks` and :mod:`.tables`): furniture inside the content and runs of
   link-only lines are dropped with their reason; data tables become one paragraph per row (cells joined
   by ``｜``) with a ``table-flattened`` warning; images in the content are dropped with an
   ``image-dropped`` warning naming them. The content is cut into blocks at block elements and ``<br>``,
   at newlines inside ``<pre>``, at a source line break followed by an ideographic-space indent
   (``\\n　　``), and where a centred line's text changes font across a source line break (a subtitle and
   the speaker's name sharing one centred paragraph); bold and italic become run marks. Text set in a
   heading face (黑体, SimHei: ``font-family``, Word's ``mso-fareast-font-family``, ``<font face>``) is
   bold where most of the content is in another face (:mod:`speechconv.readers.faces`), and so are short
   lines in a size step under the title's size and short centred lines between paragraphs of running
   text (:mod:`speechconv.readers.hints`): headings set apart by face, size or centring alone. An ordered
   list's items open with the number a browser shows (``1. ``, :mod:`.lists`) and every list item's first
   paragraph carries the ``list`` hint (``"ol"``/``"ul"``; not when a heading tag is in or around it).

4. :mod:`.leadin`: the speech's title block set beside the content (a CMS's title, speaker and date in
   their own ``<div>`` elements or table cells just above the article) comes in front of the content: the short
   lines just before it, nearest first, that read as a title, a speaker or a date, passing over meta lines
   and share bars, stopping at navigation, link lists, list items, cells beside the content, long text.

Other blocks outside the content go to ``dropped`` (``html: outside the main content``). The page headline
(``<h1>``/``<h2>`` before the content, else ``<title>``) is the page title.
"""
from __future__ import annotations

import re

from ...errors import InputError
from ...limits import LIMITS, Limits
from ...model import Document, Dropped, Source, Speech
from ..text import replace_surrogates
from .blocks import Blocks
from .content import find_content, furniture_inside, headline, identity, matching_rules, page_stats, title_text
from .hints import face_bold, relative_sizes
from .leadin import lead_in
from .parse import check_elements, parse, strip_page
from .tags import REMOVE_TAGS, WS
from .walk import WalkState, link_lists, walk

__all__ = ["read_html", "REMOVE_TAGS"]


def read_html(html: str, source: Source | None = None, *, limits: Limits = LIMITS,
              whole: bool = False) -> Document:
    """Return a Document holding one raw speech: the blocks of the page's main content.

    With ``whole`` the whole page is the content (no search for the main content: a rendered Markdown
    file has no site around it). Lone surrogates become U+FFFD with a ``lone-surrogate`` warning.
    Raises InputError when the page is longer than ``limits.html_chars`` characters, has more than
    ``limits.html_elements`` start tags, or its content more than ``limits.paragraphs`` paragraphs.
    """
    if len(html) > limits.html_chars:
        raise InputError(f"the page has {len(html):,} characters, over the limit of {limits.html_chars:,}; "
                         "save only the article, or raise the limit")
    check_elements(html, limits.html_elements)
    html, surrogates = replace_surrogates(html)
    soup = parse(html)
    names = identity(soup, html)
    page_title = title_text(soup)
    hidden, bullets, captions = strip_page(soup)
    root = soup.body or soup
    st = page_stats(root)
    rules = matching_rules(names, html)
    content, rule = (root, None) if whole else find_content(root, st, rules)
    state = WalkState(content, furniture_inside(content, st, rule), st.punct[id(content)], st)
    blocks = Blocks(limits=limits, content=content, face_bold=face_bold(content))
    walk(soup, state, blocks)        # the whole page: text after a stray </body> is kept too
    blocks.flush()
    kept, links = link_lists(blocks.inside)
    head, subtitle = headline(soup, content) if content is not root else (None, None)
    before = blocks.outside_blocks[:blocks.before or 0]
    taken = [] if content is root else lead_in(before, content, kept, page_title, st.furniture)
    if subtitle:    # the headline's ——subtitle is the speech's, not a line of its title block (one copy)
        taken = [i for i in taken if WS.sub(" ", before[i].paragraph.text).strip() != subtitle]
    kept = relative_sizes([before[i].paragraph for i in taken] + kept)
    dropped = _dropped(blocks, set(taken), links, hidden, bullets)
    dropped += [Dropped(t, "html: figure caption") for t in captions]
    if subtitle:    # the headline's ——subtitle stood above the content: it is the speech's (one copy)
        same = next((i for i, d in enumerate(dropped) if WS.sub(" ", d.text).strip() == subtitle), None)
        dropped = dropped[:same] + dropped[same + 1:] if same is not None else dropped
    signed = [r.site for r in rules if r.sign and re.search(r.sign, names, re.I)]
    site = signed[0] if signed else (rule.site if rule else None)
    return Document(speeches=(Speech(blocks=tuple(kept), subtitle=subtitle),), title=head or page_title,
                    source=_with_site(source, site), dropped=tuple(dropped),
                    warnings=tuple(surrogates + state.images + state.notices))


def _dropped(blocks: Blocks, taken: set[int], links: list[str], hidden: list[str],
             bullets: list[str]) -> list[Dropped]:
    """Return what the reader left out, each with its reason, in the order the reasons are listed
    (``taken``: the outside blocks that came in as the title block)."""
    dropped = [Dropped(t, "html: outside the main content") for i, t in enumerate(blocks.outside)
               if t.strip() and i not in taken]
    dropped += [Dropped(t, "html: page furniture inside the content") for t in blocks.furniture]
    dropped += [Dropped(t, "html: link list") for t in links]
    dropped += [Dropped(t, "html: hidden text") for t in hidden]
    dropped += [Dropped(t, "html: Word list bullet") for t in bullets]
    return dropped


def _with_site(source: Source | None, site: str | None) -> Source:
    """Return ``source`` (default: an HTML source) naming ``site`` unless it names one already."""
    src = source or Source(format="html")
    if site and src.site is None:
        src = Source(src.name, src.format, src.encoding, site)
    return src
