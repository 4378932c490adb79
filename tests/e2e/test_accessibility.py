"""The accessibility gate: every page type and form state, in a real browser."""

import pytest

from .accessibility import (
    axe_violations,
    has_horizontal_scroll,
    skipped_heading_levels,
    tab_through,
)

pytestmark = pytest.mark.django_db(transaction=True)

# One address per page type and per form state that exists on the site.
PAGES = {
    "home page": "/",
    "standard page": "/about/",
    "standard page with children": "/pilot-schemes/",
    "standard page with downloads": "/pilot-schemes/heritage-connectors/",
    "standard page with a table": "/heritage-and-wellbeing/",
    "standard page with an accordion": "/what-is-social-prescribing/",
    "search form": "/search/",
    "search results": "/search/?q=heritage",
    "search with no results": "/search/?q=zzqxjv",
    "search error state (empty query)": "/search/?q=",
    "search error state (very long query)": "/search/?q=" + "heritage+" * 400,
    "page not found": "/no-such-page/",
    "guidance index page": "/guidance/",
    "guidance index filtered to nothing": "/guidance/?kind=toolkit&topic=ethics",
    "guide (ethics standards)": "/guidance/ethical-standards/",
    "guide chapter, nested": (
        "/guidance/getting-started/understanding-social-prescribing/working-with-link-workers/"
    ),
    "guide with downloads": "/guidance/heritage-buddies-toolkit/",
    "whole-guide print view": "/guidance/getting-started/print/",
}


@pytest.mark.parametrize("name", PAGES)
def test_no_axe_violations(page, site_url, name):
    page.goto(site_url + PAGES[name])
    assert axe_violations(page) == ""


@pytest.mark.parametrize("name", PAGES)
def test_headings_do_not_skip_levels(page, site_url, name):
    page.goto(site_url + PAGES[name])
    assert page.locator("h1").count() == 1
    assert skipped_heading_levels(page) == []


@pytest.mark.parametrize(
    "path", ["/", "/pilot-schemes/heritage-connectors/", "/search/?q=heritage"]
)
def test_every_interactive_element_shows_its_focus(page, site_url, path):
    page.goto(site_url + path)
    stops = tab_through(page)
    assert len(stops) > 5
    assert [stop["label"] for stop in stops if not stop["visible"]] == []


@pytest.mark.parametrize(
    "path", ["/", "/heritage-and-wellbeing/", "/pilot-schemes/", "/search/?q=heritage"]
)
def test_content_reflows_at_400_percent_zoom(page, site_url, path):
    # 400% zoom of a 1280 x 1024 screen leaves a 320 x 256 CSS-pixel viewport.
    page.set_viewport_size({"width": 320, "height": 256})
    page.goto(site_url + path)
    assert not has_horizontal_scroll(page)
    assert page.locator("main h1").is_visible()
