import re

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from home.privacy import ANONYMOUS, visible_to

from .models import ResourcePage

FEED_SIZE = 20

# XML 1.0 cannot carry these at all; a summary typed with one must not break the feed.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def plain(text):
    return CONTROL_CHARACTERS.sub("", text or "")


class PlainTextAtom1Feed(Atom1Feed):
    """Atom with summaries marked as text, not HTML: a summary is what someone typed
    (members write them too), so feed readers must show it as words, never render
    it as markup."""

    def add_item_elements(self, handler, item):
        summary = item["description"]
        super().add_item_elements(handler, {**item, "description": None})
        if summary is not None:
            handler.addQuickElement("summary", summary, {"type": "text"})


class LatestResourcesFeed(Feed):
    """An Atom feed of the newest public resources."""

    feed_type = PlainTextAtom1Feed
    title = _("New resources: Heritage and Social Prescribing Community of Practice")
    subtitle = _("Resources newly added to the community's library.")

    def __init__(self, library):
        super().__init__()
        self.library = library

    def link(self):
        return self.library.url

    def items(self):
        # Feed readers fetch and share feeds without logging in: only what anyone may see.
        resources = ResourcePage.objects.live().descendant_of(self.library)
        return visible_to(ANONYMOUS, resources).order_by("-first_published_at")[:FEED_SIZE]

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
