"""The demo site's directory: twelve organisations, twenty-eight published activities
across every region and type, online ones, two waiting for review, and a postcode
search that finds the nearest."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model

from activities.demo import load_activities
from activities.geo import miles_between
from activities.models import Activity, ActivityType, Location, Organisation

pytestmark = pytest.mark.django_db


ENGLISH_REGIONS = {
    "north-east",
    "north-west",
    "yorkshire",
    "east-midlands",
    "west-midlands",
    "east",
    "london",
    "south-east",
    "south-west",
}


def test_the_demo_has_published_activities_across_regions_and_types():
    public = Activity.objects.public()
    assert public.count() == 28
    assert Activity.objects.count() == 30
    assert Organisation.objects.count() == 12
    assert set(public.values_list("region", flat=True)) >= ENGLISH_REGIONS | {"wales"}
    assert len(set(public.values_list("activity_type", flat=True))) == len(ActivityType)
    assert public.filter(is_online=True).count() >= 2
    assert public.filter(region="wales").count() == 2
    assert set(public.values_list("schedule", flat=True)) == {"weekly", "monthly", "dates"}
    assert public.filter(is_free=True).exists() and public.filter(is_free=False).exists()
    for way in ("self", "link-worker", "booking"):
        assert public.filter(how_to_join__contains=way).exists()
    assert Activity.objects.waiting_for_review().count() == 2
    # Every organisation has something published, with a findable place or online.
    assert Organisation.objects.exclude(activities__in=public).count() == 0
    for activity in public.filter(is_online=False):
        assert activity.locations.count() == 1
        assert activity.next_occurrences(), activity.name


def test_loading_the_demo_again_adds_nothing():
    before = (Organisation.objects.count(), Activity.objects.count(), Location.objects.count())
    load_activities(None)
    after = (Organisation.objects.count(), Activity.objects.count(), Location.objects.count())
    assert after == before


def test_a_postcode_search_on_the_demo_finds_the_nearest_first(client):
    response = client.get("/activities/", {"near": "LS1 1AA", "within": 25})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    names = [h.get_text(strip=True) for h in soup.select(".activity .card__title")]
    assert names[0] == "Canal heritage walk"
    assert set(names) == {
        "Canal heritage walk",
        "Wool and weaving circle",
        "Mill archive volunteers",
    }
    assert soup.select(".activity-map svg")


def test_a_postcode_in_another_region_finds_its_own_nearest(client):
    # The district M3 is placed at the demo's Manchester activity; Halifax is 23.6
    # miles away, Liverpool 30.8 and Saltaire 31.3, so only two are within 25 miles.
    response = client.get("/activities/", {"near": "M3 5AA", "within": 25})
    soup = BeautifulSoup(response.content, "html.parser")
    names = [h.get_text(strip=True) for h in soup.select(".activity .card__title")]
    assert names == ["Mill songs and stories", "Mill archive volunteers"]
    halifax = Location.objects.get(postcode="HX3 5AX")
    manchester = Location.objects.get(postcode="M3 4FP")
    miles = miles_between(
        float(manchester.latitude),
        float(manchester.longitude),
        float(halifax.latitude),
        float(halifax.longitude),
    )
    assert 23.5 < miles < 23.7
    assert f"{miles:.1f} miles away" in response.content.decode()


def test_the_demo_member_manages_the_demo_organisations(client):
    member = get_user_model().objects.get(email="member@example.org")
    client.force_login(member)
    body = client.get("/activities/mine/").content.decode()
    assert "Northern Mills Heritage Trust" in body
    assert "Potsherds and clay workshop" in body


@pytest.mark.parametrize("path, finder", [("/", "/activities/"), ("/cy/", "/cy/activities/")])
def test_every_page_footer_links_to_the_finder(client, path, finder):
    soup = BeautifulSoup(client.get(path).content, "html.parser")
    assert soup.select_one(f"footer a[href='{finder}']")
