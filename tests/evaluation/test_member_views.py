"""A member's evaluations: who may see and change them, the links and QR codes,
paper entry, results, the CSV and the summary."""

import csv
import io

import pytest
from django.utils import timezone

from evaluation.models import Evaluation, Participant, Response
from tests.evaluation.conftest import add_pair, make_evaluation

pytestmark = pytest.mark.django_db

VIEW_URLS = [
    "/evaluations/{pk}/",
    "/evaluations/{pk}/sheet/",
    "/evaluations/{pk}/summary/",
    "/evaluations/{pk}/responses.csv",
    "/evaluations/{pk}/qr/before.png",
    "/evaluations/{pk}/qr/after.svg",
]
OWNER_URLS = [
    "/evaluations/{pk}/edit/",
    "/evaluations/{pk}/paper/",
]


def test_a_member_creates_an_evaluation(client, owner, soup):
    client.force_login(owner)
    response = client.post(
        "/evaluations/new/",
        {
            "name": "Oral history circle",
            "organisation": "Valley Heritage Trust",
            "activity_type": "archives",
            "region": "wales",
            "starts_on": "2026-01-10",
            "ends_on": "2026-03-10",
            "sessions": "8",
            "share_with_community": "on",
        },
    )
    evaluation = Evaluation.objects.get(name="Oral history circle")
    assert response.status_code == 302 and response["Location"] == f"/evaluations/{evaluation.pk}/"
    assert evaluation.owner == owner and evaluation.is_open
    page = soup(client.get(response["Location"]))
    links = [link.get_text(strip=True) for link in page.select(".evaluation-link a")]
    assert any(link.endswith(f"/q/{evaluation.link_token}/before/") for link in links)
    assert any(link.endswith(f"/q/{evaluation.link_token}/after/") for link in links)
    assert page.select(f'img[src="/evaluations/{evaluation.pk}/qr/before.svg"]')
    # My account lists it.
    account = soup(client.get("/members/account/"))
    assert "Oral history circle" in account.select_one("#evaluations-heading").parent.get_text()


def test_bad_dates_and_sessions_are_refused(client, owner):
    client.force_login(owner)
    response = client.post(
        "/evaluations/new/",
        {
            "name": "Backwards",
            "organisation": "Trust",
            "activity_type": "archives",
            "region": "wales",
            "starts_on": "2026-03-10",
            "ends_on": "2026-01-10",
            "sessions": "0",
        },
    )
    assert response.status_code == 400
    assert not Evaluation.objects.filter(name="Backwards").exists()


def test_anonymous_visitors_and_applicants_cannot_create(client, applicant):
    assert client.get("/evaluations/new/").status_code == 302
    client.force_login(applicant)
    assert client.get("/evaluations/new/").status_code == 403
    assert client.post("/evaluations/new/", {"name": "x"}).status_code == 403


@pytest.mark.parametrize("path", VIEW_URLS + OWNER_URLS + ["/evaluations/{pk}/close/"])
def test_another_members_evaluation_is_not_found(client, evaluation, other_member, path):
    add_pair(evaluation, 3, 8)
    client.force_login(other_member)
    url = path.format(pk=evaluation.pk)
    response = client.post(url) if path.endswith("close/") else client.get(url)
    assert response.status_code == 404
    assert b"Archive memories group" not in response.content


@pytest.mark.parametrize("path", VIEW_URLS)
def test_anonymous_visitors_are_sent_to_log_in(client, evaluation, path):
    response = client.get(path.format(pk=evaluation.pk))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("path", VIEW_URLS)
def test_editors_may_read_results(client, evaluation, editor, path):
    client.force_login(editor)
    assert client.get(path.format(pk=evaluation.pk)).status_code == 200


