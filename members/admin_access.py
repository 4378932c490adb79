"""Who may go through the door of the Wagtail admin, and with what."""

from allauth.account.internal.flows.login import get_authentication_records
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

# Second factors that count for the admin (recovery codes only back them up).
SECOND_FACTORS = [Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN]


def has_admin_access(user):
    return user.is_authenticated and user.has_perm("wagtailadmin.access_admin")


def used_second_factor(request):
    """Whether this session's login (or a later re-authentication) used a second factor."""
    records = get_authentication_records(request, request.user)
    return any(record.get("method") == "mfa" for record in records)


class AdminAccessMiddleware:
    """Guards every admin URL (Wagtail's own decorators only know about the login).

    - A person logged in without admin access gets a 403: sending them to the login
      page, which sends logged-in people straight back, would loop.
    - With MFA_REQUIRED_FOR_STAFF on, editors, approvers and administrators first set
      up a second factor, and then must have used it in this session.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = None

    def __call__(self, request):
        if self.admin_prefix is None:
            self.admin_prefix = reverse("wagtailadmin_home")
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and request.path.startswith(self.admin_prefix)
        ):
            response = self.check(request, user)
            if response is not None:
                return response
        return self.get_response(request)

    def check(self, request, user):
        if not has_admin_access(user):
            raise PermissionDenied
        if not getattr(settings, "MFA_REQUIRED_FOR_STAFF", False):
            return None
        next_query = "?" + urlencode({"next": request.get_full_path()})
        if not Authenticator.objects.filter(user=user, type__in=SECOND_FACTORS).exists():
            messages.info(
                request,
                _(
                    "The admin needs two-factor authentication. Set up an authenticator "
                    "app to continue."
                ),
            )
            return redirect(reverse("mfa_activate_totp") + next_query)
        if not used_second_factor(request):
            return redirect(reverse("mfa_reauthenticate") + next_query)
        return None


def admin_login(request):
    """Wagtail's login address leads to the site's login, and from there back to the
    admin (or wherever ?next= says)."""
    return _to_site_login(request, reverse("wagtailadmin_home"))


def front_end_login(request):
    """Wagtail's front-end login (/_util/login/, for private pages) leads to the
    site's login too: whatever is posted to it signs nobody in."""
    return _to_site_login(request, "/")


def _to_site_login(request, default_next):
    next_url = request.GET.get("next") or default_next
    return redirect(reverse("account_login") + "?" + urlencode({"next": next_url}))
