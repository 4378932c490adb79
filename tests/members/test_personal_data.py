"""Leaving takes everything about the person with them; "Download my data" holds
everything about them. Both are checked against the whole schema, not a list."""

import contextlib
import datetime
import json
import os

import pytest
from allauth.account.models import EmailAddress
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from taggit.models import Tag
from wagtail.documents.models import Document
from wagtail.models import ModelLogEntry, PageLogEntry, Revision, WorkflowState

from events.models import EventIndexPage, EventPage, Registration
from events.registration import cancel, register
from home.demo.documents import make_pdf
from members.models import Profile
from resources.models import Audience, ResourcePage
from tests.factories import UserFactory, english
from tests.members.conftest import make_person

pytestmark = pytest.mark.django_db
SUBMIT = "/resources/submit/"
PASSWORD = "a-long-test-password"


def pdf(name, text="Real content."):
    return SimpleUploadedFile(name, make_pdf(name, [text]), "application/pdf")


def form_data(**changes):
    data = {
        "title": "Cara's private draft",
        "summary": "Notes from our sessions.",
        "resource_type": "guide-toolkit",
        "topics": "reminiscence, caras-own-topic",
        "audiences": [Audience.objects.get(slug="volunteers").pk],
        "region": "north-west",
        "licence": "cc-by-4",
        "external_url": "",
        "rights_confirmed": "on",
        "file": pdf("first-file.pdf"),
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


@pytest.fixture
def contributor(db):
    return make_person("cara.contributor@example.org", full_name="Cara Contributor")


@pytest.fixture
def editor(db):
    return UserFactory(
        email="history.editor@example.org",
        first_name="Edna",
        last_name="Editor",
        groups=[Group.objects.get(name="Editors")],
    )


def workflow_action(client, page, action, comment=""):
    task_state = page.current_workflow_state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    return client.post(url, {"comment": comment})


def leave(client, user, capture):
    client.force_login(user)
    with capture(execute=True):  # files are removed from disk when the deletion commits
        response = client.post(reverse("members:delete_account"), {"password": PASSWORD})
    assert response.status_code == 302
    assert not get_user_model().objects.filter(pk=user.pk).exists()


def draft_with_two_files(client, contributor, editor, capture=None):
    """A draft whose first file was replaced after the editor asked for changes
    (a replaced file that never went live is removed from disk when that commits)."""
    client.force_login(contributor)
    client.post(SUBMIT, form_data())
    page = english(ResourcePage).get(title="Cara's private draft")
    first = page.document
    client.force_login(editor)
    workflow_action(client, page, "reject", "Please use the newer report.")
    client.force_login(contributor)
    with capture(execute=True) if capture else contextlib.nullcontext():
        response = client.post(
            f"/resources/submissions/{page.pk}/edit/",
            form_data(title="Cara's private draft, second go", file=pdf("second-file.pdf")),
        )
    assert response.status_code == 302
    page.refresh_from_db()
    second = Document.objects.get(pk=page.get_latest_revision_as_object().document_id)
    assert first.pk != second.pk
    return page, [first, second]


def published_resource(client, contributor, editor, title="Cara's published toolkit"):
    client.force_login(contributor)
    client.post(SUBMIT, form_data(title=title, file=pdf("published.pdf")))
    page = english(ResourcePage).get(title=title)
    client.force_login(editor)
    workflow_action(client, page, "approve")
    page.refresh_from_db()
    assert page.live
    return page


# Every relation to a person is accounted for


def relations_to_the_user():
    """(model label, field name) for every field of every installed model,
    third-party ones included, that points at the user model."""
    user_model = get_user_model()
    found = set()
    for model in apps.get_models(include_auto_created=True):
        for field in model._meta.get_fields(include_hidden=True):
            if field.is_relation and not field.auto_created and field.related_model is user_model:
                # An inherited field (Page.owner on ResourcePage) belongs to its parent.
                found.add((field.model._meta.label, field.name))
    return found


def test_every_relation_to_a_person_is_exported_or_handled_on_deletion():
    from members.data import personal_data_registry

    registry = personal_data_registry()
    missing = sorted(
        f"{label}.{name}"
        for label, name in relations_to_the_user()
        if (label, name) not in registry
    )
    assert not missing, (
        "These fields point at a person but no personal_data module says how they are "
        f"exported or what happens to them when the person leaves: {missing}"
    )
    for key, handling in registry.items():
        assert handling.export or handling.erase, key
    installed = {model._meta.app_label for model in apps.get_models()}
    stale = {
        key for key in set(registry) - relations_to_the_user() if key[0].split(".")[0] in installed
    }
    assert not stale, f"Declared but no longer in the schema: {sorted(stale)}"


def test_the_walk_finds_third_party_relations():
    found = relations_to_the_user()
    assert ("account.EmailAddress", "user") in found
    assert ("wagtailcore.PageLogEntry", "user") in found
    assert ("wagtailcore.Page", "owner") in found
    assert ("events.Registration", "user") in found


# Deletion


def test_leaving_removes_every_file_of_every_revision_of_a_draft(
    client, contributor, editor, django_capture_on_commit_callbacks
):
    page, documents = draft_with_two_files(
        client, contributor, editor, django_capture_on_commit_callbacks
    )
    paths = [document.file.path for document in documents]
    urls = [document.url for document in documents]
    # The replaced first file went when it was replaced; the current one is still there.
    assert os.path.exists(paths[-1])
    leave(client, contributor, django_capture_on_commit_callbacks)
    assert not ResourcePage.objects.filter(pk=page.pk).exists()
    assert not Document.objects.filter(pk__in=[document.pk for document in documents]).exists()
    assert not any(os.path.exists(path) for path in paths)
    client.logout()
    client.force_login(editor)
    for url in urls:
        assert client.get(url).status_code == 404


def test_leaving_removes_pending_edits_of_a_published_resource(
    client, contributor, editor, django_capture_on_commit_callbacks
):
    page = published_resource(client, contributor, editor)
    live_document = page.document
    client.force_login(contributor)
    client.post(
        f"/resources/submissions/{page.pk}/edit/",
        form_data(title="Unapproved new title", file=pdf("pending-file.pdf")),
    )
    page.refresh_from_db()
    pending = Document.objects.get(pk=page.get_latest_revision_as_object().document_id)
    pending_path = pending.file.path
    leave(client, contributor, django_capture_on_commit_callbacks)
    page.refresh_from_db()
    assert page.live and page.title == "Cara's published toolkit"
    assert not page.has_unpublished_changes
    assert page.latest_revision_id == page.live_revision_id
    assert not Revision.page_revisions.filter(
        object_id=str(page.pk), content__title="Unapproved new title"
    ).exists()
    assert not WorkflowState.objects.filter(
        object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS
    ).exists()
    assert not Document.objects.filter(pk=pending.pk).exists()
    assert not os.path.exists(pending_path)
    assert Document.objects.filter(pk=live_document.pk).exists()  # the published file stays
    html = client.get(page.url).content.decode()
    assert "a former member" in html and "Cara Contributor" not in html


def test_admin_history_no_longer_names_the_person_or_their_drafts(
    client, contributor, editor, django_capture_on_commit_callbacks
):
    published = published_resource(client, contributor, editor)
    draft, _ = draft_with_two_files(client, contributor, editor)
    leave(client, contributor, django_capture_on_commit_callbacks)

    client.force_login(editor)
    for url in [
        reverse("wagtailadmin_pages:history", args=[published.pk]),
        reverse("wagtailadmin_pages:workflow_history", args=[published.pk]),
        reverse("wagtailadmin_reports:site_history"),
        reverse("wagtailadmin_reports:workflow"),
        reverse("wagtailadmin_reports:workflow_tasks"),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        for trace in ["Cara Contributor", "cara.contributor", "Cara's private draft"]:
            assert trace not in html, (url, trace)
    history = client.get(reverse("wagtailadmin_pages:history", args=[published.pk]))
    assert "a former member" in history.content.decode()
    assert "(deleted)" not in history.content.decode()


def test_leaving_anonymises_every_trace_in_wagtails_records(
    client, contributor, editor, django_capture_on_commit_callbacks
):
    published = published_resource(client, contributor, editor)
    draft_with_two_files(client, contributor, editor)
    pk, name, email = contributor.pk, contributor.full_name, contributor.email
    leave(client, contributor, django_capture_on_commit_callbacks)

    for model in (PageLogEntry, ModelLogEntry):
        assert not model.objects.filter(user_id=pk).exists()
        for entry in model.objects.all():
            text = json.dumps([entry.label, entry.data], default=str)
            assert name not in text and email not in text and "private draft" not in text
    assert not Revision.objects.filter(user_id=pk).exists()
    assert not Revision.objects.filter(content__owner=pk).exists()
    assert not WorkflowState.objects.filter(requested_by_id=pk).exists()
    former = WorkflowState.objects.filter(object_id=str(published.pk)).first().requested_by
    assert str(former) == "a former member" and not former.is_active
    assert not former.has_usable_password()


def test_tags_no_one_else_uses_go_with_the_person(
    client, contributor, editor, django_capture_on_commit_callbacks
):
    contributor.profile.interests.add("archives", "caras-secret-hobby")
    contributor.profile.save()
    draft_with_two_files(client, contributor, editor)
    assert Tag.objects.filter(name="caras-own-topic").exists()
    leave(client, contributor, django_capture_on_commit_callbacks)
    assert not Tag.objects.filter(name="caras-secret-hobby").exists()
    assert not Tag.objects.filter(name="caras-own-topic").exists()
    assert Tag.objects.filter(name="archives").exists()  # offered to everyone at sign-up
    assert Tag.objects.filter(name="reminiscence").exists()  # used by others


# Export


@pytest.fixture
def event_index(home_page):
    return english(EventIndexPage).get(slug="events")


def make_event(index, slug, days=10):
    start = timezone.now() + datetime.timedelta(days=days)
    event = EventPage(
        title=slug.replace("-", " ").title(),
        slug=slug,
        start=start,
        end=start + datetime.timedelta(hours=2),
        joining_link="https://meet.example.org/room",
    )
    index.add_child(instance=event)
    event.save_revision().publish()
    return english(EventPage).get(pk=event.pk)


def test_download_holds_everything_about_the_person(client, contributor, editor, event_index):
    profile = contributor.profile
    profile.decision_message = "Welcome aboard, Cara."
    profile.decided_by = editor
    profile.save()
    EmailAddress.objects.create(user=contributor, email=contributor.email, primary=True)
    EmailAddress.objects.create(user=contributor, email="cara.old@example.org")
    went = register(make_event(event_index, "went-along"), contributor)
    Registration.objects.filter(pk=went.pk).update(attended=True)
    cancel(register(make_event(event_index, "changed-my-mind"), contributor))
    published = published_resource(client, contributor, editor)
    client.force_login(contributor)
    client.post(
        f"/resources/submissions/{published.pk}/edit/",
        form_data(title="My pending improvement", file=None),
    )
    client.post(SUBMIT, form_data(title="Draft with a file", file=pdf("mine.pdf")))

    response = client.get(reverse("members:download_data"))
    data = json.loads(response.content)
    assert data["profile"]["decision_message"] == "Welcome aboard, Cara."
    assert sorted(item["email"] for item in data["email_addresses"]) == [
        "cara.contributor@example.org",
        "cara.old@example.org",
    ]
    by_event = {item["event"]: item for item in data["event_registrations"]}
    assert by_event["Went Along"]["attended"] is True
    assert by_event["Changed My Mind"]["status"] == "Cancelled"
    assert by_event["Changed My Mind"]["cancelled_at"]
    contributions = {item["title"]: item for item in data["contributions"]}
    assert contributions["Cara's published toolkit"]["pending_edit"]["title"] == (
        "My pending improvement"
    )
    files = [item for item in data["files"] if item["title"] == "Draft with a file"]
    assert files and files[0]["address"].startswith("http")
    assert "/documents/" in files[0]["address"]
    assert editor.email not in response.content.decode()  # nothing about anyone else


def test_every_profile_and_registration_field_is_exported(client, contributor, event_index):
    register(make_event(event_index, "field-check"), contributor)
    client.force_login(contributor)
    data = json.loads(client.get(reverse("members:download_data")).content)
    internal = {"id", "user", "decided_by", "event"}
    for model, exported in [
        (Profile, data["profile"]),
        (Registration, data["event_registrations"][0]),
    ]:
        for field in model._meta.concrete_fields:
            if field.name not in internal:
                assert field.name in exported, (model.__name__, field.name)


def test_purging_unconfirmed_sign_ups_forgets_them_as_fully_as_leaving():
    from io import StringIO

    from django.core.management import call_command

    stale = make_person("never.confirmed@example.org", status=Profile.Status.UNVERIFIED)
    stale.profile.interests.add("unconfirmed-persons-hobby")
    stale.profile.save()
    get_user_model().objects.filter(pk=stale.pk).update(
        date_joined=timezone.now() - datetime.timedelta(days=40)
    )
    call_command("purge_unverified_signups", stdout=StringIO())
    assert not get_user_model().objects.filter(pk=stale.pk).exists()
    assert not Tag.objects.filter(name="unconfirmed-persons-hobby").exists()
