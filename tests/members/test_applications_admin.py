"""Editors deciding membership applications: the list opens on the pending ones,
oldest first, with a count in the menu; approve and decline on each row and on a
read-only application page; no form field can change the status; editors hear of
each new application and are reminded daily while one waits too long."""

import datetime
import re

import pytest
from django.conf import settings
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format

from home.scheduler import periodic_jobs
from members import membership
from members.models import Profile
from tests.members.conftest import make_person

pytestmark = pytest.mark.django_db

LISTING = reverse("members_profile:list")


def days_ago(days):
    return timezone.now() - datetime.timedelta(days=days)


def pending_people():
    newer = make_person(
        "newer@example.org",
        status=Profile.Status.APPLIED,
        full_name="Nora Newer",
        applied_at=days_ago(1),
        bio="I run a reminiscence group & a walking club.",
    )
    older = make_person(
        "older@example.org",
        status=Profile.Status.APPLIED,
        full_name="Olwen Older",
        applied_at=days_ago(5),
    )
    return newer, older


def test_the_list_opens_on_pending_applications_oldest_first(client, editor, member):
    newer, older = pending_people()
    client.force_login(editor)
    response = client.get(LISTING)
    assert response.status_code == 200
    content = response.content.decode()
    assert "Ada Approved" not in content
    assert content.index("Olwen Older") < content.index("Nora Newer")
    # Choosing "all" in the filter is not sent back to the pending list.
    everyone = client.get(LISTING, {"status": "", "q": "Ada"})
    assert everyone.status_code == 200 and "Ada Approved" in everyone.content.decode()


def test_the_menu_item_counts_the_pending_applications(client, editor):
    pending_people()
    client.force_login(editor)
    count = Profile.objects.filter(status=Profile.Status.APPLIED).count()
    content = client.get(reverse("wagtailadmin_home")).content.decode()
    assert f"Membership applications ({count})" in content


def test_approve_in_one_click_from_the_row(client, editor):
    newer, _older = pending_people()
    client.force_login(editor)
    content = client.get(LISTING + "?status=applied").content.decode()
    approve = reverse("membership_decide", args=[newer.profile.pk, "approve"])
    assert re.search(rf'<form method="post" action="{re.escape(approve)}">', content)
    response = client.post(approve)
    assert response.status_code == 302
    newer.profile.refresh_from_db()
    assert newer.profile.status == Profile.Status.APPROVED
    assert mail.outbox[-1].to == [newer.email]


def test_the_application_page_shows_what_they_wrote_with_the_decisions(client, editor):
    newer, _older = pending_people()
    client.force_login(editor)
    content = client.get(LISTING + "?status=applied").content.decode()
    inspect = reverse("members_profile:inspect", args=[newer.profile.pk])
    assert f'href="{inspect}"' in content  # the name opens the application
    page = client.get(inspect).content.decode()
    assert "I run a reminiscence group &amp; a walking club." in page
    assert reverse("membership_decide", args=[newer.profile.pk, "approve"]) in page
    assert reverse("membership_decide", args=[newer.profile.pk, "decline"]) in page


def test_no_form_field_changes_the_status_or_the_person(client, editor, member):
    newer, _older = pending_people()
    client.force_login(editor)
    edit = reverse("members_profile:edit", args=[newer.profile.pk])
    form = client.get(edit).content.decode()
    for field in ('name="status"', 'name="user"', 'name="decided_by"', 'name="decision_message"'):
        assert field not in form
    client.post(
        edit,
        {
            "organisation": "Hill Trust",
            "organisation_type": "heritage",
            "role": "Officer",
            "region": "london",
            "bio": "",
            "status": "approved",
            "user": member.pk,
        },
    )
    newer.profile.refresh_from_db()
    assert newer.profile.status == Profile.Status.APPLIED
    assert newer.profile.user == newer
    assert not mail.outbox or mail.outbox[-1].to != [newer.email]


def test_editors_are_told_of_each_new_application(editor):
    person = make_person(
        "new@example.org", status=Profile.Status.UNVERIFIED, full_name="Nel O'Neill"
    )
    mail.outbox.clear()
    membership.email_confirmed(person.profile)
    told = {address for message in mail.outbox for address in message.to}
    assert editor.email in told and person.email not in told
    message = next(m for m in mail.outbox if m.to == [editor.email])
    assert "Nel O'Neill" in message.subject
    assert "http://testserver/admin/" in message.body


def test_a_daily_reminder_while_an_application_waits_more_than_three_days(editor):
    make_person("recent@example.org", status=Profile.Status.APPLIED, applied_at=days_ago(2))
    Profile.objects.filter(status=Profile.Status.APPLIED).exclude(
        user__email="recent@example.org"
    ).update(applied_at=days_ago(1))
    mail.outbox.clear()
    assert membership.remind_editors_of_waiting_applications() == 0
    assert not mail.outbox

    make_person(
        "waiting@example.org",
        status=Profile.Status.APPLIED,
        full_name="Wyn Waiting",
        applied_at=days_ago(4),
    )
    assert membership.remind_editors_of_waiting_applications() == 1
    message = next(m for m in mail.outbox if m.to == [editor.email])
    assert "Wyn Waiting" in message.body and "recent" not in message.body


def test_the_reminder_is_a_registered_daily_job():
    jobs = {job.name: job for job in periodic_jobs()}
    job = jobs["members.remind_editors_of_waiting_applications"]
    assert job.every == datetime.timedelta(days=1)


def test_admin_dates_are_in_the_uk_style(client, editor):
    with translation.override("en"):
        assert date_format(datetime.date(2026, 12, 1), "SHORT_DATE_FORMAT") == "01/12/2026"
        assert date_format(datetime.date(2026, 12, 1)) == "1 December 2026"
    assert settings.WAGTAIL_DATE_FORMAT == "%d/%m/%Y"
    assert settings.WAGTAIL_DATETIME_FORMAT == "%d/%m/%Y %H:%M"
