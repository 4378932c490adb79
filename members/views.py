import json

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods
from taggit.models import Tag
from wagtail import hooks

from home.ratelimit import client_ip, within_limit

from . import contact
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
@require_http_methods(["GET", "POST"])
def profile(request, pk):
    member = get_object_or_404(listed_members().select_related("user"), pk=pk)
    form = ContactMemberForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if _contact_allowed(request):
            _send_contact_message(request.user, member.user, form.cleaned_data["message"])
            messages.success(
                request, _("Your message has been sent to %(name)s.") % {"name": member.full_name}
            )
            return redirect(member.get_absolute_url())
        form.add_error(
            None, _("You have sent several messages recently. Please try again in an hour.")
        )
    return TemplateResponse(
        request,
        "members/profile.html",
        {"member": member, "form": form, "is_self": member.user_id == request.user.pk},
        status=400 if form.errors else 200,
    )


def _contact_allowed(request):
    """A member may send a few messages an hour: enough to collaborate, too few to spam.
    Counted in the shared cache, per member and per client address."""
    per_member = within_limit(
        f"member-contact:user:{request.user.pk}", *settings.MEMBER_CONTACT_RATE_LIMIT
    )
    per_address = within_limit(
        f"member-contact:ip:{client_ip(request)}",
        *settings.MEMBER_CONTACT_RATE_LIMIT_PER_ADDRESS,
    )
    return per_member and per_address


def _send_contact_message(sender, recipient, message):
    contact.send_message(sender, recipient, message)


REPLY_REFUSALS = {
    "expired": gettext_lazy("This reply link has expired."),
    "used": gettext_lazy(
        "This reply link has already been used. Each message can be answered once."
    ),
    "gone": gettext_lazy("The person who sent this message is no longer a member."),
}


@member_required
@require_http_methods(["GET", "POST"])
def reply(request, token):
    """Answer a message through the link it carried, whether or not its sender is
    listed in the directory; neither person's address is shown to the other."""
    try:
        found = contact.read_reply_link(token, request.user)
    except contact.ReplyLinkRefused as refusal:
        return TemplateResponse(
            request, "members/reply.html", {"refusal": REPLY_REFUSALS[str(refusal)]}, status=410
        )
    if found is None:
        raise Http404
    sender, link = found
    form = ContactMemberForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if not _contact_allowed(request):
            form.add_error(
                None, _("You have sent several messages recently. Please try again in an hour.")
            )
        elif not contact.claim_reply_link(link):
            return TemplateResponse(
                request, "members/reply.html", {"refusal": REPLY_REFUSALS["used"]}, status=410
            )
        else:
            _send_contact_message(request.user, sender, form.cleaned_data["message"])
            messages.success(
                request,
                _("Your reply has been sent to %(name)s.") % {"name": sender.get_full_name()},
            )
            return redirect("members:account")
    return TemplateResponse(
        request,
        "members/reply.html",
        {"sender": sender, "form": form},
        status=400 if form.errors else 200,
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
