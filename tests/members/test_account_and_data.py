"""My account, my data, leaving, and who may see what."""

import datetime
import json

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageViewRestriction

from members.models import Profile
from tests.factories import StandardPageFactory, UserFactory
from tests.members.conftest import make_person

pytestmark = pytest.mark.django_db


def test_member_edits_their_profile(client, member):
    client.force_login(member)
    response = client.post(
        reverse("members:account"),
        {
            "full_name": "Ada Lovelace",
            "organisation": "Analytical Society",
            "organisation_type": "academic",
            "role": "Researcher",
            "region": "london",
            "interests": ["archives"],
            "other_interests": "engines",
            "participation": ["research"],
            "bio": "Numbers and notes.",
        },
    )
    assert response.status_code == 302
    profile = Profile.objects.get(user=member)
    assert profile.user.full_name == "Ada Lovelace"
    assert profile.organisation == "Analytical Society"
    assert sorted(profile.interests.names()) == ["archives", "engines"]
    assert not profile.listed_in_directory  # the unticked box is respected


def test_invalid_profile_edit_keeps_what_was_typed(client, member):
    client.force_login(member)
    response = client.post(
        reverse("members:account"),
        {
            "full_name": "",
            "organisation": "Kept Organisation",
            "organisation_type": "heritage",
            "role": "Role",
            "region": "nowhere",
        },
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert 'value="Kept Organisation"' in html
    assert 'aria-invalid="true"' in html and "error-summary" in html
    assert Profile.objects.get(user=member).organisation == "Test Heritage Trust"


def test_download_my_data_holds_exactly_my_data(client, member):
    other = make_person("someone.else@example.org", full_name="Someone Else")
    member.profile.interests.add("archives")
    member.profile.save()
    client.force_login(member)
    response = client.get(reverse("members:download_data"))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    data = json.loads(response.content)
    assert data["account"]["email"] == member.email
    assert data["profile"]["organisation"] == "Test Heritage Trust"
    assert data["profile"]["interests"] == ["archives"]
    assert other.email not in response.content.decode()
    assert "Someone Else" not in response.content.decode()


def test_delete_account_needs_the_password(client, member):
    client.force_login(member)
    response = client.post(reverse("members:delete_account"), {"password": "wrong"})
    assert response.status_code == 400
    assert "That password is not right" in response.content.decode()
    assert get_user_model().objects.filter(pk=member.pk).exists()


def test_delete_account_leaves_no_personal_data(client, member):
    from allauth.account.models import EmailAddress

    EmailAddress.objects.create(user=member, email=member.email, verified=True, primary=True)
    client.force_login(member)
    response = client.post(reverse("members:delete_account"), {"password": "a-long-test-password"})
    assert response.status_code == 302
    assert not get_user_model().objects.filter(email=member.email).exists()
    assert not Profile.objects.filter(user_id=member.pk).exists()
    assert not EmailAddress.objects.filter(email=member.email).exists()
    assert "_auth_user_id" not in client.session


def test_unconfirmed_sign_ups_are_purged_after_30_days():
    old = make_person("old.unconfirmed@example.org", status=Profile.Status.UNVERIFIED)
    recent = make_person("new.unconfirmed@example.org", status=Profile.Status.UNVERIFIED)
    approved = make_person("old.approved@example.org")
    long_ago = timezone.now() - datetime.timedelta(days=31)
    get_user_model().objects.filter(pk__in=[old.pk, approved.pk]).update(date_joined=long_ago)
    call_command("purge_unverified_signups", stdout=open("/dev/null", "w"))
    remaining = set(get_user_model().objects.values_list("email", flat=True))
    assert old.email not in remaining
    assert {recent.email, approved.email} <= remaining


# Roles


@pytest.fixture
def people_by_role(db, member, applicant, editor):
    return {"anonymous": None, "applied": applicant, "member": member, "editor": editor}


@pytest.mark.parametrize(
    "role, url_name, expected",
    [
        ("anonymous", "members:directory", 302),
        ("applied", "members:directory", 403),
        ("member", "members:directory", 200),
        ("editor", "members:directory", 200),
        ("anonymous", "members:account", 302),
        ("applied", "members:account", 200),
        ("member", "members:account", 200),
        ("editor", "members:account", 200),
        ("anonymous", "members:download_data", 302),
        ("applied", "members:download_data", 200),
        ("member", "members:download_data", 200),
        ("anonymous", "members:delete_account", 302),
        ("member", "members:delete_account", 200),
        ("anonymous", "members_profile:list", 302),
        # Logged in without admin access: refused (the login page would send them back).
        ("applied", "members_profile:list", 403),
        ("member", "members_profile:list", 403),
        ("editor", "members_profile:list", 200),
    ],
)
def test_role_matrix(client, people_by_role, role, url_name, expected):
    person = people_by_role[role]
    if person is not None:
        client.force_login(person)
    assert client.get(reverse(url_name)).status_code == expected


@pytest.mark.parametrize(
    "role, expected", [("anonymous", 302), ("applied", 403), ("member", 200), ("editor", 200)]
)
def test_role_matrix_for_a_member_profile(client, people_by_role, role, expected):
    listed = make_person("findable@example.org")
    person = people_by_role[role]
    if person is not None:
        client.force_login(person)
    status = client.get(listed.profile.get_absolute_url()).status_code
    # Editors see the directory to look after it, so they may read profiles too.
    assert status == expected


def test_members_never_reach_the_wagtail_admin(client, member):
    client.force_login(member)
    response = client.get("/admin/")
    # Refused outright: the login page would send a logged-in member straight back.
    assert response.status_code == 403


def test_roles_exist_from_migrations():
    names = set(Group.objects.values_list("name", flat=True))
    assert {"Members", "Editors", "Guidance approvers", "Administrators"} <= names
    assert not Group.objects.get(name="Members").permissions.filter(codename="access_admin")
    assert Group.objects.get(name="Administrators").permissions.filter(codename="access_admin")


# Members-only pages


@pytest.fixture
def members_page(home_page):
    page = StandardPageFactory(parent=home_page, title="Minutes for members", slug="minutes")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name="Members"))
    return page


def test_members_only_page_prompts_anonymous_visitors_to_log_in(client, members_page):
    response = client.get("/minutes/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/minutes/")


def test_members_only_page_tells_pending_applicants_why(client, members_page, applicant):
    client.force_login(applicant)
    response = client.get("/minutes/")
    assert response.status_code == 403
    assert "being reviewed" in response.content.decode()


def test_members_only_page_is_served_to_members(client, members_page, member):
    client.force_login(member)
    assert client.get("/minutes/").status_code == 200


def test_listings_mark_members_only_pages_for_members_and_hide_them_from_others(
    client, members_page, home_page, member, applicant
):
    from home.models import HomePageFeaturedPage

    HomePageFeaturedPage.objects.create(home_page=home_page, page=members_page, sort_order=9)
    for visitor in (None, applicant):
        if visitor:
            client.force_login(visitor)
        html = client.get("/").content.decode()
        assert "Minutes for members" not in html
    client.force_login(member)
    html = client.get("/").content.decode()
    assert "Minutes for members" in html
    assert "Members only" in html


def test_staff_user_without_profile_sees_account_page(client):
    user = UserFactory(email="plain@example.org")
    client.force_login(user)
    response = client.get(reverse("members:account"))
    assert response.status_code == 200
    assert "no membership profile" in response.content.decode()
