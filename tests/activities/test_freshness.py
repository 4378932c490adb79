"""Owners are reminded every six months; unconfirmed entries are marked, then
hidden a year after they were last checked."""

import datetime

import pytest
from django.utils import timezone

from activities.freshness import send_confirmation_reminders
from activities.models import Activity
from home.scheduler import periodic_jobs

pytestmark = pytest.mark.django_db


def test_the_reminder_job_is_registered():
    assert "activities.send_confirmation_reminders" in {job.name for job in periodic_jobs()}


def test_owners_are_reminded_once_for_each_due_date(client, directory, people, mailoutbox):
    send_confirmation_reminders.call()
    reminded = [m for m in mailoutbox if "Zeta unconfirmed walk" in m.subject]
    assert len(reminded) == 1 and reminded[0].to == [people["other"].email]
    # Not for fresh, hidden or unpublished ones.
    for name in ("Zeta Leeds heritage walk", "Zeta stale walk", "Zeta secret draft"):
        assert not [m for m in mailoutbox if name in m.subject]
    mailoutbox.clear()
    send_confirmation_reminders.call()
    assert not [m for m in mailoutbox if "Zeta unconfirmed walk" in m.subject]


def test_confirming_marks_it_checked_today(client, directory, people):
    unconfirmed = directory["unconfirmed"]
    assert unconfirmed.is_unconfirmed
    client.force_login(people["other"])
    assert client.post(f"/activities/{unconfirmed.pk}/confirm/").status_code == 302
    unconfirmed.refresh_from_db()
    assert unconfirmed.last_checked == timezone.localdate() and not unconfirmed.is_unconfirmed


def test_an_entry_unchecked_for_a_year_is_hidden(directory):
    leeds = directory["leeds"]
    assert Activity.objects.public().filter(pk=leeds.pk).exists()
    year_ago = timezone.localdate() - datetime.timedelta(days=365)
    Activity.objects.filter(pk=leeds.pk).update(last_checked=year_ago)
    assert not Activity.objects.public().filter(pk=leeds.pk).exists()
