"""Your account lists the person's events in date order."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from events.models import Registration
from tests.events.test_events import index, make_event  # noqa: F401
from tests.members.conftest import make_person

pytestmark = pytest.mark.django_db


def test_my_events_are_in_date_order(client, index):  # noqa: F811
    person = make_person("calendar.keeper@example.org")
    for slug, days in [("later", 30), ("long-ago", -60), ("soon", 3), ("last-week", -7)]:
        Registration.objects.create(
            event=make_event(index, slug, days=days), user=person, status="confirmed"
        )
    client.force_login(person)
    html = BeautifulSoup(client.get(reverse("members:account")).content, "html.parser")
    section = html.find(id="events-heading").find_parent("section")
    titles = [link.get_text() for link in section.select(".contribution__title a")]
    # Coming up, soonest first; then past events, the most recent first.
    assert titles == ["Soon", "Later", "Last Week", "Long Ago"]
