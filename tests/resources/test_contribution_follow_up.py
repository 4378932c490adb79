"""What a member sees and receives after contributing a resource."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from resources.models import ResourcePage
from tests.factories import UserFactory, english
from tests.resources.test_contributions import (  # noqa: F401
    SUBMIT,
    approve_url,
    contributor,
    form_data,
)

pytestmark = pytest.mark.django_db


def test_the_member_gets_an_e_mail_acknowledging_their_contribution(client, contributor):  # noqa: F811
    client.force_login(contributor)
    response = client.post(SUBMIT, form_data())
    assert response.status_code == 302
    acknowledgement = [message for message in mail.outbox if message.to == [contributor.email]]
    assert len(acknowledgement) == 1
    body = acknowledgement[0].body
    assert "Our reminiscence toolkit" in body and "review" in body
    assert "Our reminiscence toolkit" in acknowledgement[0].subject


def test_the_confirmation_is_where_the_member_lands(client, contributor):  # noqa: F811
    client.force_login(contributor)
    response = client.post(SUBMIT, form_data())
    assert response["Location"].endswith("#messages")
    html = client.get(response["Location"]).content.decode()
    assert 'id="messages"' in html and 'tabindex="-1"' in html


def test_a_renamed_file_that_is_not_a_pdf_is_refused_and_the_rest_is_kept(
    client,
    contributor,  # noqa: F811
):
    client.force_login(contributor)
    fake = SimpleUploadedFile("toolkit.pdf", b"MZ\x90\x00 not a PDF at all", "application/pdf")
    response = client.post(SUBMIT, form_data(file=fake))
    assert response.status_code == 400
    html = response.content.decode()
    assert 'href="#id_file"' in html
    assert 'value="Our reminiscence toolkit"' in html
    assert "How we run reminiscence sessions with local photographs." in html
    assert 'value="reminiscence, dementia"' in html
    assert mail.outbox == []


def test_a_published_contribution_links_to_its_page_from_your_account(client, contributor):  # noqa: F811
    client.force_login(contributor)
    client.post(SUBMIT, form_data())
    page = english(ResourcePage).get(title="Our reminiscence toolkit")
    client.force_login(
        UserFactory(email="ed@example.org", groups=[Group.objects.get(name="Editors")])
    )
    client.post(approve_url(page), {"comment": ""})
    page.refresh_from_db()
    client.force_login(contributor)
    html = client.get(reverse("members:account")).content.decode()
    assert f'<a href="{page.url}">Our reminiscence toolkit</a>' in html
