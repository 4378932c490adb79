"""No input gives a 500 in the evaluation views: generated and awkward values for
every field of the questionnaire, the evaluation form and the paper grid, with
the path arguments, sent anonymously and by the evaluation's owner."""

from urllib.parse import quote

import pytest
from django.core import signing
from django.core.cache import cache
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evaluation.forms import SUBMISSION_SALT, EvaluationForm, PaperRowForm, QuestionnaireForm
from evaluation.models import Participant, Response
from tests.evaluation.conftest import add_pair, make_evaluation
from tests.members.conftest import make_person
from tests.test_no_server_errors import AWKWARD_VALUES, EXAMPLES, PATH_ID, VALUE, form_fields

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.filterwarnings("ignore:Generating overly large repr"),
]


@pytest.fixture
def setting(db):
    owner = make_person("fuzz.owner@example.org")
    evaluation = make_evaluation(owner)
    participant = add_pair(evaluation, 3, 5)
    fresh = Participant.objects.create(evaluation=evaluation, code="ACDEFG")
    Response.objects.create(
        participant=fresh,
        stage="before",
        life_satisfaction=3,
        worthwhile=3,
        happiness=3,
        anxiety=3,
        loneliness=3,
    )
    return owner, evaluation, [participant.code, fresh.code]


def valid_token():
    return st.builds(lambda _: signing.dumps("token", salt=SUBMISSION_SALT), st.none())


def paper_fields(stage):
    fields = {
        f"sheet-{row}-{name}": values
        for row in range(2)
        for name, values in form_fields(PaperRowForm(stage=stage)).items()
    }
    fields.update(
        {
            "sheet-TOTAL_FORMS": st.one_of(st.just("10"), VALUE),
            "sheet-INITIAL_FORMS": st.one_of(st.just("0"), VALUE),
            "stage": st.one_of(st.sampled_from(["before", "after"]), VALUE),
        }
    )
    return fields


def targets(evaluation, codes):
    token = evaluation.link_token
    questionnaire = {
        stage: {
            **form_fields(QuestionnaireForm(stage=stage)),
            "submission": st.one_of(valid_token(), VALUE),
            "code": st.one_of(st.sampled_from(codes), VALUE),
        }
        for stage in ("before", "after")
    }
    return {
        "before": ("post", f"/q/{token}/before/", questionnaire["before"]),
        "after": ("post", f"/q/{token}/after/", questionnaire["after"]),
        "questionnaire-token": ("get", "/q/{key}/before/", {}),
        "create": ("post", "/evaluations/new/", form_fields(EvaluationForm())),
        "edit": ("post", f"/evaluations/{evaluation.pk}/edit/", form_fields(EvaluationForm())),
        "paper-before": ("post", f"/evaluations/{evaluation.pk}/paper/", paper_fields("before")),
        "paper-after": ("post", f"/evaluations/{evaluation.pk}/paper/", paper_fields("after")),
        "close": ("post", "/evaluations/{id}/close/", {"action": VALUE}),
        "detail": ("get", "/evaluations/{id}/", {}),
        "qr": ("get", "/evaluations/{id}/qr/before.png", {"download": VALUE}),
        "evidence": ("get", "/evidence/", {}),
    }


NAMES = [
    "before",
    "after",
    "questionnaire-token",
    "create",
    "edit",
    "paper-before",
    "paper-after",
    "close",
    "detail",
    "qr",
    "evidence",
]


@pytest.mark.parametrize("who", ["anonymous", "owner"])
@pytest.mark.parametrize("name", NAMES)
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_no_input_gives_a_server_error(setting, name, who, data):
    owner, evaluation, codes = setting
    method, path, fields = targets(evaluation, codes)[name]
    key = data.draw(st.text(min_size=1, max_size=20).map(lambda t: quote(t, safe="")), label="key")
    path = path.format(id=data.draw(PATH_ID, label="id"), key=key)
    language = data.draw(st.sampled_from(["", "/cy"]), label="language")
    values = data.draw(st.fixed_dictionaries({}, optional=fields), label="fields")
    cache.clear()
    client = Client()
    if who == "owner":
        client.force_login(owner)
    response = getattr(client, method)(language + path, values)
    assert response.status_code < 500


@pytest.mark.parametrize("name", NAMES)
def test_every_awkward_value_in_every_field(setting, name):
    owner, evaluation, codes = setting
    method, path, fields = targets(evaluation, codes)[name]
    client = Client()
    if not name.startswith(("before", "after", "questionnaire")):
        client.force_login(owner)
    for value in AWKWARD_VALUES:
        cache.clear()
        in_path = quote(value, safe="") or "0"
        values = {field: value for field in fields} or {"page": value}
        response = getattr(client, method)(path.format(id=in_path, key=in_path), values)
        assert response.status_code < 500, (name, value)
