"""A member's contributions and files in their data export, and what happens
to them when they leave: drafts and unapproved edits go, with every file any
of their revisions used; published resources stay, credited to "a former member"."""

from django.conf import settings
from wagtail.documents.models import Document
from wagtail.models import PageLogEntry, ReferenceIndex, Revision, WorkflowState

from home.personal_data import Handling, delete_unused_tags

from .contributions import submissions_for
from .models import ResourcePage

RELATIONS = {
    ("resources.ResourcePage", "contributor"): Handling(
        "contributions", "cleared: a published resource is credited to “a former member”"
    ),
    ("wagtaildocs.Document", "uploaded_by_user"): Handling(
        "files", "files of drafts and unapproved edits deleted; others keep no uploader"
    ),
}

UNFINISHED = [WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES]


def _absolute(url):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + url


def _describe(page):
    """The fields of one version of a contribution, as the member filled them in."""
    return {
        "title": page.title,
        "summary": page.summary,
        "resource_type": str(page.get_resource_type_display()),
        "region": str(page.get_region_display()),
        "licence": str(page.get_licence_display()),
        "external_url": page.external_url,
        "topics": sorted(tag.name for tag in page.topics.all()),
        "audiences": sorted(str(audience) for audience in page.audiences.all()),
        "file": _absolute(page.document.url) if page.document_id and page.document else None,
    }


def _pending_revisions(page):
    """Revisions saved after the live version: edits not (yet) approved."""
    revisions = Revision.page_revisions.filter(object_id=str(page.pk))
    if page.live_revision_id:
        revisions = revisions.filter(pk__gt=page.live_revision_id)
    return revisions


def export_personal_data(user, data):
    contributions = []
    for submission in submissions_for(user):
        page = submission.page
        item = {
            **_describe(page),
            "state": str(submission.state_label),
            "address": page.full_url if page.live else None,
            "submitted_at": page.first_published_at or page.latest_revision_created_at,
            "editor_comment": submission.editor_comment,
            "pending_edit": None,
        }
        if page.live and _pending_revisions(page).exists():
            item["pending_edit"] = _describe(page.get_latest_revision_as_object())
        contributions.append(item)
    data["contributions"] = contributions
    data["files"] = [
        {
            "title": document.title,
            "file_name": document.filename,
            "address": _absolute(document.url),
            "uploaded_at": document.created_at,
        }
        for document in Document.objects.filter(uploaded_by_user=user).order_by("created_at")
    ]


def _versions(revisions):
    """(document ids, tag ids) used by any of these revisions."""
    documents, tags = set(), set()
    for revision in revisions:
        version = revision.as_object()
        if version.document_id:
            documents.add(version.document_id)
        tags.update(tag.pk for tag in version.topics.all())
    return documents, tags


def _delete_files(document_ids, user, leaving_pages):
    """The person's own uploads that nothing staying on the site uses."""
    for document in Document.objects.filter(pk__in=document_ids, uploaded_by_user=user):
        used_elsewhere = (
            ResourcePage.objects.filter(document=document).exclude(pk__in=leaving_pages).exists()
            or ReferenceIndex.get_references_to(document)
            .exclude(object_id__in=[str(pk) for pk in leaving_pages])
            .exists()
        )
        if not used_elsewhere:
            document.delete()  # Wagtail removes the file from storage on commit


def forget(user):
    owned = ResourcePage.objects.filter(owner=user, alias_of__isnull=True)
    drafts = list(owned.filter(first_published_at__isnull=True))
    published = list(owned.filter(first_published_at__isnull=False))
    draft_ids = [page.pk for page in drafts]
    documents, tags = set(), set()

    for page in drafts:
        page_documents, page_tags = _versions(
            Revision.page_revisions.filter(object_id=str(page.pk))
        )
        documents |= page_documents | ({page.document_id} - {None})
        tags |= page_tags | set(page.topics.values_list("pk", flat=True))
    for page in published:
        pending = list(_pending_revisions(page))
        page_documents, page_tags = _versions(pending)
        kept = {page.document_id} if page.document_id else set()
        documents |= page_documents - kept
        tags |= page_tags
        # The unapproved edit goes, and with it its review; the live version stays.
        WorkflowState.objects.filter(
            base_content_type__model="page", object_id=str(page.pk), status__in=UNFINISHED
        ).delete()
        PageLogEntry.objects.filter(
            page_id=page.pk, revision_id__in=[revision.pk for revision in pending]
        ).delete()
        Revision.objects.filter(pk__in=[revision.pk for revision in pending]).delete()
        if page.live_revision_id:
            ResourcePage.objects.filter(pk=page.pk).update(
                latest_revision_id=page.live_revision_id,
                latest_revision_created_at=page.live_revision.created_at,
                has_unpublished_changes=False,
                draft_title=page.title,
            )

    # Drafts never went public: they go with their whole history.
    for page in drafts:
        WorkflowState.objects.filter(
            base_content_type__model="page", object_id=str(page.pk)
        ).delete()
        Revision.page_revisions.filter(object_id=str(page.pk)).delete()
        page.delete()
    PageLogEntry.objects.filter(page_id__in=draft_ids).delete()
    _delete_files(documents, user, draft_ids)
    delete_unused_tags(tags)
