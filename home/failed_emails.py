""" "E-mails that could not be sent" in the Wagtail admin: the outbox rows that ran
out of attempts, each with a retry action. E-mails carry personal data, so the
list, the e-mails and the retry need the home.manage_failed_email permission
(given to Editors by a data migration), not only admin access."""

from django.contrib import messages
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST

from .admin_menu import PermissionMenuItem
from .outbox import OutgoingEmail, retry_failed

PERMISSION = "home.manage_failed_email"


def _require_permission(request):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied


def _failed():
    return OutgoingEmail.objects.filter(status=OutgoingEmail.Status.FAILED).order_by("-created_at")


def index(request):
    _require_permission(request)
    page = Paginator(_failed(), 50).get_page(request.GET.get("p"))
    return TemplateResponse(
        request, "home/admin/failed_emails.html", {"page_obj": page, "emails": page.object_list}
    )


def detail(request, pk):
    _require_permission(request)
    email = get_object_or_404(_failed(), pk=pk)
    return TemplateResponse(request, "home/admin/failed_email.html", {"email": email})


@require_POST
def retry(request, pk=None):
    _require_permission(request)
    emails = _failed() if pk is None else _failed().filter(pk=pk)
    count = retry_failed(emails)
    messages.success(
        request,
        ngettext(
            "%(count)d e-mail will be sent again.", "%(count)d e-mails will be sent again.", count
        )
        % {"count": count},
    )
    return redirect("failed_emails")


def urls():
    return [
        path("failed-emails/", index, name="failed_emails"),
        path("failed-emails/retry/", retry, name="failed_emails_retry_all"),
        path("failed-emails/<int:pk>/", detail, name="failed_email"),
        path("failed-emails/<int:pk>/retry/", retry, name="failed_email_retry"),
    ]


def menu_item():
    return PermissionMenuItem(
        gettext_lazy("E-mails that could not be sent"),
        reverse("failed_emails"),
        permission=PERMISSION,
        count=lambda: _failed().count(),
        icon_name="mail",
        order=270,
    )


def permissions():
    return Permission.objects.filter(content_type__app_label="home", codename="manage_failed_email")
