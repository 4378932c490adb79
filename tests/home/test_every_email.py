"""Every e-mail the site can send, rendered in English and Welsh with awkward
values (apostrophes, ampersands, angle brackets) and another public address:
each is in the site's layout, plain text as typed, HTML escaped exactly once,
and every link on the configured address."""

import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.template.loader import render_to_string
from django.test import override_settings
from django.utils import timezone, translation
from wagtail.models import Task

from activities.models import Activity, Organisation
from collaboration.models import Call, Response
from events.models import EventPage, Registration
from home.emails import build_templated_email
from home.management.commands.load_demo_content import Command as LoadDemoContent
from members.adapter import AccountAdapter
from members.models import Profile, User
from resources.models.library import ResourcePage

pytestmark = pytest.mark.django_db

ADDRESS = "http://cop.example.net:8111"
TEMPLATES = Path(settings.BASE_DIR) / "templates"
URL = re.compile(r"https?://[^\s<>\"')]+")
ENTITIES = ("&amp;", "&#x27;", "&#39;", "&quot;", "&lt;", "&gt;")
NAME = "Siân O'Brien & Co <b>"
MESSAGE = "Tom & Jerry's <script>alert(1)</script> project"


def people():
    user = User(pk=10_001, email="sian@example.org", full_name=NAME, language="cy")
    other = User(pk=10_002, email="ola@example.org", full_name="Ola D'Souza")
    return user, other


def site_contexts():
    """A context for each of the site's own e-mail templates."""
    user, other = people()
    event = EventPage.objects.live().first()
    registration = Registration(event=event, user=user, status="confirmed")
    call = Call(pk=7, topic=MESSAGE, poster=user, decision_note=MESSAGE)
    response = Response(call=call, responder=other, message=MESSAGE)
    profile = Profile(user=user, decision_message=MESSAGE, organisation="Hill & Dale")
    resource = ResourcePage.objects.live().first()
    resource.title = MESSAGE
    resource.contributor = user
    organisation = Organisation(name=MESSAGE)
    activity = Activity(pk=5, name=MESSAGE, organisation=organisation, review_note=MESSAGE)
    event_context = {
        "registration": registration,
        "event": event,
        "joining_link": "https://meet.example.org/j/1",
        "when": "tomorrow",
    }
    return {
        "events/email/confirmed.txt": event_context,
        "events/email/waitlisted.txt": event_context,
        "events/email/promoted.txt": event_context,
        "events/email/changed.txt": event_context,
        "events/email/reminder.txt": event_context,
        "collaboration/email/approved.txt": {"call": call},
        "collaboration/email/declined.txt": {"call": call},
        "collaboration/email/submitted.txt": {"call": call},
        "collaboration/email/response.txt": {"call": call, "response": response},
        "collaboration/email/accepted.txt": {"call": call, "other": other},
        "collaboration/email/accepted_poster.txt": {"call": call, "other": other},
        "members/email/approved.txt": {"profile": profile},
        "members/email/declined.txt": {"profile": profile},
        "conversations/email/message.txt": {
            "sender": other,
            "recipient": user,
            "message": MESSAGE,
            "reply_path": "/members/account/messages/3/",
        },
        "members/email/new_application.txt": {"profile": profile, "editor": other},
        "members/email/applications_waiting.txt": {
            "profiles": [profile],
            "count": 1,
            "editor": other,
            "days": 3,
        },
        "resources/email/published.txt": {"page": resource, "comment": ""},
        "resources/email/received.txt": {"page": resource, "account_url": "/members/account/"},
        "activities/email/confirm.txt": {"activity": activity},
        "activities/email/needs_changes.txt": {"activity": activity},
        "activities/email/published.txt": {"activity": activity},
        "activities/email/submitted.txt": {"activity": activity},
        "activities/email/orphaned.txt": {"organisation": organisation},
        "digests/email/digest.txt": {
            "digest": digest(user),
            "user": user,
            "weekly": True,
            "account_url": ADDRESS + "/members/account/",
            "unsubscribe_url": ADDRESS + "/digests/unsubscribe/TOKEN/",
        },
        "resources/email/needs_changes.txt": {
            "page": resource,
            "comment": MESSAGE,
            "account_url": "/members/account/",
        },
    }


def digest(user):
    """A digest with one item of every kind, as digests/content.py builds it."""

    def item(path, **fields):
        return SimpleNamespace(title=MESSAGE, url=ADDRESS + path, **fields)

    return SimpleNamespace(
        user=user,
        guidance=[item("/guidance/ethics/", revised=True, change_note=MESSAGE)],
        resources=[item("/resources/a-toolkit/", for_you=True)],
        calls=[item("/collaborate/7/", deadline=timezone.localdate())],
        members=[SimpleNamespace(name=MESSAGE, organisation=MESSAGE, url=ADDRESS + "/members/2/")],
        events=[item("/events/a-meeting/", start=timezone.now(), places_left=2)],
    )


