from allauth.account.internal.flows.login import record_authentication
from allauth.account.signals import email_confirmed
from allauth.mfa.signals import authenticator_added
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from . import membership
from .models import Profile


@receiver(email_confirmed)
def application_follows_confirmed_email(sender, request, email_address, **kwargs):
    profile = Profile.objects.filter(user_id=email_address.user_id).first()
    if profile is not None:
        membership.email_confirmed(profile, request=request)


def remember_language(user, language_code):
    """Keep the language a person uses the site in, for the e-mails others' actions send."""
    if language_code and user.language != language_code:
        user.language = language_code
        get_user_model().objects.filter(pk=user.pk).update(language=language_code)


@receiver(user_logged_in)
def language_follows_login(sender, request, user, **kwargs):
    remember_language(user, getattr(request, "LANGUAGE_CODE", ""))


@receiver(authenticator_added)
def setting_up_a_second_factor_counts_as_using_it(sender, request, user, authenticator, **kwargs):
    """Activating an authenticator app means typing a code from it: that session has
    shown the second factor, so the admin need not ask for another code at once."""
    if request is not None:
        record_authentication(request, user, "mfa", type=authenticator.type, id=authenticator.pk)
