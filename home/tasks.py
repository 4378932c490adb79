"""Sending the site's own e-mails. Each goes into the outbox (home/outbox.py,
through EMAIL_BACKEND) in the caller's transaction; a task delivers it. Every
one is written in the site's layout (home/emails.py) in the language active
when it is sent: callers switch to the recipient's (User.email_language)."""

from .emails import build_templated_email, compose


def send_email(subject, body, to, reply_to=None, attachments=None, reason="account"):
    """Queue one e-mail; attachments are (file name, text content, MIME type)
    triples. Written to the outbox at once rather than through a task of its own,
    so a task run twice can never write it twice."""
    message = compose(subject, body, to, reason=reason, reply_to=list(reply_to or []))
    _attach(message, attachments)
    message.send()


def send_templated_email(template, context, to, attachments=None, reason=None):
    """Render an e-mail template (first line: the subject; the rest: the body,
    with `site_url` available) in the site's layout and queue it for sending."""
    message = build_templated_email(template, context, list(to), reason=reason)
    _attach(message, attachments)
    message.send()


def _attach(message, attachments):
    for filename, content, mimetype in attachments or []:
        message.attach(filename, content, mimetype)
