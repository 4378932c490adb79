from django.db import migrations


def grant_evaluation_permissions(apps, schema_editor):
    """Editors see every evaluation's results and may keep one out of the pool."""
    from django.apps import apps as installed_apps
    from django.contrib.auth.management import create_permissions

    if apps is not installed_apps:
        # In a migration the permissions may not exist yet; make them.
        config = apps.get_app_config("evaluation")
        config.models_module = True
        create_permissions(config, apps=apps, verbosity=0)
        config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors, _ = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(*Permission.objects.filter(
        content_type__app_label="evaluation",
        codename__in=["view_evaluation", "change_evaluation"],
    ))


class Migration(migrations.Migration):
    dependencies = [("evaluation", "0001_initial"), ("auth", "0012_alter_user_first_name_max_length")]

    operations = [migrations.RunPython(grant_evaluation_permissions, migrations.RunPython.noop)]
