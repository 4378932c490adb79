"""Two members talk on the site, in a real browser: a message from a profile, a
reply from the inbox, a report to the editors and a block."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from playwright.sync_api import expect

from conversations.models import Message

from .accessibility import axe_violations
from .conftest import log_in

pytestmark = pytest.mark.django_db(transaction=True)


def test_two_members_exchange_messages_then_report_and_block(page, site_url, browser):
    writer = get_user_model().objects.get(email="demo.member01@example.org")
    writer.set_password("writer-password-1")
    writer.save()
    writer_name = writer.get_full_name()

    # The writer finds Morgan in the directory and sends a message.
    log_in(page, site_url, writer.email, "writer-password-1")
    page.goto(site_url + "/members/?region=south-west")
    page.get_by_role("link", name="Morgan Member").click()
    page.get_by_label("Your message").fill("Could we talk about oral history projects?")
    page.get_by_role("button", name="Send message").click()
    expect(page.locator(".messages")).to_contain_text("Your message has been sent")
    expect(page.get_by_role("heading", level=1)).to_have_text("Conversation with Morgan Member")
    assert mail.outbox[-1].to == ["member@example.org"]
    assert writer.email not in mail.outbox[-1].body

    # Morgan reads it from My account and replies on the site.
    morgan = browser.new_context().new_page()
    log_in(morgan, site_url, "member@example.org")
    morgan.get_by_role("link", name="My messages (1 conversation with news)").click()
    morgan.get_by_role("link", name=writer_name).click()
    expect(morgan.locator(".messages-thread")).to_contain_text("oral history projects")
    assert axe_violations(morgan) == ""
    morgan.get_by_label("Your message").fill("Yes, gladly. Next week?")
    morgan.get_by_role("button", name="Send message").click()
    expect(morgan.locator(".messages")).to_contain_text("Your message has been sent")

    page.reload()
    expect(page.locator(".messages-thread")).to_contain_text("Yes, gladly. Next week?")
    page.get_by_label("Your message").fill("Buy cheap followers at spam.example")
    page.get_by_role("button", name="Send message").click()

    # Morgan reports the unwanted message, then blocks the writer.
    morgan.reload()
    morgan.locator("li", has_text="Buy cheap followers").get_by_role(
        "link", name="Report this message"
    ).click()
    morgan.get_by_label("What is wrong with this message?").fill("This is spam.")
    morgan.get_by_role("button", name="Send report").click()
    expect(morgan.locator(".messages")).to_contain_text("The organisers will look at")
    morgan.get_by_role("button", name=f"Block {writer_name}").click()
    expect(morgan.locator(".messages")).to_contain_text("Their messages will not reach you")

    sent = len(mail.outbox)
    page.get_by_label("Your message").fill("Why no answer?")
    page.get_by_role("button", name="Send message").click()
    expect(page.locator(".messages-thread")).to_contain_text("Why no answer?")
    assert len(mail.outbox) == sent
    assert Message.objects.get(body="Why no answer?").delivered is False
    morgan.reload()
    expect(morgan.locator(".messages-thread")).not_to_contain_text("Why no answer?")

    # An editor finds the report in the admin's queue and removes the message.
    editor = browser.new_context().new_page()
    log_in(editor, site_url, "editor@example.org")
    editor.goto(site_url + "/admin/")
    editor.get_by_role("link", name="Reported messages").click()
    expect(editor.locator("main")).to_contain_text("This is spam.")
    editor.get_by_role("button", name="Remove the message").click()
    expect(editor.locator(".messages")).to_contain_text("The message has been removed.")
    morgan.reload()
    expect(morgan.locator(".messages-thread")).not_to_contain_text("Buy cheap followers")
    expect(morgan.locator(".messages-thread")).to_contain_text("removed by the organisers")
