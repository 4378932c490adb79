"""Scheduling the next quarterly meetings in one step."""

import datetime

from dateutil.relativedelta import relativedelta
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify

from .models import EventPage, EventStatus, EventType

MEETINGS_AHEAD = 4


def same_weekday_in_month(moment, months):
    """The same weekday and time in the same week of the month, `months` later
    (the second Tuesday stays the second Tuesday)."""
    local = timezone.localtime(moment)
    week_of_month = (local.day - 1) // 7
    first = (local + relativedelta(months=months)).replace(day=1)
    offset = (local.weekday() - first.weekday()) % 7
    day = 1 + offset + 7 * week_of_month
    last_day = (first + relativedelta(months=1) - datetime.timedelta(days=1)).day
    if day > last_day:
        day -= 7
    naive = datetime.datetime.combine(first.date().replace(day=day), local.time())
    return timezone.make_aware(naive, timezone.get_current_timezone())


def latest_quarterly_meeting(index):
    return (
        EventPage.objects.child_of(index)
        .live()
        .filter(event_type=EventType.QUARTERLY_MEETING, start__isnull=False)
        .order_by("-start")
        .first()
    )


def planned_dates(meeting):
    length = meeting.end - meeting.start
    return [
        (start, start + length)
        for start in (
            same_weekday_in_month(meeting.start, 3 * step) for step in range(1, MEETINGS_AHEAD + 1)
        )
    ]


def meeting_slug(start):
    return slugify(meeting_title(start))


def meeting_title(start):
    """Quarterly meetings are named by month and year, the same way wherever they are
    made (the scheduler, the demo), so a title always matches its date."""
    return f"Quarterly meeting, {timezone.localtime(start):%B %Y}"


def planned_meetings(index, meeting):
    """(start, end, the page already there or None) for each of the next four
    meetings: one already exists, as a draft or live, when a page of the
    section has its address or its start."""
    dates = planned_dates(meeting)
    children = EventPage.objects.child_of(index).filter(
        Q(slug__in=[meeting_slug(start) for start, _end in dates])
        | Q(start__in=[start for start, _end in dates])
    )
    by_slug = {page.slug: page for page in children}
    by_start = {page.start: page for page in children}
    return [
        (start, end, by_slug.get(meeting_slug(start)) or by_start.get(start))
        for start, end in dates
    ]


@transaction.atomic
def schedule_next_meetings(index, user):
    """Copy the latest quarterly meeting as four drafts, three months apart.
    Registrations, minutes and materials are not copied."""
    meeting = latest_quarterly_meeting(index)
    if meeting is None:
        return []
    taken = set(index.get_children().values_list("slug", flat=True))
    created = []
    for start, end, existing in planned_meetings(index, meeting):
        title = meeting_title(start)
        slug = slugify(title)
        if existing is not None or slug in taken:
            continue
        copy = meeting.copy(
            to=index,
            keep_live=False,
            user=user,
            copy_revisions=False,
            process_child_object=lambda *args: None,
            exclude_fields=["materials"],
            update_attrs={
                "title": title,
                "slug": slug,
                "start": start,
                "end": end,
                "status": EventStatus.SCHEDULED,
                "minutes": "",
                "actions_agreed": "",
                "registration_opens": None,
                "registration_closes": start,
                "sequence": 0,
                "notified_start": None,
                "notified_end": None,
                "notified_status": "",
            },
        )
        taken.add(slug)
        created.append(copy)
    return created
