"""`manage.py run_worker`: django-tasks-db's worker (`db_worker`, same options) that
rides out a database restart or fail-over. The stock worker exits on the first lost
connection; this one logs it, waits (0.5 s, doubling to 10 s) and carries on, so
e-mails and reminders resume as soon as the database is back, with or without a
service manager to start it again. A task it had in hand when the connection went
is put back by the scheduler's clean-up (home/jobs.py), as for a killed worker."""

import logging
import time

from django.core.management.base import CommandError
from django.db import DatabaseError, connections
from django_tasks_db.management.commands import db_worker

logger = logging.getLogger("home.worker")

LONGEST_PAUSE = 10.0


class RestartingWorker(db_worker.Worker):
    def run(self):
        pause = 0.5
        while self.running:
            try:
                return super().run()
            except DatabaseError as error:
                logger.warning(
                    "Worker lost the database (%s); trying again in %.1f s",
                    type(error).__name__,
                    pause,
                )
                connections.close_all()
                time.sleep(pause)
                pause = min(pause * 2, LONGEST_PAUSE)
        return None


class Command(db_worker.Command):
    help = "Run tasks from the database queue, staying up while the database restarts."

    def handle(
        self,
        *,
        verbosity,
        queue_name,
        interval,
        batch,
        backend_name,
        startup_delay,
        max_tasks,
        worker_id,
        exclude_queues,
        **options,
    ):
        # Not db_worker's handle(): it builds its own Worker. --reload is ignored
        # (development runs tasks in the request, without a worker).
        self.configure_logging(verbosity)
        queue_names = queue_name.split(",")
        excluded_queue_names = exclude_queues.split(",") if exclude_queues else []
        if excluded_queue_names and "*" not in queue_names:
            raise CommandError("--exclude-queues can only be used with --queue-name=*")
        worker = RestartingWorker(
            queue_names=queue_names,
            interval=interval,
            batch=batch,
            backend_name=backend_name,
            startup_delay=startup_delay,
            max_tasks=max_tasks,
            worker_id=worker_id,
            excluded_queue_names=excluded_queue_names,
        )
        worker.configure_signals()
        worker.run()
