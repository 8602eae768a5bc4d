"""Known-site rules for the HTML reader: data, not code paths.

Each :class:`SiteRule` says how to recognise a site or CMS and where its article lives:

- ``sign``: a regex searched in the page's identity (``<title>``, canonical/``og:url`` links, ``<base>``,
  ``SiteDomain``/``SiteName`` metas, the "saved from url" comment browsers write);
- ``marker``: a regex searched in the page source instead (a CMS's generator string, a container id);
- ``content``: CSS selectors tried in order; the first element holding at least
  :data:`MIN_CONTENT_SHARE` of the page's Chinese punctuation is the article;
- ``drop``: CSS selectors for furniture *inside* the article (download boxes, related lists, share
  bars) that is dropped with the reason ``html: page furniture``.

A page may match several rules; they are tried in table order, and the generic text-density search runs
when none of them finds the article. Selectors here are hints: a wrong one is harmless because the
share check refuses a container that does not hold the text.
"""
from __future__ import annotations

from dataclasses import dataclass

#: A site rule's container must hold at least this share of the page's Chinese punctuation.
MIN_CONTENT_SHARE = 0.4


@dataclass(frozen=True)
class SiteRule:
    """How to recognise one site or CMS and find its article (see the module docstring)."""

    site: str
    sign: str | None = None
    marker: str | None = None
    content: tuple[str, ...] = ()
    drop: tuple[str, ...] = ()


#: Furniture that template sites put inside the article container.
_TEMPLATE_DROP = ("div.tjd", "div.down", "div.download", "div.readmore", "div.related", "div.related-box",
                  "div.xgwz", "div.share", "div.prenext", "div.gg_content", "div.content-page", "ins.adsbygoogle")

SITE_RULES: tuple[SiteRule, ...] = (
    SiteRule("xuexila.com", sign=r"xuexila\.com|学习啦",
             content=("div#contentText", "div.con_article", "div.article-content", "div.article_content"),
             drop=_TEMPLATE_DROP),
    SiteRule("51test.net", sign=r"51test\.net|无忧考网",
             content=("div.content-txt", "div#content_body", "div.content-article", "div.content"),
             drop=_TEMPLATE_DROP),
    SiteRule("ruiwen.com", sign=r"ruiwen\.com|瑞文网",
             content=("div#article-content", "div.article div.content", "div.content", "div.article"),
             drop=_TEMPLATE_DROP),
    SiteRule("yjbys.com", sign=r"yjbys\.com|应届毕业生",
             content=("div#mainContent", "div.article div.content", "div.content", "div.article"),
             drop=_TEMPLATE_DROP),
    SiteRule("diyifanwen.com", sign=r"diyifanwen\.com|第一范文",
             content=("div#ArtContent", "div.ArtContent", "div#article", "div.content"), drop=_TEMPLATE_DROP),
    SiteRule("wenmi", sign=r"wenmi|文秘",
             content=("div#article", "div.article-content", "div.content", "div#content"), drop=_TEMPLATE_DROP),
    SiteRule("gov.cn", sign=r"\.gov\.cn\b", marker=r"UCAP-CONTENT|TRS_Editor",
             content=("div#UCAP-CONTENT", "div.TRS_Editor", "div#zoom", "div.pages_content", "div.article-content",
                      "div#Zoom", "div.view", "div#content"),
             drop=("div.share", "div.article-tools", "div.related", "div.bdsharebuttonbox")),
    SiteRule("PowerEasy CMS", marker=r"PowerEasy|动易|Item/\d+\.aspx",
             content=("#fontzoom", "div.conTxt", "div.printArea div.conTxt", "td.content", "div#ArticleContent"),
             drop=("div.property",)),
    SiteRule("school CMS", marker=r"vsb_content|wp_articlecontent|v_news_content|Article_Content",
             content=("div#vsb_content", "div.wp_articlecontent", "div.v_news_content", "div#vsb_content_2",
                      "td.Article_Content", "div.Article_Content", "div#Article_Content")),
)
