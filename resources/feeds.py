from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from .models import ResourcePage

FEED_SIZE = 20


class LatestResourcesFeed(Feed):
    """An Atom feed of the newest public resources."""

    feed_type = Atom1Feed
    title = _("New resources: Heritage and Social Prescribing Community of Practice")
    subtitle = _("Resources newly added to the community's library.")

    def __init__(self, library):
        super().__init__()
        self.library = library

    def link(self):
        return self.library.url

    def items(self):
        return (
            ResourcePage.objects.live()
            .public()
            .descendant_of(self.library)
            .order_by("-first_published_at")[:FEED_SIZE]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at
