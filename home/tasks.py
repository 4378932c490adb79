"""Background work shared by the apps, run through Django's tasks interface."""

from django.conf import settings
from django.core.mail import EmailMessage
from django_tasks import task

from .emails import render_email


@task()
def send_email(subject, body, to, reply_to=None, attachments=None):
    """Send one plain-text e-mail. Arguments are plain values so a worker can run it;
    attachments are (file name, text content, MIME type) triples."""
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
    send_email.enqueue(subject, body, list(to), attachments=attachments)
