from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from .reports import GuidanceReviewReportView


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
