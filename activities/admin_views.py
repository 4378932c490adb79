"""Editors review activities: one screen listing those waiting, each with what the
organisation wrote and Publish / Ask for changes (which send the e-mails)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.viewsets.model import ModelViewSet

from . import review as reviewing
from .models import Activity, Organisation
from .review import REVIEW_PERMISSION


def _check(request):
    if not request.user.has_perm(REVIEW_PERMISSION):
        raise PermissionDenied


def review(request):
    _check(request)
    waiting = (
        Activity.objects.waiting_for_review()
        .select_related("organisation", "submitted_by")
        .prefetch_related("locations")
        .order_by("updated_at")
    )
    recent = (
        Activity.objects.exclude(status=Activity.Status.SUBMITTED)
        .select_related("organisation")
        .order_by("-updated_at")[:20]
    )
    return TemplateResponse(
        request, "activities/admin/review.html", {"waiting": waiting, "recent": recent}
    )


@require_POST
def decide(request, pk, decision):
    _check(request)
    activity = get_object_or_404(Activity, pk=pk)
    note = request.POST.get("note", "")[:1000]
    try:
        reviewing.decide(activity, request.user, publish=decision == "publish", note=note)
    except reviewing.NotAllowed as refusal:
        messages.error(request, str(refusal))
    else:
        if decision == "publish":
            messages.success(request, _("“%(name)s” is published.") % {"name": activity.name})
        else:
            messages.success(
                request, _("“%(name)s” was sent back for changes.") % {"name": activity.name}
            )
    return redirect("activities_review")


class OrganisationViewSet(ModelViewSet):
    """Editors look after organisations: their details and who manages them (a
    member who takes over from one who left, for instance)."""

    model = Organisation
    icon = "home"
    menu_label = gettext_lazy("Activity organisations")
    menu_name = "activity_organisations"
    menu_order = 276
    add_to_admin_menu = True
    url_namespace = "activity_organisations"
    form_fields = [
        "name",
        "description",
        "website",
        "email",
        "phone",
        "registered_number",
        "managers",
    ]
    list_display = ["name", "registered_number", "email", "updated_at"]
    search_fields = ["name", "registered_number"]
    search_backend_name = None
