"""Where a searcher is, and how far activities are from them.

No openly licensed table of UK postcode centroids is available here as a package,
so the site ships none. A searcher gives either a postcode whose district (the
part before the space, "LS2" in "LS2 9JT") is one where a listed activity meets,
placed at the middle of those activities' own entered coordinates, or a latitude
and longitude ("53.80, -1.55"). Anything else gets a message saying which."""

import math
import re
from decimal import Decimal

from django.utils.translation import gettext as _

# A full postcode or a district alone: "LS2 9JT", "ls29jt", "LS2".
POSTCODE = re.compile(r"^([A-Z]{1,2}[0-9][A-Z0-9]?)\s*([0-9][A-Z]{2})?$")
COORDINATES = re.compile(
    r"^(-?[0-9]{1,2}(?:\.[0-9]{1,7})?)\s*[, ]\s*(-?[0-9]{1,2}(?:\.[0-9]{1,7})?)$"
)
# A box around the United Kingdom (with the Isle of Man and the Channel Islands).
UK_LATITUDE = (49.8, 60.9)
UK_LONGITUDE = (-8.7, 1.8)
EARTH_RADIUS_MILES = 3958.8


class PlaceNotFound(ValueError):
    """What the searcher typed cannot be placed; the message says why."""


def normalise_postcode(text):
    """("LS2 9JT", "LS2") for a well-formed postcode, or raise PlaceNotFound."""
    match = POSTCODE.match(text.strip().upper())
    if not match:
        raise PlaceNotFound(
            _(
                "“%(text)s” is not a UK postcode. Enter a postcode such as LS2 9JT, "
                "a postcode district such as LS2, or a latitude and longitude such as "
                "53.80, -1.55."
            )
            % {"text": text[:20]}
        )
    district, inward = match.groups()
    return (f"{district} {inward}" if inward else district), district


def in_uk(latitude, longitude):
    return (
        UK_LATITUDE[0] <= latitude <= UK_LATITUDE[1]
        and UK_LONGITUDE[0] <= longitude <= UK_LONGITUDE[1]
    )


def district_centres(locations):
    """{district: (latitude, longitude)}: the middle of the given locations in each."""
    sums = {}
    for location in locations:
        district = location.district
        if not district:
            continue
        total = sums.setdefault(district, [0.0, 0.0, 0])
        total[0] += float(location.latitude)
        total[1] += float(location.longitude)
        total[2] += 1
    return {district: (lat / count, lon / count) for district, (lat, lon, count) in sums.items()}


def place(text, locations):
    """(latitude, longitude, description) for what the searcher typed."""
    text = text.strip()
    match = COORDINATES.match(text)
    if match:
        latitude, longitude = (float(Decimal(value)) for value in match.groups())
        if not in_uk(latitude, longitude):
            raise PlaceNotFound(
                _(
                    "%(latitude)s, %(longitude)s is outside the UK. Give the latitude "
                    "first, then the longitude, for example 53.80, -1.55."
                )
                % {"latitude": latitude, "longitude": longitude}
            )
        return latitude, longitude, f"{latitude:.3f}, {longitude:.3f}"
    postcode, district = normalise_postcode(text)
    centres = district_centres(locations)
    if district not in centres:
        raise PlaceNotFound(
            _(
                "We cannot place the postcode district %(district)s: no listed activity "
                "meets there, and the site does not hold a postcode map. Enter a "
                "latitude and longitude instead, for example 53.80, -1.55, or search "
                "by region."
            )
            % {"district": district}
        )
    latitude, longitude = centres[district]
    return latitude, longitude, postcode


def miles_between(lat1, lon1, lat2, lon2):
    """The great-circle distance in miles (haversine)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlambda = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_MILES * math.asin(math.sqrt(a))


def map_projection(width=300, height=400):
    """How map_points places a point: x = (longitude - west) * squeeze * scale and
    y = (north - latitude) * scale. The picker's script reads these to turn a
    click back into a latitude and longitude."""
    squeeze = math.cos(math.radians(sum(UK_LATITUDE) / 2))
    x_span = (UK_LONGITUDE[1] - UK_LONGITUDE[0]) * squeeze
    y_span = UK_LATITUDE[1] - UK_LATITUDE[0]
    return {
        "north": UK_LATITUDE[1],
        "south": UK_LATITUDE[0],
        "west": UK_LONGITUDE[0],
        "east": UK_LONGITUDE[1],
        "squeeze": squeeze,
        "scale": min(width / x_span, height / y_span),
    }


def map_points(points, width=300, height=400):
    """Place (latitude, longitude) points on a width x height plot of the UK's
    box, x scaled by the cosine of the middle latitude so shapes are not squashed."""
    plot = map_projection(width, height)
    placed = []
    for latitude, longitude in points:
        x = (longitude - plot["west"]) * plot["squeeze"] * plot["scale"]
        y = (plot["north"] - latitude) * plot["scale"]
        placed.append((round(x, 1), round(y, 1)))
    return placed
