""" "Schedule quarterly meetings" says plainly when the next four already exist,
and then offers nothing to create."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from events.models import EventIndexPage, EventPage
from tests.factories import UserFactory, english

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home_page):
    return english(EventIndexPage).get(slug="events")


def test_once_the_next_four_exist_nothing_is_offered(client, index):
    editor = UserFactory(email="planner@example.org", groups=[Group.objects.get(name="Editors")])
    client.force_login(editor)
    url = reverse("schedule_quarterly_meetings")
    page = client.get(url).content.decode()
    assert "Create the 4 drafts" in page and "will be created" in page
    client.post(url)
    count = EventPage.objects.count()

    page = client.get(url).content.decode()
    assert "The next four quarterly meetings already exist" in page
    assert "already there as a draft" in page
    assert '<button type="submit"' not in page.split('class="nice-padding"')[1]
    client.post(url)
    assert EventPage.objects.count() == count
