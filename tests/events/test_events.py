"""Events: listing, registration with capacity and waiting list, calendars,
reminders, notices and the quarterly series."""

import datetime
import io
import threading

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from events.models import EventIndexPage, EventPage, Registration
from events.registration import RegistrationRefused, cancel, register
from events.scheduling import same_weekday_in_month, schedule_next_meetings
from members.models import Profile
from tests.factories import UserFactory, english
from tests.members.conftest import make_person

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home_page):
    return english(EventIndexPage).get(slug="events")


def make_event(index, slug, days=10, capacity=None, **fields):
    start = timezone.now() + datetime.timedelta(days=days)
    event = EventPage(
        title=fields.pop("title", slug.replace("-", " ").title()),
        slug=slug,
        start=start,
        end=start + datetime.timedelta(hours=2),
        capacity=capacity,
        joining_link=fields.pop("joining_link", "https://meet.example.org/secret-room"),
        **fields,
    )
    index.add_child(instance=event)
    event.save_revision().publish()
    return english(EventPage).get(pk=event.pk)


def people(count, prefix="person"):
    return [make_person(f"{prefix}{n}@example.org") for n in range(count)]


# Listing


def test_index_splits_upcoming_and_past_in_the_right_order(client, index):
    with time_machine.travel(timezone.now(), tick=False):
        html = BeautifulSoup(client.get("/events/").content, "html.parser")
    upcoming = [
        a.get_text(strip=True) for a in html.select("#upcoming-heading ~ ul .card__title a")
    ]
    past = [a.get_text(strip=True) for a in html.select("#past-heading ~ ul .card__title a")]
    now = timezone.now()
    live = english(EventPage).live()
    assert upcoming == list(
        live.filter(end__gte=now).order_by("start").values_list("title", flat=True)
    )
    assert past == list(live.filter(end__lt=now).order_by("-start").values_list("title", flat=True))
    # Two months on, the winter meeting has moved to the past.
    with time_machine.travel(timezone.now() + datetime.timedelta(days=60)):
        html = BeautifulSoup(client.get("/events/").content, "html.parser")
    past = [a.get_text(strip=True) for a in html.select("#past-heading ~ ul .card__title a")]
    assert english(EventPage).get(slug="quarterly-meeting-winter").title in past
    assert past == sorted(past, key=lambda t: english(EventPage).get(title=t).start, reverse=True)


def test_index_filters_by_type(client, index):
    html = BeautifulSoup(client.get("/events/", {"type": "webinar"}).content, "html.parser")
    titles = [a.get_text(strip=True) for a in html.select(".card__title a")]
    assert titles == ["Webinar: measuring wellbeing simply"]
    assert client.get("/events/", {"type": "nonsense", "page": "x"}).status_code == 200


def test_event_page_shows_time_zone_status_and_agenda(client, index):
    html = BeautifulSoup(client.get("/events/quarterly-meeting-winter/").content, "html.parser")
    assert html.body["class"] == ["template-event-page"]
    when = html.select_one(".event__facts dd").get_text(" ", strip=True)
    assert "GMT" in when or "BST" in when
    assert len(html.select(".agenda li")) == 4
    cancelled = BeautifulSoup(
        client.get("/events/site-visit-historic-mill/").content, "html.parser"
    )
    assert "This event has been cancelled." in cancelled.select_one(".event-status").get_text()
    past = BeautifulSoup(client.get("/events/quarterly-meeting-spring/").content, "html.parser")
    assert "Minutes" in past.get_text() and "Actions agreed" in past.get_text()
    assert past.select_one("#after-heading ~ ul a") is not None


def test_home_page_shows_the_next_meeting(client, index):
    html = BeautifulSoup(client.get("/").content, "html.parser")
    meeting = english(EventPage).get(slug="quarterly-meeting-winter")
    assert html.select_one("#next-meeting-heading ~ article a").get_text() == meeting.title


def test_demo_meetings_are_named_by_the_month_they_fall_in(index):
    for meeting in english(EventPage).filter(event_type="quarterly-meeting"):
        start = timezone.localtime(meeting.start)
        assert meeting.title == f"Quarterly meeting, {start:%B %Y}", meeting.slug


# Registration


