"""Wagtail's own front-end login (/_util/login/) would be a second door around the
site's login: no throttling, no e-mail verification, no second factor. It leads to
the site's login instead, in every language."""

import pytest
from django.contrib.auth import SESSION_KEY

from tests.members.conftest import make_person

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-enough-test-password"


@pytest.mark.parametrize("prefix", ["", "/cy"])
def test_wagtails_front_end_login_leads_to_the_sites_login(client, prefix):
    response = client.get(f"{prefix}/_util/login/", {"next": "/for-members/"})
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert "next=%2Ffor-members%2F" in response["Location"]


@pytest.mark.parametrize("prefix", ["", "/cy"])
def test_wagtails_front_end_login_signs_nobody_in(client, prefix):
    person = make_person("second.door@example.org")
    person.set_password(PASSWORD)
    person.save()
    for _ in range(3):
        client.post(
            f"{prefix}/_util/login/", {"username": "second.door@example.org", "password": "wrong"}
        )
    response = client.post(
        f"{prefix}/_util/login/", {"username": "second.door@example.org", "password": PASSWORD}
    )
    assert response.status_code in (302, 405)
    assert SESSION_KEY not in client.session
