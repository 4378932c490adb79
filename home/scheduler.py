"""Periodic jobs without cron. Each app registers its jobs through the Wagtail hook
`register_periodic_jobs` (a function returning PeriodicJob values); the
`run_scheduler` command enqueues each job once per period as a task for the
workers to run.

Safe on several machines at once: a due run is a row (job, period) under a
unique constraint, written in the same transaction as the task it enqueues, so
whichever scheduler writes it first enqueues the job and the others skip it."""

import datetime
import logging
from typing import NamedTuple

from django.db import IntegrityError, models, transaction
from django.utils import timezone
from wagtail import hooks

logger = logging.getLogger(__name__)

EPOCH = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)


class PeriodicJob(NamedTuple):
    """A task (taking no arguments) to run every `every`, in periods counted from
    a fixed start, so all machines agree which period it is."""

    name: str
    every: datetime.timedelta
    task: object

    def period_start(self, now):
        periods = (now - EPOCH) // self.every
        return EPOCH + periods * self.every


class ScheduledRun(models.Model):
    """One run of a periodic job, for one period: enqueued exactly once."""

    job = models.CharField(max_length=100)
    period_start = models.DateTimeField()
    enqueued_at = models.DateTimeField(default=timezone.now)

    class Meta:
        app_label = "home"
        default_permissions = ()
        constraints = [
            models.UniqueConstraint(fields=["job", "period_start"], name="one_run_per_period")
        ]

    def __str__(self):
        return f"{self.job} at {self.period_start.isoformat()}"


def periodic_jobs():
    jobs = {}
    for register in hooks.get_hooks("register_periodic_jobs"):
        for job in register():
            jobs[job.name] = job
    return list(jobs.values())


def enqueue_due_jobs(now=None):
    """Enqueue every job whose current period has no run yet; return their names."""
    now = now or timezone.now()
    enqueued = []
    for job in periodic_jobs():
        try:
            with transaction.atomic():
                ScheduledRun.objects.create(job=job.name, period_start=job.period_start(now))
                job.task.enqueue()
        except IntegrityError:
            continue  # another scheduler enqueued this period's run
        enqueued.append(job.name)
        logger.info("Enqueued periodic job %s", job.name)
    return enqueued


def prune_runs(older_than_days=7):
    cutoff = timezone.now() - datetime.timedelta(days=older_than_days)
    deleted, _detail = ScheduledRun.objects.filter(period_start__lt=cutoff).delete()
    return deleted
