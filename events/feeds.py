from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from home.feeds import PublicPagesFeed, plain

from .models import EventPage


class UpcomingEventsFeed(PublicPagesFeed):
    """Public events still to come, soonest first (/events/feed/)."""

    title = _("Events: Heritage and Social Prescribing Community of Practice")
    subtitle = _("Quarterly meetings and other events still to come.")

    def pages(self):
        return EventPage.objects.live().child_of(self.section).filter(end__gte=timezone.now())

    def ordering(self):
        return ("start",)

    def item_description(self, item):
        when = formats.date_format(timezone.localtime(item.start), "DATETIME_FORMAT")
        return plain(f"{when}. {item.summary}".strip())
