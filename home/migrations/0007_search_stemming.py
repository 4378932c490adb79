"""SQLite only: rebuild Wagtail's full-text table with the Porter stemmer, so that
word forms match (`lonely` and `loneliness`, `ethic` and `Ethical`) as they do on
PostgreSQL. The index rows are copied back from the table that feeds it."""

from django.db import migrations

TABLE = "wagtailsearch_indexentry"


def fts_table(tokenizer):
    def rebuild(apps, schema_editor):
        connection = schema_editor.connection
        if connection.vendor != "sqlite":
            return
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT 1 FROM sqlite_master WHERE name = %s", [f"{TABLE}_fts"]
            )
            if cursor.fetchone() is None:
                return  # no FTS5 here: Wagtail searches without it
            cursor.execute(f"DROP TABLE {TABLE}_fts")
            cursor.execute(
                f"CREATE VIRTUAL TABLE {TABLE}_fts USING fts5(autocomplete, body, title"
                f"{tokenizer})"
            )
            cursor.execute(
                f"INSERT INTO {TABLE}_fts(rowid, title, body, autocomplete) "
                f"SELECT id, title, body, autocomplete FROM {TABLE}"
            )

    return rebuild


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0006_editors_see_failed_emails"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [
        migrations.RunPython(
            fts_table(", tokenize = 'porter unicode61 remove_diacritics 2'"),
            fts_table(""),
        )
    ]
