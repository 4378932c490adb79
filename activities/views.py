"""The finder, an activity's page, the signposting sheet, and the members' pages
for their organisations and activities. Public views show only
Activity.objects.public(); members' views only their own organisations' rows
(anything else is a 404)."""

import json

from django.contrib import messages
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from home.sectors import sector_q
from members.access import member_required

from . import geo, outline
from . import review as reviewing
from .forms import ActivityForm, FinderForm, OrganisationForm
from .models import Activity, Location, Organisation
from .review import REVIEW_PERMISSION

PAGE_SIZE = 20
# The most activities one signposting sheet holds.
SHEET_MOST = 12


def public_activities():
    return (
        Activity.objects.public()
        .select_related("organisation")
        .prefetch_related("locations")
        .order_by("name", "pk")
    )


def public_locations():
    return Location.objects.filter(activity__in=Activity.objects.public())


def _filter(form):
    """The activities the finder's filters choose, nearest first when a place is given."""
    activities = public_activities()
    if not form.is_valid():
        return list(activities)
    data = form.cleaned_data
    for word in (data["q"] or "").split()[:10]:
        activities = activities.filter(
            Q(name__icontains=word)
            | Q(description__icontains=word)
            | Q(organisation__name__icontains=word)
            | Q(eligibility__icontains=word)
        )
    if data["type"]:
        activities = activities.filter(activity_type=data["type"])
    if data["cost"] == "free":
        activities = activities.filter(is_free=True)
    elif data["cost"] == "paid":
        activities = activities.filter(is_free=False)
    if data["mode"] == "online":
        activities = activities.filter(is_online=True)
    elif data["mode"] == "in-person":
        activities = activities.filter(is_online=False)
    if data["age"] is not None:
        activities = activities.filter(
            Q(minimum_age__isnull=True) | Q(minimum_age__lte=data["age"]),
            Q(maximum_age__isnull=True) | Q(maximum_age__gte=data["age"]),
        )
    if data["join"]:
        activities = activities.filter(how_to_join__contains=data["join"])
    if data["region"]:
        activities = activities.filter(region=data["region"])
    if data["sector"]:
        activities = activities.filter(sector_q(data["sector"]))
    found = list(activities)
    if data["day"] is not None:
        found = [activity for activity in found if activity.occurs_on(data["day"])]
    if form.origin:
        latitude, longitude, _label = form.origin
        near = []
        for activity in found:
            distances = [
                geo.miles_between(
                    latitude, longitude, float(location.latitude), float(location.longitude)
                )
                for location in activity.locations.all()
            ]
            if not distances:
                continue  # online: no distance
            activity.distance = min(distances)
            if data["within"] is None or activity.distance <= data["within"]:
                near.append(activity)
        found = sorted(near, key=lambda activity: (activity.distance, activity.name))
    return found


def finder(request):
    form = FinderForm(request.GET or None, locations=list(public_locations()))
    found = _filter(form)
    page = Paginator(found, PAGE_SIZE).get_page(request.GET.get("page"))
    points = []
    for number, activity in enumerate(page.object_list, start=page.start_index()):
        for location in activity.locations.all():
            points.append((number, activity, location))
    placed = geo.map_points([(float(loc.latitude), float(loc.longitude)) for _n, _a, loc in points])
    markers = [
        {"number": number, "name": activity.name, "x": x, "y": y}
        for (number, activity, _loc), (x, y) in zip(points, placed, strict=True)
    ]
    origin = None
    if form.origin:
        (x, y) = geo.map_points([form.origin[:2]])[0]
        origin = {"x": x, "y": y, "label": form.origin[2]}
    query = request.GET.copy()
    query.pop("page", None)
    return TemplateResponse(
        request,
        "activities/finder.html",
        {
            "form": form,
            "activities": page,
            "markers": markers,
            "land": outline.paths(),
            "origin": origin,
            "query": query.urlencode(),
            "searched": bool(request.GET),
        },
        status=400 if form.errors else 200,
    )


PICKER_WIDTH, PICKER_HEIGHT = 220, 400


