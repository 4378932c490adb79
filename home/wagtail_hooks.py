from wagtail import hooks

from . import failed_emails
from .file_access import file_access, refusal
from .jobs import base_jobs
from .page_cache import mark_cacheable


@hooks.register("before_serve_document", order=-1)
def documents_follow_their_pages(document, request):
    """Every document download passes here, whichever page or block links to it
    (see home/file_access.py). The decision is kept on the request so that the
    download view can tell caches whether the file is public."""
    request.file_access = file_access(request, document)
    if request.file_access is None:
        return refusal(request)
    return None


# --- E-mail and background jobs (home/outbox.py, home/scheduler.py) ---


@hooks.register("register_periodic_jobs")
def register_base_jobs():
    return base_jobs()


@hooks.register("register_admin_urls")
def register_failed_email_urls():
    return failed_emails.urls()


@hooks.register("register_admin_menu_item")
def register_failed_email_menu_item():
    return failed_emails.menu_item()


@hooks.register("register_permissions")
def register_failed_email_permission():
    return failed_emails.permissions()


@hooks.register("before_serve_page")
def page_may_be_cached(page, request, serve_args, serve_kwargs):
    """Pages Wagtail serves are the ones the anonymous page cache may keep
    (home/page_cache.py decides by the response)."""
    mark_cacheable(page, request)
