"""Files follow the privacy of the pages that use them: a document or image on a
members-only page is never handed to someone who may not see that page."""

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Locale, Page, PageViewRestriction, ReferenceIndex
from wagtail.utils import sendfile as wagtail_sendfile
from wagtail_factories import ImageFactory

from home.demo.documents import make_pdf
from tests.factories import StandardPageFactory
from tests.members.conftest import make_person

pytestmark = pytest.mark.django_db

PEOPLE = ["anonymous", "applicant", "member", "editor"]


@pytest.fixture
def people(db):
    from members.models import Profile
    from tests.factories import UserFactory

    return {
        "anonymous": None,
        "applicant": make_person(
            "files.applicant@example.org", status=Profile.Status.APPLIED, full_name="Pat Pending"
        ),
        "member": make_person("files.member@example.org", full_name="Mo Member"),
        "editor": UserFactory(
            email="files.editor@example.org", groups=[Group.objects.get(name="Editors")]
        ),
    }


def as_person(client, people, who):
    if people[who] is not None:
        client.force_login(people[who])
    return client


def outcome(response):
    """What the person got, in words: the file, a login page, a refusal or nothing."""
    if response.status_code == 200:
        body = b"".join(response.streaming_content) if response.streaming else response.content
        return "file" if body else "empty"
    if response.status_code == 302 and response["Location"].startswith("/accounts/login/?next="):
        return "login"
    if response.status_code == 403:
        return "refused"
    return response.status_code


def new_document(title="Minutes"):
    document = Document(title=title)
    document.file.save(f"{title.lower()}.pdf", ContentFile(make_pdf(title, ["Text."])), save=False)
    document._set_document_file_metadata()
    document.save()
    return document


def page_with(parent, title, document=None, image=None, members_only=False, **fields):
    body = []
    if document is not None:
        body.append(("document_links", {"heading": "", "documents": [document]}))
    if image is not None:
        body.append(("image", {"image": image, "alt_text": "A photograph", "caption": ""}))
    page = StandardPageFactory(parent=parent, title=title, body=body, **fields)
    if members_only:
        restrict_to_members(page)
    return page


def restrict_to_members(page):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set(Group.objects.filter(name__in=["Members", "Editors"]))


MEMBERS_ONLY = {"anonymous": "login", "applicant": "refused", "member": "file", "editor": "file"}
PUBLIC = {who: "file" for who in PEOPLE}


@pytest.mark.parametrize("who", PEOPLE)
def test_a_document_follows_the_privacy_of_the_page_using_it(client, home_page, people, who):
    private = new_document("Private minutes")
    public = new_document("Public minutes")
    page_with(home_page, "Members' notes", document=private, members_only=True)
    page_with(home_page, "Open notes", document=public)
    client = as_person(client, people, who)
    assert outcome(client.get(private.url)) == MEMBERS_ONLY[who]
    assert outcome(client.get(public.url)) == PUBLIC[who]


def test_a_pending_applicant_is_told_where_their_application_stands(client, home_page, people):
    private = new_document("Private minutes")
    page_with(home_page, "Members' notes", document=private, members_only=True)
    client.force_login(people["applicant"])
    response = client.get(private.url)
    assert response.status_code == 403
    assert b"being reviewed" in response.content


@pytest.mark.parametrize("who", PEOPLE)
def test_a_document_used_nowhere_or_only_on_a_draft_is_for_editors_only(
    client, home_page, people, who
):
    unused = new_document("Unused")
    drafted = new_document("Drafted")
    page_with(home_page, "Never published", document=drafted, live=False)
    # A live public page whose unpublished draft adds the document.
    page = page_with(home_page, "Published without it")
    page.body = [("document_links", {"heading": "", "documents": [new_document("Later")]})]
    page.save_revision()
    later = Document.objects.get(title="Later")
    client = as_person(client, people, who)
    expected = "file" if who == "editor" else MEMBERS_ONLY["applicant"]
    if who == "anonymous":
        expected = "login"
    for document in (unused, drafted, later):
        assert outcome(client.get(document.url)) == expected, document.title


def test_a_document_used_on_a_public_page_too_is_public(client, home_page):
    shared = new_document("Shared")
    page_with(home_page, "Members' notes", document=shared, members_only=True)
    page_with(home_page, "Open notes", document=shared)
    assert outcome(client.get(shared.url)) == "file"


def test_a_document_under_a_members_only_section_is_private(client, home_page):
    section = page_with(home_page, "Members' corner", members_only=True)
    document = new_document("Deep")
    child = page_with(section, "Inside", document=document)
    assert outcome(client.get(document.url)) == "login"
    # Once the section is open to all, so is the file.
    section.view_restrictions.all().delete()
    assert outcome(client.get(document.url)) == "file"
    assert child.live


@pytest.mark.parametrize("who", PEOPLE)
def test_a_welsh_copy_follows_the_privacy_of_its_page(client, home_page, people, who):
    """A document used only by the Welsh translation of a members-only page."""
    from home.demo.welsh import translate_page

    page = page_with(home_page, "Members' notes", members_only=True)
    welsh_page = translate_page(page, Locale.objects.get(language_code="cy")).specific
    welsh_document = new_document("Cofnodion")
    welsh_page.body = [("document_links", {"heading": "", "documents": [welsh_document]})]
    welsh_page.save_revision().publish()
    assert welsh_page.get_view_restrictions().exists()
    client = as_person(client, people, who)
    assert outcome(client.get(welsh_document.url)) == MEMBERS_ONLY[who]
    welsh_page.view_restrictions.all().delete()
    page.view_restrictions.all().delete()
    assert outcome(client.get(welsh_document.url)) == "file"


