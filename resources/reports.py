"""The "Guidance due for review" report in the Wagtail admin."""

import datetime

from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import PageReportView

from .models.guidance import REVIEW_SOON_DAYS, guides_due_for_review


class GuidanceReviewReportView(PageReportView):
    page_title = _("Guidance due for review")
    header_icon = "time"
    results_template_name = "resources/admin/guidance_review_results.html"
    index_url_name = "guidance_review_report"
    index_results_url_name = "guidance_review_report_results"
    any_permission_required = ["add", "change", "publish"]
    list_export = ["title", "next_review_due", "last_reviewed", "owning_team", "version"]
    export_headings = {
        "next_review_due": _("Next review due"),
        "last_reviewed": _("Last reviewed"),
        "owning_team": _("Owning team"),
    }

    def get_filename(self):
        return f"guidance-due-for-review-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        editable = self.permission_policy.instances_user_has_permission_for(
            self.request.user, "change"
        )
        self.queryset = guides_due_for_review().filter(pk__in=editable.values("pk"))
        return super().get_queryset()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["today"] = datetime.date.today()
        context["soon_days"] = REVIEW_SOON_DAYS
        return context
