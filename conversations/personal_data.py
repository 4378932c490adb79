"""A member's conversations in their data export, and what goes when they leave:
the messages they wrote, their blocks and reports. The other person keeps their
own messages, and sees "a former member" in their place."""

from django.db.models import Q

from home.personal_data import Handling

from .messaging import visible_messages
from .models import Block, Message, Report, Thread

RELATIONS = {
    ("conversations.Thread", "first"): Handling(
        "conversations", "emptied (the other person sees “a former member”)"
    ),
    ("conversations.Thread", "second"): Handling(
        "conversations", "emptied (the other person sees “a former member”)"
    ),
    ("conversations.Message", "sender"): Handling("conversations", "deleted"),
    ("conversations.Block", "blocker"): Handling("blocked_members", "deleted"),
    ("conversations.Block", "blocked"): Handling("", "deleted"),
    ("conversations.Report", "reporter"): Handling("reported_messages", "deleted"),
    ("conversations.Report", "decided_by"): Handling("", "kept, without the editor's name"),
}


def export_personal_data(user, data):
    conversations = []
    for thread in Thread.objects.involving(user).select_related("first", "second"):
        other = thread.other(user)
        conversations.append(
            {
                "with": other.get_full_name() if other else "a former member",
                "started_at": thread.created_at,
                "messages": [
                    {
                        "from": "me" if message.sender_id == user.pk else "them",
                        "sent_at": message.created_at,
                        "text": "" if message.removed_at else message.body,
                        "removed_by_editors": message.removed_at is not None,
                    }
                    for message in visible_messages(thread, user)
                ],
            }
        )
    data["conversations"] = conversations
    data["blocked_members"] = [
        {"name": block.blocked.get_full_name(), "since": block.created_at}
        for block in Block.objects.filter(blocker=user).select_related("blocked")
    ]
    data["reported_messages"] = [
        {"reason": report.reason, "status": report.status, "reported_at": report.created_at}
        for report in Report.objects.filter(reporter=user)
    ]


def forget(user):
    Report.objects.filter(decided_by=user).update(decided_by=None)
    Report.objects.filter(reporter=user).delete()
    Block.objects.filter(Q(blocker=user) | Q(blocked=user)).delete()
    Message.objects.filter(sender=user).delete()
    Thread.objects.filter(first=user).update(first=None)
    Thread.objects.filter(second=user).update(second=None)
    # A conversation neither person is left in, or with nothing left in it, goes.
    Thread.objects.filter(first__isnull=True, second__isnull=True).delete()
    Thread.objects.filter(messages__isnull=True).filter(
        Q(first__isnull=True) | Q(second__isnull=True)
    ).delete()
