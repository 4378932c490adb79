"""Routable pages whose extra routes live beside their views, not on the model.

Wagtail's RoutablePageMixin expects route methods on the page class, so a page
whose routes call views ends up importing its views, which import the models: a
circle. Here a page names its routes by a dotted path, as Django's ROOT_URLCONF
names the project's URLs, and they are looked up when first resolved. Models stay
below views: views import models, models never import views.
"""

from django.urls import path, re_path
from django.utils.module_loading import import_string
from wagtail.contrib.routable_page.models import RoutablePageMixin


class RoutesNamedByPath(RoutablePageMixin):
    """Set `subpage_routes` to the dotted path of a list made with page_path()/page_re_path().

    Routes listed there come first (so "" replaces the page's own view), then any
    route methods on the class itself.
    """

    subpage_routes = None

    @classmethod
    def get_subpage_urls(cls):
        listed = tuple(import_string(cls.subpage_routes)) if cls.subpage_routes else ()
        return listed + tuple(super().get_subpage_urls())


def _page_view(view):
    # Wagtail binds a route's function to the page, so it is called as f(page, request);
    # views keep Django's request-first signature.
    def route(page, request, *args, **kwargs):
        return view(request, page, *args, **kwargs)

    route.__name__ = view.__name__
    return route


def page_path(route, view, name):
    """A subpage route calling view(request, page, **url_kwargs)."""
    return path(route, _page_view(view), name=name)


def page_re_path(route, view, name):
    """A subpage route by regular expression, calling view(request, page, *groups)."""
    return re_path(route, _page_view(view), name=name)
