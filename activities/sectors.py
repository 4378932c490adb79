"""Activities on a partner sector's page (the `sector_listings` hook, see
home/sectors.py): only what the finder shows, Activity.objects.public(), in one
query; and the moment the first of them drops out of the directory for want of
confirmation (the `page_cache_expiry` hook), so a cached page never lists it."""

import datetime
from urllib.parse import urlencode

from django.db.models import F, Min
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from home.sectors import SectorItem, SectorListing, sector_q

from .models import HIDDEN_AFTER, Activity

LISTED = 12


def activities_for(sector_page, request):
    activities = list(
        Activity.objects.public()
        .filter(sector_q(sector_page.sector))
        .select_related("organisation")
        .order_by(F("published_at").desc(nulls_last=True), "pk")[: LISTED + 1]
    )
    items = [
        SectorItem(
            title=activity.name,
            url=reverse("activities:detail", args=[activity.pk]),
            summary=Truncator(activity.description).words(30),
            details=[
                activity.organisation.name,
                activity.get_activity_type_display(),
                activity.schedule_text,
                _("Online") if activity.is_online else activity.get_region_display(),
            ],
        )
        for activity in activities[:LISTED]
    ]
    return SectorListing(
        key="activities",
        heading=_("Heritage wellbeing activities"),
        order=40,
        items=items,
        empty_text=_("No activities with this sector in the directory yet."),
        more_url=reverse("activities:finder") + "?" + urlencode({"sector": sector_page.sector}),
        more_text=_("Find activities with this sector near you"),
    )


def next_activity_hidden():
    """The start of the day the least recently confirmed public activity is no
    longer listed (a year after it was last checked). One query."""
    oldest = Activity.objects.public().aggregate(oldest=Min("last_checked"))["oldest"]
    if oldest is None:
        return None
    day = oldest + HIDDEN_AFTER
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))
