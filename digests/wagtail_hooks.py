import datetime

from django.contrib.auth import get_user_model
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from home.admin_menu import PermissionMenuItem
from home.scheduler import PeriodicJob

from .admin_views import REPORT_PERMISSION, digests_report
from .choices import frequency_for, set_frequency
from .forms import DigestChoiceForm
from .models import DigestChoice, Frequency
from .sending import send_digests


@hooks.register("account_context")
def account_digest(request):
    """My account: the digest choice, for approved members."""
    if not request.user.is_member:
        return {}
    return {"digest_form": DigestChoiceForm(initial={"frequency": frequency_for(request.user)})}


@hooks.register("register_periodic_jobs")
def register_digest_job():
    # Hourly: each member's digest for a period is claimed once, so the extra
    # runs only find the rows taken; a run missed by a stopped worker is made up.
    return [PeriodicJob("digests.send_digests", datetime.timedelta(hours=1), send_digests)]


@hooks.register("register_admin_urls")
def register_report_url():
    return [path("digests/", digests_report, name="digests_report")]


@hooks.register("register_admin_menu_item")
def report_menu_item():
    return PermissionMenuItem(
        _("E-mail digests"),
        reverse("digests_report"),
        permission=REPORT_PERMISSION,
        icon_name="mail",
        order=275,
    )


@hooks.register("load_demo_content", order=90)
def demo_digest_choice(site):
    """The demo member gets the weekly digest, as their sign-up answer would give."""
    user = get_user_model().objects.filter(email="member@example.org").first()
    if user is not None and not DigestChoice.objects.filter(user=user).exists():
        set_frequency(user, Frequency.WEEKLY)
