"""The outbox: every e-mail the site sends is first a row here, written in the same
database transaction as the action that causes it, then delivered by a task.

A row is claimed before it is sent (a conditional UPDATE, so two workers cannot
both win it) and holds a lease while it is being sent; a worker that dies mid-send
leaves the row to be claimed again once the lease runs out. A failed send is
retried with growing delays until EMAIL_MAX_ATTEMPTS, after which the row waits
for an editor ("E-mails that could not be sent" in the admin).

Delivery is at least once, with the window for a second copy as small as it can
be: the row is marked sent straight after the mail server accepts the message,
before the connection is closed, and every copy carries the same Message-ID so a
receiving system can tell a repeat. Losing an e-mail (marking it sent first) is
the worse failure for confirmations and reminders."""

import base64
import datetime
import logging
import time

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.message import make_msgid
from django.db import DatabaseError, models, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_tasks import task

logger = logging.getLogger(__name__)


class OutgoingEmail(models.Model):
    """One e-mail on its way out. Its content is kept only until it is sent."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting to be sent")
        SENDING = "sending", _("Being sent")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Could not be sent")

    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    created_at = models.DateTimeField(default=timezone.now)
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    lease_expires_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=300, blank=True)
    message = models.JSONField(default=dict)

    class Meta:
        app_label = "home"
        verbose_name = _("outgoing e-mail")
        verbose_name_plural = _("outgoing e-mails")
        default_permissions = ()
        # E-mails hold personal data: only people trusted with it see them.
        permissions = [("manage_failed_email", "Can see and retry e-mails that could not be sent")]
        indexes = [models.Index(fields=["status", "next_attempt_at"])]

    def __str__(self):
        # No subject or address: this may appear in logs.
        return f"e-mail {self.pk} ({self.status})"

    @property
    def subject(self):
        return self.message.get("subject", "")

    @property
    def recipients(self):
        message = self.message
        return [*message.get("to", []), *message.get("cc", []), *message.get("bcc", [])]


# --- Recording ---------------------------------------------------------------


def record(message):
    """Store one EmailMessage in the outbox and queue its delivery. Called inside
    whatever transaction the caller is in, so the e-mail exists if and only if
    the action that caused it was saved."""
    email = OutgoingEmail.objects.create(message=serialise(message))
    deliver_email.enqueue(email.pk)
    return email


def serialise(message):
    """A JSON form of an EmailMessage that rebuild() turns back into one. The
    Message-ID is fixed here, so every attempt sends the same one."""
    headers = dict(message.extra_headers)
    if not any(name.lower() == "message-id" for name in headers):
        headers["Message-ID"] = make_msgid(domain=_message_id_domain())
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": str(message.from_email or settings.DEFAULT_FROM_EMAIL),
        "to": [str(a) for a in message.to],
        "cc": [str(a) for a in message.cc],
        "bcc": [str(a) for a in message.bcc],
        "reply_to": [str(a) for a in message.reply_to],
        "headers": {str(k): str(v) for k, v in headers.items()},
        "content_subtype": message.content_subtype,
        "alternatives": [
            [str(content), mimetype] for content, mimetype in getattr(message, "alternatives", [])
        ],
        "attachments": [_serialise_attachment(a) for a in message.attachments],
    }


def _serialise_attachment(attachment):
    if hasattr(attachment, "get_payload"):  # a MIME part built by the caller
        filename, content, mimetype = (
            attachment.get_filename(),
            attachment.get_payload(decode=True),
            attachment.get_content_type(),
        )
    else:
        filename, content, mimetype = attachment
    if isinstance(content, bytes):
        return {
            "filename": filename,
            "base64": base64.b64encode(content).decode(),
            "mimetype": mimetype,
        }
    return {"filename": filename, "text": content, "mimetype": mimetype}


def rebuild(data):
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
    )
    message.content_subtype = data.get("content_subtype", "plain")
    for content, mimetype in data["alternatives"]:
        message.attach_alternative(content, mimetype)
    for attachment in data["attachments"]:
        if "base64" in attachment:
            content = base64.b64decode(attachment["base64"])
        else:
            content = attachment["text"]
        message.attach(attachment["filename"], content, attachment["mimetype"])
    return message


def _message_id_domain():
    from django.core.mail.utils import DNS_NAME

    return str(DNS_NAME)


# --- Delivery ----------------------------------------------------------------


def claimable(now):
    """Waiting and due, or being sent by a worker whose lease has run out."""
    return Q(status=OutgoingEmail.Status.QUEUED, next_attempt_at__lte=now) | Q(
        status=OutgoingEmail.Status.SENDING, lease_expires_at__lte=now
    )


@task()
def deliver_email(email_id):
    """Send one outbox row if it is still due. Running it twice, or on two
    workers at once, sends it once."""
    return deliver(email_id)


def deliver(email_id):
    now = timezone.now()
    lease = datetime.timedelta(seconds=settings.EMAIL_LEASE_SECONDS)
    # The claim commits at once, so another worker sees it while this one sends.
    with transaction.atomic():
        won = (
            OutgoingEmail.objects.filter(claimable(now), pk=email_id).update(
                status=OutgoingEmail.Status.SENDING,
                lease_expires_at=now + lease,
                attempts=F("attempts") + 1,
            )
            == 1
        )
    if not won:
        return "not due"
    email = OutgoingEmail.objects.get(pk=email_id)
    connection = get_connection(settings.EMAIL_DELIVERY_BACKEND, fail_silently=False)
    try:
        connection.open()
        connection.send_messages([rebuild(email.message)])
    except Exception as error:  # noqa: BLE001 - any failure to send is retried
        return _failed(email, error)
    else:
        # Straight after the server took it, before anything else can go wrong.
        _mark_sent(email)
        return "sent"
    finally:
        try:
            connection.close()
        except Exception:  # noqa: BLE001 - the message is already with the server
            logger.warning("Closing the mail connection failed after sending e-mail %s", email.pk)


def _mark_sent(email):
    """Mark the row sent and drop its content. A database that is briefly away
    (a restart) is waited for: giving up here would send the e-mail again once
    the lease runs out."""
    for delay in (0, 0.5, 1, 2, 4, 8, 15):
        time.sleep(delay)
        try:
            OutgoingEmail.objects.filter(pk=email.pk).update(
                status=OutgoingEmail.Status.SENT,
                sent_at=timezone.now(),
                lease_expires_at=None,
                last_error="",
                message={},
            )
            logger.info("Sent e-mail %s (attempt %s)", email.pk, email.attempts)
            return
        except DatabaseError:
            logger.warning("Could not mark e-mail %s sent yet; trying again", email.pk)
    raise DatabaseError(f"E-mail {email.pk} was sent but could not be marked sent")


def _failed(email, error):
    description = describe_error(error)
    if email.attempts >= settings.EMAIL_MAX_ATTEMPTS:
        OutgoingEmail.objects.filter(pk=email.pk).update(
            status=OutgoingEmail.Status.FAILED, lease_expires_at=None, last_error=description
        )
        logger.error(
            "E-mail %s could not be sent after %s attempts: %s",
            email.pk,
            email.attempts,
            description,
        )
        return "failed"
    retry_at = timezone.now() + retry_delay(email.attempts)
    with transaction.atomic():
        OutgoingEmail.objects.filter(pk=email.pk).update(
            status=OutgoingEmail.Status.QUEUED,
            next_attempt_at=retry_at,
            lease_expires_at=None,
            last_error=description,
        )
        _enqueue_at(email.pk, retry_at)
    logger.warning(
        "E-mail %s not sent (attempt %s): %s; next try at %s",
        email.pk,
        email.attempts,
        description,
        retry_at.isoformat(),
    )
    return "retry"


def retry_delay(attempts):
    """One minute, then twice as long after each failure, at most EMAIL_RETRY_MAX_DELAY."""
    seconds = settings.EMAIL_RETRY_FIRST_DELAY * 2 ** max(attempts - 1, 0)
    return datetime.timedelta(seconds=min(seconds, settings.EMAIL_RETRY_MAX_DELAY))


def _enqueue_at(email_id, when):
    # A backend that cannot defer (the immediate one) would send again at once;
    # there the requeue job picks the row up when it is due.
    if deliver_email.get_backend().supports_defer:
        deliver_email.using(run_after=when).enqueue(email_id)


def describe_error(error):
    """What went wrong, without addresses or content (they may be in the text
    of SMTP errors): the kind of error and the server's code or system's reason."""
    reason = getattr(error, "smtp_code", None) or getattr(error, "strerror", None) or ""
    return f"{type(error).__name__}{': ' if reason else ''}{reason}"[:300]


# --- Recovery and retry by hand ----------------------------------------------


def requeue_stalled(now=None):
    """Queue delivery again for rows whose task is gone: due for a while and not
    picked up (the task was lost, or the backend cannot defer), or claimed by a
    worker whose lease ran out (it died mid-send). Extra tasks are harmless."""
    now = now or timezone.now()
    grace = datetime.timedelta(seconds=settings.EMAIL_REQUEUE_AFTER_SECONDS)
    stalled = list(
        OutgoingEmail.objects.filter(
            Q(status=OutgoingEmail.Status.QUEUED, next_attempt_at__lte=now - grace)
            | Q(status=OutgoingEmail.Status.SENDING, lease_expires_at__lte=now)
        ).values_list("pk", flat=True)[:1000]
    )
    for pk in stalled:
        with transaction.atomic():
            # Still due, but not again until the grace has passed once more.
            OutgoingEmail.objects.filter(pk=pk, status=OutgoingEmail.Status.QUEUED).update(
                next_attempt_at=now
            )
            deliver_email.enqueue(pk)
    return len(stalled)


def retry_failed(emails):
    """An editor's retry: the e-mails get a fresh set of attempts, starting now."""
    count = 0
    for email in emails:
        with transaction.atomic():
            reset = OutgoingEmail.objects.filter(
                pk=email.pk, status=OutgoingEmail.Status.FAILED
            ).update(status=OutgoingEmail.Status.QUEUED, attempts=0, next_attempt_at=timezone.now())
            if reset:
                deliver_email.enqueue(email.pk)
                count += 1
    return count


def prune_sent(older_than_days=7):
    """Sent rows are kept a week (their content is already gone) to answer "was
    it sent?", then removed."""
    cutoff = timezone.now() - datetime.timedelta(days=older_than_days)
    deleted, _detail = OutgoingEmail.objects.filter(
        status=OutgoingEmail.Status.SENT, sent_at__lt=cutoff
    ).delete()
    return deleted
