"""What happens to an activity on its way to the finder, and who is told.

Every new activity and every change goes to the editors: an owner's edit of a
published activity sends it back for review, and it leaves the finder until an
editor publishes it again (so nothing unchecked is ever public)."""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from home import content_version
from home.tasks import send_templated_email

from .models import Activity

REVIEW_PERMISSION = "activities.change_activity"


class NotAllowed(Exception):
    """A step that cannot be taken now; the message says why."""


def _tell(user, template, **context):
    with translation.override(user.email_language):
        send_templated_email(f"activities/email/{template}.txt", context, [user.email])


def editors():
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__permissions__codename="change_activity")
        .distinct()
    )


def submit(activity, member):
    """Send a new or changed activity to the editors."""
    with transaction.atomic():
        activity.status = Activity.Status.SUBMITTED
        activity.submitted_by = member
        activity.save()
    for editor in editors():
        _tell(editor, "submitted", activity=activity)
    return activity


def decide(activity, editor, publish, note=""):
    with transaction.atomic():
        activity = Activity.objects.select_for_update().get(pk=activity.pk)
        if activity.status != Activity.Status.SUBMITTED:
            raise NotAllowed(_("This activity has already been reviewed."))
        if publish:
            activity.status = Activity.Status.PUBLISHED
            activity.published_at = timezone.now()
            activity.last_checked = timezone.localdate()
        else:
            activity.status = Activity.Status.NEEDS_CHANGES
        activity.reviewed_by = editor
        activity.review_note = note
        activity.save()
    for manager in activity.organisation.managers.filter(is_active=True):
        _tell(manager, "published" if publish else "needs_changes", activity=activity)
    return activity


def confirm(activity):
    """The owner says the details are still right: checked today."""
    Activity.objects.filter(pk=activity.pk).update(
        last_checked=timezone.localdate(), reminder_sent_for=None
    )
    # update() sends no save signal; an activity that had dropped out is listed again.
    content_version.bump_now_and_on_commit()
