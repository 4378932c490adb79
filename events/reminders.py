"""The 7-day and 1-day reminders, as a periodic job (registered in wagtail_hooks.py;
`manage.py send_event_reminders` runs it by hand)."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_tasks import task

from .models import REMINDER_OFFSETS, EventStatus, Registration
from .registration import send_registration_email

WHEN = {"reminder_week_sent_at": _("in a week"), "reminder_day_sent_at": _("tomorrow")}


def send_due_reminders():
    """Send the reminders that are due; return how many. Each reminder is marked
    and its e-mail put in the outbox in one transaction, so it is sent exactly
    once however often this runs, and a mail server that is down delays it
    rather than losing it."""
    now = timezone.now()
    sent = 0
    day = REMINDER_OFFSETS["reminder_day_sent_at"]
    for field, offset in REMINDER_OFFSETS.items():
        # A week's reminder makes no sense once the day's reminder is due.
        earliest = now + day if field == "reminder_week_sent_at" else now
        due = Registration.objects.filter(
            status=Registration.Status.CONFIRMED,
            event__live=True,
            event__status=EventStatus.SCHEDULED,
            event__start__gt=earliest,
            event__start__lte=now + offset,
            **{f"{field}__isnull": True},
        ).select_related("event", "user")
        for registration in due:
            with transaction.atomic():
                # Only the run whose update wins writes the e-mail.
                claimed = Registration.objects.filter(
                    pk=registration.pk, **{f"{field}__isnull": True}
                ).update(**{field: now})
                if claimed:
                    send_registration_email(
                        registration, "events/email/reminder.txt", when=str(WHEN[field])
                    )
                    sent += 1
    return sent


@task()
def send_event_reminders():
    return send_due_reminders()
