"""Sending the digests: one e-mail per member per period, exactly once.

The periodic job runs every hour. For each member who chose a digest it claims
the row (member, frequency, period) in a transaction and queues the e-mail in
that same transaction (through the outbox), so a second run, or a run on
another machine at the same moment, finds the row taken and sends nothing:
on PostgreSQL the second insert waits for the first transaction and then
fails on the unique constraint."""

import datetime
import logging

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import task

from home.emails import render_email
from members.models import Profile

from .content import build_digest
from .models import DigestChoice, DigestRun, Frequency

logger = logging.getLogger(__name__)

UNSUBSCRIBE_SALT = "digests.unsubscribe"
# An unsubscribe link works for this long: long enough for an old digest found
# at the bottom of an inbox, short enough that a leaked link does not last.
UNSUBSCRIBE_DAYS = 90


def period_start(frequency, today):
    """The first day of the period `today` falls in: Monday, or the 1st."""
    if frequency == Frequency.WEEKLY:
        return today - datetime.timedelta(days=today.weekday())
    return today.replace(day=1)


def previous_period_start(frequency, start):
    if frequency == Frequency.WEEKLY:
        return start - datetime.timedelta(days=7)
    return (start - datetime.timedelta(days=1)).replace(day=1)


def _midnight(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def window(frequency, now):
    """(since, until, period): a digest sent in a period covers the period before."""
    start = period_start(frequency, timezone.localdate(now))
    return _midnight(previous_period_start(frequency, start)), _midnight(start), start


def unsubscribe_token(user):
    return signing.dumps({"u": user.pk}, salt=UNSUBSCRIBE_SALT)


def read_unsubscribe_token(token):
    """The user id the token was made for; raises signing.BadSignature (or
    SignatureExpired, a kind of it) for a forged or expired one."""
    data = signing.loads(token, salt=UNSUBSCRIBE_SALT, max_age=UNSUBSCRIBE_DAYS * 24 * 3600)
    return data["u"]


def unsubscribe_url(user):
    with translation.override(user.email_language):
        path = reverse("digests:unsubscribe", args=[unsubscribe_token(user)])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def render_digest(digest, frequency):
    user = digest.user
    with translation.override(user.email_language):
        return render_email(
            "digests/email/digest.txt",
            {
                "site_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/"),
                "digest": digest,
                "user": user,
                "weekly": frequency == Frequency.WEEKLY,
                "unsubscribe_url": unsubscribe_url(user),
                "account_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
                + reverse("members:account"),
            },
        )


def queue_digest_email(digest, frequency):
    subject, body = render_digest(digest, frequency)
    link = unsubscribe_url(digest.user)
    message = EmailMessage(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[digest.user.email],
        headers={
            # RFC 8058: mail programs offer "Unsubscribe" and POST to the link.
            "List-Unsubscribe": f"<{link}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    message.send()


def subscribers(frequency):
    """Approved, active members who chose this frequency."""
    return (
        DigestChoice.objects.filter(
            frequency=frequency,
            user__is_active=True,
            user__profile__status=Profile.Status.APPROVED,
        )
        .select_related("user")
        .order_by("pk")
    )


def send_digest_once(user, frequency, now):
    """Claim this member's digest for the period and queue it; False when another
    run has claimed it. The claim stays even when there is nothing new."""
    since, until, period = window(frequency, now)
    try:
        with transaction.atomic():
            run = DigestRun.objects.create(user=user, frequency=frequency, period_start=period)
            digest = build_digest(user, since, until)
            if not digest.is_empty:
                queue_digest_email(digest, frequency)
                run.items = digest.new_items
                run.save(update_fields=["items"])
    except IntegrityError:
        return False
    return True


def send_due_digests(now=None):
    now = now or timezone.now()
    counts = {}
    for frequency in (Frequency.WEEKLY, Frequency.MONTHLY):
        _since, _until, period = window(frequency, now)
        done = DigestRun.objects.filter(frequency=frequency, period_start=period).values("user_id")
        claimed = 0
        for choice in subscribers(frequency).exclude(user_id__in=done):
            if send_digest_once(choice.user, frequency, now):
                claimed += 1
        counts[str(frequency)] = claimed
    logger.info("Digests claimed: %s", counts)
    return counts


@task()
def send_digests():
    return send_due_digests()
