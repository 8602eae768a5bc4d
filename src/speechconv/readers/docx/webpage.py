"""A web page saved as a Word file: its main content found, its navigation and footer left out.

LibreOffice or Word opening a saved page (and template sites' "download as .doc") keep the whole page:
menus, "recommended reading" lists, breadcrumbs, previous/next links, the site's footer. Such a file
shows itself by its hyperlinks: a speech drafted in Word has few or none. When at least
:data:`MIN_LINKED` paragraphs hold a link, the main content is found as the HTML reader finds it, by
punctuation outside links: the shortest stretch of paragraphs holding :data:`SHARE` of it, widened over
the link-free paragraphs around it (the title block above, the signature below) but not above the
page's headline. Paragraphs outside the stretch are recorded in ``dropped`` (``docx: outside the main
content``).
"""
from __future__ import annotations

import re

from ...model import Dropped
from .paragraphs import Made

#: Paragraphs holding a hyperlink that make a document a saved web page.
MIN_LINKED = 5
#: Share of the punctuation outside links that the main content holds.
SHARE = 0.85
REASON = "docx: outside the main content (a saved web page)"


def is_web_page(made: list[Made]) -> bool:
    """Return True when at least :data:`MIN_LINKED` paragraphs hold a hyperlink."""
    return sum(1 for m in made if m.has_link) >= MIN_LINKED


def main_content(made: list[Made], title: str | None) -> tuple[list[Made], list[Dropped], str | None]:
    """Return the paragraphs of the main content, the others as dropped, and the page title (all kept,
    and ``title`` as it is, when ``made`` does not look like a saved web page or holds no punctuation).

    The stretch is widened upwards over the link-free paragraphs above it, but starts after the first of
    them that repeats the page's title (the start of ``title``, at least up to a separator before the
    site name): that is the page's headline, which the HTML reader takes for the page title too;
    downwards it is widened up to the next link. The page title is that headline; else, when ``title``
    is said nowhere in the text (none, or a site's name), the last level-1 or level-2 heading above
    the main content (the page's headline, which the HTML reader takes for the page title too), else
    ``title`` without the site name.
    """
    total = sum(m.punct for m in made)
    if not is_web_page(made) or not total:
        return made, [], title
    start, end = _window(made, SHARE * total)
    top = start
    while top > 0 and not made[top - 1].has_link:
        top -= 1
    page_title = re.split(r"\s*(?:--|_|\||-\s|\s-)\s*", title)[0] or None if title else None
    short, full = _key(page_title), _key(title)
    heads = [i for i in range(top, start)
             if short and full.startswith(key := _key(made[i].paragraph.text)) and len(key) >= len(short)]
    start = heads[0] + 1 if heads else top
    if heads:
        page_title = made[heads[0]].paragraph.text
    elif not _in_text(made, full):
        page_title = _headline(made[:start]) or page_title
    while end < len(made) and not made[end].has_link:
        end += 1
    outside = made[:start] + made[end:]
    return made[start:end], [Dropped(m.paragraph.text, REASON) for m in outside], page_title


def _in_text(made: list[Made], key: str) -> bool:
    """Return True when ``key`` (a title without white space) is said by one of the paragraphs."""
    return bool(key) and any(key in _key(m.paragraph.text) for m in made)


def _headline(above: list[Made]) -> str | None:
    """Return the last heading of level 1 or 2 among the paragraphs ``above`` the main content (the
    page's ``<h1>`` or ``<h2>`` headline, a link to the article itself on many sites), or None."""
    heads = [m.paragraph.text for m in above if m.paragraph.hints.heading in (1, 2)]
    return heads[-1] if heads else None


def _key(text: str | None) -> str:
    """Return ``text`` without white space (for comparing a headline with the page's title)."""
    return "".join((text or "").split())


def _window(made: list[Made], need: float) -> tuple[int, int]:
    """Return the shortest [start, end) holding at least ``need`` punctuation (two pointers)."""
    best = (0, len(made))
    start = held = 0
    for end, m in enumerate(made, 1):
        held += m.punct
        while start < end and held - made[start].punct >= need:
            held -= made[start].punct
            start += 1
        if held >= need and end - start < best[1] - best[0]:
            best = (start, end)
    return best
