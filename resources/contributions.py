"""Member contributions: a ResourcePage draft owned by the member, moderated by
Wagtail's own "Resource review" workflow. Members never see the admin."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import WorkflowState
from wagtail.users.models import UserProfile

from home.sectors import joined
from home.tasks import send_templated_email
from home.translation_sync import default_language_code

from . import uploaded_files
from .models import ResourcePage
from .models.library import implied_credit

STATE_LABELS = {
    "draft": _("Draft"),
    "in_review": _("In review"),
    "published": _("Published"),
    "published_changes_in_review": _("Published; your changes are in review"),
    "needs_changes": _("Needs changes"),
    "withdrawn": _("Withdrawn"),
}


class Submission:
    """A member's contribution as the member sees it."""

    def __init__(self, page, workflow_state):
        self.page = page
        self.workflow_state = workflow_state

    @property
    def state(self):
        status = self.workflow_state.status if self.workflow_state else None
        if status == WorkflowState.STATUS_IN_PROGRESS:
            return "published_changes_in_review" if self.page.live else "in_review"
        if status == WorkflowState.STATUS_NEEDS_CHANGES:
            return "needs_changes"
        if self.page.live:
            return "published"
        if status == WorkflowState.STATUS_CANCELLED:
            return "withdrawn"
        return "draft"

    @property
    def state_label(self):
        return STATE_LABELS[self.state]

    @property
    def editor_comment(self):
        if self.state != "needs_changes":
            return ""
        task_state = self.workflow_state.current_task_state
        return task_state.comment if task_state else ""

    @property
    def can_withdraw(self):
        return self.state in {"in_review", "needs_changes", "published_changes_in_review"}

    @property
    def can_edit(self):
        return self.state != "in_review"


def submissions_for(user):
    """Every contribution the person owns, newest first, in a fixed number of queries."""
    pages = list(
        ResourcePage.objects.filter(owner=user, alias_of__isnull=True)
        .filter(locale__language_code=default_language_code())
        .order_by("-latest_revision_created_at", "-pk")
    )
    states = {}
    for state in (
        WorkflowState.objects.filter(
            base_content_type__model="page", object_id__in=[str(page.pk) for page in pages]
        )
        .select_related("current_task_state")
        .order_by("created_at")
    ):
        states[state.object_id] = state  # the latest one wins
    return [Submission(page, states.get(str(page.pk))) for page in pages]


def own_submission(user, resource_id):
    """The member's own contribution, whatever its ID; anyone else's is refused."""
    page = ResourcePage.objects.filter(pk=resource_id, owner=user, alias_of__isnull=True).first()
    if page is None:
        raise PermissionDenied
    return page


def _apply(page, data, user, stored):
    for field in ["title", "summary", "resource_type", "region", "licence", "external_url"]:
        setattr(page, field, data[field])
    page.credit_as = data.get("credit_as") or implied_credit(user)
    page.sectors = joined(data.get("sectors", []))
    if data.get("file"):
        page.document = uploaded_files.save_upload(data["file"], user, data["title"], stored)
    page.topics.set(data["topics"])
    page.audiences.set(data["audiences"])


def _site_emails_only(user):
    """Members hear about their contributions from the site's own e-mails, which
    link to their account, not from Wagtail's, which link to the admin."""
    profile = UserProfile.get_for_user(user)
    if profile.approved_notifications or profile.rejected_notifications:
        profile.approved_notifications = False
        profile.rejected_notifications = False
        profile.save(update_fields=["approved_notifications", "rejected_notifications"])


def submit(library, user, data):
    """Create the draft and send it for review: all of it or, if anything fails
    (the database going away), none of it, file included."""
    with uploaded_files.removed_if_not_saved() as stored, transaction.atomic():
        _site_emails_only(user)
        page = ResourcePage(
            owner=user, contributor=user, contributed_by_member=True, live=False, slug=""
        )
        _apply(page, data, user, stored)
        page.slug = _unique_slug(library, page.title)
        library.add_child(instance=page)
        revision = page.save_revision(user=user)
        library.get_workflow().start(page, user)
        _acknowledge(page, user)
    return page, revision


def _acknowledge(page, user):
    """Tell the member their contribution arrived (queued in the same transaction,
    so a submission that fails sends nothing)."""
    with translation.override(user.email_language):
        send_templated_email(
            "resources/email/received.txt",
            {"page": page, "account_url": reverse("members:account")},
            [user.email],
        )


def resubmit(page, user, data):
    """Save the member's edit as a new revision and start the review again. A
    published resource stays as it is until the edit is approved."""
    with uploaded_files.removed_if_not_saved() as stored, transaction.atomic():
        page = page.get_latest_revision_as_object()
        replaced = page.document_id
        _apply(page, data, user, stored)
        page.save_revision(user=user)
        if page.document_id != replaced:
            uploaded_files.discard_if_never_published(replaced, page, user)
        current = page.current_workflow_state
        if current is not None:
            current.cancel(user=user)
        page.get_workflow().start(page, user)
    return page


@transaction.atomic
def withdraw(page, user):
    """Stop the review. A file sent with it that never went live is deleted."""
    current = page.current_workflow_state
    if current is not None:
        current.cancel(user=user)
    pending = page.get_latest_revision_as_object().document_id
    uploaded_files.discard_if_never_published(pending, page, user)


def _unique_slug(parent, title):
    from django.utils.text import slugify

    base = slugify(title)[:70] or "resource"
    slug, number = base, 2
    taken = set(parent.get_children().values_list("slug", flat=True))
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug
