"""Which pages a visitor may see, as one rule for every listing and search.

A page under a view restriction (members only, a group, a password) is left out
of every listing, search, feed, sitemap, menu and language link for anyone who
does not pass that restriction, exactly as Wagtail decides when serving the
page (PageViewRestriction.accept_request). Restricted sections are few, so the
restrictions are read once per request and pages are excluded by path prefix:
no query per page."""

from functools import reduce
from operator import or_

from django.db.models import Q, prefetch_related_objects
from wagtail.models import PagePermissionTester, PageViewRestriction

from .content_version import memo

ANONYMOUS = None


def _restrictions(request):
    """Every view restriction with its page's path and groups, read once per content
    version (any change to a restriction or a page replaces it)."""
    cached = getattr(request, "_view_restrictions", None) if request is not None else None
    if cached is None:
        cached = memo.get(request, "view_restrictions", _read_restrictions)
        if request is not None:
            request._view_restrictions = cached
    return cached


def _read_restrictions():
    return list(
        PageViewRestriction.objects.select_related("page")
        .only("page__path", "restriction_type", "password")
        .prefetch_related("groups")
    )


def _passes(restriction, request):
    if request is None:
        return False
    user = getattr(request, "user", None)
    if restriction.restriction_type in (PageViewRestriction.LOGIN, PageViewRestriction.GROUPS):
        if user is None or not user.is_authenticated:
            # Wagtail's answer for anyone not logged in, without building the
            # query for an anonymous visitor's (empty) groups on every request.
            return False
    if restriction.restriction_type == PageViewRestriction.GROUPS:
        if not getattr(user, "_groups_read", False):
            # accept_request asks for the user's groups each time: read them once.
            prefetch_related_objects([getattr(user, "_wrapped", user)], "groups")
            user._groups_read = True
    return restriction.accept_request(request)


def hidden_paths(request=ANONYMOUS):
    """Paths of the restricted sections this request may not see (every one,
    for ANONYMOUS: feeds, sitemaps and e-mails are read by anyone)."""
    cached = getattr(request, "_hidden_paths", None) if request is not None else None
    if cached is None:
        cached = sorted({r.page.path for r in _restrictions(request) if not _passes(r, request)})
        if request is not None:
            request._hidden_paths = cached
    return cached


def hidden_q(request=ANONYMOUS, prefix=""):
    """A Q matching pages this request may not see; `prefix` reaches pages through a
    relation ("page__" for a link model)."""
    paths = hidden_paths(request)
    if not paths:
        return Q(pk__in=[])
    return reduce(or_, (Q(**{f"{prefix}path__startswith": path}) for path in paths))


def visible_to(request, pages):
    """`pages` (a page queryset) without the pages this request may not see."""
    paths = hidden_paths(request)
    return pages.exclude(hidden_q(request)) if paths else pages


def may_see(request, page):
    """Whether this request may see `page` (no query beyond the per-request one)."""
    return not any(page.path.startswith(path) for path in hidden_paths(request))


def restricted_paths(request=ANONYMOUS):
    """Paths of every restricted section, whoever asks."""
    return [restriction.page.path for restriction in _restrictions(request)]


def mark_members_only(pages, request=ANONYMOUS):
    """Set `members_only` on each page that sits under a view restriction, for the
    label in listings. One query (shared with the rule above) for the short list of
    restricted paths, then prefix checks."""
    pages = list(pages)
    restricted = restricted_paths(request)
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

    def get_view_restrictions(self):
        """Wagtail's rule (an alias, or a page under one, follows the restrictions
        of the original): the pages whose restrictions apply are worked out once per
        content version (one query), and a page under no restriction (most) needs no
        query at all."""

        def governing():
            pages = [self, *self.get_ancestors().only("alias_of_id")]
            return frozenset(page.alias_of_id or page.pk for page in pages)

        pages = memo.get(None, ("restriction_pages", self.pk), governing)
        restricted = {restriction.page_id for restriction in _restrictions(None)} & pages
        if not restricted:
            # Known to be empty: marked as already read, so that looping over it
            # (Wagtail does on every page served) builds no query.
            none = PageViewRestriction.objects.none()
            none._result_cache = []
            return none
        return PageViewRestriction.objects.filter(page_id__in=restricted)
