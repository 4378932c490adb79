"""Background work shared by the apps, run through Django's tasks interface."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django_tasks import task


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
    subject, _newline, body = render_to_string(template, context).partition("\n")
    send_email.enqueue(subject.strip(), body.strip() + "\n", list(to), attachments=attachments)
