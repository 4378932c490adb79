"""Activities in the shape of Open Referral UK 3.0 (HSDS 3.0's UK profile):
an activity is a service, its organisation an organization, each place it meets a
location with a service_at_location, and the activity types and partner sectors
two taxonomies whose terms the services carry as attributes.

Only what the public finder shows goes in: Activity.objects.public() and the
organisation's and activity's public contact details; never a member's account,
the review notes or who sent or reviewed an entry."""

import datetime
import uuid

from django.conf import settings
from django.utils import timezone, translation

from home.sectors import Sector

from .models import RRULE_DAYS, Activity, ActivityType

# Fixed identifiers for things that have no row of their own (taxonomies, their
# terms, schedules, cost options...): UUID 5 names under one namespace, so the same
# thing always has the same identifier.
NAMESPACE = uuid.UUID("6f1c3b5e-2d0a-4c47-9a51-8e0b7f6d2c11")
HSDS_VERSION = "3.0"
PROFILE_URL = "https://github.com/openreferral/uk-profile"

TAXONOMIES = {
    "activity-types": ("Heritage activity types", ActivityType),
    "partner-sectors": ("Partner sectors", Sector),
}


def derived_id(*parts):
    return str(uuid.uuid5(NAMESPACE, "/".join(str(part) for part in parts)))


def taxonomy(code):
    name, _choices = TAXONOMIES[code]
    return {
        "id": derived_id("taxonomy", code),
        "name": name,
        "description": name,
        "uri": f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/activities/",
        "version": "1",
    }


def taxonomy_term(taxonomy_code, code):
    _name, choices = TAXONOMIES[taxonomy_code]
    with translation.override("en"):
        label = str(choices(code).label)
    return {
        "id": derived_id("term", taxonomy_code, code),
        "code": code,
        "name": label,
        "description": label,
        "taxonomy": taxonomy_code,
        "taxonomy_id": derived_id("taxonomy", taxonomy_code),
    }


def all_terms():
    return [
        taxonomy_term(taxonomy_code, code)
        for taxonomy_code, (_name, choices) in TAXONOMIES.items()
        for code in choices.values
    ]


def activity_terms(activity):
    terms = [taxonomy_term("activity-types", activity.activity_type)]
    terms += [
        taxonomy_term("partner-sectors", code)
        for code in activity.sectors.split(",")
        if code in Sector.values
    ]
    return terms


def when(moment):
    return moment.astimezone(datetime.UTC).isoformat().replace("+00:00", "Z")


def site_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def organization(org, full=False, services=()):
    data = {
        "id": str(org.uuid),
        "name": org.name,
        "description": org.description,
    }
    if org.email:
        data["email"] = org.email
    if org.website:
        data["website"] = org.website
    if full:
        data["organization_identifiers"] = (
            [
                {
                    "id": derived_id("identifier", org.uuid),
                    "organization_id": str(org.uuid),
                    "identifier_scheme": "GB-CHC-OR-COH",
                    "identifier_type": "Charity or company number",
                    "identifier": org.registered_number,
                }
            ]
            if org.registered_number
            else []
        )
        data["attributes"] = []
        data["services"] = [service(activity) for activity in services]
    return data


def _address(location):
    return {
        "id": derived_id("address", location.uuid),
        "location_id": str(location.uuid),
        "address_1": location.address,
        "city": location.town,
        "state_province": "",
        "postal_code": location.postcode,
        "country": "GB",
        "address_type": "physical",
    }


def location(loc, activity):
    data = {
        "id": str(loc.uuid),
        "location_type": "physical",
        "name": loc.name or loc.address,
        "latitude": float(loc.latitude),
        "longitude": float(loc.longitude),
        "addresses": [_address(loc)],
        "accessibility": (
            [
                {
                    "id": derived_id("accessibility", loc.uuid),
                    "location_id": str(loc.uuid),
                    "description": activity.accessibility,
                }
            ]
            if activity.accessibility
            else []
        ),
        "attributes": [],
    }
    return data


def service_at_location_id(loc):
    return derived_id("service-at-location", loc.uuid)


