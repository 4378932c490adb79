"""Who may fetch a document or image: the one rule for every file on the site.

A file is served to someone who may see at least one live page that uses it
(Wagtail's reference index records which pages use which files), to editors, and
to the person who uploaded it. Anyone else gets the answer a members-only page
gives: anonymous visitors are sent to log in, people who are logged in are
refused (members/ supplies the page that explains why, through a hook)."""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import IntegerField
from django.db.models.functions import Cast
from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from wagtail import hooks
from wagtail.models import Page, PageViewRestriction, ReferenceIndex

from .privacy import ANONYMOUS, visible_to

PUBLIC = "public"  # anyone may fetch it: shared caches may keep it
PERSONAL = "personal"  # this person may fetch it: only their browser may keep it
# How long a shared cache may keep a public file. Short, so that a page made
# members-only stops handing out its files soon after.
PUBLIC_MAX_AGE = 10 * 60


def file_access(request, obj):
    """PUBLIC, PERSONAL, or None when the request may not have the file."""
    pages = list(
        Page.objects.live()
        .filter(pk__in=_pages_using(obj))
        .values_list("path", flat=True)
        .order_by()
    )
    restrictions = _restrictions_over(pages)
    if any(not restrictions.get(path) for path in pages):
        return PUBLIC
    user = request.user
    if user.is_authenticated and (
        getattr(obj, "uploaded_by_user_id", None) == user.pk
        or user.has_perm("wagtailadmin.access_admin")
    ):
        return PERSONAL
    if any(_passes_all(request, restrictions[path]) for path in pages):
        return PERSONAL
    return None


def publicly_used(files):
    """The files in `files` (a queryset) that anyone may fetch: those a live page
    under no view restriction uses. The PUBLIC case of file_access, for a whole
    list in one query (the API's listings)."""
    public_pages = visible_to(ANONYMOUS, Page.objects.live()).values("pk")
    used_by_public_pages = (
        ReferenceIndex.objects.filter(
            to_content_type=ContentType.objects.get_for_model(files.model),
            base_content_type=ContentType.objects.get_for_model(Page),
        )
        .annotate(
            page_id=Cast("object_id", IntegerField()), file_id=Cast("to_object_id", IntegerField())
        )
        .filter(page_id__in=public_pages)
        .values("file_id")
    )
    return files.filter(pk__in=used_by_public_pages)


def refusal(request):
    """The response of a members-only page to someone who may not see it."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path(), settings.WAGTAIL_FRONTEND_LOGIN_URL)
    for explain in hooks.get_hooks("refuse_members_only"):
        response = explain(request)
        if isinstance(response, HttpResponse):
            return response
    raise PermissionDenied


def set_cache_policy(response, access):
    if access == PUBLIC:
        patch_cache_control(response, public=True, max_age=PUBLIC_MAX_AGE)
    else:
        patch_cache_control(response, private=True, no_cache=True)
    return response


def _pages_using(obj):
    """IDs of the pages whose current row refers to `obj`. The row of a live page
    holds its published content (drafts live in revisions), so a file that only a
    draft uses is found here only on a page that is not live."""
    return (
        ReferenceIndex.get_references_to(obj)
        .filter(base_content_type=ContentType.objects.get_for_model(Page))
        .annotate(page_id=Cast("object_id", IntegerField()))
        .values("page_id")
    )


def _restrictions_over(paths):
    """For each page path, the restrictions on that page and its ancestors: one query."""
    prefixes = {path[:end] for path in paths for end in range(Page.steplen, len(path) + 1, 4)}
    rows = PageViewRestriction.objects.filter(page__path__in=prefixes).values_list(
        "pk", "page__path", "restriction_type", "groups"
    )
    restrictions = {}
    for pk, restricted_path, kind, group in rows:
        restrictions.setdefault(restricted_path, {}).setdefault(pk, [kind, set()])[1].add(group)
    return {
        path: [
            (pk, kind, groups)
            for prefix, found in restrictions.items()
            if path.startswith(prefix)
            for pk, (kind, groups) in found.items()
        ]
        for path in paths
    }


def _passes_all(request, restrictions):
    """Wagtail's PageViewRestriction.accept_request for each restriction, without
    a query per restriction."""
    user = request.user
    passed = request.session.get(PageViewRestriction.passed_view_restrictions_session_key, [])
    for pk, kind, groups in restrictions:
        if kind == PageViewRestriction.PASSWORD and pk not in passed:
            return False
        if kind in (PageViewRestriction.LOGIN, PageViewRestriction.GROUPS):
            if not user.is_authenticated:
                return False
        if kind == PageViewRestriction.GROUPS and not user.is_superuser:
            if not groups & _group_ids(user):
                return False
    return True


def _group_ids(user):
    if not hasattr(user, "_file_access_group_ids"):
        user._file_access_group_ids = set(user.groups.values_list("pk", flat=True))
    return user._file_access_group_ids
