"""The Open Referral UK 3.0 read API at /api/openreferral/: public, read-only,
JSON. Every answer is built from Activity.objects.public() alone, so it is the
same for everyone and is cached under the content version (a published, changed
or hidden activity shows in the next answer). Paged as the standard's Page; an
unknown parameter, a bad value or a page size over the maximum is a 400 with a
JSON message, an unknown identifier a 404, never a 500.

The lists of services and of services at locations also take the definition's
`format` (`json`, the default, or `ndjson`: every result, one JSON object a line,
streamed without paging), `full` (each item fully nested, as its {id} form) and
`minimal` (only each item's `id` and `modified_date`, all in one answer)."""

import datetime
import hashlib
import json
import math
import re
import uuid
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q
from django.http import HttpResponse, JsonResponse, StreamingHttpResponse
from django.utils.dateparse import parse_datetime
from django.views.decorators.http import require_safe

from home import content_version
from home.ratelimit import client_ip, within_limit

from . import geo
from . import openreferral as orx
from .models import RRULE_DAYS, Activity, Location, Organisation

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
CACHE_SECONDS = 60
PAGING = {"page", "per_page"}
SERVICE_FILTERS = PAGING | {
    "search",
    "taxonomy_term_id",
    "taxonomy_id",
    "organization_id",
    "minimum_age",
    "maximum_age",
    "day",
    "start_time",
    "end_time",
    "modified_after",
    "postcode",
    "proximity",
}
# The definition's ways of shaping a list (its `format`, `full` and `minimal`).
SHAPES = {"format", "full", "minimal"}
SAL_FILTERS = SERVICE_FILTERS
FORMATS = ("json", "ndjson")
NDJSON = "application/x-ndjson"
BOOLEANS = {"true": True, "1": True, "false": False, "0": False}
DAY_NAMES = {
    name: index
    for index, name in enumerate(
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    )
}
RATE = re.compile(r"^([0-9]+)/([smhd])")
SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


class BadRequest(ValueError):
    pass


class Lines:
    """A list answered as newline-delimited JSON: every item, no paging."""

    def __init__(self, items, shape):
        self.items = items
        self.shape = shape

    def __iter__(self):
        for item in self.items:
            yield json.dumps(self.shape(item), ensure_ascii=False, separators=(",", ":")) + "\n"


def _error(status, message):
    response = JsonResponse({"status": status, "error": message}, status=status)
    return response


def _rate_allowed(request):
    match = RATE.match(settings.API_RATE_LIMIT)
    if not match:
        return True
    limit, unit = int(match.group(1)), match.group(2)
    return within_limit(f"openreferral:{client_ip(request)}", limit, SECONDS[unit])


def endpoint(allowed):
    """Read-only, rate limited, cached per content version and full URL; turns
    BadRequest into a 400 and LookupError into a 404."""

    def wrap(view):
        @require_safe
        def wrapper(request, *args, **kwargs):
            if not _rate_allowed(request):
                return _error(429, "Too many requests: wait a minute and try again.")
            unknown = sorted(set(request.GET) - allowed)
            if unknown:
                return _error(400, f"Unknown parameter: {', '.join(unknown)[:200]}.")
            # PostgreSQL refuses a NUL character in any text it is given.
            if any("\x00" in value for value in request.GET.values()):
                return _error(400, "A parameter holds a character that is not allowed.")
            # One entry per question, however its parameters are ordered.
            question = request.path + "?" + urlencode(sorted(request.GET.lists()), doseq=True)
            path = hashlib.sha256(question.encode()).hexdigest()
            key = f"openreferral:{content_version.current(request)}:{path}"
            body = cache.get(key)
            if body is None:
                try:
                    data = view(request, *args, **kwargs)
                except BadRequest as problem:
                    return _error(400, str(problem))
                except LookupError:
                    return _error(404, "Not found.")
                if isinstance(data, Lines):
                    response = StreamingHttpResponse(_kept(data, key), content_type=NDJSON)
                    response["Cache-Control"] = f"public, max-age={CACHE_SECONDS}"
                    return response
                body = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
                cache.set(key, body, CACHE_SECONDS)
            content_type = NDJSON if request.GET.get("format") == "ndjson" else "application/json"
            response = HttpResponse(body, content_type=content_type)
            response["Cache-Control"] = f"public, max-age={CACHE_SECONDS}"
            return response

        wrapper.__name__ = view.__name__
        wrapper.__doc__ = view.__doc__
        return wrapper

    return wrap


def _kept(lines, key):
    """Stream the lines, and keep the whole answer in the cache once it is sent."""
    sent = []
    for line in lines:
        sent.append(line)
        yield line
    cache.set(key, "".join(sent), CACHE_SECONDS)


def _boolean(request, name):
    value = request.GET.get(name)
    if value in (None, ""):
        return False
    if value.lower() not in BOOLEANS:
        raise BadRequest(f"{name} must be true or false.")
    return BOOLEANS[value.lower()]


