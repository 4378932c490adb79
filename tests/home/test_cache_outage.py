"""Redis missing or unreachable in production: /readyz fails and one clear line is
logged, and the site still serves pages (without its cache, limits counting from one)."""

import logging
import socket

import pytest
from django.core.cache import cache
from django.core.cache.backends.redis import RedisCache

from cop_site.settings.env import cache_from_url
from home import health
from home.cache_backend import ResilientRedisCache
from home.ratelimit import within_limit


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # nothing listens once the socket is closed


@pytest.fixture
def redis_down(settings):
    settings.CACHES = {"default": cache_from_url(f"redis://127.0.0.1:{closed_port()}/0")}
    health._State.failed = {}
    yield
    health._State.failed = {}


def test_a_redis_url_gives_the_resilient_redis_cache():
    config = cache_from_url("redis://:secret@cache.internal:6380/1")
    assert config["BACKEND"] == "home.cache_backend.ResilientRedisCache"
    assert issubclass(ResilientRedisCache, RedisCache)  # Django's own, with misses for errors


@pytest.mark.django_db
def test_pages_still_answer_when_redis_is_unreachable(client, redis_down, caplog):
    caplog.set_level(logging.WARNING)
    for path in ["/", "/about/", "/events/", "/cy/", "/"]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.get("X-Page-Cache") != "hit"  # nothing could be kept
    cache_lines = [r for r in caplog.records if r.name == "home.cache_backend"]
    assert len(cache_lines) == 1
    line = cache_lines[0].getMessage()
    assert line.startswith("Cache unreachable: Redis at 127.0.0.1:")
    assert "serving pages without it" in line


@pytest.mark.django_db
def test_readyz_names_the_cache_when_redis_is_unreachable(client, redis_down, caplog):
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "failed": ["cache"]}
    assert "Not ready: cache (ConnectionError) unreachable" in caplog.text
    assert client.get("/healthz").status_code == 200  # the process itself is fine


def test_rate_limits_let_people_through_while_redis_is_unreachable(redis_down):
    assert all(within_limit("login:203.0.113.9", 2, 60) for _ in range(5))
    assert cache.get("anything", "fallback") == "fallback"
    assert cache.get_or_set("vocabulary", lambda: ["words"], 60) == ["words"]


def test_a_password_in_the_redis_url_is_not_logged(settings, caplog):
    port = closed_port()
    settings.CACHES = {"default": cache_from_url(f"redis://:hunter2secret@127.0.0.1:{port}/0")}
    cache.get("x")
    assert "hunter2secret" not in caplog.text
    assert f"127.0.0.1:{port}" in caplog.text
