"""Images on pages and cards: alt text required unless the image is decorative,
responsive renditions with width, height and alt, lazy below the lead image."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.images.models import Filter
from wagtail.models import get_page_models
from wagtail.test.utils.form_data import nested_form_data, streamfield

from events.models import EventIndexPage, EventPage
from home.demo.illustrations import COLLECTION_NAME, ILLUSTRATIONS, demo_image
from home.models import HomePage, HomePageFeaturedPage, StandardPage
from home.page_images import PageImageMixin
from resources.models import GuidanceIndexPage, GuidancePage, ResourceLibraryPage, ResourcePage
from tests.factories import UserFactory, english

pytestmark = pytest.mark.django_db

WITH_IMAGES = [
    HomePage,
    HomePageFeaturedPage,
    StandardPage,
    GuidanceIndexPage,
    GuidancePage,
    ResourceLibraryPage,
    ResourcePage,
    EventIndexPage,
    EventPage,
]


def test_every_page_type_of_the_site_can_have_an_image():
    site_pages = [
        model for model in get_page_models() if not model.__module__.startswith("wagtail.")
    ]
    assert len(site_pages) > len(WITH_IMAGES) - 1
    without = [model.__name__ for model in site_pages if not issubclass(model, PageImageMixin)]
    assert without == []


@pytest.fixture
def picture():
    return demo_image("church")


@pytest.mark.parametrize("model", WITH_IMAGES, ids=lambda model: model.__name__)
def test_every_page_type_and_featured_card_needs_alt_text_or_decorative(model, picture):
    assert issubclass(model, PageImageMixin)
    title = {} if model is HomePageFeaturedPage else {"title": "A page"}
    item = model(**title, image=picture, image_alt="  ")
    with pytest.raises(ValidationError) as raised:
        item.clean()
    assert "image_alt" in raised.value.message_dict
    # Decorative, or described: the image rule is met.
    for fields in ({"image_is_decorative": True}, {"image_alt": "A church"}):
        item = model(**title, image=picture, **{"image_alt": "", **fields})
        try:
            item.clean()
        except ValidationError as error:
            assert "image_alt" not in error.message_dict
    assert model(**title, image=picture, image_is_decorative=True).image_alt_text == ""


def edit_standard_page(client, page, **image_fields):
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "introduction": page.introduction,
            "body": streamfield([]),
            **image_fields,
        }
    )
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


def test_the_admin_refuses_an_image_without_alt_text_unless_decorative(client, picture):
    client.force_login(UserFactory(email="an-admin@example.org", is_superuser=True))
    page = english(StandardPage).get(slug="privacy")
    refused = edit_standard_page(client, page, image=picture.pk, image_alt="")
    assert refused.status_code == 200
    assert "Give alternative text for the image, or mark it as decorative." in (
        refused.content.decode()
    )
    assert page.get_latest_revision_as_object().image_id is None

    saved = edit_standard_page(client, page, image=picture.pk, image_is_decorative="on")
    assert saved.status_code == 302
    draft = StandardPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert draft.image_id == picture.pk and draft.image_is_decorative


def images_of(soup, response):
    assert response.status_code == 200
    return soup(response).select("main img")


def test_demo_pages_show_images_with_size_alt_and_modern_formats(client, soup):
    response = client.get("/")
    images = images_of(soup, response)
    assert len(images) >= 4  # the lead image and the cards
    for img in images:
        assert img["width"] and img["height"], img
        assert img.has_attr("alt"), img
        assert "srcset" in img.attrs, img
    lead, *cards = images
    assert lead["alt"] == ILLUSTRATIONS["group-walk"][1]
    assert "loading" not in lead.attrs  # the lead image loads at once
    assert all(card["loading"] == "lazy" for card in cards)
    assert soup(response).select('main picture source[type="image/webp"][srcset]')


@pytest.mark.parametrize(
    "path",
    ["/about/", "/guidance/", "/guidance/getting-started/", "/resources/", "/events/"],
)
def test_every_listing_and_page_type_shows_its_images(client, soup, path):
    images = images_of(soup, client.get(path))
    assert images, path
    for img in images:
        assert img["width"] and img["height"] and img["alt"], img


def test_an_event_and_a_resource_show_their_lead_image(client, soup):
    for page in (english(EventPage).live().first(), english(ResourcePage).live().first()):
        images = images_of(soup, client.get(page.url))
        assert images[0]["alt"] == page.image_alt


def test_a_decorative_image_has_empty_alt_text(client, soup):
    page = english(StandardPage).get(slug="about")
    page.image_is_decorative = True
    page.save_revision().publish()
    response = client.get(page.url)
    lead = images_of(soup, response)[0]
    assert lead["alt"] == ""
    assert 'alt=""' in response.content.decode()


def test_a_featured_card_can_have_its_own_image(client, soup, home_page):
    link = home_page.featured_pages.first()
    link.image = demo_image("canal")
    link.image_alt = "A narrowboat, chosen for this card"
    link.save()
    response = client.get("/")
    alts = [img["alt"] for img in images_of(soup, response)]
    assert "A narrowboat, chosen for this card" in alts


def test_the_demo_imports_each_illustration_once():
    images = get_image_model().objects.filter(collection__name=COLLECTION_NAME)
    assert images.count() == len(ILLUSTRATIONS)
    demo_image("church")
    assert images.count() == len(ILLUSTRATIONS)
    for image in images:
        assert image.width == 1600 and image.height == 900
        assert image.description  # the alt text, offered to editors who reuse it


def test_the_api_gives_each_page_its_image_and_alt_text(client):
    data = client.get(
        "/api/v2/pages/?type=home.StandardPage&fields=image,image_alt_text&slug=about&locale=en"
    ).json()
    (about,) = data["items"]
    assert about["image"]["id"] == english(StandardPage).get(slug="about").image_id
    assert about["image_alt_text"] == ILLUSTRATIONS["museum-object"][1]


@pytest.mark.parametrize("path", ["/", "/cy/", "/about/", "/events/", "/resources/"])
def test_a_page_rendered_again_draws_no_picture(client, monkeypatch, settings, path):
    """Every rendition the demo's pages show exists already (the link-preview card
    too): rendering a page reads them and never draws one again, which costs tens of
    milliseconds a picture."""
    settings.PAGE_CACHE_SECONDS = 0
    assert client.get(path).status_code == 200
    drawn = []
    real_run = Filter.run

    def run(self, *args, **kwargs):
        drawn.append(self.spec)
        return real_run(self, *args, **kwargs)

    monkeypatch.setattr(Filter, "run", run)
    response = client.get(path)
    assert response.status_code == 200
    assert 'property="og:image"' in response.content.decode()
    assert drawn == []
