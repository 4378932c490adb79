"""The community's pooled evidence: every shared, closed evaluation's paired
answers from people who agreed, by type of activity and by region.

Suppression, so that no one's answers can be worked out from what is published:
- an evaluation joins the pool only with at least MIN_PEOPLE_PER_EVALUATION
  paired people who agreed, so comparing the figures before and after it joined
  cannot reveal one person;
- no figure is shown for a group of fewer than MIN_PEOPLE people;
- if the groups hidden in one breakdown add up to fewer than MIN_PEOPLE, the
  smallest shown groups are hidden too, until they do, so subtracting the shown
  groups from the total cannot reveal a hidden one.
Ten is the threshold the issue asks for and a common one in health statistics'
disclosure control; it also keeps away intervals too wide to mean anything."""

from dataclasses import dataclass, field

from members.models import Region

from .models import ActivityType, Evaluation
from .questions import WELLBEING_QUESTIONS
from .results import responses_of
from .statistics import collect, paired_change

MIN_PEOPLE = 10
MIN_PEOPLE_PER_EVALUATION = 5


@dataclass
class PoolGroup:
    label: str
    evaluations: int
    people: int
    suppressed: bool = False
    measures: list = field(default_factory=list)  # [(label, PairedChange)]
    lonely_less: int = 0
    lonely_same: int = 0
    lonely_more: int = 0


@dataclass
class Evidence:
    total: PoolGroup
    by_activity: list
    by_region: list


def _group(label, pairs):
    group = PoolGroup(
        label=str(label),
        evaluations=len({answers["evaluation"] for answers in pairs}),
        people=len(pairs),
    )
    if group.people < MIN_PEOPLE:
        group.suppressed = True
        return group
    for measure, _question, measure_label in WELLBEING_QUESTIONS:
        before = [answers["before"][measure] for answers in pairs]
        after = [answers["after"][measure] for answers in pairs]
        group.measures.append((str(measure_label), paired_change(before, after)))
    for answers in pairs:
        before, after = answers["before"]["loneliness"], answers["after"]["loneliness"]
        if after < before:
            group.lonely_less += 1
        elif after == before:
            group.lonely_same += 1
        else:
            group.lonely_more += 1
    return group


def suppress(groups, minimum=MIN_PEOPLE):
    """Hide groups under `minimum`, then the smallest shown ones until what is
    hidden adds up to at least `minimum` (or nothing is hidden)."""
    for group in groups:
        if group.people < minimum:
            group.suppressed = True
    while True:
        hidden = sum(group.people for group in groups if group.suppressed)
        shown = sorted((g for g in groups if not g.suppressed), key=lambda g: (g.people, g.label))
        if hidden == 0 or hidden >= minimum or not shown:
            break
        shown[0].suppressed = True
    for group in groups:
        if group.suppressed:
            group.measures = []
            group.lonely_less = group.lonely_same = group.lonely_more = 0
    return groups


def pooled_pairs():
    """[{"evaluation", "activity_type", "region", "before", "after"}] for everyone in the pool."""
    evaluations = {
        evaluation.pk: evaluation
        for evaluation in Evaluation.objects.pooled().only("pk", "activity_type", "region")
    }
    people = collect(
        answers
        for answers in responses_of(list(evaluations))
        if answers["participant__consent_to_pool"]
    )
    by_evaluation = {}
    for answers in people.values():
        if {"before", "after"} <= answers.keys():
            evaluation = evaluations[answers["before"]["participant__evaluation_id"]]
            by_evaluation.setdefault(evaluation.pk, []).append(
                {
                    "evaluation": evaluation.pk,
                    "activity_type": evaluation.activity_type,
                    "region": evaluation.region,
                    "before": answers["before"],
                    "after": answers["after"],
                }
            )
    return [
        pair
        for pairs in by_evaluation.values()
        if len(pairs) >= MIN_PEOPLE_PER_EVALUATION
        for pair in pairs
    ]


def pooled_evidence():
    pairs = pooled_pairs()
    total = _group("", pairs)

    def breakdown(key, choices):
        groups = [
            _group(label, [pair for pair in pairs if pair[key] == value])
            for value, label in choices
        ]
        return suppress([group for group in groups if group.people])

    return Evidence(
        total=total,
        by_activity=breakdown("activity_type", ActivityType.choices),
        by_region=breakdown("region", Region.choices),
    )
