"""The two-step guidance workflow, walked end to end with the demo's accounts: an
editor submits a changed chapter, the guidance approver approves it, and the
change is published."""

import re

import pytest
from playwright.sync_api import expect

from resources.models import GuidancePage
from tests.factories import english

from .test_applications_admin_journey import log_in_to_admin

pytestmark = pytest.mark.django_db(transaction=True)


def a_chapter():
    guides = english(GuidancePage).live()
    guide = next(page for page in guides if page.is_guide and page.get_children().exists())
    return guide.get_children().live().first().specific


def open_more_actions(page):
    page.get_by_role("button", name=re.compile("More actions", re.IGNORECASE)).click()


def test_approver_approves_a_chapter_an_editor_submitted(page, site_url, browser):
    chapter = a_chapter()
    edit = f"{site_url}/admin/pages/{chapter.pk}/edit/"

    log_in_to_admin(page, site_url, "editor@example.org")
    page.goto(edit)
    expect(page.get_by_role("tab", name="Guide details")).to_have_count(0)
    page.get_by_role("textbox", name="Summary").fill("A clearer summary, checked by an approver.")
    open_more_actions(page)
    page.get_by_role("button", name="Submit to Guidance approval").click()
    expect(page.locator(".messages")).to_contain_text("submitted")
    page.goto("about:blank")
    chapter.refresh_from_db()
    assert chapter.summary != "A clearer summary, checked by an approver."

    approver = browser.new_context().new_page()
    approver.set_default_timeout(10_000)
    log_in_to_admin(approver, site_url, "approver@example.org")
    approver.goto(edit)
    open_more_actions(approver)
    approver.get_by_role("button", name="Approve and Publish", exact=True).click()
    expect(approver.locator(".messages")).to_contain_text("has been updated")

    # Leave the editing pages, so nothing is still talking to the server afterwards.
    approver.context.close()
    page.goto("about:blank")
    chapter.refresh_from_db()
    assert chapter.live and chapter.summary == "A clearer summary, checked by an approver."
    assert not chapter.has_unpublished_changes
