"""Members contribute resources; editors moderate them with Wagtail's workflow."""

import io
import zipfile

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import WorkflowState

from home.demo.documents import make_pdf
from members.models import Profile
from resources.models import Audience, ResourcePage
from tests.factories import UserFactory, english
from tests.members.conftest import make_person

pytestmark = pytest.mark.django_db
SUBMIT = "/resources/submit/"


def pdf_upload(name="toolkit.pdf"):
    return SimpleUploadedFile(name, make_pdf("A toolkit", ["Real content."]), "application/pdf")


def form_data(**changes):
    data = {
        "title": "Our reminiscence toolkit",
        "summary": "How we run reminiscence sessions with local photographs.",
        "resource_type": "guide-toolkit",
        "topics": "reminiscence, dementia",
        "audiences": [Audience.objects.get(slug="volunteers").pk],
        "region": "north-west",
        "licence": "cc-by-4",
        "external_url": "",
        "rights_confirmed": "on",
        "file": pdf_upload(),
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


@pytest.fixture
def contributor(db):
    return make_person("contributor@example.org", full_name="Cara Contributor")


@pytest.fixture
def editor(db):
    return UserFactory(
        email="moderating.editor@example.org", groups=[Group.objects.get(name="Editors")]
    )


def approve_url(page, action="approve"):
    task_state = page.current_workflow_state.current_task_state
    return reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])


def test_submission_goes_to_review_is_approved_in_the_admin_and_goes_live(
    client, contributor, editor
):
    client.force_login(contributor)
    response = client.post(SUBMIT, form_data())
    assert response.status_code == 302
    page = english(ResourcePage).get(title="Our reminiscence toolkit")
    assert not page.live and page.owner == contributor and page.contributor == contributor
    assert page.document is not None and page.document.file.name.endswith(".pdf")
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert page.get_workflow().name == "Resource review"
    account = client.get(reverse("members:account")).content.decode()
    assert "Our reminiscence toolkit" in account and "In review" in account
    assert client.get(page.url or "/resources/our-reminiscence-toolkit/").status_code == 404

    client.force_login(editor)
    response = client.post(approve_url(page), {"comment": ""})
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live
    assert sorted(page.topics.names()) == ["dementia", "reminiscence"]
    assert client.get(page.url).status_code == 200
    assert "Cara Contributor" in client.get(page.url).content.decode()
    # One e-mail acknowledging the contribution, one saying it is published.
    to_contributor = [m for m in mail.outbox if m.to == ["contributor@example.org"]]
    assert len(to_contributor) == 2
    assert "We have received" in to_contributor[0].subject
    assert "is published" in to_contributor[1].subject
    assert all("/admin/" not in message.body for message in to_contributor)


def test_rejection_comment_is_shown_and_the_member_resubmits(client, contributor, editor):
    client.force_login(contributor)
    client.post(SUBMIT, form_data())
    page = english(ResourcePage).get(title="Our reminiscence toolkit")
    client.force_login(editor)
    client.post(approve_url(page, "reject"), {"comment": "Please add the year."})
    page.refresh_from_db()
    assert page.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert "Please add the year." in mail.outbox[-1].body

    client.force_login(contributor)
    account = client.get(reverse("members:account")).content.decode()
    assert "Needs changes" in account and "Please add the year." in account
    edit_url = f"/resources/submissions/{page.pk}/edit/"
    form = client.get(edit_url)
    assert 'value="Our reminiscence toolkit"' in form.content.decode()
    revisions_before = page.revisions.count()
    response = client.post(edit_url, form_data(title="Our reminiscence toolkit (2025)", file=None))
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.revisions.count() == revisions_before + 1
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert page.get_latest_revision_as_object().title == "Our reminiscence toolkit (2025)"
    assert page.get_latest_revision_as_object().document_id == page.document_id  # file kept


def test_member_withdraws_their_submission(client, contributor):
    client.force_login(contributor)
    client.post(SUBMIT, form_data())
    page = english(ResourcePage).get(title="Our reminiscence toolkit")
    response = client.post(f"/resources/submissions/{page.pk}/withdraw/")
    assert response.status_code == 302
    assert page.current_workflow_state is None
    assert "Withdrawn" in client.get(reverse("members:account")).content.decode()


