"""Who may see what members see."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.template.response import TemplateResponse


def can_see_members_area(user):
    """Approved members, and editors who look after them."""
    return user.is_authenticated and (user.is_member or user.has_perm("wagtailadmin.access_admin"))


def member_required(view):
    """Anonymous visitors are sent to log in; people whose membership is not
    approved are told where their application stands (403), never shown the page."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not can_see_members_area(request.user):
            return not_yet_member(request)
        return view(request, *args, **kwargs)

    return wrapper


def not_yet_member(request):
    """The 403 page that tells a logged-in person where their membership stands."""
    return TemplateResponse(
        request,
        "members/not_yet_member.html",
        {"profile": getattr(request.user, "profile", None)},
        status=403,
    )
