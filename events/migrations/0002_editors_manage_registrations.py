from django.db import migrations


def grant_registration_permissions(apps, schema_editor):
    """Editors see who is coming, mark attendance and export the lists."""
    from django.apps import apps as installed_apps
    from django.contrib.auth.management import create_permissions

    if apps is not installed_apps:
        # In a migration the permissions may not exist yet; make them.
        events_config = apps.get_app_config("events")
        events_config.models_module = True
        create_permissions(events_config, apps=apps, verbosity=0)
        events_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors, _ = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(*Permission.objects.filter(
        content_type__app_label="events",
        codename__in=["view_registration", "change_registration"],
    ))


class Migration(migrations.Migration):
    dependencies = [("events", "0001_initial"), ("auth", "0012_alter_user_first_name_max_length")]

    operations = [migrations.RunPython(grant_registration_permissions, migrations.RunPython.noop)]
