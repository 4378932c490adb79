"""On PostgreSQL, an index on the whole search vector (title and body together),
which is what the site's searches match against (Wagtail's own indexes cover the
title and the body one at a time, so a search read every row). Nothing on SQLite,
whose full-text table is its own index."""

from django.db import migrations

INDEX = "home_search_vector_gin"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry "
            "USING gin ((title || body))"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0009_accessibility_statement_page"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop, elidable=False)]
