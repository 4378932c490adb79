"""Page serving with the reader's home page found in one query.

Wagtail's router looks up the language's home page in three queries (the active
locale, the root's translation, then its specific type). This finds it in one,
hands Wagtail the route (Wagtail keeps a request's route on
request._wagtail_route_for_request and uses it if present) and keeps the home
page on the request for the menu."""

from django.http import Http404
from wagtail import views as wagtail_views
from wagtail.models import Site

from .translation_sync import current_content_language


def localized_home(request):
    """The home page in the reader's language (the default one if there is none)."""
    if not hasattr(request, "_localized_home"):
        site = Site.find_for_request(request)
        home = None
        if site is not None:
            root = site.root_page
            language = current_content_language()
            translated_home = (
                root.specific_class.objects.filter(
                    translation_key=root.translation_key, locale__language_code=language
                ).first()
                if language
                else None
            )
            home = translated_home or root.specific
        request._localized_home = home
    return request._localized_home


def serve(request, path):
    if not hasattr(request, "_wagtail_route_for_request"):
        home = localized_home(request)
        route = None
        if home is not None:
            try:
                route = home.route(request, [part for part in path.split("/") if part])
            except Http404:
                route = None
        request._wagtail_route_for_request = route
    return wagtail_views.serve(request, path)
