import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from taggit.models import Tag
from wagtail import hooks

from .access import can_see_members_area, member_required
from .data import delete_account, export_personal_data
from .forms import ContactMemberForm, DeleteAccountForm, DirectoryFilterForm, ProfileForm
from .models import Profile

DIRECTORY_PAGE_SIZE = 20


def listed_members():
    return Profile.objects.filter(status=Profile.Status.APPROVED, listed_in_directory=True)


@member_required
def directory(request):
    members = listed_members()
    interests = Tag.objects.filter(members_profileinterest_items__content_object__in=members)
    form = DirectoryFilterForm(request.GET or None, interests=interests.distinct().order_by("name"))
    if form.is_valid():
        data = form.cleaned_data
        if data["q"]:
            members = members.filter(
                Q(user__full_name__icontains=data["q"]) | Q(organisation__icontains=data["q"])
            )
        if data["organisation_type"]:
            members = members.filter(organisation_type=data["organisation_type"])
        if data["region"]:
            members = members.filter(region=data["region"])
        if data["interest"]:
            members = members.filter(interests__slug=data["interest"])
    members = (
        members.select_related("user")
        .prefetch_related("interests")
        .order_by("user__full_name", "pk")
        .distinct()
    )
    page = Paginator(members, DIRECTORY_PAGE_SIZE).get_page(request.GET.get("page"))
    return TemplateResponse(
        request, "members/directory.html", {"form": form, "members": page, "page_obj": page}
    )


@member_required
def profile(request, pk):
    member = get_object_or_404(listed_members().select_related("user"), pk=pk)
    # The contact form is sent to the conversations app, which keeps the message.
    return TemplateResponse(
        request,
        "members/profile.html",
        {
            "member": member,
            "form": ContactMemberForm(),
            "is_self": member.user_id == request.user.pk,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def account(request):
    profile = getattr(request.user, "profile", None)
    form = None
    if profile is not None:
        form = ProfileForm(request.POST or None, profile=profile)
        if request.method == "POST" and form.is_valid():
            form.save()
            messages.success(request, _("Your profile has been saved."))
            return redirect("members:account")
    context = {
        "profile": profile,
        "form": form,
        "can_contribute": can_see_members_area(request.user),
    }
    # Apps above members add their sections (registrations, contributions)
    # through this hook, so members imports none of them.
    for add_context in hooks.get_hooks("account_context"):
        context.update(add_context(request))
    return TemplateResponse(
        request,
        "members/account.html",
        context,
        status=400 if form is not None and form.errors else 200,
    )


@login_required
def download_data(request):
    data = export_personal_data(request.user)
    response = HttpResponse(
        json.dumps(data, indent=2, ensure_ascii=False, default=str),
        content_type="application/json; charset=utf-8",
    )
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="my-data-{stamp}.json"'
    return response


@login_required
@require_http_methods(["GET", "POST"])
def delete(request):
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        delete_account(user)
        messages.success(
            request, _("Your account and your personal information have been deleted.")
        )
        return redirect("/")
    return TemplateResponse(
        request, "members/delete_account.html", {"form": form}, status=400 if form.errors else 200
    )
