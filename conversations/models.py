"""Member-to-member conversations kept on the site: a thread between two people,
its messages, blocks and reports to the editors. Neither address is ever shown."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ThreadQuerySet(models.QuerySet):
    def involving(self, user):
        return self.filter(Q(first=user) | Q(second=user))


class Thread(models.Model):
    """A conversation between two people. When one of them closes their account
    their side becomes empty, and the other sees "a former member"."""

    first = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    second = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(default=timezone.now)
    last_message_at = models.DateTimeField(default=timezone.now)
    first_read_at = models.DateTimeField(null=True, blank=True)
    second_read_at = models.DateTimeField(null=True, blank=True)

    objects = ThreadQuerySet.as_manager()

    class Meta:
        verbose_name = _("conversation")
        ordering = ["-last_message_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["first", "second"], name="one_thread_per_pair")
        ]

    def __str__(self):
        return f"Conversation {self.pk}"

    def get_absolute_url(self):
        return reverse("conversations:thread", args=[self.pk])

    def includes(self, user):
        return user.pk is not None and user.pk in (self.first_id, self.second_id)

    def other(self, user):
        """The other person, or None for a former member."""
        return self.second if user.pk == self.first_id else self.first

    def read_at(self, user):
        return self.first_read_at if user.pk == self.first_id else self.second_read_at

    def is_unread_by(self, user):
        read = self.read_at(user)
        return read is None or read < self.last_message_at


class Message(models.Model):
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="messages")
    sender = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    body = models.TextField(max_length=2000)
    created_at = models.DateTimeField(default=timezone.now)
    # False when the recipient had blocked the sender: kept for the sender's
    # record, never shown to the recipient or e-mailed to them.
    delivered = models.BooleanField(default=True)
    # Set by an editor acting on a report: the words are no longer shown.
    removed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"Message {self.pk}"


class Block(models.Model):
    """`blocker` gets no more messages from `blocked`."""

    blocker = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    blocked = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["blocker", "blocked"], name="one_block_per_pair")
        ]

    def __str__(self):
        return f"Block {self.pk}"


class Report(models.Model):
    """A member tells the editors about a message they received."""

    class Status(models.TextChoices):
        OPEN = "open", _("Waiting for an editor")
        DISMISSED = "dismissed", _("No action needed")
        REMOVED = "removed", _("Message removed")

    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    reason = models.TextField(_("what is wrong"), max_length=1000)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    created_at = models.DateTimeField(default=timezone.now)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("reported message")
        ordering = ["created_at", "pk"]
        permissions = [("moderate_report", "Can moderate reported messages")]
        constraints = [
            models.UniqueConstraint(fields=["message", "reporter"], name="one_report_per_message")
        ]

    def __str__(self):
        return f"Report {self.pk}"
