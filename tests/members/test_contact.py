"""Member-to-member messages: plain text as typed, a subject no name can forge,
and a reply that works whether or not the sender is in the directory, without
either address being shown."""

import datetime
import re
from urllib.parse import urlsplit

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.core import mail

from members import membership
from members.models import Profile
from tests.factories import UserFactory
from tests.members.conftest import make_person

pytestmark = pytest.mark.django_db


@pytest.fixture
def listed(db):
    return make_person("listed.person@example.org", full_name="Lara Listed")


@pytest.fixture
def unlisted(db):
    return make_person("hidden.sender@example.org", full_name="Siân O'Brien", listed=False)


def reply_link(message):
    [url] = re.findall(r"https?://\S+/members/reply/\S+", message.body)
    return urlsplit(url).path


def addresses_in(message):
    return message.body + message.subject + " ".join(message.reply_to + message.cc + message.bcc)


def test_plain_text_e_mail_arrives_as_typed(client, listed, unlisted):
    client.force_login(unlisted)
    text = 'I\'d like to compare notes on "Heritage & Health" <soon>.'
    client.post(listed.profile.get_absolute_url(), {"message": text})
    [sent] = mail.outbox
    assert text in sent.body
    assert sent.subject.startswith("Siân O'Brien sent you a message")
    assert "&#x27;" not in sent.body + sent.subject and "&amp;" not in sent.body


def test_an_editors_note_in_a_decision_arrives_as_typed(db):
    applicant = make_person("new.one@example.org", status=Profile.Status.APPLIED)
    editor = UserFactory(email="decider@example.org", groups=[Group.objects.get(name="Editors")])
    membership.approve(applicant.profile, by=editor, message="I'd say you're very welcome!")
    assert "I'd say you're very welcome!" in mail.outbox[-1].body


def test_a_name_with_a_line_break_cannot_set_the_subject(client, listed):
    # A name stored before the forms refused line breaks, or set by other means.
    sender = make_person("forger@example.org", full_name="Eve\r\nBcc: victim@example.org\nX")
    client.force_login(sender)
    client.post(listed.profile.get_absolute_url(), {"message": "Hello"})
    [sent] = mail.outbox
    assert "\n" not in sent.subject and "\r" not in sent.subject
    assert sent.subject.endswith("sent you a message through the community website")
    assert sent.body.startswith("Dear Lara Listed,")
    assert sent.bcc == [] and sent.to == ["listed.person@example.org"]


def test_reply_to_an_unlisted_sender_works_without_revealing_addresses(client, listed, unlisted):
    client.force_login(unlisted)
    client.post(listed.profile.get_absolute_url(), {"message": "Can we talk?"})
    [first] = mail.outbox
    assert "hidden.sender@example.org" not in addresses_in(first)
    link = reply_link(first)

    client.force_login(listed)
    page = client.get(link)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Siân O" in html and "hidden.sender@example.org" not in html
    response = client.post(link, {"message": "Yes, happy to."})
    assert response.status_code == 302
    reply = mail.outbox[-1]
    assert reply.to == ["hidden.sender@example.org"]
    assert "Yes, happy to." in reply.body
    assert "listed.person@example.org" not in addresses_in(reply)
    assert "hidden.sender@example.org" not in client.get(response.url).content.decode()

    # The reply carries its own link back, so the conversation can go on.
    client.force_login(unlisted)
    back = client.post(reply_link(reply), {"message": "Great, thanks."})
    assert back.status_code == 302
    assert mail.outbox[-1].to == ["listed.person@example.org"]


def test_a_reply_link_works_once_and_only_for_its_recipient(client, listed, unlisted):
    client.force_login(unlisted)
    client.post(listed.profile.get_absolute_url(), {"message": "Can we talk?"})
    link = reply_link(mail.outbox[0])

    client.force_login(make_person("someone.else@example.org"))
    assert client.get(link).status_code == 404
    assert client.post(link, {"message": "Intercepted"}).status_code == 404

    client.force_login(listed)
    assert client.post(link, {"message": "First reply"}).status_code == 302
    again = client.post(link, {"message": "Second reply"})
    assert again.status_code == 410
    assert "already been used" in again.content.decode()
    assert len(mail.outbox) == 2
    assert client.get(link[:-3] + "xyz/").status_code == 404


def test_an_old_reply_link_has_expired_and_says_so(client, listed, unlisted):
    client.force_login(unlisted)
    client.post(listed.profile.get_absolute_url(), {"message": "Can we talk?"})
    link = reply_link(mail.outbox[0])
    with time_machine.travel(datetime.timedelta(days=31)):
        client.force_login(listed)
        response = client.post(link, {"message": "Sorry for the delay"})
    assert response.status_code == 410 and "expired" in response.content.decode()
    assert len(mail.outbox) == 1
