"""A person's own data: what they can take away, and what goes when they leave.

Each app that holds personal data has a `personal_data` module (see
home/personal_data.py for what it declares); this module finds and runs them
all, without naming the apps above members."""

import importlib

from django.apps import apps
from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import module_has_submodule


def _personal_data_modules():
    """Every installed app's `personal_data` module, in INSTALLED_APPS order
    (lower layers first). Export runs in this order; forgetting runs in reverse,
    so contributions and registrations go before the account they name."""
    modules = [
        importlib.import_module(f"{config.name}.personal_data")
        for config in apps.get_app_configs()
        if module_has_submodule(config.module, "personal_data")
    ]
    # home/personal_data.py defines what the others declare and holds nothing itself.
    return [module for module in modules if hasattr(module, "RELATIONS")]


def personal_data_registry():
    """{(model label, field name): Handling} for every declared relation to a person."""
    registry = {}
    for module in _personal_data_modules():
        registry.update(module.RELATIONS)
    return registry


def export_personal_data(user):
    """Everything the site holds about this person, and nothing about anyone else."""
    data = {"exported_at": timezone.now().isoformat()}
    for module in _personal_data_modules():
        module.export_personal_data(user, data)
    return data


@transaction.atomic
def delete_account(user):
    """Remove the person and their personal data: each app forgets them first,
    then the account goes, taking what only hung from it with it."""
    for module in reversed(_personal_data_modules()):
        module.forget(user)
    user.delete()