def _listed(request, items, summary, full, modified):
    """A list shaped as the request asks: a Page (json) or Lines (ndjson) of the
    summaries, the full items or the minimal ones."""
    answer = request.GET.get("format") or "json"
    if answer not in FORMATS:
        raise BadRequest(f"format must be one of: {', '.join(FORMATS)}.")
    minimal, nested = _boolean(request, "minimal"), _boolean(request, "full")
    if minimal and nested:
        raise BadRequest("Ask for either minimal or full, not both.")

    def least(item):
        return {"id": summary(item)["id"], "modified_date": modified(item)}

    if (answer == "ndjson" or minimal) and {"page", "per_page"} & set(request.GET):
        raise BadRequest(
            "page and per_page apply to paged answers only: leave them out with "
            "format=ndjson or minimal=true, which give every item at once."
        )
    shape = least if minimal else full if nested else summary
    if answer == "ndjson":
        return Lines(items, shape)
    if minimal:
        # The definition asks for every item in one answer.
        return _page(request, items, shape, everything=True)
    return _page(request, items, shape)


def _int(request, name, default=None, low=None, high=None):
    value = request.GET.get(name)
    if value in (None, ""):
        return default
    if not re.fullmatch(r"[0-9]{1,9}", value):
        raise BadRequest(f"{name} must be a whole number.")
    number = int(value)
    if (low is not None and number < low) or (high is not None and number > high):
        raise BadRequest(f"{name} must be between {low} and {high}.")
    return number


def _page(request, items, shape, everything=False):
    per_page = _int(request, "per_page", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE)
    page = _int(request, "page", 1, 1, 10**6)
    if everything:
        per_page, page = max(1, len(items)), 1
    total = len(items)
    pages = max(1, math.ceil(total / per_page))
    chosen = items[(page - 1) * per_page : page * per_page]
    return {
        "total_items": total,
        "total_pages": pages,
        "page_number": page,
        "size": len(chosen),
        "first_page": page == 1,
        "last_page": page >= pages,
        "empty": not chosen,
        "contents": [shape(item) for item in chosen],
    }


def _uuid(value):
    try:
        return uuid.UUID(value)
    except (TypeError, ValueError, AttributeError):
        raise LookupError from None


def _public():
    return (
        Activity.objects.public()
        .select_related("organisation")
        .prefetch_related("locations")
        .order_by("name", "pk")
    )


def _time(request, name):
    value = request.GET.get(name)
    if not value:
        return None
    try:
        return datetime.time.fromisoformat(value)
    except ValueError:
        raise BadRequest(f"{name} must be a time such as 10:00.") from None


def _filter_services(request):
    activities = _public()
    search = request.GET.get("search", "").strip()[:100]
    for word in search.split()[:10]:
        activities = activities.filter(
            Q(name__icontains=word)
            | Q(description__icontains=word)
            | Q(organisation__name__icontains=word)
        )
    organization_id = request.GET.get("organization_id")
    if organization_id:
        activities = activities.filter(organisation__uuid=_uuid_or_400(organization_id))
    minimum = _int(request, "minimum_age", None, 0, 150)
    if minimum is not None:
        activities = activities.filter(minimum_age__gte=minimum)
    maximum = _int(request, "maximum_age", None, 0, 150)
    if maximum is not None:
        activities = activities.filter(maximum_age__lte=maximum)
    start, end = _time(request, "start_time"), _time(request, "end_time")
    if start:
        activities = activities.filter(start_time__gte=start)
    if end:
        activities = activities.filter(end_time__lte=end)
    modified_after = request.GET.get("modified_after")
    if modified_after:
        moment = _datetime(modified_after)
        activities = activities.filter(updated_at__gte=moment)
    found = list(activities)
    day = request.GET.get("day")
    if day:
        index = _day(day)
        found = [activity for activity in found if activity.occurs_on(index)]
    term = request.GET.get("taxonomy_term_id")
    if term:
        found = [activity for activity in found if term in orx.terms_of(activity)]
    taxonomy = request.GET.get("taxonomy_id")
    if taxonomy:
        found = [
            activity
            for activity in found
            if any(term["taxonomy_id"] == taxonomy for term in orx.activity_terms(activity))
        ]
    return _near(request, found)


def _near(request, found):
    postcode = request.GET.get("postcode")
    proximity = _int(request, "proximity", None, 1, 2_000_000)
    if not postcode:
        if proximity:
            raise BadRequest("proximity needs a postcode.")
        return found
    try:
        latitude, longitude, _label = geo.place(
            postcode, Location.objects.filter(activity__in=Activity.objects.public())
        )
    except geo.PlaceNotFound as refusal:
        raise BadRequest(str(refusal)) from None
    near = []
    for activity in found:
        distances = [
            geo.miles_between(latitude, longitude, float(loc.latitude), float(loc.longitude))
            * 1609.344
            for loc in activity.locations.all()
        ]
        if distances and (proximity is None or min(distances) <= proximity):
            near.append((min(distances), activity))
    return [activity for _distance, activity in sorted(near, key=lambda pair: pair[0])]


