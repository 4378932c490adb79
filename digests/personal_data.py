"""A member's digest choice and the digests sent to them, in their data export and
when they leave."""

from home.personal_data import Handling

from .models import DigestChoice, DigestRun

RELATIONS = {
    ("digests.DigestChoice", "user"): Handling("digest", "deleted"),
    ("digests.DigestRun", "user"): Handling("digests_sent", "deleted"),
}


def export_personal_data(user, data):
    choice = DigestChoice.objects.filter(user=user).first()
    data["digest"] = (
        {"frequency": choice.frequency, "changed_at": choice.changed_at} if choice else None
    )
    data["digests_sent"] = [
        {"frequency": run.frequency, "period_start": run.period_start, "sent_at": run.created_at}
        for run in DigestRun.objects.filter(user=user, items__gt=0).order_by("created_at")
    ]


def forget(user):
    DigestRun.objects.filter(user=user).delete()
    DigestChoice.objects.filter(user=user).delete()
