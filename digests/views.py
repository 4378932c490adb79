from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from .choices import set_frequency
from .forms import DigestChoiceForm
from .models import Frequency
from .sending import read_unsubscribe_token


@login_required
@require_POST
def choose(request):
    form = DigestChoiceForm(request.POST)
    if form.is_valid():
        set_frequency(request.user, form.cleaned_data["frequency"])
        messages.success(request, _("Your digest choice has been saved."))
    else:
        messages.error(request, _("Choose weekly, monthly or no digest."))
    return redirect("members:account")


# No CSRF token: RFC 8058 mail programs POST here without one. The signed token
# in the address is what authorises the change, and all it can do is stop e-mail.
@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """GET shows one button (a link scanner that follows links must not
    unsubscribe anyone); POST, from that button or a mail program's one-click
    unsubscribe, stops the digests. No login needed."""
    try:
        user_id = read_unsubscribe_token(token)
    except signing.SignatureExpired:
        return _refused(request, _("This unsubscribe link has expired."))
    except (signing.BadSignature, KeyError, TypeError):
        return _refused(request, _("This unsubscribe link is not valid."))
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if user is None:
        return _refused(request, _("This unsubscribe link is not valid."))
    if request.method == "POST":
        set_frequency(user, Frequency.NONE)
        return TemplateResponse(request, "digests/unsubscribe.html", {"done": True})
    return TemplateResponse(request, "digests/unsubscribe.html", {"done": False})


def _refused(request, reason):
    return TemplateResponse(
        request,
        "digests/unsubscribe.html",
        {"refusal": reason},
        status=400,
    )
