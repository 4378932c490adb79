"""Site search: finds pages by their words, and never fails on odd input."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction
from wagtail.rich_text import RichText

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def result_titles(html):
    return [a.get_text(strip=True) for a in html.select(".result-list h3 a")]


def test_search_finds_a_demo_page_by_a_word_in_its_body(client, soup):
    # "Wavehill" appears only in the body of the pilot schemes page.
    html = soup(client.get("/search/", {"q": "Wavehill"}))
    assert "Pilot schemes" in result_titles(html)
    assert html.body["class"] == ["template-search"]


def test_search_shows_an_empty_state_for_nonsense(client, soup):
    response = client.get("/search/", {"q": "zzqxjv wibblequark"})
    assert response.status_code == 200
    html = soup(response)
    assert result_titles(html) == []
    assert "No results for" in html.select_one(".search-results h2").get_text()
    assert "Try fewer or different words" in html.get_text()


def test_empty_query_asks_for_words(client, soup):
    for query in ["", "   "]:
        response = client.get("/search/", {"q": query})
        assert response.status_code == 200
        assert "Type one or more words to search for" in soup(response).get_text()


def test_search_page_without_a_query_shows_just_the_form(client, soup):
    html = soup(client.get("/search/"))
    assert html.select_one("main form[role=search] input[name=q]")
    assert "Type one or more words" not in html.get_text()


def test_very_long_query_is_shortened_not_refused(client, soup):
    response = client.get("/search/", {"q": "heritage " * 1200})
    assert response.status_code == 200
    html = soup(response)
    assert "only its first words were used" in html.get_text()
    assert len(html.select_one("#search-page-q")["value"]) <= 200


@pytest.mark.parametrize(
    "query",
    [
        "\x00heritage",
        "her\u0000itage\u0007",
        "\U0001f3db\ufe0f museum",
        "\u202eegatireh",
        "'; DROP TABLE wagtailcore_page; --",
        "& | ! ( ) : * <>",
        "Treftadaeth a lles",
    ],
)
def test_odd_input_never_breaks_search(client, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200


@pytest.mark.parametrize("query", ['"', 'Wavehill"', '"Wavehill', '""', 'a"b"c', '"" NEAR( * ^'])
@pytest.mark.parametrize("url", ["/search/", "/cy/search/", "/resources/", "/cy/resources/"])
def test_search_syntax_characters_never_break_either_search(client, url, query):
    # A double quote ended the search engine's own quoting on SQLite: a 500.
    assert client.get(url, {"q": query}).status_code == 200


def test_a_quoted_word_is_still_found(client, soup):
    assert "Pilot schemes" in result_titles(soup(client.get("/search/", {"q": '"Wavehill"'})))


def test_invalid_utf8_in_the_address_is_survived(client):
    # Bytes that are not UTF-8 (a lone surrogate, a stray 0xFF) as a hand-made link might send.
    assert client.get("/search/?q=%ED%A0%80%FFheritage").status_code == 200


def test_control_characters_are_dropped_and_the_rest_is_searched(client, soup):
    html = soup(client.get("/search/", {"q": "\x00Wavehill\x07"}))
    assert "Pilot schemes" in result_titles(html)


def test_results_are_paginated_and_pages_keep_the_query(client, soup, home_page, settings):
    settings.SEARCH_RESULTS_PER_PAGE = 2
    for number in range(5):
        StandardPageFactory(
            parent=home_page,
            title=f"Quernstone workshop {number}",
            slug=f"quern-{number}",
            body=[("paragraph", RichText("<p>Grinding grain with a quernstone.</p>"))],
        )
    html = soup(client.get("/search/", {"q": "quernstone"}))
    assert len(result_titles(html)) == 2
    next_link = html.select_one(".pagination a[rel=next]")
    assert "q=quernstone" in next_link["href"] and "page=2" in next_link["href"]
    page_two = soup(client.get("/search/" + next_link["href"]))
    assert len(result_titles(page_two)) == 2
    assert set(result_titles(page_two)).isdisjoint(result_titles(html))
    # An out-of-range page number shows the last page rather than failing.
    assert client.get("/search/", {"q": "quernstone", "page": "99"}).status_code == 200
    assert client.get("/search/", {"q": "quernstone", "page": "x"}).status_code == 200


def test_many_matches_are_listed_newest_first_page_by_page(
    client, soup, home_page, settings, monkeypatch
):
    """Past RANK_AT_MOST matches, results are listed newest first; on PostgreSQL the
    counts and the page asked for then come from one pass over the matches."""
    monkeypatch.setattr("home.search_results.RANK_AT_MOST", 2)
    settings.SEARCH_RESULTS_PER_PAGE = 2
    private = None
    for number in range(5):
        private = StandardPageFactory(
            parent=home_page,
            title=f"Quernstone workshop {number}",
            slug=f"quern-{number}",
            body=[("paragraph", RichText("<p>Grinding grain with a quernstone.</p>"))],
        )
        published = timezone.now() - datetime.timedelta(days=10 - number)
        Page.objects.filter(pk=private.pk).update(last_published_at=published)
    restriction = PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name="Members"))
    pages = [
        result_titles(soup(client.get("/search/", {"q": "quernstone", "page": n}))) for n in (1, 2)
    ]
    # The newest (members-only) workshop is left out; the other four, newest first.
    assert pages == [
        ["Quernstone workshop 3", "Quernstone workshop 2"],
        ["Quernstone workshop 1", "Quernstone workshop 0"],
    ]
    html = soup(client.get("/search/", {"q": "quernstone", "type": "page", "page": 2}))
    assert result_titles(html) == ["Quernstone workshop 1", "Quernstone workshop 0"]
    assert "4 results" in html.get_text(" ", strip=True)


def test_search_leaves_out_drafts_and_members_only_pages(client, soup, home_page):
    StandardPageFactory(
        parent=home_page, title="Secret Orrery notes", slug="orrery-draft", live=False
    )
    private = StandardPageFactory(
        parent=home_page, title="Members Orrery notes", slug="orrery-private"
    )
    restriction = PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name="Members"))
    public = StandardPageFactory(parent=home_page, title="Public Orrery notes", slug="orrery")
    assert public.live
    assert result_titles(soup(client.get("/search/", {"q": "Orrery"}))) == ["Public Orrery notes"]
