"""The page cache on a real Redis, as in production: a cached page is read over the
cache backend's lean path (home/cache_backend.py get_many_plain), in front of
Django, and a Redis restart costs each page one render, not an outage."""

import logging
import shutil
import socket
import subprocess
import time

import pytest
from django.test import override_settings

from cop_site.settings.env import cache_from_url
from tests.home.test_page_cache_wsgi import cache_it, wsgi_get

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not shutil.which("redis-server"), reason="redis-server is not installed"),
]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RedisServer:
    def __init__(self):
        self.port = free_port()
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            ["redis-server", "--bind", "127.0.0.1", "--port", str(self.port), "--save", ""],
            stdout=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                assert time.monotonic() < deadline, "redis-server did not start"
                time.sleep(0.05)

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


@pytest.fixture
def redis_server():
    server = RedisServer()
    server.start()
    caches = {"default": cache_from_url(f"redis://127.0.0.1:{server.port}/0")}
    with override_settings(CACHES=caches, ALLOWED_HOSTS=["testserver"], PAGE_CACHE_SECONDS=600):
        yield server
    server.stop()


def test_a_cached_page_is_answered_from_redis_in_front_of_django(client, redis_server):
    hit = cache_it(client, "/about/")
    answer = wsgi_get("/about/")
    assert not answer.through_django
    assert answer.body == hit.content
    assert answer.headers["ETag"] == hit["ETag"]


def test_a_redis_restart_costs_one_render_and_is_not_an_outage(client, redis_server, caplog):
    cache_it(client, "/about/")
    assert not wsgi_get("/about/").through_django
    redis_server.stop()
    redis_server.start()  # empty: nothing is persisted
    with caplog.at_level(logging.WARNING, logger="home.cache_backend"):
        again = wsgi_get("/about/")
        assert again.through_django and again.status == "200 OK"
        assert b"<h1>About" in again.body
        # Kept again at once: the cache was not taken for down.
        assert not wsgi_get("/about/").through_django
    assert not [r for r in caplog.records if r.name == "home.cache_backend"]


def test_a_stopped_redis_serves_pages_without_it(client, redis_server, caplog):
    cache_it(client, "/about/")
    redis_server.stop()
    with caplog.at_level(logging.WARNING, logger="home.cache_backend"):
        for _ in range(3):
            answer = wsgi_get("/about/")
            assert answer.through_django and answer.status == "200 OK"
    lines = [r.getMessage() for r in caplog.records if r.name == "home.cache_backend"]
    assert len(lines) == 1 and lines[0].startswith("Cache unreachable: Redis at 127.0.0.1:")
