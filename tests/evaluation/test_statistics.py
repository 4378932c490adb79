"""The figures, checked against values worked out by hand."""

import pytest

from evaluation.evidence import PoolGroup, suppress
from evaluation.questions import band_of
from evaluation.statistics import (
    band_shares,
    collect,
    one_decimal,
    paired_change,
    plain_reading,
    results_for,
)


def test_paired_change_matches_the_hand_computed_interval():
    # Differences 2, 1, 1, 2, 0: mean 1.2, sd sqrt(0.7) = 0.83666, se 0.37417;
    # t(0.975, 4 df) = 2.776445, so the margin is 1.03885.
    change = paired_change([5, 6, 7, 4, 5], [7, 7, 8, 6, 5])
    assert change.count == 5
    assert change.mean_before == pytest.approx(5.4)
    assert change.mean_after == pytest.approx(6.6)
    assert change.mean_change == pytest.approx(1.2)
    assert change.ci_low == pytest.approx(1.2 - 1.03885, abs=1e-4)
    assert change.ci_high == pytest.approx(1.2 + 1.03885, abs=1e-4)


def test_everyone_changing_alike_has_no_spread():
    change = paired_change([3, 4, 5], [4, 5, 6])
    assert (change.mean_change, change.ci_low, change.ci_high) == (1, 1, 1)


def test_the_plain_reading():
    change = paired_change([5, 6, 7, 4, 5], [7, 7, 8, 6, 5])
    assert plain_reading("life_satisfaction", change) == (
        "On average, life satisfaction rose by 1.2 points (95% CI 0.2 to 2.2) among the "
        "5 people who answered both times."
    )
    fall = paired_change([7, 7, 8, 6, 5], [5, 6, 7, 4, 5])
    assert plain_reading("anxiety", fall).startswith("On average, anxiety yesterday fell by 1.2")


def test_rounding_is_half_away_from_zero():
    assert one_decimal(0.25) == "0.3"
    assert one_decimal(-0.25) == "-0.3"
    assert one_decimal(-0.04) == "0.0"


def test_ons_bands():
    assert [band_of("life_satisfaction", score) for score in (0, 4, 5, 6, 7, 8, 9, 10)] == [
        0,
        0,
        1,
        1,
        2,
        2,
        3,
        3,
    ]
    assert [band_of("anxiety", score) for score in (0, 1, 2, 3, 4, 5, 6, 10)] == [
        0,
        0,
        1,
        1,
        2,
        2,
        3,
        3,
    ]
    rows = band_shares("happiness", [3, 5, 7, 9], [9, 9, 8, 6])
    assert [(row.before, row.after) for row in rows] == [(1, 0), (1, 1), (1, 1), (1, 2)]
    assert [row.after_percent for row in rows] == [0, 25, 25, 50]


def _people(pairs, before_only=0):
    rows = []
    for number, (before, after) in enumerate(pairs):
        for stage, score in (("before", before), ("after", after)):
            rows.append(
                {
                    "participant_id": number,
                    "stage": stage,
                    "life_satisfaction": score,
                    "worthwhile": score,
                    "happiness": score,
                    "anxiety": 10 - score,
                    "loneliness": 3,
                }
            )
    for extra in range(before_only):
        rows.append({**rows[0], "participant_id": 1000 + extra, "stage": "before"})
    return collect(rows)


def test_fewer_than_five_pairs_show_counts_only():
    results = results_for(_people([(4, 6)] * 4, before_only=3))
    assert (results.participants, results.answered_before, results.answered_after) == (7, 7, 4)
    assert results.paired == 4
    assert not results.show_means and results.measures == []


def test_five_pairs_show_means():
    results = results_for(_people([(5, 7), (6, 7), (7, 8), (4, 6), (5, 5)]))
    assert results.show_means
    assert results.measures[0].change.mean_change == pytest.approx(1.2)
    assert results.loneliness.same == 5


def _groups(*sizes):
    return [
        PoolGroup(label=f"group {index}", evaluations=1, people=size)
        for index, size in enumerate(sizes)
    ]


def test_groups_under_ten_are_hidden():
    groups = suppress(_groups(30, 12, 25, 10, 0 + 10))
    assert not any(group.suppressed for group in groups)
    groups = suppress(_groups(30, 9, 25, 12))
    # 9 hidden alone could be worked out from the total: the next smallest goes too.
    assert [group.suppressed for group in groups] == [False, True, False, True]


def test_hidden_groups_that_already_add_up_to_ten_hide_no_more():
    groups = suppress(_groups(30, 6, 4, 25))
    assert [group.suppressed for group in groups] == [False, True, True, False]
