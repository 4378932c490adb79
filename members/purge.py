"""Removing sign-ups whose e-mail address was never confirmed: a daily periodic job
(registered in wagtail_hooks.py; `manage.py purge_unverified_signups` runs it by hand)."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone
from django_tasks import task

from .data import delete_account
from .models import Profile

DEFAULT_AGE_DAYS = 30


def purge_unverified(days=DEFAULT_AGE_DAYS):
    """Delete accounts older than `days` that never confirmed their address; return
    how many."""
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
    return count


@task()
def purge_unverified_signups():
    return purge_unverified()
