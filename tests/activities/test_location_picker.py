"""The activity form's map picker is an enhancement: without JavaScript it is
hidden and typed coordinates save as before; the page carries what the script
needs (the outline, the plot and the districts the site can place), in markup
the Content-Security-Policy allows (a script file, no inline script or style)."""

import json

import pytest
from bs4 import BeautifulSoup
from django.conf import settings

from activities import geo, outline
from activities.models import Activity
from tests.activities.test_finder import ACTIVITY

pytestmark = pytest.mark.django_db


def new_activity_url(directory):
    return f"/activities/organisations/{directory['trust'].pk}/activities/new/"


def test_typed_coordinates_save_without_javascript(client, directory, people):
    client.force_login(people["owner"])
    response = client.post(
        new_activity_url(directory), {**ACTIVITY, "latitude": "53.79412", "longitude": "-1.54633"}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    location = Activity.objects.get(name="Zeta new tour").locations.get()
    assert (str(location.latitude), str(location.longitude)) == ("53.79412", "-1.54633")


def test_the_form_has_a_hidden_map_that_a_script_file_turns_on(client, directory, people):
    client.force_login(people["owner"])
    response = client.get(new_activity_url(directory))
    soup = BeautifulSoup(response.content, "html.parser")
    picker = soup.select_one("[data-location-picker]")
    # Hidden without JavaScript, right after the typed coordinates.
    assert picker.has_attr("hidden")
    longitude = soup.select_one("#id_longitude").find_parent(class_="field")
    assert longitude.find_next_sibling("div") is picker
    assert soup.select_one('script[src$="js/location-picker.js"]')
    # No inline script but the policy's own marker in the head.
    inline = [s.get_text() for s in soup.select("script") if not s.get("src")]
    assert inline == [settings.HAS_SCRIPT_MARKER]
    assert not soup.select("[style]")
    # The map is labelled, described, and reachable with the keyboard.
    area = picker.select_one(".location-picker__map")
    assert area["tabindex"] == "0"
    assert soup.select_one(f"#{area['aria-labelledby']}").get_text(strip=True)
    for described in area["aria-describedby"].split():
        assert soup.select_one(f"#{described}")
    assert picker.select_one("button[data-postcode-centre]")["type"] == "button"
    # The plot matches the server's, and the districts are those the finder places.
    plot = geo.map_projection(220, 400)
    assert float(picker["data-scale"]) == pytest.approx(plot["scale"], rel=1e-5)
    assert float(picker["data-west"]) == plot["west"]
    districts = json.loads(picker["data-districts"])
    assert districts["ZZ1"] == [53.7996, -1.5491]
    assert districts["ZZ2"] == [53.9619, -1.0886]
    assert districts["LS1"] == [53.7938, -1.5492]  # the demo's canal walk
    # Only listed activities place a district: not the demo's two waiting for review.
    assert "ST1" not in districts and "DE1" not in districts
    assert len(picker.select("path.activity-map__land")) == len(outline.SHAPES)


def test_a_form_sent_back_keeps_the_picker_and_what_was_typed(client, directory, people):
    client.force_login(people["owner"])
    response = client.post(new_activity_url(directory), {**ACTIVITY, "latitude": "99"})
    assert response.status_code == 400
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("[data-location-picker]")
    assert soup.select_one("#id_longitude")["value"] == "-1.55"


def test_the_outline_lies_inside_the_plot():
    width, height = 220, 400
    for shape in outline.paths(width, height):
        for pair in shape.strip("MZ ").split(" L"):
            x, y = (float(n) for n in pair.split(","))
            assert 0 <= x <= width and 0 <= y <= height
    # Leeds is on land: inside Great Britain's outline (ray casting).
    (lx, ly), *_ = geo.map_points([(53.7996, -1.5491)], width, height)
    edges = geo.map_points(outline.GREAT_BRITAIN, width, height)
    inside = False
    for (x1, y1), (x2, y2) in zip(edges, edges[1:] + edges[:1], strict=True):
        if (y1 > ly) != (y2 > ly) and lx < x1 + (ly - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    assert inside
