import datetime

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from evaluation.answers import save_after, save_before
from evaluation.models import Evaluation
from members.models import Profile
from tests.factories import UserFactory
from tests.members.conftest import make_person


@pytest.fixture
def owner(db):
    return make_person("evaluator@example.org", full_name="Eva Evaluator")


@pytest.fixture
def other_member(db):
    return make_person("other.member@example.org", full_name="Otto Other")


@pytest.fixture
def applicant(db):
    return make_person("pending@example.org", status=Profile.Status.APPLIED)


@pytest.fixture
def editor(db):
    return UserFactory(
        email="evaluation.editor@example.org", groups=[Group.objects.get(name="Editors")]
    )


def make_evaluation(owner, **fields):
    today = timezone.localdate()
    values = {
        "name": "Archive memories group",
        "organisation": "County Record Office",
        "activity_type": "archives",
        "region": "wales",
        "starts_on": today - datetime.timedelta(days=30),
        "ends_on": today,
        "sessions": 6,
    }
    values.update(fields)
    return Evaluation.objects.create(owner=owner, **values)


@pytest.fixture
def evaluation(owner):
    return make_evaluation(owner)


def answers(life=5, worthwhile=6, happiness=5, anxiety=4, loneliness=3, consent="yes", **extra):
    return {
        "life_satisfaction": life,
        "worthwhile": worthwhile,
        "happiness": happiness,
        "anxiety": anxiety,
        "loneliness": loneliness,
        "consent": consent,
        **extra,
    }


def add_pair(evaluation, before, after, consent="yes"):
    """A participant who answered before and after, with these life-satisfaction
    scores (the other measures follow them)."""
    participant = save_before(
        evaluation, answers(before, before, before, 10 - before, consent=consent)
    )
    save_after(
        evaluation, participant.code, answers(after, after, after, 10 - after, consent=consent)
    )
    return participant


def form_post(stage, submission, code=None, **overrides):
    data = {
        "submission": submission,
        "life_satisfaction": "6",
        "worthwhile": "7",
        "happiness": "5",
        "anxiety": "3",
        "loneliness": "4",
        "consent": "yes",
    }
    if stage == "before":
        data.update({"age_band": "65-74", "gender": "woman", "remember": "on"})
    if code is not None:
        data["code"] = code
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}
