"""The Open Referral UK API: every answer validates against the standard's
schemas, and nothing unpublished, hidden or personal ever appears."""

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from activities.models import Activity
from activities.openreferral import derived_id
from tests.activities.conftest import LEEDS, make_activity

pytestmark = pytest.mark.django_db

STANDARD = Path(__file__).parent / "open_referral_uk"
API = "/api/openreferral"


def schema(name):
    return json.loads((STANDARD / "schema" / f"{name}.json").read_text())


PAGE = json.loads((STANDARD / "openapi30.json").read_text())["components"]["schemas"]["Page"]
SERVICE = schema("service")
LOCATION = schema("service_at_location")["properties"]["location"]
TERM = SERVICE["properties"]["attributes"]["items"]["properties"]["taxonomy_term"]


def valid(instance, against):
    validator = Draft202012Validator(against, format_checker=Draft202012Validator.FORMAT_CHECKER)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(instance)]
    assert not errors, errors


def get(client, path, **query):
    response = client.get(API + path, query)
    assert response.status_code == 200, response.content[:500]
    assert response["Content-Type"] == "application/json"
    return response.json()


def a_page(client, path, item_schema, **query):
    page = get(client, path, **query)
    valid(page, PAGE)
    for item in page["contents"]:
        valid(item, item_schema)
    return page


def all_text(client):
    """Every endpoint's answer, as one string."""
    parts = []
    for path in ("/services", "/service_at_locations", "/locations", "/organizations"):
        page = get(client, path, per_page=100)
        parts.append(json.dumps(page))
        for item in page["contents"]:
            parts.append(json.dumps(get(client, f"{path}/{item['id']}")))
    return "\n".join(parts)


def test_every_list_validates(client, directory):
    services = a_page(client, "/services", schema("service_list"), per_page=100)
    assert services["total_items"] >= 4
    a_page(client, "/service_at_locations", schema("service_at_location_list"), per_page=100)
    a_page(client, "/organizations", schema("organization_list"), per_page=100)
    a_page(client, "/locations", LOCATION, per_page=100)
    a_page(client, "/taxonomy_terms", TERM)
    a_page(client, "/taxonomies", {"type": "object", "required": ["id", "name", "description"]})
    index = get(client, "/")
    assert index["version"] == "3.0"


def test_every_single_item_validates(client, directory):
    leeds = directory["leeds"]
    service = get(client, f"/services/{leeds.uuid}")
    valid(service, SERVICE)
    assert service["schedules"][0]["freq"] == "WEEKLY"
    assert service["schedules"][0]["byday"] == "TU"
    assert service["schedules"][0]["opens_at"] == "10:00"
    location = leeds.locations.get()
    assert service["service_at_locations"][0]["location"]["latitude"] == pytest.approx(53.7996)
    sal_id = derived_id("service-at-location", location.uuid)
    valid(get(client, f"/service_at_locations/{sal_id}"), schema("service_at_location"))
    valid(get(client, f"/locations/{location.uuid}"), LOCATION)
    valid(get(client, f"/organizations/{directory['trust'].uuid}"), schema("organization"))
    term = get(client, "/taxonomy_terms")["contents"][0]
    valid(get(client, f"/taxonomy_terms/{term['id']}"), TERM)
    taxonomy = get(client, "/taxonomies")["contents"][0]
    assert get(client, f"/taxonomies/{taxonomy['id']}")["name"] == taxonomy["name"]


def test_empty_results_and_paging_validate(client, directory):
    empty = a_page(client, "/services", schema("service_list"), search="no-such-activity-xyz")
    assert empty["total_items"] == 0 and empty["empty"] and empty["contents"] == []
    first = a_page(client, "/services", schema("service_list"), search="Zeta", per_page=2)
    assert first["size"] == 2 and first["first_page"] and not first["last_page"]
    total = first["total_items"]
    last = a_page(
        client,
        "/services",
        schema("service_list"),
        search="Zeta",
        per_page=2,
        page=first["total_pages"],
    )
    assert last["last_page"] and last["size"] == total - 2 * (first["total_pages"] - 1)
    seen = {item["id"] for item in first["contents"]} & {item["id"] for item in last["contents"]}
    assert not seen


