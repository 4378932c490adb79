"""An editor decides a pending application from the first screen, in one click."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from members.models import Profile
from tests.members.conftest import make_person

from .conftest import DEMO_PASSWORD

pytestmark = pytest.mark.django_db(transaction=True)


def log_in_to_admin(page, site_url, email):
    page.goto(site_url + "/admin/")
    page.get_by_label(re.compile("e-?mail", re.IGNORECASE)).first.fill(email)
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name=re.compile("^(sign in|log in)$", re.IGNORECASE)).click()


def test_editor_approves_from_the_pending_list_in_one_click(page, site_url):
    person = make_person(
        "pending.person@example.org", status=Profile.Status.APPLIED, full_name="Pat Pending"
    )
    log_in_to_admin(page, site_url, "editor@example.org")
    menu_item = page.get_by_role("link", name=re.compile(r"Membership applications \(\d+\)"))
    menu_item.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Membership applications")
    page.get_by_role("button", name="Approve Pat Pending").click()
    expect(page.locator(".messages")).to_contain_text("Pat Pending is now a member.")
    person.profile.refresh_from_db()
    assert person.profile.status == Profile.Status.APPROVED
    assert mail.outbox[-1].to == [person.email]
    # Back on the pending list, which no longer shows them.
    expect(page.get_by_role("row", name=re.compile("Pat Pending"))).to_have_count(0)
