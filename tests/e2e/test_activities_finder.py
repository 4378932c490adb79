"""The activities finder on a phone: a link worker searches by postcode without
JavaScript, ticks activities and prints a signposting sheet that fits one A4 page;
axe finds nothing on the way."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.accessibility import axe_violations, has_horizontal_scroll

pytestmark = pytest.mark.django_db(transaction=True)
PHONE = {"width": 375, "height": 667}


@pytest.mark.readonly_demo
def test_the_finder_journey_without_javascript_prints_a_one_page_sheet(browser, site_url):
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    page.goto(site_url + "/activities/")
    page.get_by_label("Near (postcode or latitude, longitude)").fill("LS1 1AA")
    page.get_by_role("button", name="Show activities").click()
    expect(page).to_have_url(re.compile(r"near=LS1"))
    expect(page.locator(".activity .card__title").first).to_have_text("Canal heritage walk")
    page.goto(site_url + "/activities/?near=nonsense")
    expect(page.locator(".error-summary")).to_contain_text("is not a UK postcode")
    page.goto(site_url + "/activities/")
    boxes = page.get_by_label(re.compile("Add to the signposting sheet"))
    for index in range(5):
        boxes.nth(index).check()
    page.get_by_role("button", name="Make a signposting sheet of the ticked activities").click()
    expect(page.locator(".signposting-sheet__activity")).to_have_count(5)
    sheet_url = page.url
    context.close()
    # Chromium's print to PDF on A4: one page.
    printer = browser.new_context()
    sheet = printer.new_page()
    sheet.goto(sheet_url)
    pdf = sheet.pdf(format="A4")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert pages == 1, f"the sheet printed on {pages} pages"
    printer.close()


@pytest.mark.readonly_demo
@pytest.mark.parametrize(
    "path",
    [
        "/activities/",
        "/activities/?near=LS1+1AA&within=25",
        "/activities/?near=nonsense",
        "/cy/activities/",
        "/activities/sheet/?a=1&a=2&a=3",
    ],
)
def test_no_axe_violations_at_375_px(browser, site_url, path):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(site_url + path)
    assert axe_violations(page) == ""
    assert not has_horizontal_scroll(page)
    context.close()
