"""Membership decisions: the one place where a person's status changes."""

import datetime

from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models import Q
from django.dispatch import Signal
from django.utils import timezone, translation
from django_tasks import task

from home.models import SiteSettings
from home.tasks import send_templated_email

from .models import MEMBERS_GROUP, Profile, User

# An application waiting longer than this brings the editors a daily reminder.
REMINDER_AFTER = datetime.timedelta(days=3)

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
    else:
        tell_editors_of_new_application(profile)


def editors():
    """Whoever may decide applications: the groups given that permission (and
    administrators), active."""
    return (
        User.objects.filter(is_active=True)
        .filter(
            Q(is_superuser=True)
            | Q(
                groups__permissions__codename="change_profile",
                groups__permissions__content_type__app_label="members",
            )
        )
        .distinct()
        .order_by("pk")
    )


def tell_editors_of_new_application(profile):
    for editor in editors():
        with translation.override(editor.email_language):
            send_templated_email(
                "members/email/new_application.txt",
                {"profile": profile, "editor": editor},
                [editor.email],
            )


def remind_editors_of_waiting_applications():
    """The daily reminder, sent while any application has waited longer than
    REMINDER_AFTER. Returns how many applications it named."""
    waiting = list(
        Profile.objects.filter(
            status=Profile.Status.APPLIED, applied_at__lt=timezone.now() - REMINDER_AFTER
        )
        .select_related("user")
        .order_by("applied_at")
    )
    if not waiting:
        return 0
    for editor in editors():
        with translation.override(editor.email_language):
            send_templated_email(
                "members/email/applications_waiting.txt",
                {
                    "profiles": waiting,
                    "count": len(waiting),
                    "editor": editor,
                    "days": REMINDER_AFTER.days,
                },
                [editor.email],
            )
    return len(waiting)


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


@task()
def send_application_reminders():
    """The periodic job (members/wagtail_hooks.py): once a day."""
    return remind_editors_of_waiting_applications()
