"""Messages between members, sent by e-mail without showing either address.

Every message carries a reply link: signed, bound to the person it was sent to,
valid for a while and good for one reply. It works whether or not the sender is
listed in the directory, and the reply carries a fresh link back."""

import secrets

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation

from home.tasks import send_templated_email

from .models import User

REPLY_SALT = "members.contact.reply"


class ReplyLinkRefused(Exception):
    """A reply link that is valid but can no longer be used; the reason to show."""


def send_message(sender, recipient, message):
    token = signing.dumps(
        {"from": sender.pk, "to": recipient.pk, "once": secrets.token_urlsafe(12)},
        salt=REPLY_SALT,
        compress=True,
    )
    with translation.override(recipient.email_language):
        send_templated_email(
            "members/email/contact.txt",
            {
                "sender": sender,
                "recipient": recipient,
                "message": message,
                "reply_path": reverse("members:reply", args=[token]),
                "reply_days": settings.MEMBER_CONTACT_REPLY_DAYS,
            },
            [recipient.email],
        )


def read_reply_link(token, user):
    """The person to reply to, for `user` holding `token`. None when the token is
    not genuine or is someone else's (the same answer, so nothing is learnt);
    ReplyLinkRefused when it has expired, been used, or its sender has left."""
    max_age = settings.MEMBER_CONTACT_REPLY_DAYS * 24 * 60 * 60
    try:
        data = signing.loads(token, salt=REPLY_SALT, max_age=max_age)
    except signing.SignatureExpired as expired:
        raise ReplyLinkRefused("expired") from expired
    except signing.BadSignature:
        return None
    if data.get("to") != user.pk:
        return None
    if cache.get(_used_key(data)):
        raise ReplyLinkRefused("used")
    sender = User.objects.filter(pk=data.get("from"), is_active=True).first()
    if sender is None:
        raise ReplyLinkRefused("gone")
    return sender, data


def claim_reply_link(data):
    """Mark the link used; False if another request used it first. The mark lives
    in the shared cache for as long as the link could be valid."""
    max_age = settings.MEMBER_CONTACT_REPLY_DAYS * 24 * 60 * 60
    return cache.add(_used_key(data), True, max_age)


def _used_key(data):
    return f"member-contact-reply-used:{data.get('once')}"
