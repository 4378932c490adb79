"""When an evaluation's owner leaves; "Download my data"; editors' exclusions; the
dashboard's panels and their query count."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from evaluation.models import Evaluation, Participant
from members.data import delete_account
from tests.evaluation.conftest import add_pair, make_evaluation

pytestmark = pytest.mark.django_db


def test_a_leaving_owner_s_shared_evaluations_stay_anonymously(owner):
    shared = make_evaluation(owner, name="Shared one")
    add_pair(shared, 4, 6)
    private = make_evaluation(owner, name="Private one", share_with_community=False)
    add_pair(private, 4, 6)
    delete_account(owner)
    shared.refresh_from_db()
    assert shared.owner is None and not shared.is_open
    assert shared.participants.count() == 1
    assert not Evaluation.objects.filter(name="Private one").exists()
    assert not Participant.objects.filter(evaluation_id=private.pk).exists()


def test_download_my_data_includes_evaluations(client, owner):
    evaluation = make_evaluation(owner)
    add_pair(evaluation, 3, 8)
    client.force_login(owner)
    data = json.loads(client.get("/members/account/my-data.json").content)
    [exported] = data["evaluations"]
    assert exported["name"] == "Archive memories group"
    assert exported["anonymous_responses"]["rows"][0][1] == 3


def test_editors_exclude_an_evaluation_with_a_reason(client, editor, evaluation):
    client.force_login(editor)
    url = f"/admin/evaluations_admin/edit/{evaluation.pk}/"
    response = client.post(url, {"excluded": "on", "exclusion_reason": ""})
    assert response.status_code == 200  # the form again, with the error
    evaluation.refresh_from_db()
    assert not evaluation.excluded
    response = client.post(url, {"excluded": "on", "exclusion_reason": "Not the ONS questions"})
    assert response.status_code == 302
    evaluation.refresh_from_db()
    assert evaluation.excluded and evaluation.excluded_by == editor
    assert evaluation.exclusion_reason == "Not the ONS questions"


def test_members_cannot_reach_the_admin_list(client, owner):
    client.force_login(owner)
    response = client.get("/admin/evaluations_admin/")
    assert response.status_code in (302, 403)


def test_the_dashboard_shows_four_charts_in_a_fixed_number_of_queries(client, editor, soup):
    client.force_login(editor)
    client.get("/admin/")  # warm caches (site settings, permissions)
    with CaptureQueriesContext(connection) as first:
        page = soup(client.get("/admin/"))
    for panel in ("members", "contributions", "events", "evaluations"):
        section = page.select_one(f"#dashboard-{panel}-section")
        assert section is not None, panel
        assert section.select_one("svg[role=img] title")
        assert section.select_one("details table")
    # More data does not mean more queries.
    for number in range(5):
        evaluation = make_evaluation(editor, name=f"Extra {number}")
        add_pair(evaluation, 3, 5)
        evaluation.closed_at = timezone.now()
        evaluation.save()
    with CaptureQueriesContext(connection) as second:
        client.get("/admin/")
    assert len(second) == len(first)
