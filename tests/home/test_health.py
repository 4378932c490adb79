"""/healthz and /readyz: cheap, never cached, and /readyz names what is not reachable."""

import pytest
from django.db import OperationalError, connection

from home import health


@pytest.fixture(autouse=True)
def fresh_state():
    health._State.failed = {}
    yield
    health._State.failed = {}


@pytest.mark.django_db
def test_healthz_answers_without_touching_the_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz", HTTP_HOST="10.0.0.7")  # a probe by address
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert response["Cache-Control"] == "no-store"
    assert not response.cookies


@pytest.mark.django_db
def test_readyz_is_ok_when_database_cache_and_storage_answer(client):
    response = client.get("/readyz", HTTP_HOST="10.0.0.7")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert response["Cache-Control"] == "no-store"
    assert "X-Page-Cache" not in response


def refuse_every_query(execute, sql, params, many, context):
    raise OperationalError("server closed the connection unexpectedly")


@pytest.mark.django_db
def test_readyz_fails_with_the_database_named_and_logs_one_line(client, caplog):
    with connection.execute_wrapper(refuse_every_query):
        first = client.get("/readyz")
        second = client.get("/readyz")
    assert first.status_code == second.status_code == 503
    assert first.json() == {"status": "unavailable", "failed": ["database"]}
    lines = [r.getMessage() for r in caplog.records if r.name == "home.health"]
    assert lines == ["Not ready: database (OperationalError) unreachable"]
    # Once the database answers again, so does /readyz (nothing was cached).
    assert client.get("/readyz").status_code == 200


@pytest.mark.django_db
def test_readyz_fails_when_the_media_folder_is_gone(client, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "not-mounted")
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["failed"] == ["storage"]
    (tmp_path / "not-mounted").mkdir()
    assert client.get("/readyz").status_code == 200
