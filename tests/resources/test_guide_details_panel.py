"""A guide's details (kind, status, owner, review dates, topics, downloads) are
edited on its top page only; a chapter's form has none of them, so a new
chapter asks for nothing that belongs to the guide. The explorer lists
chapters in reading order."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from resources.models import GuidancePage
from tests.factories import UserFactory, english

pytestmark = pytest.mark.django_db

GUIDE_ONLY = (
    'name="kind"',
    'name="status"',
    'name="owning_team"',
    'name="next_review_due"',
    'name="sectors"',
)


@pytest.fixture
def editor(client):
    user = UserFactory(email="writer@example.org", groups=[Group.objects.get(name="Editors")])
    client.force_login(user)
    return user


def a_guide():
    return next(
        page
        for page in english(GuidancePage).live()
        if page.is_guide and page.get_children().exists()
    )


def test_the_guide_details_tab_is_on_the_guide_only(client, editor):
    guide = a_guide()
    chapter = guide.get_children().first()
    guide_form = client.get(reverse("wagtailadmin_pages:edit", args=[guide.pk])).content.decode()
    assert all(field in guide_form for field in GUIDE_ONLY)
    assert "Guide details" in guide_form
    chapter_form = client.get(
        reverse("wagtailadmin_pages:edit", args=[chapter.pk])
    ).content.decode()
    assert not any(field in chapter_form for field in GUIDE_ONLY)
    assert "Guide details" not in chapter_form


def test_a_new_chapter_is_saved_without_guide_details(client, editor):
    guide = a_guide()
    add = reverse("wagtailadmin_pages:add", args=["resources", "guidancepage", guide.pk])
    form = client.get(add).content.decode()
    assert not any(field in form for field in GUIDE_ONLY)
    response = client.post(
        add,
        {
            "title": "A new chapter",
            "slug": "a-new-chapter",
            "summary": "",
            "body-count": "0",
            "comments-TOTAL_FORMS": "0",
            "comments-INITIAL_FORMS": "0",
            "comments-MIN_NUM_FORMS": "0",
            "comments-MAX_NUM_FORMS": "1000",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    chapter = GuidancePage.objects.get(slug="a-new-chapter")
    assert chapter.guide.pk == guide.pk


def test_the_explorer_lists_chapters_in_guide_order(client, editor):
    guide = a_guide()
    listing = client.get(reverse("wagtailadmin_explore", args=[guide.pk])).content.decode()
    titles = [page.title for page in guide.get_children().order_by("path")]
    positions = [listing.index(title) for title in titles]
    assert positions == sorted(positions)
