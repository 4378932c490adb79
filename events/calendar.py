"""Calendar files (RFC 5545) for events, made with the icalendar library."""

from zoneinfo import ZoneInfo

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.html import strip_tags
from icalendar import Calendar, Event

from .models import EventStatus, Registration

LONDON = ZoneInfo("Europe/London")
PRODUCT_ID = "-//Heritage and Social Prescribing Community of Practice//Events//EN"


def _host():
    return settings.WAGTAILADMIN_BASE_URL.split("://", 1)[-1].split("/")[0].split(":")[0]


def event_uid(event):
    """Stable for the life of the event, so calendars update rather than duplicate."""
    return f"event-{event.pk}@{_host()}"


def event_component(event, request=None, joining_link=False, tentative=False):
    component = Event()
    component.add("uid", event_uid(event))
    component.add(
        "dtstamp", event.last_published_at or event.latest_revision_created_at or event.start
    )
    component.add("dtstart", timezone.localtime(event.start, LONDON))
    component.add("dtend", timezone.localtime(event.end, LONDON))
    component.add("summary", event.title)
    description = event.summary or strip_tags(event.description)
    if joining_link and event.joining_link:
        description = f"{description}\n\nJoin online: {event.joining_link}".strip()
    component.add("description", description)
    location = ", ".join(
        part for part in [event.venue_name, event.venue_address.replace("\n", ", ")] if part
    )
    if not location and event.format == "online":
        location = "Online"
    if location:
        component.add("location", location)
    url = event.get_full_url(request)
    if url:
        component.add("url", url)
    component.add("sequence", event.sequence)
    if event.status == EventStatus.CANCELLED:
        status = "CANCELLED"
    else:
        status = "TENTATIVE" if tentative else "CONFIRMED"
    component.add("status", status)
    return component


def events_calendar(events, request=None):
    """Public entries: never a joining link."""
    return _calendar(event_component(event, request) for event in events)


def _registration_component(registration):
    """One person's entry for their registration: the joining link only if they may
    join; a place on the waiting list is tentative."""
    event = registration.event
    return event_component(
        event,
        joining_link=event.can_see_joining_link(registration.user, registration),
        tentative=registration.status != Registration.Status.CONFIRMED,
    )


def registration_calendar(registration):
    return _calendar([_registration_component(registration)])


def personal_calendar(registrations):
    """Every event a person has a place at or is waiting for (their private feed)."""
    return _calendar(_registration_component(registration) for registration in registrations)


def _calendar(components):
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Community of Practice events")
    for component in components:
        calendar.add_component(component)
    calendar.add_missing_timezones()
    return calendar


def calendar_response(calendar, filename):
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
