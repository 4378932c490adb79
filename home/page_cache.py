"""The anonymous page cache: a published page, as every anonymous visitor sees it,
is rendered once and then served from the shared cache (Redis in production,
CACHE_URL) until its content changes.

Why our own middleware rather than wagtail-cache: wagtail-cache (3.0) supports
Wagtail up to 7.0, keys entries on the whole URL with its query string (so random
query parameters create entries without bound), and clears everything only on
publish, which misses privacy changes, site settings, registrations and time.

What is cached (all of these, or the page is rendered as usual):
- a GET for a Wagtail page (marked by the before_serve_page hook below) with no
  query string, answered 200, not under any view restriction;
- from a request that carries no session and no messages cookie (so nobody logged
  in, no pending messages, no password-restricted page passed), and whose Host is
  one of ALLOWED_HOSTS exactly, with no port or the server's own: attacker-chosen
  hosts, ports, query strings and cookies therefore never create entries;
- a response that sets no cookie, used no CSRF token (a page with a POST form) and
  no CSP nonce, and says nothing against caching (private, no-store).

The middleware comes first of all, so a hit costs one cache read and nothing else;
the response is replayed with the headers the other middleware gave it when it was
rendered (security headers, the Content-Security-Policy without a nonce). In front
of Django, `CachedPageApplication` (cop_site/wsgi.py) answers the plainest hits
(a GET with no cookie of ours, no query string, no conditional headers) straight
from the WSGI environment with the entry's ready-made headers: no request object,
no signals, no response object. Anything else goes to Django as before.

Entries are keyed by scheme, host and path (the path holds the language prefix)
and stored with the content version (home/content_version.py) they were rendered
under; any content change replaces the version, so the next visitor gets a fresh
render. Time-dependent content (the next meeting, registration opening) limits an
entry's lifetime through the `page_cache_expiry` hook. A cold cache renders pages
as usual.

Browsers and CDNs get `Cache-Control: public, no-cache` with an ETag and
Last-Modified, so they revalidate every time and a 304 costs one cache read."""

import hashlib
import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache
from django.core.handlers.wsgi import get_path_info, get_script_name
from django.http import HttpResponse
from django.http.cookie import parse_cookie
from django.http.request import split_domain_port
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date
from wagtail import hooks

from . import content_version
from .privacy import restricted_paths
from .request_log import log_request, request_id_from_environ, server_name

KEY_PREFIX = "page:"
NO_CACHE_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")
NEVER_PAGES = (settings.STATIC_URL, settings.MEDIA_URL, "/documents/", "/admin/")
# Headers the inner middleware sets per request, never replayed from an entry.
NOT_STORED = {"set-cookie", "etag", "last-modified", "cache-control"}
BROWSER_CACHE_CONTROL = "public, no-cache"


def lifetime():
    return getattr(settings, "PAGE_CACHE_SECONDS", 0)


def mark_cacheable(page, request):
    """Called for every page Wagtail serves: a page under no view restriction may be
    cached (the middleware still decides by the response)."""
    if not any(page.path.startswith(prefix) for prefix in restricted_paths(request)):
        request._page_cache_page = page.pk


def entry_key(request):
    """The cache key, or None when this request may not use the cache at all."""
    if request.method not in ("GET", "HEAD") or request.META.get("QUERY_STRING"):
        return None
    if request.path_info.startswith(NEVER_PAGES):
        return None  # static files, media, documents, the admin: no cache look-up
    if any(name in request.COOKIES for name in NO_CACHE_COOKIES):
        return None
    if "HTTP_AUTHORIZATION" in request.META:
        return None
    host = request.get_host()  # raises DisallowedHost (400) for a host not allowed
    domain, port = split_domain_port(host)
    if domain not in settings.ALLOWED_HOSTS or (port and port != request.get_port()):
        return None
    return _key(request.scheme, host, request.path)


def _key(scheme, host, path):
    return f"{KEY_PREFIX}{scheme}:{host}:{hashlib.sha256(path.encode()).hexdigest()}"


def storable(request, response):
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return False
    if getattr(request, "_page_cache_page", None) is None or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or request.META.get("CSRF_COOKIE_USED"):
        return False
    if getattr(request, "_csp_nonce", None) is not None:
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    cache_control = response.get("Cache-Control", "")
    return not any(word in cache_control for word in ("private", "no-store"))


def expires_at(request):
    """The earliest time cached pages stop being true on their own (the next
    meeting starts), from the `page_cache_expiry` hooks, worked out once per
    content version."""

    def compute():
        times = [fn() for fn in hooks.get_hooks("page_cache_expiry")]
        return min((t for t in times if t is not None), default=None)

    when = content_version.memo.get(request, "page_cache_expiry", compute)
    return when.timestamp() if when is not None else None


def _add_browser_headers(response, etag, modified):
    response["ETag"] = etag
    response["Last-Modified"] = http_date(modified)
    response["Cache-Control"] = BROWSER_CACHE_CONTROL
    patch_vary_headers(response, ("Cookie",))


def read_entries(keys):
    """One cache read for a page: Redis's lean path when the cache is Redis
    (home/cache_backend.py), otherwise the cache's own get_many."""
    get_many = getattr(cache, "get_many_plain", None) or cache.get_many
    return get_many(keys)


def _replayed(entry):
    response = HttpResponse(entry["content"], status=200)
    for name, value in entry["headers"]:
        response[name] = value
    response["X-Page-Cache"] = "hit"
    return response


