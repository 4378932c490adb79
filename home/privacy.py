"""Marking members-only pages in listings without a query per page."""

from wagtail.models import PageViewRestriction


def mark_members_only(pages):
    """Set `members_only` on each page that sits under a view restriction. One query
    for the (short) list of restricted paths, then prefix checks."""
    pages = list(pages)
    restricted = list(PageViewRestriction.objects.values_list("page__path", flat=True))
    for page in pages:
        page.members_only = any(page.path.startswith(path) for path in restricted)
    return pages
