import datetime

from django.urls import re_path
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from home.scheduler import PeriodicJob

from .access import can_see_members_area, not_yet_member
from .admin_views import ApproveBulkAction, MembershipApplicationViewSet, decide
from .demo import load_accounts
from .membership import send_application_reminders
from .purge import purge_unverified_signups

register_snippet(MembershipApplicationViewSet)
hooks.register("register_bulk_action", ApproveBulkAction)


@hooks.register("register_admin_urls")
def register_membership_decision_urls():
    # Only the known decisions match, so any other address is a plain 404.
    return [
        re_path(
            r"^membership/(?P<pk>[0-9]+)/(?P<decision>approve|decline)/$",
            decide,
            name="membership_decide",
        ),
    ]


@hooks.register("before_serve_page", order=-1)
def explain_members_only_pages(page, request, serve_args, serve_kwargs):
    """Someone logged in whose membership is not approved is told so, rather than
    being sent round to the login page they have just used."""
    if not request.user.is_authenticated or can_see_members_area(request.user):
        return None
    for restriction in page.get_view_restrictions():
        if restriction.restriction_type == restriction.GROUPS and not restriction.accept_request(
            request
        ):
            return not_yet_member(request)
    return None


@hooks.register("refuse_members_only")
def explain_members_only_files(request):
    """The same explanation for a members-only file (home/file_access.py)."""
    return not_yet_member(request)


# The demo's accounts come after the guidance (10) and before the library (30),
# whose contributions and registrations need them.
hooks.register("load_demo_content", load_accounts, order=20)


@hooks.register("register_periodic_jobs")
def register_purge_job():
    return [
        PeriodicJob(
            "members.purge_unverified_signups", datetime.timedelta(days=1), purge_unverified_signups
        ),
        PeriodicJob(
            "members.remind_editors_of_waiting_applications",
            datetime.timedelta(days=1),
            send_application_reminders,
        ),
    ]
