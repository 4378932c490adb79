"""Events on a partner sector's page (the `sector_listings` hook, see
home/sectors.py): those to come first, soonest first, then the latest past ones;
live pages this visitor may see, in the sector page's language. Two queries."""

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from home.privacy import mark_members_only, visible_to
from home.sectors import SectorItem, SectorListing, section_url, sector_q

from .models import EventIndexPage, EventPage, EventStatus

UPCOMING_LISTED = 8
PAST_LISTED = 4


def _item(event, request, past):
    when = date_format(timezone.localtime(event.start), "j F Y")
    # Cancelled or postponed is a warning; a past event is only said to be past.
    note = event.get_status_display() if event.status != EventStatus.SCHEDULED else ""
    return SectorItem.for_page(
        event,
        request,
        summary=event.summary,
        details=[
            _("Took place on %(date)s") % {"date": when} if past else when,
            event.get_event_type_display(),
            event.get_format_display(),
        ],
        note=note,
    )


def events_for(sector_page, request):
    now = timezone.now()
    events = visible_to(
        request,
        EventPage.objects.live().filter(
            sector_q(sector_page.sector), locale_id=sector_page.locale_id, start__isnull=False
        ),
    )
    upcoming = mark_members_only(
        events.filter(end__gte=now).order_by("start")[:UPCOMING_LISTED], request
    )
    past = mark_members_only(events.filter(end__lt=now).order_by("-start")[:PAST_LISTED], request)
    more = len(past) == PAST_LISTED or len(upcoming) == UPCOMING_LISTED
    return SectorListing(
        key="events",
        heading=_("Events"),
        order=30,
        items=[_item(event, request, False) for event in upcoming]
        + [_item(event, request, True) for event in past],
        empty_text=_("No events on this sector yet."),
        more_url=section_url(EventIndexPage, sector_page, request) if more else "",
        more_text=_("All events"),
    )
