from django.db import migrations


def grant_review_permissions(apps, schema_editor):
    """Editors review activities, as they review resources and collaboration calls."""
    from django.apps import apps as installed_apps
    from django.contrib.auth.management import create_permissions

    if apps is not installed_apps:
        # In a migration the permissions may not exist yet; make them.
        config = apps.get_app_config("activities")
        config.models_module = True
        create_permissions(config, apps=apps, verbosity=0)
        config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors, _ = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="activities",
            codename__in=[
                "view_activity",
                "change_activity",
                "view_organisation",
                "change_organisation",
            ],
        )
    )


class Migration(migrations.Migration):
    dependencies = [
        ("activities", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant_review_permissions, migrations.RunPython.noop)]
