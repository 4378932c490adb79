"""Write the database and the uploaded files into one dated archive (home/backup.py)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from home.backup import BackupError, create


class Command(BaseCommand):
    help = (
        "Back up the database (pg_dump custom format, or SQLite's backup API) and the "
        "uploaded files into one dated tar archive."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output-dir",
            default=None,
            help="Folder for the archive (default: backups/ in VAR_DIR).",
        )

    def handle(self, *args, output_dir, **options):
        try:
            archive = create(output_dir or settings.VAR_DIR / "backups")
        except BackupError as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(str(archive))
