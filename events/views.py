from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Locale

from home.privacy import ANONYMOUS, visible_to
from home.routable import page_path
from members.signals import remember_language

from .calendar import calendar_response, events_calendar, personal_calendar
from .feeds import UpcomingEventsFeed
from .forms import RegistrationForm
from .models import EventIndexPage, PersonalCalendar, Registration
from .registration import RegistrationRefused, cancel, register


@require_POST
def register_view(request, event):
    if not request.user.is_authenticated:
        return redirect_to_login(event.url)
    form = RegistrationForm(request.POST)
    if not form.is_valid():
        return event.serve_event(request, form=form, status=400)
    # Later e-mails about this place (reminders, changes) follow this language.
    remember_language(request.user, request.LANGUAGE_CODE)
    try:
        registration = register(
            event.booking_event, request.user, form.cleaned_data["access_needs"]
        )
    except RegistrationRefused as refusal:
        form.add_error(None, str(refusal))
        return event.serve_event(request, form=form, status=400)
    if registration.status == Registration.Status.CONFIRMED:
        messages.success(request, _("Your place is confirmed. We have e-mailed you the details."))
    else:
        messages.info(request, _("The event is full, so you are on the waiting list."))
    return redirect(event.url)


@require_POST
def cancel_view(request, event):
    if not request.user.is_authenticated:
        return redirect_to_login(event.url)
    # Only the person's own registration: the form carries no one's ID.
    registration = (
        event.booking_event.registrations.filter(user=request.user)
        .exclude(status=Registration.Status.CANCELLED)
        .first()
    )
    if registration is None:
        messages.error(request, _("You have no registration for this event to cancel."))
        return redirect(event.url)
    cancel(registration)
    messages.success(request, _("Your registration has been cancelled."))
    return redirect(event.url)


def calendar_feed(request):
    """/events/feed.ics: Wagtail's page URLs cannot end in .ics, so Django serves it."""
    index = (
        EventIndexPage.objects.live().filter(locale=Locale.get_active()).first()
        or EventIndexPage.objects.live().first()
    )
    if index is None:
        raise Http404
    # Calendar apps subscribe without logging in: only what anyone may see.
    events = visible_to(ANONYMOUS, index.events()).order_by("start")
    return calendar_response(events_calendar(events, request), "events.ics")


def event_calendar_view(request, event):
    return calendar_response(events_calendar([event], request), f"{event.slug}.ics")


def events_feed_view(request, index):
    return UpcomingEventsFeed(index)(request)


def personal_calendar_view(request, token):
    """A person's own events, at their secret address: calendar apps fetch it
    without logging in, so the token is the only key (reset from My account)."""
    calendar = PersonalCalendar.objects.filter(token=token, user__is_active=True).first()
    if calendar is None:
        raise Http404
    registrations = (
        Registration.objects.filter(user=calendar.user, event__live=True)
        .exclude(status=Registration.Status.CANCELLED)
        .select_related("event", "user")
        .order_by("event__start")
    )
    response = calendar_response(personal_calendar(registrations), "my-events.ics")
    response["Cache-Control"] = "private, no-cache"
    response["X-Robots-Tag"] = "noindex"
    return response


@require_POST
def reset_personal_calendar_view(request):
    if not request.user.is_authenticated:
        return redirect_to_login(reverse("members:account"))
    calendar, created = PersonalCalendar.objects.get_or_create(user=request.user)
    if created:
        messages.success(request, _("Your private calendar address is ready."))
    else:
        calendar.reset()
        messages.success(
            request,
            _(
                "Your calendar address has been changed. The old one no longer works: "
                "subscribe again with the new one."
            ),
        )
    return redirect(reverse("members:account") + "#events-heading")


# The events index page's own routes (EventIndexPage.subpage_routes).
event_index_routes = [page_path("feed/", events_feed_view, name="feed")]

# An event page's own routes (EventPage.subpage_routes).
event_page_routes = [
    page_path("register/", register_view, name="register"),
    page_path("cancel-registration/", cancel_view, name="cancel_registration"),
    page_path("calendar/", event_calendar_view, name="calendar"),
]
