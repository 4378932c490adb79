"""Run the site's periodic jobs without cron: every few seconds, enqueue each job
whose period has come round (home/scheduler.py). Run one or more of these beside
the workers (`manage.py db_worker`); however many run, each due run is enqueued
once."""

import logging
import signal
import time

from django.core.management.base import BaseCommand
from django.db import DatabaseError, close_old_connections

from home.scheduler import enqueue_due_jobs, periodic_jobs

logger = logging.getLogger("home.scheduler")


class Command(BaseCommand):
    help = "Enqueue periodic jobs (reminders, clean-ups) as they fall due; runs until stopped."

    def add_arguments(self, parser):
        parser.add_argument(
            "--interval", type=float, default=15, help="Seconds between checks (default 15)."
        )
        parser.add_argument(
            "--once", action="store_true", help="Check once, enqueue what is due, and exit."
        )

    def handle(self, *args, interval, once, **options):
        self.running = True
        if not once:
            signal.signal(signal.SIGTERM, self._stop)
            signal.signal(signal.SIGINT, self._stop)
            names = ", ".join(f"{job.name} (every {job.every})" for job in periodic_jobs())
            self.stdout.write(f"Scheduler started: {names}")
        while self.running:
            close_old_connections()
            try:
                for name in enqueue_due_jobs():
                    self.stdout.write(f"Enqueued {name}")
            except DatabaseError as error:
                # A database restart: keep going, the period's run is still due.
                logger.warning("Scheduler could not reach the database: %s", type(error).__name__)
            if once:
                return
            # Short naps, so a stop signal ends the command promptly.
            deadline = time.monotonic() + interval
            while self.running and time.monotonic() < deadline:
                time.sleep(min(0.5, interval))

    def _stop(self, signum, frame):
        self.running = False