def _uuid_or_400(value):
    try:
        return uuid.UUID(value)
    except ValueError:
        raise BadRequest("Identifiers are UUIDs.") from None


def _day(value):
    value = value.strip().lower()
    if value.upper() in RRULE_DAYS:
        return RRULE_DAYS.index(value.upper())
    if value in DAY_NAMES:
        return DAY_NAMES[value]
    raise BadRequest("day must be a day of the week, such as TU or tuesday.")


def _datetime(value):
    try:
        moment = parse_datetime(value.replace("Z", "+00:00"))
    except ValueError:
        moment = None
    if moment is None:
        try:
            moment = datetime.datetime.combine(
                datetime.date.fromisoformat(value), datetime.time(), datetime.UTC
            )
        except ValueError:
            raise BadRequest("modified_after must be a date or date and time.") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    # Real offsets run from -12:00 to +14:00; PostgreSQL holds none beyond 15:59,
    # and the moment must still be in the calendar once it is in UTC.
    if abs(moment.utcoffset()) > datetime.timedelta(hours=14):
        raise BadRequest("modified_after has a time zone offset that does not exist.")
    try:
        return moment.astimezone(datetime.UTC)
    except (OverflowError, ValueError):
        raise BadRequest("modified_after is outside the calendar.") from None


@endpoint(set())
def index(request):
    return {
        "version": orx.HSDS_VERSION,
        "profile": orx.PROFILE_URL,
        "openapi_url": orx.PROFILE_URL,
    }


def _modified(activity):
    return orx.when(activity.updated_at)


@endpoint(SERVICE_FILTERS | SHAPES)
def services(request):
    return _listed(request, _filter_services(request), orx.service_summary, orx.service, _modified)


@endpoint(set())
def service_detail(request, pk):
    activity = _public().filter(uuid=_uuid(pk)).first()
    if activity is None:
        raise LookupError
    return orx.service(activity)


def _public_locations():
    return (
        Location.objects.filter(activity__in=Activity.objects.public())
        .select_related("activity__organisation")
        # A full item lists every place its service meets.
        .prefetch_related("activity__locations")
        .order_by("activity__name", "pk")
    )


@endpoint(SAL_FILTERS | SHAPES)
def service_at_locations(request):
    activities = _filter_services(request)
    ids = [activity.pk for activity in activities]
    order = {pk: index for index, pk in enumerate(ids)}
    locations = sorted(
        _public_locations().filter(activity_id__in=ids),
        key=lambda loc: (order[loc.activity_id], loc.pk),
    )
    return _listed(
        request,
        locations,
        orx.service_at_location_summary,
        orx.service_at_location,
        lambda loc: _modified(loc.activity),
    )


@endpoint(set())
def service_at_location_detail(request, pk):
    location_uuid = _uuid(pk)
    loc = next(
        (
            loc
            for loc in _public_locations().prefetch_related("activity__locations")
            if orx.service_at_location_id(loc) == str(location_uuid)
        ),
        None,
    )
    if loc is None:
        raise LookupError
    return orx.service_at_location(loc)


@endpoint(PAGING)
def locations(request):
    return _page(request, list(_public_locations()), lambda loc: orx.location(loc, loc.activity))


@endpoint(set())
def location_detail(request, pk):
    loc = _public_locations().filter(uuid=_uuid(pk)).first()
    if loc is None:
        raise LookupError
    return orx.location(loc, loc.activity)


def _public_organisations():
    return Organisation.objects.filter(activities__in=Activity.objects.public()).distinct()


@endpoint(PAGING)
def organizations(request):
    return _page(request, list(_public_organisations()), orx.organization)


@endpoint(set())
def organization_detail(request, pk):
    org = _public_organisations().filter(uuid=_uuid(pk)).first()
    if org is None:
        raise LookupError
    return orx.organization(org, full=True, services=_public().filter(organisation=org))


@endpoint(PAGING)
def taxonomies(request):
    return _page(request, list(orx.TAXONOMIES), orx.taxonomy)


@endpoint(set())
def taxonomy_detail(request, pk):
    for code in orx.TAXONOMIES:
        if orx.derived_id("taxonomy", code) == str(_uuid(pk)):
            return orx.taxonomy(code)
    raise LookupError


@endpoint(PAGING | {"taxonomy_id"})
def taxonomy_terms(request):
    terms = orx.all_terms()
    taxonomy = request.GET.get("taxonomy_id")
    if taxonomy:
        terms = [term for term in terms if term["taxonomy_id"] == taxonomy]
    return _page(request, terms, lambda term: term)


@endpoint(set())
def taxonomy_term_detail(request, pk):
    wanted = str(_uuid(pk))
    for term in orx.all_terms():
        if term["id"] == wanted:
            return term
    raise LookupError
