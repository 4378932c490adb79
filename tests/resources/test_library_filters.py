"""The library's filters keep their state, even when nothing matches; its search is
the site's search; a phone shows results before the filters."""

from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db
URL = "/resources/"


def page(client, **params):
    response = client.get(URL, params)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def titles(html):
    return [a.get_text(strip=True) for a in html.select(".resource-card__title a")]


def selected(html, name):
    option = html.select_one(f"#library-{name} option[selected]")
    return option["value"] if option else ""


def query_of(href):
    return {key: values[0] for key, values in parse_qs(urlsplit(href).query).items()}


def test_a_filter_with_no_results_stays_selected(client):
    html = page(client, type="policy", topic="dementia")
    assert titles(html) == []
    assert selected(html, "type") == "policy"
    assert selected(html, "topic") == "dementia"
    assert "dementia (0)" in html.select_one("#library-topic option[selected]").get_text().lower()


def test_each_filter_has_a_remove_link_and_clear_filters_empties_them(client):
    html = page(client, type="policy", topic="dementia", q="heritage")
    removes = {
        link.get_text(" ", strip=True): query_of(link["href"])
        for link in html.select(".active-filters a")
    }
    remove_topic = next(query for label, query in removes.items() if "dementia" in label.lower())
    assert remove_topic == {"type": "policy", "q": "heritage"}
    remove_type = next(query for label, query in removes.items() if "Policy" in label)
    assert remove_type == {"topic": "dementia", "q": "heritage"}
    # "Clear filters" keeps the words searched for.
    clear = html.find("a", string="Clear filters")
    assert urlsplit(clear["href"]).path == URL and query_of(clear["href"]) == {"q": "heritage"}


def test_an_unknown_filter_value_answers_clearly(client):
    html = page(client, topic="no-such-topic", audience="nobody", type="x" * 300)
    assert titles(html) == []
    assert html.select(".active-filters a")
    assert html.select_one("[role=status]")


def test_the_count_is_announced_to_screen_readers(client):
    html = page(client, type="case-study")
    status = html.select_one("[role=status]")
    assert "resources" in status.get_text()
    # A live region, not a heading turned into one (that would drop the heading).
    assert status.name not in {"h1", "h2", "h3"}


def test_the_library_search_is_the_site_search(client):
    assert "Places and loneliness: what local heritage offers" in titles(page(client, q="lonely"))
    tagged = titles(page(client, q="dementia"))
    assert "Case study: a memory café in a county archive" in tagged
    assert "Case study: museum object handling on a hospital ward" in tagged


def test_a_title_match_comes_first_in_the_library(client):
    found = titles(page(client, q="loneliness"))
    assert found[0] == "Places and loneliness: what local heritage offers"


def test_the_filters_fold_away_behind_a_filter_button_without_javascript(client):
    html = page(client, type="case-study")
    details = html.select_one("form.library__filters details")
    assert details.select_one("summary").get_text(" ", strip=True).startswith("Filter")
    assert details.select_one("#library-type")
    # The words box and the button stay outside, ready to use.
    assert not details.select_one("#library-q")
