"""Editors' view of the digests: when the last ones went and to how many people,
and a preview of the next digest for a member."""

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Max
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.permission_policies import ModelPermissionPolicy

from members.identity import canonical_email
from members.models import Profile

from .choices import frequency_for
from .content import build_digest
from .models import DigestChoice, DigestRun, Frequency
from .sending import render_digest, window

REPORT_PERMISSION = "digests.view_digest_report"
# Who an editor may look at is the members admin's rule ("Membership
# applications"): anyone whose profile that listing would show them.
MEMBERS_ADMIN_POLICY = ModelPermissionPolicy(Profile)


def may_see_member(editor, user):
    return (
        MEMBERS_ADMIN_POLICY.user_has_any_permission(editor, ["add", "change", "delete", "view"])
        and Profile.objects.filter(user=user).exists()
    )


def last_sending():
    """Each frequency's latest period that sent anything: when, and to how many."""
    latest = []
    for frequency in (Frequency.WEEKLY, Frequency.MONTHLY):
        period = (
            DigestRun.objects.filter(frequency=frequency, items__gt=0)
            .aggregate(latest=Max("period_start"))
            .get("latest")
        )
        if period is None:
            latest.append({"frequency": frequency.label, "period": None})
            continue
        sent = DigestRun.objects.filter(
            frequency=frequency, period_start=period, items__gt=0
        ).aggregate(people=Count("pk"), last=Max("created_at"))
        latest.append(
            {
                "frequency": frequency.label,
                "period": period,
                "people": sent["people"],
                "last": sent["last"],
            }
        )
    return latest


def digests_report(request):
    if not request.user.has_perm(REPORT_PERMISSION):
        raise PermissionDenied
    context = {
        "sending": last_sending(),
        "choices": dict(DigestChoice.objects.values_list("frequency").annotate(people=Count("pk"))),
        "address": request.GET.get("member", "")[:254],
    }
    if context["address"]:
        context.update(_preview(request, context["address"]))
    return TemplateResponse(request, "digests/admin/report.html", context)


def _preview(request, address):
    profile = (
        Profile.objects.filter(user__email=canonical_email(address)).select_related("user").first()
    )
    if profile is None or not may_see_member(request.user, profile.user):
        # The same answer whether the person exists or may not be seen.
        return {"preview_refused": _("There is no member with that address you may see.")}
    user = profile.user
    frequency = frequency_for(user)
    chosen = frequency if frequency != Frequency.NONE else Frequency.WEEKLY
    _since, until, _period = window(chosen, timezone.now())
    # The next digest covers what comes out from the end of the last period
    # until it is sent; preview it as things stand now.
    digest = build_digest(user, until, timezone.now())
    subject, body = render_digest(digest, chosen)
    return {
        "preview_user": user,
        "preview_frequency": Frequency(frequency).label,
        "preview_subject": subject,
        "preview_body": body,
        "preview_empty": digest.is_empty,
    }
