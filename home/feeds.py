"""What every Atom feed on the site shares. Feed readers fetch and share feeds
without logging in, so a feed lists only what an anonymous visitor may see, and
summaries are what someone typed: plain text, never markup."""

import re

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed

from .privacy import ANONYMOUS, visible_to

FEED_SIZE = 20

# XML 1.0 cannot carry these at all; a summary typed with one must not break the feed.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def plain(text):
    return CONTROL_CHARACTERS.sub("", text or "")


class PlainTextAtom1Feed(Atom1Feed):
    """Atom with summaries marked as text, not HTML, so feed readers show them as
    words and never render them as markup."""

    def add_item_elements(self, handler, item):
        summary = item["description"]
        super().add_item_elements(handler, {**item, "description": None})
        if summary is not None:
            handler.addQuickElement("summary", summary, {"type": "text"})


class PublicPagesFeed(Feed):
    """An Atom feed of the public pages below one section page (`section`)."""

    feed_type = PlainTextAtom1Feed

    def __init__(self, section):
        super().__init__()
        self.section = section

    def link(self):
        return self.section.url

    def pages(self):
        """The live pages this feed is about, before privacy and ordering."""
        raise NotImplementedError

    def ordering(self):
        return ("-first_published_at",)

    def items(self):
        return visible_to(ANONYMOUS, self.pages()).order_by(*self.ordering())[:FEED_SIZE]

    def item_title(self, item):
        return plain(item.title)

    def item_description(self, item):
        return plain(item.summary)

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at
