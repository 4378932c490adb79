"""The production check: the site as it runs in production (deploy/local_cluster.py:
nginx in front of two gunicorn app servers, PostgreSQL, Redis, a task worker, the
scheduler and an SMTP server, all on loopback), a member's whole journey through
it, and the faults it must survive. Marked `cluster`: not part of `make test`;
.ci/run runs it afterwards (`pytest -m cluster tests/cluster`)."""

import email
import importlib.util
import json
import mailbox
import re
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest
import requests

from tests.chromium import in_ci

pytestmark = pytest.mark.cluster

DEPLOY = Path(__file__).resolve().parents[2] / "deploy" / "local_cluster.py"
_spec = importlib.util.spec_from_file_location("local_cluster", DEPLOY)
local_cluster = importlib.util.module_from_spec(_spec)
sys.modules["local_cluster"] = local_cluster
_spec.loader.exec_module(local_cluster)

PASSWORD = "a-sound-passphrase-42"
# Long enough for a sign-up's password hashing on a small machine that is busy;
# polling loops use their own short deadlines.
TIMEOUT = 30
FIND_CONTENT = """
import json
from events.models import EventPage
from resources.models import ResourcePage
events = [p for p in EventPage.objects.live().public().filter(locale__language_code='en')
          if p.registration_state() == 'open']
doc = ResourcePage.objects.get(
    slug='pilot-partners-contact-sheet', locale__language_code='en').document
print(json.dumps({'events': [p.url for p in events], 'document': doc.url}))
"""
COUNTS = """
import json
from events.models import EventPage, Registration
mine = Registration.objects.filter(user__email='{email}').exclude(status='cancelled')
over = [e.pk for e in EventPage.objects.all()
        if e.capacity is not None and e.confirmed_count > e.capacity]
print(json.dumps({{'registrations': mine.count(), 'over_capacity': over}}))
"""
HOME_HEADINGS = (
    "from django.test import Client; import re, json;"
    "html = Client().get('/', HTTP_HOST='127.0.0.1').content.decode();"
    "print(json.dumps(re.findall(r'<h[1-3][^>]*>(.*?)</h[1-3]>', html, re.S)))"
)


@pytest.fixture(scope="module")
def cluster():
    missing = local_cluster.missing_parts()
    if missing:
        message = f"The production check needs: apt-get install {' '.join(missing)}"
        if in_ci():
            pytest.fail(message)
        pytest.skip(message)
    started = time.monotonic()
    with local_cluster.Cluster() as running:
        print(f"\ncluster started in {time.monotonic() - started:.0f} s")
        yield running


class LoopbackCookies(requests.cookies.RequestsCookieJar):
    """Production cookies are Secure; on loopback there is no HTTPS (browsers keep
    secure cookies for localhost too), so this client sends them over plain HTTP."""

    def set_cookie(self, cookie, *args, **kwargs):
        cookie.secure = False
        return super().set_cookie(cookie, *args, **kwargs)


def browser():
    session = requests.Session()
    session.cookies = LoopbackCookies()
    return session


def csrf_token(html):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)


def post_form(session, url, data, action="", **kwargs):
    page = session.get(url, timeout=TIMEOUT)
    assert page.status_code == 200, (url, page.status_code)
    return session.post(
        url + action,
        data={"csrfmiddlewaretoken": csrf_token(page.text), **data},
        timeout=TIMEOUT,
        **kwargs,
    )


def messages_to(cluster, address):
    box = mailbox.Maildir(cluster.maildir, create=False)
    return [
        email.message_from_bytes(box.get_bytes(key))
        for key in box.keys()
        if address in box.get_message(key)["To"]
    ]


def wait_for_count(cluster, address, count, timeout=30):
    deadline = time.monotonic() + timeout
    while len(messages_to(cluster, address)) < count:
        assert time.monotonic() < deadline, f"fewer than {count} e-mails to {address}"
        time.sleep(0.3)


