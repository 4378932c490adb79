"""Joining: sign up, confirm the e-mail, wait, and hear the editors' decision."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import MD5PasswordHasher
from django.core import mail
from django.urls import reverse

from home.models import SiteSettings
from members.models import Profile

pytestmark = pytest.mark.django_db

SIGNUP = {
    "full_name": "Nia Newcomer",
    "email": "nia@example.org",
    "password1": "a-sound-passphrase-42",
    "organisation": "Hillside Museum",
    "role": "Learning officer",
    "region": "wales",
    "why_join": "We run reminiscence sessions with link workers.",
    "privacy": "on",
}


def confirmation_link(message):
    return re.search(r"https?://[^/\s]+(/accounts/confirm-email/\S+/)", message.body).group(1)


def sign_up(client, **changes):
    return client.post(reverse("account_signup"), {**SIGNUP, **changes})


def test_whole_journey_from_sign_up_to_directory(client, editor):
    response = sign_up(client)
    assert response.status_code == 302
    user = get_user_model().objects.get(email="nia@example.org")
    profile = user.profile
    assert profile.status == Profile.Status.UNVERIFIED
    assert profile.why_join == "We run reminiscence sessions with link workers."
    assert profile.privacy_accepted_at and not profile.listed_in_directory

    # The confirmation e-mail is in the outbox; following its link confirms.
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["nia@example.org"]
    link = confirmation_link(mail.outbox[0])
    client.post(link)
    profile.refresh_from_db()
    assert profile.status == Profile.Status.APPLIED

    # Logged in, but the directory is refused while the application is pending.
    client.force_login(user)
    response = client.get(reverse("members:directory"))
    assert response.status_code == 403
    assert b"being reviewed" in response.content
    assert b"being reviewed" in client.get(reverse("members:account")).content

    # An editor approves through the admin view, with a message.
    client.force_login(editor)
    approve = reverse("membership_decide", args=[profile.pk, "approve"])
    assert client.get(approve).status_code == 200
    response = client.post(approve, {"message": "Welcome aboard!"})
    assert response.status_code == 302
    profile.refresh_from_db()
    assert profile.status == Profile.Status.APPROVED
    assert profile.decided_by == editor
    decision = mail.outbox[-1]
    assert decision.to == ["nia@example.org"]
    assert "approved" in decision.body and "Welcome aboard!" in decision.body

    # Approved, they are asked for the rest of their profile on My account, and
    # appear in the directory once they choose to be listed.
    client.force_login(user)
    response = client.get(reverse("members:account"))
    assert b"Complete your profile" in response.content
    client.post(
        reverse("members:account"),
        {
            "full_name": "Nia Newcomer",
            "organisation": "Hillside Museum",
            "organisation_type": "museum",
            "role": "Learning officer",
            "region": "wales",
            "interests": ["oral history", "dementia"],
            "other_interests": "Maritime heritage, oral history",
            "participation": ["meetings", "research"],
            "listed_in_directory": "on",
        },
    )
    profile.refresh_from_db()
    assert sorted(profile.interests.names()) == ["dementia", "maritime heritage", "oral history"]
    assert profile.participation == ["meetings", "research"]
    assert b"Complete your profile" not in client.get(reverse("members:account")).content
    response = client.get(reverse("members:directory"))
    assert response.status_code == 200
    assert b"Nia Newcomer" in response.content


def test_declined_application_is_told_and_kept_out(client, editor, applicant):
    client.force_login(editor)
    profile = applicant.profile
    client.post(reverse("membership_decide", args=[profile.pk, "decline"]), {"message": ""})
    profile.refresh_from_db()
    assert profile.status == Profile.Status.DECLINED
    assert mail.outbox[-1].to == [applicant.email]
    assert "not able to approve" in mail.outbox[-1].body
    assert not applicant.groups.filter(name="Members").exists()
    client.force_login(applicant)
    assert client.get(reverse("members:directory")).status_code == 403


def test_automatic_approval_setting_approves_on_confirmation(client):
    site_settings = SiteSettings.load()
    site_settings.automatic_approval = True
    site_settings.save()
    sign_up(client)
    client.post(confirmation_link(mail.outbox[0]))
    profile = Profile.objects.get(user__email="nia@example.org")
    assert profile.status == Profile.Status.APPROVED
    assert profile.user.groups.filter(name="Members").exists()


def test_bulk_approval_from_the_admin_listing(client, editor):
    from tests.members.conftest import make_person

    people = [make_person(f"bulk{n}@example.org", status=Profile.Status.APPLIED) for n in range(3)]
    client.force_login(editor)
    url = reverse("wagtail_bulk_action", args=["members", "profile", "approve"])
    query = "&".join(f"id={person.profile.pk}" for person in people)
    assert client.get(f"{url}?{query}").status_code == 200
    response = client.post(f"{url}?{query}", {"message": "Welcome, all"})
    assert response.status_code == 302
    assert Profile.objects.filter(status=Profile.Status.APPROVED, user__in=people).count() == 3
    assert {tuple(message.to) for message in mail.outbox[-3:]} == {
        (person.email,) for person in people
    }


def test_applications_listing_filters_and_searches(client, editor, applicant, member):
    client.force_login(editor)
    listing = reverse("members_profile:list")
    response = client.get(listing, {"status": "applied"})
    assert response.status_code == 200
    assert b"Penny Pending" in response.content and b"Ada Approved" not in response.content
    response = client.get(listing, {"q": "Ada"})
    assert b"Ada Approved" in response.content and b"Penny Pending" not in response.content


def test_editors_can_export_the_member_list_as_csv(client, editor, member):
    client.force_login(editor)
    response = client.get(reverse("members_profile:list"), {"export": "csv"})
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode()
    assert "approved.member@example.org" in body


# Bad input


def test_sign_up_without_consent_is_refused_with_a_clear_message(client):
    response = sign_up(client, privacy="")
    assert response.status_code == 200
    assert "You need to agree to the privacy notice to join." in response.content.decode()
    assert not get_user_model().objects.filter(email="nia@example.org").exists()
    html = response.content.decode()
    assert 'class="error-summary"' in html and 'href="#id_privacy"' in html
    # What was typed is kept.
    assert 'value="Hillside Museum"' in html


def test_overlong_name_gets_a_message_and_nothing_is_saved(client):
    response = sign_up(client, full_name="N" * 1000)
    assert response.status_code == 200
    assert "at most 150 characters" in response.content.decode()
    assert (
        get_user_model().objects.count()
        == get_user_model().objects.exclude(email="nia@example.org").count()
    )


def test_duplicate_email_in_another_case_creates_nobody_and_reveals_nothing(client, member):
    before = get_user_model().objects.count()
    response = sign_up(client, email="APPROVED.Member@Example.org")
    assert response.status_code == 302  # the same answer as for a new address
    assert get_user_model().objects.count() == before
    # The owner of the address is told someone tried to sign up with it.
    assert mail.outbox[-1].to == ["approved.member@example.org"]


def test_honeypot_filled_in_by_a_robot_creates_nobody(client):
    sign_up(client, website="http://spam.example.org")
    assert not get_user_model().objects.filter(email="nia@example.org").exists()


def test_html_in_profile_fields_is_stored_as_text_and_shown_escaped(client, member):
    sign_up(client, organisation="<script>alert(1)</script>", full_name="<b>Bold</b>")
    user = get_user_model().objects.get(email="nia@example.org")
    assert user.profile.organisation == "<script>alert(1)</script>"
    user.profile.status = Profile.Status.APPROVED
    user.profile.listed_in_directory = True
    user.profile.save()
    client.force_login(member)
    html = client.get(user.profile.get_absolute_url()).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;Bold&lt;/b&gt;" in html


def test_forged_approval_from_a_non_editor_is_refused(client, member, applicant):
    client.force_login(member)
    url = reverse("membership_decide", args=[applicant.profile.pk, "approve"])
    response = client.post(url, {"message": ""})
    assert response.status_code in (302, 403)
    applicant.profile.refresh_from_db()
    assert applicant.profile.status == Profile.Status.APPLIED
    client.logout()
    client.post(url, {"message": ""})
    applicant.profile.refresh_from_db()
    assert applicant.profile.status == Profile.Status.APPLIED


def test_repeated_failed_logins_are_throttled(client, member):
    url = reverse("account_login")
    for _ in range(5):
        response = client.post(url, {"login": member.email, "password": "wrong-password"})
        assert response.status_code == 200
    # Even the right password has to wait a while now.
    response = client.post(url, {"login": member.email, "password": "a-long-test-password"})
    assert "Too many failed login attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_password_reset_does_not_reveal_who_has_an_account(client, member):
    url = reverse("account_reset_password")
    known = client.post(url, {"email": member.email})
    unknown = client.post(url, {"email": "nobody-here@example.org"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]


class CountingHasher(MD5PasswordHasher):
    """The tests' fast hasher, counting how many passwords it hashes."""

    hashed = 0

    def encode(self, password, salt):
        CountingHasher.hashed += 1
        return super().encode(password, salt)


