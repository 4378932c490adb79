"""An evaluation's results and its anonymous responses, read from the database
in a fixed number of queries."""

from .models import Response, Stage
from .questions import WELLBEING_FIELDS, AgeBand, Gender, Loneliness
from .statistics import collect, results_for

ANSWER_FIELDS = [*WELLBEING_FIELDS, "loneliness"]


def responses_of(evaluations):
    """Answer dicts for these evaluations' participants."""
    return Response.objects.filter(participant__evaluation__in=evaluations).values(
        "participant_id",
        "stage",
        *ANSWER_FIELDS,
        "participant__evaluation_id",
        "participant__consent_to_pool",
    )


def evaluation_results(evaluation):
    people = collect(
        Response.objects.filter(participant__evaluation=evaluation).values(
            "participant_id", "stage", *ANSWER_FIELDS
        )
    )
    return results_for(people, participants=evaluation.participants.count())


def anonymous_rows(evaluation):
    """One row per participant, before and after side by side, numbered in an order
    that says nothing of when they answered. No code, date, age or gender: the
    person running the activity knows who was there, and those could single
    someone out of a small group."""
    people = collect(
        Response.objects.filter(participant__evaluation=evaluation).values(
            "participant_id", "stage", "participant__code", *ANSWER_FIELDS
        )
    )
    ordered = sorted(
        people.values(), key=lambda answers: next(iter(answers.values()))["participant__code"]
    )
    rows = []
    for number, answers in enumerate(ordered, start=1):
        row = [number]
        for stage in Stage.values:
            given = answers.get(stage)
            row += [given[name] if given else "" for name in ANSWER_FIELDS]
        rows.append(row)
    return rows


def csv_header():
    return ["person"] + [f"{stage}_{name}" for stage in Stage.values for name in ANSWER_FIELDS]


def demographics(evaluation, smallest=5):
    """Counts of participants by age band and by gender, with counts under
    `smallest` shown only as "fewer than 5"."""
    participants = evaluation.participants.values_list("age_band", "gender")
    ages, genders = {}, {}
    for age, gender in participants:
        ages[age] = ages.get(age, 0) + 1
        genders[gender] = genders.get(gender, 0) + 1
    age_labels = dict(AgeBand.choices)
    gender_labels = dict(Gender.choices)

    def rows(counts, labels):
        return [
            (str(labels.get(key, "")) or "–", count if count >= smallest else None)
            for key, count in sorted(counts.items())
            if key
        ]

    return {"ages": rows(ages, age_labels), "genders": rows(genders, gender_labels)}


LONELINESS_LABELS = dict(Loneliness.choices)
