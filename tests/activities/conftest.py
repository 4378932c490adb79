import datetime

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from activities.models import Activity, Location, Organisation
from tests.factories import UserFactory
from tests.members.conftest import make_person


def make_activity(organisation, name, status=Activity.Status.PUBLISHED, location=None, **fields):
    defaults = {
        "description": f"{name}: a test activity.",
        "activity_type": "walks",
        "schedule": Activity.Schedule.WEEKLY,
        "weekday": 1,
        "start_time": datetime.time(10),
        "end_time": datetime.time(12),
        "region": "yorkshire",
        "contact_email": "walks@trust.example.org",
        "status": status,
        "is_online": location is None,
    }
    defaults.update(fields)
    activity = Activity.objects.create(organisation=organisation, name=name, **defaults)
    if location:
        Location.objects.create(activity=activity, **location)
    return activity


LEEDS = {
    "address": "1 Park Row",
    "town": "Leeds",
    "postcode": "ZZ1 1AB",
    "latitude": "53.79960",
    "longitude": "-1.54910",
}
YORK = {
    "address": "Museum Gardens",
    "town": "York",
    "postcode": "ZZ2 7FR",
    "latitude": "53.96190",
    "longitude": "-1.08860",
}


@pytest.fixture
def people(db):
    return {
        "owner": make_person("owner@example.org", full_name="Olive Owner"),
        "other": make_person("other.owner@example.org", full_name="Otto Other"),
        "editor": UserFactory(
            email="activities.editor@example.org", groups=[Group.objects.get(name="Editors")]
        ),
    }


@pytest.fixture
def directory(people):
    """Two organisations, each with a manager; published, draft, submitted and
    stale activities."""
    trust = Organisation.objects.create(
        name="Test Walks Trust", description="Walks.", email="hello@trust.example.org"
    )
    trust.managers.add(people["owner"])
    other = Organisation.objects.create(name="Other Archive", description="Archives.")
    other.managers.add(people["other"])
    today = timezone.localdate()
    return {
        "trust": trust,
        "other": other,
        "leeds": make_activity(trust, "Zeta Leeds heritage walk", location=LEEDS),
        "york": make_activity(
            trust, "Zeta York garden", location=YORK, activity_type="gardening", weekday=3
        ),
        "online": make_activity(
            other, "Zeta online archive club", activity_type="archives", is_free=False, price=3
        ),
        "draft": make_activity(other, "Zeta secret draft", status=Activity.Status.DRAFT),
        "submitted": make_activity(
            other, "Zeta waiting for review", status=Activity.Status.SUBMITTED, location=LEEDS
        ),
        "stale": make_activity(
            other,
            "Zeta stale walk",
            location=LEEDS,
            last_checked=today - datetime.timedelta(days=400),
        ),
        "unconfirmed": make_activity(
            other,
            "Zeta unconfirmed walk",
            location=YORK,
            last_checked=today - datetime.timedelta(days=200),
        ),
    }
