"""The participants' questionnaire: no login, pairing by code or device cookie,
and every kind of bad input refused clearly with nothing half-saved."""

import pytest
from django.test import override_settings
from django.utils import timezone

from evaluation.models import Participant, Response
from tests.evaluation.conftest import form_post

pytestmark = pytest.mark.django_db


def url(evaluation, stage):
    return f"/q/{evaluation.link_token}/{stage}/"


def fresh_token(client, evaluation, stage, soup):
    page = soup(client.get(url(evaluation, stage)))
    return page.select_one("input[name=submission]")["value"]


def answer_before(client, evaluation, soup, **overrides):
    token = fresh_token(client, evaluation, "before", soup)
    return client.post(url(evaluation, "before"), form_post("before", token, **overrides))


def test_the_questionnaire_asks_the_ons_questions_without_a_login(client, evaluation, soup):
    response = client.get(url(evaluation, "before"))
    assert response.status_code == 200
    page = soup(response)
    legends = [legend.get_text(" ", strip=True) for legend in page.select("legend")]
    assert "1. Overall, how satisfied are you with your life nowadays?" in legends
    assert (
        "2. Overall, to what extent do you feel that the things you do in your life are "
        "worthwhile?" in legends
    )
    assert "3. Overall, how happy did you feel yesterday?" in legends
    assert "4. Overall, how anxious did you feel yesterday?" in legends
    assert "How often do you feel lonely?" in legends
    # Eleven points, 0 to 10, with the end labels.
    values = [radio["value"] for radio in page.select("input[name=life_satisfaction]")]
    assert values == [str(value) for value in range(11)]
    text = page.get_text(" ", strip=True)
    assert "0 = Not at all" in text and "10 = Completely" in text
    lonely = [
        page.find("label", attrs={"for": radio["id"]}).get_text(strip=True)
        for radio in page.select("input[name=loneliness]")
    ]
    assert lonely == ["Often/always", "Some of the time", "Occasionally", "Hardly ever", "Never"]
    # Nothing that could identify someone is asked, and no script is needed to answer.
    assert not page.select("textarea, input[type=email], input[type=text]")
    form = page.select_one("form.questionnaire__form")
    assert form["method"] == "post" and not form.get("action")


def test_before_gives_a_code_and_after_pairs_with_it(client, evaluation, soup):
    response = answer_before(client, evaluation, soup)
    assert response.status_code == 200
    code = soup(response).select_one(".participant-code").get_text(strip=True)
    participant = Participant.objects.get(evaluation=evaluation)
    assert participant.code == code
    assert participant.age_band == "65-74" and participant.consent_to_pool

    # The same device: the code is filled in from the cookie.
    page = soup(client.get(url(evaluation, "after")))
    assert page.select_one("input[name=code]")["value"] == code
    token = page.select_one("input[name=submission]")["value"]
    response = client.post(url(evaluation, "after"), form_post("after", token, code=code))
    assert response.status_code == 200
    assert set(participant.responses.values_list("stage", flat=True)) == {"before", "after"}


def test_another_device_pairs_with_the_typed_code(client, evaluation, soup):
    code = soup(answer_before(client, evaluation, soup)).select_one(".participant-code").text
    client.cookies.clear()
    other = client.__class__()
    page = soup(other.get(url(evaluation, "after")))
    assert page.select_one("input[name=code]").get("value", "") == ""
    token = page.select_one("input[name=submission]")["value"]
    typed = f" {code[:3].lower()}-{code[3:]} "  # as someone might type it
    response = other.post(url(evaluation, "after"), form_post("after", token, code=typed))
    assert response.status_code == 200
    assert Response.objects.filter(participant__code=code.strip(), stage="after").exists()


def test_a_shared_device_does_not_remember_the_code(client, evaluation, soup):
    answer_before(client, evaluation, soup, remember=None)
    page = soup(client.get(url(evaluation, "after")))
    assert page.select_one("input[name=code]").get("value", "") == ""


@pytest.mark.parametrize(
    "field, value",
    [
        ("life_satisfaction", "11"),
        ("worthwhile", "-1"),
        ("happiness", "abc"),
        ("anxiety", "5.5"),
        ("anxiety", None),
        ("loneliness", "6"),
        ("loneliness", "0"),
        ("consent", "maybe"),
        ("consent", None),
        ("age_band", "under-16"),
        ("gender", "x" * 500),
    ],
)
def test_out_of_range_or_missing_answers_are_refused_and_nothing_is_saved(
    client, evaluation, soup, field, value
):
    response = answer_before(client, evaluation, soup, **{field: value})
    assert response.status_code == 400
    page = soup(response)
    assert page.select_one(".error-summary")
    assert page.select_one(f".field--error input[name={field}]")
    assert not Participant.objects.filter(evaluation=evaluation).exists()
    assert not Response.objects.filter(participant__evaluation=evaluation).exists()


def test_a_replayed_submission_is_not_counted_twice(client, evaluation, soup):
    token = fresh_token(client, evaluation, "before", soup)
    data = form_post("before", token)
    assert client.post(url(evaluation, "before"), data).status_code == 200
    replay = client.post(url(evaluation, "before"), data)
    assert replay.status_code == 409
    assert "already been saved" in soup(replay).get_text()
    assert Participant.objects.filter(evaluation=evaluation).count() == 1


