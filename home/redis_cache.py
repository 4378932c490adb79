"""Django's Redis cache, with one client per server kept for the life of the process.

Django's own backend builds a new `redis.Redis` object for every cache call (the
connection itself comes from a pool, but the client object fills a table of some
three hundred response callbacks each time). A cached page costs one cache read,
so that construction was most of its cost. A `redis.Redis` object is safe to share
between threads, and its pool hands out the connections as before."""

from django.core.cache.backends.redis import RedisCache, RedisCacheClient


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


class ReusedClientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedRedisCacheClient
