"""Members-only pages: marking them in listings, and who may make a page members-only."""

from wagtail.models import PagePermissionTester, PageViewRestriction


def mark_members_only(pages):
    """Set `members_only` on each page that sits under a view restriction. One query
    for the (short) list of restricted paths, then prefix checks."""
    pages = list(pages)
    restricted = list(PageViewRestriction.objects.values_list("page__path", flat=True))
    for page in pages:
        page.members_only = any(page.path.startswith(path) for path in restricted)
    return pages


class EditorsSetPrivacyTester(PagePermissionTester):
    """Wagtail lets only those who may publish a page set its privacy. Here anyone
    who may edit a page and holds the page-privacy permission (Editors, by a data
    migration) may too, so editors can make a section members-only without being
    able to publish past the guidance approval workflow."""

    def can_set_view_restrictions(self):
        return super().can_set_view_restrictions() or (
            self.can_edit() and self.user.has_perm("wagtailcore.change_pageviewrestriction")
        )


class PrivacyByEditorsMixin:
    """For every page type of the site: see EditorsSetPrivacyTester."""

    def permissions_for_user(self, user):
        return EditorsSetPrivacyTester(user, self)
