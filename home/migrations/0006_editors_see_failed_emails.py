from django.db import migrations


def let_editors_see_failed_emails(apps, schema_editor):
    """Editors already handle applicants' personal data, so they see and retry the
    e-mails that could not be sent (home/failed_emails.py)."""
    from django.contrib.auth.management import create_permissions

    # In a fresh database Django creates permissions only after all migrations.
    home = apps.get_app_config("home")
    home.models_module = True
    create_permissions(home, apps=apps, verbosity=0)
    home.models_module = None
    grant_failed_email_permission(apps, schema_editor)


def grant_failed_email_permission(apps, schema_editor=None):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors = Group.objects.filter(name="Editors").first()
    if editors is not None:
        editors.permissions.add(
            *Permission.objects.filter(content_type__app_label="home", codename="manage_failed_email")
        )


class Migration(migrations.Migration):
    dependencies = [("home", "0005_outgoingemail_scheduledrun")]

    operations = [migrations.RunPython(let_editors_see_failed_emails, migrations.RunPython.noop)]
