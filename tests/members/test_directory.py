"""The member directory, profiles and the contact form."""

import pytest
from django.core import mail
from django.urls import reverse

from members.models import Profile
from tests.members.conftest import make_person

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def without_demo_members(db):
    """These tests count people, so the demo site's members step aside."""
    Profile.objects.filter(user__email__startswith="demo.member").delete()
    Profile.objects.filter(user__email="member@example.org").delete()


def names(response):
    from bs4 import BeautifulSoup

    html = BeautifulSoup(response.content, "html.parser")
    return [a.get_text(strip=True) for a in html.select(".card__title a")]


@pytest.fixture
def people(db):
    make_person(
        "listed.london@example.org",
        full_name="Lara London",
        region="london",
        organisation_type="museum",
        organisation="Thames Museum",
    )
    make_person(
        "listed.wales@example.org",
        full_name="Gwen Wales",
        region="wales",
        organisation_type="vcse",
        organisation="Valleys Voluntary Action",
    )
    make_person("unlisted@example.org", full_name="Una Unlisted", listed=False)
    make_person("pending@example.org", full_name="Pat Pending", status=Profile.Status.APPLIED)
    make_person("declined@example.org", full_name="Dee Declined", status=Profile.Status.DECLINED)
    wales = Profile.objects.get(user__email="listed.wales@example.org")
    wales.interests.add("oral history")
    wales.save()


def test_directory_lists_only_approved_people_who_opted_in(client, member, people):
    client.force_login(member)
    shown = names(client.get(reverse("members:directory")))
    assert "Lara London" in shown and "Gwen Wales" in shown and "Ada Approved" in shown
    for hidden in ["Una Unlisted", "Pat Pending", "Dee Declined"]:
        assert hidden not in shown


def test_directory_filters_and_search_combine(client, member, people):
    client.force_login(member)
    url = reverse("members:directory")
    assert names(client.get(url, {"region": "wales"})) == ["Gwen Wales"]
    assert names(client.get(url, {"organisation_type": "museum"})) == ["Lara London"]
    assert names(client.get(url, {"interest": "oral-history"})) == ["Gwen Wales"]
    assert names(client.get(url, {"q": "valleys"})) == ["Gwen Wales"]
    assert names(client.get(url, {"q": "lara"})) == ["Lara London"]
    assert names(client.get(url, {"q": "gwen", "region": "london"})) == []
    response = client.get(url, {"q": "nobody at all"})
    assert "No members match your search" in response.content.decode()


def test_directory_is_paginated_and_pages_keep_the_filters(client, member):
    for number in range(25):
        make_person(f"many{number}@example.org", full_name=f"Member {number:02d}", region="east")
    client.force_login(member)
    response = client.get(reverse("members:directory"), {"region": "east"})
    assert len(names(response)) == 20
    html = response.content.decode()
    assert "region=east" in html and "page=2" in html
    page_two = client.get(reverse("members:directory"), {"region": "east", "page": 2})
    assert len(names(page_two)) == 5


def test_unlisted_or_unapproved_profiles_are_not_found(client, member, people):
    client.force_login(member)
    for email in ["unlisted@example.org", "pending@example.org"]:
        profile = Profile.objects.get(user__email=email)
        assert client.get(profile.get_absolute_url()).status_code == 404


def test_contact_form_reaches_the_member_without_revealing_addresses(client, member, people):
    recipient = Profile.objects.get(user__email="listed.london@example.org")
    client.force_login(member)
    page = client.get(recipient.get_absolute_url()).content.decode()
    assert "listed.london@example.org" not in page
    response = client.post(write_to(recipient), {"message": "Shall we collaborate?"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert sent.to == ["listed.london@example.org"]
    assert "Shall we collaborate?" in sent.body
    assert "approved.member@example.org" not in sent.body + str(sent.reply_to) + sent.subject
    assert "/members/account/messages/reply/" in sent.body  # see tests/conversations
    # And the sender's view never shows the recipient's address either.
    followed = client.get(recipient.get_absolute_url()).content.decode()
    assert "listed.london@example.org" not in followed


def test_contact_form_is_rate_limited(client, member, people, settings):
    settings.MEMBER_CONTACT_RATE_LIMIT = (2, 3600)
    recipient = Profile.objects.get(user__email="listed.london@example.org")
    client.force_login(member)
    for _ in range(2):
        assert client.post(write_to(recipient), {"message": "Hi"}).status_code == 302
    response = client.post(write_to(recipient), {"message": "Hi again"})
    assert response.status_code == 400
    assert "try again in an hour" in response.content.decode()
    assert len(mail.outbox) == 2


def test_empty_contact_message_is_refused_with_a_message(client, member, people):
    recipient = Profile.objects.get(user__email="listed.london@example.org")
    client.force_login(member)
    response = client.post(write_to(recipient), {"message": ""})
    assert response.status_code == 400
    assert "Enter your message" in response.content.decode()
    assert mail.outbox == []


def test_directory_query_count_does_not_grow_with_members(
    client, member, django_assert_max_num_queries
):
    def count_queries():
        with django_assert_max_num_queries(30) as captured:
            assert client.get(reverse("members:directory")).status_code == 200
        return len(captured.captured_queries)

    client.force_login(member)
    for number in range(20):
        make_person(f"few{number}@example.org")
    count_queries()  # the first request fills caches shared by both
    few = count_queries()
    for number in range(480):
        make_person(f"lots{number}@example.org")
    count_queries()  # the first request after a change refills the per-process caches
    assert count_queries() == few


def write_to(profile):
    return reverse("conversations:start", args=[profile.pk])
