"""What editors get for guidance: the review report and the approval workflow."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Workflow, WorkflowState

from resources.models import GuidanceIndexPage, GuidancePage
from tests.factories import GuidancePageFactory, UserFactory, english

pytestmark = pytest.mark.django_db


@pytest.fixture
def guidance_index(home_page):
    return english(GuidanceIndexPage).get(slug="guidance")


@pytest.fixture
def editor():
    return UserFactory(email="an-editor@example.org", groups=[Group.objects.get(name="Editors")])


@pytest.fixture
def approver():
    return UserFactory(
        email="an-approver@example.org", groups=[Group.objects.get(name="Guidance approvers")]
    )


def report_titles(client):
    response = client.get(reverse("guidance_review_report"))
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    return [a.get_text(strip=True) for a in html.select("table.listing td.title a")]


def test_review_report_lists_exactly_the_overdue_and_soon_due_guides(
    client, editor, guidance_index
):
    today = timezone.localdate()
    GuidancePage.objects.update(next_review_due=None)  # start from a clean slate
    for title, days in [
        ("Overdue", -3),
        ("Due soon", 10),
        ("Due today", 0),
        ("Due later", 31),
        ("Far off", 200),
    ]:
        GuidancePageFactory(
            parent=guidance_index,
            title=title,
            next_review_due=today + datetime.timedelta(days=days),
        )
    GuidancePageFactory(parent=guidance_index, title="Never reviewed", next_review_due=None)
    guide = english(GuidancePage).get(title="Far off")
    GuidancePageFactory(
        parent=guide,
        title="Chapter with a date",
        next_review_due=today - datetime.timedelta(days=50),
    )
    client.force_login(editor)
    assert report_titles(client) == ["Overdue", "Due today", "Due soon"]


def test_demo_site_has_an_overdue_guide_in_the_report(client, editor):
    client.force_login(editor)
    titles = report_titles(client)
    assert "Heritage Buddies toolkit" in titles
    # The flagship standards are current in the demo.
    assert "Ethical standards for heritage social prescribing" not in titles


def test_review_report_is_for_editors_only(client, guidance_index):
    response = client.get(reverse("guidance_review_report"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    member = UserFactory(groups=[Group.objects.get(name="Members")])
    client.force_login(member)
    assert client.get(reverse("guidance_review_report")).status_code in (302, 403)


def test_review_report_rows_link_to_the_editor(client, editor):
    client.force_login(editor)
    html = BeautifulSoup(client.get(reverse("guidance_review_report")).content, "html.parser")
    guide = english(GuidancePage).get(slug="heritage-buddies-toolkit")
    assert html.select_one(f"a[href='{reverse('wagtailadmin_pages:edit', args=[guide.pk])}']")


def test_guidance_uses_the_two_step_approval_workflow(guidance_index):
    guide = english(GuidancePage).get(slug="getting-started")
    workflow = guide.get_workflow()
    assert workflow.name == "Guidance approval"
    tasks = [task.specific for task in workflow.tasks]
    assert [list(task.groups.values_list("name", flat=True)) for task in tasks] == [
        ["Guidance approvers"]
    ]


def test_new_guidance_section_gets_the_workflow(home_page):
    section = home_page.add_child(instance=GuidanceIndexPage(title="More guidance", slug="more"))
    assert section.get_workflow() == Workflow.objects.get(name="Guidance approval")


def test_submitted_guide_waits_for_an_approver_and_is_published_on_approval(
    client, editor, approver, guidance_index
):
    guide = GuidancePageFactory(
        parent=guidance_index, title="New guide", slug="new-guide", live=False
    )
    revision = guide.save_revision(user=editor)
    workflow_state = guide.get_workflow().start(guide, editor)
    guide.refresh_from_db()
    assert not guide.live
    task_state = workflow_state.current_task_state
    assert task_state.task.specific.groups.filter(name="Guidance approvers").exists()
    approve_url = reverse(
        "wagtailadmin_pages:workflow_action", args=[guide.pk, "approve", task_state.pk]
    )

    # The editor who submitted cannot approve their own guide.
    client.force_login(editor)
    response = client.post(approve_url, {"comment": ""})
    assert response.status_code == 403 or response["Location"] == "/admin/"
    guide.refresh_from_db()
    assert not guide.live

    client.force_login(approver)
    response = client.post(approve_url, {"comment": "Looks right."})
    assert response.status_code == 302
    guide.refresh_from_db()
    assert guide.live
    assert guide.live_revision_id == revision.pk
    workflow_state.refresh_from_db()
    assert workflow_state.status == WorkflowState.STATUS_APPROVED
    assert client.get("/guidance/new-guide/").status_code == 200


def test_editors_can_open_the_guide_editor_and_create_chapters(client, editor):
    client.force_login(editor)
    guide = english(GuidancePage).get(slug="getting-started")
    response = client.get(reverse("wagtailadmin_pages:edit", args=[guide.pk]))
    assert response.status_code == 200
    assert b"Guide details" in response.content
    add_url = reverse("wagtailadmin_pages:add", args=["resources", "guidancepage", guide.pk])
    assert client.get(add_url).status_code == 200
