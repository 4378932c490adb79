"""What people do on the site, done as they would do it, in a real browser."""

import re

import pytest
from playwright.sync_api import expect

from .accessibility import has_horizontal_scroll

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.readonly_demo
def test_search_the_site_and_open_a_result(page, site_url):
    page.goto(site_url + "/")
    page.get_by_role("searchbox", name="Search the site").fill("Wavehill")
    page.get_by_role("searchbox", name="Search the site").press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Search")
    expect(page.locator(".search-results h2")).to_contain_text("for “Wavehill”")
    page.get_by_role("link", name="Pilot schemes").last.click()
    expect(page).to_have_url(re.compile(r"/about/pilot-schemes/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Pilot schemes")


@pytest.mark.readonly_demo
def test_read_a_pilot_scheme_and_download_its_toolkit(page, site_url):
    page.goto(site_url + "/")
    # The pilot schemes are one of the pages grouped under About.
    page.get_by_role("navigation", name="Main").get_by_role(
        "link", name="About the community"
    ).click()
    page.locator(".card-list").get_by_role("link", name="Pilot schemes").click()
    page.get_by_role("link", name="Heritage Buddies").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Heritage Buddies")
    breadcrumb = page.get_by_role("navigation", name="Breadcrumb")
    expect(breadcrumb.get_by_role("link", name="Pilot schemes")).to_be_visible()
    expect(page.locator(".document-links")).to_contain_text("PDF")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Heritage Buddies toolkit").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".pdf")
    with open(download.path(), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"


def test_filter_the_library_and_download_a_file(page, site_url):
    page.goto(site_url + "/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Resource library").click()
    page.get_by_label("Type").select_option("case-study")
    page.get_by_label("Audience").select_option("link-workers")
    page.get_by_role("button", name="Show resources").click()
    expect(page).to_have_url(re.compile(r"type=case-study.*audience=link-workers"))
    status = page.get_by_role("status")
    expect(status).to_contain_text("resource")
    page.get_by_role("link", name="Case study: a memory café in a county archive").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("memory café")
    with page.expect_download() as download_info:
        page.get_by_role("button", name=re.compile("^Download")).click()
    with open(download_info.value.path(), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"


@pytest.mark.readonly_demo
def test_read_a_guide_chapter_by_chapter_and_print_it(page, site_url):
    page.goto(site_url + "/")
    page.get_by_role("navigation", name="Main").get_by_role(
        "link", name="Guidance and toolkits"
    ).click()
    page.get_by_label("Kind").select_option("guidance")
    page.get_by_role("button", name="Show guides").click()
    page.get_by_role("link", name="Getting started with heritage social prescribing").click()
    chapters = [
        "Understanding social prescribing",
        "Working with link workers",
        "Setting up a referral pathway",
        "Designing your activity",
        "Looking after people",
    ]
    for title in chapters:
        page.get_by_role("link", name=re.compile(r"^Next")).click()
        expect(page.get_by_role("heading", level=1)).to_have_text(title)
        contents = page.get_by_role("navigation", name="Contents")
        expect(contents.locator("[aria-current=page]")).to_have_text(title)
    expect(page.get_by_role("link", name=re.compile(r"^Next"))).to_have_count(0)
    page.get_by_role("link", name="Print or save the whole guide").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Getting started with heritage social prescribing"
    )
    for title in chapters:
        expect(page.get_by_role("heading", name=title, exact=True)).to_be_visible()
    page.emulate_media(media="print")
    expect(page.get_by_role("navigation", name="Main")).to_be_hidden()


@pytest.mark.readonly_demo
def test_cite_an_ethics_standard_by_its_link(page, site_url):
    page.goto(site_url + "/guidance/ethical-standards/#standard-3")
    standard = page.locator("#standard-3")
    expect(standard.get_by_role("heading")).to_have_text("Standard 3: Accessibility and inclusion")
    assert standard.evaluate("el => el.matches(':target')")


def test_register_for_a_meeting_and_download_its_calendar_file(page, site_url):
    from icalendar import Calendar

    from .conftest import log_in

    log_in(page, site_url, "member@example.org")
    page.goto(site_url + "/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Events").click()
    page.get_by_role("link", name="Workshop: setting up referral pathways").click()
    expect(page.get_by_role("link", name=re.compile("Joining link"))).to_have_count(0)
    page.get_by_label("Access or dietary needs").fill("Vegetarian lunch, please")
    page.get_by_role("button", name="Register").click()
    expect(page.locator(".messages")).to_contain_text("Your place is confirmed")
    expect(page.get_by_text("You have a confirmed place.")).to_be_visible()
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Add to your calendar (.ics)").click()
    with open(download_info.value.path(), "rb") as ics:
        vevent = Calendar.from_ical(ics.read()).walk("VEVENT")[0]
    assert str(vevent["SUMMARY"]) == "Workshop: setting up referral pathways"
    page.goto(site_url + "/members/account/")
    expect(page.locator("#events-heading + ul")).to_contain_text("Workshop: setting up referral")


@pytest.mark.readonly_demo
def test_keyboard_only_skip_link_menu_and_search(page, site_url):
    page.goto(site_url + "/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    expect(skip).to_be_focused()
    expect(skip).to_be_visible()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()

    # Back to the top, then through the header to the search box and the menu.
    page.goto(site_url + "/")
    search_box = page.get_by_role("searchbox", name="Search the site")
    for _ in range(10):
        page.keyboard.press("Tab")
        if search_box.evaluate("el => el === document.activeElement"):
            break
    expect(search_box).to_be_focused()
    page.keyboard.type("link worker")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/search/\?q=link\+worker"))
    result = page.locator(".result-list a").first
    for _ in range(40):
        page.keyboard.press("Tab")
        if result.evaluate("el => el === document.activeElement"):
            break
    expect(result).to_be_focused()
    title = result.inner_text()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(title)

    about = page.get_by_role("navigation", name="Main").get_by_role(
        "link", name="About the community"
    )
    for _ in range(15):
        page.keyboard.press("Tab")
        if about.evaluate("el => el === document.activeElement"):
            break
    expect(about).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("About the community")


@pytest.mark.readonly_demo
def test_phone_width_menu_opens_and_nothing_scrolls_sideways(page, site_url):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(site_url + "/")
    assert not has_horizontal_scroll(page)
    menu_button = page.get_by_role("button", name="Menu")
    expect(menu_button).to_have_attribute("aria-expanded", "false")
    about = page.get_by_role("link", name="About the community")
    expect(about).to_be_hidden()
    menu_button.click()
    expect(menu_button).to_have_attribute("aria-expanded", "true")
    expect(about).to_be_visible()
    page.keyboard.press("Escape")
    expect(about).to_be_hidden()
    expect(menu_button).to_be_focused()
    menu_button.click()
    about.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("About the community")
    for path in [
        "/about/pilot-schemes/heritage-connectors/",
        "/about/heritage-and-wellbeing/",
        "/search/?q=heritage",
    ]:
        page.goto(site_url + path)
        assert not has_horizontal_scroll(page), path


@pytest.mark.readonly_demo
def test_menu_works_without_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(site_url + "/")
    about = page.get_by_role("link", name="About the community")
    expect(about).to_be_visible()
    about.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("About the community")
    context.close()


@pytest.mark.readonly_demo
def test_printed_page_leaves_out_navigation(page, site_url):
    page.goto(site_url + "/about/pilot-schemes/heritage-connectors/")
    page.emulate_media(media="print")
    expect(page.get_by_role("navigation", name="Main")).to_be_hidden()
    expect(page.get_by_role("heading", level=1)).to_be_visible()


@pytest.mark.readonly_demo
def test_switch_language_and_back(page, site_url):
    page.goto(site_url + "/guidance/getting-started/")
    switcher = page.get_by_role("navigation", name="Language")
    switcher.get_by_role("link", name="Cymraeg").click()
    # The same guide, now in Welsh, with a Welsh interface around it.
    expect(page).to_have_url(re.compile(r"/cy/guidance/getting-started/$"))
    expect(page.locator("html")).to_have_attribute("lang", "cy")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Dechrau arni gyda phresgripsiynu cymdeithasol treftadaeth"
    )
    expect(page.get_by_role("link", name="Neidio i'r prif gynnwys")).to_be_attached()
    # Reading on in Welsh: the next chapter is Welsh too.
    page.get_by_role("navigation", name="Blaenorol a nesaf").get_by_role("link").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Deall presgripsiynu cymdeithasol")
    # A page nobody has translated yet says so, in Welsh, and shows the English.
    page.get_by_role("navigation", name="Prif").get_by_role("link", name="Am y gymuned").click()
    page.locator(".card-list").get_by_role("link", name="What is social prescribing?").click()
    expect(page.get_by_role("note")).to_contain_text("Nid yw'r dudalen hon wedi'i chyfieithu eto")
    expect(page.get_by_role("heading", level=1)).to_have_text("What is social prescribing?")
    # Back to English from there, on the same page.
    page.get_by_role("navigation", name="Iaith").get_by_role("link", name="English").click()
    expect(page).to_have_url(re.compile(r"/about/what-is-social-prescribing/$"))
    assert "/cy/" not in page.url
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("note")).to_have_count(0)
