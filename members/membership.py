"""Membership decisions: the one place where a person's status changes."""

from django.contrib.auth.models import Group
from django.db import transaction
from django.dispatch import Signal
from django.utils import timezone, translation

from home.models import SiteSettings
from home.tasks import send_templated_email

from .models import MEMBERS_GROUP, Profile

# Sent (with `profile`) inside the approval's transaction, so apps above members
# (the digests) can set a new member up without members/ knowing them.
member_approved = Signal()


def email_confirmed(profile, request=None):
    """The person proved their address: the application now waits for editors,
    unless the site approves everyone automatically."""
    if profile.status != Profile.Status.UNVERIFIED:
        return
    profile.status = Profile.Status.APPLIED
    profile.applied_at = timezone.now()
    profile.save(update_fields=["status", "applied_at"])
    if SiteSettings.load(request_or_site=request).automatic_approval:
        approve(profile, by=None)


def approve(profile, by, message=""):
    with transaction.atomic():
        profile.status = Profile.Status.APPROVED
        _record_decision(profile, by, message)
        profile.user.groups.add(Group.objects.get(name=MEMBERS_GROUP))
        member_approved.send(sender=Profile, profile=profile)
        # Written with the decision, so it is sent if and only if the decision is saved.
        _send_decision(profile, "members/email/approved.txt")


def decline(profile, by, message=""):
    with transaction.atomic():
        profile.status = Profile.Status.DECLINED
        _record_decision(profile, by, message)
        profile.user.groups.remove(Group.objects.get(name=MEMBERS_GROUP))
        _send_decision(profile, "members/email/declined.txt")


def _record_decision(profile, by, message):
    profile.decided_at = timezone.now()
    profile.decided_by = by
    profile.decision_message = message.strip()
    profile.save(update_fields=["status", "decided_at", "decided_by", "decision_message"])


def _send_decision(profile, template):
    # An editor decides in the admin; the applicant reads it in their own language.
    with translation.override(profile.user.email_language):
        send_templated_email(template, {"profile": profile}, [profile.user.email])
