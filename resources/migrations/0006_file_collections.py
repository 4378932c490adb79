from django.db import migrations

COLLECTIONS = ["Contributions in review", "Resource library", "Members' resources"]
DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # treebeard's path alphabet


def create_file_collections(apps, schema_editor):
    """The collections members' uploads move through (resources/uploaded_files.py),
    as children of the root collection. The historical model has no treebeard
    methods, so the tree path is worked out here."""
    Collection = apps.get_model("wagtailcore", "Collection")
    root = Collection.objects.filter(depth=1).order_by("path").first()
    if root is None:
        return
    for name in COLLECTIONS:
        if Collection.objects.filter(name=name, depth=2).exists():
            continue
        last = (
            Collection.objects.filter(depth=2, path__startswith=root.path).order_by("-path").first()
        )
        number = _from_base36(last.path[-4:]) + 1 if last else 1
        Collection.objects.create(name=name, depth=2, numchild=0, path=root.path + _base36(number))
        root.numchild += 1
        root.save(update_fields=["numchild"])


def _from_base36(text):
    return int(text, 36)


def _base36(number):
    digits = ""
    while number:
        number, remainder = divmod(number, 36)
        digits = DIGITS[remainder] + digits
    return digits.rjust(4, "0")


def remove_file_collections(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    for collection in Collection.objects.filter(name__in=COLLECTIONS, depth=2, numchild=0):
        root = Collection.objects.get(depth=1, path=collection.path[:4])
        collection.delete()
        root.numchild -= 1
        root.save(update_fields=["numchild"])


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0005_resource_credit"),
        ("wagtailcore", "0094_alter_page_locale"),
    ]

    operations = [migrations.RunPython(create_file_collections, remove_file_collections)]
