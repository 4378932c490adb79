"""E-mail and background jobs: every e-mail goes through a durable queue, is retried
while the mail server is down and is sent once; periodic jobs are enqueued once
per period however many schedulers run. These tests run the database task
backend and its real worker (`manage.py db_worker`), not the immediate backend
the rest of the suite uses."""

import datetime
import io
import signal
import socket
import time
from contextlib import contextmanager

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from events.models import EventIndexPage, EventPage, Registration
from events.registration import register
from tests.factories import UserFactory, english
from tests.members.conftest import make_person

# Transactional: the worker commits and checks its connection as in production
# (on PostgreSQL it would close a connection held open by a test transaction).
pytestmark = pytest.mark.django_db(transaction=True)

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
LOCAL_OUTBOX = "django.core.mail.backends.locmem.EmailBackend"


@pytest.fixture
def queue(settings):
    """Tasks wait in the database for a worker, as in production."""
    settings.TASKS = DATABASE_TASKS
    return settings


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def mail_server_down(settings):
    """Real SMTP to a local port where nothing listens: every send is refused."""
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = free_port()
    settings.EMAIL_TIMEOUT = 5


def mail_server_back(settings):
    settings.EMAIL_DELIVERY_BACKEND = LOCAL_OUTBOX


@contextmanager
def silent_mail_server(settings, timeout):
    """A mail server that takes the connection and never answers."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(5)
        settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = server.getsockname()[1]
        settings.EMAIL_TIMEOUT = timeout
        yield


def run_worker():
    """The production worker, until the queue has nothing ready."""
    handlers = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    finally:
        for sig, handler in handlers.items():
            signal.signal(sig, handler)


def run_scheduler():
    call_command("run_scheduler", "--once", stdout=io.StringIO())


def later(minutes):
    return time_machine.travel(timezone.now() + datetime.timedelta(minutes=minutes), tick=True)


def sent_to(address):
    return [message for message in mail.outbox if address in message.to]


@pytest.fixture
def event(home_page):
    index = english(EventIndexPage).get(slug="events")
    start = timezone.now() + datetime.timedelta(days=20)
    event = EventPage(
        title="Queue test meeting",
        slug="queue-test-meeting",
        start=start,
        end=start + datetime.timedelta(hours=2),
        capacity=10,
        joining_link="https://meet.example.org/queue-room",
    )
    index.add_child(instance=event)
    event.save_revision().publish()
    return english(EventPage).get(pk=event.pk)


# The mail server is down or slow


def test_registration_succeeds_while_the_mail_server_is_down_and_its_email_arrives_once_later(
    client, queue, event
):
    mail_server_down(queue)
    member = make_person("down.server@example.org")
    client.force_login(member)
    response = client.post(event.url + "register/", {"access_needs": ""})
    assert response.status_code == 302
    assert Registration.objects.get(event=event, user=member).status == "confirmed"

    run_worker()  # the first try is refused
    assert sent_to(member.email) == []

    mail_server_back(queue)
    with later(minutes=3):
        run_worker()
        run_scheduler()
        run_worker()
    with later(minutes=30):
        run_scheduler()
        run_worker()
    [confirmation] = sent_to(member.email)
    assert "confirmed" in confirmation.subject
    assert confirmation.attachments[0][0].endswith(".ics")


def test_a_silent_mail_server_does_not_slow_the_registration(client, queue, event):
    member = make_person("slow.server@example.org")
    client.force_login(member)
    with silent_mail_server(queue, timeout=8):
        started = time.monotonic()
        response = client.post(event.url + "register/", {"access_needs": ""})
        took = time.monotonic() - started
    assert response.status_code == 302
    assert took < 4, f"the registration waited {took:.1f} s for the mail server"


def test_reminder_due_while_the_mail_server_is_down_is_sent_once_it_is_back(queue, event):
    member = make_person("remind.later@example.org")
    register(event, member)
    mail_server_back(queue)
    run_worker()  # the confirmation
    mail.outbox.clear()
    mail_server_down(queue)
    with later(minutes=60 * 24 * 14):  # a week before the event
        run_scheduler()  # enqueues the reminder job
        run_worker()  # writes the reminder; its send is refused
        run_worker()
    mail_server_back(queue)
    with later(minutes=60 * 24 * 14 + 5):
        run_scheduler()
        run_worker()
    with later(minutes=60 * 24 * 14 + 60):
        run_scheduler()
        run_worker()
    assert [m.subject for m in sent_to(member.email)] == [f"Reminder: {event.title} is in a week"]


# Nothing sent twice


def test_the_same_email_delivered_by_two_tasks_is_sent_once(queue, event):
    from home.outbox import OutgoingEmail, deliver_email

    mail_server_back(queue)
    member = make_person("twice@example.org")
    register(event, member)
    email = OutgoingEmail.objects.exclude(status=OutgoingEmail.Status.SENT).get()
    # A retry and a requeue both enqueued it: two tasks, as two workers would each take one.
    deliver_email.enqueue(email.pk)
    deliver_email.enqueue(email.pk)
    run_worker()
    run_worker()
    assert len(sent_to(member.email)) == 1


def test_a_send_interrupted_by_a_killed_worker_is_picked_up_again_and_sent_once(queue, event):
    """What SIGKILL leaves behind: the e-mail claimed for sending and its task marked
    running, with nobody working on either."""
    from django_tasks.base import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    from home.outbox import OutgoingEmail

    mail_server_back(queue)
    member = make_person("killed.worker@example.org")
    register(event, member)
    email = OutgoingEmail.objects.exclude(status=OutgoingEmail.Status.SENT).get()
    OutgoingEmail.objects.filter(pk=email.pk).update(
        status=OutgoingEmail.Status.SENDING,
        attempts=1,
        lease_expires_at=timezone.now() + datetime.timedelta(minutes=5),
    )
    DBTaskResult.objects.filter(status=TaskResultStatus.READY).update(
        status=TaskResultStatus.RUNNING, started_at=timezone.now(), worker_ids=["killed"]
    )
    run_scheduler()
    run_worker()
    assert sent_to(member.email) == []  # the lease still holds: it may yet be sent
    with later(minutes=20):
        run_scheduler()
        run_worker()
    with later(minutes=40):
        run_scheduler()
        run_worker()
    assert len(sent_to(member.email)) == 1
    assert OutgoingEmail.objects.get(pk=email.pk).status == OutgoingEmail.Status.SENT


def test_sent_emails_keep_no_content(queue, event):
    from home.outbox import OutgoingEmail

    mail_server_back(queue)
    member = make_person("no.copy@example.org")
    register(event, member)
    run_worker()
    assert len(sent_to(member.email)) == 1
    assert not OutgoingEmail.objects.filter(message__icontains="no.copy@example.org").exists()


# Periodic jobs


def test_the_scheduler_enqueues_each_job_once_per_period_however_often_it_runs(queue):
    from django_tasks_db.models import DBTaskResult

    def enqueued(path):
        return DBTaskResult.objects.filter(task_path=path).count()

    reminders = "events.reminders.send_event_reminders"
    purge = "members.purge.purge_unverified_signups"
    with time_machine.travel(datetime.datetime(2031, 3, 4, 10, 1, tzinfo=datetime.UTC)):
        run_scheduler()
        run_scheduler()  # a second scheduler, on another machine, in the same period
    assert enqueued(reminders) == 1 and enqueued(purge) == 1
    with time_machine.travel(datetime.datetime(2031, 3, 4, 10, 14, tzinfo=datetime.UTC)):
        run_scheduler()
    assert enqueued(reminders) == 1
    with time_machine.travel(datetime.datetime(2031, 3, 4, 10, 16, tzinfo=datetime.UTC)):
        run_scheduler()
        run_scheduler()
    assert enqueued(reminders) == 2 and enqueued(purge) == 1


def test_the_scheduled_purge_runs_through_the_worker(queue):
    stale = make_person("never.confirmed@example.org", status="unverified")
    type(stale).objects.filter(pk=stale.pk).update(
        date_joined=timezone.now() - datetime.timedelta(days=40)
    )
    run_scheduler()
    run_worker()
    assert not type(stale).objects.filter(pk=stale.pk).exists()


# "E-mails that could not be sent" in the admin


@pytest.fixture
def failed_email(queue, event):
    """An e-mail that ran out of attempts while the mail server was down."""
    from home.outbox import OutgoingEmail

    queue.EMAIL_MAX_ATTEMPTS = 2
    mail_server_down(queue)
    register(event, make_person("never.arrived@example.org"))
    run_worker()
    with later(minutes=10):
        run_worker()
    return OutgoingEmail.objects.get(status=OutgoingEmail.Status.FAILED)


def test_editors_see_failed_emails_and_send_them_again_once(client, queue, failed_email):
    editor = UserFactory(
        email="outbox.editor@example.org", groups=[Group.objects.get(name="Editors")]
    )
    client.force_login(editor)
    admin_home = client.get("/admin/").content.decode()
    assert "E-mails that could not be sent" in admin_home
    listing = client.get("/admin/failed-emails/").content.decode()
    assert "never.arrived@example.org" in listing and "Queue test meeting" in listing
    detail = client.get(f"/admin/failed-emails/{failed_email.pk}/").content.decode()
    assert "queue-room" in detail  # the body, for someone allowed to see it

    mail_server_back(queue)
    response = client.post(f"/admin/failed-emails/{failed_email.pk}/retry/")
    assert response.status_code == 302
    client.post(f"/admin/failed-emails/{failed_email.pk}/retry/")  # a double click
    run_worker()
    run_worker()
    assert len(sent_to("never.arrived@example.org")) == 1
    assert "never.arrived@example.org" not in client.get("/admin/failed-emails/").content.decode()


def test_failed_emails_are_hidden_from_staff_without_the_permission(client, failed_email):
    from wagtail.models import GroupPagePermission  # noqa: F401  (admin access alone)

    moderator = UserFactory(
        email="moderator.only@example.org", groups=[Group.objects.get(name="Moderators")]
    )
    client.force_login(moderator)
    assert "E-mails that could not be sent" not in client.get("/admin/").content.decode()
    for url in ["/admin/failed-emails/", f"/admin/failed-emails/{failed_email.pk}/"]:
        response = client.get(url)
        assert response.status_code in (302, 403)
        assert b"queue-room" not in response.content and b"never.arrived" not in response.content
    assert client.post(f"/admin/failed-emails/{failed_email.pk}/retry/").status_code in (302, 403)
    failed_email.refresh_from_db()
    assert failed_email.status == "failed"
