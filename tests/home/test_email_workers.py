"""Real worker processes (`manage.py db_worker`) on PostgreSQL: two at once send each
e-mail once, one killed with SIGKILL in the middle of a send loses nothing, and
`manage.py run_worker` keeps working when its database connection is cut.
SQLite's test database lives in the test process's memory, where no other process
can reach it, so these run on PostgreSQL only (as CI does)."""

import os
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from email import message_from_string
from pathlib import Path

import pytest
from django.core import mail
from django.core.mail import send_mail
from django.db import connection

from tests.home.test_email_and_jobs import later, run_scheduler, run_worker

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="needs a database other processes can reach"
    ),
    pytest.mark.django_db(transaction=True),
]

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    return settings


def start_worker(email_backend, *args, command="db_worker", **env):
    db = connection.settings_dict
    url = f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
    return subprocess.Popen(
        [sys.executable, "manage.py", command, "--no-startup-delay", "--no-reload", *args],
        cwd=ROOT,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.worker_settings",
            "DATABASE_URL": url,
            "WORKER_EMAIL_BACKEND": email_backend,
            **env,
        },
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def outgoing():
    from home.outbox import OutgoingEmail

    return OutgoingEmail.objects


def test_two_workers_at_once_send_each_email_once(queue, tmp_path):
    from home.outbox import deliver_email

    for n in range(25):
        send_mail(f"Notice {n}", "Hello.", None, [f"person{n}@example.org"])
    # Each delivery queued three times over, so both workers reach for the same e-mails.
    for pk in outgoing().values_list("pk", flat=True):
        deliver_email.enqueue(pk)
        deliver_email.enqueue(pk)
    workers = [
        start_worker(
            "django.core.mail.backends.filebased.EmailBackend",
            "--batch",
            WORKER_EMAIL_FILE_PATH=str(tmp_path),
        )
        for _ in range(2)
    ]
    for worker in workers:
        _out, errors = worker.communicate(timeout=120)
        assert worker.returncode == 0, errors.decode()
    # The file backend writes each message, separated by a line of dashes.
    subjects = []
    for path in tmp_path.iterdir():
        for part in path.read_text().split("-" * 79):
            if part.strip():
                subjects.append(message_from_string(part.strip())["Subject"])
    assert sorted(subjects) == sorted(f"Notice {n}" for n in range(25))
    assert set(outgoing().values_list("status", flat=True)) == {"sent"}


def test_a_worker_killed_mid_send_loses_nothing(queue):
    with socket.socket() as silent_server:  # takes the connection, never answers
        silent_server.bind(("127.0.0.1", 0))
        silent_server.listen(5)
        send_mail("Your place is confirmed", "See you there.", None, ["killed@example.org"])
        email = outgoing().latest("pk")
        worker = start_worker(
            "django.core.mail.backends.smtp.EmailBackend",
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=str(silent_server.getsockname()[1]),
        )
        try:
            deadline = time.monotonic() + 60
            while not outgoing().filter(pk=email.pk, status="sending").exists():
                assert worker.poll() is None, worker.stderr.read().decode()
                assert time.monotonic() < deadline, "the worker never started sending"
                time.sleep(0.2)
        finally:
            worker.send_signal(signal.SIGKILL)
            worker.wait()
    assert outgoing().get(pk=email.pk).status == "sending"

    queue.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    run_scheduler()
    run_worker()
    assert mail.outbox == []  # its lease still holds
    with later(minutes=20):
        run_scheduler()
        run_worker()
    with later(minutes=40):
        run_scheduler()
        run_worker()
    assert [m.to for m in mail.outbox] == [["killed@example.org"]]
    assert outgoing().get(pk=email.pk).status == "sent"


@contextmanager
def database_away():
    """What a PostgreSQL restart does to every other process: their connections end,
    and new ones are refused until it is back."""
    name = connection.settings_dict["NAME"]
    with connection.cursor() as cursor:
        cursor.execute(f'ALTER DATABASE "{name}" WITH CONNECTION LIMIT 0')
        cursor.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        cut = cursor.fetchone()[0]
    try:
        yield cut
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f'ALTER DATABASE "{name}" WITH CONNECTION LIMIT -1')


def wait_for_sent(pk, worker, seconds=60):
    deadline = time.monotonic() + seconds
    while not outgoing().filter(pk=pk, status="sent").exists():
        assert worker.poll() is None, worker.stderr.read().decode()
        assert time.monotonic() < deadline, "the e-mail was not sent"
        time.sleep(0.2)


@pytest.mark.parametrize("command", ["db_worker", "run_worker"])
def test_the_database_going_away_for_a_while(queue, tmp_path, command):
    """The stock worker exits when the database goes away; run_worker carries on and
    sends what was queued meanwhile once the database is back."""
    worker = start_worker(
        "django.core.mail.backends.filebased.EmailBackend",
        "--interval",
        "0.2",
        command=command,
        WORKER_EMAIL_FILE_PATH=str(tmp_path),
    )
    try:
        send_mail("Before", "Hello.", None, ["before@example.org"])
        wait_for_sent(outgoing().latest("pk").pk, worker)
        with database_away() as cut:
            assert cut >= 1
            send_mail("Meanwhile", "Hello again.", None, ["meanwhile@example.org"])
            time.sleep(2)
        meanwhile = outgoing().latest("pk").pk
        if command == "db_worker":
            assert worker.wait(timeout=30) != 0
        else:
            wait_for_sent(meanwhile, worker)
    finally:
        if worker.poll() is None:
            worker.send_signal(signal.SIGTERM)
            worker.wait(timeout=30)
