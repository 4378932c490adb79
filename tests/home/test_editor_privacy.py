"""Editors can make any section members-only through Wagtail's "Privacy" setting,
without gaining the right to publish past the guidance approval workflow."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page

from events.models import EventIndexPage
from resources.models import GuidancePage
from tests.factories import UserFactory, english

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(db):
    return UserFactory(
        email="privacy.editor@example.org", groups=[Group.objects.get(name="Editors")]
    )


def section(kind):
    if kind == "guide":
        return english(GuidancePage).get(slug="getting-started")
    if kind == "events":
        return english(EventIndexPage).get()
    return english(Page).get(slug="about").specific


@pytest.mark.parametrize("kind", ["guide", "events", "standard"])
def test_an_editor_makes_a_section_members_only_in_the_admin(client, editor, kind):
    page = section(kind)
    url = page.url
    assert client.get(url).status_code == 200
    client.force_login(editor)
    privacy_url = reverse("wagtailadmin_pages:set_privacy", args=[page.pk])
    assert client.get(privacy_url).status_code == 200
    members = Group.objects.get(name="Members")
    response = client.post(privacy_url, {"restriction_type": "groups", "groups": [members.pk]})
    assert response.status_code == 200
    assert b"set_privacy_done" in response.content
    client.logout()
    response = client.get(url)
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


def test_editors_still_cannot_publish_guidance_themselves(client, editor):
    guide = english(GuidancePage).get(slug="getting-started")
    client.force_login(editor)
    edit_url = reverse("wagtailadmin_pages:edit", args=[guide.pk])
    assert b'name="action-publish"' not in client.get(edit_url).content
