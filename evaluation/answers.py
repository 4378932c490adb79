"""Saving answers: a new participant with a fresh code, or the "after" answers
paired with the "before" ones. Each save is one transaction, so a refused or
repeated submission leaves nothing half-saved."""

from django.db import IntegrityError, transaction

from .models import Participant, Response, Stage, new_code
from .questions import WELLBEING_FIELDS


class AnswerRefused(Exception):
    """Why answers were not saved, in words for the person who sent them."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


ALREADY_SAVED = "already-saved"
ALREADY_ANSWERED = "already-answered"
UNKNOWN_CODE = "unknown-code"


def _answers(data):
    return {name: data[name] for name in [*WELLBEING_FIELDS, "loneliness"]}


def _new_participant(evaluation, **fields):
    """A participant with a code no one else in this evaluation has."""
    for _attempt in range(20):
        code = new_code()
        try:
            with transaction.atomic():
                return Participant.objects.create(evaluation=evaluation, code=code, **fields)
        except IntegrityError:
            continue
    raise RuntimeError("No free participant code after 20 tries.")


def find_participant(evaluation, code):
    return Participant.objects.filter(evaluation=evaluation, code=code).first()


@transaction.atomic
def save_before(evaluation, data, submission=None, on_paper=False):
    """A new participant's "before" answers; returns the participant (with its code)."""
    if submission and Response.objects.filter(submission=submission).exists():
        raise AnswerRefused(ALREADY_SAVED)
    participant = _new_participant(
        evaluation,
        age_band=data.get("age_band") or "",
        gender=data.get("gender") or "",
        consent_to_pool=data["consent"] == "yes",
    )
    _save_response(participant, Stage.BEFORE, data, submission, on_paper)
    return participant


@transaction.atomic
def save_after(evaluation, code, data, submission=None, on_paper=False):
    """The "after" answers of the participant with this code."""
    if submission and Response.objects.filter(submission=submission).exists():
        raise AnswerRefused(ALREADY_SAVED)
    participant = (
        Participant.objects.select_for_update().filter(evaluation=evaluation, code=code).first()
    )
    if participant is None:
        raise AnswerRefused(UNKNOWN_CODE)
    if participant.responses.filter(stage=Stage.AFTER).exists():
        raise AnswerRefused(ALREADY_ANSWERED)
    # The latest word on consent counts: someone may change their mind.
    participant.consent_to_pool = data["consent"] == "yes"
    participant.save(update_fields=["consent_to_pool"])
    _save_response(participant, Stage.AFTER, data, submission, on_paper)
    return participant


def _save_response(participant, stage, data, submission, on_paper):
    try:
        with transaction.atomic():
            Response.objects.create(
                participant=participant,
                stage=stage,
                submission=submission or None,
                on_paper=on_paper,
                **_answers(data),
            )
    except IntegrityError as error:
        # Two identical submissions at the same moment: the second finds the first.
        reason = ALREADY_SAVED if submission else ALREADY_ANSWERED
        raise AnswerRefused(reason) from error
