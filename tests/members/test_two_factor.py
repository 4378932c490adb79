"""Two-factor authentication: everyone who can reach the Wagtail admin needs a second
factor there when MFA_REQUIRED_FOR_STAFF is on (production); members may add one."""

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
    yield_hotp_counters_from_time,
)
from django.contrib.auth.models import Group
from django.urls import reverse

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-test-password"


@pytest.fixture
def mfa_required(settings):
    settings.MFA_REQUIRED_FOR_STAFF = True


def person(email, group):
    user = UserFactory(email=email, groups=[Group.objects.get(name=group)])
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


def password_login(client, user):
    return client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})


def current_code(secret):
    return format_hotp_value(hotp_value(secret, next(yield_hotp_counters_from_time())))


@pytest.mark.parametrize("group", ["Editors", "Guidance approvers", "Administrators"])
def test_staff_without_a_second_factor_are_sent_to_set_one_up(client, mfa_required, group):
    user = person(f"{group.split()[0].lower()}.staff@example.org", group)
    assert password_login(client, user).status_code == 302
    for path in ("/admin/", "/admin/pages/"):
        response = client.get(path)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("mfa_activate_totp"))
    # Setting one up asks for the password once more (allauth's rule), then shows
    # the code to scan.
    response = client.get(reverse("mfa_activate_totp"))
    assert response["Location"].startswith(reverse("account_reauthenticate"))
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    response = client.get(reverse("mfa_activate_totp"))
    assert response.status_code == 200
    assert "data:image/svg+xml;base64," in response.content.decode()
    # Until then the admin stays shut.
    assert client.get("/admin/").status_code == 302


def test_staff_with_totp_get_in_only_after_entering_the_code(client, mfa_required):
    editor = person("totp.editor@example.org", "Editors")
    secret = generate_totp_secret()
    TOTP.activate(editor, secret)

    response = password_login(client, editor)
    assert response["Location"].startswith(reverse("mfa_authenticate"))
    # The password alone opens nothing.
    assert client.get("/admin/").status_code == 302
    assert "_auth_user_id" not in client.session

    response = client.post(reverse("mfa_authenticate"), {"code": "000000"})
    assert "_auth_user_id" not in client.session
    response = client.post(reverse("mfa_authenticate"), {"code": current_code(secret)})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_a_session_opened_without_the_second_factor_is_asked_for_it(client, mfa_required):
    editor = person("older.session@example.org", "Editors")
    TOTP.activate(editor, generate_totp_secret())
    client.force_login(editor)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("mfa_reauthenticate"))


def test_members_need_no_second_factor_and_may_add_one(client, mfa_required):
    member = person("plain.member@example.org", "Members")
    assert password_login(client, member).status_code == 302
    account = client.get(reverse("members:account"))
    assert account.status_code == 200
    assert reverse("mfa_index") in account.content.decode()


def test_without_the_setting_staff_log_in_with_a_password(client, settings):
    settings.MFA_REQUIRED_FOR_STAFF = False
    editor = person("dev.editor@example.org", "Editors")
    password_login(client, editor)
    assert client.get("/admin/").status_code == 200