def test_filters(client, directory):
    def names(**query):
        return [s["name"] for s in get(client, "/services", search="Zeta", **query)["contents"]]

    gardening = derived_id("term", "activity-types", "gardening")
    assert names(taxonomy_term_id=gardening) == ["Zeta York garden"]
    assert names(day="TH") == ["Zeta York garden"]
    assert names(organization_id=str(directory["other"].uuid)) == [
        "Zeta online archive club",
        "Zeta unconfirmed walk",
    ]
    # Nearest first from a place, within a distance in metres.
    assert names(postcode="53.9619,-1.0886", proximity=5000) == [
        "Zeta unconfirmed walk",
        "Zeta York garden",
    ] or names(postcode="53.9619,-1.0886", proximity=5000) == [
        "Zeta York garden",
        "Zeta unconfirmed walk",
    ]
    assert names(postcode="ZZ1 2AB")[0] == "Zeta Leeds heritage walk"


def ndjson(client, path, **query):
    """Every line of a streamed newline-delimited JSON answer, as objects."""
    response = client.get(
        API + path, {"format": "ndjson", **query}, HTTP_ORIGIN="https://directory.example.net"
    )
    assert response.status_code == 200, response.getvalue()[:500]
    assert response["Content-Type"] == "application/x-ndjson"
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "max-age" in response["Cache-Control"]
    body = response.getvalue().decode()
    assert body == "" or body.endswith("\n")
    return [json.loads(line) for line in body.splitlines()]


def test_ndjson_streams_every_result_without_paging(client, directory):
    paged = get(client, "/services", search="Zeta", per_page=100)
    first = client.get(API + "/services", {"format": "ndjson", "search": "Zeta"})
    assert first.streaming
    lines = ndjson(client, "/services", search="Zeta")
    assert [line["id"] for line in lines] == [item["id"] for item in paged["contents"]]
    assert len(lines) == 4
    for line in lines:
        valid(line, schema("service_list"))
    # The second answer comes from the cache, the same, and still as ndjson.
    assert ndjson(client, "/services", search="Zeta") == lines
    places = ndjson(client, "/service_at_locations", search="Zeta")
    assert len(places) == 3
    for line in places:
        valid(line, schema("service_at_location_list"))
    assert ndjson(client, "/services", search="no-such-activity-xyz") == []
    # The default, said outright, is the paged JSON.
    assert get(client, "/services", search="Zeta", format="json") == paged


def test_full_lists_nest_each_item_as_its_own_page_does(client, directory):
    page = a_page(client, "/services", SERVICE, search="Zeta", full="true")
    leeds = next(item for item in page["contents"] if item["name"] == "Zeta Leeds heritage walk")
    assert leeds == get(client, f"/services/{directory['leeds'].uuid}")
    places = a_page(
        client, "/service_at_locations", schema("service_at_location"), search="Zeta", full="true"
    )
    assert places["contents"][0]["service"]["schedules"]
    for line in ndjson(client, "/services", search="Zeta", full="true"):
        valid(line, SERVICE)


def test_minimal_lists_give_every_id_and_date_in_one_answer(client, directory):
    page = get(client, "/services", search="Zeta", minimal="true")
    valid(page, PAGE)
    assert page["total_items"] == page["size"] == 4 and page["last_page"]
    shape = {
        "type": "object",
        "required": ["id", "modified_date"],
        "additionalProperties": False,
        "properties": {
            "id": SERVICE["properties"]["id"],
            "modified_date": SERVICE["properties"]["last_modified"],
        },
    }
    for item in page["contents"]:
        valid(item, shape)
    assert page["contents"][0]["modified_date"].endswith("Z")
    for line in ndjson(client, "/service_at_locations", search="Zeta", minimal="1"):
        valid(line, shape)


@pytest.mark.parametrize(
    "query",
    [
        {"format": "xml"},
        {"format": "NDJSON"},
        {"full": "yes"},
        {"minimal": "true", "full": "true"},
        {"full_service": "true"},
    ],
)
@pytest.mark.parametrize("path", ["/services", "/service_at_locations"])
def test_bad_shapes_get_a_standard_400(client, directory, path, query):
    response = client.get(API + path, query)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert response.json()["error"]


