import pytest

from tests.evaluation.conftest import add_pair

pytestmark = pytest.mark.django_db


def test_pages_render(client, owner, evaluation):
    for number in range(6):
        add_pair(evaluation, 4 + number % 3, 6 + number % 4)
    client.force_login(owner)
    for url in [
        "/evaluations/",
        "/evaluations/new/",
        f"/evaluations/{evaluation.pk}/",
        f"/evaluations/{evaluation.pk}/edit/",
        f"/evaluations/{evaluation.pk}/sheet/",
        f"/evaluations/{evaluation.pk}/summary/",
        f"/evaluations/{evaluation.pk}/paper/",
        f"/evaluations/{evaluation.pk}/paper/?stage=after",
        f"/evaluations/{evaluation.pk}/responses.csv",
        f"/evaluations/{evaluation.pk}/qr/before.png",
        f"/evaluations/{evaluation.pk}/qr/after.svg",
        f"/q/{evaluation.link_token}/before/",
        f"/q/{evaluation.link_token}/after/",
        "/evidence/",
        "/members/account/",
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
