"""Messages between members, kept on the site as conversations: no address is
shown, replies from the site and from the e-mail's link, blocks, reports and
the editors' queue, and what happens when one person leaves."""

import json
import re
from urllib.parse import urlsplit

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse

from conversations.models import Block, Message, Report, Thread
from members.data import delete_account
from tests.factories import UserFactory
from tests.members.conftest import make_person

pytestmark = pytest.mark.django_db


@pytest.fixture
def ann(db):
    return make_person("ann.listed@example.org", full_name="Ann Listed")


@pytest.fixture
def bob(db):
    return make_person("bob.sender@example.org", full_name="Bob O'Sender", listed=False)


def write(client, sender, recipient, text="Shall we work together?"):
    client.force_login(sender)
    return client.post(
        reverse("conversations:start", args=[recipient.profile.pk]), {"message": text}
    )


def reply_path(message):
    [url] = re.findall(r"https?://\S+/members/account/messages/reply/\S+", message.body)
    return urlsplit(url).path


def addresses_in(message):
    return message.body + message.subject + " ".join(message.reply_to + message.cc + message.bcc)


def test_a_message_is_kept_in_a_conversation_and_e_mailed_without_addresses(client, ann, bob):
    response = write(client, bob, ann, 'I\'d like to compare notes on "Heritage & Health".')
    thread = Thread.objects.get()
    assert response.status_code == 302 and response.url == thread.get_absolute_url()
    [sent] = mail.outbox
    assert sent.to == ["ann.listed@example.org"]
    assert 'I\'d like to compare notes on "Heritage & Health".' in sent.body
    assert "bob.sender@example.org" not in addresses_in(sent)
    assert sent.subject.startswith("Bob O'Sender sent you a message")
    page = client.get(thread.get_absolute_url()).content.decode()
    assert "compare notes" in page and "ann.listed@example.org" not in page


def test_the_e_mails_reply_link_opens_the_conversation_for_its_recipient_only(client, ann, bob):
    write(client, bob, ann, "Can we talk?")
    link = reply_path(mail.outbox[0])
    thread = Thread.objects.get()

    client.logout()
    assert client.get(link).url.startswith(reverse("account_login"))

    client.force_login(make_person("someone.else@example.org"))
    assert client.get(link).status_code == 404
    assert client.get(link[:-3] + "xyz/").status_code == 404

    client.force_login(ann)
    opened = client.get(link)
    assert opened.status_code == 302 and opened.url.startswith(thread.get_absolute_url())
    page = client.get(thread.get_absolute_url()).content.decode()
    assert "Bob O&#x27;Sender" in page and "bob.sender@example.org" not in page
    answer = client.post(thread.get_absolute_url(), {"message": "Yes, happy to."})
    assert answer.status_code == 302
    assert mail.outbox[-1].to == ["bob.sender@example.org"]
    assert "ann.listed@example.org" not in addresses_in(mail.outbox[-1])
    # Both see the whole conversation; there is one thread for the pair.
    write(client, bob, ann, "Great, thanks.")
    assert Thread.objects.count() == 1
    assert Message.objects.filter(thread=thread).count() == 3


def test_a_conversation_one_is_not_part_of_is_404(client, ann, bob):
    write(client, bob, ann)
    thread = Thread.objects.get()
    message = Message.objects.get()
    client.force_login(make_person("nosy@example.org"))
    assert client.get(thread.get_absolute_url()).status_code == 404
    assert client.post(thread.get_absolute_url(), {"message": "Let me in"}).status_code == 404
    assert client.post(reverse("conversations:block", args=[thread.pk])).status_code == 404
    report = reverse("conversations:report", args=[thread.pk, message.pk])
    assert client.post(report, {"reason": "x"}).status_code == 404
    assert Message.objects.count() == 1 and len(mail.outbox) == 1
    assert Report.objects.count() == 0 and Block.objects.count() == 0


def test_a_blocked_members_messages_are_not_delivered(client, ann, bob):
    write(client, bob, ann, "First")
    thread = Thread.objects.get()
    client.force_login(ann)
    client.post(reverse("conversations:block", args=[thread.pk]))
    assert Block.objects.filter(blocker=ann, blocked=bob).exists()

    write(client, bob, ann, "Are you there?")
    assert len(mail.outbox) == 1  # only the first
    client.force_login(ann)
    page = client.get(thread.get_absolute_url()).content.decode()
    assert "First" in page and "Are you there?" not in page
    # Bob sees his own message; he is not told of the block.
    client.force_login(bob)
    assert "Are you there?" in client.get(thread.get_absolute_url()).content.decode()

    # Ann cannot write to someone she blocked until she unblocks them.
    client.force_login(ann)
    refused = client.post(thread.get_absolute_url(), {"message": "Hello?"})
    assert refused.status_code == 400 and "You have blocked this person" in refused.content.decode()
    client.post(reverse("conversations:block", args=[thread.pk]), {"unblock": "1"})
    write(client, bob, ann, "Now?")
    assert mail.outbox[-1].to == ["ann.listed@example.org"] and "Now?" in mail.outbox[-1].body