@pytest.mark.parametrize("path", OWNER_URLS)
def test_editors_may_not_change_a_members_evaluation(client, evaluation, editor, path):
    client.force_login(editor)
    assert client.get(path.format(pk=evaluation.pk)).status_code == 404
    assert client.post(f"/evaluations/{evaluation.pk}/close/").status_code == 404
    evaluation.refresh_from_db()
    assert evaluation.is_open


def test_another_members_answers_do_not_show_in_my_list(client, evaluation, other_member, soup):
    client.force_login(other_member)
    page = soup(client.get("/evaluations/"))
    assert "Archive memories group" not in page.get_text()


def test_qr_codes_are_png_and_svg(client, owner, evaluation):
    client.force_login(owner)
    png = client.get(f"/evaluations/{evaluation.pk}/qr/before.png?download=1")
    assert png["Content-Type"] == "image/png" and png.content.startswith(b"\x89PNG")
    assert "attachment" in png["Content-Disposition"]
    svg = client.get(f"/evaluations/{evaluation.pk}/qr/after.svg")
    assert svg["Content-Type"] == "image/svg+xml" and b"<svg" in svg.content


def test_the_owner_closes_and_reopens(client, owner, evaluation):
    client.force_login(owner)
    client.post(f"/evaluations/{evaluation.pk}/close/", {"action": "close"})
    evaluation.refresh_from_db()
    assert not evaluation.is_open
    client.post(f"/evaluations/{evaluation.pk}/close/", {"action": "reopen"})
    evaluation.refresh_from_db()
    assert evaluation.is_open


def paper_row(index, **values):
    return {f"sheet-{index}-{name}": value for name, value in values.items()}


def paper_post(stage, rows):
    data = {
        "stage": stage,
        "sheet-TOTAL_FORMS": "10",
        "sheet-INITIAL_FORMS": "0",
        "sheet-MIN_NUM_FORMS": "0",
        "sheet-MAX_NUM_FORMS": "50",
    }
    for index, row in enumerate(rows):
        data.update(paper_row(index, **row))
    return data


FULL = {
    "life_satisfaction": "4",
    "worthwhile": "5",
    "happiness": "4",
    "anxiety": "6",
    "loneliness": "4",
    "consent": "yes",
}


def test_paper_sheets_are_typed_in_and_paired(client, owner, evaluation, soup):
    client.force_login(owner)
    response = client.post(
        f"/evaluations/{evaluation.pk}/paper/",
        paper_post("before", [FULL, {**FULL, "age_band": "75+"}]),
    )
    assert response.status_code == 200
    codes = [item.get_text(strip=True) for item in soup(response).select(".new-codes li")]
    assert len(codes) == 2
    assert set(
        Participant.objects.filter(evaluation=evaluation).values_list("code", flat=True)
    ) == set(codes)
    response = client.post(
        f"/evaluations/{evaluation.pk}/paper/",
        paper_post("after", [{**FULL, "code": codes[0].lower(), "life_satisfaction": "7"}]),
    )
    assert response.status_code == 302
    after = Response.objects.get(participant__code=codes[0], stage="after")
    assert after.life_satisfaction == 7 and after.on_paper


def test_one_bad_paper_row_saves_nothing(client, owner, evaluation, soup):
    client.force_login(owner)
    rows = [FULL, {**FULL, "happiness": "12"}, {**FULL, "consent": ""}]
    response = client.post(f"/evaluations/{evaluation.pk}/paper/", paper_post("before", rows))
    assert response.status_code == 400
    assert not Participant.objects.filter(evaluation=evaluation).exists()
    assert soup(response).select(".paper-grid .field--error")


def test_an_unknown_code_on_an_after_sheet_saves_nothing(client, owner, evaluation):
    participant = add_pair(evaluation, 4, 5)
    first = Participant.objects.create(evaluation=evaluation, code="ACDEFG")
    Response.objects.create(
        participant=first, stage="before", **{k: int(v) for k, v in FULL.items() if k != "consent"}
    )
    client.force_login(owner)
    rows = [{**FULL, "code": "ACDEFG"}, {**FULL, "code": "WWWWWW"}]
    response = client.post(f"/evaluations/{evaluation.pk}/paper/", paper_post("after", rows))
    assert response.status_code == 400
    assert not Response.objects.filter(participant=first, stage="after").exists()
    assert participant.responses.count() == 2


