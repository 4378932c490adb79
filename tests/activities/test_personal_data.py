"""A member's organisations and activities in "Download my data", and what is
left when they close their account: the organisation is never lost."""

import json

import pytest
from django.urls import reverse

from activities.models import Activity, Organisation
from members.data import delete_account
from tests.members.conftest import make_person

pytestmark = pytest.mark.django_db


def test_the_download_holds_the_members_organisations_and_activities(client, directory, people):
    Activity.objects.filter(pk=directory["leeds"].pk).update(submitted_by=people["owner"])
    client.force_login(people["owner"])
    data = json.loads(client.get(reverse("members:download_data")).content)
    organisations = data["activities"]["organisations"]
    assert [o["name"] for o in organisations] == ["Test Walks Trust"]
    assert "Zeta Leeds heritage walk" in organisations[0]["activities"]
    sent = data["activities"]["activities_sent"]
    assert [a["name"] for a in sent] == ["Zeta Leeds heritage walk"]
    assert "Other Archive" not in json.dumps(data)  # nothing of anyone else's


def test_an_organisation_passes_to_another_manager_when_one_leaves(directory, people):
    colleague = make_person("colleague@example.org")
    directory["trust"].managers.add(colleague)
    Activity.objects.filter(pk=directory["leeds"].pk).update(
        submitted_by=people["owner"], reviewed_by=people["editor"]
    )
    delete_account(people["owner"])
    trust = Organisation.objects.get(pk=directory["trust"].pk)
    assert list(trust.managers.all()) == [colleague]
    leeds = Activity.objects.get(pk=directory["leeds"].pk)
    assert leeds.submitted_by is None and leeds.status == Activity.Status.PUBLISHED


def test_an_organisation_left_without_managers_passes_to_the_editors(directory, people, mailoutbox):
    delete_account(people["owner"])
    trust = Organisation.objects.get(pk=directory["trust"].pk)
    assert not trust.managers.exists()
    assert Activity.objects.public().filter(organisation=trust).count() == 2
    told = [m for m in mailoutbox if people["editor"].email in m.to]
    assert told and "Test Walks Trust" in told[0].subject


def test_an_editor_leaving_clears_their_name_from_reviews(directory, people):
    Activity.objects.filter(pk=directory["leeds"].pk).update(reviewed_by=people["editor"])
    delete_account(people["editor"])
    assert Activity.objects.get(pk=directory["leeds"].pk).reviewed_by is None
