"""Joining the community, end to end, in a real browser."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from members.models import Profile

from .conftest import log_in

pytestmark = pytest.mark.django_db(transaction=True)


def test_join_confirm_be_approved_in_the_admin_and_find_members(page, site_url, browser):
    # Join through the form.
    page.goto(site_url + "/")
    page.get_by_role("link", name="Join", exact=True).click()
    page.get_by_label("Full name").fill("Nia Newcomer")
    page.get_by_label("E-mail address").fill("nia@example.org")
    page.get_by_label("Password", exact=True).fill("a-sound-passphrase-42")
    page.get_by_label("Organisation", exact=True).fill("Hillside Museum")
    page.get_by_label("Your role").fill("Learning officer")
    page.get_by_label("Where you work").select_option("wales")
    page.get_by_label("Why you want to join").fill("Reminiscence sessions with link workers.")
    page.get_by_label("I have read the privacy notice").check()
    page.get_by_role("button", name="Join", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Confirm your e-mail address")

    # Confirm with the link from the e-mail.
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", mail.outbox[-1].body).group(0)
    page.goto(site_url + link[link.index("/accounts/") :])
    page.get_by_role("button", name="Confirm").click()
    page.goto(site_url + "/members/account/")
    expect(page.locator("#membership-heading + p")).to_contain_text("Applied")
    page.goto(site_url + "/members/")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "This part of the site is for approved members"
    )

    # An editor approves the application through the Wagtail admin.
    editor = browser.new_context().new_page()
    # The admin's login is the site's login; it leads back to the admin.
    editor.goto(site_url + "/admin/login/")
    editor.get_by_label("E-mail address").fill("editor@example.org")
    editor.get_by_label("Password").fill("browser-tests-demo-password")
    editor.get_by_role("button", name="Log in").click()
    editor.get_by_role("link", name="Membership applications").click()
    row = editor.locator("tr", has_text="Nia Newcomer")
    row.get_by_role("button", name=re.compile("More options")).click()
    row.get_by_role("link", name="Approve").click()
    editor.get_by_label("Message to include in the e-mail (optional)").fill("Welcome!")
    editor.get_by_role("button", name="Approve").click()
    expect(editor.locator(".messages")).to_contain_text("Nia Newcomer is now a member.")
    assert Profile.objects.get(user__email="nia@example.org").status == "approved"
    assert "Welcome!" in mail.outbox[-1].body

    # Now the newcomer finds another member and writes to them.
    page.goto(site_url + "/members/?region=south-west")
    expect(page.get_by_role("heading", level=1)).to_have_text("Member directory")
    page.get_by_role("link", name="Morgan Member").click()
    page.get_by_label("Your message").fill("Could we talk about oral history projects?")
    page.get_by_role("button", name="Send message").click()
    expect(page.locator(".messages")).to_contain_text("Your message has been sent")
    assert mail.outbox[-1].to == ["member@example.org"]
    assert "nia@example.org" not in mail.outbox[-1].body


def test_member_logs_in_edits_profile_and_downloads_their_data(page, site_url):
    log_in(page, site_url, "member@example.org")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your account")
    page.get_by_label("Your role").fill("Head of engagement")
    page.get_by_role("button", name="Save profile").click()
    expect(page.locator(".messages")).to_contain_text("Your profile has been saved.")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download my data").click()
    with open(download.value.path(), encoding="utf-8") as data:
        assert '"role": "Head of engagement"' in data.read()


def test_member_shares_a_file_editor_approves_it_and_it_is_in_the_library(
    page, site_url, browser, tmp_path
):
    from home.demo.documents import make_pdf

    upload = tmp_path / "walking-toolkit.pdf"
    upload.write_bytes(make_pdf("Walking toolkit", ["Heritage walks for wellbeing."]))
    log_in(page, site_url, "member@example.org")
    page.goto(site_url + "/resources/submit/")
    page.get_by_label("Title").fill("Heritage walks toolkit")
    page.get_by_label("Summary").fill("How we plan gentle heritage walks with link workers.")
    page.get_by_label("Type of resource").select_option("guide-toolkit")
    page.get_by_label("Topics").fill("walking, wellbeing")
    page.get_by_label("Volunteers").check()
    page.get_by_label("File").set_input_files(str(upload))
    page.get_by_label("I have the right to share this").check()
    page.get_by_role("button", name="Send for review").click()
    expect(page.locator(".messages")).to_contain_text("sent to the editors for review")
    # The confirmation is in view and read out: focus moves to it.
    expect(page.locator("#messages")).to_be_focused()
    expect(page.locator(".contribution", has_text="Heritage walks toolkit")).to_contain_text(
        "In review"
    )

    editor = browser.new_context().new_page()
    # The admin's login is the site's login; it leads back to the admin.
    editor.goto(site_url + "/admin/login/")
    editor.get_by_label("E-mail address").fill("editor@example.org")
    editor.get_by_label("Password").fill("browser-tests-demo-password")
    editor.get_by_role("button", name="Log in").click()
    # The dashboard lists what awaits the editor's review.
    row = editor.locator("tr", has_text="Heritage walks toolkit")
    row.get_by_role("button", name="Actions").click()
    editor.locator("[data-tippy-root]:visible").get_by_role(
        "button", name="Approve", exact=True
    ).click()
    # Once approved, it leaves the editor's review queue.
    editor.goto(site_url + "/admin/")
    expect(editor.locator("tr", has_text="Heritage walks toolkit")).to_have_count(0)

    page.goto(site_url + "/resources/?q=heritage+walks")
    page.get_by_role("link", name="Heritage walks toolkit").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Heritage walks toolkit")
    expect(page.locator(".details-list")).to_contain_text("Morgan Member")
    assert any("is published" in message.subject for message in mail.outbox)