def test_paper_entry_into_another_members_evaluation_is_refused(client, other_member, evaluation):
    client.force_login(other_member)
    response = client.post(f"/evaluations/{evaluation.pk}/paper/", paper_post("before", [FULL]))
    assert response.status_code == 404
    assert not Participant.objects.filter(evaluation=evaluation).exists()


def test_results_with_few_pairs_show_counts_only(client, owner, evaluation, soup):
    for before, after in [(3, 7), (4, 8), (5, 9)]:
        add_pair(evaluation, before, after)
    client.force_login(owner)
    page = soup(client.get(f"/evaluations/{evaluation.pk}/"))
    text = page.get_text(" ", strip=True)
    assert "3 answered both times" in text
    assert "once at least 5 people" in text
    assert "On average" not in text and not page.select("main svg")


def test_results_show_the_paired_change_with_its_interval_and_charts(
    client, owner, evaluation, soup
):
    for before, after in [(5, 7), (6, 7), (7, 8), (4, 6), (5, 5)]:
        add_pair(evaluation, before, after)
    client.force_login(owner)
    page = soup(client.get(f"/evaluations/{evaluation.pk}/"))
    text = page.get_text(" ", strip=True)
    assert (
        "On average, life satisfaction rose by 1.2 points (95% CI 0.2 to 2.2) among the 5 "
        "people who answered both times." in text
    )
    # Anxiety is scored 10 minus the others here, so it fell.
    assert "On average, anxiety yesterday fell by 1.2 points" in text
    charts = page.select("figure.chart")
    assert len(charts) == 1 + 4 * 2 + 1
    for chart in charts:
        svg = chart.select_one("svg")
        assert svg["role"] == "img" and svg.select_one("title") and svg.select_one("desc")
        assert chart.select_one("details table")
        assert not chart.select("[style]")


def test_the_csv_has_anonymous_rows_only(client, owner, evaluation):
    pairs = [add_pair(evaluation, 4, 6), add_pair(evaluation, 5, 5)]
    client.force_login(owner)
    response = client.get(f"/evaluations/{evaluation.pk}/responses.csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][0] == "person" and "before_life_satisfaction" in rows[0]
    assert len(rows) == 3
    body = response.content.decode()
    for participant in pairs:
        assert participant.code not in body
    assert "65-74" not in body and "woman" not in body


def test_the_summary_is_one_printable_page(client, owner, evaluation, soup):
    for before, after in [(5, 7), (6, 7), (7, 8), (4, 6), (5, 5)]:
        add_pair(evaluation, before, after)
    client.force_login(owner)
    page = soup(client.get(f"/evaluations/{evaluation.pk}/summary/"))
    assert "rose by 1.2 points" in page.get_text()
    assert len(page.select("figure.chart")) == 1


def test_a_closed_evaluation_still_shows_results(client, owner, evaluation):
    evaluation.closed_at = timezone.now()
    evaluation.save()
    client.force_login(owner)
    assert client.get(f"/evaluations/{evaluation.pk}/").status_code == 200


def test_an_over_long_id_is_a_404(client, owner):
    client.force_login(owner)
    assert client.get("/evaluations/" + "9" * 30 + "/").status_code == 404
    assert client.get("/evaluations/999999999999999999/").status_code == 404


def test_another_members_evaluation_is_not_in_the_editors_reach_for_changes_either(
    client, owner, other_member
):
    mine = make_evaluation(owner)
    client.force_login(other_member)
    client.post(f"/evaluations/{mine.pk}/edit/", {"name": "Hijacked"})
    mine.refresh_from_db()
    assert mine.name == "Archive memories group"
