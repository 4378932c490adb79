"""The database goes away while a member sends a form: they get a "try again" page
in the site's look and their language, and nothing of what they sent is kept."""

from pathlib import Path

import pytest
from django.conf import settings
from django.db import OperationalError, connection
from wagtail.documents.models import Document

from resources.models import ResourcePage
from tests.members.conftest import make_person
from tests.resources.test_contributions import form_data

# No test transaction around the request: a lost connection spoils the transaction
# it happens in, as it would the request's in production.
pytestmark = pytest.mark.django_db(transaction=True)


def database_lost_at(statement_start):
    """From the first statement that starts so, the database is gone (as a
    restart looks to the site: psycopg raises OperationalError)."""
    state = {"lost": False}

    def wrapper(execute, sql, params, many, context):
        if state["lost"] or sql.lstrip().startswith(statement_start):
            state["lost"] = True
            raise OperationalError("server closed the connection unexpectedly")
        return execute(sql, params, many, context)

    return wrapper


def stored_files():
    return {p for p in Path(settings.MEDIA_ROOT).rglob("*") if p.is_file()}


@pytest.mark.parametrize("prefix", ["", "/cy"])
def test_a_contribution_cut_off_by_the_database_shows_try_again_and_keeps_nothing(client, prefix):
    member = make_person("cut.off@example.org")
    client.force_login(member)
    pages, documents, files = ResourcePage.objects.count(), Document.objects.count(), stored_files()
    # The page and its file are written; starting the review workflow is not.
    with connection.execute_wrapper(database_lost_at('INSERT INTO "wagtailcore_workflowstate"')):
        response = client.post(f"{prefix}/resources/submit/", form_data(title="Half a toolkit"))
    assert response.status_code == 503
    assert response["Retry-After"]
    html = response.content.decode()
    assert f'lang="{prefix.strip("/") or "en"}"' in html
    assert "site.css" in html  # the site's look
    assert "Please try again in a moment" in html or prefix  # Welsh once translated
    assert ResourcePage.objects.count() == pages
    assert not ResourcePage.objects.filter(title="Half a toolkit").exists()
    assert Document.objects.count() == documents
    assert stored_files() == files  # the uploaded file is not left behind either
