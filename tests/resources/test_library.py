"""The resource library: search, filters with counts, sorting, feed and downloads."""

import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.http import QueryDict
from wagtail.models import Locale, PageViewRestriction

from home.demo.illustrations import illustrated
from resources.library import LibrarySearch
from resources.models import ResourceLibraryPage, ResourcePage
from tests.factories import english

pytestmark = pytest.mark.django_db
URL = "/resources/"


def titles(response):
    html = BeautifulSoup(response.content, "html.parser")
    return [a.get_text(strip=True) for a in html.select(".resource-card__title a")]


def count(response):
    html = BeautifulSoup(response.content, "html.parser")
    return int(html.select_one(".library__results h2").get_text(strip=True).split()[0])


def facet_counts(response, name):
    html = BeautifulSoup(response.content, "html.parser")
    counts = {}
    for option in html.select(f"#library-{name} option[value]"):
        if option["value"]:
            counts[option["value"]] = int(option.get_text().rsplit("(", 1)[1].rstrip(")"))
    return counts


def all_titles(client, **params):
    """Every result across all pages."""
    found, page = [], 1
    while True:
        response = client.get(URL, {**params, "page": page})
        found += titles(response)
        if f"page={page + 1}" not in response.content.decode():
            return found
        page += 1


def live_resources():
    return english(ResourcePage).live().public()


def test_library_lists_every_live_resource_and_none_of_the_drafts(client):
    response = client.get(URL)
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    assert html.body["class"] == ["template-resource-library-page"]
    assert count(response) == live_resources().count() >= 24
    found = all_titles(client)
    assert sorted(found) == sorted(live_resources().values_list("title", flat=True))
    assert "Quick survey template" not in found  # a member's draft, sent back


def test_search_finds_resources_by_their_words(client):
    found = all_titles(client, q="memory café")
    assert "Case study: a memory café in a county archive" in found
    assert client.get(URL, {"q": "zzqxjvwobble"}).status_code == 200
    assert (
        "No resources match your search." in client.get(URL, {"q": "zzqxjvwobble"}).content.decode()
    )


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"type": "case-study"}, lambda p: p.resource_type == "case-study"),
        ({"region": "wales"}, lambda p: p.region == "wales"),
        ({"topic": "dementia"}, lambda p: "dementia" in p.topics.names()),
        ({"audience": "link-workers"}, lambda p: p.audiences.filter(slug="link-workers").exists()),
        (
            {"type": "case-study", "audience": "link-workers"},
            lambda p: (
                p.resource_type == "case-study" and p.audiences.filter(slug="link-workers").exists()
            ),
        ),
        (
            {"topic": "evaluation", "region": "uk-wide"},
            lambda p: "evaluation" in p.topics.names() and p.region == "uk-wide",
        ),
        ({"sector": "nature"}, lambda p: "nature" in p.sectors.split(",")),
        (
            {"sector": "health", "type": "case-study"},
            lambda p: "health" in p.sectors.split(",") and p.resource_type == "case-study",
        ),
    ],
)
def test_filters_alone_and_combined_match_the_data(client, params, expected):
    wanted = sorted(page.title for page in live_resources() if expected(page))
    assert wanted, "the demo data should have something for this filter"
    assert sorted(all_titles(client, **params)) == wanted


def test_facet_counts_match_the_results_they_lead_to(client):
    base = {"audience": "heritage-organisations"}
    response = client.get(URL, base)
    for facet in ["type", "region", "topic", "sector"]:
        for value, shown in facet_counts(response, facet).items():
            assert count(client.get(URL, {**base, facet: value})) == shown, (facet, value)


def test_sort_by_title_and_by_downloads(client):
    by_title = all_titles(client, sort="title")
    assert by_title == sorted(by_title, key=str.lower) or by_title == sorted(by_title)
    top = titles(client.get(URL, {"sort": "downloads"}))[0]
    most = live_resources().order_by("-download_count", "title").first()
    assert top == most.title


def test_pagination_keeps_the_filters(client):
    response = client.get(URL, {"sort": "title", "licence": "ignored"})
    html = BeautifulSoup(response.content, "html.parser")
    next_link = html.select_one(".pagination a[rel=next]")
    assert "sort=title" in next_link["href"] and "page=2" in next_link["href"]
    response = client.get(URL, {"sort": "title", "type": "case-study", "page": 1})
    assert count(response) == live_resources().filter(resource_type="case-study").count()


@pytest.mark.parametrize(
    "params, status",
    [
        ({"type": "no-such-type"}, 200),
        ({"topic": "<script>"}, 200),
        ({"page": "-1"}, 404),
        ({"page": "99999"}, 404),
        ({"page": "abc"}, 404),
        ({"q": "heritage " * 1200}, 200),
        ({"q": "\x00\x07"}, 200),
        ({"sort": "nonsense"}, 200),
    ],
)
def test_odd_addresses_never_fail(client, params, status):
    response = client.get(URL, params)
    assert response.status_code == status
    if status == 404:
        assert b"Page not found" in response.content


