from allauth.account.signals import email_confirmed
from django.dispatch import receiver

from . import membership
from .models import Profile


@receiver(email_confirmed)
def application_follows_confirmed_email(sender, request, email_address, **kwargs):
    profile = Profile.objects.filter(user_id=email_address.user_id).first()
    if profile is not None:
        membership.email_confirmed(profile, request=request)
