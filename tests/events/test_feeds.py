"""Feeds for people who follow the community from elsewhere: Atom feeds of
guidance and events (public only), and each person's private calendar of the
events they have a place at, at an address only they know and can change."""

import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from icalendar import Calendar
from wagtail.models import PageViewRestriction

from events.models import EventIndexPage, PersonalCalendar, Registration
from events.registration import register
from resources.models import GuidanceIndexPage, GuidancePage
from tests.factories import english
from tests.members.conftest import make_person

from .test_events import make_event

pytestmark = pytest.mark.django_db

ATOM = {"atom": "http://www.w3.org/2005/Atom"}
LINK = "https://meet.example.org/private-room"


def atom_titles(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    return [entry.find("atom:title", ATOM).text for entry in root.findall("atom:entry", ATOM)]


@pytest.fixture
def index(home_page):
    return english(EventIndexPage).get(slug="events")


def test_guidance_feed_puts_a_revised_chapter_first_and_leaves_out_members_only(client):
    guidance = english(GuidanceIndexPage).get()
    chapter = GuidancePage.objects.live().descendant_of(guidance).order_by("path").last()
    chapter.summary = "Revised after the second pilot."
    chapter.save_revision().publish()
    secret = GuidancePage.objects.live().descendant_of(guidance).order_by("path").first()
    PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.LOGIN)

    titles = atom_titles(client.get(guidance.url + "feed/"))
    assert titles[0] == chapter.title
    assert secret.title not in titles
    page = BeautifulSoup(client.get(guidance.url).content, "html.parser")
    assert page.select_one('link[rel=alternate][type="application/atom+xml"]')["href"].endswith(
        "/feed/"
    )


def test_events_feed_lists_upcoming_public_events_soonest_first(client, index):
    later = make_event(index, "feed-later", days=40)
    sooner = make_event(index, "feed-sooner", days=3, joining_link=LINK)
    past = make_event(index, "feed-past", days=-30)
    hidden = make_event(index, "feed-hidden", days=5)
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)

    titles = atom_titles(client.get(index.url + "feed/"))
    assert titles.index(sooner.title) < titles.index(later.title)
    assert past.title not in titles and hidden.title not in titles
    assert LINK not in client.get(index.url + "feed/").content.decode()


def personal_calendar_address(client, person):
    client.force_login(person)
    page = BeautifulSoup(client.get("/members/account/").content, "html.parser")
    if page.select_one("#personal-calendar-address") is None:
        client.post("/events/my-calendar/reset/")
        page = BeautifulSoup(client.get("/members/account/").content, "html.parser")
    address = page.select_one("#personal-calendar-address")["value"]
    client.logout()
    return address.split("testserver", 1)[1]


def test_a_person_subscribes_to_their_own_events_without_logging_in(client, index):
    person = make_person("calendar.person@example.org")
    other = make_person("calendar.other@example.org")
    mine = make_event(index, "my-meeting", days=10, joining_link=LINK)
    theirs = make_event(index, "their-meeting", days=12)
    register(mine, person)
    register(theirs, other)

    address = personal_calendar_address(client, person)
    response = client.get(address)
    assert response.status_code == 200
    events = Calendar.from_ical(response.content).walk("VEVENT")
    assert [str(event["summary"]) for event in events] == [mine.title]
    assert LINK in str(events[0]["description"])
    assert "private" in response["Cache-Control"]


def test_the_address_is_made_only_when_asked_for(client, index):
    person = make_person("calendar.asker@example.org")
    client.force_login(person)
    page = BeautifulSoup(client.get("/members/account/").content, "html.parser")
    assert page.select_one("#personal-calendar-address") is None
    assert not PersonalCalendar.objects.filter(user=person).exists()

    response = client.post("/events/my-calendar/reset/", follow=True)

    page = BeautifulSoup(response.content, "html.parser")
    assert "Your private calendar address is ready." in page.get_text()
    assert page.select_one("#personal-calendar-address")["value"].endswith(
        PersonalCalendar.objects.get(user=person).token + ".ics"
    )


def test_a_changed_address_cuts_off_the_old_one(client, index):
    person = make_person("calendar.reset@example.org")
    old = personal_calendar_address(client, person)
    client.force_login(person)
    response = client.post("/events/my-calendar/reset/")
    assert response.status_code == 302
    client.logout()
    assert client.get(old).status_code == 404
    new = personal_calendar_address(client, person)
    assert new != old and client.get(new).status_code == 200


def test_guessed_or_forged_addresses_and_a_stranger_reset_find_nothing(client, index):
    person = make_person("calendar.guess@example.org")
    address = personal_calendar_address(client, person)
    token = address.rsplit("/", 1)[1].removesuffix(".ics")
    assert client.get(address.replace(token, "A" * len(token))).status_code == 404
    assert client.get("/events/my-calendar/short.ics").status_code == 404
    assert client.get("/events/my-calendar/" + "x" * 500 + ".ics").status_code == 404
    # Resetting needs a login and a POST; it never touches someone else's address.
    assert client.post("/events/my-calendar/reset/").status_code == 302
    assert client.get("/events/my-calendar/reset/").status_code in (302, 405)
    assert client.get(address).status_code == 200


def test_the_calendar_stops_when_the_account_is_closed_or_the_place_cancelled(client, index):
    person = make_person("calendar.leaver@example.org")
    event = make_event(index, "leaver-meeting", days=10)
    registration = register(event, person)
    address = personal_calendar_address(client, person)
    Registration.objects.filter(pk=registration.pk).update(status=Registration.Status.CANCELLED)
    assert Calendar.from_ical(client.get(address).content).walk("VEVENT") == []
    person.is_active = False
    person.save()
    assert client.get(address).status_code == 404
    person.delete()
    assert not PersonalCalendar.objects.exists()


def test_the_address_is_in_download_my_data(client):
    person = make_person("calendar.export@example.org")
    address = personal_calendar_address(client, person)
    client.force_login(person)
    data = client.get("/members/account/my-data.json").json()
    assert data["personal_calendar"]["token"] in address
