"""One door: the Wagtail admin's login and password reset are the site's own, with
its throttling and its e-mail verification."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.urls import reverse

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-test-password"


def admin_login(client, email, password):
    """Everything Wagtail's own login form would have sent."""
    return client.post(
        "/admin/login/",
        {"username": email, "login": email, "password": password, "next": "/admin/"},
    )


def test_admin_login_leads_to_the_site_login_keeping_next(client):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code in (301, 302)
    assert response["Location"] == reverse("account_login") + "?next=%2Fadmin%2Fpages%2F"
    # Without ?next=, the login leads back to the admin.
    response = client.get("/admin/login/")
    assert response["Location"] == reverse("account_login") + "?next=%2Fadmin%2F"
    # And the admin itself sends anonymous visitors there.
    response = client.get("/admin/pages/")
    assert response["Location"].startswith(reverse("account_login") + "?next=")


def test_forty_wrong_passwords_at_the_admin_login_do_not_let_the_right_one_through(client, editor):
    for _ in range(40):
        assert admin_login(client, editor.email, "wrong-password").status_code < 500
    admin_login(client, editor.email, PASSWORD)
    assert "_auth_user_id" not in client.session
    # The one login form is throttled by then.
    response = client.post(reverse("account_login"), {"login": editor.email, "password": "x"})
    for _ in range(5):
        response = client.post(
            reverse("account_login"), {"login": editor.email, "password": "wrong-password"}
        )
    response = client.post(reverse("account_login"), {"login": editor.email, "password": PASSWORD})
    assert "Too many failed login attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_never_verified_account_cannot_log_in_through_the_admin(client):
    user = UserFactory(
        email="unverified.editor@example.org", groups=[Group.objects.get(name="Editors")]
    )
    EmailAddress.objects.create(user=user, email=user.email, verified=False, primary=True)
    admin_login(client, user.email, PASSWORD)
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302
    # The site's login asks for the address to be confirmed first.
    response = client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    assert response["Location"] == reverse("account_email_verification_sent")
    assert "_auth_user_id" not in client.session


def test_password_reset_has_one_path(client):
    response = client.get("/admin/password_reset/")
    assert response.status_code in (301, 302)
    assert response["Location"] == reverse("account_reset_password")


def test_admin_logout_returns_to_the_site_login(client, editor):
    client.force_login(editor)
    response = client.post("/admin/logout/")
    assert response["Location"] == reverse("account_login")