def _schedules(activity):
    """The activity's schedule as HSDS schedules: an RRULE-like pattern (freq, byday)
    or one entry per fixed date to come."""
    base = {
        "service_id": str(activity.uuid),
        "attending_type": "online" if activity.is_online else "in person",
        "description": str(activity.schedule_text),
    }
    if activity.start_time:
        base["opens_at"] = activity.start_time.strftime("%H:%M")
    if activity.end_time:
        base["closes_at"] = activity.end_time.strftime("%H:%M")
    if activity.schedule == Activity.Schedule.DATES:
        today = timezone.localdate()
        return [
            {
                **base,
                "id": derived_id("schedule", activity.uuid, day.isoformat()),
                "dtstart": day.isoformat(),
                "valid_from": day.isoformat(),
                "valid_to": day.isoformat(),
            }
            for day in activity.date_list
            if day >= today
        ]
    if activity.weekday is None:
        return []
    data = {**base, "id": derived_id("schedule", activity.uuid), "interval": 1}
    if activity.schedule == Activity.Schedule.MONTHLY and activity.week_of_month:
        data.update(freq="MONTHLY", byday=f"{activity.week_of_month}{RRULE_DAYS[activity.weekday]}")
    else:
        data.update(freq="WEEKLY", byday=RRULE_DAYS[activity.weekday])
    return [data]


def _one_to_one(activity):
    data = {
        "id": str(activity.uuid),
        "organization_id": str(activity.organisation.uuid),
        "name": activity.name,
        "description": activity.description,
        "url": site_url(f"/activities/{activity.pk}/"),
        "status": "active",
        "assured_date": activity.last_checked.isoformat(),
        "last_modified": when(activity.updated_at),
    }
    if activity.contact_email:
        data["email"] = activity.contact_email
    if activity.minimum_age is not None:
        data["minimum_age"] = activity.minimum_age
    if activity.maximum_age is not None:
        data["maximum_age"] = activity.maximum_age
    if activity.is_unconfirmed:
        data["alert"] = "These details have not been confirmed for over six months."
    return data


def service_summary(activity):
    """A service in a list: its one-to-one fields and its organisation."""
    return {**_one_to_one(activity), "organization": organization(activity.organisation)}


def service(activity):
    """A service with everything about it (/services/{id})."""
    with translation.override("en"):
        data = _one_to_one(activity)
        data["organization"] = organization(activity.organisation)
        data["schedules"] = _schedules(activity)
        data["service_areas"] = []
        data["service_at_locations"] = [
            {
                "id": service_at_location_id(loc),
                "service_id": str(activity.uuid),
                "location_id": str(loc.uuid),
                "location": location(loc, activity),
            }
            for loc in activity.locations.all()
        ]
        data["languages"] = [
            {
                "id": derived_id("language", activity.uuid, name),
                "service_id": str(activity.uuid),
                "name": name,
            }
            for name in activity.language_list
        ]
        data["funding"] = []
        cost = {
            "id": derived_id("cost", activity.uuid),
            "service_id": str(activity.uuid),
            "option": "Free" if activity.is_free else "Charge",
        }
        if activity.is_free:
            cost["amount"] = 0
        elif activity.price is not None:
            cost["amount"] = float(activity.price)
            cost["currency"] = "GBP"
        if activity.cost_details:
            cost["amount_description"] = activity.cost_details
        data["cost_options"] = [cost]
        data["contacts"] = (
            [
                {
                    "id": derived_id("contact", activity.uuid),
                    "service_id": str(activity.uuid),
                    "name": activity.contact_name,
                    "attributes": [],
                }
            ]
            if activity.contact_name
            else []
        )
        data["attributes"] = [
            {
                "id": derived_id("attribute", activity.uuid, term["id"]),
                "link_id": str(activity.uuid),
                "link_type": "service",
                "taxonomy_term_id": term["id"],
                "taxonomy_term": term,
            }
            for term in activity_terms(activity)
        ]
    return data


def service_at_location_summary(loc):
    activity = loc.activity
    return {
        "id": service_at_location_id(loc),
        "service_id": str(activity.uuid),
        "location_id": str(loc.uuid),
    }


def service_at_location(loc):
    activity = loc.activity
    return {
        **service_at_location_summary(loc),
        "location": location(loc, activity),
        "service": service(activity),
    }


def terms_of(activity):
    return {term["id"] for term in activity_terms(activity)}
