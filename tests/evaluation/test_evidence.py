"""The public pooled evidence: only shared, closed, consented and not excluded
answers, and no figure for fewer than 10 people."""

import pytest
from django.utils import timezone

from evaluation.evidence import pooled_evidence
from evaluation.models import Evaluation
from tests.evaluation.conftest import add_pair, make_evaluation

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_pool(db):
    """Start from no pooled evaluations (the demo's are tested on their own)."""
    Evaluation.objects.all().delete()


def pooled(owner, people, consent="yes", **fields):
    evaluation = make_evaluation(owner, **fields)
    for number in range(people):
        add_pair(evaluation, 4 + number % 3, 6 + number % 3, consent=consent)
    evaluation.closed_at = timezone.now()
    evaluation.save()
    return evaluation


def test_the_pool_shows_groups_of_ten_or_more(client, owner, soup):
    pooled(owner, 6, activity_type="archives")
    pooled(owner, 6, activity_type="archives", region="london")
    pooled(owner, 12, activity_type="walks")
    evidence = pooled_evidence()
    assert (evidence.total.people, evidence.total.evaluations) == (24, 3)
    by_type = {group.label: group for group in evidence.by_activity}
    archives = by_type["Archives, local and family history"]
    assert (archives.people, archives.evaluations, archives.suppressed) == (12, 2, False)
    assert archives.measures[0][1].mean_change == pytest.approx(2)
    page = soup(client.get("/evidence/"))
    text = page.get_text(" ", strip=True)
    assert "24 people from 3 evaluations" in text
    assert "Heritage walks and tours" in text
    assert "fewer than 10 people" in text  # methods, and London's 6 people
    london = [row for row in page.select("tr") if "London" in row.get_text()][0]
    assert london.select_one(".suppressed")


def test_under_ten_in_all_shows_nothing(client, owner, soup):
    pooled(owner, 9)
    page = soup(client.get("/evidence/"))
    assert "Not enough people are in the pool yet" in page.get_text()
    assert not page.select(".pool-table")


def test_only_consenting_people_in_shared_closed_evaluations_count(owner, editor):
    pooled(owner, 12)
    pooled(owner, 12, consent="no")
    pooled(owner, 12, share_with_community=False)
    still_open = pooled(owner, 12)
    still_open.closed_at = None
    still_open.save()
    excluded = pooled(owner, 12)
    excluded.excluded = True
    excluded.exclusion_reason = "Run with children"
    excluded.save()
    assert pooled_evidence().total.people == 12


def test_an_evaluation_with_fewer_than_five_consenting_pairs_stays_out(owner):
    pooled(owner, 12)
    pooled(owner, 4)
    assert pooled_evidence().total.people == 12


def test_one_small_group_cannot_be_worked_out_from_the_total(owner):
    pooled(owner, 30, activity_type="archives")
    pooled(owner, 6, activity_type="walks")
    pooled(owner, 12, activity_type="museum")
    groups = {group.label: group for group in pooled_evidence().by_activity}
    assert groups["Heritage walks and tours"].suppressed
    # Otherwise total minus archives minus museum would give the walks' 6 people.
    assert groups["Museum and gallery sessions"].suppressed
    assert not groups["Archives, local and family history"].suppressed
    assert groups["Museum and gallery sessions"].measures == []
