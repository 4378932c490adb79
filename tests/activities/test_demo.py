"""The demo site's directory: published activities across regions and types, an
online one, one waiting for review, and a postcode search that finds the nearest."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model

from activities.models import Activity

pytestmark = pytest.mark.django_db


def test_the_demo_has_published_activities_across_regions_and_types():
    public = Activity.objects.public()
    assert 8 <= public.count() <= 12
    assert len(set(public.values_list("region", flat=True))) >= 6
    assert len(set(public.values_list("activity_type", flat=True))) >= 6
    assert public.filter(is_online=True).exists()
    assert public.filter(region="wales").count() == 2
    assert Activity.objects.waiting_for_review().exists()


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


def test_the_demo_member_manages_the_demo_organisations(client):
    member = get_user_model().objects.get(email="member@example.org")
    client.force_login(member)
    body = client.get("/activities/mine/").content.decode()
    assert "Northern Mills Heritage Trust" in body
    assert "Potsherds and clay workshop" in body