def test_edit_to_a_published_resource_waits_while_the_live_version_stays(
    client, contributor, editor
):
    client.force_login(contributor)
    client.post(SUBMIT, form_data())
    page = english(ResourcePage).get(title="Our reminiscence toolkit")
    client.force_login(editor)
    client.post(approve_url(page), {"comment": ""})
    client.force_login(contributor)
    client.post(f"/resources/submissions/{page.pk}/edit/", form_data(title="Renamed", file=None))
    page.refresh_from_db()
    assert page.title == "Our reminiscence toolkit"  # the live version
    assert client.get(page.url).status_code == 200
    assert "Renamed" not in client.get(page.url).content.decode()
    assert "your changes are in review" in client.get(reverse("members:account")).content.decode()


def test_members_cannot_touch_each_others_submissions(client, contributor):
    client.force_login(contributor)
    client.post(SUBMIT, form_data())
    page = english(ResourcePage).get(title="Our reminiscence toolkit")
    other = make_person("nosy@example.org")
    client.force_login(other)
    assert "Our reminiscence toolkit" not in client.get(reverse("members:account")).content.decode()
    assert client.get(f"/resources/submissions/{page.pk}/edit/").status_code == 403
    assert client.post(f"/resources/submissions/{page.pk}/withdraw/").status_code == 403
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    # Guessing the ID of a published resource does not work either.
    published = english(ResourcePage).live().first()
    assert client.get(f"/resources/submissions/{published.pk}/edit/").status_code == 403


def test_people_who_are_not_members_cannot_contribute(client, applicant):
    response = client.get(SUBMIT)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    client.force_login(applicant)
    response = client.get(SUBMIT)
    assert response.status_code == 403
    assert "being reviewed" in response.content.decode()
    assert client.post(SUBMIT, form_data()).status_code == 403
    assert not ResourcePage.objects.filter(title="Our reminiscence toolkit").exists()


@pytest.fixture
def applicant(db):
    return make_person("waiting@example.org", status=Profile.Status.APPLIED)


def zip_named(name):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "hi")
    return SimpleUploadedFile(name, buffer.getvalue())


@pytest.mark.parametrize(
    "upload, message",
    [
        (SimpleUploadedFile("setup.pdf", b"MZ\x90\x00" + b"\x00" * 200), "content is not a .pdf"),
        (
            SimpleUploadedFile("logo.svg", b"<svg xmlns='http://www.w3.org/2000/svg'></svg>"),
            "cannot be shared here",
        ),
        (SimpleUploadedFile("page.html", b"<html><script>x</script></html>"), "cannot be shared"),
        (
            SimpleUploadedFile("notes.txt", b"<!DOCTYPE html><html></html>"),
            "does not look like plain",
        ),
        (SimpleUploadedFile("picture.png", b"<svg></svg>"), "content is not a .png"),
        (SimpleUploadedFile("empty.pdf", b""), "is empty"),
        (zip_named("report.docx"), "content is not a .docx"),
        (SimpleUploadedFile("a" * 250 + ".pdf", make_pdf("x", ["y"])), "file name is too long"),
    ],
)
def test_unsafe_uploads_are_refused_beside_the_field(client, contributor, upload, message):
    client.force_login(contributor)
    response = client.post(SUBMIT, form_data(file=upload))
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert 'id="id_file_error"' in html
    assert 'value="Our reminiscence toolkit"' in html  # the form is refilled
    assert not ResourcePage.objects.filter(title="Our reminiscence toolkit").exists()


def test_oversized_upload_is_refused(client, contributor, settings):
    settings.RESOURCE_UPLOAD_MAX_BYTES = 1024
    client.force_login(contributor)
    big = SimpleUploadedFile("big.pdf", make_pdf("Big", ["x " * 4000]))
    response = client.post(SUBMIT, form_data(file=big))
    assert response.status_code == 400
    assert "the largest file you can share is 1.0\xa0KB" in response.content.decode()