def _picker():
    """What the activity form's map needs: the outline, the plot (so a click can be
    turned back into coordinates) and the postcode districts the site can place."""
    centres = geo.district_centres(public_locations())
    return {
        "width": PICKER_WIDTH,
        "height": PICKER_HEIGHT,
        "land": outline.paths(PICKER_WIDTH, PICKER_HEIGHT),
        "plot": geo.map_projection(PICKER_WIDTH, PICKER_HEIGHT),
        "districts": json.dumps(
            {district: [round(lat, 5), round(lon, 5)] for district, (lat, lon) in centres.items()},
            separators=(",", ":"),
            sort_keys=True,
        ),
    }


def _is_public(activity):
    return Activity.objects.public().filter(pk=activity.pk).exists()


def _visible(request, pk):
    activity = get_object_or_404(
        Activity.objects.select_related("organisation").prefetch_related("locations"), pk=pk
    )
    if _is_public(activity):
        return activity
    user = request.user
    if activity.may_edit(user) or user.has_perm(REVIEW_PERMISSION):
        return activity
    raise Http404  # unpublished or hidden: it does not exist for anyone else


def detail(request, pk):
    activity = _visible(request, pk)
    return TemplateResponse(
        request,
        "activities/detail.html",
        {
            "activity": activity,
            "is_public": _is_public(activity),
            "next_times": activity.next_occurrences(),
        },
    )


def sheet(request):
    """The signposting sheet: the chosen public activities on one printable page.
    Chosen by ticking boxes in the finder, sent as ?a=ID&a=ID (no JavaScript)."""
    ids = [value for value in request.GET.getlist("a") if value.isdigit() and len(value) <= 18]
    chosen = list(public_activities().filter(pk__in=ids[:SHEET_MOST])) if ids else []
    return TemplateResponse(
        request,
        "activities/sheet.html",
        {
            "activities": chosen,
            "too_many": len(set(ids)) > SHEET_MOST,
            "most": SHEET_MOST,
            "today": timezone.localdate(),
        },
    )


# Members' pages.


def _my_organisation(request, pk):
    return get_object_or_404(Organisation, pk=pk, managers=request.user)


def _my_activity(request, pk):
    return get_object_or_404(
        Activity.objects.select_related("organisation"), pk=pk, organisation__managers=request.user
    )


@member_required
def mine(request):
    organisations = Organisation.objects.filter(managers=request.user).prefetch_related(
        "activities"
    )
    return TemplateResponse(request, "activities/mine.html", {"organisations": organisations})


@member_required
def organisation_form(request, pk=None):
    organisation = _my_organisation(request, pk) if pk else None
    form = OrganisationForm(request.POST or None, instance=organisation)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            saved = form.save()
            saved.managers.add(request.user)
        messages.success(request, _("The organisation’s details are saved."))
        return redirect("activities:mine")
    return TemplateResponse(
        request,
        "activities/organisation_form.html",
        {"form": form, "organisation": organisation},
        status=400 if form.errors else 200,
    )


def _activity_form(request, organisation, activity=None):
    form = ActivityForm(request.POST or None, instance=activity)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            saved = form.save(organisation)
        if "draft" in request.POST:
            if saved.status == Activity.Status.PUBLISHED:
                # A change to a published activity is reviewed like a new one.
                reviewing.submit(saved, request.user)
            messages.success(request, _("Saved."))
        else:
            reviewing.submit(saved, request.user)
            messages.success(
                request,
                _("Thank you. Editors will check the activity and e-mail you when it is listed."),
            )
        return redirect("activities:mine")
    return TemplateResponse(
        request,
        "activities/activity_form.html",
        {"form": form, "organisation": organisation, "activity": activity, "picker": _picker()},
        status=400 if form.errors else 200,
    )


@member_required
def new_activity(request, organisation_pk):
    return _activity_form(request, _my_organisation(request, organisation_pk))


@member_required
def edit_activity(request, pk):
    activity = _my_activity(request, pk)
    return _activity_form(request, activity.organisation, activity)


@member_required
@require_POST
def confirm(request, pk):
    activity = _my_activity(request, pk)
    reviewing.confirm(activity)
    messages.success(
        request, _("Thank you: “%(name)s” is marked as checked today.") % {"name": activity.name}
    )
    return redirect("activities:mine")
