"""Editors' side of membership: the applications listing and its decisions."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import QueryDict
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets.button import Button
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.views.snippets import IndexView, InspectView, SnippetViewSet

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


PENDING = f"?status={Profile.Status.APPLIED}"


def decide(request, pk, decision):
    """Approve or decline one application, with an optional message to the person.
    The row's Approve button posts here directly: one click, no message."""
    if not request.user.has_perm("members.change_profile"):
        raise PermissionDenied
    profile = get_object_or_404(Profile.objects.select_related("user"), pk=pk)
    action, label, done_message = DECISIONS[decision]
    # An empty POST (the row's one-click Approve) is a decision with no message.
    form = DecisionForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        action(profile, by=request.user, message=form.cleaned_data["message"])
        messages.success(request, done_message % {"name": profile})
        return redirect(reverse("members_profile:list") + PENDING)
    return TemplateResponse(
        request,
        "members/admin/decide.html",
        {"profile": profile, "form": form, "decision": decision, "label": label},
    )


class DecisionColumn(Column):
    """Approve (one click) and Decline (with a message) on every row."""

    cell_template_name = "members/admin/decision_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        request = context["request"]
        context["may_decide"] = request.user.has_perm("members.change_profile")
        context["csrf_token"] = get_token(request)
        context["approve_url"] = reverse("membership_decide", args=[instance.pk, "approve"])
        context["decline_url"] = reverse("membership_decide", args=[instance.pk, "decline"])
        context["approved"] = instance.status == Profile.Status.APPROVED
        context["declined"] = instance.status == Profile.Status.DECLINED
        return context


class ApplicationIndexView(IndexView):
    def get_filterset_kwargs(self):
        # The list opens on the applications that wait for a decision; the filter
        # shows it, and choosing "all" there lists everyone.
        kwargs = super().get_filterset_kwargs()
        if not self.request.GET and not self.results_only:
            kwargs["data"] = QueryDict(PENDING.lstrip("?"))
        return kwargs

    def get_edit_url(self, instance):
        # A name opens the read-only application, with its decision buttons.
        return self.get_inspect_url(instance) or super().get_edit_url(instance)

    @cached_property
    def columns(self):
        return [*super().columns, DecisionColumn("decision", label=_("Decision"))]

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


class ApplicationInspectView(InspectView):
    """What the person wrote, read-only, with Approve and Decline."""

    template_name = "members/admin/application.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        profile = self.object
        context["may_decide"] = self.request.user.has_perm("members.change_profile")
        context["approve_url"] = reverse("membership_decide", args=[profile.pk, "approve"])
        context["decline_url"] = reverse("membership_decide", args=[profile.pk, "decline"])
        context["approved"] = profile.status == Profile.Status.APPROVED
        context["declined"] = profile.status == Profile.Status.DECLINED
        return context


def pending_count():
    return Profile.objects.filter(status=Profile.Status.APPLIED).count()


class MembershipApplicationViewSet(SnippetViewSet):
    model = Profile
    index_view_class = ApplicationIndexView
    inspect_view_class = ApplicationInspectView
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
    # Oldest first: whoever has waited longest is decided first.
    ordering = "applied_at"
    inspect_view_fields = [
        "full_name",
        "email",
        "organisation",
        "organisation_type",
        "role",
        "region",
        "interests",
        "participation",
        "bio",
        "listed_in_directory",
        "wants_updates",
        "status",
        "applied_at",
        "decided_at",
        "decided_by",
        "decision_message",
    ]
    # The status changes only through Approve and Decline (which send the
    # e-mails): no field of the edit form can set it, nor who the person is.
    panels = [
        FieldPanel("organisation"),
        FieldPanel("organisation_type"),
        FieldPanel("role"),
        FieldPanel("region"),
        FieldPanel("bio"),
        FieldPanel("listed_in_directory"),
    ]
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

    @cached_property
    def menu_item_class(self):
        base = super().menu_item_class

        class PendingCountMenuItem(base):
            """The menu item says how many applications wait for a decision."""

            def render_component(self, request):
                component = MenuItem.render_component(self, request)
                count = pending_count()
                if count:
                    component.label = f"{self.label} ({count})"
                return component

        return PendingCountMenuItem


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
