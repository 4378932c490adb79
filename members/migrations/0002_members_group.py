from django.db import migrations

MEMBERS_GROUP = "Members"


def create_members_group(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.get_or_create(name=MEMBERS_GROUP)


def remove_members_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=MEMBERS_GROUP).delete()


class Migration(migrations.Migration):
    """Approved members belong to this group; Wagtail page privacy uses it for
    members-only pages. It gives no access to the admin."""

    dependencies = [("members", "0001_initial"), ("auth", "0012_alter_user_first_name_max_length")]

    operations = [migrations.RunPython(create_members_group, remove_members_group)]
