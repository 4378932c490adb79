from django.db import migrations

ADMINISTRATORS = "Administrators"
PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page"]
MODEL_PERMISSIONS = [
    ("members", "add_user"), ("members", "change_user"), ("members", "delete_user"),
    ("auth", "add_group"), ("auth", "change_group"), ("auth", "delete_group"),
    ("members", "change_profile"), ("members", "view_profile"), ("members", "delete_profile"),
    ("wagtailadmin", "access_admin"),
]


def create_administrators(apps, schema_editor):
    """Administrators run the site: users, groups, every page and membership.
    Editors (from Wagtail's migrations) also get to decide membership applications.
    (Members and Guidance approvers come from their own migrations.)"""
    from django.contrib.auth.management import create_permissions

    # Permissions for models created in earlier migrations may not exist yet in a
    # fresh database (Django adds them after all migrations); create them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    grant_roles(apps, schema_editor)


def grant_roles(apps, schema_editor=None):
    """Give Administrators and Editors their permissions (permissions must exist)."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Page = apps.get_model("wagtailcore", "Page")

    group, _ = Group.objects.get_or_create(name=ADMINISTRATORS)
    for app_label, codename in MODEL_PERMISSIONS:
        permission = Permission.objects.filter(
            content_type__app_label=app_label, codename=codename
        ).first()
        if permission is not None:
            group.permissions.add(permission)
    root = Page.objects.filter(depth=1).first()
    if root is not None:
        for permission in Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=PAGE_PERMISSIONS
        ):
            GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)


    # Editors look after membership applications.
    editors = Group.objects.filter(name="Editors").first()
    if editors is not None:
        editors.permissions.add(*Permission.objects.filter(
            content_type__app_label="members", codename__in=["view_profile", "change_profile"]
        ))


def remove_administrators(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=ADMINISTRATORS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0003_profiles"),
        ("wagtailcore", "0048_add_default_workflows"),
        # GroupPagePermission.permission (below) exists from here on; without this
        # the migration only ran after it by the accident of the plan's order.
        ("wagtailcore", "0086_populate_grouppagepermission_permission"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_administrators, remove_administrators)]
