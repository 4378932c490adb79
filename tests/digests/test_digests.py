"""E-mail digests: the choice (started from the sign-up answer), what a digest
lists for each member in their language, sending each member one per period
(also when the job runs twice), nothing when nothing is new, the one-click
unsubscribe, and the editors' report and preview."""

import datetime
import importlib
import re
import threading
from urllib.parse import urlsplit

import pytest
import time_machine
from django.apps import apps as django_apps
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from collaboration.models import Call
from digests.models import DigestChoice, DigestRun, Frequency
from digests.sending import send_due_digests, unsubscribe_token, window
from events.models import EventIndexPage, EventPage
from events.registration import register
from home.scheduler import periodic_jobs
from members import membership
from members.data import delete_account
from members.models import Profile
from resources.models import GuidancePage, ResourceLibraryPage, ResourcePage
from tests.factories import UserFactory, english
from tests.members.conftest import make_person

pytestmark = pytest.mark.django_db

# A Tuesday: the weekly digest of 2026-11-30's week covers the week before.
TUESDAY = datetime.datetime(2026, 12, 1, 9, 0, tzinfo=datetime.UTC)


def subscriber(email="reader@example.org", frequency=Frequency.WEEKLY, **fields):
    user = make_person(email, full_name=fields.pop("full_name", "Rhian Reader"), **fields)
    DigestChoice.objects.create(user=user, frequency=frequency)
    return user


def add_resource(title, topics=(), **fields):
    library = english(ResourceLibraryPage).first()
    page = ResourcePage(
        title=title,
        slug=re.sub(r"\W+", "-", title.lower()),
        summary="A new resource.",
        resource_type="case-study",
        region="london",
        **fields,
    )
    library.add_child(instance=page)
    page.topics.set(list(topics))
    page.save_revision().publish()
    return page


def digests_to(email):
    return [message for message in mail.outbox if message.to == [email]]


def last_week():
    since, until, _period = window(Frequency.WEEKLY, TUESDAY)
    return since + datetime.timedelta(days=2)


# The choice


def test_approval_starts_the_digest_from_the_sign_up_answer(db):
    keen = make_person("keen@example.org", status=Profile.Status.APPLIED, wants_updates=True)
    quiet = make_person("quiet@example.org", status=Profile.Status.APPLIED, wants_updates=False)
    membership.approve(keen.profile, by=None)
    membership.approve(quiet.profile, by=None)
    assert DigestChoice.objects.get(user=keen).frequency == "weekly"
    assert DigestChoice.objects.get(user=quiet).frequency == "none"


def test_a_member_chooses_in_their_account(client):
    user = make_person("chooser@example.org", wants_updates=True)
    client.force_login(user)
    page = client.get(reverse("members:account")).content.decode()
    assert 'name="frequency" value="weekly"' in page and "checked" in page
    client.post(reverse("digests:choose"), {"frequency": "monthly"})
    assert DigestChoice.objects.get(user=user).frequency == "monthly"
    client.post(reverse("digests:choose"), {"frequency": "daily"})
    assert DigestChoice.objects.get(user=user).frequency == "monthly"


# What it lists


def test_the_digest_lists_what_is_new_for_the_member(client):
    reader = subscriber(region="wales")
    reader.profile.interests.set(["oral history"])
    reader.profile.save()
    approver = UserFactory(
        email="approver@example.org",
        groups=[Group.objects.get(name="Guidance approvers"), Group.objects.get(name="Editors")],
    )
    with time_machine.travel(last_week(), tick=False):
        first = add_resource("General toolkit update")
        second = add_resource("Oral history starter pack", topics=["oral history"])
        guide = english(GuidancePage).live().filter(depth=4).first()
        guide.title = guide.title + " (second edition)"
        guide.save_revision(user=approver)
        state = guide.get_workflow().start(guide, approver)
        state.current_task_state.approve(user=approver, comment="Consent section rewritten.")
        Call.objects.create(
            poster=make_person("poster@example.org"),
            topic="Museum visits and loneliness study",
            description="Looking for partners.",
            looking_for="partners",
            region="wales",
            deadline=(TUESDAY + datetime.timedelta(days=30)).date(),
            status=Call.Status.APPROVED,
            approved_at=timezone.now(),
        )
        make_person(
            "neighbour@example.org",
            full_name="Nia Neighbour",
            region="wales",
            decided_at=timezone.now(),
        )
        make_person(
            "far@example.org", full_name="Fred Faraway", region="london", decided_at=timezone.now()
        )
        make_person(
            "unlisted.near@example.org",
            full_name="Hidden Neighbour",
            region="wales",
            listed=False,
            decided_at=timezone.now(),
        )
    index = english(EventIndexPage).first()
    start = TUESDAY + datetime.timedelta(days=20)
    for slug, capacity in [("open-event", 30), ("full-event", 1)]:
        event = EventPage(
            title=slug.replace("-", " ").title(),
            slug=slug,
            start=start,
            end=start + datetime.timedelta(hours=2),
            capacity=capacity,
        )
        index.add_child(instance=event)
        event.save_revision().publish()
    register(event, make_person("early.bird@example.org"))  # takes the full event's place

    with time_machine.travel(TUESDAY, tick=False):
        send_due_digests()
    [digest] = digests_to("reader@example.org")
    body = digest.body
    assert (
        digest.subject == "This week in the Heritage and Social Prescribing Community of Practice"
    )
    # Resources matching their interests come first.
    assert body.index(second.title) < body.index(first.title)
    assert "Oral history starter pack (matches your interests)" in body
    guide.refresh_from_db()
    assert f"{guide.title} (revised)" in body
    assert "What changed: Consent section rewritten." in body
    assert "Museum visits and loneliness study" in body
    assert "Nia Neighbour" in body
    assert "Fred Faraway" not in body and "Hidden Neighbour" not in body
    assert "Open Event" in body and "Full Event" not in body
    assert "neighbour@example.org" not in body


