"""Restore an archive from `manage.py backup` into an empty database and media folder."""

from django.core.management.base import BaseCommand, CommandError

from home.backup import BackupError, restore


class Command(BaseCommand):
    help = (
        "Restore a backup archive into an empty database and an empty media folder "
        "(--force replaces whatever is there)."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="The .tar file written by manage.py backup.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace a database that has tables and a media folder that has files.",
        )

    def handle(self, *args, archive, force, **options):
        try:
            manifest = restore(archive, force=force)
        except BackupError as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(f"Restored the backup taken {manifest['taken']}.")
