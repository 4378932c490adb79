"""A person's own data: what they can take away, and what goes when they leave."""

import importlib

from django.db import transaction
from django.utils import timezone

from .models import Profile


def export_personal_data(user):
    """Everything the site holds about this person, and nothing about anyone else."""
    profile = Profile.objects.filter(user=user).first()
    data = {
        "exported_at": timezone.now().isoformat(),
        "account": {
            "email": user.email,
            "full_name": user.full_name,
            "language": user.language,
            "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
        },
        "profile": None,
        "event_registrations": [],
        "contributions": [],
    }
    if profile is not None:
        data["profile"] = {
            "organisation": profile.organisation,
            "organisation_type": profile.get_organisation_type_display(),
            "role": profile.role,
            "region": profile.get_region_display(),
            "interests": sorted(profile.interests.values_list("name", flat=True)),
            "participation": profile.get_participation_display(),
            "bio": profile.bio,
            "listed_in_directory": profile.listed_in_directory,
            "wants_updates": profile.wants_updates,
            "privacy_accepted_at": profile.privacy_accepted_at,
            "membership_status": profile.get_status_display(),
            "applied_at": profile.applied_at,
            "decided_at": profile.decided_at,
        }
    for module in _personal_data_modules():
        module.export_personal_data(user, data)
    return data


# Apps that hold personal data of their own (registrations, contributions) offer a
# `personal_data` module with export_personal_data(user, data) and forget(user).
PERSONAL_DATA_APPS = ("events", "resources")


def _personal_data_modules():
    for app_name in PERSONAL_DATA_APPS:
        try:
            yield importlib.import_module(f"{app_name}.personal_data")
        except ModuleNotFoundError:
            continue


@transaction.atomic
def delete_account(user):
    """Remove the person and their personal data: other apps forget them first,
    then the account goes, taking the profile and e-mail records with it."""
    for module in _personal_data_modules():
        module.forget(user)
    user.delete()
