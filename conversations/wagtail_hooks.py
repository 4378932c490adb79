from django.urls import path, re_path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.sidebar import LinkMenuItem

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


class ModerationMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(MODERATE_PERMISSION)

    def render_component(self, request):
        waiting = Report.objects.filter(status=Report.Status.OPEN).count()
        return LinkMenuItem(
            self.name,
            f"{self.label} ({waiting})" if waiting else self.label,
            self.url,
            icon_name=self.icon_name,
            classname=self.classname,
            attrs=self.attrs,
        )


@hooks.register("register_admin_menu_item")
def moderation_menu_item():
    return ModerationMenuItem(
        _("Reported messages"), reverse("conversations_moderation"), icon_name="warning", order=272
    )


@hooks.register("account_context")
def account_messages(request):
    """My account: a link to the inbox, with how many conversations have news."""
    threads = Thread.objects.involving(request.user).filter(messages__isnull=False).distinct()
    unread = sum(1 for thread in threads if thread.is_unread_by(request.user))
    return {"unread_conversations": unread}
