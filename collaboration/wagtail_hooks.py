from django.urls import path, re_path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from home.admin_menu import PermissionMenuItem

from .admin_views import REVIEW_PERMISSION, decide, review
from .demo import load_calls
from .models import Call, Response
from .sectors import calls_for, next_call_closing


@hooks.register("register_admin_urls")
def register_review_urls():
    return [
        path("collaboration/", review, name="collaboration_review"),
        re_path(
            r"^collaboration/(?P<pk>[0-9]{1,18})/(?P<decision>approve|decline)/$",
            decide,
            name="collaboration_decide",
        ),
    ]


@hooks.register("register_admin_menu_item")
def review_menu_item():
    return PermissionMenuItem(
        _("Collaboration calls"),
        reverse("collaboration_review"),
        permission=REVIEW_PERMISSION,
        count=lambda: Call.objects.waiting_for_review().count(),
        icon_name="group",
        order=270,
    )


@hooks.register("account_context")
def account_calls(request):
    """My account: the person's calls with their replies, and the calls they replied to."""
    return {
        "my_calls": Call.objects.filter(poster=request.user)
        .prefetch_related("responses")
        .order_by("-created_at"),
        "my_replies": Response.objects.filter(responder=request.user)
        .select_related("call", "call__poster")
        .order_by("-created_at"),
    }


hooks.register("load_demo_content", load_calls, order=60)

# A partner sector's page lists the open calls with that sector.
hooks.register("sector_listings", calls_for)
hooks.register("page_cache_expiry", next_call_closing)
