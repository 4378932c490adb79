"""Where members' uploads live while they are reviewed, and what becomes of them.

An upload starts in the "Contributions in review" collection. Nothing public uses
it, so home/file_access.py serves it only to editors and the member who sent it.
When an editor publishes the resource the file moves to the library's collection
(or the members-only one). An upload that never went live is deleted, row and
bytes, when its submission is withdrawn or the member replaces it."""

from contextlib import contextmanager

from wagtail.documents.models import Document
from wagtail.models import Collection

IN_REVIEW = "Contributions in review"
LIBRARY = "Resource library"
MEMBERS_ONLY = "Members' resources"
COLLECTIONS = [IN_REVIEW, LIBRARY, MEMBERS_ONLY]


def collection(name):
    """One of the collections above, made by resources' migrations; the root
    collection if it has gone (a test database rebuilt without them)."""
    return Collection.objects.filter(name=name).first() or Collection.get_first_root_node()


def save_upload(upload, user, title, stored=None):
    document = Document(
        title=title, file=upload, collection=collection(IN_REVIEW), uploaded_by_user=user
    )
    document._set_document_file_metadata()
    document.save()
    if stored is not None:
        stored.append(document.file.name)
    return document


@contextmanager
def removed_if_not_saved():
    """Yield a list for save_upload to note the files it stores; if the block
    fails (its transaction rolled back, say because the database went away), they
    are deleted, since no row will ever point at them."""
    stored = []
    try:
        yield stored
    except BaseException:
        for name in stored:
            Document._meta.get_field("file").storage.delete(name)
        raise


def discard_if_never_published(document_id, page, user):
    """Delete the member's own upload unless it is what the live page shows."""
    if document_id is None or (page.live and _live_document_id(page) == document_id):
        return
    # Wagtail removes the file from storage once the deletion is committed.
    Document.objects.filter(pk=document_id, uploaded_by_user=user).delete()


def release(page):
    """The resource is published: its file joins the library (or the members-only
    collection when the resource is restricted)."""
    document = page.document
    if document is None or document.collection.name != IN_REVIEW:
        return
    members_only = page.get_view_restrictions().exists()
    document.collection = collection(MEMBERS_ONLY if members_only else LIBRARY)
    document.save(update_fields=["collection"])


def _live_document_id(page):
    return type(page).objects.filter(pk=page.pk).values_list("document_id", flat=True).first()