@pytest.mark.parametrize("email", ["approved.member@example.org", "someone.new@example.org"])
def test_sign_up_does_the_same_work_whether_or_not_the_address_has_an_account(
    client, member, settings, email
):
    """The answer time would otherwise tell who has an account: hashing a password is
    by far the slowest step of a sign-up (see bench/enumeration_timing.py)."""
    settings.PASSWORD_HASHERS = [f"{__name__}.CountingHasher"]
    CountingHasher.hashed = 0
    response = sign_up(client, email=email)
    assert response.status_code == 302
    assert CountingHasher.hashed == 1
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [email]


def test_empty_sign_up_names_each_field_and_how_to_put_it_right(client):
    html = client.post(reverse("account_signup"), {}).content.decode()
    for message, field in [
        ("Enter your full name", "id_full_name"),
        ("Enter your e-mail address", "id_email"),
        ("Enter a password", "id_password1"),
        ("Enter the name of your organisation", "id_organisation"),
        ("Enter your role", "id_role"),
        ("Choose where you work", "id_region"),
        ("Tell us in a few words why you want to join", "id_why_join"),
        ("You need to agree to the privacy notice to join.", "id_privacy"),
    ]:
        assert f'<a href="#{field}">{message}</a>' in html, message
    assert "This field is required" not in html
    # Only what is needed to decide the application is asked.
    for later in ("interests", "participation", "listed_in_directory", "organisation_type"):
        assert f'name="{later}"' not in html
    # Optional fields are marked, required ones are not starred.
    assert "*" not in html.split('class="form"')[1].split("</form>")[0]


def test_an_address_in_the_wrong_format_says_what_the_right_one_looks_like(client):
    html = sign_up(client, email="nia-at-example").content.decode()
    assert "Enter an e-mail address in the right format, like name@example.org" in html
