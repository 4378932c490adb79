"""Editors review collaboration calls: one screen listing the calls waiting, each
with what the poster wrote and Approve / Decline (which send the e-mails)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import calls
from .models import Call

REVIEW_PERMISSION = "collaboration.change_call"


def _check(request):
    if not request.user.has_perm(REVIEW_PERMISSION):
        raise PermissionDenied


def review(request):
    _check(request)
    waiting = (
        Call.objects.waiting_for_review().select_related("poster__profile").order_by("created_at")
    )
    recent = Call.objects.exclude(status=Call.Status.SUBMITTED).order_by("-created_at")[:20]
    return TemplateResponse(
        request,
        "collaboration/admin/review.html",
        {"waiting": waiting, "recent": recent},
    )


@require_POST
def decide(request, pk, decision):
    _check(request)
    call = get_object_or_404(Call, pk=pk)
    note = request.POST.get("note", "")[:1000]
    try:
        calls.decide(call, request.user, approve=decision == "approve", note=note)
    except calls.NotAllowed as refusal:
        messages.error(request, str(refusal))
    else:
        if decision == "approve":
            messages.success(request, _("“%(topic)s” is open.") % {"topic": call.topic})
        else:
            messages.success(request, _("“%(topic)s” was declined.") % {"topic": call.topic})
    return redirect("collaboration_review")
