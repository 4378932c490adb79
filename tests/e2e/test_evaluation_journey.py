"""The evaluation journey in a real browser: a member creates an evaluation; a
participant answers before and after on a 375 px phone without logging in and
without JavaScript; the member sees the paired change. And axe on every
evaluation page, in English and Welsh, with no violations."""

import re

import pytest

from evaluation.models import Evaluation

from .accessibility import axe_violations, has_horizontal_scroll
from .conftest import log_in

pytestmark = pytest.mark.django_db(transaction=True)

PHONE = {"width": 375, "height": 812}


def answer(page, stage_scores, lonely="Occasionally", consent="Yes"):
    for name, score in stage_scores.items():
        page.locator(f"input[name={name}][value='{score}']").check()
    page.get_by_role("radio", name=lonely, exact=True).check()
    page.get_by_role("group", name=re.compile("pooled evidence")).get_by_label(consent).check()
    page.get_by_role("button", name="Send my answers").click()


def test_a_participant_answers_before_and_after_on_a_phone_without_javascript(
    page, browser, site_url
):
    log_in(page, site_url, "member@example.org")
    page.goto(site_url + "/evaluations/new/")
    page.get_by_label("Name of the activity").fill("Lantern making at the castle")
    page.get_by_label("Type of activity").select_option("creative")
    page.get_by_label("First session").fill("2026-09-01")
    page.get_by_label("Last session").fill("2026-10-20")
    page.get_by_label("Number of sessions").fill("8")
    page.get_by_role("button", name="Create the evaluation").click()
    page.get_by_role("heading", name="Lantern making at the castle").wait_for()
    evaluation = Evaluation.objects.get(name="Lantern making at the castle")

    phone = browser.new_context(viewport=PHONE, java_script_enabled=False)
    participant = phone.new_page()
    codes = []
    for number in range(5):
        phone.clear_cookies()
        participant.goto(site_url + evaluation.questionnaire_url("before"))
        assert not has_horizontal_scroll(participant) if number == 0 else True
        answer(participant, {"life_satisfaction": 4, "worthwhile": 5, "happiness": 4, "anxiety": 7})
        codes.append(participant.locator(".participant-code").inner_text().strip())
        participant.goto(site_url + evaluation.questionnaire_url("after"))
        # The device remembered the code.
        assert participant.get_by_label("Your code").input_value() == codes[-1]
        answer(
            participant,
            {"life_satisfaction": 6, "worthwhile": 6, "happiness": 7 - number % 2, "anxiety": 5},
            lonely="Hardly ever",
        )
        participant.get_by_text("Your answers have been saved").wait_for()
    phone.close()

    page.goto(site_url + evaluation.get_absolute_url())
    text = page.locator("main").inner_text()
    assert "On average, life satisfaction rose by 2.0 points" in text
    assert page.locator("figure.chart svg").count() == 10


@pytest.mark.parametrize("language", ["", "/cy"])
def test_evaluation_pages_have_no_axe_violations(page, site_url, language):
    # The demo's open evaluation takes answers; the closed one has 24 pairs of them.
    open_one = Evaluation.objects.get(name="Heritage walks for new parents")
    evaluation = Evaluation.objects.get(name__startswith="Memory and making")
    page.set_viewport_size(PHONE)
    for path in [
        open_one.questionnaire_url("before"),
        open_one.questionnaire_url("after"),
        evaluation.questionnaire_url("before"),  # closed
        "/evidence/",
    ]:
        page.goto(site_url + language + path.removeprefix("/cy"))
        assert page.locator("html").get_attribute("lang") == (language.strip("/") or "en")
        assert not has_horizontal_scroll(page), path
        assert axe_violations(page) == ""
    # The error state of the questionnaire.
    page.goto(site_url + language + open_one.questionnaire_url("before"))
    page.locator("form.questionnaire__form button[type=submit]").click()
    page.locator(".error-summary").wait_for()
    assert axe_violations(page) == ""
    # The member's results, charts and all, and the printable pages.
    log_in(page, site_url, "member@example.org")
    page.set_viewport_size({"width": 1280, "height": 900})
    for path in ["", "sheet/", "summary/", "paper/"]:
        page.goto(f"{site_url}{language}/evaluations/{evaluation.pk}/{path}")
        assert axe_violations(page) == ""