def test_registration_journey_with_confirmation_and_calendar(client, index):
    event = make_event(index, "journey-event", capacity=5)
    member = make_person("joiner@example.org")
    client.force_login(member)
    response = client.post(event.url + "register/", {"access_needs": "Step-free access"})
    assert response.status_code == 302
    registration = Registration.objects.get(event=event, user=member)
    assert registration.status == "confirmed" and registration.access_needs == "Step-free access"
    message = mail.outbox[-1]
    assert message.to == ["joiner@example.org"] and "confirmed" in message.subject
    assert "https://meet.example.org/secret-room" in message.body
    name, content, mimetype = message.attachments[0]
    assert name.endswith(".ics") and mimetype == "text/calendar"
    assert Calendar.from_ical(content).walk("VEVENT")[0]["UID"]
    page = client.get(event.url).content.decode()
    assert "https://meet.example.org/secret-room" in page
    account = client.get(reverse("members:account")).content.decode()
    assert event.title in account


def test_joining_link_is_hidden_from_everyone_without_a_confirmed_place(client, index):
    event = make_event(index, "secret-link", capacity=1)
    register(event, make_person("first@example.org"))
    waiting = make_person("waiting@example.org")
    register(event, waiting)
    assert "secret-room" not in client.get(event.url).content.decode()  # anonymous
    client.force_login(make_person("unregistered@example.org"))
    assert "secret-room" not in client.get(event.url).content.decode()
    client.force_login(waiting)
    assert "secret-room" not in client.get(event.url).content.decode()
    assert "secret-room" not in client.get(event.calendar_url()).content.decode()
    client.force_login(
        UserFactory(email="ed@example.org", groups=[Group.objects.get(name="Editors")])
    )
    assert "secret-room" in client.get(event.url).content.decode()


def test_full_event_waitlists_and_promotes_on_cancellation(client, index):
    event = make_event(index, "small-event", capacity=2)
    first, second, third, fourth = people(4)
    for person in (first, second, third, fourth):
        register(event, person)
    statuses = dict(Registration.objects.filter(event=event).values_list("user__email", "status"))
    assert list(statuses.values()).count("confirmed") == 2
    assert statuses[third.email] == "waitlisted" and statuses[fourth.email] == "waitlisted"
    mail.outbox.clear()
    client.force_login(first)
    client.post(event.url + "cancel-registration/")
    assert Registration.objects.get(event=event, user=first).status == "cancelled"
    assert Registration.objects.get(event=event, user=third).status == "confirmed"
    assert Registration.objects.get(event=event, user=fourth).status == "waitlisted"
    assert [m.to for m in mail.outbox] == [[third.email]]
    assert "A place has come up" in mail.outbox[0].subject


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL's row locks")
@pytest.mark.django_db(transaction=True)
def test_concurrent_registrations_never_exceed_capacity(home_page_tx):
    index = english(EventIndexPage).get(slug="events")
    event = make_event(index, "race-event", capacity=3)
    racers = people(12, prefix="racer")
    barrier = threading.Barrier(len(racers))
    errors = []

    def attempt(user):
        from django.db import connections

        try:
            barrier.wait()
            register(event, user)
        except Exception as error:  # noqa: BLE001 - recorded for the assertion below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=attempt, args=(user,)) for user in racers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert Registration.objects.filter(event=event, status="confirmed").count() == 3
    assert Registration.objects.filter(event=event, status="waitlisted").count() == 9


@pytest.fixture
def home_page_tx(transactional_db):
    """The demo site on a transactional database. Every test starts with it, and it
    is put back after this one (tests/demo_database.py)."""


@pytest.mark.parametrize(
    "setup, message",
    [
        (lambda e, u: register(e, u), "already registered"),
        (
            lambda e, u: EventPage.objects.filter(pk=e.pk).update(
                registration_closes=timezone.now() - datetime.timedelta(hours=1)
            ),
            "Registration has closed",
        ),
        (lambda e, u: EventPage.objects.filter(pk=e.pk).update(status="cancelled"), "cancelled"),
        (
            lambda e, u: EventPage.objects.filter(pk=e.pk).update(
                start=timezone.now() - datetime.timedelta(days=1)
            ),
            "already started",
        ),
    ],
)
def test_registrations_that_cannot_happen_get_a_clear_message(client, index, setup, message):
    event = make_event(index, "refusing-event", capacity=10)
    member = make_person("refused@example.org")
    setup(event, member)
    client.force_login(member)
    before = Registration.objects.filter(event=event).count()
    response = client.post(event.url + "register/", {"access_needs": ""})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert Registration.objects.filter(event=event).count() == before


def test_applicants_cannot_register_for_members_events(client, index):
    event = make_event(index, "members-event")
    applicant = make_person("pending.person@example.org", status=Profile.Status.APPLIED)
    with pytest.raises(RegistrationRefused):
        register(event, applicant)
    anyone = make_event(index, "open-webinar", who_may_register="anyone")
    assert register(anyone, applicant).status == "confirmed"


