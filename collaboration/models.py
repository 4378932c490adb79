"""Research collaboration calls (the community's sixth objective): a member asks
for partners, participants, data or co-authors; editors review the call; other
members say they are interested; the poster accepts, and only then do the two
learn each other's e-mail addresses."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.sectors import Sector, choice_list
from members.models import Region


class LookingFor(models.TextChoices):
    PARTNERS = "partners", _("Partners")
    PARTICIPANTS = "participants", _("Participants")
    DATA = "data", _("Data")
    CO_AUTHORS = "co-authors", _("Co-authors")


class CallQuerySet(models.QuerySet):
    def open(self):
        """Approved, not closed, deadline not passed: what the listing shows."""
        return self.filter(status=Call.Status.APPROVED, deadline__gte=timezone.localdate())

    def waiting_for_review(self):
        return self.filter(status=Call.Status.SUBMITTED)


class Call(models.Model):
    class Status(models.TextChoices):
        SUBMITTED = "submitted", _("Waiting for review")
        APPROVED = "approved", _("Open")
        DECLINED = "declined", _("Declined")
        CLOSED = "closed", _("Closed")

    poster = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="collaboration_calls"
    )
    topic = models.CharField(_("topic"), max_length=160)
    description = models.TextField(_("what the research is and what you need"), max_length=3000)
    # Fixed codes joined by commas: no code is part of another, so `contains` filters.
    looking_for = models.CharField(max_length=120)
    sectors = models.CharField(max_length=120, blank=True)
    region = models.CharField(_("region"), max_length=20, choices=Region.choices)
    deadline = models.DateField(_("deadline"))
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.SUBMITTED)
    decision_note = models.TextField(blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    approved_at = models.DateTimeField(null=True, blank=True)

    objects = CallQuerySet.as_manager()

    class Meta:
        ordering = ["deadline", "pk"]
        verbose_name = _("collaboration call")

    def __str__(self):
        return self.topic

    @property
    def looking_for_labels(self):
        return choice_list(self.looking_for, LookingFor.choices)

    @property
    def sector_labels(self):
        return choice_list(self.sectors, Sector.choices)

    @property
    def is_open(self):
        return self.status == self.Status.APPROVED and self.deadline >= timezone.localdate()

    def may_see(self, user):
        """Open calls are public; the poster and editors see any of theirs."""
        if self.is_open:
            return True
        return user.is_authenticated and (
            user.pk == self.poster_id or user.has_perm("collaboration.change_call")
        )


class Response(models.Model):
    """One member's "I'm interested". Neither side's address is shown to the other
    until the poster accepts."""

    class Status(models.TextChoices):
        WAITING = "waiting", _("Waiting for the poster")
        ACCEPTED = "accepted", _("Accepted")

    call = models.ForeignKey(Call, on_delete=models.CASCADE, related_name="responses")
    responder = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="collaboration_responses"
    )
    message = models.TextField(max_length=1000)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.WAITING)
    created_at = models.DateTimeField(auto_now_add=True)
    accepted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["call", "responder"], name="one_response_per_member")
        ]

    def __str__(self):
        return f"Response {self.pk} to call {self.call_id}"
