"""Send the 7-day and 1-day reminders that are due. Run it often (every few
minutes, or hourly): each reminder goes exactly once however often it runs."""

from django.core.management.base import BaseCommand
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from events.models import REMINDER_OFFSETS, EventStatus, Registration
from events.registration import send_registration_email

WHEN = {"reminder_week_sent_at": _("in a week"), "reminder_day_sent_at": _("tomorrow")}


class Command(BaseCommand):
    help = "E-mail registrants whose event is a week or a day away (each reminder once)."

    def handle(self, *args, **options):
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
                # Claim the reminder first: only the run whose update wins sends it.
                claimed = Registration.objects.filter(
                    pk=registration.pk, **{f"{field}__isnull": True}
                ).update(**{field: now})
                if claimed:
                    send_registration_email(
                        registration, "events/email/reminder.txt", when=str(WHEN[field])
                    )
                    sent += 1
        self.stdout.write(f"Sent {sent} reminder(s).")
