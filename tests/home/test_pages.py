"""Page types render what editors put in them, where readers expect it."""

import pytest
from django.core.files.base import ContentFile
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page
from wagtail.rich_text import RichText

from home.blocks import CallToActionBlock, CaptionedImageBlock
from home.models import HomePage, HomePageFeaturedPage, StandardPage
from tests.factories import StandardPageFactory, english

pytestmark = pytest.mark.django_db


def test_home_page_shows_introduction_featured_pages_and_join_call(client, soup, home_page):
    page = soup(client.get("/"))
    assert page.body["class"] == ["template-home-page"]
    assert page.h1.get_text(strip=True) == home_page.title
    assert "free, open network" in page.select_one(".lead").get_text()
    featured = [a.get_text(strip=True) for a in page.select("#featured-heading ~ ul a")]
    assert featured == ["Guidance and toolkits", "Pilot schemes", "Heritage and wellbeing"]
    join = page.select_one(".call-to-action a.button")
    assert join["href"] == "/join/"


def test_home_page_leaves_out_featured_pages_that_are_unpublished(client, soup, home_page):
    pilots = english(Page).get(slug="pilot-schemes")
    pilots.unpublish()
    page = soup(client.get("/"))
    featured = [a.get_text(strip=True) for a in page.select("#featured-heading ~ ul a")]
    assert "Pilot schemes" not in featured
    assert featured == ["Guidance and toolkits", "Heritage and wellbeing"]


def test_featured_summary_written_by_editor_replaces_page_summary(client, soup, home_page):
    link = HomePageFeaturedPage.objects.get(home_page=home_page, page__slug="pilot-schemes")
    link.summary = "Two pilots, two toolkits."
    link.save()
    page = soup(client.get("/"))
    assert "Two pilots, two toolkits." in page.select_one("#featured-heading ~ ul").get_text()


def test_standard_page_renders_every_body_block(client, soup, home_page):
    image = Image.objects.create(title="Volunteers", file=get_test_image_file())
    document = Document(title="Evaluation template")
    document.file.save("template.pdf", ContentFile(b"%PDF-1.4 test"), save=False)
    document._set_document_file_metadata()
    document.save()
    target = english(Page).get(slug="join")
    page = StandardPageFactory(
        parent=home_page,
        title="Everything page",
        slug="everything",
        body=[
            ("heading", {"text": "Getting started", "level": "h2"}),
            ("paragraph", RichText("<p>Link workers refer people.</p>")),
            (
                "image",
                {
                    "image": image,
                    "alt_text": "Volunteers sorting finds",
                    "caption": "A dig day",
                    "credit": "Photo: a member",
                },
            ),
            ("quote", {"quote": "It changed my week.", "attribution": "A participant"}),
            (
                "call_to_action",
                {
                    "heading": "Ready?",
                    "text": "",
                    "button_text": "Join us",
                    "link_page": target,
                    "link_url": "",
                },
            ),
            ("document_links", {"heading": "Downloads", "documents": [document]}),
            (
                "accordion",
                {
                    "heading": "Questions",
                    "items": [{"title": "Is it free?", "content": RichText("<p>Yes, always.</p>")}],
                },
            ),
            (
                "table",
                {
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "Meeting dates",
                    "data": [["Quarter", "Date"], ["Spring", "March"]],
                },
            ),
        ],
    )
    page.save_revision().publish()
    html = soup(client.get("/everything/"))
    assert html.body["class"] == ["template-standard-page"]
    assert html.select_one("h2#getting-started").get_text() == "Getting started"
    assert "Link workers refer people." in html.get_text()
    img = html.select_one("figure.block-image img")
    assert img["alt"] == "Volunteers sorting finds"
    assert "A dig day" in html.select_one("figure.block-image figcaption").get_text()
    assert html.select_one(".block-quote blockquote").get_text(strip=True) == "It changed my week."
    assert html.select_one(".call-to-action a")["href"] == "/join/"
    download = html.select_one(".document-links a")
    assert download["href"].endswith("template.pdf")
    assert "PDF" in html.select_one(".document-links__meta").get_text()
    assert html.select_one("details summary").get_text() == "Is it free?"
    assert html.select_one("table caption").get_text() == "Meeting dates"
    assert html.select_one("table thead th")["scope"] == "col"


def test_standard_page_lists_its_children_under_a_heading(client, soup):
    html = soup(client.get("/about/pilot-schemes/"))
    headings = [h.get_text(strip=True) for h in html.select("main h2")]
    assert "In this section" in headings
    titles = [a.get_text(strip=True) for a in html.select(".card-list .card__title a")]
    assert titles == ["Heritage Connectors", "Heritage Buddies"]


