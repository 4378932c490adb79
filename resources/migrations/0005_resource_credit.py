from django.db import migrations, models


def keep_the_names_of_listed_contributors(apps, schema_editor):
    """Before this field, every contributor was named. Those listed in the
    directory keep their name; everyone else becomes "a member of the community"
    until they choose otherwise, in the pages and in their pending revisions."""
    ResourcePage = apps.get_model("resources", "ResourcePage")
    Revision = apps.get_model("wagtailcore", "Revision")
    named = ResourcePage.objects.filter(contributor__profile__listed_in_directory=True)
    named_ids = [str(pk) for pk in named.values_list("pk", flat=True)]
    named.update(credit_as="name")
    revisions = Revision.objects.filter(
        object_id__in=named_ids, content_type__app_label="resources"
    )
    for revision in revisions.iterator():
        revision.content["credit_as"] = "name"
        revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0004_audiences_and_resource_review"),
        ("members", "0005_user_language"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="resourcepage",
            name="credit_as",
            field=models.CharField(
                choices=[
                    ("name", "Their name"),
                    ("organisation", "Their organisation"),
                    ("community", "A member of the community"),
                ],
                default="community",
                help_text="The contributor's own choice; the public sees it under “Shared by”.",
                max_length=20,
                verbose_name="credit the contributor as",
            ),
        ),
        migrations.RunPython(keep_the_names_of_listed_contributors, migrations.RunPython.noop),
    ]
