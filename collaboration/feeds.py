from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from home.feeds import FEED_SIZE, PlainTextAtom1Feed, plain

from .models import Call


class OpenCallsFeed(Feed):
    """Open research collaboration calls, newest first (/collaborate/feed/)."""

    feed_type = PlainTextAtom1Feed
    title = _("Research collaboration calls: Heritage and Social Prescribing Community of Practice")
    subtitle = _("Members looking for partners, participants, data or co-authors.")

    def link(self):
        return reverse("collaboration:list")

    def items(self):
        return Call.objects.open().order_by("-approved_at")[:FEED_SIZE]

    def item_title(self, item):
        return plain(item.topic)

    def item_description(self, item):
        return plain(item.description[:500])

    def item_link(self, item):
        return reverse("collaboration:detail", args=[item.pk])

    def item_pubdate(self, item):
        return item.approved_at
