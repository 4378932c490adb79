"""One version number for everything the public pages show.

Any change to content (a page published, unpublished, moved or deleted, a privacy
setting, a translation, a site setting, an image, a registration that changes the
places left...) replaces the version in the shared cache. Whatever is cached for
anonymous visitors is cached under the version it was worked out from, so the
next request after a change works it out again: the page cache (home/page_cache.py)
and the per-process memos below (menu, site settings, view restrictions).

Invalidation by default: every model save, delete or many-to-many change replaces
the version, except for the models listed in IGNORED_MODELS, whose rows no public
page shows (sessions, logs, drafts, the search index, task results). A new app's
models therefore invalidate without anyone remembering to register them.

The version is replaced at once and again when the database transaction commits:
a request that read the old version and rendered the old content stores its result
under the old version, which nobody asks for any more."""

import threading
import uuid

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

VERSION_KEY = "content-version"

# app_label or app_label.ModelName (lower case) of rows no public page shows.
IGNORED_MODELS = frozenset(
    {
        "sessions",
        "admin",
        "contenttypes",
        "account",  # allauth: e-mail addresses, confirmations
        "mfa",
        "django_tasks",
        "django_tasks_database",
        "django_tasks_db",
        "home.outgoingemail",  # the e-mail outbox
        "home.scheduledrun",  # the scheduler's record of runs
        "events.personalcalendar",
        # Replies are private; calls are not ignored: sector pages list the open ones.
        "collaboration.response",
        "conversations",  # private to the two members
        "digests",  # e-mails and choices, on no page
        "wagtailsearch",
        "wagtailadmin",
        "wagtailcore.revision",
        "wagtailcore.pagelogentry",
        "wagtailcore.modellogentry",
        "wagtailcore.workflowstate",
        "wagtailcore.taskstate",
        "wagtailcore.pagesubscription",
        "wagtailcore.comment",
        "wagtailcore.commentreply",
        "wagtailcore.referenceindex",
        "wagtailcore.uploadedfile",
        "wagtailembeds",
        # Made while a page renders (a new size of an image); the image's own save
        # is what changes a page.
        "wagtailimages.rendition",
    }
)
# Saves that touch only these fields change nothing a page shows (a login).
IGNORED_FIELDS = frozenset({"last_login"})


def current(request=None):
    """The current content version, read once per request."""
    version = getattr(request, "_content_version", None) if request is not None else None
    if version is None:
        version = cache.get(VERSION_KEY)
        if version is None:
            # A cold cache (first start, Redis restarted): start a new version, so
            # nothing kept from before can match it.
            cache.add(VERSION_KEY, uuid.uuid4().hex, None)
            version = cache.get(VERSION_KEY)
            if version is None:
                # The cache is unreachable (home/cache_backend.py): a version of this
                # request's own, so no page or memo kept from before is trusted.
                version = uuid.uuid4().hex
        if request is not None:
            request._content_version = version
    return version


def remember(request, version):
    """Record a version read elsewhere (the page cache reads it with its entry)."""
    request._content_version = version


def bump():
    """Make every cached page and memo out of date."""
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


def bump_now_and_on_commit():
    bump()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(bump)


def _ignored(sender, update_fields=None):
    meta = sender._meta
    if meta.app_label in IGNORED_MODELS or meta.label_lower in IGNORED_MODELS:
        return True
    return bool(update_fields) and set(update_fields) <= IGNORED_FIELDS


def _changed(sender, update_fields=None, **kwargs):
    if not _ignored(sender, update_fields):
        bump_now_and_on_commit()


def _m2m_changed(sender, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear") and not _ignored(sender):
        bump_now_and_on_commit()


def connect():
    """Called from HomeConfig.ready()."""
    post_save.connect(_changed, dispatch_uid="content_version_save")
    post_delete.connect(_changed, dispatch_uid="content_version_delete")
    m2m_changed.connect(_m2m_changed, dispatch_uid="content_version_m2m")
    # Wagtail moves and unpublishes descendants with bulk updates, which send no
    # post_save: its own signals cover those.
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(_page_changed, dispatch_uid=f"content_version_{id(signal)}")


def _page_changed(**kwargs):
    bump_now_and_on_commit()


class Memo:
    """Values worked out from content, kept in this process for the current
    content version only: no cache round trip, nothing to unpickle. What is kept
    must be treated as read-only by its users. At most MAX_VALUES are kept (keys
    may come from addresses visitors choose): past that, it starts again."""

    MAX_VALUES = 5000

    def __init__(self):
        self._lock = threading.Lock()
        self._version = None
        self._values = {}

    def get(self, request, key, compute):
        version = current(request)
        with self._lock:
            if version == self._version and key in self._values:
                return self._values[key]
        value = compute()
        with self._lock:
            if version != self._version or len(self._values) >= self.MAX_VALUES:
                self._version, self._values = version, {}
            self._values[key] = value
        return value


memo = Memo()
