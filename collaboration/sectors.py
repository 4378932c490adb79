"""Open collaboration calls on a partner sector's page (the `sector_listings`
hook, see home/sectors.py), and the moment the first of them closes by its
deadline (the `page_cache_expiry` hook), so a cached page never lists a closed
call."""

import datetime

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.http import urlencode
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from home.sectors import SectorItem, SectorListing, sector_q

from .models import Call

LISTED = 12


def calls_for(sector_page, request):
    calls = list(Call.objects.open().filter(sector_q(sector_page.sector))[: LISTED + 1])
    items = [
        SectorItem(
            title=call.topic,
            url=reverse("collaboration:detail", args=[call.pk]),
            summary=Truncator(call.description).words(30),
            details=[
                _("Replies by %(date)s") % {"date": date_format(call.deadline, "j F Y")},
                call.get_region_display(),
                ", ".join(str(label) for label in call.looking_for_labels),
            ],
        )
        for call in calls[:LISTED]
    ]
    return SectorListing(
        key="calls",
        heading=_("Research collaboration calls"),
        order=50,
        items=items,
        empty_text=_("No open calls with this sector at the moment."),
        more_url=reverse("collaboration:list") + "?" + urlencode({"sector": sector_page.sector}),
        more_text=_("All open calls with this sector"),
    )


def next_call_closing():
    """The start of the day after the earliest open call's deadline: it is no
    longer open from then. One query."""
    deadline = Call.objects.open().order_by("deadline").values_list("deadline", flat=True).first()
    if deadline is None:
        return None
    day_after = deadline + datetime.timedelta(days=1)
    return timezone.make_aware(datetime.datetime.combine(day_after, datetime.time.min))
