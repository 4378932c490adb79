"""The error summary leads to the field that needs putting right."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.readonly_demo
def test_empty_sign_up_error_summary_leads_to_each_field(page, site_url):
    page.goto(site_url + "/accounts/signup/")
    page.get_by_role("button", name="Join", exact=True).click()
    summary = page.locator(".error-summary")
    expect(summary).to_be_focused()
    first = summary.get_by_role("link").first
    expect(first).to_have_text("Enter your full name")
    expect(summary).not_to_contain_text("This field is required")
    first.click()
    expect(page.get_by_label("Full name")).to_be_focused()
    # A checkbox's link lands on the checkbox itself.
    summary.get_by_role("link", name="You need to agree to the privacy notice to join.").click()
    expect(page.get_by_label("I have read the privacy notice")).to_be_focused()
