"""A member's event registrations in their data export, and when they leave."""

from django.utils import timezone

from home.languages import in_current_language
from home.personal_data import Handling

from .models import PersonalCalendar, Registration
from .registration import cancel

RELATIONS = {
    ("events.Registration", "user"): Handling(
        "event_registrations", "deleted; a confirmed place passes to the waiting list"
    ),
    ("events.PersonalCalendar", "user"): Handling(
        "personal_calendar", "deleted, so its address stops working"
    ),
}


def registrations_for(user):
    """The person's current registrations, each with `event_here`: the event in
    the language the list is read in."""
    if not user.is_authenticated:
        return []
    registrations = list(
        Registration.objects.filter(user=user)
        .exclude(status=Registration.Status.CANCELLED)
        .select_related("event")
        .order_by("event__start", "pk")
    )
    # In date order: what is coming up first, soonest first; then past events,
    # the most recent first.
    now = timezone.now()
    upcoming = [registration for registration in registrations if registration.event.start >= now]
    past = [registration for registration in registrations if registration.event.start < now]
    for registration in past:
        registration.is_past = True
    registrations = upcoming + past[::-1]
    localized = in_current_language(registration.event_id for registration in registrations)
    for registration in registrations:
        registration.event_here = localized[registration.event_id]
    return registrations


def export_personal_data(user, data):
    """Every registration, cancelled ones too, with every field stored about it,
    and the private calendar address if one was made."""
    calendar = PersonalCalendar.objects.filter(user=user).first()
    data["personal_calendar"] = (
        {"token": calendar.token, "created_at": calendar.created_at} if calendar else None
    )
    data["event_registrations"] = [
        {
            "event": registration.event.title,
            "starts": registration.event.start,
            "address": registration.event.full_url,
            "status": str(registration.get_status_display()),
            "access_needs": registration.access_needs,
            "created_at": registration.created_at,
            "queued_at": registration.queued_at,
            "cancelled_at": registration.cancelled_at,
            "attended": registration.attended,
            "reminder_week_sent_at": registration.reminder_week_sent_at,
            "reminder_day_sent_at": registration.reminder_day_sent_at,
        }
        for registration in Registration.objects.filter(user=user)
        .select_related("event")
        .order_by("event__start", "pk")
    ]


def forget(user):
    """Registrations go entirely; a confirmed place passes to the waiting list.
    The private calendar address stops working."""
    PersonalCalendar.objects.filter(user=user).delete()
    for registration in Registration.objects.filter(
        user=user, status=Registration.Status.CONFIRMED
    ):
        cancel(registration)
    Registration.objects.filter(user=user).delete()
