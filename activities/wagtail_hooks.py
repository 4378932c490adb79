import datetime

from django.urls import path, re_path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from home.admin_menu import PermissionMenuItem
from home.scheduler import PeriodicJob

from .admin_views import OrganisationViewSet, decide, review
from .demo import load_activities
from .freshness import send_confirmation_reminders
from .models import Activity, Organisation
from .review import REVIEW_PERMISSION
from .sectors import activities_for, next_activity_hidden

hooks.register("register_admin_viewset", lambda: OrganisationViewSet("activity_organisations"))


@hooks.register("register_admin_urls")
def register_review_urls():
    return [
        path("activities/", review, name="activities_review"),
        re_path(
            r"^activities/(?P<pk>[0-9]{1,18})/(?P<decision>publish|changes)/$",
            decide,
            name="activities_decide",
        ),
    ]


@hooks.register("register_admin_menu_item")
def review_menu_item():
    return PermissionMenuItem(
        _("Activity review"),
        reverse("activities_review"),
        permission=REVIEW_PERMISSION,
        count=lambda: Activity.objects.waiting_for_review().count(),
        icon_name="site",
        order=275,
    )


@hooks.register("account_context")
def account_activities(request):
    """My account: the organisations the person manages."""
    return {
        "my_organisations": Organisation.objects.filter(managers=request.user).prefetch_related(
            "activities"
        )
    }


@hooks.register("register_periodic_jobs")
def register_reminder_job():
    # Each reminder is recorded against the date it is for, so a daily run sends one.
    return [
        PeriodicJob(
            "activities.send_confirmation_reminders",
            datetime.timedelta(days=1),
            send_confirmation_reminders,
        )
    ]


# After the evaluations (50) and collaboration calls (60): the demo's organisations
# belong to its member account (20).
hooks.register("load_demo_content", load_activities, order=70)

# A partner sector's page lists the directory's activities with that sector.
hooks.register("sector_listings", activities_for)
hooks.register("page_cache_expiry", next_activity_hidden)