@pytest.mark.parametrize(
    "query",
    [
        {"per_page": "101"},
        {"per_page": "0"},
        {"page": "-1"},
        {"page": "x"},
        {"colour": "blue"},
        {"day": "someday"},
        {"postcode": "not a postcode"},
        {"postcode": "40.7,-74.0"},
        {"start_time": "late"},
        {"modified_after": "yesterday"},
        {"organization_id": "not-a-uuid"},
        # Offsets PostgreSQL cannot hold, and moments that leave the calendar in UTC.
        {"modified_after": "2026-01-01T00:00:00+16:00"},
        {"modified_after": "9999-12-31T23:59:59-23:59"},
        {"modified_after": "0001-01-01T00:00:00+23:59"},
        # Whole answers have no pages: a page number would only make another copy.
        {"format": "ndjson", "page": "2"},
        {"format": "ndjson", "per_page": "100000"},
        {"minimal": "true", "page": "3"},
    ],
)
def test_bad_requests_get_a_standard_400(client, directory, query):
    response = client.get(API + "/services", query)
    assert response.status_code == 400
    assert response.json()["error"]


def test_a_far_offset_is_read_as_the_same_moment_in_utc(client, directory):
    response = client.get(API + "/services", {"modified_after": "2000-01-01T00:00:00+14:00"})
    assert response.status_code == 200
    assert response.json()["total_items"] >= 1


def test_nested_locations_are_read_in_a_fixed_number_of_queries(
    client, directory, django_assert_max_num_queries
):
    for number in range(6):
        make_activity(
            directory["trust"],
            f"Zeta walk {number}",
            location={**LEEDS, "address": f"{number} Park Row"},
        )
    with django_assert_max_num_queries(8):
        lines = ndjson(client, "/service_at_locations", full="true")
    assert len(lines) >= 8


def test_the_same_question_asked_in_another_order_is_answered_from_the_cache(
    client, directory, django_assert_num_queries
):
    client.get(API + "/services", {"search": "Zeta", "per_page": "5"})
    with django_assert_num_queries(0):
        response = client.get(API + "/services?per_page=5&search=Zeta")
    assert response.status_code == 200


def test_unknown_or_unpublished_items_are_404(client, directory):
    for key in ("draft", "submitted", "stale"):
        assert client.get(f"{API}/services/{directory[key].uuid}").status_code == 404
    assert client.get(f"{API}/services/not-a-uuid").status_code == 404
    location = directory["submitted"].locations.get()
    assert client.get(f"{API}/locations/{location.uuid}").status_code == 404
    sal = derived_id("service-at-location", location.uuid)
    assert client.get(f"{API}/service_at_locations/{sal}").status_code == 404


def test_nothing_unpublished_or_personal_ever_appears(client, directory, people):
    for key in ("draft", "submitted", "stale"):
        directory[key].review_note = "A private note from the editors"
        directory[key].save()
    directory["leeds"].review_note = "Private review note"
    directory["leeds"].submitted_by = people["owner"]
    directory["leeds"].reviewed_by = people["editor"]
    directory["leeds"].save()
    text = all_text(client)
    for key in ("draft", "submitted", "stale"):
        assert str(directory[key].uuid) not in text
        assert directory[key].name not in text
    for person in people.values():
        assert person.email not in text
        assert person.get_full_name() not in text
    assert "Private review note" not in text
    assert "private note" not in text


def test_an_organisation_with_nothing_published_is_not_listed(client, directory):
    Activity.objects.filter(organisation=directory["other"]).update(status="draft")
    text = all_text(client)
    assert str(directory["other"].uuid) not in text
    assert client.get(f"{API}/organizations/{directory['other'].uuid}").status_code == 404


def test_a_newly_published_activity_is_in_the_next_answer(client, directory, people):
    """Answers are cached, under the content version: publishing replaces it."""
    before = [s["name"] for s in get(client, "/services", search="Zeta", per_page=100)["contents"]]
    assert "Zeta waiting for review" not in before
    client.force_login(people["editor"])
    client.post(f"/admin/activities/{directory['submitted'].pk}/publish/", {"note": ""})
    client.logout()
    after = [s["name"] for s in get(client, "/services", search="Zeta", per_page=100)["contents"]]
    assert "Zeta waiting for review" in after
    assert "Zeta waiting for review" in client.get("/activities/", {"q": "Zeta"}).content.decode()


def test_the_api_is_read_only_and_open_to_other_sites(client, directory):
    assert client.post(API + "/services").status_code == 405
    response = client.get(API + "/services", HTTP_ORIGIN="https://directory.example.net")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "public" in response["Cache-Control"]


def test_the_api_is_rate_limited(client, directory, settings):
    settings.API_RATE_LIMIT = "3/min"
    codes = [client.get(API + "/taxonomies").status_code for _ in range(5)]
    assert codes[:3] == [200, 200, 200] and codes[-1] == 429
