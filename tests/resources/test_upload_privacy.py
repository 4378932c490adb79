"""A member's upload is private until an editor approves it: only the editors and
the person who sent it can fetch it. Withdrawn and replaced uploads that never
went live are deleted, file and all."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.documents.models import Document
from wagtail.models import PageViewRestriction

from members.models import Profile
from resources.models import ResourcePage
from tests.factories import UserFactory, english
from tests.home.test_file_privacy import outcome
from tests.members.conftest import make_person
from tests.resources.test_contributions import approve_url, form_data, pdf_upload

pytestmark = pytest.mark.django_db
SUBMIT = "/resources/submit/"


@pytest.fixture
def people(db):
    return {
        "anonymous": None,
        "applicant": make_person(
            "upload.applicant@example.org", status=Profile.Status.APPLIED, full_name="Pip"
        ),
        "member": make_person("upload.member@example.org", full_name="Other Member"),
        "contributor": make_person("upload.contributor@example.org", full_name="Cai Contributor"),
        "editor": UserFactory(
            email="upload.editor@example.org", groups=[Group.objects.get(name="Editors")]
        ),
    }


def fetch(client, people, who, url):
    client.logout()
    if people[who] is not None:
        client.force_login(people[who])
    return outcome(client.get(url))


def contribute(client, people, **changes):
    client.force_login(people["contributor"])
    response = client.post(SUBMIT, form_data(**changes))
    assert response.status_code == 302
    return english(ResourcePage).get(title=changes.get("title", "Our reminiscence toolkit"))


def approve(client, people, page):
    client.force_login(people["editor"])
    assert client.post(approve_url(page), {"comment": ""}).status_code == 302
    page.refresh_from_db()
    assert page.live


IN_REVIEW = {
    "anonymous": "login",
    "applicant": "refused",
    "member": "refused",
    "contributor": "file",
    "editor": "file",
}


def test_an_upload_in_review_is_for_editors_and_its_contributor_until_approved(client, people):
    page = contribute(client, people)
    document = page.document
    assert document.collection.name == "Contributions in review"
    for who, expected in IN_REVIEW.items():
        assert fetch(client, people, who, document.url) == expected, who

    approve(client, people, page)
    document.refresh_from_db()
    assert document.collection.name == "Resource library"
    for who in IN_REVIEW:
        assert fetch(client, people, who, document.url) == "file", who


def test_a_resubmitted_file_is_private_until_approved_and_the_unpublished_one_is_deleted(
    client, people, django_capture_on_commit_callbacks
):
    page = contribute(client, people)
    first = page.document
    edit_url = f"/resources/submissions/{page.pk}/edit/"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(edit_url, form_data(file=pdf_upload("second.pdf")))
    second = ResourcePage.objects.get(pk=page.pk).get_latest_revision_as_object().document
    assert second.pk != first.pk
    # The first file never went live: it is gone, row and bytes.
    assert not Document.objects.filter(pk=first.pk).exists()
    assert not first.file.storage.exists(first.file.name)
    for who, expected in IN_REVIEW.items():
        assert fetch(client, people, who, second.url) == expected, who

    page = ResourcePage.objects.get(pk=page.pk)
    approve(client, people, page)
    assert fetch(client, people, "anonymous", second.url) == "file"

    # An edit to the published resource: the new file waits for review, the
    # published one stays available.
    client.force_login(people["contributor"])
    client.post(edit_url, form_data(file=pdf_upload("third.pdf")))
    third = ResourcePage.objects.get(pk=page.pk).get_latest_revision_as_object().document
    assert third.collection.name == "Contributions in review"
    assert fetch(client, people, "anonymous", third.url) == "login"
    assert fetch(client, people, "member", third.url) == "refused"
    assert fetch(client, people, "anonymous", second.url) == "file"


def test_a_withdrawn_upload_is_deleted(client, people, django_capture_on_commit_callbacks):
    page = contribute(client, people)
    document = page.document
    name = document.file.name
    client.force_login(people["contributor"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/resources/submissions/{page.pk}/withdraw/")
    assert response.status_code == 302
    assert not Document.objects.filter(pk=document.pk).exists()
    assert not document.file.storage.exists(name)
    for who in IN_REVIEW:
        assert fetch(client, people, who, document.url) == 404, who
    # The member's account still lists the withdrawn contribution.
    client.force_login(people["contributor"])
    account = client.get(reverse("members:account")).content.decode()
    assert "Our reminiscence toolkit" in account and "Withdrawn" in account


def test_withdrawing_an_edit_keeps_the_published_file(client, people):
    page = contribute(client, people)
    approve(client, people, page)
    published = page.document
    client.force_login(people["contributor"])
    client.post(f"/resources/submissions/{page.pk}/edit/", form_data(file=pdf_upload("new.pdf")))
    pending = ResourcePage.objects.get(pk=page.pk).get_latest_revision_as_object().document
    client.post(f"/resources/submissions/{page.pk}/withdraw/")
    assert not Document.objects.filter(pk=pending.pk).exists()
    assert fetch(client, people, "anonymous", published.url) == "file"


def test_an_approved_members_only_resource_goes_to_the_members_collection(client, people):
    page = contribute(client, people)
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set(Group.objects.filter(name__in=["Members", "Editors"]))
    approve(client, people, page)
    page.document.refresh_from_db()
    assert page.document.collection.name == "Members' resources"
    assert fetch(client, people, "anonymous", page.document.url) == "login"
    assert fetch(client, people, "applicant", page.document.url) == "refused"
    assert fetch(client, people, "member", page.document.url) == "file"
