"""The library on a phone: results come first, the filters fold behind "Filter" and
work without JavaScript; on a wide screen the filters are simply there."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)
PHONE = {"width": 375, "height": 667}


@pytest.mark.readonly_demo
def test_results_start_within_two_screens_and_filters_work_without_javascript(browser, site_url):
    phone = browser.new_context(viewport=PHONE)
    page = phone.new_page()
    page.goto(site_url + "/resources/")
    top = page.locator(".resource-card").first.bounding_box()["y"]
    print(f"first library result at 375 px: {top:.0f} px down")
    assert top < 2 * PHONE["height"], f"first result {top} px down"
    phone.close()
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    page.goto(site_url + "/resources/")
    type_filter = page.get_by_label("Type")
    expect(type_filter).to_be_hidden()
    page.locator("summary", has_text="Filter").click()
    expect(type_filter).to_be_visible()
    type_filter.select_option("policy")
    page.get_by_role("button", name="Show resources").click()
    expect(page).to_have_url(re.compile(r"type=policy"))
    expect(page.get_by_role("status")).to_contain_text("resource")
    # The chosen filter stays chosen, and a link removes it.
    expect(page.get_by_label("Type", exact=True)).to_have_value("policy")
    page.get_by_role("link", name=re.compile("Remove filter Type: Policy")).click()
    expect(page).not_to_have_url(re.compile(r"type="))
    context.close()


@pytest.mark.readonly_demo
def test_filters_are_open_on_a_wide_screen(page, site_url):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(site_url + "/resources/?type=policy&topic=dementia")
    expect(page.get_by_label("Topic")).to_be_visible()
    expect(page.get_by_label("Topic")).to_have_value("dementia")
    expect(page.get_by_role("status")).to_contain_text("0 resources")
