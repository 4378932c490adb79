"""Site search finds what people mean: tags, word forms and beginnings of words, in
the reader's language; it ranks titles first, says what each result is, and helps
when nothing is found. Runs on SQLite and PostgreSQL alike."""

import pytest
from wagtail.rich_text import RichText

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def results(html):
    return html.select(".result-list > li")


def result_titles(html):
    return [a.get_text(strip=True) for a in html.select(".result-list h3 a")]


def search(client, soup, url="/search/", **params):
    response = client.get(url, params)
    assert response.status_code == 200
    return soup(response)


def test_a_tag_finds_the_resources_tagged_with_it(client, soup):
    # Neither resource says "dementia" anywhere but in its tags.
    found = result_titles(search(client, soup, q="dementia"))
    assert "Case study: a memory café in a county archive" in found
    assert "Case study: museum object handling on a hospital ward" in found


def test_an_audience_finds_the_resources_meant_for_it(client, soup):
    found = result_titles(search(client, soup, q="commissioners"))
    assert "Case study: museum object handling on a hospital ward" in found


@pytest.mark.parametrize(
    "query, expected",
    [
        ("lonely", "Places and loneliness: what local heritage offers"),
        ("ethic", "Ethical standards for heritage social prescribing"),
        # "Volunteer" in the title, found from another form of the word.
        ("volunteering", "Volunteer induction toolkit for heritage wellbeing sessions"),
    ],
)
def test_word_forms_and_beginnings_of_words_are_found(client, soup, query, expected):
    assert expected in result_titles(search(client, soup, q=query))


def test_every_page_tagged_loneliness_is_found(client, soup):
    found = result_titles(search(client, soup, q="loneliness"))
    for title in [
        "Places and loneliness: what local heritage offers",
        "Case study: an oral history project with older men",
    ]:
        assert title in found


def test_welsh_pages_are_searched_under_cy_by_their_welsh_words(client, soup):
    # "treftad" is the beginning of "treftadaeth" (heritage); "llesiant" is wellbeing.
    welsh = result_titles(search(client, soup, url="/cy/search/", q="treftad"))
    assert "Am y gymuned" in welsh
    assert result_titles(search(client, soup, url="/cy/search/", q="llesiant"))
    # English search shows English pages only.
    assert "Am y gymuned" not in result_titles(search(client, soup, q="treftadaeth"))


def test_a_title_match_ranks_above_a_single_mention_in_a_body(client, soup, home_page):
    StandardPageFactory(
        parent=home_page,
        title="Notes from the mill open day",
        slug="mill-notes",
        introduction="What happened on the day.",
        body=[
            (
                "paragraph",
                RichText(
                    "<p>Visitors toured the mill, met the miller, heard about the building's "
                    "history and the families who worked there, and one of them ground some "
                    "flour on a quernstone before lunch in the garden.</p>"
                ),
            )
        ],
    )
    StandardPageFactory(
        parent=home_page,
        title="Quernstone workshops",
        slug="quernstone-workshops",
        introduction="Monthly sessions.",
    )
    assert result_titles(search(client, soup, q="quernstone")) == [
        "Quernstone workshops",
        "Notes from the mill open day",
    ]


def test_results_say_what_they_are_where_they_sit_and_when(client, soup):
    html = search(client, soup, q="memory café")
    first = results(html)[0]
    assert first.select_one("h3").get_text(strip=True) == (
        "Case study: a memory café in a county archive"
    )
    assert first.select_one(".result__type").get_text(strip=True) == "Resource"
    assert first.select_one(".result__section").get_text(strip=True) == "Resource library"
    assert first.select_one("time.result__date")["datetime"]
    marked = [mark.get_text() for mark in first.select(".result__summary mark")]
    assert "memory" in marked and "café" in marked


def test_the_matched_word_forms_are_highlighted(client, soup):
    html = search(client, soup, q="lonely")
    marked = {mark.get_text().lower() for mark in html.select(".result__summary mark")}
    assert marked and all(word.startswith("lonel") for word in marked)


def test_a_guide_and_an_event_are_labelled_as_such(client, soup):
    html = search(client, soup, q="ethics")
    types = {item.select_one(".result__type").get_text(strip=True) for item in results(html)}
    assert {"Guide", "Event"} <= types


def test_results_filter_by_type_with_counts(client, soup):
    html = search(client, soup, q="heritage")
    counts = {}
    for link in html.select(".search-types li"):
        label, number = link.get_text(" ", strip=True).rsplit(" ", 1)
        counts[label] = int(number.strip("()"))
    assert counts["All"] == sum(v for k, v in counts.items() if k != "All")
    assert counts["Resources"] > 0 and counts["Guides"] > 0
    only = search(client, soup, q="heritage", type="resource")
    assert {i.select_one(".result__type").get_text(strip=True) for i in results(only)} == {
        "Resource"
    }
    assert (
        only.select_one(".search-types [aria-current]")
        .get_text(" ", strip=True)
        .startswith("Resources")
    )
    total = only.select_one(".search-results h2").get_text()
    assert str(counts["Resources"]) in total


def test_no_results_suggests_a_spelling(client, soup):
    html = search(client, soup, q="heritaje")
    suggestion = html.select_one(".search-suggestion a")
    assert suggestion.get_text(strip=True) == "heritage"
    assert "q=heritage" in suggestion["href"]


def test_no_results_under_a_type_offers_every_type(client, soup):
    html = search(client, soup, q="Wavehill", type="event")
    assert result_titles(html) == []
    link = html.select_one(".search-widen a")
    assert "type=" not in link["href"] and "q=Wavehill" in link["href"]
    every_kind = search(client, soup, q="Wavehill")
    assert len(result_titles(every_kind)) >= 1
    assert str(len(result_titles(every_kind))) in link.get_text()


@pytest.mark.parametrize(
    "params",
    [
        {"q": "heritage", "type": "nonsense"},
        {"q": "heritage", "type": "<script>"},
        {"q": "x" * 5000},
        {"q": "lonely ethic dementia " * 40},
        {"q": "*", "type": "resource"},
        {"q": "-", "page": "-1"},
        {"q": "ab:cd OR NOT ()"},
    ],
)
def test_hostile_searches_get_a_clear_page(client, params):
    response = client.get("/search/", params)
    assert response.status_code == 200
    assert b"<h1" in response.content
