"""Logs: one line per request and per job (JSON with LOG_FORMAT=json), each with a
request id; no personal data; the 500 page shows the request id."""

import io
import json
import logging

import pytest
from django.core import mail
from django.db import ProgrammingError, connection
from django.test import Client

from home.logs import DropTaskProgress, JsonFormatter, RequestIdFilter
from tests.members.conftest import make_person


@pytest.fixture
def json_log():
    """What the production console handler writes with LOG_FORMAT=json."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    handler.addFilter(RequestIdFilter())
    handler.addFilter(DropTaskProgress())
    root = logging.getLogger()
    levels = {name: logging.getLogger(name).level for name in ("home.request", "home.jobs")}
    for name in levels:
        logging.getLogger(name).setLevel(logging.INFO)
    root.addHandler(handler)

    def lines():
        return [json.loads(line) for line in stream.getvalue().splitlines()]

    yield lines
    root.removeHandler(handler)
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)


def request_lines(lines):
    return [line for line in lines() if line["logger"] == "home.request"]


@pytest.mark.django_db
def test_one_json_line_per_request_without_the_query_string(client, json_log):
    response = client.get("/resources/?q=loneliness&token=s3cr3t-t0ken")
    (line,) = request_lines(json_log)
    assert line["path"] == "/resources/"
    assert line["method"] == "GET" and line["status"] == response.status_code
    assert line["request_id"] == response["X-Request-ID"]
    assert len(line["request_id"]) == 32
    assert isinstance(line["duration_ms"], float)
    assert line["authenticated"] is False
    assert "s3cr3t" not in json.dumps(json_log()) and "loneliness" not in json.dumps(json_log())


@pytest.mark.django_db
def test_the_proxys_request_id_is_kept_and_a_forged_one_replaced(client, json_log):
    given = client.get("/about/", HTTP_X_REQUEST_ID="5f0c2a9e8b7d4c3a9f1e2d3c4b5a6978")
    assert given["X-Request-ID"] == "5f0c2a9e8b7d4c3a9f1e2d3c4b5a6978"
    forged = client.get("/about/", HTTP_X_REQUEST_ID='x" injected\nline')
    assert forged["X-Request-ID"] != 'x" injected\nline'
    assert [line["request_id"] for line in request_lines(json_log)] == [
        given["X-Request-ID"],
        forged["X-Request-ID"],
    ]


@pytest.mark.django_db
def test_a_login_logs_neither_the_address_nor_the_password(client, json_log):
    make_person("log.person@example.org")
    client.post(
        "/accounts/login/",
        {"login": "log.person@example.org", "password": "Wrong-password-123"},
    )
    text = json.dumps(json_log())
    assert "log.person" not in text
    assert "Wrong-password" not in text
    assert request_lines(json_log)[0]["path"] == "/accounts/login/"


@pytest.mark.django_db
def test_health_probes_are_not_logged(client, json_log):
    client.get("/healthz")
    client.get("/readyz")
    assert request_lines(json_log) == []


def fail_every_query(execute, sql, params, many, context):
    raise ProgrammingError("a bug, say")


@pytest.mark.django_db
def test_the_server_error_page_shows_the_request_id_that_the_log_holds(json_log):
    client = Client(raise_request_exception=False)
    with connection.execute_wrapper(fail_every_query):
        response = client.get("/about/", HTTP_X_REQUEST_ID="0123456789abcdef-nginx")
    assert response.status_code == 500
    assert response["X-Request-ID"] == "0123456789abcdef-nginx"
    html = response.content.decode()
    assert "<code>0123456789abcdef-nginx</code>" in html
    error = next(line for line in json_log() if line["logger"] == "django.request")
    assert error["request_id"] == "0123456789abcdef-nginx"
    assert "request" not in error  # the request object (with its query) is not written


@pytest.mark.django_db
def test_one_line_per_job_without_its_arguments(json_log):
    mail.send_mail("Hello", "Body", None, ["job.person@example.org"])
    jobs = [line for line in json_log() if line["logger"] == "home.jobs"]
    assert jobs, "the e-mail's delivery task ran and was logged"
    assert all(line["status"] == "SUCCESSFUL" for line in jobs)
    assert {"job", "job_id", "duration_ms"} <= set(jobs[0])
    text = json.dumps(json_log())
    assert "job.person" not in text
    assert not [line for line in json_log() if line["logger"].startswith("django_tasks")]
