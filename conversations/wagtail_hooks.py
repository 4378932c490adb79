from django.urls import path, re_path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from home.admin_menu import PermissionMenuItem

from .admin_views import MODERATE_PERMISSION, decide, queue
from .models import Report, Thread


@hooks.register("register_admin_urls")
def register_moderation_urls():
    return [
        path("reported-messages/", queue, name="conversations_moderation"),
        re_path(
            r"^reported-messages/(?P<pk>[0-9]{1,18})/(?P<decision>remove|dismiss)/$",
            decide,
            name="conversations_moderation_decide",
        ),
    ]


@hooks.register("register_admin_menu_item")
def moderation_menu_item():
    return PermissionMenuItem(
        _("Reported messages"),
        reverse("conversations_moderation"),
        permission=MODERATE_PERMISSION,
        count=lambda: Report.objects.filter(status=Report.Status.OPEN).count(),
        icon_name="warning",
        order=272,
    )


@hooks.register("account_context")
def account_messages(request):
    """My account: a link to the inbox, with how many conversations have news."""
    threads = Thread.objects.involving(request.user).filter(messages__isnull=False).distinct()
    unread = sum(1 for thread in threads if thread.is_unread_by(request.user))
    return {"unread_conversations": unread}
