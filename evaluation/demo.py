"""The demo's evaluations, with synthetic answers made reproducibly from a fixed
seed: one with 24 people who answered before and after (so the results show
means, intervals and charts), one with 3 (so the small-number rule shows), and
a third member's shared one so that the pooled evidence has more than one type
of activity. Idempotent: an evaluation already there is left alone."""

import datetime
import random

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from .models import (
    CODE_ALPHABET,
    CODE_LENGTH,
    ActivityType,
    Evaluation,
    Participant,
    Response,
    Stage,
)
from .questions import AgeBand, Gender

SEED = 18

EVALUATIONS = [
    {
        "owner": "member@example.org",
        "name": "Memory and making: object handling at the town museum",
        "organisation": "Riverside Town Museum",
        "activity_type": ActivityType.OBJECT_HANDLING,
        "region": "north-west",
        "weeks_ago": 14,
        "sessions": 8,
        "closed": True,
        "paired": 24,
        "before_only": 3,
        "lift": 1.1,
    },
    {
        "owner": "member@example.org",
        "name": "Heritage walks for new parents",
        "organisation": "Riverside Town Museum",
        "activity_type": ActivityType.WALKS,
        "region": "north-west",
        "weeks_ago": 3,
        "sessions": 6,
        "closed": False,
        "paired": 3,
        "before_only": 2,
        "lift": 0.8,
    },
    {
        "owner": "demo.member01@example.org",
        "name": "Walled garden volunteering",
        "organisation": "Friends of the Walled Garden",
        "activity_type": ActivityType.GREEN_HERITAGE,
        "region": "wales",
        "weeks_ago": 20,
        "sessions": 10,
        "closed": True,
        "paired": 14,
        "before_only": 1,
        "lift": 0.9,
    },
]


def _score(rng, centre, spread=1.8):
    return max(0, min(10, round(rng.gauss(centre, spread))))


def _answers(rng, person, lift, after):
    """One person's answers: their own baseline, improved by about `lift` afterwards."""
    shift = (lift + rng.gauss(0, 1.0)) if after else 0
    return {
        "life_satisfaction": _score(rng, person["life"] + shift, 0.8),
        "worthwhile": _score(rng, person["worth"] + shift * 0.8, 0.8),
        "happiness": _score(rng, person["happy"] + shift * 1.1, 1.0),
        "anxiety": _score(rng, person["anxious"] - shift, 1.0),
        "loneliness": max(1, min(5, round(person["lonely"] - (shift / 1.5 if after else 0)))),
    }


def _person(rng):
    return {
        "life": rng.gauss(5.6, 1.8),
        "worth": rng.gauss(6.2, 1.6),
        "happy": rng.gauss(5.4, 2.0),
        "anxious": rng.gauss(4.8, 2.2),
        "lonely": rng.choice([2, 3, 3, 4, 4, 5]),
    }


def load_evaluations(site):
    users = get_user_model().objects
    today = timezone.localdate()
    for spec in EVALUATIONS:
        owner = users.filter(email=spec["owner"]).first()
        if owner is None or Evaluation.objects.filter(owner=owner, name=spec["name"]).exists():
            continue
        # Each evaluation its own stream, so one already there changes none of the others.
        rng = random.Random(f"{SEED}:{spec['name']}")
        with transaction.atomic():
            _load(rng, owner, spec, today)


def _load(rng, owner, spec, today):
    starts = today - datetime.timedelta(weeks=spec["weeks_ago"])
    ends = starts + datetime.timedelta(weeks=spec["sessions"] - 1)
    evaluation = Evaluation.objects.create(
        owner=owner,
        name=spec["name"],
        organisation=spec["organisation"],
        activity_type=spec["activity_type"],
        region=spec["region"],
        starts_on=starts,
        ends_on=max(ends, starts),
        sessions=spec["sessions"],
        share_with_community=True,
        closed_at=timezone.now() if spec["closed"] else None,
    )
    codes = set()
    for number in range(spec["paired"] + spec["before_only"]):
        code = "".join(rng.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        while code in codes:
            code = "".join(rng.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        codes.add(code)
        participant = Participant.objects.create(
            evaluation=evaluation,
            code=code,
            age_band=rng.choice(AgeBand.values[3:]),
            gender=rng.choice([Gender.WOMAN, Gender.WOMAN, Gender.MAN, Gender.NOT_SAID]),
            consent_to_pool=rng.random() < 0.9,
        )
        person = _person(rng)
        Response.objects.create(
            participant=participant,
            stage=Stage.BEFORE,
            answered_on=starts,
            on_paper=number % 5 == 0,
            **_answers(rng, person, spec["lift"], after=False),
        )
        if number < spec["paired"]:
            Response.objects.create(
                participant=participant,
                stage=Stage.AFTER,
                answered_on=evaluation.ends_on,
                on_paper=number % 5 == 0,
                **_answers(rng, person, spec["lift"], after=True),
            )
