"""A member's file stays private until an editor approves it, in a real browser."""

import re

import pytest
from playwright.sync_api import expect

from home.demo.documents import make_pdf
from resources.models import ResourcePage
from tests.factories import english

from .conftest import log_in

pytestmark = pytest.mark.django_db(transaction=True)
TITLE = "Our reminiscence box guide"


def test_contributed_file_is_private_until_the_editor_approves_it(page, site_url, browser):
    # A member contributes a file through the site's form.
    log_in(page, site_url, "member@example.org")
    page.goto(site_url + "/resources/submit/")
    page.get_by_label("Title").fill(TITLE)
    page.get_by_label("Summary").fill("How we put together boxes of objects for care homes.")
    page.get_by_label("Type of resource").select_option("guide-toolkit")
    page.get_by_label("Volunteers").check()
    page.get_by_label("File").set_input_files(
        files=[
            {
                "name": "boxes.pdf",
                "mimeType": "application/pdf",
                "buffer": make_pdf(TITLE, ["Choose sturdy objects."]),
            }
        ]
    )
    page.get_by_label(re.compile("I have the right to share this")).check()
    page.get_by_role("button", name=re.compile("Send|Submit")).click()
    expect(page.locator(".messages, [role=status]").first).to_contain_text("sent to the editors")
    document_url = site_url + english(ResourcePage).get(title=TITLE).document.url

    # Someone who guesses the address gets the login page, not the file.
    anonymous = browser.new_context()
    stranger = anonymous.new_page()
    stranger.goto(document_url)
    expect(stranger).to_have_url(re.compile(r"/accounts/login/\?next=/documents/"))
    assert anonymous.request.get(document_url, max_redirects=0).status == 302

    # An editor approves it from the admin dashboard.
    editor = browser.new_context().new_page()
    # The admin's login is the site's own (one login for everyone).
    log_in(editor, site_url, "editor@example.org")
    editor.goto(site_url + "/admin/")
    row = editor.locator("#awaiting-review-content tr", has_text=TITLE)
    row.get_by_role("button", name="Actions").click()
    row.get_by_role("button", name="Approve", exact=True).click()
    expect(editor.locator("#awaiting-review-content tr", has_text=TITLE)).to_have_count(0)
    assert english(ResourcePage).get(title=TITLE).live

    # Now it downloads for anyone.
    with stranger.expect_download() as download_info:
        stranger.evaluate("url => { window.location.href = url; }", document_url)
    with open(download_info.value.path(), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"
