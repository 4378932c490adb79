"""The site's one public address (settings.SITE_URL, from the environment; `make
run` sets it from PORT). E-mail links, the sitemap, robots.txt and the Wagtail
Site record are all built from it, never from the host a request came in on."""

from urllib.parse import urlsplit, urlunsplit

from django.conf import settings


def site_url(path=""):
    """The public address followed by `path`."""
    return settings.SITE_URL.rstrip("/") + path


def public_url(url):
    """`url` (absolute, say from a request, or a path) moved onto the public address."""
    parts = urlsplit(str(url))
    base = urlsplit(site_url())
    return urlunsplit((base.scheme, base.netloc, parts.path, parts.query, parts.fragment))


def hostname_and_port():
    """What the Wagtail Site record holds: the host name and the port (80 or 443
    when the address names none)."""
    parts = urlsplit(site_url())
    return parts.hostname or "localhost", parts.port or (443 if parts.scheme == "https" else 80)
