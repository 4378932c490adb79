from django.db import migrations


def grant_editors(apps, schema_editor):
    """Editors moderate reported messages."""
    from django.apps import apps as installed_apps
    from django.contrib.auth.management import create_permissions

    if apps is not installed_apps:
        config = apps.get_app_config("conversations")
        config.models_module = True
        create_permissions(config, apps=apps, verbosity=0)
        config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors, _ = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="conversations", codename="moderate_report"
        )
    )


class Migration(migrations.Migration):
    dependencies = [
        ("conversations", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant_editors, migrations.RunPython.noop)]
