"""Background work shared by the apps, run through Django's tasks interface."""

from django.conf import settings
from django.core.mail import EmailMessage
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
