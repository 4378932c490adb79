from django.dispatch import receiver

from members.membership import member_approved

from .choices import start_from_sign_up


@receiver(member_approved)
def digest_follows_sign_up_answer(sender, profile, **kwargs):
    start_from_sign_up(profile)
