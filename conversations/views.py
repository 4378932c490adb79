"""Members' messages on the site: the inbox, a conversation, starting one from a
profile, the reply link from the e-mail, blocking and reporting. Every view
answers 404 for a conversation the person is not part of."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError, transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from members.access import member_required
from members.forms import ContactMemberForm
from members.models import Profile

from . import messaging
from .forms import ReportForm
from .models import Block, Message, Report, Thread

REFUSALS = {
    "gone": gettext_lazy("The other person is no longer a member, so the message was not sent."),
    "you_blocked": gettext_lazy("You have blocked this person. Unblock them to send a message."),
}
TOO_MANY = gettext_lazy("You have sent several messages recently. Please try again in an hour.")


def _thread_for(request, pk):
    thread = get_object_or_404(Thread.objects.select_related("first", "second"), pk=pk)
    if not thread.includes(request.user):
        raise Http404
    return thread


@login_required
def inbox(request):
    threads = list(
        Thread.objects.involving(request.user)
        .filter(messages__isnull=False)
        .select_related("first", "second")
        .distinct()
        .order_by("-last_message_at", "-pk")
    )
    rows = [
        {
            "thread": thread,
            "other": thread.other(request.user),
            "unread": thread.is_unread_by(request.user),
        }
        for thread in threads
    ]
    return TemplateResponse(request, "conversations/inbox.html", {"rows": rows})


@login_required
@require_http_methods(["GET", "POST"])
def thread(request, pk):
    thread = _thread_for(request, pk)
    form = ContactMemberForm(request.POST or None)
    if request.method == "POST":
        response = _send(request, thread, form)
        if response is not None:
            return response
    messaging.mark_read(thread, request.user)
    other = thread.other(request.user)
    return TemplateResponse(
        request,
        "conversations/thread.html",
        {
            "thread": thread,
            "other": other,
            "thread_messages": messaging.visible_messages(thread, request.user),
            "form": form,
            "blocked": other is not None and messaging.has_blocked(request.user, other),
        },
        status=400 if form.errors else 200,
    )


def _send(request, thread, form):
    """Send the form's message in `thread`; a redirect when sent, None to show the
    form again (with the reason added to it)."""
    if not form.is_valid():
        return None
    if not request.user.is_member and not request.user.has_perm("wagtailadmin.access_admin"):
        form.add_error(None, _("Only approved members can send messages."))
        return None
    if not messaging.contact_allowed(request):
        form.add_error(None, TOO_MANY)
        return None
    try:
        messaging.send(thread, request.user, form.cleaned_data["message"])
    except messaging.NotAllowed as refusal:
        form.add_error(None, REFUSALS[str(refusal)])
        return None
    messages.success(request, _("Your message has been sent."))
    return redirect("conversations:thread", pk=thread.pk)


@member_required
@require_POST
def start(request, profile_pk):
    """The contact form on a directory profile: the message joins the
    conversation between the two people (started if need be)."""
    profile = get_object_or_404(
        Profile.objects.filter(
            status=Profile.Status.APPROVED, listed_in_directory=True
        ).select_related("user"),
        pk=profile_pk,
    )
    if profile.user_id == request.user.pk:
        raise Http404
    form = ContactMemberForm(request.POST)
    if form.is_valid():
        thread = messaging.thread_between(request.user, profile.user)
        response = _send(request, thread, form)
        if response is not None:
            return response
    return TemplateResponse(
        request,
        "members/profile.html",
        {"member": profile, "form": form, "is_self": False},
        status=400,
    )


@login_required
def reply_link(request, token):
    """The link in a message's e-mail: the conversation, for its recipient only."""
    thread = messaging.read_reply_token(token, request.user)
    if thread is None:
        raise Http404
    return redirect(thread.get_absolute_url() + "#reply")


@login_required
@require_POST
def block(request, pk):
    thread = _thread_for(request, pk)
    other = thread.other(request.user)
    if other is None:
        raise Http404
    if request.POST.get("unblock"):
        Block.objects.filter(blocker=request.user, blocked=other).delete()
        messages.success(
            request, _("You have unblocked %(name)s.") % {"name": other.get_full_name()}
        )
    else:
        Block.objects.get_or_create(blocker=request.user, blocked=other)
        messages.success(
            request,
            _("You have blocked %(name)s. Their messages will not reach you.")
            % {"name": other.get_full_name()},
        )
    return redirect("conversations:thread", pk=thread.pk)


@login_required
@require_http_methods(["GET", "POST"])
def report(request, pk, message_pk):
    thread = _thread_for(request, pk)
    message = get_object_or_404(
        Message.objects.filter(thread=thread, delivered=True).exclude(sender=request.user),
        pk=message_pk,
    )
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                Report.objects.create(
                    message=message, reporter=request.user, reason=form.cleaned_data["reason"]
                )
        except IntegrityError:
            pass  # reported already: once is enough
        messages.success(
            request, _("Thank you. The organisers will look at the message you reported.")
        )
        return redirect("conversations:thread", pk=thread.pk)
    return TemplateResponse(
        request,
        "conversations/report.html",
        {"thread": thread, "message": message, "form": form},
        status=400 if form.errors else 200,
    )
