"""Login and contact limits hold across two app servers sharing one cache, and key
on the client address the trusted proxy saw, not on what X-Forwarded-For claims.

Two real `runserver` processes share a SQLite file and a database cache table, as
workers on two machines would share PostgreSQL and Redis. Each request carries
X-Forwarded-For as a proxy in front of them would pass it on: whatever the client
sent, then the address the proxy saw (TRUSTED_PROXY_COUNT=1)."""

import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

PROJECT = Path(__file__).resolve().parents[2]
PASSWORD = "a-long-test-password"

SET_UP_PEOPLE = """
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.utils import timezone
from members.models import Profile, User

PASSWORD = "a-long-test-password"

for email in ["alice@example.org", "bob@example.org", "carol@example.org", "dave@example.org"]:
    user = User.objects.create_user(email=email, password=PASSWORD, full_name=email.split("@")[0])
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    Profile.objects.create(
        user=user, organisation="Trust", organisation_type="heritage", role="Officer",
        region="london", listed_in_directory=True, status="approved",
        privacy_accepted_at=timezone.now(),
    )
    user.groups.add(Group.objects.get(name="Members"))
print(Profile.objects.get(user__email="bob@example.org").pk)
"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    work = tmp_path_factory.mktemp("two-servers")
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE", "CACHE_URL", "SECRET_KEY"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="cop_site.settings.dev",
        DEBUG="false",
        DATABASE_URL=f"sqlite:///{work / 'db.sqlite3'}",
        CACHE_URL="db://rate_limit_cache",
        VAR_DIR=str(work),
        TRUSTED_PROXY_COUNT="1",
        EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend",
        ALLOWED_HOSTS="127.0.0.1",
    )

    def manage(*args):
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=PROJECT,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout

    manage("createcachetable")  # first: migrating already reads the cache
    manage("migrate", "--noinput", "-v0")
    recipient = manage("shell", "-c", SET_UP_PEOPLE).strip().splitlines()[-1]
    processes, urls = [], []
    for _ in range(2):
        port = free_port()
        processes.append(
            subprocess.Popen(
                [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
                cwd=PROJECT,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        urls.append(f"http://127.0.0.1:{port}")
    try:
        for url in urls:
            for _ in range(300):
                try:
                    requests.get(url + "/accounts/login/", timeout=5)
                    break
                except requests.ConnectionError:
                    time.sleep(0.2)
        yield urls, recipient
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=10)


class Browser:
    """One person's browser, whose requests reach the servers through the proxy."""

    def __init__(self, address):
        self.session = requests.Session()
        self.address = address

    def headers(self, claimed):
        forwarded = f"{claimed}, {self.address}" if claimed else self.address
        return {"X-Forwarded-For": forwarded}

    def post_form(self, url, data, claimed=None, action=None):
        """Fill in the form on `url` and send it (to `action`, where the form says so)."""
        page = self.session.get(url, headers=self.headers(claimed), timeout=30)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
        return self.session.post(
            action or url,
            {**data, "csrfmiddlewaretoken": token},
            headers={**self.headers(claimed), "Referer": url},
            allow_redirects=False,
            timeout=60,
        )

    def log_in(self, server, email, password, claimed=None):
        return self.post_form(
            server + "/accounts/login/", {"login": email, "password": password}, claimed
        )


def throttled(response):
    return response.status_code in (200, 429) and "Too many failed login attempts" in (
        response.text
    )


def test_the_account_login_limit_holds_across_both_servers(servers):
    (first, second), _ = servers
    attacker = Browser("203.0.113.10")
    for attempt in range(5):
        server = (first, second)[attempt % 2]
        response = attacker.log_in(server, "carol@example.org", "wrong-password")
        assert response.status_code == 200 and not throttled(response)
    # Now even the right password waits, on either server.
    assert throttled(attacker.log_in(second, "carol@example.org", PASSWORD))
    assert throttled(Browser("198.51.100.20").log_in(first, "carol@example.org", PASSWORD))


def test_a_spoofed_forwarded_for_does_not_reset_the_address_limit(servers):
    (first, second), _ = servers
    attacker = Browser("203.0.113.11")
    for attempt in range(10):
        server = (first, second)[attempt % 2]
        attacker.log_in(
            server, f"nobody{attempt}@example.org", "wrong", claimed=f"192.0.2.{attempt}"
        )
    response = attacker.log_in(first, "nobody-else@example.org", "wrong", claimed="192.0.2.99")
    assert throttled(response)


def test_failures_from_one_address_do_not_block_another_person(servers):
    (first, second), _ = servers
    attacker = Browser("203.0.113.12")
    for attempt in range(12):
        server = (first, second)[attempt % 2]
        attacker.log_in(server, f"guess{attempt}@example.org", "wrong")
    response = Browser("198.51.100.21").log_in(second, "dave@example.org", PASSWORD)
    assert response.status_code == 302
    assert "/accounts/login/" not in response.headers["Location"]


def test_the_contact_limit_holds_across_both_servers(servers):
    (first, second), recipient = servers
    alice = Browser("198.51.100.22")
    assert alice.log_in(first, "alice@example.org", PASSWORD).status_code == 302
    sent = []
    for attempt in range(6):
        server = (first, second)[attempt % 2]
        response = alice.post_form(
            f"{server}/members/{recipient}/",
            {"message": f"Hello {attempt}"},
            claimed=f"192.0.2.{attempt}",
            action=f"{server}/members/account/messages/new/{recipient}/",
        )
        sent.append(response.status_code)
    assert sent == [302] * 5 + [400]