def test_forged_cancellation_cannot_touch_someone_elses_place(client, index):
    event = make_event(index, "forgery", capacity=5)
    victim = make_person("victim@example.org")
    register(event, victim)
    client.force_login(make_person("forger@example.org"))
    client.post(event.url + "cancel-registration/", {"user": victim.pk, "registration": 1})
    assert Registration.objects.get(event=event, user=victim).status == "confirmed"


def test_anonymous_registration_is_sent_to_log_in(client, index):
    event = make_event(index, "anon-event")
    response = client.post(event.url + "register/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


@pytest.mark.parametrize(
    "fields, field",
    [
        ({"end_offset": -1}, "end"),
        ({"capacity": 0}, "capacity"),
        ({"joining_link": "http://meet.example.org/plain"}, "joining_link"),
    ],
)
def test_invalid_event_details_are_refused(index, fields, field):
    start = timezone.now() + datetime.timedelta(days=3)
    event = EventPage(
        title="Bad",
        slug="bad",
        start=start,
        end=start + datetime.timedelta(hours=fields.pop("end_offset", 2)),
        live=True,
        **fields,
    )
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert field in error.value.message_dict


# Calendars


def test_event_ics_has_the_expected_fields(client, index):
    event = english(EventPage).get(slug="quarterly-meeting-winter")
    response = client.get(event.calendar_url())
    assert response["Content-Type"].startswith("text/calendar")
    assert response["Content-Disposition"].endswith('.ics"')
    vevent = Calendar.from_ical(response.content).walk("VEVENT")[0]
    assert str(vevent["SUMMARY"]) == event.title
    assert str(vevent["UID"]).startswith(f"event-{event.pk}@")
    assert vevent["DTSTART"].dt == event.start
    assert vevent["DTSTART"].params["TZID"] == "Europe/London"
    assert vevent["DTEND"].dt == event.end
    assert "City Archives" in str(vevent["LOCATION"])
    assert str(vevent["URL"]).endswith(event.url)
    assert str(vevent["STATUS"]) == "CONFIRMED" and vevent["SEQUENCE"] == 0
    assert "DESCRIPTION" in vevent


def test_feed_lists_every_public_event_with_cancellations_marked(client, index):
    response = client.get("/events/feed.ics")
    assert response.status_code == 200
    events = {str(e["SUMMARY"]): e for e in Calendar.from_ical(response.content).walk("VEVENT")}
    assert set(events) == set(english(EventPage).live().values_list("title", flat=True))
    assert str(events["Site visit: the historic mill project"]["STATUS"]) == "CANCELLED"


def test_moving_or_cancelling_an_event_notifies_registrants_and_bumps_sequence(client, index):
    event = make_event(index, "moving-event", capacity=5)
    member = make_person("registrant@example.org")
    register(event, member)
    mail.outbox.clear()
    event.start += datetime.timedelta(days=1)
    event.end += datetime.timedelta(days=1)
    event.save_revision().publish()
    assert [m.to for m in mail.outbox] == [["registrant@example.org"]]
    assert "has moved" in mail.outbox[0].subject
    event.refresh_from_db()
    assert event.sequence == 1
    event.status = "cancelled"
    event.save_revision().publish()
    assert "Cancelled" in mail.outbox[-1].subject
    vevent = Calendar.from_ical(client.get(event.calendar_url()).content).walk("VEVENT")[0]
    assert str(vevent["STATUS"]) == "CANCELLED" and vevent["SEQUENCE"] == 2
    # Publishing again without changes sends nothing more.
    count = len(mail.outbox)
    english(EventPage).get(pk=event.pk).save_revision().publish()
    assert len(mail.outbox) == count


# Reminders


def test_reminders_go_exactly_once_however_often_the_command_runs(index):
    event = make_event(index, "soon-event", days=6)
    member = make_person("remind.me@example.org")
    register(event, member)
    mail.outbox.clear()
    for _ in range(3):
        call_command("send_event_reminders", stdout=io.StringIO())
    assert [m.subject for m in mail.outbox] == [f"Reminder: {event.title} is in a week"]
    with time_machine.travel(event.start - datetime.timedelta(hours=20)):
        for _ in range(3):
            call_command("send_event_reminders", stdout=io.StringIO())
    assert [m.subject for m in mail.outbox][1:] == [f"Reminder: {event.title} is tomorrow"]


def test_no_reminders_for_cancelled_places_or_events(index):
    event = make_event(index, "quiet-event", days=3)
    member = make_person("cancelled.place@example.org")
    cancel(register(event, member))
    mail.outbox.clear()
    call_command("send_event_reminders", stdout=io.StringIO())
    assert mail.outbox == []


# Quarterly series


def test_same_weekday_in_the_same_week_of_the_month():
    second_tuesday = timezone.make_aware(datetime.datetime(2026, 1, 13, 10, 0))
    later = same_weekday_in_month(second_tuesday, 3)
    assert (later.year, later.month, later.day, later.hour) == (2026, 4, 14, 10)
    assert later.weekday() == 1


def test_editors_schedule_four_quarterly_meetings_in_one_step(client, index):
    editor = UserFactory(email="planner@example.org", groups=[Group.objects.get(name="Editors")])
    client.force_login(editor)
    url = reverse("schedule_quarterly_meetings")
    assert client.get(url).status_code == 200
    before = set(EventPage.objects.values_list("pk", flat=True))
    response = client.post(url)
    assert response.status_code == 302
    created = EventPage.objects.exclude(pk__in=before).order_by("start")
    assert created.count() == 4
    latest = english(EventPage).get(slug="quarterly-meeting-winter")
    local = timezone.localtime(latest.start)
    for meeting in created:
        assert not meeting.live
        start = timezone.localtime(meeting.start)
        assert start.weekday() == local.weekday() and start.time() == local.time()
        assert meeting.end - meeting.start == latest.end - latest.start
        assert meeting.registrations.count() == 0 and not meeting.minutes
    # Running it again does not duplicate the meetings.
    schedule_next_meetings(index, editor)
    assert EventPage.objects.exclude(pk__in=before).count() == 4


def test_members_cannot_schedule_meetings(client, index):
    client.force_login(make_person("plain.member@example.org"))
    assert client.get(reverse("schedule_quarterly_meetings")).status_code in (302, 403)


def test_editors_see_and_export_registrations(client, index):
    editor = UserFactory(email="registrar@example.org", groups=[Group.objects.get(name="Editors")])
    client.force_login(editor)
    response = client.get(reverse("event_registrations:index"), {"export": "csv"})
    assert response.status_code == 200
    assert "member@example.org" in b"".join(response.streaming_content).decode()


# Query budget


@pytest.mark.parametrize("path", ["/events/", "/events/big-event/"])
def test_query_count_does_not_grow_with_events_and_registrations(
    client, index, django_assert_max_num_queries, path, settings
):
    settings.PAGE_CACHE_SECONDS = 0  # count what rendering costs, not the page cache

    def queries():
        with django_assert_max_num_queries(45) as captured:
            assert client.get(path).status_code == 200
        return len(captured.captured_queries)

    event = make_event(index, "big-event", capacity=1000)
    for number in range(5):
        make_event(index, f"extra-{number}", days=20 + number)
        Registration.objects.create(
            event=event, user=make_person(f"few{number}@example.org"), status="confirmed"
        )
    queries()
    few = queries()
    for number in range(5, 100):
        make_event(index, f"extra-{number}", days=-number)
    users = [make_person(f"many{number}@example.org") for number in range(100)]
    Registration.objects.bulk_create(
        [Registration(event=event, user=user, status="confirmed") for user in users]
    )
    queries()  # the first request after a change refills the per-process caches
    assert queries() == few


def test_a_past_event_offers_no_calendar_entry_or_place(client, index):
    html = BeautifulSoup(client.get("/events/quarterly-meeting-spring/").content, "html.parser")
    assert "Add to your calendar" not in html.get_text()
    assert html.select_one("#registration-heading") is None
    assert "This event has taken place." in html.get_text()
    upcoming = BeautifulSoup(client.get("/events/quarterly-meeting-winter/").content, "html.parser")
    assert "Add to your calendar" in upcoming.get_text()
    assert upcoming.select_one("#registration-heading") is not None


def test_the_calendar_feed_has_a_subscribe_link_and_instructions(client, index):
    html = BeautifulSoup(client.get("/events/").content, "html.parser")
    subscribe = html.select_one(".subscribe")
    assert subscribe.select_one('a[href="webcal://testserver/events/feed.ics"]')
    assert "http://testserver/events/feed.ics" in subscribe.get_text()
    steps = subscribe.get_text(" ", strip=True)
    for app in ("Outlook:", "Google Calendar:", "Apple Calendar:"):
        assert app in steps
