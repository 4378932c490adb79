"""What a member sees and receives after contributing a resource."""

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.resources.test_contributions import SUBMIT, contributor, form_data  # noqa: F401

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
