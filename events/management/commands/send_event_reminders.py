"""Send the 7-day and 1-day reminders that are due. The scheduler (`manage.py
run_scheduler`) runs this every 15 minutes; each reminder goes exactly once
however often it runs."""

from django.core.management.base import BaseCommand

from events.reminders import send_due_reminders


class Command(BaseCommand):
    help = "E-mail registrants whose event is a week or a day away (each reminder once)."

    def handle(self, *args, **options):
        self.stdout.write(f"Sent {send_due_reminders()} reminder(s).")
