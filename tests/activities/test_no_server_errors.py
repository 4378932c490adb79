"""Awkward values in every finder field, sheet parameter and API parameter give a
page or a 400, never a 500."""

import pytest

from activities.api_views import SERVICE_FILTERS
from activities.forms import FinderForm

pytestmark = pytest.mark.django_db

AWKWARD = [
    "",
    " ",
    '"',
    "\x00",
    "a\x00b",
    "%00",
    "-1",
    "0",
    "99999999999999999999",
    "1e309",
    "NaN",
    "x" * 5000,
    "<script>",
    "LS1 1AA",
    "53.8,-1.5",
    "91,181",
    "é",
    "1.5",
]


def test_the_finder_and_sheet_take_any_value(client, directory):
    for name in [*FinderForm.base_fields, "page"]:
        for value in AWKWARD:
            response = client.get("/activities/", {name: value})
            assert response.status_code in (200, 400), (name, value)
    for value in AWKWARD:
        assert client.get("/activities/sheet/", {"a": value}).status_code == 200
        assert client.get("/cy/activities/", {"near": value}).status_code in (200, 400)


def test_the_api_takes_any_value(client, directory, settings):
    settings.API_RATE_LIMIT = "100000/min"
    for name in sorted(SERVICE_FILTERS):
        for value in AWKWARD:
            for path in ("services", "service_at_locations"):
                response = client.get(f"/api/openreferral/{path}", {name: value})
                assert response.status_code in (200, 400), (path, name, value)
    for value in ["x", "0" * 40, "\x00", "é", "12345678-1234-1234-1234-123456789012"]:
        for path in (
            "services",
            "locations",
            "organizations",
            "taxonomies",
            "taxonomy_terms",
            "service_at_locations",
        ):
            assert client.get(f"/api/openreferral/{path}/{value}").status_code == 404
