import datetime

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Min, Q
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy, ngettext
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet

from home.content_version import memo
from home.demo.menu import place_after
from home.privacy import hidden_paths, mark_members_only, visible_to
from home.scheduler import PeriodicJob
from home.translation_sync import default_language_code

from .demo import load_events
from .models import (
    EventIndexPage,
    EventPage,
    EventStatus,
    EventType,
    PersonalCalendar,
    Registration,
)
from .personal_data import registrations_for
from .reminders import send_event_reminders
from .scheduling import latest_quarterly_meeting, planned_meetings, schedule_next_meetings
from .sectors import events_for


class RegistrationViewSet(ModelViewSet):
    """Who is coming to what: attendance marking and CSV export for editors."""

    model = Registration
    icon = "date"
    menu_label = gettext_lazy("Event registrations")
    menu_name = "event-registrations"
    menu_order = 260
    add_to_admin_menu = True
    url_namespace = "event_registrations"
    list_display = ["name", "email", "event", "status", "access_needs", "attended"]
    list_filter = ["event", "status", "attended"]
    search_fields = ["user__full_name", "user__email"]
    search_backend_name = None
    form_fields = ["status", "attended", "access_needs"]
    list_export = ["name", "email", "event", "status", "access_needs", "attended", "created_at"]
    export_filename = "event-registrations"
    inspect_view_enabled = True

    def get_queryset(self, request):
        return Registration.objects.select_related("user", "event")


hooks.register("register_admin_viewset", lambda: RegistrationViewSet("event_registrations"))


def _events_index():
    """The default language's events section: meetings are scheduled there and
    reach the other languages when they are published."""
    return EventIndexPage.objects.filter(
        alias_of__isnull=True, locale__language_code=default_language_code()
    ).first()


def schedule_quarterly_meetings(request):
    index = _events_index()
    if index is None or not index.permissions_for_user(request.user).can_add_subpage():
        raise PermissionDenied
    meeting = latest_quarterly_meeting(index)
    planned = planned_meetings(index, meeting) if meeting else []
    missing = [start for start, _end, existing in planned if existing is None]
    if request.method == "POST" and missing:
        created = schedule_next_meetings(index, request.user)
        messages.success(
            request,
            ngettext(
                "%(count)d quarterly meeting created as a draft: check and publish it.",
                "%(count)d quarterly meetings created as drafts: check and publish them.",
                len(created),
            )
            % {"count": len(created)},
        )
        return redirect(reverse("wagtailadmin_explore", args=[index.pk]))
    return TemplateResponse(
        request,
        "events/admin/schedule_quarterly.html",
        {"index": index, "meeting": meeting, "planned": planned, "missing": len(missing)},
    )


@hooks.register("register_admin_urls")
def register_scheduling_url():
    return [
        path(
            "events/schedule-quarterly-meetings/",
            schedule_quarterly_meetings,
            name="schedule_quarterly_meetings",
        )
    ]


class ScheduleMenuItem(MenuItem):
    def is_shown(self, request):
        index = _events_index()
        return index is not None and index.permissions_for_user(request.user).can_add_subpage()


@hooks.register("register_admin_menu_item")
def register_scheduling_menu_item():
    return ScheduleMenuItem(
        gettext_lazy("Schedule quarterly meetings"),
        reverse("schedule_quarterly_meetings"),
        icon_name="calendar",
        order=265,
    )


@hooks.register("load_demo_content", order=40)
def load_demo_events(site):
    place_after(load_events(site.home), "resources")


@hooks.register("home_page_context")
def next_meeting(home_page, request):
    """The home page's next scheduled quarterly meeting (or, failing that, any event).
    Kept per content version until the meeting found starts: only then, or with a
    change to the events, can another be next."""

    def read():
        upcoming = (
            visible_to(request, EventPage.objects.live())
            .filter(locale_id=home_page.locale_id, start__gte=timezone.now())
            .exclude(status=EventStatus.CANCELLED)
            .order_by("start")
        )
        quarterly = upcoming.filter(event_type=EventType.QUARTERLY_MEETING)
        meeting = quarterly.first() or upcoming.first()
        return mark_members_only([meeting], request)[0] if meeting else None

    if getattr(request, "is_preview", False):
        return {"next_meeting": read()}
    key = ("next_meeting", home_page.locale_id, tuple(hidden_paths(request)))
    meeting = memo.get(request, key, read)
    if meeting is not None and meeting.start < timezone.now():
        # Started since it was read: worked out afresh, and kept under the time too.
        key = (*key, meeting.pk)
        meeting = memo.get(request, key, read)
        if meeting is not None and meeting.start < timezone.now():
            meeting = read()
    return {"next_meeting": meeting}


@hooks.register("account_context")
def account_registrations(request):
    """My account: the events the person has registered for, and the private
    address their calendar app can subscribe to, once they have asked for one."""
    context = {"registrations": registrations_for(request.user), "personal_calendar_url": None}
    calendar = PersonalCalendar.objects.filter(user=request.user).first()
    if calendar:
        address = request.build_absolute_uri(reverse("personal_calendar", args=[calendar.token]))
        context["personal_calendar_url"] = address
        context["personal_calendar_webcal"] = "webcal://" + address.split("://", 1)[1]
    return context


@hooks.register("register_periodic_jobs")
def register_reminder_job():
    # Each reminder is marked as it is written, so running more often only costs a query.
    return [
        PeriodicJob(
            "events.send_event_reminders", datetime.timedelta(minutes=15), send_event_reminders
        )
    ]


@hooks.register("page_cache_expiry")
def next_event_moment():
    """The next moment an event page, the events listing or the home page's next
    meeting changes by the clock alone (an event starts or ends, registration opens
    or closes), so the anonymous page cache keeps nothing past it. One query."""
    now = timezone.now()
    moments = EventPage.objects.live().aggregate(
        **{
            field: Min(field, filter=Q(**{f"{field}__gt": now}))
            for field in ("start", "end", "registration_opens", "registration_closes")
        }
    )
    return min((moment for moment in moments.values() if moment), default=None)


# A partner sector's page lists the events with that sector, those to come first.
hooks.register("sector_listings", events_for)
