"""Research collaboration calls: a member posts, an editor approves, another
member says they are interested, the poster accepts, and only then do the two
see each other's e-mail addresses."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core import mail
from django.utils import timezone

from collaboration.models import Call, Response
from members.models import Profile
from tests.factories import UserFactory
from tests.members.conftest import make_person

pytestmark = pytest.mark.django_db


def in_days(days):
    return (timezone.localdate() + datetime.timedelta(days=days)).isoformat()


CALL = {
    "topic": "Loneliness and archive volunteering",
    "description": "Looking for groups who run weekly archive sessions.",
    "looking_for": ["partners", "data"],
    "sectors": ["health"],
    "region": "wales",
}


@pytest.fixture
def people(db):
    return {
        "poster": make_person("poster@example.org"),
        "helper": make_person("helper@example.org"),
        "editor": UserFactory(
            email="collab.editor@example.org", groups=[Group.objects.get(name="Editors")]
        ),
    }


def post_call(client, poster, **changes):
    client.force_login(poster)
    response = client.post("/collaborate/new/", {**CALL, "deadline": in_days(30), **changes})
    client.logout()
    return response


def approve(client, editor, call):
    client.force_login(editor)
    response = client.post(f"/admin/collaboration/{call.pk}/approve/", {"note": ""})
    client.logout()
    return response


def test_the_whole_journey_shares_addresses_only_after_acceptance(client, people):
    poster, helper, editor = people["poster"], people["helper"], people["editor"]
    assert post_call(client, poster).status_code == 302
    call = Call.objects.get(topic=CALL["topic"])
    assert call.status == Call.Status.SUBMITTED
    assert any(editor.email in message.to for message in mail.outbox)

    # Waiting for review: nobody else sees it, anywhere.
    assert client.get(f"/collaborate/{call.pk}/").status_code == 404
    assert CALL["topic"] not in client.get("/collaborate/").content.decode()
    assert CALL["topic"] not in client.get("/collaborate/feed/").content.decode()

    mail.outbox.clear()
    approve(client, editor, call)
    call.refresh_from_db()
    assert call.status == Call.Status.APPROVED
    assert [message.to for message in mail.outbox] == [[poster.email]]
    assert CALL["topic"] in client.get("/collaborate/").content.decode()

    mail.outbox.clear()
    client.force_login(helper)
    page = client.get(f"/collaborate/{call.pk}/").content.decode()
    assert poster.email not in page
    client.post(f"/collaborate/{call.pk}/interested/", {"message": "We run sessions in Bangor."})
    (notice,) = mail.outbox
    assert notice.to == [poster.email]
    assert "We run sessions in Bangor." in notice.body and helper.email not in notice.body
    client.logout()

    client.force_login(poster)
    poster_view = client.get(f"/collaborate/{call.pk}/").content.decode()
    assert "We run sessions in Bangor." in poster_view and helper.email not in poster_view
    response = Response.objects.get(call=call, responder=helper)
    mail.outbox.clear()
    client.post(f"/collaborate/{call.pk}/replies/{response.pk}/accept/")
    assert helper.email in client.get(f"/collaborate/{call.pk}/").content.decode()
    assert {tuple(message.to) for message in mail.outbox} == {(poster.email,), (helper.email,)}
    to_helper = next(message for message in mail.outbox if message.to == [helper.email])
    assert poster.email in to_helper.body
    client.logout()

    client.force_login(helper)
    account = client.get("/members/account/").content.decode()
    assert poster.email in account and CALL["topic"] in account


def test_a_call_with_a_past_deadline_is_refused_with_a_clear_message(client, people):
    response = post_call(client, people["poster"], deadline=in_days(-1))
    assert response.status_code == 400
    assert "The deadline has passed" in response.content.decode()
    assert not Call.objects.filter(poster=people["poster"]).exists()
    response = post_call(client, people["poster"], looking_for=[], deadline="not a date")
    text = response.content.decode()
    assert "Choose at least one thing you are looking for" in text
    assert "Enter the deadline as a date" in text
    assert CALL["description"] in text  # what was typed is kept


def test_only_approved_members_post_and_reply(client, people):
    applicant = make_person("collab.applicant@example.org", status=Profile.Status.APPLIED)
    assert post_call(client, applicant).status_code == 403
    assert client.get("/collaborate/new/").status_code == 302  # anonymous: log in
    post_call(client, people["poster"])
    call = Call.objects.get(topic=CALL["topic"])
    approve(client, people["editor"], call)
    client.force_login(applicant)
    client.post(f"/collaborate/{call.pk}/interested/", {"message": "Hello"})
    assert not Response.objects.filter(call=call).exists()


def test_nobody_but_the_poster_accepts_or_closes(client, people):
    post_call(client, people["poster"])
    call = Call.objects.get(topic=CALL["topic"])
    approve(client, people["editor"], call)
    client.force_login(people["helper"])
    client.post(f"/collaborate/{call.pk}/interested/", {"message": "Count us in"})
    response = Response.objects.get(call=call)
    # The responder (or anyone else) cannot accept their own reply or close the call.
    assert client.post(f"/collaborate/{call.pk}/replies/{response.pk}/accept/").status_code == 404
    assert client.post(f"/collaborate/{call.pk}/close/").status_code == 404
    response.refresh_from_db()
    call.refresh_from_db()
    assert response.status == Response.Status.WAITING and call.status == Call.Status.APPROVED
    # Editors review calls; they do not accept replies on someone's behalf either.
    client.force_login(people["editor"])
    assert client.post(f"/collaborate/{call.pk}/replies/{response.pk}/accept/").status_code in (
        403,
        404,
    )


def test_an_expired_or_closed_call_is_not_listed_and_takes_no_replies(client, people):
    post_call(client, people["poster"])
    call = Call.objects.get(topic=CALL["topic"])
    approve(client, people["editor"], call)
    Call.objects.filter(pk=call.pk).update(deadline=timezone.localdate() - datetime.timedelta(1))
    assert CALL["topic"] not in client.get("/collaborate/").content.decode()
    assert client.get(f"/collaborate/{call.pk}/").status_code == 404
    client.force_login(people["helper"])
    assert client.post(f"/collaborate/{call.pk}/interested/", {"message": "Hi"}).status_code == 404
    assert not Response.objects.filter(call=call).exists()

    Call.objects.filter(pk=call.pk).update(deadline=timezone.localdate())
    client.force_login(people["poster"])
    client.post(f"/collaborate/{call.pk}/close/")
    call.refresh_from_db()
    assert call.status == Call.Status.CLOSED
    client.logout()
    assert client.get(f"/collaborate/{call.pk}/").status_code == 404


def test_filters_and_hostile_input_never_break_the_listing(client, people):
    post_call(client, people["poster"])
    post_call(client, people["poster"], topic="Walking data", looking_for=["data"], region="london")
    for call in Call.objects.filter(poster=people["poster"]):
        approve(client, people["editor"], call)
    ours = {CALL["topic"], "Walking data"}

    def listed(query):
        html = BeautifulSoup(client.get("/collaborate/" + query).content, "html.parser")
        return [a.get_text(strip=True) for a in html.select(".card__title a")]

    assert ours & set(listed("?looking_for=partners")) == {CALL["topic"]}
    assert ours & set(listed("?region=london")) == {"Walking data"}
    assert ours <= set(listed("?looking_for=nonsense&region=%00"))
    assert client.get("/collaborate/?page=99999999999999999999").status_code == 200
    assert client.get("/collaborate/99999999999999999999/").status_code == 404


def test_feed_lists_open_calls_as_atom(client, people):
    post_call(client, people["poster"])
    approve(client, people["editor"], Call.objects.get(topic=CALL["topic"]))
    root = ET.fromstring(client.get("/collaborate/feed/").content)
    titles = [e.text for e in root.iter("{http://www.w3.org/2005/Atom}title")]
    assert CALL["topic"] in titles


def test_editors_see_what_waits_and_members_cannot_decide(client, people):
    post_call(client, people["poster"])
    call = Call.objects.get(topic=CALL["topic"])
    client.force_login(people["helper"])
    client.post(f"/admin/collaboration/{call.pk}/approve/")
    call.refresh_from_db()
    assert call.status == Call.Status.SUBMITTED
    client.force_login(people["editor"])
    review = client.get("/admin/collaboration/").content.decode()
    assert CALL["topic"] in review and CALL["description"] in review
    client.post(f"/admin/collaboration/{call.pk}/decline/", {"note": "Please add a region."})
    call.refresh_from_db()
    assert call.status == Call.Status.DECLINED
    assert "Please add a region." in mail.outbox[-1].body


def test_calls_and_replies_go_with_the_account_and_are_in_the_data_download(client, people):
    post_call(client, people["poster"])
    call = Call.objects.get(topic=CALL["topic"])
    approve(client, people["editor"], call)
    client.force_login(people["helper"])
    client.post(f"/collaborate/{call.pk}/interested/", {"message": "Our data could help"})
    data = client.get("/members/account/my-data.json").json()
    assert data["collaboration_replies"][0]["message"] == "Our data could help"
    client.force_login(people["poster"])
    assert client.get("/members/account/my-data.json").json()["collaboration_calls"]
    client.post("/members/account/delete/", {"confirm": "on", "password": "a-long-test-password"})
    people["poster"].delete()
    assert not Call.objects.filter(topic=CALL["topic"]).exists()
    assert not Response.objects.filter(message="Our data could help").exists()
