"""The finder, an activity's page and the signposting sheet show only published,
recently checked activities; members edit only their own organisations'."""

import datetime
import zoneinfo

import pytest
from bs4 import BeautifulSoup

from activities.geo import miles_between
from activities.models import Activity
from tests.members.conftest import make_person

pytestmark = pytest.mark.django_db

HIDDEN = ("Zeta secret draft", "Zeta waiting for review", "Zeta stale walk")


def names(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [h.get_text(strip=True) for h in soup.select(".activity .card__title")]


def test_the_finder_lists_published_activities_only(client, directory):
    response = client.get("/activities/", {"q": "Zeta"})
    assert response.status_code == 200
    found = names(response)
    assert "Zeta Leeds heritage walk" in found and "Zeta online archive club" in found
    for name in HIDDEN:
        assert name not in found
        assert name not in response.content.decode()
    assert "Not confirmed recently" in response.content.decode()  # the 200-day-old one


def test_hidden_activities_are_404_to_the_public_and_other_members(client, directory, people):
    for key in ("draft", "submitted", "stale"):
        assert client.get(f"/activities/{directory[key].pk}/").status_code == 404
    client.force_login(people["owner"])
    assert client.get(f"/activities/{directory['draft'].pk}/").status_code == 404
    client.force_login(people["other"])
    assert client.get(f"/activities/{directory['draft'].pk}/").status_code == 200


def test_the_sheet_never_shows_unpublished_activities(client, directory):
    ids = [directory[key].pk for key in ("leeds", "draft", "submitted", "stale")]
    response = client.get("/activities/sheet/", {"a": ids})
    body = response.content.decode()
    assert response.status_code == 200
    assert "Zeta Leeds heritage walk" in body
    for name in HIDDEN:
        assert name not in body


def test_the_sheet_works_from_the_finders_checkboxes_without_javascript(client, directory):
    soup = BeautifulSoup(client.get("/activities/", {"q": "Zeta"}).content, "html.parser")
    form = soup.find("input", {"name": "a"}).find_parent("form")
    assert form["method"] == "get" and form["action"] == "/activities/sheet/"


def test_filters(client, directory):
    def found(**query):
        return names(client.get("/activities/", {"q": "Zeta", **query}))

    assert found(type="gardening") == ["Zeta York garden"]
    assert found(cost="paid") == ["Zeta online archive club"]
    assert "Zeta online archive club" not in found(cost="free")
    assert found(mode="online") == ["Zeta online archive club"]
    assert "Zeta online archive club" not in found(mode="in-person")
    assert "Zeta York garden" in found(day=3) and "Zeta Leeds heritage walk" not in found(day=3)


def test_distance_ordering_matches_hand_computed_distances(client, directory):
    # By hand (flat-earth approximation, fine at this range): 0.1623 degrees north,
    # 0.4605 east times cos(53.88) = 0.2715; hypotenuse 0.3163 degrees x 69.09 miles.
    expected = miles_between(53.9619, -1.0886, 53.7996, -1.5491)
    assert abs(expected - 21.85) < 0.05
    response = client.get("/activities/", {"q": "Zeta", "near": "53.9619, -1.0886"})
    assert names(response)[:2] == ["Zeta York garden", "Zeta unconfirmed walk"]
    assert names(response)[2] == "Zeta Leeds heritage walk"
    assert f"{expected:.1f} miles away" in response.content.decode()
    near = names(client.get("/activities/", {"q": "Zeta", "near": "ZZ2 1AA", "within": 10}))
    assert near == ["Zeta York garden", "Zeta unconfirmed walk"]


@pytest.mark.parametrize(
    "near, message",
    [
        ("not a postcode", "is not a UK postcode"),
        ("12345", "is not a UK postcode"),
        ("AB1 2CD", "We cannot place the postcode district AB1"),
        ("40.7, -74.0", "is outside the UK"),
    ],
)
def test_a_bad_place_gets_a_clear_message(client, directory, near, message):
    response = client.get("/activities/", {"near": near})
    assert response.status_code == 400
    assert message in response.content.decode()


def test_unknown_choices_are_errors_not_server_errors(client, directory):
    response = client.get("/activities/", {"type": "nonsense", "day": "9", "within": "9999"})
    assert response.status_code == 400


def test_the_finder_in_welsh(client, directory):
    response = client.get("/cy/activities/")
    assert response.status_code == 200
    assert response.content.decode().count('lang="cy"') >= 1


def test_a_member_editing_another_organisations_activity_gets_404(client, directory, people):
    client.force_login(people["owner"])
    other = directory["online"]
    assert client.get(f"/activities/{other.pk}/edit/").status_code == 404
    assert client.post(f"/activities/{other.pk}/edit/", {"name": "Taken"}).status_code == 404
    assert client.post(f"/activities/{other.pk}/confirm/").status_code == 404
    assert client.get(f"/activities/organisations/{directory['other'].pk}/").status_code == 404
    new = f"/activities/organisations/{directory['other'].pk}/activities/new/"
    assert client.get(new).status_code == 404
    other.refresh_from_db()
    assert other.name == "Zeta online archive club"


def test_an_applicant_cannot_add_an_organisation(client, db):
    applicant = make_person("pending.activities@example.org", status="applied")
    client.force_login(applicant)
    assert client.get("/activities/mine/").status_code == 403


ACTIVITY = {
    "name": "Zeta new tour",
    "description": "A tour of the mill.",
    "activity_type": "walks",
    "languages": "English, Welsh",
    "is_free": "on",
    "how_to_join": ["self", "link-worker"],
    "schedule": "monthly",
    "weekday": "5",
    "week_of_month": "1",
    "start_time": "10:00",
    "end_time": "12:00",
    "region": "yorkshire",
    "place_name": "The Mill",
    "address": "Mill Lane",
    "town": "Leeds",
    "postcode": "ls2 9jt",
    "latitude": "53.80",
    "longitude": "-1.55",
    "contact_email": "tours@trust.example.org",
}


def test_a_new_activity_goes_to_review_and_is_listed_once_published(
    client, directory, people, mailoutbox
):
    client.force_login(people["owner"])
    response = client.post(
        f"/activities/organisations/{directory['trust'].pk}/activities/new/", ACTIVITY
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    activity = Activity.objects.get(name="Zeta new tour")
    assert activity.status == Activity.Status.SUBMITTED
    assert activity.rrule == "FREQ=MONTHLY;BYDAY=1SA"
    assert activity.schedule_text == "On the first Saturday of each month, 10:00 to 12:00"
    assert activity.locations.get().postcode == "LS2 9JT"
    assert any(people["editor"].email in m.to for m in mailoutbox)
    client.logout()
    assert "Zeta new tour" not in names(client.get("/activities/", {"q": "Zeta"}))
    # A newly approved activity appears to the next anonymous visitor.
    client.force_login(people["editor"])
    client.post(f"/admin/activities/{activity.pk}/publish/", {"note": "Lovely"})
    client.logout()
    activity.refresh_from_db()
    assert activity.status == Activity.Status.PUBLISHED
    assert "Zeta new tour" in names(client.get("/activities/", {"q": "Zeta"}))
    # A change sends it back for review.
    client.force_login(people["owner"])
    client.post(f"/activities/{activity.pk}/edit/", {**ACTIVITY, "name": "Zeta changed tour"})
    activity.refresh_from_db()
    assert activity.status == Activity.Status.SUBMITTED


@pytest.mark.parametrize(
    "changes, field, message",
    [
        ({"schedule": "dates", "dates": "2001-01-01"}, "dates", "never take place"),
        ({"schedule": "dates", "dates": "tomorrow"}, "dates", "is not a date"),
        ({"end_time": "09:00"}, "end_time", "must end after it starts"),
        ({"postcode": "nonsense"}, "postcode", "is not a UK postcode"),
        ({"latitude": "40.7", "longitude": "-74"}, "latitude", "outside the UK"),
        ({"week_of_month": ""}, "week_of_month", "which week"),
    ],
)
def test_bad_activities_are_refused_with_a_message_keeping_what_was_typed(
    client, directory, people, changes, field, message
):
    client.force_login(people["owner"])
    response = client.post(
        f"/activities/organisations/{directory['trust'].pk}/activities/new/",
        {**ACTIVITY, **changes},
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert message in body
    assert "A tour of the mill." in body
    assert not Activity.objects.filter(name="Zeta new tour").exists()


def test_next_occurrences_keep_the_wall_clock_time_across_the_clocks_changing(directory):
    """British Summer Time starts on 28 March 2027: a Tuesday 10:00 session is
    10:00 GMT (10:00 UTC) before and 10:00 BST (09:00 UTC) after."""
    london = zoneinfo.ZoneInfo("Europe/London")
    after = datetime.datetime(2027, 3, 20, 12, tzinfo=london)
    weekly = directory["leeds"]
    times = weekly.next_occurrences(3, after=after)
    assert [t.strftime("%Y-%m-%d %H:%M") for t in times] == [
        "2027-03-23 10:00",
        "2027-03-30 10:00",
        "2027-04-06 10:00",
    ]
    assert [t.astimezone(datetime.UTC).hour for t in times] == [10, 9, 9]
    monthly = directory["leeds"]
    monthly.schedule, monthly.weekday, monthly.week_of_month = "monthly", 5, -1
    assert [t.date().isoformat() for t in monthly.next_occurrences(2, after=after)] == [
        "2027-03-27",
        "2027-04-24",
    ]
    fixed = directory["leeds"]
    fixed.schedule, fixed.dates = "dates", "2027-03-01\n2027-04-02"
    assert [t.date().isoformat() for t in fixed.next_occurrences(3, after=after)] == ["2027-04-02"]


def test_an_activity_page_shows_the_next_sessions(client, directory):
    body = client.get(f"/activities/{directory['leeds'].pk}/").content.decode()
    assert "Next sessions" in body and "Tuesday" in body
