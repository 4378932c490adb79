"""The base app's own periodic jobs: keeping the e-mail outbox and the task queue
moving after a crash, and clearing out their history (registered in
wagtail_hooks.py through `register_periodic_jobs`)."""

import datetime

from django.conf import settings
from django.utils import timezone
from django_tasks import task
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from . import outbox, scheduler


@task()
def requeue_stalled_emails():
    return outbox.requeue_stalled()


@task()
def recover_interrupted_tasks():
    """A worker killed mid-task (SIGKILL, a lost machine) leaves its task marked
    running for ever. After TASKS_INTERRUPTED_AFTER_SECONDS, far longer than any
    of this site's tasks take, it is put back in the queue. Every task here may
    run twice safely: e-mails are claimed (home/outbox.py), jobs are idempotent."""
    cutoff = timezone.now() - datetime.timedelta(seconds=settings.TASKS_INTERRUPTED_AFTER_SECONDS)
    return DBTaskResult.objects.filter(
        status=TaskResultStatus.RUNNING, started_at__lt=cutoff
    ).update(status=TaskResultStatus.READY, started_at=None)


@task()
def prune_queue_history():
    """Sent e-mails after a week, scheduler runs after a week, finished tasks
    after two weeks and failed ones after a month."""
    now = timezone.now()
    finished = DBTaskResult.objects.filter(
        status=TaskResultStatus.SUCCESSFUL, finished_at__lt=now - datetime.timedelta(days=14)
    ).delete()[0]
    failed = DBTaskResult.objects.filter(
        status=TaskResultStatus.FAILED, finished_at__lt=now - datetime.timedelta(days=30)
    ).delete()[0]
    return {
        "emails": outbox.prune_sent(),
        "runs": scheduler.prune_runs(),
        "tasks": finished + failed,
    }


def base_jobs():
    minute = datetime.timedelta(minutes=1)
    return [
        scheduler.PeriodicJob("home.requeue_stalled_emails", minute, requeue_stalled_emails),
        scheduler.PeriodicJob(
            "home.recover_interrupted_tasks", 5 * minute, recover_interrupted_tasks
        ),
        scheduler.PeriodicJob(
            "home.prune_queue_history", datetime.timedelta(days=1), prune_queue_history
        ),
    ]
