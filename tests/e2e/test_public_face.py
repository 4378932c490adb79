"""The public face at a desktop width (1280 px) and a phone's (375 px): a compact
header, the menu on one row, the page's heading in the first screen, images that
never shift the page or go unexplained, and one search box."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)

DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 375, "height": 667}
SMALLEST = {"width": 320, "height": 568}
PAGES = [
    "/",
    "/about/",
    "/about/pilot-schemes/heritage-connectors/",
    "/guidance/getting-started/understanding-social-prescribing/",
    "/guidance/ethical-standards/",
    "/resources/",
    "/events/",
    "/events/quarterly-meeting-winter/",
    "/search/?q=heritage",
    "/cy/",
]


@pytest.fixture
def open_at(browser, site_url):
    contexts = []

    def open_page(viewport, path):
        context = browser.new_context(viewport=viewport)
        contexts.append(context)
        page = context.new_page()
        page.goto(site_url + path)
        return page

    yield open_page
    for context in contexts:
        context.close()


@pytest.mark.readonly_demo
def test_desktop_header_is_compact_and_the_menu_is_one_row(open_at):
    for path in ("/", "/guidance/ethical-standards/", "/cy/"):
        page = open_at(DESKTOP, path)
        header = page.locator(".site-header").bounding_box()
        assert header["height"] <= 140, f"{path}: header {header['height']} px tall"
        items = page.locator(".main-nav a")
        assert 1 <= items.count() <= 6
        tops = {round(items.nth(i).bounding_box()["y"]) for i in range(items.count())}
        assert len(tops) == 1, f"{path}: menu wraps onto {len(tops)} rows"
        expect(page.locator(".site-header .join-link")).to_have_count(1)
        expect(page.locator(".site-header .join-link")).to_be_visible()
        expect(page.locator(".site-header input[type=search]")).to_be_visible()


@pytest.mark.readonly_demo
@pytest.mark.parametrize(
    # At 320 px the Welsh name takes five short lines; the heading still fits below it.
    "viewport,tallest_header",
    [(PHONE, 110), (SMALLEST, 180)],
    ids=["375px", "320px"],
)
def test_on_a_phone_the_heading_is_in_the_first_screen(open_at, viewport, tallest_header):
    for path in PAGES:
        page = open_at(viewport, path)
        header = page.locator(".site-header").bounding_box()
        assert header["height"] <= tallest_header, f"{path}: header {header['height']} px tall"
        heading = page.locator("h1").first.bounding_box()
        bottom = heading["y"] + heading["height"]
        assert bottom <= viewport["height"], f"{path}: the h1 ends {bottom:.0f} px down"
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= viewport["width"], f"{path}: {width} px wide"


@pytest.mark.readonly_demo
def test_every_image_has_width_height_and_alt(open_at):
    for path in PAGES:
        for viewport in (DESKTOP, PHONE):
            page = open_at(viewport, path)
            missing = page.evaluate(
                """() => [...document.querySelectorAll('img')]
                    .filter(img => !img.hasAttribute('width') || !img.hasAttribute('height')
                                   || !img.hasAttribute('alt'))
                    .map(img => img.outerHTML.slice(0, 120))"""
            )
            assert not missing, f"{path}: {missing}"


@pytest.mark.readonly_demo
def test_search_and_not_found_pages_show_one_search_box(open_at):
    for path in ("/search/?q=heritage", "/no-such-page/", "/cy/search/?q=treftadaeth"):
        page = open_at(DESKTOP, path)
        expect(page.locator("input[type=search]")).to_have_count(1)
    page = open_at(DESKTOP, "/about/")
    expect(page.locator("input[type=search]")).to_have_count(1)


@pytest.mark.readonly_demo
def test_a_chapters_contents_fold_above_the_text_on_a_phone(open_at):
    path = "/guidance/getting-started/understanding-social-prescribing/"
    page = open_at(PHONE, path)
    toggle = page.locator(".guide__contents-toggle")
    expect(toggle).to_be_visible()
    assert toggle.bounding_box()["y"] < page.locator(".guide__main h1").bounding_box()["y"]
    current = page.locator(".guide__contents [aria-current=page]")
    expect(current).to_be_hidden()
    toggle.click()
    expect(current).to_have_text("Understanding social prescribing")
    expect(current).to_be_visible()
    # On a wide screen the contents are simply there, beside the text.
    page = open_at(DESKTOP, path)
    expect(page.locator(".guide__contents-toggle")).to_be_hidden()
    expect(page.locator(".guide__contents [aria-current=page]")).to_be_visible()


@pytest.mark.readonly_demo
def test_the_footer_names_partners_and_links_what_readers_look_for(open_at):
    page = open_at(PHONE, "/")
    footer = page.locator("footer")
    expect(footer).to_contain_text("National Academy for Social Prescribing")
    expect(footer).to_contain_text("Council for British Archaeology")
    for name in ("Evidence", "Research collaboration", "Accessibility statement", "Privacy notice"):
        expect(footer.get_by_role("link", name=name)).to_be_visible()
    expect(footer.locator("a[hreflang=cy]")).to_have_text("Cymraeg")
    expect(footer.locator("a[href^='mailto:']")).to_be_visible()


LAYOUT_SHIFTS = """
window.__layoutShift = 0;
new PerformanceObserver((list) => {
    // Every shift counts: nothing is typed or tapped (and Chromium's touch emulation
    // marks shifts as following input anyway).
    for (const entry of list.getEntries()) window.__layoutShift += entry.value;
}).observe({type: "layout-shift", buffered: true});
"""


@pytest.mark.readonly_demo
def test_a_phone_page_does_not_jump_as_it_loads(browser, site_url):
    """On a slow phone the menu is folded from the first paint: it does not appear
    open and then fold, pushing the page up under the reader's eyes."""
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    try:
        page = context.new_page()
        page.add_init_script(LAYOUT_SHIFTS)
        session = context.new_cdp_session(page)
        session.send("Network.enable")
        session.send("Network.setCacheDisabled", {"cacheDisabled": True})
        session.send(
            "Network.emulateNetworkConditions",
            {
                "offline": False,
                "latency": 150,
                "downloadThroughput": 200_000,
                "uploadThroughput": 90_000,
            },
        )
        session.send("Emulation.setCPUThrottlingRate", {"rate": 4})
        for path in ("/", "/resources/", "/guidance/ethical-standards/"):
            page.goto(site_url + path, wait_until="load")
            page.wait_for_timeout(500)
            shift = page.evaluate("window.__layoutShift")
            assert shift < 0.05, f"{path}: the layout shifted by {shift:.3f} while loading"
            expect(page.locator(".site-header__toggle")).to_be_visible()
            expect(page.locator("#site-menu")).to_be_hidden()
    finally:
        context.close()