@pytest.mark.parametrize("who", PEOPLE)
def test_an_image_and_its_renditions_follow_the_privacy_of_the_page(client, home_page, people, who):
    private = ImageFactory(title="Private photo")
    public = ImageFactory(title="Public photo")
    page_with(home_page, "Members' gallery", image=private, members_only=True)
    page_with(home_page, "Open gallery", image=public)
    private_rendition = private.get_rendition("width-100")
    public_rendition = public.get_rendition("width-100")
    client = as_person(client, people, who)
    assert outcome(client.get(private.file.url)) == MEMBERS_ONLY[who]
    assert outcome(client.get(private_rendition.url)) == MEMBERS_ONLY[who]
    assert outcome(client.get(public.file.url)) == "file"
    assert outcome(client.get(public_rendition.url)) == "file"


def test_public_files_may_be_cached_by_anyone_restricted_ones_only_privately(
    client, home_page, people
):
    private, public = ImageFactory(), ImageFactory()
    page_with(home_page, "Members' gallery", image=private, members_only=True)
    page_with(home_page, "Open gallery", image=public, document=new_document("Open"))
    assert "public" in client.get(public.file.url)["Cache-Control"]
    assert "public" in client.get(Document.objects.get(title="Open").url)["Cache-Control"]
    client.force_login(people["member"])
    assert "private" in client.get(private.file.url)["Cache-Control"]


def test_media_addresses_serve_nothing_but_images(client, home_page):
    document = new_document("Open")
    page_with(home_page, "Open notes", document=document)
    assert client.get("/media/" + document.file.name).status_code == 404
    assert client.get("/media/original_images/no-such-image.jpg").status_code == 404
    assert client.get("/media/../pyproject.toml").status_code == 404


def test_production_hands_allowed_files_to_the_web_server(client, home_page, settings):
    """With the nginx backend the app answers with X-Accel-Redirect and no body;
    refused files get no such header."""
    image = ImageFactory()
    page_with(home_page, "Open", image=image, document=new_document("Open"))
    private = new_document("Private")
    page_with(home_page, "Closed", document=private, members_only=True)
    with override_settings(
        SENDFILE_BACKEND="django_sendfile.backends.nginx",
        SENDFILE_ROOT=str(settings.MEDIA_ROOT),
        SENDFILE_URL="/protected-media",
    ):
        wagtail_sendfile._get_sendfile.clear()
        try:
            document = Document.objects.get(title="Open")
            response = client.get(document.url)
            assert response["X-Accel-Redirect"] == "/protected-media/" + document.file.name
            assert response.content == b""
            response = client.get(image.file.url)
            assert response["X-Accel-Redirect"] == "/protected-media/" + image.file.name
            assert "X-Accel-Redirect" not in client.get(private.url)
        finally:
            wagtail_sendfile._get_sendfile.clear()


def test_a_file_request_takes_the_same_queries_however_many_pages_use_it(client, home_page):
    document = new_document("Widely used")
    section = page_with(home_page, "Members' corner", members_only=True)
    page_with(home_page, "Open", document=document)

    def queries():
        with CaptureQueriesContext(connection) as context:
            assert outcome(client.get(document.url)) == "file"
        return len(context)

    before = queries()
    for number in range(6):
        page_with(section, f"Private {number}", document=document)
    assert queries() == before <= 5


def test_every_demo_file_downloads_only_if_a_public_page_uses_it(client):
    """Walk every document and image of the demo site as an anonymous visitor."""
    content_types = ContentType.objects.get_for_models(Page, Document, Image)
    public = {Document: set(), Image: set()}
    for reference in ReferenceIndex.objects.filter(base_content_type=content_types[Page]):
        page = Page.objects.filter(pk=reference.object_id, live=True).first()
        if page is None or page.get_view_restrictions().exists():
            continue
        for model in public:
            if reference.to_content_type_id == content_types[model].pk:
                public[model].add(int(reference.to_object_id))
    got = []
    for document in Document.objects.all():
        expected = "file" if document.pk in public[Document] else "login"
        got.append(outcome(client.get(document.url)))
        assert got[-1] == expected, document.title
    for image in Image.objects.all():
        expected = "file" if image.pk in public[Image] else "login"
        got.append(outcome(client.get(image.file.url)))
        assert got[-1] == expected, image.title
    # The demo has both kinds, so this walk proves something.
    assert "file" in got and "login" in got


def test_editors_pictures_are_for_the_admin_only(client, people):
    from django.core.files.storage import default_storage

    name = default_storage.save("avatar_images/editor.png", ContentFile(b"\x89PNG picture"))
    assert outcome(client.get("/media/" + name)) == "login"
    client.force_login(people["member"])
    assert outcome(client.get("/media/" + name)) == "refused"
    client.force_login(people["editor"])
    assert outcome(client.get("/media/" + name)) == "file"
