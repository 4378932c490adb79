"""Guides as page trees: structure, reading, printing and their details."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.models import Page
from wagtail.rich_text import RichText

from home import content_version
from home.models import HomePage, StandardPage
from resources.blocks import EthicsStandardsBlock
from resources.models import GuidanceIndexPage, GuidancePage
from tests.factories import GuidancePageFactory, UserFactory, build_guide, english

pytestmark = pytest.mark.django_db


@pytest.fixture
def guidance_index(home_page):
    return english(GuidanceIndexPage).get(slug="guidance")


def contents_links(html):
    return [
        (a.get_text(strip=True), a.get("aria-current")) for a in html.select(".guide__contents a")
    ]


# Tree rules


def test_guides_live_only_in_the_guidance_section(home_page, guidance_index):
    guide = english(GuidancePage).get(slug="getting-started")
    assert not GuidancePage.can_create_at(home_page)
    assert GuidancePage.can_create_at(guidance_index)
    assert GuidancePage.can_create_at(guide)
    assert GuidanceIndexPage.can_create_at(home_page)
    assert not GuidanceIndexPage.can_create_at(guide)


def test_nothing_but_chapters_goes_inside_a_guide(guidance_index):
    guide = english(GuidancePage).get(slug="getting-started")
    assert guide.specific_class.allowed_subpage_models() == [GuidancePage]
    assert not StandardPage.can_create_at(guide)
    assert not StandardPage.can_create_at(guidance_index)
    assert not HomePage.can_create_at(guide)


# Reading a guide


def test_contents_follow_tree_order_and_mark_the_current_page(client, soup):
    guide = english(GuidancePage).get(slug="getting-started")
    tree_titles = [
        page.title for page in Page.objects.descendant_of(guide, inclusive=True).order_by("path")
    ]
    html = soup(client.get("/guidance/getting-started/designing-your-activity/"))
    links = contents_links(html)
    assert [title for title, _ in links] == tree_titles
    assert [title for title, current in links if current] == ["Designing your activity"]
    assert dict(links)["Designing your activity"] == "page"


def test_contents_nest_chapters_three_levels_deep(client, soup):
    html = soup(client.get("/guidance/getting-started/"))
    deepest = html.select_one(".guide__contents ol ol ol a")
    assert deepest.get_text(strip=True) == "Setting up a referral pathway"


def test_previous_and_next_cross_nesting_levels(client, soup):
    deep = (
        "/guidance/getting-started/understanding-social-prescribing/"
        "working-with-link-workers/setting-up-a-referral-pathway/"
    )
    html = soup(client.get(deep))
    assert html.select_one("a[rel=prev]")["href"].endswith("/working-with-link-workers/")
    # From three levels down, "next" climbs back up to the following top-level chapter.
    assert (
        html.select_one("a[rel=next]")["href"]
        == "/guidance/getting-started/designing-your-activity/"
    )
    first = soup(client.get("/guidance/getting-started/"))
    assert first.select_one("a[rel=prev]") is None
    assert (
        first.select_one("a[rel=next]")["href"]
        == "/guidance/getting-started/understanding-social-prescribing/"
    )
    last = soup(client.get("/guidance/getting-started/looking-after-people/"))
    assert last.select_one("a[rel=next]") is None


def test_draft_chapters_are_left_out_of_contents_and_paging(client, soup, guidance_index):
    guide = build_guide(guidance_index, title="Draft test", slug="draft-test", chapters=3)
    english(Page).get(path__startswith=guide.path, slug="chapter-2").unpublish()
    html = soup(client.get("/guidance/draft-test/chapter-1/"))
    assert [title for title, _ in contents_links(html)] == ["Draft test", "Chapter 1", "Chapter 3"]
    assert html.select_one("a[rel=next]")["href"] == "/guidance/draft-test/chapter-3/"


def test_chapters_show_the_guides_details(client, soup):
    html = soup(client.get("/guidance/getting-started/designing-your-activity/"))
    text = html.get_text(" ", strip=True)
    assert "Last reviewed 1 September 2026" in text
    assert "Next review due 1 September 2027" in text
    details = {
        div.dt.get_text(strip=True): div.dd.get_text(strip=True)
        for div in html.select(".guide-details div")
    }
    assert details["Version"] == "2.0"
    assert details["Type"] == "Guidance"
    assert html.select_one(".guide__parent a")["href"] == "/guidance/getting-started/"
    topics = [a.get_text(strip=True) for a in html.select(".tag-list a")]
    assert "link workers" in topics
    related = [a.get_text(strip=True) for a in html.select("#guide-related-heading + ul a")]
    assert related == ["Ethical standards for heritage social prescribing"]


def test_toolkit_offers_its_templates_for_download(client, soup):
    html = soup(client.get("/guidance/heritage-buddies-toolkit/what-buddies-do/"))
    downloads = html.select(".guide-downloads a")
    assert [a.get_text(strip=True) for a in downloads] == [
        "Buddy induction checklist",
        "Activity and check-in log template",
    ]
    response = client.get(downloads[0]["href"])
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_in_page_contents_link_to_unique_heading_anchors(client, soup, guidance_index):
    guide = GuidancePageFactory(
        parent=guidance_index,
        title="Anchors",
        slug="anchors",
        body=[
            ("heading", {"text": "Before you start", "level": "h2"}),
            ("paragraph", RichText("<p>One.</p>")),
            ("heading", {"text": "Examples", "level": "h2"}),
            ("heading", {"text": "Examples", "level": "h3"}),
        ],
    )
    assert guide.live
    html = soup(client.get("/guidance/anchors/"))
    links = [a["href"] for a in html.select(".on-this-page a")]
    assert links == ["#before-you-start", "#examples", "#examples-2"]
    for href in links:
        assert html.select_one(href) is not None
    assert html.select_one("#examples-2").name == "h3"


def test_ethics_standards_are_numbered_with_stable_anchors(client, soup):
    html = soup(client.get("/guidance/ethical-standards/"))
    standards = html.select("ol.standards > li")
    assert [li["id"] for li in standards] == [f"standard-{n}" for n in range(1, 8)]
    assert [li["value"] for li in standards] == [str(n) for n in range(1, 8)]
    third = html.select_one("#standard-3")
    assert third.select_one("h3").get_text(strip=True) == "Standard 3: Accessibility and inclusion"
    assert third.select_one("a[href='#standard-3']") is not None
    assert "What it means in practice" in third.get_text()


def test_ethics_standard_numbers_must_be_unique():
    block = EthicsStandardsBlock()
    standard = {"title": "T", "statement": "S", "in_practice": RichText("<p>P</p>")}
    value = block.to_python({"standards": [{**standard, "number": 1}, {**standard, "number": 1}]})
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert "repeated: 1" in str(error.value.block_errors["standards"])


# The guidance index


def test_index_groups_guides_by_kind(client, soup):
    html = soup(client.get("/guidance/"))
    groups = {
        section.h2.get_text(strip=True): [
            a.get_text(strip=True) for a in section.select(".card__title a")
        ]
        for section in html.select("main section")
    }
    assert groups["Toolkit"] == ["Heritage Buddies toolkit", "Heritage Connectors toolkit"]
    assert groups["Ethics standard"] == ["Ethical standards for heritage social prescribing"]
    assert groups["Evaluation framework"] == ["Evaluating wellbeing outcomes"]
    assert "Draft for consultation" in html.get_text()


def test_index_filters_by_kind_and_topic(client, soup):
    html = soup(client.get("/guidance/", {"kind": "toolkit"}))
    titles = [a.get_text(strip=True) for a in html.select(".card__title a")]
    assert titles == ["Heritage Buddies toolkit", "Heritage Connectors toolkit"]
    html = soup(client.get("/guidance/", {"topic": "safeguarding"}))
    titles = [a.get_text(strip=True) for a in html.select(".card__title a")]
    assert sorted(titles) == [
        "Ethical standards for heritage social prescribing",
        "Getting started with heritage social prescribing",
    ]
    assert html.select_one("#filter-topic option[selected]")["value"] == "safeguarding"


def test_index_filters_that_match_nothing_say_so(client, soup):
    html = soup(client.get("/guidance/", {"kind": "toolkit", "topic": "ethics"}))
    assert html.select(".card__title a") == []
    assert "No guides match these filters." in html.get_text()
    response = client.get("/guidance/", {"kind": "not-a-kind", "topic": "<script>"})
    assert response.status_code == 200


# Whole-guide print view


def test_print_view_holds_every_chapter_in_tree_order(client, soup):
    guide = english(GuidancePage).get(slug="getting-started")
    expected = [page.title for page in Page.objects.descendant_of(guide).live().order_by("path")]
    response = client.get("/guidance/getting-started/print/")
    html = soup(response)
    assert html.body["class"] == ["template-guidance-print"]
    assert html.h1.get_text(strip=True) == guide.title
    titles = [
        section.find(["h2", "h3", "h4"]).get_text(strip=True)
        for section in html.select("section.guide-print__chapter[id]")
    ]
    assert titles == expected
    # Chapters nest: a third-level chapter's title is an h4.
    assert html.select_one("#chapter-setting-up-a-referral-pathway-title").name == "h4"
    assert "Walk through a pretend referral" in html.get_text()


def test_a_chapter_edited_since_the_last_print_view_is_printed_as_it_is_now(client, settings):
    """Each chapter of the print view is rendered once and shared between visitors,
    until something changes."""
    settings.PAGE_CACHE_SECONDS = 0  # the chapters' own shared parts, not the page cache
    assert "Walk through a pretend referral" in client.get("/guidance/getting-started/print/").text
    chapter = english(GuidancePage).get(slug="setting-up-a-referral-pathway")
    chapter.body = [("paragraph", RichText("<p>Start with one link worker.</p>"))]
    chapter.save_revision().publish()
    printed = client.get("/guidance/getting-started/print/").text
    assert "Start with one link worker." in printed
    assert "Walk through a pretend referral" not in printed


def test_every_page_of_a_guide_links_to_its_print_view(client, soup):
    for path in ["/guidance/getting-started/", "/guidance/getting-started/looking-after-people/"]:
        link = soup(client.get(path)).select_one(".guide-print-link a")
        assert link["href"] == "/guidance/getting-started/print/"
    response = client.get("/guidance/getting-started/looking-after-people/print/")
    assert response.status_code == 302
    assert response["Location"] == "/guidance/getting-started/print/"


def test_print_view_of_a_hundred_chapters_is_one_request_with_bounded_queries(
    client, soup, guidance_index, django_assert_max_num_queries
):
    build_guide(guidance_index, title="Big guide", slug="big-guide", chapters=100)
    with django_assert_max_num_queries(25):
        response = client.get("/guidance/big-guide/print/")
    assert response.status_code == 200
    assert len(soup(response).select("section.guide-print__chapter[id]")) == 100


# Query budget


def test_chapter_query_count_does_not_grow_with_the_guide(
    client, guidance_index, django_assert_max_num_queries, settings
):
    settings.PAGE_CACHE_SECONDS = 0  # count what rendering costs, not the page cache
    build_guide(guidance_index, title="Small", slug="small", chapters=5)
    build_guide(guidance_index, title="Large", slug="large", chapters=50)
    client.get("/guidance/small/chapter-3/")  # warm caches shared by both
    budget = 30
    # Each chapter's first render after a change (nothing of either kept yet).
    content_version.bump()
    client.get("/guidance/")
    with django_assert_max_num_queries(budget) as small:
        assert client.get("/guidance/small/chapter-3/").status_code == 200
    content_version.bump()
    client.get("/guidance/")
    with django_assert_max_num_queries(budget) as large:
        assert client.get("/guidance/large/chapter-30/").status_code == 200
    assert len(large.captured_queries) == len(small.captured_queries)


# Bad input


def test_guide_without_chapters_has_no_empty_boxes(client, soup, guidance_index):
    GuidancePageFactory(
        parent=guidance_index,
        title="Lonely guide",
        slug="lonely",
        body=[("paragraph", RichText("<p>Only text.</p>"))],
    )
    response = client.get("/guidance/lonely/")
    assert response.status_code == 200
    html = soup(response)
    assert html.select_one(".guide__contents") is None
    assert html.select_one(".guide-pager") is None
    assert html.select_one(".on-this-page") is None
    assert client.get("/guidance/lonely/print/").status_code == 200


def test_overdue_review_date_is_flagged(client, soup, guidance_index):
    GuidancePageFactory(
        parent=guidance_index,
        title="Old",
        slug="old",
        next_review_due=timezone.localdate() - datetime.timedelta(days=1),
    )
    html = soup(client.get("/guidance/old/"))
    # Readers see a calm note; editors see that the review is overdue.
    review = html.select_one(".guide-review").get_text()
    assert "Due for review" in review and "overdue" not in review.lower()
    editor = UserFactory(
        email="review.editor@example.org", groups=[Group.objects.get(name="Editors")]
    )
    client.force_login(editor)
    html = soup(client.get("/guidance/old/"))
    assert "Review overdue" in html.select_one(".guide-review").get_text()


def test_demo_ethics_standards_are_current_and_list_their_standards(client, soup):
    html = soup(client.get("/guidance/ethical-standards/"))
    review = html.select_one(".guide-review").get_text()
    assert "Due for review" not in review and "overdue" not in review.lower()
    contents = [a["href"] for a in html.select(".on-this-page a")]
    assert [href for href in contents if href.startswith("#standard-")] == [
        f"#standard-{number}" for number in range(1, 8)
    ]
    for href in contents:
        assert html.select_one(href), href  # every entry leads somewhere on the page


def test_download_whose_file_is_missing_still_renders(client, soup, guidance_index):
    guide = english(GuidancePage).get(slug="heritage-connectors-toolkit")
    document = guide.downloads.first().document
    document.file.storage.delete(document.file.name)
    document.file_size = None
    document.save()
    response = client.get("/guidance/heritage-connectors-toolkit/")
    assert response.status_code == 200
    item = soup(response).select(".guide-downloads li")[0]
    assert "(PDF)" in item.get_text(" ", strip=True)
