"""Unknown addresses under Membership applications answer 404, never 500."""

import pytest
from django.contrib.auth.models import Group

from members.models import Profile
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path",
    [
        "/admin/membership/{pk}/whatever/",
        "/admin/membership/{pk}/approve/extra/",
        "/admin/membership/{pk}/APPROVE/",
        "/admin/membership/999999/whatever/",
        "/admin/membership/999999/approve/",
        "/admin/snippets/members/profile/edit/999999/",
        "/admin/snippets/members/profile/whatever/",
        "/admin/snippets/members/whatever/",
    ],
)
def test_unknown_admin_urls_answer_404(client, path):
    client.raise_request_exception = False
    client.force_login(
        UserFactory(email="lost.editor@example.org", groups=[Group.objects.get(name="Editors")])
    )
    pk = Profile.objects.filter(status=Profile.Status.APPROVED).first().pk
    url = path.format(pk=pk)
    assert client.get(url).status_code == 404
    assert client.post(url, {"message": ""}).status_code == 404


def test_known_decision_urls_still_work(client):
    client.force_login(
        UserFactory(email="deciding.editor@example.org", groups=[Group.objects.get(name="Editors")])
    )
    pk = Profile.objects.first().pk
    for decision in ["approve", "decline"]:
        assert client.get(f"/admin/membership/{pk}/{decision}/").status_code == 200