def test_the_digest_is_in_the_members_language():
    subscriber("welsh.reader@example.org")
    reader = subscriber("cymraeg@example.org")
    reader.language = "cy"
    reader.save()
    with time_machine.travel(last_week(), tick=False):
        add_resource("Bilingual resource")
    with time_machine.travel(TUESDAY, tick=False):
        send_due_digests()
    [english_digest] = digests_to("welsh.reader@example.org")
    [welsh_digest] = digests_to("cymraeg@example.org")
    assert "/resources/bilingual-resource/" in english_digest.body
    assert "/cy/resources/bilingual-resource/" in welsh_digest.body
    assert "/cy/digests/unsubscribe/" in welsh_digest.body


def test_nothing_is_sent_when_nothing_is_new():
    subscriber()
    with time_machine.travel(TUESDAY, tick=False):
        send_due_digests()
    assert digests_to("reader@example.org") == []
    # The period is settled: it is not looked at again.
    assert DigestRun.objects.get(user__email="reader@example.org").items == 0


def test_each_member_gets_one_digest_per_period_and_only_if_they_chose_one():
    subscriber("weekly@example.org")
    subscriber("monthly@example.org", frequency=Frequency.MONTHLY)
    subscriber("none@example.org", frequency=Frequency.NONE)
    subscriber("pending@example.org", status=Profile.Status.APPLIED)
    with time_machine.travel(last_week(), tick=False):
        add_resource("Something new")
    with time_machine.travel(TUESDAY, tick=False):
        send_due_digests()
        send_due_digests()  # the job runs again, or on another machine
    with time_machine.travel(TUESDAY + datetime.timedelta(hours=5), tick=False):
        send_due_digests()
    assert len(digests_to("weekly@example.org")) == 1
    assert len(digests_to("monthly@example.org")) == 1  # November's digest
    assert digests_to("none@example.org") == [] and digests_to("pending@example.org") == []


def test_the_job_is_registered_with_the_scheduler():
    assert "digests.send_digests" in {job.name for job in periodic_jobs()}


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL's concurrency")
@pytest.mark.django_db(transaction=True)
def test_two_runs_at_once_send_each_member_one_digest(transactional_db):
    readers = [subscriber(f"racer{n}@example.org") for n in range(5)]
    with time_machine.travel(last_week(), tick=False):
        add_resource("Race resource")
    barrier = threading.Barrier(2)
    errors = []

    def run():
        from django.db import connections

        try:
            barrier.wait()
            send_due_digests()
        except Exception as error:  # noqa: BLE001 - recorded for the assertion below
            errors.append(error)
        finally:
            connections.close_all()

    runs = [threading.Thread(target=run) for _ in range(2)]
    with time_machine.travel(TUESDAY, tick=False):  # the clock is the process's
        for thread in runs:
            thread.start()
        for thread in runs:
            thread.join()
    assert errors == []
    for reader in readers:
        assert len(digests_to(reader.email)) == 1
        assert DigestRun.objects.filter(user=reader).count() == 1


# Unsubscribing


def unsubscribe_path(message):
    [url] = re.findall(r"https?://\S+/digests/unsubscribe/\S+/", message.body)
    return urlsplit(url).path


