"""The questionnaire participants answer: no login, no JavaScript needed, and
nothing kept about who they are. Their code pairs "after" with "before"; a
signed cookie on their own device remembers it for them if they agree."""

import hashlib
import hmac
import secrets

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from home.ratelimit import client_ip, within_limit

from . import answers
from .forms import SUBMISSION_SALT, QuestionnaireForm
from .models import Evaluation, Stage
from .questions import COMPLETELY, LONELINESS_QUESTION, NOT_AT_ALL, SCALE_INTRODUCTION

COOKIE_SALT = "evaluation.participant-code"
COOKIE_MAX_AGE = 365 * 24 * 60 * 60

REFUSALS = {
    answers.ALREADY_SAVED: _("These answers have already been saved. Thank you."),
    answers.ALREADY_ANSWERED: _(
        "The “after” questions have already been answered with this code. Thank you."
    ),
    answers.UNKNOWN_CODE: _(
        "We could not find this code. Check it against the one you were given, or ask "
        "the person running the activity."
    ),
}
TOO_MANY_SUBMISSIONS = _(
    "A great many answers have come from this network in the last few minutes. "
    "Please wait ten minutes and send them again."
)
TOO_MANY_CODES = _(
    "Too many codes that we could not find have been tried from this network. "
    "Please wait ten minutes, or ask the person running the activity."
)


def _limit(name):
    return getattr(settings, "EVALUATION_RATE_LIMITS", {}).get(
        name, {"submissions": (60, 600), "code_misses": (10, 600)}[name]
    )


def _client_key(request):
    """Who is asking, for counting only: a keyed hash, so no address is kept anywhere,
    not even in the cache."""
    return hmac.new(
        settings.SECRET_KEY.encode(), client_ip(request).encode(), hashlib.sha256
    ).hexdigest()[:32]


def _cookie_name(evaluation):
    return f"evaluation-{evaluation.link_token}"


def _new_submission_token():
    return signing.dumps(secrets.token_urlsafe(24), salt=SUBMISSION_SALT)


def _page(request, evaluation, stage, form, status=200, refusal=None):
    form.data = form.data.copy() if form.is_bound else form.data
    if form.is_bound:
        # A fresh one-time token for the next try; the answers given are kept.
        form.data["submission"] = _new_submission_token()
    return TemplateResponse(
        request,
        "evaluation/questionnaire.html",
        {
            "evaluation": evaluation,
            "stage": stage,
            "form": form,
            "refusal": refusal,
            "scale_introduction": SCALE_INTRODUCTION,
            "not_at_all": NOT_AT_ALL,
            "completely": COMPLETELY,
            "loneliness_question": LONELINESS_QUESTION,
        },
        status=status,
    )


def _closed(request, evaluation):
    return TemplateResponse(
        request, "evaluation/questionnaire_closed.html", {"evaluation": evaluation}, status=410
    )


@never_cache
@require_http_methods(["GET", "POST"])
def questionnaire(request, token, stage):
    if stage not in Stage.values:
        raise Http404
    evaluation = get_object_or_404(Evaluation, link_token=str(token).lower())
    if not evaluation.is_open:
        return _closed(request, evaluation)
    if request.method == "GET":
        initial = {"submission": _new_submission_token()}
        if stage == Stage.AFTER:
            initial["code"] = request.get_signed_cookie(
                _cookie_name(evaluation), default="", salt=COOKIE_SALT
            )
        return _page(request, evaluation, stage, QuestionnaireForm(initial=initial, stage=stage))

    form = QuestionnaireForm(request.POST, stage=stage)
    if not form.is_valid():
        return _page(request, evaluation, stage, form, status=400)
    client = _client_key(request)
    if not within_limit(f"evaluation-submit:{client}", *_limit("submissions")):
        return _page(request, evaluation, stage, form, status=429, refusal=TOO_MANY_SUBMISSIONS)
    data = form.cleaned_data
    try:
        if stage == Stage.BEFORE:
            participant = answers.save_before(evaluation, data, submission=data["submission"])
        else:
            misses_key = f"evaluation-code-miss:{client}"
            limit, window = _limit("code_misses")
            if cache.get(f"rate-limit:{misses_key}", 0) >= limit:
                return _page(request, evaluation, stage, form, status=429, refusal=TOO_MANY_CODES)
            try:
                participant = answers.save_after(
                    evaluation, data["code"], data, submission=data["submission"]
                )
            except answers.AnswerRefused as refusal:
                if refusal.reason == answers.UNKNOWN_CODE:
                    within_limit(misses_key, limit, window)
                    form.add_error("code", REFUSALS[refusal.reason])
                    return _page(request, evaluation, stage, form, status=400)
                raise
    except answers.AnswerRefused as refusal:
        return TemplateResponse(
            request,
            "evaluation/questionnaire_thanks.html",
            {"evaluation": evaluation, "stage": stage, "refusal": REFUSALS[refusal.reason]},
            status=409,
        )
    response = TemplateResponse(
        request,
        "evaluation/questionnaire_thanks.html",
        {"evaluation": evaluation, "stage": stage, "code": participant.code},
    )
    if stage == Stage.BEFORE and data.get("remember"):
        response.set_signed_cookie(
            _cookie_name(evaluation),
            participant.code,
            salt=COOKIE_SALT,
            max_age=COOKIE_MAX_AGE,
            httponly=True,
            samesite="Lax",
            secure=request.is_secure(),
        )
    return response
