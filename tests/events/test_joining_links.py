"""Joining links reach confirmed registrants and editors only: in every e-mail and
every calendar attachment. Someone on the waiting list gets a tentative entry."""

import datetime
import io

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from icalendar import Calendar

from events.models import EventIndexPage, Registration
from events.registration import cancel, register
from tests.factories import UserFactory, english
from tests.members.conftest import make_person

from .test_events import make_event

pytestmark = pytest.mark.django_db

LINK = "https://meet.example.org/secret-room"


@pytest.fixture
def index(home_page):
    return english(EventIndexPage).get(slug="events")


@pytest.fixture
def full_event(index):
    """One confirmed place, taken; one person waiting."""
    event = make_event(index, "tiny-event", capacity=1, days=5)
    confirmed = make_person("confirmed@example.org")
    waiting = make_person("waiting@example.org")
    register(event, confirmed)
    register(event, waiting)
    assert Registration.objects.get(user=waiting).status == "waitlisted"
    return event, confirmed, waiting


def messages_to(person):
    return [message for message in mail.outbox if message.to == [person.email]]


def calendar_entries(message):
    entries = []
    for name, content, mimetype in message.attachments:
        assert name.endswith(".ics") and mimetype == "text/calendar"
        entries += Calendar.from_ical(content).walk("VEVENT")
    return entries


def shows_link(message):
    texts = [message.body] + [
        str(entry.get("DESCRIPTION", "")) for entry in calendar_entries(message)
    ]
    return any("secret-room" in text for text in texts)


def test_waiting_list_e_mail_has_a_tentative_entry_without_the_link(full_event):
    event, confirmed, waiting = full_event
    [confirmation] = messages_to(confirmed)
    assert LINK in confirmation.body
    [entry] = calendar_entries(confirmation)
    assert str(entry["STATUS"]) == "CONFIRMED" and LINK in str(entry["DESCRIPTION"])
    [waitlisted] = messages_to(waiting)
    [entry] = calendar_entries(waitlisted)
    assert str(entry["STATUS"]) == "TENTATIVE"
    assert not shows_link(waitlisted)


@pytest.mark.parametrize(
    "change, calendar_status",
    [("moved", "TENTATIVE"), ("postponed", "TENTATIVE"), ("cancelled", "CANCELLED")],
)
def test_change_notices_keep_the_link_from_the_waiting_list(full_event, change, calendar_status):
    event, confirmed, waiting = full_event
    mail.outbox.clear()
    if change == "moved":
        event.start += datetime.timedelta(days=1)
        event.end += datetime.timedelta(days=1)
    else:
        event.status = change
    event.save_revision().publish()
    [to_confirmed] = messages_to(confirmed)
    [to_waiting] = messages_to(waiting)
    assert shows_link(to_confirmed)
    assert not shows_link(to_waiting)
    [entry] = calendar_entries(to_waiting)
    assert str(entry["STATUS"]) == calendar_status
    [entry] = calendar_entries(to_confirmed)
    assert str(entry["STATUS"]) == ("CANCELLED" if change == "cancelled" else "CONFIRMED")


def test_promotion_brings_the_link_and_a_confirmed_entry(full_event):
    event, confirmed, waiting = full_event
    mail.outbox.clear()
    cancel(Registration.objects.get(user=confirmed))
    [promotion] = messages_to(waiting)
    assert LINK in promotion.body
    [entry] = calendar_entries(promotion)
    assert str(entry["STATUS"]) == "CONFIRMED" and LINK in str(entry["DESCRIPTION"])
    assert messages_to(confirmed) == []


def test_reminders_carry_the_link_to_confirmed_people_only(full_event):
    event, confirmed, waiting = full_event
    mail.outbox.clear()
    call_command("send_event_reminders", stdout=io.StringIO())
    [reminder] = messages_to(confirmed)
    assert LINK in reminder.body
    assert not any(shows_link(message) for message in messages_to(waiting))


def test_an_editor_on_the_waiting_list_still_gets_the_link(full_event):
    event, confirmed, waiting = full_event
    editor = UserFactory(
        email="waiting.editor@example.org", groups=[Group.objects.get(name="Editors")]
    )
    mail.outbox.clear()
    register(event, editor)
    [message] = messages_to(editor)
    assert shows_link(message)
