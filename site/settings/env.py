"""Small helpers that read settings from the environment with clear errors."""

import os

from django.core.exceptions import ImproperlyConfigured

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off", ""}


def env_str(name, default=None):
    return os.environ.get(name, default)


def env_bool(name, default=False):
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in TRUE_WORDS:
        return True
    if value in FALSE_WORDS:
        return False
    raise ImproperlyConfigured(f"{name}={raw!r} is not a yes/no value: use true or false.")


def env_int(name, default):
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r} is not a whole number.") from None


def env_list(name, default=()):
    raw = os.environ.get(name)
    if raw is None:
        return list(default)
    return [item.strip() for item in raw.split(",") if item.strip()]


def database_from_url(url):
    """Parse DATABASE_URL, turning a typo into one line that says what to fix."""
    import dj_database_url

    try:
        config = dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    except Exception:  # dj-database-url raises several types for bad input
        raise ImproperlyConfigured(
            "DATABASE_URL could not be read: use a URL such as "
            "postgres://user:password@host:5432/name or sqlite:///path/to/file.sqlite3."
        ) from None
    if not config.get("ENGINE"):
        raise ImproperlyConfigured(
            "DATABASE_URL names an unknown database scheme: use postgres:// or sqlite://."
        )
    return config


def cache_from_url(url):
    """Map CACHE_URL to Django's CACHES; locmem:// (default), db://table, redis://host."""
    if url.startswith("locmem://"):
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    if url.startswith("db://"):
        return {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": url.removeprefix("db://") or "cache_table",
        }
    if url.startswith(("redis://", "rediss://")):
        # One client object per process (home/redis_cache.py), not one per call.
        return {"BACKEND": "home.redis_cache.ReusedClientRedisCache", "LOCATION": url}
    if url.startswith("dummy://"):
        return {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
    raise ImproperlyConfigured(
        f"CACHE_URL={url!r} is not understood: use locmem://, db://table_name or redis://host:port/0."
    )