def test_every_digest_has_a_one_click_unsubscribe_without_logging_in():
    subscriber()
    with time_machine.travel(last_week(), tick=False):
        add_resource("Something new")
    with time_machine.travel(TUESDAY, tick=False):
        send_due_digests()
    [digest] = digests_to("reader@example.org")
    path = unsubscribe_path(digest)
    assert digest.extra_headers["List-Unsubscribe"] == f"<http://testserver{path}>" or (
        digest.extra_headers["List-Unsubscribe"].endswith(f"{path}>")
    )
    assert digest.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    # A link checker's GET changes nothing; it shows one button.
    browser = Client(enforce_csrf_checks=True)
    page = browser.get(path)
    assert page.status_code == 200 and "Unsubscribe</button>" in page.content.decode()
    assert DigestChoice.objects.get(user__email="reader@example.org").frequency == "weekly"
    # The mail program's POST (RFC 8058), with no cookie or CSRF token, unsubscribes.
    done = browser.post(path, {"List-Unsubscribe": "One-Click"})
    assert done.status_code == 200 and "You have been unsubscribed" in done.content.decode()
    assert DigestChoice.objects.get(user__email="reader@example.org").frequency == "none"


def test_a_forged_or_expired_link_does_nothing_and_says_so(client):
    reader = subscriber()
    token = unsubscribe_token(reader)
    forged = client.post(reverse("digests:unsubscribe", args=[token[:-2] + "xx"]))
    assert forged.status_code == 400 and "not valid" in forged.content.decode()
    other = client.post(reverse("digests:unsubscribe", args=["abc"]))
    assert other.status_code == 400
    with time_machine.travel(datetime.timedelta(days=91)):
        expired = client.post(reverse("digests:unsubscribe", args=[token]))
    assert expired.status_code == 400 and "expired" in expired.content.decode()
    assert DigestChoice.objects.get(user__email="reader@example.org").frequency == "weekly"


# Editors


def test_editors_see_the_last_sending_and_preview_a_members_next_digest(client):
    subscriber()
    with time_machine.travel(last_week(), tick=False):
        add_resource("Sent last week")
    with time_machine.travel(TUESDAY, tick=False):
        send_due_digests()
    editor = UserFactory(
        email="digest.editor@example.org", groups=[Group.objects.get(name="Editors")]
    )
    client.force_login(editor)
    page = client.get(reverse("digests_report")).content.decode()
    assert "1 December 2026" not in page or "30 November 2026" in page
    people = DigestRun.objects.filter(frequency="weekly", items__gt=0).count()
    assert people >= 1 and f"<td>{people}</td>" in page
    add_resource("Coming in the next digest")
    preview = client.get(reverse("digests_report"), {"member": "reader@example.org"})
    text = preview.content.decode()
    assert "Coming in the next digest" in text and "Rhian Reader" in text


def test_preview_is_refused_for_a_member_the_editor_may_not_see(client):
    subscriber()
    watchers = Group.objects.create(name="Digest watchers")
    watchers.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_digest_report"),
    )
    watcher = UserFactory(email="watcher@example.org", is_staff=True, groups=[watchers])
    client.force_login(watcher)
    assert client.get(reverse("digests_report")).status_code == 200
    refused = client.get(reverse("digests_report"), {"member": "reader@example.org"})
    text = refused.content.decode()
    assert "no member with that address you may see" in text and "Rhian Reader" not in text

    client.force_login(make_person("plain@example.org"))
    assert client.get(reverse("digests_report")).status_code in (302, 403)


def test_digest_choice_and_sent_digests_are_exported_and_deleted(client):
    reader = subscriber()
    with time_machine.travel(last_week(), tick=False):
        add_resource("Something new")
    with time_machine.travel(TUESDAY, tick=False):
        send_due_digests()
    client.force_login(reader)
    data = client.get(reverse("members:download_data")).json()
    assert data["digest"]["frequency"] == "weekly" and len(data["digests_sent"]) == 1
    reader_id = reader.pk
    delete_account(reader)
    assert not DigestChoice.objects.filter(user_id=reader_id).exists()
    assert not DigestRun.objects.filter(user_id=reader_id).exists()


def test_the_migration_starts_existing_members_from_their_sign_up_answer():
    migration = importlib.import_module("digests.migrations.0002_choices_from_sign_up")
    keen = make_person("old.keen@example.org", wants_updates=True)
    quiet = make_person("old.quiet@example.org", wants_updates=False)
    chosen = make_person("old.chosen@example.org", wants_updates=True)
    DigestChoice.objects.create(user=chosen, frequency=Frequency.MONTHLY)
    migration.choices_from_sign_up(django_apps, None)
    assert DigestChoice.objects.get(user=keen).frequency == "weekly"
    assert DigestChoice.objects.get(user=quiet).frequency == "none"
    assert DigestChoice.objects.get(user=chosen).frequency == "monthly"
