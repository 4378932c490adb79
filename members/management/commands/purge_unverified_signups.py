"""Remove sign-ups whose e-mail address was never confirmed. Run it daily."""

import datetime

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.utils import timezone

from members.data import delete_account
from members.models import Profile

DEFAULT_AGE_DAYS = 30


class Command(BaseCommand):
    help = "Delete accounts that signed up but never confirmed their e-mail address."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=DEFAULT_AGE_DAYS)

    def handle(self, *args, days, **options):
        cutoff = timezone.now() - datetime.timedelta(days=days)
        stale = (
            get_user_model()
            .objects.filter(
                date_joined__lt=cutoff,
                profile__status=Profile.Status.UNVERIFIED,
                is_staff=False,
            )
            .exclude(emailaddress__verified=True)
        )
        count = 0
        # One by one, as "Delete my account" does, so nothing about them lingers.
        for user in stale:
            delete_account(user)
            count += 1
        self.stdout.write(f"Removed {count} unconfirmed sign-up(s) older than {days} days.")
