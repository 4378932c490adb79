"""What happens to a call and its responses, and who is told."""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from home import content_version
from home.tasks import send_templated_email

from .models import Call, Response


class NotAllowed(Exception):
    """A step the person may not take now; the message says why."""


def _tell(user, template, **context):
    with translation.override(user.email_language):
        send_templated_email(f"collaboration/email/{template}.txt", context, [user.email])


def _editors():
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__permissions__codename="change_call")
        .distinct()
    )


def submit(form, poster):
    with transaction.atomic():
        call = form.save(poster)
    for editor in _editors():
        _tell(editor, "submitted", call=call)
    return call


def decide(call, editor, approve, note=""):
    with transaction.atomic():
        call = Call.objects.select_for_update().get(pk=call.pk)
        if call.status != Call.Status.SUBMITTED:
            raise NotAllowed(_("This call has already been decided."))
        call.status = Call.Status.APPROVED if approve else Call.Status.DECLINED
        call.decided_by = editor
        call.decision_note = note
        call.approved_at = timezone.now() if approve else None
        call.save()
    _tell(call.poster, "approved" if approve else "declined", call=call)
    return call


def respond(call, member, message):
    """Say "I'm interested" (or change what one said). The poster is told, without
    the responder's address."""
    if not call.is_open:
        raise NotAllowed(
            _("This call is closed: it has passed its deadline or the poster has closed it.")
        )
    if member.pk == call.poster_id:
        raise NotAllowed(_("This is your own call, so you cannot reply to it."))
    with transaction.atomic():
        response, created = Response.objects.select_for_update().get_or_create(
            call=call, responder=member, defaults={"message": message}
        )
        if not created:
            response.message = message
            response.save(update_fields=["message"])
    if created:
        _tell(call.poster, "response", call=call, response=response)
    return response


def accept(response, poster):
    """Only the poster may accept; then each is sent the other's address."""
    if response.call.poster_id != poster.pk:
        raise NotAllowed(_("Only the person who posted the call can accept replies."))
    with transaction.atomic():
        response = Response.objects.select_for_update().get(pk=response.pk)
        if response.status == Response.Status.ACCEPTED:
            return response
        response.status = Response.Status.ACCEPTED
        response.accepted_at = timezone.now()
        response.save(update_fields=["status", "accepted_at"])
    _tell(response.responder, "accepted", call=response.call, other=poster)
    _tell(poster, "accepted_poster", call=response.call, other=response.responder)
    return response


def close(call, poster):
    if call.poster_id != poster.pk:
        raise NotAllowed(_("Only the person who posted the call can close it."))
    Call.objects.filter(pk=call.pk).exclude(status=Call.Status.DECLINED).update(
        status=Call.Status.CLOSED
    )
    # update() sends no save signal: cached pages that list the call must go.
    content_version.bump_now_and_on_commit()
