"""Rate limits that hold across app servers and behind a proxy.

The counters live in Django's default cache, which production points at a shared
one (CACHE_URL: Redis, or a database table), so every worker on every machine counts
the same tries. Who is asking comes from client_ip(), the same reading of the
trusted proxy's header that allauth's own limits use (TRUSTED_PROXY_COUNT /
TRUSTED_CLIENT_IP_HEADER), never from whatever X-Forwarded-For a client sends.
"""

from allauth.account.adapter import get_adapter
from django.conf import settings
from django.core import checks
from django.core.cache import cache


def client_ip(request):
    """The address of the person making the request, as the trusted proxy saw it."""
    return get_adapter(request).get_client_ip(request)


def within_limit(key, limit, window):
    """Count one try against `key`; False once more than `limit` were made in `window`
    seconds. The first try of a window starts the clock."""
    key = f"rate-limit:{key}"
    if cache.add(key, 1, window):
        return True
    try:
        return cache.incr(key) <= limit
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, window)
        return True


LOCAL_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}


@checks.register(checks.Tags.caches, deploy=True)
def rate_limits_need_a_shared_cache(app_configs, **kwargs):
    if settings.CACHES["default"]["BACKEND"] in LOCAL_CACHES:
        return [
            checks.Warning(
                "The cache is local to each process, so login and contact limits do not "
                "hold across workers.",
                hint="Set CACHE_URL to redis://host:6379/0 or db://table_name.",
                id="home.W001",
            )
        ]
    return []
