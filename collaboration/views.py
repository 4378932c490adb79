from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from members.access import member_required

from . import calls
from .feeds import OpenCallsFeed
from .forms import CallFilterForm, CallForm, ResponseForm
from .models import Call, Response

PAGE_SIZE = 20


def call_list(request):
    filters = CallFilterForm(request.GET)
    open_calls = filters.filter(Call.objects.open())
    page = Paginator(open_calls, PAGE_SIZE).get_page(request.GET.get("page"))
    return TemplateResponse(
        request, "collaboration/call_list.html", {"calls": page, "filters": filters}
    )


def _visible_call(request, pk):
    call = get_object_or_404(Call.objects.select_related("poster"), pk=pk)
    if not call.may_see(request.user):
        raise Http404  # a call in review or declined does not exist for anyone else
    return call


def call_detail(request, pk, form=None, status=200):
    call = _visible_call(request, pk)
    user = request.user
    context = {"call": call, "is_poster": user.is_authenticated and user.pk == call.poster_id}
    if context["is_poster"]:
        context["responses"] = call.responses.select_related("responder__profile")
    elif user.is_authenticated:
        context["my_response"] = call.responses.filter(responder=user).first()
        context["form"] = form or ResponseForm(
            initial={"message": getattr(context["my_response"], "message", "")}
        )
    return TemplateResponse(request, "collaboration/call_detail.html", context, status=status)


@member_required
def new_call(request):
    form = CallForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        call = calls.submit(form, request.user)
        messages.success(
            request,
            _("Thank you. Editors will check your call and e-mail you when it is open."),
        )
        return redirect("collaboration:detail", pk=call.pk)
    return TemplateResponse(
        request,
        "collaboration/call_form.html",
        {"form": form},
        status=400 if form.errors else 200,
    )


@member_required
@require_POST
def respond(request, pk):
    call = _visible_call(request, pk)
    form = ResponseForm(request.POST)
    if not form.is_valid():
        return call_detail(request, pk, form=form, status=400)
    try:
        calls.respond(call, request.user, form.cleaned_data["message"])
    except calls.NotAllowed as refusal:
        messages.error(request, str(refusal))
        return redirect("collaboration:detail", pk=call.pk)
    messages.success(
        request, _("We have told the poster you are interested. You will hear if they accept.")
    )
    return redirect("collaboration:detail", pk=call.pk)


@member_required
@require_POST
def accept(request, pk, response_pk):
    # Only responses to the asker's own calls: anyone else's is a 404.
    response = get_object_or_404(
        Response.objects.select_related("call", "responder"),
        pk=response_pk,
        call_id=pk,
        call__poster=request.user,
    )
    calls.accept(response, request.user)
    messages.success(request, _("Accepted. We have sent you each other's e-mail addresses."))
    return redirect("collaboration:detail", pk=pk)


@member_required
@require_POST
def close(request, pk):
    call = get_object_or_404(Call, pk=pk, poster=request.user)
    calls.close(call, request.user)
    messages.success(request, _("Your call is closed. Replies you accepted stay in your account."))
    return redirect(reverse("members:account") + "#collaboration-heading")


def feed(request):
    return OpenCallsFeed()(request)
