"""The demo's collaboration calls: open ones, from the demo member, and one waiting
for an editor, so both sides of review can be tried."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from .models import Call

DEMO_CALLS = [
    {
        "topic": "Measuring loneliness before and after archive volunteering",
        "description": (
            "We are planning a small study of how volunteering in a county archive "
            "affects loneliness over twelve weeks, using the ONS questions. We are "
            "looking for two or three other heritage groups running regular volunteer "
            "sessions who would ask the same questions, so that the results can be "
            "pooled, and for someone with experience of writing up evaluations."
        ),
        "looking_for": "partners,co-authors",
        "sectors": "health",
        "region": "wales",
        "status": Call.Status.APPROVED,
        "days": 60,
    },
    {
        "topic": "Green heritage walks for people living with long-term pain",
        "description": (
            "A canal trust and a physiotherapy service want to test guided heritage "
            "walks as a referral option. We need participants' views on route length "
            "and pace, and anonymised data from any similar walking programme."
        ),
        "looking_for": "participants,data",
        "sectors": "nature,physical-activity",
        "region": "north-west",
        "status": Call.Status.SUBMITTED,
        "days": 45,
    },
    {
        "topic": "Museum objects and reminiscence in care homes: comparing approaches",
        "description": (
            "Two museums and an arts charity take handling boxes and creative sessions into "
            "care homes. We would like to compare how residents respond to object handling "
            "alone and to handling followed by drawing or writing, and are looking for "
            "other organisations doing either who could use the same short observation "
            "sheet for a season."
        ),
        "looking_for": "partners,data",
        "sectors": "arts-culture,health",
        "region": "north-east",
        "status": Call.Status.APPROVED,
        "days": 75,
    },
    {
        "topic": "Historic parks as places for green social prescribing",
        "description": (
            "A friends group of a Victorian park and a walking-for-health scheme want to "
            "find out who uses referred walking and gardening sessions in historic parks, "
            "and what keeps them coming. We are looking for other parks and gardens to "
            "take part, and for people who have joined such sessions to talk to us."
        ),
        "looking_for": "partners,participants",
        "sectors": "nature,physical-activity",
        "region": "london",
        "status": Call.Status.APPROVED,
        "days": 90,
    },
]


def load_calls(site):
    poster = get_user_model().objects.filter(email="member@example.org").first()
    if poster is None:
        return
    for spec in DEMO_CALLS:
        spec = dict(spec)
        days = spec.pop("days")
        if Call.objects.filter(topic=spec["topic"]).exists():
            continue
        Call.objects.create(
            poster=poster,
            deadline=timezone.localdate() + datetime.timedelta(days=days),
            approved_at=timezone.now() if spec["status"] == Call.Status.APPROVED else None,
            **spec,
        )