def _with_browser_headers(request, response, etag, modified):
    _add_browser_headers(response, etag, modified)
    return get_conditional_response(
        request, etag=etag, last_modified=int(modified), response=response
    )


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = lifetime()
        key = entry_key(request) if seconds > 0 else None
        if key is None:
            return self.get_response(request)

        found = read_entries([content_version.VERSION_KEY, key])
        version = found.get(content_version.VERSION_KEY)
        if version is None:
            version = content_version.current(request)
        content_version.remember(request, version)
        entry = found.get(key)
        now = time.time()
        if entry and entry["version"] == version and entry["expires"] > now:
            return _with_browser_headers(
                request, _replayed(entry), entry["etag"], entry["modified"]
            )

        response = self.get_response(request)
        if not storable(request, response):
            return response
        expires = now + seconds
        boundary = expires_at(request)
        if boundary is not None:
            expires = min(expires, boundary)
        if expires <= now:
            return response
        etag = f'"{hashlib.md5(response.content, usedforsecurity=False).hexdigest()}"'
        entry = {
            "version": version,
            "expires": expires,
            "content": response.content,
            "headers": [(k, v) for k, v in response.items() if k.lower() not in NOT_STORED],
            "etag": etag,
            "modified": now,
        }
        # The whole answer to a plain hit, for CachedPageApplication.
        replay = _replayed(entry)
        _add_browser_headers(replay, etag, now)
        entry["wsgi_headers"] = [
            *((name, value) for name, value in replay.items() if name.lower() != "content-length"),
            ("Content-Length", str(len(response.content))),
        ]
        cache.set(key, entry, int(expires - now) + 1)
        response["X-Page-Cache"] = "miss"
        return _with_browser_headers(request, response, etag, now)


# Before Django: a plain hit answered from the WSGI environment


def plain_key(environ):
    """The entry key for a request the WSGI front may answer itself, else None: the
    same key entry_key() gives, for a narrower set of requests (anything unusual,
    including a Host Django would have to check, goes through Django)."""
    if environ.get("REQUEST_METHOD") != "GET" or environ.get("QUERY_STRING"):
        return None
    if "HTTP_AUTHORIZATION" in environ or "HTTP_IF_NONE_MATCH" in environ:
        return None
    if "HTTP_IF_MODIFIED_SINCE" in environ:
        return None
    if settings.USE_X_FORWARDED_HOST or settings.USE_X_FORWARDED_PORT:
        return None
    cookies = environ.get("HTTP_COOKIE")
    if cookies and any(name in parse_cookie(cookies) for name in NO_CACHE_COOKIES):
        return None
    host = environ.get("HTTP_HOST")
    if not host:
        return None
    domain, port = split_domain_port(host)
    if domain not in settings.ALLOWED_HOSTS or (port and port != str(environ.get("SERVER_PORT"))):
        return None
    path_info = get_path_info(environ)
    if path_info.startswith(NEVER_PAGES):
        return None
    script_name = get_script_name(environ)
    path = "{}/{}".format(script_name.rstrip("/"), path_info.replace("/", "", 1))
    return _key(_scheme(environ), host, path)


def _scheme(environ):
    """request.scheme, as Django works it out."""
    if settings.SECURE_PROXY_SSL_HEADER:
        header, secure_value = settings.SECURE_PROXY_SSL_HEADER
        value = environ.get(header)
        if value is not None:
            return "https" if value.split(",", 1)[0].strip() == secure_value else "http"
    return environ.get("wsgi.url_scheme", "http")


class CachedPageApplication:
    """Wraps Django's WSGI application: a plain request for a page in the cache is
    answered here with one cache read (of the content version alone when this
    process answered the page lately, RecentEntries); every other request, a miss or
    an entry of another content version goes to Django (and its PageCacheMiddleware)."""

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        started = time.monotonic()
        key = plain_key(environ) if lifetime() > 0 else None
        entry = self._current_entry(key) if key is not None else None
        if entry is None:
            return self.application(environ, start_response)
        request_id = request_id_from_environ(environ)
        headers = [*entry["wsgi_headers"], ("X-Request-ID", request_id)]
        if server_name():
            headers.append(("X-Served-By", server_name()))
        start_response("200 OK", headers)
        log_request(request_id, "GET", get_path_info(environ), 200, started)
        return [entry["content"]]

    @staticmethod
    def _current_entry(key):
        """The entry to answer with, checked against the content version now in the
        shared cache; None sends the request to Django."""
        entry = RECENT.get(key)
        if entry is not None:
            version = read_entries([content_version.VERSION_KEY]).get(content_version.VERSION_KEY)
            if _answers(entry, version):
                return entry
        found = read_entries([content_version.VERSION_KEY, key])
        entry = found.get(key)
        if not _answers(entry, found.get(content_version.VERSION_KEY)):
            return None
        RECENT.put(key, entry)
        return entry


def _answers(entry, version):
    return (
        entry is not None
        and "wsgi_headers" in entry
        and version is not None
        and entry["version"] == version
        and entry["expires"] > time.time()
    )


class RecentEntries:
    """The entries this process answered lately. Answering one again then reads only
    the content version from the shared cache (a few bytes, not the page's tens of
    kilobytes), and the check against it is the same, so a change anywhere still
    reaches the next request at once. Least recently used go first past MAX_BYTES."""

    MAX_BYTES = 16 * 1024 * 1024

    def __init__(self):
        self._entries = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
            return entry

    def put(self, key, entry):
        size = len(entry["content"])
        if size > self.MAX_BYTES:
            return
        with self._lock:
            replaced = self._entries.pop(key, None)
            if replaced is not None:
                self._bytes -= len(replaced["content"])
            self._entries[key] = entry
            self._bytes += size
            while self._bytes > self.MAX_BYTES:
                _key, dropped = self._entries.popitem(last=False)
                self._bytes -= len(dropped["content"])

    def __len__(self):
        return len(self._entries)


RECENT = RecentEntries()
