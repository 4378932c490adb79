"""Editors' view of evaluations in the admin: what each is, how many answered,
and the one thing editors change, keeping an evaluation out of the pool with a
recorded reason. Participants' answers are not shown here."""

from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet

from .models import Evaluation


class ExclusionForm(WagtailAdminModelForm):
    class Meta:
        model = Evaluation
        fields = ["excluded", "exclusion_reason"]

    def clean(self):
        data = super().clean()
        if data.get("excluded") and not (data.get("exclusion_reason") or "").strip():
            self.add_error(
                "exclusion_reason", _("Say why this evaluation is kept out of the pool.")
            )
        return data

    def save(self, commit=True):
        evaluation = super().save(commit=False)
        if "excluded" in self.changed_data:
            evaluation.excluded_by = self.for_user if evaluation.excluded else None
            evaluation.excluded_at = timezone.now() if evaluation.excluded else None
        if commit:
            evaluation.save()
        return evaluation


class EvaluationViewSet(ModelViewSet):
    model = Evaluation
    icon = "table"
    menu_label = _("Evaluations")
    menu_name = "evaluations"
    menu_order = 270
    add_to_admin_menu = True
    url_namespace = "evaluations_admin"
    form_fields = ["excluded", "exclusion_reason"]
    list_display = [
        "name",
        "organisation",
        "activity_type",
        "region",
        Column("participant_count", label=_("Participants")),
        "share_with_community",
        "closed_at",
        "excluded",
    ]
    list_filter = ["activity_type", "region", "share_with_community", "excluded"]
    search_fields = ["name", "organisation"]
    search_backend_name = None
    inspect_view_enabled = True
    inspect_view_fields = [
        "name",
        "organisation",
        "activity_type",
        "region",
        "starts_on",
        "ends_on",
        "sessions",
        "share_with_community",
        "closed_at",
        "excluded",
        "exclusion_reason",
        "excluded_by",
        "excluded_at",
    ]

    def get_form_class(self, for_update=False):
        return ExclusionForm

    def get_queryset(self, request):
        # Editors hold no "add" permission: evaluations are made by members on the site.
        return Evaluation.objects.annotate(participant_count=Count("participants"))
