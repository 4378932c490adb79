"""Owners confirm their activities every six months: a daily job e-mails the
managers of each published activity that has come due (once per due date).
Unconfirmed activities are marked in the finder from then on and leave it a year
after they were last checked (Activity.objects.public())."""

from django.db import transaction
from django.utils import timezone, translation
from django_tasks import task

from home.tasks import send_templated_email

from .models import CONFIRM_EVERY, Activity


def due_for_reminder(today=None):
    today = today or timezone.localdate()
    return (
        Activity.objects.public(today)
        .filter(last_checked__lte=today - CONFIRM_EVERY)
        .select_related("organisation")
    )


@task()
def send_confirmation_reminders():
    sent = 0
    for activity in due_for_reminder():
        if activity.reminder_sent_for == activity.last_checked:
            continue
        with transaction.atomic():
            for manager in activity.organisation.managers.filter(is_active=True):
                with translation.override(manager.email_language):
                    send_templated_email(
                        "activities/email/confirm.txt", {"activity": activity}, [manager.email]
                    )
            Activity.objects.filter(pk=activity.pk).update(reminder_sent_for=activity.last_checked)
        sent += 1
    return sent
