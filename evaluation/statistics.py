"""The figures: paired before/after change with its 95% confidence interval, the
shares in the ONS thresholds, and the small-number rules.

The confidence interval is the paired t interval (scipy.stats.ttest_rel), the
usual analysis for the same people measured twice. Means are never shown for
fewer than MIN_PAIRED_FOR_MEANS people: with so few, one person's answers could
be worked out and the interval says next to nothing."""

import math
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from scipy import stats

from .questions import WELLBEING_QUESTIONS, Loneliness, band_of, bands_for

MIN_PAIRED_FOR_MEANS = 5

# How each measure reads inside a sentence.
SENTENCE_NAMES = {
    "life_satisfaction": lambda: _("life satisfaction"),
    "worthwhile": lambda: _("the feeling that things done in life are worthwhile"),
    "happiness": lambda: _("happiness yesterday"),
    "anxiety": lambda: _("anxiety yesterday"),
}


@dataclass
class PairedChange:
    """The change in one measure among people who answered both times."""

    count: int
    mean_before: float
    mean_after: float
    mean_change: float
    ci_low: float
    ci_high: float


def paired_change(before, after):
    """Mean change (after minus before) and its 95% confidence interval.
    `before` and `after` are the same people's scores, in the same order."""
    if len(before) != len(after):
        raise ValueError("Paired scores must come in pairs.")
    count = len(before)
    if count < 2:
        raise ValueError("A confidence interval needs at least two pairs.")
    differences = [a - b for a, b in zip(after, before, strict=True)]
    mean_change = sum(differences) / count
    if all(difference == differences[0] for difference in differences):
        # Everyone changed by the same amount: no spread, so no uncertainty to show
        # (scipy would answer "not a number").
        low = high = mean_change
    else:
        interval = stats.ttest_rel(after, before).confidence_interval(0.95)
        low, high = float(interval.low), float(interval.high)
    return PairedChange(
        count=count,
        mean_before=sum(before) / count,
        mean_after=sum(after) / count,
        mean_change=mean_change,
        ci_low=low,
        ci_high=high,
    )


def one_decimal(value):
    # Round half away from zero, as people do by hand (Python rounds half to even).
    rounded = math.floor(abs(value) * 10 + 0.5) / 10
    rounded = math.copysign(rounded, value)
    return f"{rounded:.1f}".replace("-0.0", "0.0")


def plain_reading(measure, change):
    """One sentence a funder can read, such as "On average, life satisfaction rose by
    1.2 points (95% CI 0.6 to 1.8) among the 18 people who answered both times.\""""
    values = {
        "measure": SENTENCE_NAMES[measure](),
        "change": one_decimal(abs(change.mean_change)),
        "low": one_decimal(change.ci_low),
        "high": one_decimal(change.ci_high),
        "count": change.count,
    }
    if one_decimal(change.mean_change) == "0.0":
        text = ngettext(
            "On average, %(measure)s did not change (95%% CI %(low)s to %(high)s) among "
            "the %(count)s person who answered both times.",
            "On average, %(measure)s did not change (95%% CI %(low)s to %(high)s) among "
            "the %(count)s people who answered both times.",
            change.count,
        )
    elif change.mean_change > 0:
        text = ngettext(
            "On average, %(measure)s rose by %(change)s points (95%% CI %(low)s to "
            "%(high)s) among the %(count)s person who answered both times.",
            "On average, %(measure)s rose by %(change)s points (95%% CI %(low)s to "
            "%(high)s) among the %(count)s people who answered both times.",
            change.count,
        )
    else:
        text = ngettext(
            "On average, %(measure)s fell by %(change)s points (95%% CI %(low)s to "
            "%(high)s) among the %(count)s person who answered both times.",
            "On average, %(measure)s fell by %(change)s points (95%% CI %(low)s to "
            "%(high)s) among the %(count)s people who answered both times.",
            change.count,
        )
    return text % values


@dataclass
class BandShare:
    label: str
    before: int
    after: int
    before_percent: int = 0
    after_percent: int = 0


def band_shares(measure, before_scores, after_scores):
    """How many people were in each ONS band before and after, with percentages."""
    rows = [BandShare(str(label), 0, 0) for label, _low, _high in bands_for(measure)]
    for score in before_scores:
        rows[band_of(measure, score)].before += 1
    for score in after_scores:
        rows[band_of(measure, score)].after += 1
    for row in rows:
        row.before_percent = _percent(row.before, len(before_scores))
        row.after_percent = _percent(row.after, len(after_scores))
    return rows


def _percent(part, whole):
    return round(100 * part / whole) if whole else 0


@dataclass
class MeasureResult:
    measure: str
    label: str
    question: str
    pairs: list  # [(before, after)], for the slope chart
    change: PairedChange | None
    reading: str
    bands: list


@dataclass
class LonelinessResult:
    rows: list  # [(label, before count, after count)], most often first
    less_often: int
    same: int
    more_often: int


@dataclass
class Results:
    participants: int
    answered_before: int
    answered_after: int
    paired: int
    show_means: bool
    measures: list = field(default_factory=list)
    loneliness: LonelinessResult | None = None


def collect(responses):
    """{participant id: {stage: response values}} from an iterable of response dicts."""
    people = {}
    for response in responses:
        people.setdefault(response["participant_id"], {})[response["stage"]] = response
    return people


def results_for(people, participants=None):
    """An evaluation's results from `collect()`ed answers. `participants` counts
    people who have a code but no answers yet (none do, outside tests)."""
    pairs = [answers for answers in people.values() if {"before", "after"} <= answers.keys()]
    befores = [answers["before"] for answers in people.values() if "before" in answers]
    afters = [answers["after"] for answers in people.values() if "after" in answers]
    show_means = len(pairs) >= MIN_PAIRED_FOR_MEANS
    results = Results(
        participants=participants if participants is not None else len(people),
        answered_before=len(befores),
        answered_after=len(afters),
        paired=len(pairs),
        show_means=show_means,
    )
    if not show_means:
        return results
    for measure, question, label in WELLBEING_QUESTIONS:
        before = [answers["before"][measure] for answers in pairs]
        after = [answers["after"][measure] for answers in pairs]
        change = paired_change(before, after)
        results.measures.append(
            MeasureResult(
                measure=measure,
                label=str(label),
                question=str(question),
                pairs=list(zip(before, after, strict=True)),
                change=change,
                reading=plain_reading(measure, change),
                bands=band_shares(measure, before, after),
            )
        )
    results.loneliness = loneliness_result(pairs)
    return results


def loneliness_result(pairs):
    counts = {value: [0, 0] for value in Loneliness.values}
    less = same = more = 0
    for answers in pairs:
        before, after = answers["before"]["loneliness"], answers["after"]["loneliness"]
        counts[before][0] += 1
        counts[after][1] += 1
        if after < before:
            less += 1
        elif after == before:
            same += 1
        else:
            more += 1
    rows = [(str(label), *counts[value]) for value, label in Loneliness.choices]
    return LonelinessResult(rows=rows, less_often=less, same=same, more_often=more)
