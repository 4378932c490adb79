from django.urls import path
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .admin_views import ApproveBulkAction, MembershipApplicationViewSet, decide

register_snippet(MembershipApplicationViewSet)
hooks.register("register_bulk_action", ApproveBulkAction)


@hooks.register("register_admin_urls")
def register_membership_decision_urls():
    return [
        path(
            "membership/<int:pk>/<str:decision>/",
            decide,
            name="membership_decide",
        ),
    ]