def wait_for_mail(cluster, address, subject_part, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = [m for m in messages_to(cluster, address) if subject_part in m["Subject"]]
        if found:
            return found
        time.sleep(0.3)
    raise AssertionError(f"no e-mail to {address} about {subject_part!r} within {timeout} s")


def body_of(message):
    part = next(p for p in message.walk() if p.get_content_type() == "text/plain")
    return part.get_payload(decode=True).decode()


class Load:
    """A bounded load: two clients fetching public pages with short time-outs."""

    PATHS = ["/", "/about/", "/events/", "/resources/"]

    def __init__(self, url):
        self.url, self.results, self.running = url, [], True

    def client(self):
        session = requests.Session()
        i = 0
        while self.running:
            path = self.PATHS[i % len(self.PATHS)]
            i += 1
            try:
                status = session.get(self.url + path, timeout=15).status_code
            except requests.RequestException as exc:
                status = type(exc).__name__
            self.results.append(status)
            time.sleep(0.05)

    def __enter__(self):
        self.threads = [threading.Thread(target=self.client) for _ in range(2)]
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.running = False
        for thread in self.threads:
            thread.join(10)


def test_production_journey_and_faults(cluster):
    url = cluster.url
    found = cluster.manage("shell", "-c", FIND_CONTENT).stdout.strip().splitlines()[-1]
    content = json.loads(found)
    first_event, second_event = content["events"][:2]
    served_by = set()

    # --- Sign up, confirm by e-mail, be approved ---
    person = browser()
    address = f"cluster-{uuid.uuid4().hex[:8]}@example.org"
    response = post_form(
        person,
        url + "/accounts/signup/",
        {
            "full_name": "Cleo Cluster",
            "email": address,
            "password1": PASSWORD,
            "organisation": "Loopback Museum",
            "role": "Volunteer",
            "region": "wales",
            "why_join": "We run heritage walks with a link worker.",
            "privacy": "on",
        },
    )
    assert response.status_code == 200 and "/accounts/confirm-email/" in response.url
    served_by.update(r.headers.get("X-Served-By") for r in [response, *response.history])
    (confirmation,) = wait_for_mail(cluster, address, "onfirm")
    link = re.search(r"/accounts/confirm-email/[^\s/]+/", body_of(confirmation)).group(0)
    response = post_form(person, url + link, {})
    assert response.status_code == 200
    cluster.manage("approve_member", address)
    wait_for_count(cluster, address, 2)  # the decision, delivered by the worker
    account = person.get(url + "/members/account/", timeout=TIMEOUT)
    assert account.status_code == 200 and "Cleo Cluster" in account.text

    # --- Register for an event, download a members-only file ---
    started = time.monotonic()
    response = post_form(person, url + first_event, {"access_needs": ""}, action="register/")
    usual = time.monotonic() - started
    assert response.status_code == 200
    assert "Your place is confirmed" in response.text or "waiting list" in response.text
    download = None
    for _ in range(20):  # the worker indexes new pages' files within a moment
        download = person.get(url + content["document"], timeout=TIMEOUT)
        if download.status_code == 200:
            break
        time.sleep(0.5)
    assert download.status_code == 200
    assert download.content[:4] == b"%PDF"  # sent by nginx from the internal location
    for _ in range(6):
        served_by.add(person.get(url + "/members/account/", timeout=TIMEOUT).headers["X-Served-By"])
    assert {"app1", "app2"} <= served_by

    # --- One app server stops mid-load: the site keeps answering ---
    with Load(url) as load:
        time.sleep(1)
        cluster.stop("app1")
        time.sleep(2)
    assert len(load.results) > 10
    assert set(load.results) == {200}, load.results
    assert person.get(url + "/members/account/", timeout=TIMEOUT).headers["X-Served-By"] == "app2"

    # --- PostgreSQL restarts: the site recovers by itself ---
    with Load(url) as load:
        time.sleep(0.5)
        cluster.restart_postgres()
        time.sleep(0.5)
    assert set(load.results) <= {200, 503}, load.results  # a "try again" page at worst
    deadline = time.monotonic() + 30
    while requests.get(url + "/readyz", timeout=5).status_code != 200:
        assert time.monotonic() < deadline, "not ready again 30 s after the restart"
        time.sleep(0.3)
    assert "Cleo Cluster" in person.get(url + "/members/account/", timeout=TIMEOUT).text
    # The worker and the scheduler rode it out: nothing had to start them again.
    assert cluster.restarts == {}, cluster.restarts

    # --- The mail server is down: registering is as quick as ever, and the e-mail
    # arrives once the mail server is back ---
    cluster.stop("smtp")
    started = time.monotonic()
    response = post_form(
        person, url + second_event, {"access_needs": ""}, action="register/", allow_redirects=False
    )
    took = time.monotonic() - started
    assert response.status_code == 302
    # As quick as the first registration (with the mail server up), give or take.
    assert took < max(3, 2 * usual), f"{took:.1f} s with the mail server down, {usual:.1f} s up"
    before = len(messages_to(cluster, address))
    time.sleep(3)  # the worker tries, fails and schedules a retry
    cluster.start_smtp()
    deadline = time.monotonic() + 40
    while len(messages_to(cluster, address)) == before:
        assert time.monotonic() < deadline, "the registration's e-mail never arrived"
        time.sleep(0.3)
    time.sleep(3)  # and nothing else follows: exactly once
    assert len(messages_to(cluster, address)) == before + 1

    counts = cluster.manage("shell", "-c", COUNTS.format(email=address)).stdout
    counts = json.loads(counts.strip().splitlines()[-1])
    assert counts == {"registrations": 2, "over_capacity": []}

    # --- A backup taken during the run restores into a fresh database ---
    backups = cluster.state / "backups"
    archive = cluster.manage("backup", "--output-dir", str(backups)).stdout.strip()
    fresh = f"restored_{uuid.uuid4().hex[:8]}"
    restored = cluster.database_url.rsplit("/", 1)[0] + "/" + fresh
    cluster.manage(
        "shell",
        "-c",
        f"from django.db import connection\nconnection.cursor().execute('CREATE DATABASE {fresh}')",
    )
    # Its own cache: the live site's Redis holds the live site's pages.
    restored_env = {
        "DATABASE_URL": restored,
        "MEDIA_ROOT": str(cluster.state / fresh),
        "REDIS_URL": "",
    }
    cluster.manage("restore", archive, env=restored_env)
    assert sorted(p.name for p in (cluster.state / fresh).rglob("*.pdf")) == sorted(
        p.name for p in cluster.media.rglob("*.pdf")
    )
    headings = cluster.manage("shell", "-c", HOME_HEADINGS, env=restored_env).stdout
    live = cluster.manage("shell", "-c", HOME_HEADINGS).stdout
    assert headings.strip().splitlines()[-1] == live.strip().splitlines()[-1]
    assert "Heritage" in requests.get(url + "/", timeout=TIMEOUT).text