def test_image_block_refuses_missing_alternative_text():
    image_block = CaptionedImageBlock()
    with pytest.raises(StructBlockValidationError) as error:
        image_block.clean({"image": None, "alt_text": "", "caption": "", "credit": ""})
    assert "alt_text" in str(error.value.block_errors)


def test_call_to_action_needs_exactly_one_destination(home_page):
    block = CallToActionBlock()
    base = {"heading": "Join", "text": "", "button_text": "Go"}
    with pytest.raises(StructBlockValidationError):
        block.clean({**base, "link_page": None, "link_url": ""})
    with pytest.raises(StructBlockValidationError):
        block.clean({**base, "link_page": home_page, "link_url": "https://example.org/"})
    cleaned = block.clean({**base, "link_page": None, "link_url": "https://example.org/"})
    assert cleaned["link_url"] == "https://example.org/"


def test_home_page_only_sits_at_the_top_of_the_tree(root_page, home_page):
    assert HomePage.allowed_parent_page_models() == [Page]
    assert not HomePage.can_create_at(home_page)
    assert StandardPage.can_create_at(home_page)
    assert not StandardPage.can_create_at(root_page)


def test_breadcrumbs_lead_from_home_to_the_current_page(client, soup):
    html = soup(client.get("/about/pilot-schemes/heritage-buddies/"))
    crumbs = html.select("nav.breadcrumbs li")
    assert [c.get_text(strip=True) for c in crumbs] == [
        "Home",
        "About the community",
        "Pilot schemes",
        "Heritage Buddies",
    ]
    assert crumbs[-1].select_one("[aria-current=page]") is not None
    assert html.select_one("nav.breadcrumbs a[href='/about/pilot-schemes/']")


def test_home_page_has_no_breadcrumbs(client, soup):
    assert soup(client.get("/")).select_one("nav.breadcrumbs") is None


def test_navigation_lists_the_top_level_sections(client, soup):
    html = soup(client.get("/"))
    nav = [a.get_text(strip=True) for a in html.select("nav.main-nav a")]
    # A few sections on one row: explanatory pages sit under About, the name and mark
    # lead home, and joining is the header's one Join button.
    assert nav == [
        "About the community",
        "Guidance and toolkits",
        "Resource library",
        "Events",
    ]
    assert [a.get_text(strip=True) for a in html.select("header a.join-link")] == ["Join"]
    # Pages not chosen for menus (privacy, accessibility) live in the footer instead.
    assert "Privacy notice" not in nav
    footer = [a.get_text(strip=True) for a in html.select("footer a")]
    assert "Privacy notice" in footer and "Accessibility statement" in footer


def test_navigation_marks_the_current_section(client, soup):
    html = soup(client.get("/about/pilot-schemes/heritage-connectors/"))
    current = html.select("nav.main-nav a[aria-current]")
    assert [(a.get_text(strip=True), a["aria-current"]) for a in current] == [
        ("About the community", "true")
    ]
    html = soup(client.get("/about/"))
    assert html.select_one("nav.main-nav a[aria-current=page]").get_text() == "About the community"


def test_new_menu_page_appears_in_navigation_and_leaves_when_unpublished(client, soup, home_page):
    page = StandardPageFactory(
        parent=home_page, title="Research", slug="research", show_in_menus=True
    )

    def menu():
        return [a.get_text(strip=True) for a in soup(client.get("/")).select("nav.main-nav a")]

    assert "Research" in menu()
    page.unpublish()
    assert "Research" not in menu()


def test_footer_shows_the_contact_address_from_site_settings(client, soup):
    from home.models import SiteSettings

    settings = SiteSettings.load()
    settings.contact_email = "hello@example.org"
    settings.save()
    html = soup(client.get("/about/"))
    assert html.select_one("footer a[href='mailto:hello@example.org']")


def test_base_layout_has_skip_link_landmarks_and_language(client, soup):
    html = soup(client.get("/about/"))
    assert html.html["lang"] == "en"
    skip = html.select_one("a.skip-link")
    assert skip["href"] == "#main-content"
    assert html.select_one("main#main-content")
    assert html.select_one("header") and html.select_one("footer")
    assert html.select_one("nav[aria-label=Main]")
    assert html.select_one("link[rel=stylesheet][media=print]")


def test_draft_page_is_not_served_to_the_public(client, home_page):
    page = StandardPageFactory(parent=home_page, title="Draft", slug="draft-page", live=False)
    assert not page.live
    assert client.get("/draft-page/").status_code == 404
