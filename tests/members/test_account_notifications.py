"""People hear at once, in the site's own words, when their password or their
e-mail address changes: the warning that matters if someone else did it."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail

from tests.members.conftest import make_person

pytestmark = pytest.mark.django_db
PASSWORD = "a-long-test-password"
SITE_NAME = "Heritage and Social Prescribing Community of Practice"


@pytest.fixture
def person(db):
    user = make_person("notified.member@example.org", full_name="Nora Notified")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def assert_in_site_wording(message):
    body = message.body
    assert SITE_NAME in body
    assert "Nora" in body  # addressed to the person
    assert "testserver" not in message.subject + body.split("\n", 1)[0]
    assert "&#x27;" not in body and "&amp;" not in body  # plain text, not HTML-escaped
    assert "/accounts/password/reset/" in body  # what to do if it was not them


def test_changing_the_password_sends_a_notice(client, person):
    client.force_login(person)
    response = client.post(
        "/accounts/password/change/",
        {
            "oldpassword": PASSWORD,
            "password1": "another-long-pass-99",
            "password2": "another-long-pass-99",
        },
    )
    assert response.status_code == 302
    notices = [message for message in mail.outbox if message.to == [person.email]]
    assert len(notices) == 1
    assert "password" in notices[0].subject.lower()
    assert_in_site_wording(notices[0])


def test_changing_the_email_address_tells_the_old_address(client, person):
    client.force_login(person)
    client.post("/accounts/email/", {"action_add": "", "email": "nora.new@example.org"})
    confirmation = next(
        message for message in mail.outbox if message.to == ["nora.new@example.org"]
    )
    link = re.search(
        r"http://testserver(/\S*/accounts/confirm-email/\S+|/accounts/confirm-email/\S+)",
        confirmation.body,
    )
    assert link, confirmation.body
    mail.outbox.clear()
    client.post(link.group(1))
    person.refresh_from_db()
    assert person.email == "nora.new@example.org"
    notices = [message for message in mail.outbox if message.to == ["notified.member@example.org"]]
    assert len(notices) == 1, [(m.to, m.subject) for m in mail.outbox]
    assert "notified.member@example.org" in notices[0].body
    assert "nora.new@example.org" in notices[0].body
    assert_in_site_wording(notices[0])
