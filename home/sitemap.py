"""The sitemap lists the pages of every language, not only the default tree."""

from functools import reduce
from operator import or_

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from .privacy import ANONYMOUS, visible_to
from .public_address import public_url


class AllLanguagesSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        roots = Page.objects.filter(translation_key=root.translation_key, depth=root.depth)
        in_any_tree = reduce(or_, (Q(path__startswith=page.path) for page in roots))
        # Aliases repeat another language's content (and name it as canonical).
        # Search engines crawl as anyone: only what an anonymous visitor may see.
        pages = Page.objects.live().filter(in_any_tree, alias_of__isnull=True)
        return visible_to(ANONYMOUS, pages).order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        # On the public address (SITE_URL), whatever the Site record or request says.
        urls = super()._urls(page, protocol, domain)
        for url in urls:
            url["location"] = public_url(url["location"])
            for alternate in url.get("alternates") or []:
                alternate["location"] = public_url(alternate["location"])
        return urls
