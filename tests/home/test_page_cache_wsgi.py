"""The WSGI front of the page cache (home/page_cache.py, CachedPageApplication):
a plain anonymous request for a cached page is answered before Django builds a
request, exactly as the middleware would answer it; anything else, and anything
after a change, goes through Django."""

import io

import pytest
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import RequestFactory, override_settings
from wagtail.models import Page

from cop_site.wsgi import application
from home import content_version
from home.models import StandardPage
from home.page_cache import RecentEntries
from tests.factories import english

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def real_hosts():
    with override_settings(ALLOWED_HOSTS=["testserver"], PAGE_CACHE_SECONDS=600):
        yield


class Answer:
    def __init__(self, status, headers, body, through_django):
        self.status, self.headers, self.body = status, dict(headers), body
        self.names = [name.lower() for name, _value in headers]
        self.through_django = through_django


def wsgi_get(path, **environ):
    environ.setdefault("HTTP_HOST", "testserver")
    request_environ = RequestFactory().get(path, **environ).environ
    request_environ["wsgi.input"] = io.BytesIO(b"")
    started = []

    def saw(**kwargs):
        started.append(True)

    # As Django's test client does: the test's database transaction stays open.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    request_started.connect(saw)
    answered = []
    try:
        body = application(
            request_environ, lambda status, headers: answered.extend([status, headers])
        )
        content = b"".join(body)
        if hasattr(body, "close"):
            body.close()
    finally:
        request_started.disconnect(saw)
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
    return Answer(answered[0], answered[1], content, bool(started))


def page_entries():
    return [key for key in cache._cache if ":page:" in key]


def cache_it(client, path):
    client.get(path)
    hit = client.get(path)
    assert hit.get("X-Page-Cache") == "hit"
    return hit


def test_a_plain_hit_is_answered_before_django_as_the_middleware_would(
    client, django_assert_num_queries
):
    hit = cache_it(client, "/about/")
    with django_assert_num_queries(0):
        answer = wsgi_get("/about/")
    assert not answer.through_django
    assert answer.status == "200 OK"
    assert answer.body == hit.content
    assert answer.headers["Content-Length"] == str(len(hit.content))
    # Each header once: two Content-Length headers make clients drop the answer.
    assert len(answer.names) == len(set(answer.names))
    for name in ("ETag", "Last-Modified", "Cache-Control", "Vary", "Content-Type"):
        assert answer.headers[name] == hit[name], name
    for name in ("Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options"):
        if hit.has_header(name):
            assert answer.headers[name] == hit[name], name


def test_a_hit_in_front_of_django_is_logged_with_its_request_id(client, caplog):
    """Every request has its log line and request id, cached or not."""
    cache_it(client, "/about/")
    given = "nginx-0123456789abcdef"
    with caplog.at_level("INFO", logger="home.request"):
        answer = wsgi_get("/about/", HTTP_X_REQUEST_ID=given)
        fresh = wsgi_get("/about/")
    assert not answer.through_django and not fresh.through_django
    assert answer.headers["X-Request-ID"] == given
    assert fresh.headers["X-Request-ID"] not in ("", given)
    lines = [record for record in caplog.records if record.name == "home.request"]
    assert [(line.path, line.status, line.request_id) for line in lines] == [
        ("/about/", 200, given),
        ("/about/", 200, fresh.headers["X-Request-ID"]),
    ]


def test_a_publish_reaches_the_next_plain_request_at_once(client):
    cache_it(client, "/about/")
    about = english(StandardPage).get(slug="about")
    about.title = "About the network, again"
    about.save_revision().publish()
    answer = wsgi_get("/about/")
    assert answer.through_django
    assert "<h1>About the network, again</h1>" in answer.body.decode()
    assert not wsgi_get("/about/").through_django  # and is cached again


def test_an_unpublished_page_is_not_answered_from_the_front(client):
    cache_it(client, "/about/")
    english(StandardPage).get(slug="about").unpublish()
    assert Page.objects.get(url_path="/home/about/").live is False
    answer = wsgi_get("/about/")
    assert answer.through_django and answer.status.startswith("404")


@pytest.mark.parametrize(
    "environ",
    [
        {"HTTP_COOKIE": "sessionid=abc"},
        {"HTTP_COOKIE": "messages=abc"},
        {"HTTP_IF_NONE_MATCH": '"x"'},
        {"HTTP_IF_MODIFIED_SINCE": "Thu, 01 Jan 2026 00:00:00 GMT"},
        {"HTTP_AUTHORIZATION": "Basic eDp5"},
        {"HTTP_HOST": "testserver:8001"},
        {"QUERY_STRING": "utm_source=x"},
    ],
)
def test_anything_but_a_plain_request_goes_through_django(client, environ):
    cache_it(client, "/about/")
    assert wsgi_get("/about/", **environ).through_django


def test_an_unknown_host_is_refused_by_django(client):
    cache_it(client, "/about/")
    answer = wsgi_get("/about/", HTTP_HOST="evil.example")
    assert answer.through_django and answer.status.startswith("400")


def test_headers_and_cookies_create_no_entries(client):
    cache_it(client, "/about/")
    before = len(page_entries())
    for n in range(10):
        answer = wsgi_get(
            "/about/",
            HTTP_COOKIE=f"tracker={n}",
            HTTP_USER_AGENT=f"agent {n}",
            HTTP_ACCEPT_LANGUAGE="cy",
            HTTP_X_FORWARDED_HOST=f"evil{n}.example",
            HTTP_X_FORWARDED_PROTO="https" if n % 2 else "http",
        )
        assert answer.status == "200 OK"
        assert f"evil{n}" not in answer.body.decode()
        assert '<html lang="en"' in answer.body.decode()
    assert len(page_entries()) <= before + 1  # at most the https copy of the page


def test_a_change_made_in_another_process_reaches_the_next_plain_request(client):
    """This process keeps the entries it answered lately; each answer still checks
    the content version in the shared cache, which another app server may replace."""
    cache_it(client, "/about/")
    assert not wsgi_get("/about/").through_django
    english(StandardPage).filter(slug="about").update(title="Renamed on another server")
    cache.set(content_version.VERSION_KEY, "set-by-another-server")
    answer = wsgi_get("/about/")
    assert answer.through_django
    assert "<h1>Renamed on another server</h1>" in answer.body.decode()


def test_the_entries_a_process_keeps_are_bounded_by_size(monkeypatch):
    recent = RecentEntries()
    monkeypatch.setattr(RecentEntries, "MAX_BYTES", 250)
    for n in range(5):
        recent.put(f"page-{n}", {"content": b"x" * 100})
        recent.get("page-0")  # read again: kept
    assert len(recent) == 2
    assert recent.get("page-0") is not None and recent.get("page-4") is not None
    recent.put("too-big", {"content": b"x" * 251})
    assert recent.get("too-big") is None
