"""A member's evaluations in their data export, and what happens to them when
they leave. Participants' answers are about no one who has an account, so they
are exported as the anonymous rows the member could already download."""

from django.utils import timezone

from home.personal_data import Handling

from .models import Evaluation
from .results import anonymous_rows, csv_header

RELATIONS = {
    ("evaluation.Evaluation", "owner"): Handling(
        "evaluations",
        "shared ones are closed and kept without their owner for the pooled evidence; "
        "the others are deleted with their answers",
    ),
    ("evaluation.Evaluation", "excluded_by"): Handling(
        "", "cleared: the exclusion and its reason stay"
    ),
}


def export_personal_data(user, data):
    data["evaluations"] = [
        {
            "name": evaluation.name,
            "organisation": evaluation.organisation,
            "activity_type": str(evaluation.get_activity_type_display()),
            "region": str(evaluation.get_region_display()),
            "starts_on": evaluation.starts_on,
            "ends_on": evaluation.ends_on,
            "sessions": evaluation.sessions,
            "share_with_community": evaluation.share_with_community,
            "created_at": evaluation.created_at,
            "closed_at": evaluation.closed_at,
            "anonymous_responses": {
                "columns": csv_header(),
                "rows": anonymous_rows(evaluation),
            },
        }
        for evaluation in Evaluation.objects.filter(owner=user).order_by("pk")
    ]


def forget(user):
    """Evaluations shared with the pool stay in it, closed and without an owner;
    the rest go, with every answer given in them."""
    Evaluation.objects.filter(owner=user, share_with_community=False).delete()
    Evaluation.objects.filter(owner=user, closed_at__isnull=True).update(closed_at=timezone.now())
    Evaluation.objects.filter(owner=user).update(owner=None)
