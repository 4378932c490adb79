"""Sending the site's own e-mails. Each goes into the outbox (home/outbox.py,
through EMAIL_BACKEND) in the caller's transaction; a task delivers it."""

from django.conf import settings
from django.core.mail import EmailMessage

from .emails import render_email


def send_email(subject, body, to, reply_to=None, attachments=None):
    """Queue one plain-text e-mail; attachments are (file name, text content, MIME
    type) triples. Written to the outbox at once rather than through a task of its
    own, so a task run twice can never write it twice."""
    message = EmailMessage(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=list(to),
        reply_to=list(reply_to or []),
    )
    for filename, content, mimetype in attachments or []:
        message.attach(filename, content, mimetype)
    message.send()


def send_templated_email(template, context, to, attachments=None):
    """Render a plain-text e-mail template (first line: the subject; the rest: the
    body, with `site_url` available) and queue it for sending."""
    context = {"site_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/"), **context}
    subject, body = render_email(template, context)
    send_email(subject, body, list(to), attachments=attachments)
