"""The e-mail backend the whole site uses (EMAIL_BACKEND): it sends nothing
itself but puts each message in the outbox (home/outbox.py), in the caller's
transaction, for a task to deliver through EMAIL_DELIVERY_BACKEND. So allauth's,
Wagtail's and the site's own e-mails all survive a mail server that is down."""

from django.core.mail.backends.base import BaseEmailBackend

from .outbox import record


class OutboxEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        for message in email_messages:
            record(message)
        return len(email_messages)
