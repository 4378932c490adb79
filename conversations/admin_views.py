"""The editors' moderation queue: reported messages, each with its words, who
sent it and why it was reported; "Remove the message" hides its words from the
conversation, "No action needed" closes the report."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .models import Message, Report

MODERATE_PERMISSION = "conversations.moderate_report"


def _check(request):
    if not request.user.has_perm(MODERATE_PERMISSION):
        raise PermissionDenied


def queue(request):
    _check(request)
    waiting = Report.objects.filter(status=Report.Status.OPEN).select_related(
        "message__sender", "reporter"
    )
    recent = (
        Report.objects.exclude(status=Report.Status.OPEN)
        .select_related("message__sender", "reporter", "decided_by")
        .order_by("-decided_at")[:20]
    )
    return TemplateResponse(
        request, "conversations/admin/queue.html", {"waiting": waiting, "recent": recent}
    )


@require_POST
def decide(request, pk, decision):
    _check(request)
    report = get_object_or_404(Report, pk=pk)
    now = timezone.now()
    if decision == "remove":
        Message.objects.filter(pk=report.message_id, removed_at__isnull=True).update(removed_at=now)
        # Every report of that message is answered by its removal.
        Report.objects.filter(message_id=report.message_id, status=Report.Status.OPEN).update(
            status=Report.Status.REMOVED, decided_at=now, decided_by=request.user
        )
        messages.success(request, _("The message has been removed."))
    else:
        Report.objects.filter(pk=report.pk).update(
            status=Report.Status.DISMISSED, decided_at=now, decided_by=request.user
        )
        messages.success(request, _("The report has been closed with no action."))
    return redirect("conversations_moderation")