def test_members_only_resources_are_labelled_for_members_and_need_a_login(client):
    from tests.members.conftest import make_person

    resource = live_resources().get(slug="template-consent-form")
    restriction = PageViewRestriction.objects.create(
        page=resource, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name="Members"))
    assert "Consent form" not in " ".join(titles(client.get(URL, {"q": "consent form"})))
    client.force_login(make_person("consenting.member@example.org"))
    html = BeautifulSoup(client.get(URL, {"q": "consent form"}).content, "html.parser")
    card = [li for li in html.select(".resource-card") if "Consent form" in li.get_text()][0]
    assert "Members only" in card.get_text()
    client.logout()
    assert client.get(resource.url).status_code == 302
    download = client.get(resource.download_url())
    assert download.status_code == 302 and "/accounts/login/" in download["Location"]


def test_download_counts_and_serves_the_file_as_an_attachment(client):
    resource = live_resources().get(slug="template-referral-form")
    before = resource.download_count
    response = client.post(resource.download_url(), follow=True)  # the Download button
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    resource.refresh_from_db()
    assert resource.download_count == before + 1
    # The page itself does not change when someone downloads: it can be cached.
    page_before = client.get(resource.url).content
    client.post(resource.download_url(), REMOTE_ADDR="192.0.2.1")
    assert client.get(resource.url).content == page_before


def test_case_study_shows_its_structured_details(client):
    html = BeautifulSoup(client.get("/resources/case-study-dig-day/").content, "html.parser")
    assert html.body["class"] == ["template-resource-page"]
    details = [dt.get_text(strip=True) for dt in html.select(".case-study dt")]
    assert details == [
        "Place",
        "Partners",
        "Activity",
        "Participants",
        "Outcomes",
        "Lessons learned",
    ]


def test_feed_parses_and_lists_the_newest_resources(client):
    response = client.get("/resources/feed/")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    ns = {"atom": "http://www.w3.org/2005/Atom"}
    entries = root.findall("atom:entry", ns)
    assert 0 < len(entries) <= 20
    # Members-only resources stay out of the public feed.
    newest = live_resources().public().order_by("-first_published_at").first()
    assert entries[0].find("atom:title", ns).text == newest.title


def test_home_page_shows_the_latest_resources(client):
    html = BeautifulSoup(client.get("/").content, "html.parser")
    latest = [a.get_text(strip=True) for a in html.select("#latest-resources-heading + ul a")]
    expected = list(
        live_resources()
        .public()
        .order_by("-first_published_at")
        .values_list("title", flat=True)[:3]
    )
    assert latest == expected


def test_library_query_count_does_not_grow_with_resources(
    client, django_assert_max_num_queries, settings
):
    settings.PAGE_CACHE_SECONDS = 0  # count what rendering costs, not the page cache
    library = english(ResourceLibraryPage).get()

    def queries(params):
        with django_assert_max_num_queries(40) as captured:
            assert client.get(URL, params).status_code == 200
        return len(captured.captured_queries)

    queries({})  # fill caches
    small = (
        queries({}),
        queries({"type": "case-study", "topic": "dementia"}),
        queries({"q": "heritage"}),
    )
    for number in range(200):
        library.add_child(
            instance=ResourcePage(
                title=f"Bulk resource {number} heritage",
                slug=f"bulk-{number}",
                summary="Filler.",
                resource_type="case-study",
                region="london",
                # Each card with its image, as the demo's have: read in the same queries.
                **illustrated("canal"),
            )
        )
    queries({})  # the first request after a change refills the per-process caches
    large = (
        queries({}),
        queries({"type": "case-study", "topic": "dementia"}),
        queries({"q": "heritage"}),
    )
    assert large == small


@pytest.mark.parametrize("sort", ["newest", "title", "downloads"])
def test_each_page_of_results_is_that_page_of_the_ordered_listing(client, sort):
    """The page of results is picked out by the facet query on PostgreSQL: page by
    page, it lists what the ordered listing has there, in that order."""
    fields = {
        "newest": ("-publication_date", "-first_published_at", "title", "pk"),
        "title": ("title", "pk"),
        "downloads": ("-download_count", "title", "pk"),
    }[sort]
    expected = list(live_resources().order_by(*fields).values_list("title", flat=True))
    assert len(expected) > 12  # more than one page
    shown = all_titles(client, sort=sort)
    assert shown == expected


def test_a_search_with_too_many_matches_to_rank_lists_them_newest_first(client, monkeypatch):
    monkeypatch.setattr("resources.library.RANK_AT_MOST", 3)
    search_words = {"q": "heritage"}
    search = LibrarySearch(QueryDict("q=heritage"), locale=Locale.get_default())
    found = search.matches(ranked=False).values("pk")
    expected = list(
        live_resources()
        .filter(pk__in=found)
        .order_by("-publication_date", "-first_published_at", "title", "pk")
        .values_list("title", flat=True)
    )
    assert len(expected) > 12
    assert count(client.get(URL, search_words)) == len(expected)
    assert all_titles(client, **search_words) == expected


def test_a_sector_filter_matches_that_sector_only(client):
    """Sectors are stored as codes joined by commas: a part of a code, or a code the
    site does not know, matches nothing rather than every code it is part of."""
    health = count(client.get(URL, {"sector": "health"}))
    assert 0 < health < live_resources().count()
    assert facet_counts(client.get(URL), "sector")["health"] == health
    for value in ["heal", "a", "nature-and"]:
        assert count(client.get(URL, {"sector": value})) == 0, value
