"""Who wants a digest of what is new, how often, and which digests have gone."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Frequency(models.TextChoices):
    WEEKLY = "weekly", _("Weekly")
    MONTHLY = "monthly", _("Monthly")
    NONE = "none", _("No digest")


class DigestChoice(models.Model):
    """A member's choice of digest. Its own table rather than a field on the
    profile: the digest is this app's business, and members/ need not know it."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="digest_choice"
    )
    frequency = models.CharField(
        _("e-mail digest"), max_length=10, choices=Frequency.choices, default=Frequency.NONE
    )
    changed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("digest choice")
        indexes = [models.Index(fields=["frequency"])]

    def __str__(self):
        return f"{self.user_id}: {self.frequency}"


class DigestRun(models.Model):
    """One member's digest for one period. The unique row is claimed in the same
    transaction as the e-mail is queued, so a job that runs twice, or on two
    machines at once, sends each member one digest per period. A period with
    nothing new keeps its row too (with no items), so it is not looked at again."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="digest_runs"
    )
    frequency = models.CharField(max_length=10, choices=Frequency.choices)
    period_start = models.DateField()
    items = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("digest sent")
        verbose_name_plural = _("digests sent")
        default_permissions = ()
        permissions = [
            ("view_digest_report", "Can see when digests went and preview a member's next one")
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "frequency", "period_start"], name="one_digest_per_period"
            )
        ]
        indexes = [models.Index(fields=["created_at"])]

    def __str__(self):
        return f"{self.frequency} digest of {self.period_start} for {self.user_id}"

    @property
    def sent(self):
        return self.items > 0
