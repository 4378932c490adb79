"""The partner API (/api/v2/) carries public, live content only: never a
members-only page, document or image, never a draft, never personal data, in
either language, whoever asks and however they ask."""

import json

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.test import override_settings
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction

from events.models import EventPage
from members.models import Profile
from resources.models import GuidancePage, ResourceLibraryPage, ResourcePage
from tests.factories import UserFactory, english
from tests.members.conftest import make_person

pytestmark = pytest.mark.django_db

MEMBERS_ONLY_PAGE = "Pilot leads' meeting"  # the demo's members-only page
MEMBERS_ONLY_DOCUMENT = "Pilot leads' meeting: notes for members"
MEMBERS_ONLY_IMAGE = "Handling session at the county archive"


def get_json(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, (url, response.status_code, response.content[:300])
    return response.json()


def titles(data):
    return {item["title"] for item in data["items"]}


@pytest.fixture(params=["anonymous", "member", "editor"])
def asker(request, client):
    """The API answers everyone alike: the same public content for each of these."""
    if request.param == "member":
        client.force_login(make_person("api.member@example.org", status=Profile.Status.APPROVED))
    elif request.param == "editor":
        client.force_login(
            UserFactory(email="api.editor@example.org", groups=[Group.objects.get(name="Editors")])
        )
    return client


def test_pages_list_public_guidance_in_english_and_welsh(client):
    english_guides = get_json(client, "/api/v2/pages/?type=resources.GuidancePage&limit=50")
    welsh_guides = get_json(
        client, "/api/v2/pages/?type=resources.GuidancePage&locale=cy&limit=50&fields=summary"
    )
    assert english_guides["meta"]["total_count"] > 0
    assert welsh_guides["meta"]["total_count"] > 0
    welsh_guide = GuidancePage.objects.live().filter(locale__language_code="cy").first()
    assert welsh_guide.title in titles(welsh_guides)
    assert all(item["meta"]["locale"] == "cy" for item in welsh_guides["items"])
    assert "summary" in welsh_guides["items"][0]


@pytest.mark.parametrize("locale", ["en", "cy"])
def test_no_members_only_page_is_listed_searched_or_shown_to_anyone(asker, locale):
    secret = Page.objects.get(title=MEMBERS_ONLY_PAGE, locale__language_code="en")
    secret = secret.get_translation(Locale.objects.get(language_code=locale))
    area = secret.get_parent()
    listed = get_json(asker, f"/api/v2/pages/?locale={locale}&limit=50&offset=0")
    everything = set()
    offset = 0
    while True:
        page = get_json(asker, f"/api/v2/pages/?locale={locale}&limit=50&offset={offset}")
        everything |= {item["id"] for item in page["items"]}
        offset += 50
        if offset >= page["meta"]["total_count"]:
            break
    assert listed["meta"]["total_count"] == len(everything)
    assert secret.pk not in everything and area.pk not in everything

    assert asker.get(f"/api/v2/pages/{secret.pk}/").status_code == 404
    assert asker.get(f"/api/v2/pages/{area.pk}/").status_code == 404
    found = asker.get(f"/api/v2/pages/find/?html_path={secret.url}")
    assert found.status_code == 404
    children = asker.get(f"/api/v2/pages/?child_of={area.pk}")
    assert children.status_code in (400, 404) or children.json()["meta"]["total_count"] == 0
    by_type = get_json(asker, f"/api/v2/pages/?type=home.StandardPage&locale={locale}&limit=50")
    assert secret.pk not in {item["id"] for item in by_type["items"]}
    searched = get_json(asker, "/api/v2/pages/?search=pilot+leads")
    assert secret.pk not in {item["id"] for item in searched["items"]}


def test_a_members_only_resource_is_not_in_the_api_even_by_type(client):
    library = english(ResourceLibraryPage).get()
    resource = ResourcePage(
        title="Members toolkit",
        slug="members-toolkit-api",
        summary="Only for members.",
        resource_type="case-study",
    )
    library.add_child(instance=resource)
    resource.save_revision().publish()
    PageViewRestriction.objects.create(page=resource, restriction_type=PageViewRestriction.LOGIN)
    listed = get_json(client, "/api/v2/pages/?type=resources.ResourcePage&limit=50&fields=summary")
    assert "Members toolkit" not in titles(listed)
    assert client.get(f"/api/v2/pages/{resource.pk}/").status_code == 404


def test_drafts_are_not_in_the_api_and_a_live_page_shows_its_published_text(client):
    library = english(ResourceLibraryPage).get()
    draft = ResourcePage(
        title="Unpublished idea",
        slug="unpublished-idea",
        summary="Not yet.",
        resource_type="other",
        live=False,
    )
    library.add_child(instance=draft)
    draft.save_revision()
    public = ResourcePage.objects.live().filter(locale__language_code="en").first()
    public.summary = "A change still in review"
    public.save_revision()

    listed = get_json(client, "/api/v2/pages/?type=resources.ResourcePage&limit=50&fields=summary")
    assert "Unpublished idea" not in titles(listed)
    assert client.get(f"/api/v2/pages/{draft.pk}/").status_code == 404
    detail = get_json(client, f"/api/v2/pages/{public.pk}/")
    assert detail["summary"] != "A change still in review"


def test_documents_and_images_are_only_those_public_pages_use(asker):
    documents = get_json(asker, "/api/v2/documents/?limit=50")
    images = get_json(asker, "/api/v2/images/?limit=50")
    assert documents["meta"]["total_count"] > 0
    assert MEMBERS_ONLY_DOCUMENT not in titles(documents)
    assert MEMBERS_ONLY_IMAGE not in titles(images)
    secret_document = get_document_model().objects.get(title=MEMBERS_ONLY_DOCUMENT)
    secret_image = get_image_model().objects.get(title=MEMBERS_ONLY_IMAGE)
    assert asker.get(f"/api/v2/documents/{secret_document.pk}/").status_code == 404
    assert asker.get(f"/api/v2/images/{secret_image.pk}/").status_code == 404


def test_an_unused_upload_in_review_is_not_in_the_api(client):
    upload = get_document_model().objects.create(
        title="Contribution waiting for review", file=ContentFile(b"%PDF-1.4\n", name="waiting.pdf")
    )
    documents = get_json(client, "/api/v2/documents/?limit=50")
    assert upload.title not in titles(documents)
    assert client.get(f"/api/v2/documents/{upload.pk}/").status_code == 404


def test_answers_carry_no_personal_data(client, django_user_model):
    emails = [email for email in django_user_model.objects.values_list("email", flat=True) if email]
    joining_links = [
        link for link in EventPage.objects.values_list("joining_link", flat=True) if link
    ]
    bodies = [
        client.get("/api/v2/pages/?limit=50&fields=*").content.decode(),
        client.get("/api/v2/pages/?type=events.EventPage&limit=50&fields=*").content.decode(),
        client.get("/api/v2/pages/?type=resources.ResourcePage&limit=50&fields=*").content.decode(),
        client.get("/api/v2/documents/?limit=50&fields=*").content.decode(),
    ]
    for body in bodies:
        json.loads(body)
        for email in emails:
            assert email not in body
        for link in joining_links:
            assert link not in body
        assert "download_count" not in body and "contributor" not in body


def test_event_and_resource_fields_a_partner_needs(client):
    events = get_json(client, "/api/v2/pages/?type=events.EventPage&fields=start,end,venue_name")
    assert events["items"] and {"start", "end", "venue_name"} <= set(events["items"][0])
    resources = get_json(
        client, "/api/v2/pages/?type=resources.ResourcePage&fields=summary,topic_names,document"
    )
    assert resources["items"] and isinstance(resources["items"][0]["topic_names"], list)


def test_other_sites_may_read_it_with_get_but_not_with_cookies(client):
    response = client.get("/api/v2/pages/", HTTP_ORIGIN="https://partner.example.org")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response
    assert "public" in response["Cache-Control"]
    page = client.get("/", HTTP_ORIGIN="https://partner.example.org")
    assert "Access-Control-Allow-Origin" not in page


def test_a_browser_gets_json_and_unknown_parameters_a_clear_error(client):
    browser_accept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    response = client.get("/api/v2/pages/", HTTP_ACCEPT=browser_accept)
    assert response.status_code == 200 and response["Content-Type"].startswith("application/json")
    bad = client.get("/api/v2/pages/?colour=red")
    assert bad.status_code == 400 and "colour" in bad.json()["message"]
    assert client.get("/api/v2/pages/?limit=100000").status_code == 400
    assert client.get("/api/v2/pages/?type=no.SuchPage").status_code == 400


@override_settings(API_RATE_LIMIT="3/min")
def test_one_address_is_rate_limited(client):
    cache.clear()
    answers = [client.get(f"/api/v2/pages/?offset={n}").status_code for n in range(5)]
    assert answers[:3] == [200, 200, 200]
    assert answers[3:] == [429, 429]
