"""The admin menu shows a review queue only to those who may work it, with how many
things wait in it."""

import pytest
from django.contrib.auth.models import Group, Permission

from activities.models import Activity, Organisation
from home.outbox import OutgoingEmail
from tests.activities.conftest import make_activity
from tests.factories import UserFactory


@pytest.fixture
def editor(db):
    return UserFactory(email="menu.editor@example.org", groups=[Group.objects.get(name="Editors")])


def _admin_menu(client, user):
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def queued_work(db):
    organisation = Organisation.objects.create(name="Menu Trust", description="Walks.")
    for name in ("First waiting walk", "Second waiting walk"):
        make_activity(organisation, name, status=Activity.Status.SUBMITTED)
    OutgoingEmail.objects.create(status=OutgoingEmail.Status.FAILED, message={})


def test_queues_show_how_many_wait(client, editor, queued_work):
    waiting = Activity.objects.waiting_for_review().count()
    assert waiting >= 2

    menu = _admin_menu(client, editor)

    assert f"Activity review ({waiting})" in menu
    assert "E-mails that could not be sent (1)" in menu


def test_an_empty_queue_has_no_count(client, editor):
    Activity.objects.waiting_for_review().delete()

    menu = _admin_menu(client, editor)

    assert "Activity review" in menu
    assert "Activity review (" not in menu


def test_a_queue_is_not_shown_without_its_permission(client, queued_work):
    admin_user = UserFactory(email="admin.only@example.org")
    admin_user.user_permissions.add(Permission.objects.get(codename="access_admin"))

    menu = _admin_menu(client, admin_user)

    assert "Activity review" not in menu
    assert "E-mails that could not be sent" not in menu
