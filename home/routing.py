"""Page serving in a fixed number of queries, however deep the page.

Wagtail's router looks up the language's home page in three queries, then walks
down the tree two queries per level (the child, then its specific type): eight
for a chapter four levels down. Here the site and the home page come from the
per-process memo (home/content_version.py), and every page on the way down is
found in one query by its URL path; only the page served is then loaded as its
specific type. Wagtail keeps a request's route on request._wagtail_route_for_request
and uses it if present. The pages on the way down are kept on the request for the
breadcrumbs."""

import copy

from django.http import Http404
from django.http.request import split_domain_port
from django.urls import Resolver404
from wagtail import views as wagtail_views
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site

from .content_version import memo
from .translation_sync import current_content_language


def current_site(request):
    """Wagtail's Site for this request, found once per content version and host."""
    if not hasattr(request, "_wagtail_site"):
        # Wagtail matches the host name and the server's port; bounded by ALLOWED_HOSTS.
        key = ("site", split_domain_port(request.get_host())[0], request.get_port())
        request._wagtail_site = memo.get(request, key, lambda: Site._find_for_request(request))
    return request._wagtail_site


def _find_home(site, language):
    root = site.root_page
    translated = (
        root.specific_class.objects.filter(
            translation_key=root.translation_key, locale__language_code=language
        ).first()
        if language
        else None
    )
    return translated or root.specific


def localized_home(request):
    """The home page in the reader's language (the default one if there is none)."""
    if not hasattr(request, "_localized_home"):
        site = current_site(request)
        home = None
        if site is not None:
            language = current_content_language()
            key = ("home", site.pk, language)
            shared = memo.get(request, key, lambda: _find_home(site, language))
            # Each request gets its own instance: views may set attributes on it.
            home = copy.copy(shared)
        request._localized_home = home
    return request._localized_home


def _routable_takes(page, remaining):
    """Whether a routable page answers `remaining` itself (Wagtail's routable pages
    try their own sub-routes before their children)."""
    page_class = page.specific_class
    if not (page_class and issubclass(page_class, RoutablePageMixin) and page.live):
        return False
    try:
        page_class.get_resolver().resolve("/" + "/".join(remaining) + "/")
    except Resolver404:
        return False
    return True


def route(request, home, components):
    """What Wagtail's Page.route would answer, in two queries, or none when the same
    address was routed before under the current content version."""
    key = ("route", home.pk, tuple(components))
    chain, depth, shared = memo.get(request, key, lambda: _route_chain(home, components))
    # Each request gets its own page instance: views may set attributes on it.
    target = home if depth == 0 else copy.copy(shared)
    if depth:
        target._cached_parent_obj = chain[depth - 1]
    request._route_ancestors = (target.pk, chain[:depth])
    return target.route(request, components[depth:])


def _route_chain(home, components):
    """(the pages from the home page down, how far down the page that answers is,
    that page as its specific type)."""
    prefix = home.url_path
    candidates = [prefix + "/".join(components[: n + 1]) + "/" for n in range(len(components))]
    found = {
        page.url_path: page
        for page in Page.objects.filter(url_path__in=candidates, path__startswith=home.path)
    }
    chain = [home]
    for url_path in candidates:
        if url_path not in found:
            break
        chain.append(found[url_path])
    for depth, page in enumerate(chain):
        remaining = components[depth:]
        if depth == len(chain) - 1 or (remaining and _routable_takes(page, remaining)):
            return chain, depth, (page if page is home else page.specific)
    raise Http404  # not reached: the loop always ends on the last page


def route_ancestors(request, page):
    """The live pages between the home page and `page` (the one being served), as
    found while routing; None when `page` was not routed here."""
    found = getattr(request, "_route_ancestors", None)
    if found is None or found[0] != page.pk:
        return None
    return [ancestor for ancestor in found[1] if ancestor.live]


def serve(request, path):
    if not hasattr(request, "_wagtail_route_for_request"):
        home = localized_home(request)
        result = None
        if home is not None:
            try:
                result = route(request, home, [part for part in path.split("/") if part])
            except Http404:
                result = None
        request._wagtail_route_for_request = result
    return wagtail_views.serve(request, path)
