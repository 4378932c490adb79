"""Taking, giving up and passing on places at events. Capacity is checked with
the event's row locked, so two people can never take the last place."""

from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from home.tasks import send_templated_email

from .calendar import registration_calendar
from .models import EventPage, Registration


class RegistrationRefused(Exception):
    """A registration that cannot happen, with the reason to show the person."""


REFUSALS = {
    "cancelled": _("This event has been cancelled."),
    "postponed": _("This event has been postponed; registration will reopen with a new date."),
    "past": _("This event has already started."),
    "not_open": _("Registration has not opened yet."),
    "closed": _("Registration has closed."),
}


def register(event, user, access_needs=""):
    with transaction.atomic():
        # Lock this event's row: registrations for it queue here, one at a time.
        locked = EventPage.objects.select_for_update(of=("self",)).get(pk=event.pk)
        state = locked.registration_state()
        if state != "open":
            raise RegistrationRefused(REFUSALS[state])
        if not locked.may_register(user):
            raise RegistrationRefused(_("This event is for approved members."))
        registration = Registration.objects.filter(event=locked, user=user).first()
        if registration is not None and registration.status != Registration.Status.CANCELLED:
            raise RegistrationRefused(_("You are already registered for this event."))
        confirmed = Registration.objects.filter(
            event=locked, status=Registration.Status.CONFIRMED
        ).count()
        full = locked.capacity is not None and confirmed >= locked.capacity
        status = Registration.Status.WAITLISTED if full else Registration.Status.CONFIRMED
        now = timezone.now()
        if registration is None:
            registration = Registration(event=locked, user=user)
        registration.status = status
        registration.access_needs = access_needs
        registration.queued_at = now
        registration.cancelled_at = None
        registration.save()
        # In the same transaction: the e-mail is in the outbox if and only if the
        # place is taken (home/outbox.py sends it after the commit).
        if status == Registration.Status.CONFIRMED:
            send_confirmation(registration)
        else:
            send_registration_email(registration, "events/email/waitlisted.txt", calendar=True)
    return registration


def cancel(registration):
    """Give up a place; the first person waiting takes it and is told."""
    promoted = None
    with transaction.atomic():
        EventPage.objects.select_for_update(of=("self",)).get(pk=registration.event_id)
        registration.refresh_from_db()
        was_confirmed = registration.status == Registration.Status.CONFIRMED
        registration.status = Registration.Status.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.save(update_fields=["status", "cancelled_at"])
        if was_confirmed:
            promoted = (
                Registration.objects.filter(
                    event_id=registration.event_id, status=Registration.Status.WAITLISTED
                )
                .order_by("queued_at", "pk")
                .first()
            )
            if promoted is not None:
                promoted.status = Registration.Status.CONFIRMED
                promoted.save(update_fields=["status"])
                send_confirmation(promoted, template="events/email/promoted.txt")
    return promoted


def send_confirmation(registration, template="events/email/confirmed.txt"):
    send_registration_email(registration, template, calendar=True)


def send_registration_email(registration, template, calendar=False, **extra):
    """In the registrant's language, linking to the event in that language. The
    joining link reaches the template (as `joining_link`) and the calendar entry
    only for someone who may join: a confirmed registrant or an editor."""
    event = registration.event
    may_join = event.can_see_joining_link(registration.user, registration)
    attachments = None
    if calendar:
        entry = registration_calendar(registration).to_ical().decode()
        attachments = [(f"{event.slug}.ics", entry, "text/calendar")]
    with translation.override(registration.user.email_language):
        send_templated_email(
            template,
            {
                "registration": registration,
                "event": event.localized,
                "joining_link": event.joining_link if may_join else "",
                **extra,
            },
            [registration.user.email],
            attachments=attachments,
        )
