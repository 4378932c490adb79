"""Django's own Redis cache, made to degrade rather than fail.

The cache holds nothing that cannot be lost: rendered pages, the content version,
per-process memo keys, rate-limit counters. Sessions are in the database. So when
Redis is missing or unreachable the site keeps serving: every read is a miss,
every write is dropped, a counter counts from one (rate limits are not enforced
until Redis is back), and one line is logged when it goes and one when it comes
back. /readyz reports the cache as failed meanwhile (home/health.py), so a load
balancer or an operator sees it.

After a failure the server is not asked again for RETRY_SECONDS, so a request
during an outage does not wait on a connection attempt per cache call.

Django's own backend also builds a new `redis.Redis` object for every cache call
(the connection itself comes from a pool, but the client object fills a table of
some three hundred response callbacks each time). A cached page costs one cache
read, so that construction was most of its cost: one client per server is kept
for the life of the process instead (a `redis.Redis` object is safe to share
between threads, and its pool hands out the connections as before).

A cached page is one read, so that read has its own lean path, `get_many_plain`:
the keys are the site's own (not validated again), and it goes over one
connection each thread keeps for the process. Django takes a connection from the
pool and hands it back on every call, and redis-py's client wraps each command in
retries, events and metrics; together they cost as much again as the read itself
(about 65 µs of a cached page's 210 µs in the app). The connection is redis-py's
own, which drops itself on any error mid-command, so a reply can never be read
for the wrong request.

Settings: CACHES["default"]["BACKEND"] = "home.cache_backend.ResilientRedisCache",
LOCATION the redis:// URL (site/settings/env.py cache_from_url does it)."""

import logging
import os
import threading
import time
from urllib.parse import urlsplit

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

UNREACHABLE = (RedisConnectionError, RedisTimeoutError)
RETRY_SECONDS = 5


class ReusedRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            if index not in self._pools:
                self._pools[index] = self._pool_class.from_url(
                    self._servers[index], **self._pool_options
                )
            client = self._clients[index] = self._client(connection_pool=self._pools[index])
        return client


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedRedisCacheClient
        self._lock = threading.Lock()
        self._held = threading.local()
        self._down_until = 0.0
        self._down = False
        # Host and port only: the URL may carry a password.
        parts = urlsplit(self._servers[0])
        self._where = f"{parts.hostname}:{parts.port or 6379}"

    def _call(self, fallback, method, *args, **kwargs):
        if self._down and time.monotonic() < self._down_until:
            return fallback
        try:
            result = method(*args, **kwargs)
        except UNREACHABLE as exc:
            self._unreachable(exc)
            return fallback
        self._reachable()
        return result

    def _unreachable(self, exc):
        with self._lock:
            self._down_until = time.monotonic() + RETRY_SECONDS
            if not self._down:
                self._down = True
                logger.error(
                    "Cache unreachable: Redis at %s (%s); serving pages without it",
                    self._where,
                    type(exc).__name__,
                )

    def _reachable(self):
        if self._down:
            with self._lock:
                if self._down:
                    self._down = False
                    logger.warning("Cache reachable again: Redis at %s", self._where)

    def _held_connection(self):
        """This thread's connection, made again in a forked child (a connection
        inherited from the parent would be shared with it)."""
        pid = os.getpid()
        if getattr(self._held, "pid", None) != pid:
            pool = self._cache.get_client(write=False).connection_pool
            # Made as the pool makes its own (same URL, time-outs), but kept out of it.
            self._held.connection = pool.connection_class(**pool.connection_kwargs)
            self._held.pid = pid
        return self._held.connection

    def get_many_plain(self, keys):
        """get_many for the page cache's read (see above). One immediate second try,
        as the configured retry does: the first use of a connection left from before
        a Redis restart fails, and that is not an outage."""
        if self._down and time.monotonic() < self._down_until:
            return {}
        redis_keys = [self.make_key(key) for key in keys]
        connection = self._held_connection()
        for attempt in (1, 2):
            try:
                connection.send_command("MGET", *redis_keys)
                values = connection.read_response()
                break
            except UNREACHABLE as exc:
                connection.disconnect()
                if attempt == 2:
                    self._unreachable(exc)
                    return {}
        self._reachable()
        loads = self._cache._serializer.loads
        found = zip(keys, values, strict=True)
        return {key: loads(value) for key, value in found if value is not None}

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(False, super().add, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._call(default, super().get, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(None, super().set, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(False, super().touch, key, timeout, version)

    def delete(self, key, version=None):
        return self._call(False, super().delete, key, version)

    def get_many(self, keys, version=None):
        return self._call({}, super().get_many, keys, version)

    def has_key(self, key, version=None):
        return self._call(False, super().has_key, key, version)

    def incr(self, key, delta=1, version=None):
        # As if the counter had just started: a limit is not enforced meanwhile.
        return self._call(delta, super().incr, key, delta, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(list(data), super().set_many, data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._call(None, super().delete_many, keys, version)

    def clear(self):
        return self._call(False, super().clear)