def test_report_goes_to_the_editors_queue_and_removal_hides_the_words(client, ann, bob):
    write(client, bob, ann, "Something unpleasant")
    thread = Thread.objects.get()
    message = Message.objects.get()
    client.force_login(bob)
    own = reverse("conversations:report", args=[thread.pk, message.pk])
    assert client.post(own, {"reason": "mine"}).status_code == 404  # not one's own

    client.force_login(ann)
    assert client.post(own, {"reason": ""}).status_code == 400
    assert client.post(own, {"reason": "This is rude."}).status_code == 302
    report = Report.objects.get()
    assert report.reporter == ann and report.status == "open"

    client.force_login(make_person("plain.member@example.org"))
    assert client.get(reverse("conversations_moderation")).status_code in (302, 403)

    editor = UserFactory(email="moderator@example.org", groups=[Group.objects.get(name="Editors")])
    client.force_login(editor)
    queue = client.get(reverse("conversations_moderation")).content.decode()
    assert "Something unpleasant" in queue and "This is rude." in queue
    client.post(reverse("conversations_moderation_decide", args=[report.pk, "remove"]))
    report.refresh_from_db()
    assert report.status == "removed" and report.decided_by == editor
    client.force_login(ann)
    page = client.get(thread.get_absolute_url()).content.decode()
    assert "Something unpleasant" not in page and "removed by the organisers" in page


def test_rate_limits_still_apply(client, ann, bob, settings):
    settings.MEMBER_CONTACT_RATE_LIMIT = (2, 3600)
    for _ in range(2):
        assert write(client, bob, ann, "Hi").status_code == 302
    response = write(client, bob, ann, "Hi again")
    assert response.status_code == 400
    assert "try again in an hour" in response.content.decode()
    assert len(mail.outbox) == 2


def test_only_listed_members_can_be_written_to_first(client, ann, bob):
    # Bob is not in the directory: no one can start a conversation with him ...
    assert write(client, ann, bob).status_code == 404
    # ... but he can write, and then Ann replies in the conversation.
    write(client, bob, ann)
    client.force_login(ann)
    thread = Thread.objects.get()
    assert client.post(thread.get_absolute_url(), {"message": "Hello"}).status_code == 302


def test_inbox_lists_conversations_with_news(client, ann, bob):
    write(client, bob, ann, "Hello Ann")
    client.force_login(ann)
    account = client.get(reverse("members:account")).content.decode()
    assert "1 conversation with news" in account
    inbox = client.get(reverse("conversations:inbox")).content.decode()
    assert "Bob O&#x27;Sender" in inbox and "(new)" in inbox
    client.get(Thread.objects.get().get_absolute_url())
    assert "(new)" not in client.get(reverse("conversations:inbox")).content.decode()


def test_messages_are_in_the_data_export_and_go_with_the_account(client, ann, bob):
    write(client, bob, ann, "From Bob")
    client.force_login(ann)
    thread = Thread.objects.get()
    client.post(thread.get_absolute_url(), {"message": "From Ann"})

    client.force_login(bob)
    data = json.loads(client.get(reverse("members:download_data")).content)
    [conversation] = data["conversations"]
    assert conversation["with"] == "Ann Listed"
    assert [(m["from"], m["text"]) for m in conversation["messages"]] == [
        ("me", "From Bob"),
        ("them", "From Ann"),
    ]
    assert "ann.listed@example.org" not in json.dumps(data)

    delete_account(bob)
    assert not Message.objects.filter(body="From Bob").exists()
    client.force_login(ann)
    page = client.get(thread.get_absolute_url()).content.decode()
    assert "a former member" in page and "From Ann" in page and "From Bob" not in page
    assert "a former member" in client.get(reverse("conversations:inbox")).content.decode()
    # No reply can go to someone who has left.
    left = client.post(thread.get_absolute_url(), {"message": "Still there?"})
    assert left.status_code == 400 and 'id="reply"' not in left.content.decode()
    assert "no longer a member" in left.content.decode()
    assert not Message.objects.filter(body="Still there?").exists()
    delete_account(ann)
    assert Thread.objects.count() == 0
