import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from members.models import Profile
from tests.factories import UserFactory


def make_person(email, status=Profile.Status.APPROVED, listed=True, **profile_fields):
    user = UserFactory(email=email, full_name=profile_fields.pop("full_name", email.split("@")[0]))
    defaults = {
        "organisation": "Test Heritage Trust",
        "organisation_type": "heritage",
        "role": "Officer",
        "region": "london",
        "listed_in_directory": listed,
        "status": status,
        "privacy_accepted_at": timezone.now(),
    }
    defaults.update(profile_fields)
    Profile.objects.create(user=user, **defaults)
    if status == Profile.Status.APPROVED:
        user.groups.add(Group.objects.get(name="Members"))
    return user


@pytest.fixture
def member(db):
    return make_person("approved.member@example.org", full_name="Ada Approved")


@pytest.fixture
def applicant(db):
    return make_person(
        "applicant@example.org", status=Profile.Status.APPLIED, full_name="Penny Pending"
    )


@pytest.fixture
def editor(db):
    return UserFactory(email="staff.editor@example.org", groups=[Group.objects.get(name="Editors")])
