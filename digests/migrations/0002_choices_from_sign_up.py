from django.db import migrations


def choices_from_sign_up(apps, schema_editor):
    """Members who said "Send me e-mail updates" at sign-up get the weekly digest;
    the rest none. Only where no choice has been made yet."""
    Profile = apps.get_model("members", "Profile")
    DigestChoice = apps.get_model("digests", "DigestChoice")
    chosen = set(DigestChoice.objects.values_list("user_id", flat=True))
    DigestChoice.objects.bulk_create(
        [
            DigestChoice(user_id=user_id, frequency="weekly" if wants else "none")
            for user_id, wants in Profile.objects.filter(status="approved").values_list(
                "user_id", "wants_updates"
            )
            if user_id not in chosen
        ],
        batch_size=500,
    )


def grant_editors(apps, schema_editor):
    """Editors see the digests report and preview digests."""
    from django.apps import apps as installed_apps
    from django.contrib.auth.management import create_permissions

    if apps is not installed_apps:
        config = apps.get_app_config("digests")
        config.models_module = True
        create_permissions(config, apps=apps, verbosity=0)
        config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors, _ = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="digests", codename="view_digest_report"
        )
    )


class Migration(migrations.Migration):
    dependencies = [
        ("digests", "0001_initial"),
        ("members", "0006_email_canonical_unique"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.RunPython(choices_from_sign_up, migrations.RunPython.noop),
        migrations.RunPython(grant_editors, migrations.RunPython.noop),
    ]
