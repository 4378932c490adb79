"""Response headers that protect people's data, on every response.

- Permissions-Policy: the site uses no camera, microphone, location or payment,
  so no page (nor anything injected into one) may ask for them.
- Cache-Control: private, no-store on every response to someone logged in (every
  page that can show personal data needs a login: My account, the data download,
  the directory and profiles, an event page with its joining link) and on the
  account pages (which can show an e-mail address to whoever holds a link).

The Content-Security-Policy itself comes from django-csp (settings
CONTENT_SECURITY_POLICY); ContentSecurityPolicyMiddleware only relaxes it for
Wagtail's admin, whose own templates still carry inline scripts."""

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language_from_path

PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
)
# Pages under these (after any language prefix) are about a person's account.
PERSONAL_PREFIXES = ("/accounts/", "/members/")


def _without_language(path):
    language = get_language_from_path(path)
    prefix = f"/{language}/"
    return path[len(prefix) - 1 :] if language and path.startswith(prefix) else path


def shows_personal_data(request):
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return True
    return _without_language(request.path_info).startswith(PERSONAL_PREFIXES)


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        if shows_personal_data(request):
            patch_cache_control(response, private=True, no_store=True)
        return response


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware; under /admin/ the directives in settings
    ADMIN_CONTENT_SECURITY_POLICY replace the site's (and nothing else does)."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and request.path_info.startswith("/admin/"):
            parts.replace = {**settings.ADMIN_CONTENT_SECURITY_POLICY, **(parts.replace or {})}
        return parts
