"""A member's contributions in their data export, and what happens when they leave."""

from .contributions import submissions_for
from .models import ResourcePage


def export_personal_data(user, data):
    data["contributions"] = [
        {
            "title": submission.page.title,
            "state": str(submission.state_label),
            "address": submission.page.url if submission.page.live else None,
            "summary": submission.page.summary,
            "editor_comment": submission.editor_comment,
        }
        for submission in submissions_for(user)
    ]


def forget(user):
    """Drafts that never went public are the member's alone: they go, with their
    files. Published resources stay, credited to "a former member"."""
    drafts = ResourcePage.objects.filter(
        owner=user, first_published_at__isnull=True, alias_of__isnull=True
    )
    for draft in drafts:
        document = draft.document
        draft.delete()
        if document is not None and document.uploaded_by_user_id == user.pk:
            document.delete()
