"""Sending messages in a conversation: the limits, blocks and the e-mail notice.

The notice carries a reply link: signed, naming the conversation and the person
it was sent to. It opens the conversation after logging in, and only for them."""

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation

from home.ratelimit import client_ip, within_limit
from home.tasks import send_templated_email

from .models import Block, Message, Thread

REPLY_SALT = "conversations.reply"


class NotAllowed(Exception):
    """The message cannot be sent; the reason to show."""


def contact_allowed(request):
    """A member may send a few messages an hour: enough to collaborate, too few to
    spam. Counted in the shared cache, per member and per client address."""
    per_member = within_limit(
        f"member-contact:user:{request.user.pk}", *settings.MEMBER_CONTACT_RATE_LIMIT
    )
    per_address = within_limit(
        f"member-contact:ip:{client_ip(request)}",
        *settings.MEMBER_CONTACT_RATE_LIMIT_PER_ADDRESS,
    )
    return per_member and per_address


def thread_between(one, other):
    """The conversation between two people, started if there is none yet."""
    first, second = sorted([one, other], key=lambda user: user.pk)
    thread = Thread.objects.filter(first=first, second=second).first()
    if thread is not None:
        return thread
    try:
        with transaction.atomic():
            return Thread.objects.create(first=first, second=second)
    except IntegrityError:  # started at the same moment from the other side
        return Thread.objects.get(first=first, second=second)


def has_blocked(blocker, blocked):
    return Block.objects.filter(blocker=blocker, blocked=blocked).exists()


@transaction.atomic
def send(thread, sender, body):
    """Store the message and tell the other person by e-mail, unless they have
    blocked the sender: then it is kept, but neither shown to them nor sent."""
    recipient = thread.other(sender)
    if recipient is None or not recipient.is_active:
        raise NotAllowed("gone")
    if has_blocked(sender, recipient):
        raise NotAllowed("you_blocked")
    now = timezone.now()
    delivered = not has_blocked(recipient, sender)
    message = Message.objects.create(
        thread=thread, sender=sender, body=body, created_at=now, delivered=delivered
    )
    read_field = "first_read_at" if sender.pk == thread.first_id else "second_read_at"
    updates = {read_field: now}
    if delivered:
        updates["last_message_at"] = now
    Thread.objects.filter(pk=thread.pk).update(**updates)
    if delivered:
        _notify(thread, sender, recipient, body)
    return message


def _notify(thread, sender, recipient, body):
    with translation.override(recipient.email_language):
        send_templated_email(
            "conversations/email/message.txt",
            {
                "sender": sender,
                "recipient": recipient,
                "message": body,
                "reply_path": reverse(
                    "conversations:reply_link", args=[reply_token(thread, recipient)]
                ),
            },
            [recipient.email],
        )


def reply_token(thread, recipient):
    return signing.dumps({"t": thread.pk, "to": recipient.pk}, salt=REPLY_SALT)


def read_reply_token(token, user):
    """The conversation a reply link opens for `user`; None for a link that is
    forged or someone else's (the same answer, so nothing is learnt)."""
    try:
        data = signing.loads(token, salt=REPLY_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or data.get("to") != user.pk:
        return None
    thread = Thread.objects.filter(pk=data.get("t")).first()
    if thread is None or not thread.includes(user):
        return None
    return thread


def mark_read(thread, user):
    field = "first_read_at" if user.pk == thread.first_id else "second_read_at"
    Thread.objects.filter(pk=thread.pk).update(**{field: timezone.now()})


def visible_messages(thread, user):
    """What `user` sees of a conversation: everything they sent, and what was
    delivered to them."""
    from_them = Message.objects.filter(thread=thread).exclude(sender=user)
    return (
        Message.objects.filter(thread=thread, sender=user) | from_them.filter(delivered=True)
    ).order_by("created_at", "pk")
