"""The accessibility statement has each part the UK accessibility regulations
ask for, as fields editors fill in, and the demo fills them in."""

import pytest

from home.models import AccessibilityStatementPage
from tests.factories import english

pytestmark = pytest.mark.django_db

REQUIRED = [
    "compliance_status",
    "compliance_summary",
    "non_accessible_content",
    "reporting",
    "response_days",
    "enforcement",
    "testing",
    "prepared_on",
    "last_reviewed_on",
]


def test_every_required_part_is_a_field_the_demo_fills_in():
    statement = english(AccessibilityStatementPage).get(slug="accessibility")
    for name in REQUIRED:
        assert getattr(statement, name), name


def test_the_statement_page_shows_each_part(client):
    statement = english(AccessibilityStatementPage).get(slug="accessibility")
    content = client.get(statement.url).content.decode()
    for text in (
        "Compliance status",
        "This website is partially compliant with the Web Content Accessibility Guidelines",
        "Content that is not accessible",
        "Disproportionate burden",
        "Reporting accessibility problems",
        "We will reply within 10 working days.",
        "Enforcement procedure",
        "Equality and Human Rights Commission",
        "Equality Advisory and",
        "How we tested this website",
        "This statement was prepared on 1 December 2026. It was last reviewed on 1 December 2026.",
    ):
        assert text in content, text


def test_editors_edit_each_part_in_the_admin(admin_client):
    statement = english(AccessibilityStatementPage).get(slug="accessibility")
    form = admin_client.get(f"/admin/pages/{statement.pk}/edit/").content.decode()
    for name in REQUIRED:
        assert f'name="{name}"' in form, name