def test_path_in_a_file_name_is_stripped(client, contributor):
    client.force_login(contributor)
    client.post(SUBMIT, form_data(file=pdf_upload("../../etc/passwd.pdf")))
    page = english(ResourcePage).get(title="Our reminiscence toolkit")
    assert ".." not in page.document.file.name and "/etc/" not in page.document.file.name


def test_javascript_link_is_refused(client, contributor):
    client.force_login(contributor)
    response = client.post(SUBMIT, form_data(file=None, external_url="javascript:alert(1)"))
    assert response.status_code == 400
    assert "Enter a web address starting with https://" in response.content.decode()


def test_a_file_or_a_link_is_needed_and_the_rights_box_too(client, contributor):
    client.force_login(contributor)
    response = client.post(SUBMIT, form_data(file=None, rights_confirmed=None))
    html = response.content.decode()
    assert response.status_code == 400
    assert "Add a file or a link (or both)." in html
    assert "Confirm that you have the right to share this resource." in html


def test_link_only_submission_is_accepted(client, contributor):
    client.force_login(contributor)
    response = client.post(
        SUBMIT, form_data(file=None, external_url="https://example.org/our-toolkit")
    )
    assert response.status_code == 302
    assert english(ResourcePage).get(title="Our reminiscence toolkit").external_url


def test_leaving_member_is_credited_as_a_former_member(client, contributor, editor):
    client.force_login(contributor)
    client.post(SUBMIT, form_data())
    page = english(ResourcePage).get(title="Our reminiscence toolkit")
    client.force_login(editor)
    client.post(approve_url(page), {"comment": ""})
    client.force_login(contributor)
    client.post(reverse("members:delete_account"), {"password": "a-long-test-password"})
    page.refresh_from_db()
    assert page.live and page.owner is None and page.contributor is None
    html = client.get(page.url).content.decode()
    assert "a former member" in html and "Cara Contributor" not in html


def test_demo_queue_has_two_in_review_and_one_sent_back():
    member = Profile.objects.get(user__email="member@example.org").user
    from resources.contributions import submissions_for

    states = sorted(submission.state for submission in submissions_for(member))
    assert states == ["in_review", "in_review", "needs_changes"]


def test_data_export_lists_contributions_and_leaving_removes_drafts(client, contributor):
    import json

    client.force_login(contributor)
    client.post(SUBMIT, form_data())
    data = json.loads(client.get(reverse("members:download_data")).content)
    assert [item["title"] for item in data["contributions"]] == ["Our reminiscence toolkit"]
    assert data["contributions"][0]["state"] == "In review"
    page = english(ResourcePage).get(title="Our reminiscence toolkit")
    document_id = page.document_id
    client.post(reverse("members:delete_account"), {"password": "a-long-test-password"})
    assert not ResourcePage.objects.filter(pk=page.pk).exists()
    from wagtail.documents.models import Document

    assert not Document.objects.filter(pk=document_id).exists()


def test_a_contributor_names_the_partner_sectors_and_finds_them_kept_on_editing(
    client, contributor, soup
):
    client.force_login(contributor)
    assert "Partner sectors" in client.get(SUBMIT).content.decode()
    client.post(SUBMIT, form_data(sectors=["nature", "health"]))
    page = english(ResourcePage).get(title="Our reminiscence toolkit")
    assert page.sectors == "health,nature"  # the vocabulary's order
    edit = soup(client.get(f"/resources/submissions/{page.pk}/edit/"))
    ticked = {box["value"] for box in edit.select("input[name=sectors][checked]")}
    assert ticked == {"health", "nature"}
    client.post(f"/resources/submissions/{page.pk}/edit/", form_data(file=None, sectors=[]))
    assert english(ResourcePage).get(pk=page.pk).get_latest_revision_as_object().sectors == ""


def test_an_unknown_sector_is_refused_and_nothing_is_saved(client, contributor):
    client.force_login(contributor)
    response = client.post(SUBMIT, form_data(sectors=["health", "heal"]))
    assert response.status_code == 400  # the form again, with what to fix
    assert "Select a valid choice" in response.content.decode()
    assert not english(ResourcePage).filter(title="Our reminiscence toolkit").exists()
