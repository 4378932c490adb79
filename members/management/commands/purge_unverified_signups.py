"""Remove sign-ups whose e-mail address was never confirmed. The scheduler
(`manage.py run_scheduler`) runs this daily."""

from django.core.management.base import BaseCommand

from members.purge import DEFAULT_AGE_DAYS, purge_unverified


class Command(BaseCommand):
    help = "Delete accounts that signed up but never confirmed their e-mail address."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=DEFAULT_AGE_DAYS)

    def handle(self, *args, days, **options):
        count = purge_unverified(days)
        self.stdout.write(f"Removed {count} unconfirmed sign-up(s) older than {days} days.")
