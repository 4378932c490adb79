"""The read-only API for partners: Wagtail's API v2 at /api/v2/.

Whoever asks, the API answers as it would answer someone who is not logged in:
no members-only page (not even to a member, or to someone who has entered a
page's password), no draft, and only the documents and images that a public
page uses (home/file_access.py's rule, for a whole list at once). So one answer
suits everyone, and it can be cached and shared; members read members-only
content on the site itself.
"""

from django.conf import settings
from django.utils.decorators import method_decorator
from django.views.decorators.cache import cache_page
from rest_framework.renderers import JSONRenderer
from rest_framework.throttling import SimpleRateThrottle
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from .file_access import publicly_used
from .privacy import ANONYMOUS, visible_to
from .ratelimit import client_ip

# How long the server and browsers keep an answer: a publish shows within this.
API_CACHE_SECONDS = 60


class PartnerRateThrottle(SimpleRateThrottle):
    """Requests per client address, counted in the shared cache (so every app
    server counts together), the address read as the rest of the site reads it."""

    scope = "partner_api"

    def get_rate(self):
        return settings.API_RATE_LIMIT

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.scope, "ident": client_ip(request._request)}


class PublicOnly:
    """What every endpoint here shares."""

    # DRF's browsable pages need its templates and would show a login link: JSON only.
    renderer_classes = [JSONRenderer]
    # Nobody is logged in to the API, so nothing in an answer depends on who asks.
    authentication_classes = []
    permission_classes = []
    throttle_classes = [PartnerRateThrottle]

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if request.method in ("GET", "HEAD") and response.status_code == 200:
            response["Cache-Control"] = f"public, max-age={API_CACHE_SECONDS}"
        return response


@method_decorator(cache_page(API_CACHE_SECONDS, key_prefix="api"), name="dispatch")
class PublicPagesAPIViewSet(PublicOnly, PagesAPIViewSet):
    def get_base_queryset(self):
        return visible_to(ANONYMOUS, super().get_base_queryset())


@method_decorator(cache_page(API_CACHE_SECONDS, key_prefix="api"), name="dispatch")
class PublicDocumentsAPIViewSet(PublicOnly, DocumentsAPIViewSet):
    def get_queryset(self):
        return publicly_used(super().get_queryset())


@method_decorator(cache_page(API_CACHE_SECONDS, key_prefix="api"), name="dispatch")
class PublicImagesAPIViewSet(PublicOnly, ImagesAPIViewSet):
    def get_queryset(self):
        return publicly_used(super().get_queryset())


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
