"""Parts of a page that are the same for every anonymous visitor, rendered once per
content version.

    {% load fragment_tags %}
    {% shared_fragment "page-card" item item.members_only summary %} ... {% endshared_fragment %}
    {% shared_fragment "header" address page no_search %} ... {% endshared_fragment %}

The part between the tags is rendered once and then reused, in this process, until
any content changes (the content version of home/content_version.py: a publish, a
move, a privacy change or a setting is seen by the very next visitor). The parts
are kept apart from the content memo, the least recently used dropped past
MAX_FRAGMENTS, so a crawl of every page never pushes out the menu or the routes. It is kept per
language, scheme, host and set of sections the visitor may not see, and per value
given after the name (a page stands for its type and key). With `address`, it is
kept per path too, and only while a Wagtail page is shown at an address without a
query string (paths and query strings are the visitor's to choose, and would make
entries without bound).

Rendered afresh, never shared: for anyone logged in, a preview, a value that cannot
be a key, and a part whose rendering used the CSRF token or the CSP nonce (which
belong to one response). So nothing personal or secret is ever reused: what is
kept is only ever what an anonymous visitor was shown.
"""

import threading
from collections import OrderedDict

from django import template
from django.db.models import Model
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Page

from home.content_version import current
from home.privacy import hidden_paths

register = template.Library()

KEY_TYPES = (str, int, bool, type(None))
CSRF_FLAGS = ("CSRF_COOKIE_NEEDS_UPDATE", "CSRF_COOKIE_USED")


def _key_part(value):
    if isinstance(value, Model):
        return (value._meta.label_lower, value.pk)
    if isinstance(value, KEY_TYPES):
        return value
    raise TypeError(f"not a fragment key: {type(value).__name__}")


MAX_FRAGMENTS = 3000


class FragmentStore:
    """Rendered parts for the current content version, least recently used first."""

    def __init__(self, size=MAX_FRAGMENTS):
        self.size = size
        self._lock = threading.Lock()
        self._version = None
        self._values = OrderedDict()

    def get(self, version, key):
        with self._lock:
            if version != self._version:
                return None
            value = self._values.get(key)
            if value is not None:
                self._values.move_to_end(key)
            return value

    def put(self, version, key, value):
        with self._lock:
            if version != self._version:
                self._version, self._values = version, OrderedDict()
            self._values[key] = value
            self._values.move_to_end(key)
            while len(self._values) > self.size:
                self._values.popitem(last=False)

    def keys(self, version):
        with self._lock:
            return list(self._values) if version == self._version else []


store = FragmentStore()


def shareable(request):
    if request is None or getattr(request, "is_preview", False):
        return False
    user = getattr(request, "user", None)
    return user is None or not user.is_authenticated


class SharedFragmentNode(template.Node):
    def __init__(self, name, by_address, vary, nodelist):
        self.name = name
        self.by_address = by_address
        self.vary = vary
        self.nodelist = nodelist

    def key(self, context, request):
        if self.by_address and (
            request.META.get("QUERY_STRING") or not isinstance(context.get("page"), Page)
        ):
            return None
        try:
            parts = tuple(_key_part(value.resolve(context)) for value in self.vary)
        except TypeError:
            return None
        address = request.path if self.by_address else None
        return (
            "fragment",
            self.name,
            get_language(),
            request.scheme,
            request.get_host(),
            tuple(hidden_paths(request)),
            address,
            parts,
        )

    def render(self, context):
        request = context.get("request")
        if not shareable(request):
            return self.nodelist.render(context)
        key = self.key(context, request)
        if key is None:
            return self.nodelist.render(context)
        version = current(request)
        kept = store.get(version, key)
        if kept is not None:
            return kept
        # Django marks a request whose CSRF token was asked for: the marks are set
        # aside while the part renders, to see whether it asked, then put back.
        before = {flag: request.META.pop(flag) for flag in CSRF_FLAGS if flag in request.META}
        html = mark_safe(self.nodelist.render(context))
        used_csrf = any(request.META.get(flag) for flag in CSRF_FLAGS)
        for flag, value in before.items():
            request.META[flag] = request.META.get(flag) or value
        nonce = getattr(request, "_csp_nonce", None)
        if not used_csrf and not (nonce and str(nonce) in html):
            store.put(version, key, html)
        return html


@register.tag
def shared_fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("shared_fragment needs a name")
    name = bits[1].strip("\"'")
    rest = bits[2:]
    by_address = bool(rest) and rest[0] == "address"
    if by_address:
        rest = rest[1:]
    vary = [parser.compile_filter(bit) for bit in rest]
    nodelist = parser.parse(("endshared_fragment",))
    parser.delete_first_token()
    return SharedFragmentNode(name, by_address, vary, nodelist)
