from django.db import migrations

CODENAMES = ["add_pageviewrestriction", "change_pageviewrestriction", "delete_pageviewrestriction"]


def let_editors_set_privacy(apps, schema_editor):
    """Editors may make any page they can edit members-only (Wagtail's "Privacy"),
    not only in the library. Wagtail ties privacy to publishing, which would let
    editors skip the guidance approval workflow; these permissions are what
    home.privacy.PrivacyByEditorsMixin checks instead."""
    from django.contrib.auth.management import create_permissions

    # In a fresh database Django creates permissions only after all migrations.
    wagtailcore = apps.get_app_config("wagtailcore")
    wagtailcore.models_module = True
    create_permissions(wagtailcore, apps=apps, verbosity=0)
    wagtailcore.models_module = None
    grant_privacy_permissions(apps, schema_editor)


def grant_privacy_permissions(apps, schema_editor=None):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors = Group.objects.filter(name="Editors").first()
    if editors is not None:
        editors.permissions.add(
            *Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=CODENAMES)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_automatic_approval"),
        ("wagtailcore", "0094_alter_page_locale"),
    ]

    operations = [migrations.RunPython(let_editors_set_privacy, migrations.RunPython.noop)]