def test_a_forged_submission_token_is_refused(client, evaluation, soup):
    response = client.post(url(evaluation, "before"), form_post("before", "made-up-token"))
    assert response.status_code == 400
    assert not Participant.objects.filter(evaluation=evaluation).exists()


def test_a_guessed_code_is_refused_and_saves_nothing(client, evaluation, soup):
    answer_before(client, evaluation, soup)
    token = fresh_token(client, evaluation, "after", soup)
    response = client.post(url(evaluation, "after"), form_post("after", token, code="XXXXXX"))
    assert response.status_code == 400
    assert "could not find this code" in soup(response).get_text()
    assert not Response.objects.filter(participant__evaluation=evaluation, stage="after").exists()


def test_a_code_from_another_evaluation_is_refused(client, evaluation, owner, soup):
    from tests.evaluation.conftest import make_evaluation

    other = make_evaluation(owner, name="Another activity")
    code = soup(answer_before(client, other, soup)).select_one(".participant-code").text
    token = fresh_token(client, evaluation, "after", soup)
    response = client.post(url(evaluation, "after"), form_post("after", token, code=code))
    assert response.status_code == 400
    assert not Response.objects.filter(participant__evaluation=evaluation, stage="after").exists()


def test_a_code_already_used_for_after_is_refused(client, evaluation, soup):
    code = soup(answer_before(client, evaluation, soup)).select_one(".participant-code").text
    for expected in (200, 409):
        token = fresh_token(client, evaluation, "after", soup)
        response = client.post(url(evaluation, "after"), form_post("after", token, code=code))
        assert response.status_code == expected
    assert Response.objects.filter(participant__evaluation=evaluation, stage="after").count() == 1
    assert "already been answered" in soup(response).get_text()


@override_settings(EVALUATION_RATE_LIMITS={"code_misses": (3, 600)})
def test_guessing_codes_is_rate_limited(client, evaluation, soup):
    code = soup(answer_before(client, evaluation, soup)).select_one(".participant-code").text
    for guess in ("AAAAAA", "CCCCCC", "DDDDDD"):
        token = fresh_token(client, evaluation, "after", soup)
        response = client.post(url(evaluation, "after"), form_post("after", token, code=guess))
        assert response.status_code == 400
    # Even the right code now waits: guessing cannot go on.
    token = fresh_token(client, evaluation, "after", soup)
    response = client.post(url(evaluation, "after"), form_post("after", token, code=code))
    assert response.status_code == 429
    assert "wait ten minutes" in soup(response).get_text()
    assert not Response.objects.filter(participant__evaluation=evaluation, stage="after").exists()


@override_settings(EVALUATION_RATE_LIMITS={"submissions": (3, 600)})
def test_a_flood_from_one_client_is_rate_limited(client, evaluation, soup):
    for _ in range(3):
        assert answer_before(client, evaluation, soup).status_code == 200
    response = answer_before(client, evaluation, soup)
    assert response.status_code == 429
    assert Participant.objects.filter(evaluation=evaluation).count() == 3
    # Another network is not held up by it.
    other = client.__class__(REMOTE_ADDR="198.51.100.7")
    assert answer_before(other, evaluation, soup).status_code == 200


def test_a_closed_evaluation_takes_no_answers(client, evaluation, soup):
    token = fresh_token(client, evaluation, "before", soup)
    evaluation.closed_at = timezone.now()
    evaluation.save()
    assert client.get(url(evaluation, "before")).status_code == 410
    response = client.post(url(evaluation, "before"), form_post("before", token))
    assert response.status_code == 410
    assert "closed" in soup(response).get_text()
    assert not Participant.objects.filter(evaluation=evaluation).exists()


def test_an_unknown_link_is_a_404(client, evaluation):
    assert client.get("/q/zzzzzzzz/before/").status_code == 404
    assert client.get(f"/q/{evaluation.link_token}/during/").status_code == 404


def test_no_ip_address_or_identifying_field_is_stored(client, evaluation, soup):
    address = "203.0.113.77"
    visitor = client.__class__(REMOTE_ADDR=address, HTTP_USER_AGENT="Agent-Unique-1234")
    code = soup(answer_before(visitor, evaluation, soup)).select_one(".participant-code").text
    token = fresh_token(visitor, evaluation, "after", soup)
    visitor.post(url(evaluation, "after"), form_post("after", token, code=code))
    assert Response.objects.filter(participant__evaluation=evaluation).count() == 2
    # Search every text column of this app's tables for the address and the agent.
    from django.apps import apps

    for model in apps.get_app_config("evaluation").get_models():
        for row in model.objects.values():
            for value in row.values():
                assert address not in str(value)
                assert "Agent-Unique" not in str(value)
    # And nothing in the answers' tables could hold free text, an address or a time of day.
    for model in (Participant, Response):
        for field in model._meta.concrete_fields:
            kind = field.get_internal_type()
            assert kind not in {"TextField", "EmailField", "GenericIPAddressField", "DateTimeField"}
            if kind == "CharField" and field.name not in {"code", "stage", "submission"}:
                assert field.choices, field.name


def test_the_questionnaire_is_in_welsh(client, evaluation, soup):
    response = client.get(f"/cy{url(evaluation, 'before')}")
    assert response.status_code == 200
    assert soup(response).html["lang"] == "cy"
