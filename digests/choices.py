"""A member's digest choice: read, set, and first set from the sign-up answer."""

from django.utils import timezone

from .models import DigestChoice, Frequency


def starting_frequency(profile):
    """ "Send me e-mail updates" at sign-up means a weekly digest."""
    return Frequency.WEEKLY if profile.wants_updates else Frequency.NONE


def frequency_for(user):
    choice = DigestChoice.objects.filter(user=user).first()
    if choice is not None:
        return choice.frequency
    profile = getattr(user, "profile", None)
    return starting_frequency(profile) if profile is not None else Frequency.NONE


def set_frequency(user, frequency):
    DigestChoice.objects.update_or_create(
        user=user, defaults={"frequency": frequency, "changed_at": timezone.now()}
    )


def start_from_sign_up(profile):
    """A newly approved member gets the digest their sign-up answer asked for,
    unless they have already chosen."""
    DigestChoice.objects.get_or_create(
        user=profile.user, defaults={"frequency": starting_frequency(profile)}
    )
