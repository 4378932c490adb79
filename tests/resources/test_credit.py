"""Credit only with consent: the contribution form asks how to credit the person,
defaulting to what their directory choice implies; an unlisted member is never
named publicly without choosing it."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.urls import reverse

from resources.models import ResourcePage
from tests.factories import UserFactory, english
from tests.members.conftest import make_person
from tests.resources.test_contributions import SUBMIT, approve_url, form_data

pytestmark = pytest.mark.django_db

COMMUNITY = "a member of the community"


@pytest.fixture
def editor(db):
    return UserFactory(
        email="crediting.editor@example.org", groups=[Group.objects.get(name="Editors")]
    )


@pytest.fixture
def unlisted(db):
    return make_person(
        "quiet.contributor@example.org",
        full_name="Quinn Quiet",
        organisation="Hidden Valley Museum",
        listed=False,
    )


@pytest.fixture
def listed(db):
    return make_person(
        "open.contributor@example.org", full_name="Olive Open", organisation="Open Archive"
    )


def publish(client, person, editor, **changes):
    client.force_login(person)
    assert client.post(SUBMIT, form_data(**changes)).status_code == 302
    page = english(ResourcePage).get(title=changes.get("title", "Our reminiscence toolkit"))
    client.force_login(editor)
    client.post(approve_url(page), {"comment": ""})
    page.refresh_from_db()
    assert page.live
    client.logout()
    return page


def shared_by(client, page):
    html = BeautifulSoup(client.get(page.url).content, "html.parser")
    for row in html.select(".details-list div"):
        if row.dt.get_text(strip=True) == "Shared by":
            return row.dd.get_text(strip=True)
    return None


def chosen_credit(client):
    html = BeautifulSoup(client.get(SUBMIT).content, "html.parser")
    return html.select_one('input[name="credit_as"][checked]')["value"]


def test_the_form_asks_and_defaults_to_what_the_directory_choice_implies(client, unlisted, listed):
    client.force_login(unlisted)
    html = BeautifulSoup(client.get(SUBMIT).content, "html.parser")
    labels = [label.get_text(" ", strip=True) for label in html.select("#id_credit_as label")]
    assert any("Quinn Quiet" in label for label in labels)
    assert any("Hidden Valley Museum" in label for label in labels)
    assert any("A member of the community" in label for label in labels)
    assert chosen_credit(client) == "community"
    client.force_login(listed)
    assert chosen_credit(client) == "name"


def test_an_unlisted_member_is_not_named_without_choosing_it(client, unlisted, editor):
    # Posted without the question answered: the default holds, not their name.
    page = publish(client, unlisted, editor)
    assert shared_by(client, page) == COMMUNITY
    html = client.get(page.url).content.decode()
    assert "Quinn Quiet" not in html and "Hidden Valley Museum" not in html


@pytest.mark.parametrize(
    "choice, shown",
    [("name", "Quinn Quiet"), ("organisation", "Hidden Valley Museum"), ("community", COMMUNITY)],
)
def test_the_chosen_credit_is_shown(client, unlisted, editor, choice, shown):
    page = publish(client, unlisted, editor, credit_as=choice)
    assert shared_by(client, page) == shown


def test_a_listed_member_is_named_by_default_and_can_choose_otherwise(client, listed, editor):
    page = publish(client, listed, editor)
    assert shared_by(client, page) == "Olive Open"
    other = publish(client, listed, editor, title="Another toolkit", credit_as="community")
    assert shared_by(client, other) == COMMUNITY


def test_changing_the_credit_through_an_edit(client, listed, editor):
    page = publish(client, listed, editor)
    client.force_login(listed)
    edit_url = f"/resources/submissions/{page.pk}/edit/"
    assert chosen_credit_at(client, edit_url) == "name"
    client.post(edit_url, form_data(file=None, credit_as="organisation"))
    assert chosen_credit_at(client, edit_url) == "organisation"
    client.force_login(editor)
    page.refresh_from_db()
    client.post(approve_url(page), {"comment": ""})
    client.logout()
    assert shared_by(client, page) == "Open Archive"


def chosen_credit_at(client, url):
    html = BeautifulSoup(client.get(url).content, "html.parser")
    return html.select_one('input[name="credit_as"][checked]')["value"]


def test_after_leaving_the_credit_is_a_former_member(client, listed, editor):
    page = publish(client, listed, editor, credit_as="organisation")
    client.force_login(listed)
    client.post(reverse("members:delete_account"), {"password": "a-long-test-password"})
    client.logout()
    assert shared_by(client, page) == "a former member"
    assert "Open Archive" not in client.get(page.url).content.decode()


def test_the_migration_keeps_listed_contributors_named_and_no_one_else(
    client, listed, unlisted, editor
):
    from importlib import import_module

    from django.apps import apps

    migration = import_module("resources.migrations.0005_resource_credit")
    named = publish(client, listed, editor, credit_as="community")
    quiet = publish(client, unlisted, editor, title="Quiet toolkit", credit_as="name")
    # As they stood before the field existed: every contributor the same.
    ResourcePage.objects.filter(pk__in=[named.pk, quiet.pk]).update(credit_as="community")
    migration.keep_the_names_of_listed_contributors(apps, None)
    assert shared_by(client, named) == "Olive Open"
    assert shared_by(client, quiet) == COMMUNITY
    assert named.get_latest_revision().content["credit_as"] == "name"


def test_the_demo_contributions_show_each_credit_choice():
    demo = ResourcePage.objects.filter(owner__email="member@example.org", alias_of__isnull=True)
    assert sorted(demo.values_list("credit_as", flat=True)) == ["community", "name", "organisation"]
