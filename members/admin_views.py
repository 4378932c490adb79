"""Editors' side of membership: the applications listing and its decisions."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.admin.widgets.button import Button
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from . import membership
from .forms import DecisionForm
from .models import Profile

DECISIONS = {
    "approve": (
        membership.approve,
        gettext_lazy("Approve"),
        gettext_lazy("%(name)s is now a member."),
    ),
    "decline": (
        membership.decline,
        gettext_lazy("Decline"),
        gettext_lazy("%(name)s's application was declined."),
    ),
}


def decide(request, pk, decision):
    """Approve or decline one application, with an optional message to the person."""
    if not request.user.has_perm("members.change_profile"):
        raise PermissionDenied
    profile = get_object_or_404(Profile.objects.select_related("user"), pk=pk)
    action, label, done_message = DECISIONS[decision]
    form = DecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        action(profile, by=request.user, message=form.cleaned_data["message"])
        messages.success(request, done_message % {"name": profile})
        return redirect(reverse("members_profile:list") + "?status=applied")
    return TemplateResponse(
        request,
        "members/admin/decide.html",
        {"profile": profile, "form": form, "decision": decision, "label": label},
    )


class ApplicationIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = list(super().get_list_more_buttons(instance))
        if self.request.user.has_perm("members.change_profile"):
            if instance.status != Profile.Status.APPROVED:
                buttons.append(
                    Button(
                        _("Approve"),
                        reverse("membership_decide", args=[instance.pk, "approve"]),
                        icon_name="check",
                        priority=1,
                    )
                )
            if instance.status != Profile.Status.DECLINED:
                buttons.append(
                    Button(
                        _("Decline"),
                        reverse("membership_decide", args=[instance.pk, "decline"]),
                        icon_name="cross",
                        priority=2,
                    )
                )
        return buttons


class MembershipApplicationViewSet(SnippetViewSet):
    model = Profile
    index_view_class = ApplicationIndexView
    icon = "group"
    menu_label = gettext_lazy("Membership applications")
    menu_name = "membership-applications"
    menu_order = 250
    add_to_admin_menu = True
    url_namespace = "members_profile"
    list_display = [
        "__str__",
        "organisation",
        "organisation_type",
        "region",
        "status",
        "applied_at",
    ]
    list_filter = ["status", "organisation_type", "region", "listed_in_directory"]
    search_fields = ["user__full_name", "user__email", "organisation", "role"]
    search_backend_name = None  # plain database filtering over the related user's name
    ordering = ["-applied_at"]
    list_export = [
        "full_name",
        "email",
        "organisation",
        "organisation_type",
        "role",
        "region",
        "status",
        "listed_in_directory",
        "wants_updates",
        "applied_at",
        "decided_at",
    ]
    export_filename = "members"
    inspect_view_enabled = True
    copy_view_enabled = False

    def get_queryset(self, request):
        return Profile.objects.select_related("user")


class ApproveBulkAction(SnippetBulkAction):
    display_name = gettext_lazy("Approve")
    action_type = "approve"
    aria_label = gettext_lazy("Approve the selected applications")
    template_name = "members/admin/bulk_approve.html"
    action_priority = 10
    models = [Profile]
    form_class = DecisionForm

    def check_perm(self, profile):
        return self.request.user.has_perm("members.change_profile")

    def get_execution_context(self):
        return {"user": self.request.user, "message": self.cleaned_form.cleaned_data["message"]}

    @classmethod
    def execute_action(cls, objects, user=None, message="", **kwargs):
        approved = 0
        for profile in objects:
            if profile.status != Profile.Status.APPROVED:
                membership.approve(profile, by=user, message=message)
                approved += 1
        return approved, 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d application approved.",
            "%(count)d applications approved.",
            num_parent_objects,
        ) % {"count": num_parent_objects}
