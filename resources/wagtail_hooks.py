from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Locale, Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from home.content_version import memo
from home.demo.menu import place_after
from home.privacy import hidden_paths, mark_members_only, visible_to

from .contributions import submissions_for
from .demo import load_guidance
from .demo_library import load_library
from .models import ResourceLibraryPage, ResourcePage
from .reports import GuidanceReviewReportView
from .sectors import guides_for, resources_for


@hooks.register("register_admin_urls")
def register_guidance_review_report_urls():
    return [
        path(
            "reports/guidance-review/",
            GuidanceReviewReportView.as_view(),
            name="guidance_review_report",
        ),
        path(
            "reports/guidance-review/results/",
            GuidanceReviewReportView.as_view(results_only=True),
            name="guidance_review_report_results",
        ),
    ]


class GuidanceReviewMenuItem(MenuItem):
    def is_shown(self, request):
        return PagePermissionPolicy(Page).user_has_any_permission(
            request.user, ["add", "change", "publish"]
        )


@hooks.register("register_reports_menu_item")
def register_guidance_review_menu_item():
    return GuidanceReviewMenuItem(
        _("Guidance due for review"),
        reverse("guidance_review_report"),
        name="guidance-review",
        icon_name="time",
        order=1150,
    )


@hooks.register("load_demo_content", order=10)
def load_demo_guidance(site):
    place_after(load_guidance(site.home), "about")


@hooks.register("load_demo_content", order=30)
def load_demo_library(site):
    # After the accounts (20): the demo member's contributions need them.
    place_after(load_library(site.home, site.documents), "guidance")


@hooks.register("home_page_context")
def latest_resources(home_page, request, count=3):
    """The home page's newest resources this visitor may see, in its language: read
    once per content version (a new resource is a new version)."""

    def read():
        resources = ResourcePage.objects.live().filter(locale_id=home_page.locale_id)
        return mark_members_only(
            visible_to(request, resources).order_by("-first_published_at")[:count], request
        )

    if getattr(request, "is_preview", False):
        return {"latest_resources": read()}
    key = ("latest_resources", home_page.locale_id, count, tuple(hidden_paths(request)))
    return {"latest_resources": memo.get(request, key, read)}


@hooks.register("account_context")
def account_contributions(request):
    """My account: the person's contributions, and the library to contribute to."""
    libraries = ResourceLibraryPage.objects.live()
    return {
        "submissions": submissions_for(request.user),
        "library": libraries.filter(locale=Locale.get_active()).first() or libraries.first(),
    }


# A partner sector's page lists the guides and resources with that sector.
hooks.register("sector_listings", guides_for)
hooks.register("sector_listings", resources_for)
