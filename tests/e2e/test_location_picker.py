"""A member picks where their activity meets on the form's map with the keyboard
alone, on a 320 px phone, and saves it; axe finds nothing on the form, and the
map breaks no rule of the Content-Security-Policy."""

import re

import pytest
from playwright.sync_api import expect

from activities.models import Activity, Organisation
from tests.e2e.accessibility import axe_violations, has_horizontal_scroll
from tests.e2e.conftest import log_in
from tests.e2e.test_content_security_policy import CATCH_VIOLATIONS

pytestmark = pytest.mark.django_db(transaction=True)
SMALL_PHONE = {"width": 320, "height": 640}


def test_a_member_picks_the_place_with_the_keyboard_and_saves(browser, site_url):
    organisation = Organisation.objects.get(name="Northern Mills Heritage Trust")
    context = browser.new_context(viewport=SMALL_PHONE)
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.add_init_script(CATCH_VIOLATIONS)
    console = []
    page.on("console", lambda message: console.append(message.text))
    log_in(page, site_url, "member@example.org")
    page.goto(f"{site_url}/activities/organisations/{organisation.pk}/activities/new/")
    page.get_by_label("Name", exact=True).fill("Picked on the map")
    page.get_by_label("What happens").fill("A walk to test the map. It suits everyone.")
    page.get_by_label("Type of activity").select_option("walks")
    page.get_by_label("Come along or contact them yourself").check()
    page.get_by_label("Day of the week").select_option("1")
    page.get_by_label("Street address").fill("Canal Wharf")
    page.get_by_label("Town or city").fill("Leeds")
    page.get_by_label("Postcode").fill("LS1 4BR")
    latitude, longitude = page.get_by_label("Latitude"), page.get_by_label("Longitude")
    expect(latitude).to_have_value("")

    # The postcode's centre: the middle of the listed activities in LS1.
    page.get_by_role("button", name="Use the postcode’s centre").click()
    expect(latitude).to_have_value("53.79380")
    expect(longitude).to_have_value("-1.54920")
    status = page.locator(".location-picker__status")
    expect(status).to_contain_text("LS1")
    marker = page.locator(".location-picker__marker")
    expect(marker).to_have_attribute("visibility", "visible")
    first = marker.get_attribute("transform")

    # From the longitude field, Tab reaches the map, with a visible focus.
    longitude.focus()
    page.keyboard.press("Tab")
    area = page.get_by_role("application", name="Or pick the place on a map")
    expect(area).to_be_focused()
    outline = area.evaluate("el => getComputedStyle(el).outlineStyle")
    assert outline != "none"
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowUp")
    page.keyboard.press("Shift+ArrowRight")
    expect(latitude).to_have_value("53.81380")
    expect(longitude).to_have_value(re.compile(r"^-1\.37[0-9]{3}$"))
    expect(status).to_contain_text("latitude 53.81380")
    assert marker.get_attribute("transform") != first
    # The map does not keep the focus: Tab moves on.
    page.keyboard.press("Tab")
    expect(area).not_to_be_focused()
    assert not has_horizontal_scroll(page)
    assert axe_violations(page) == ""
    assert page.evaluate("window.__cspViolations") == []
    assert not [text for text in console if "Content Security Policy" in text]

    picked = longitude.input_value()
    page.get_by_role("button", name="Send for review").click()
    expect(page).to_have_url(re.compile(r"/activities/mine/$"))
    location = Activity.objects.get(name="Picked on the map").locations.get()
    assert str(location.latitude) == "53.81380"
    assert str(location.longitude) == picked
    context.close()