def allauth_contexts():
    """allauth's e-mails (prefix: context), as its flows call them."""
    user, _other = people()
    request_host = "http://127.0.0.1:8000"
    notice = {"ip": "192.0.2.1", "user_agent": "Firefox", "timestamp": timezone.now()}
    return {
        "account/email/email_confirmation_signup": {
            "user": user,
            "activate_url": request_host + "/accounts/confirm-email/KEY/",
            "key": "KEY",
        },
        "account/email/email_confirmation": {
            "user": user,
            "activate_url": request_host + "/accounts/confirm-email/KEY/",
            "key": "KEY",
        },
        "account/email/password_reset_key": {
            "user": user,
            "password_reset_url": request_host + "/accounts/password/reset/key/1-x/",
        },
        "account/email/account_already_exists": {
            "email": user.email,
            "password_reset_url": request_host + "/accounts/password/reset/",
        },
        "account/email/unknown_account": {
            "email": user.email,
            "signup_url": request_host + "/accounts/signup/",
        },
        "account/email/password_changed": {"user": user, **notice},
        "account/email/password_set": {"user": user, **notice},
        "account/email/password_reset": {"user": user, **notice},
        "account/email/email_confirm": {"user": user, **notice},
        "account/email/email_changed": {
            "user": user,
            "from_email": "a&b@example.org",
            "to_email": user.email,
            **notice,
        },
        "account/email/email_deleted": {"user": user, "deleted_email": "old@example.org", **notice},
        "mfa/email/totp_activated": {"user": user, **notice},
        "mfa/email/totp_deactivated": {"user": user, **notice},
        "mfa/email/recovery_codes_generated": {"user": user, **notice},
    }


def check(subject, text, html, language):
    assert "\n" not in subject
    for entity in ENTITIES:
        assert entity not in text, f"{entity} in the plain text: {text}"
    assert "&amp;amp;" not in html and "&amp;#x27;" not in html and "&amp;lt;" not in html
    assert "<script>" not in html and "<b>" not in html
    assert f'lang="{language}"' in html
    for body in (text, html):
        for stale in (
            "example.com",
            "127.0.0.1:8000",
            "testserver",
            "Hello from",
            "Thank you for using",
        ):
            assert stale not in body
        links = URL.findall(body)
        assert links, "an e-mail with no link to the site"
        for link in links:
            if "meet.example.org" in link or "w3.org" in link:
                continue
            assert link.startswith(ADDRESS), link
    # Signed by the community, with the footer saying why and where to change settings.
    assert re.search(re.escape(ADDRESS) + r"(/cy)?/members/account/", text) or (
        "#tab-notifications" in text
    )
    assert "--" in text


def test_every_site_template_has_a_case():
    """A new e-mail template must be added here, so it is checked too."""
    found = {
        str(path.relative_to(TEMPLATES))
        for path in TEMPLATES.glob("*/email/*.txt")
        if path.parent.parent.name != "account" and path.name != "layout.txt"
    }
    assert found == set(site_contexts())


@override_settings(SITE_URL=ADDRESS, WAGTAILADMIN_BASE_URL=ADDRESS)
@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_sites_own_emails(language):
    for template, context in site_contexts().items():
        with translation.override(language):
            message = build_templated_email(template, context, ["sian@example.org"])
        html = message.alternatives[0][0]
        check(message.subject, message.body, html, language)
        if "message" in context or "comment" in context:
            assert "Tom & Jerry's" in message.body
            assert "Tom &amp; Jerry&#x27;s" in html


@override_settings(SITE_URL=ADDRESS, WAGTAILADMIN_BASE_URL=ADDRESS)
@pytest.mark.parametrize("language", ["en", "cy"])
def test_allauths_emails(language, rf):
    adapter = AccountAdapter(rf.get("/"))
    for prefix, context in allauth_contexts().items():
        with translation.override(language):
            message = adapter.render_mail(prefix, "sian@example.org", context)
        check(message.subject, message.body, message.alternatives[0][0], language)


@override_settings(SITE_URL=ADDRESS, WAGTAILADMIN_BASE_URL=ADDRESS)
@pytest.mark.parametrize("language", ["en", "cy"])
def test_wagtails_moderation_notifications(language):
    # The Site record follows the public address, as load_demo_content leaves it.
    LoadDemoContent().load_site_address()
    user, _other = people()
    page = ResourcePage.objects.live().first()
    task = Task.objects.first()
    context = {"page": page, "task": task, "user": user, "object": page, "model_name": "page"}
    for name in ("task_state_submitted", "workflow_state_approved", "workflow_state_rejected"):
        with translation.override(language):
            subject = render_to_string(f"wagtailadmin/notifications/{name}_subject.txt", context)
            text = render_to_string(f"wagtailadmin/notifications/{name}.txt", context)
            html = render_to_string(f"wagtailadmin/notifications/{name}.html", context)
        check(subject.strip(), text, html, language)
        with translation.override(language):
            assert (
                translation.gettext("Heritage and Social Prescribing Community of Practice") in html
            )
