import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.forms import SingleLineField, TextBoxField
from home.sectors import Sector
from members.models import Region

from . import geo
from .models import Activity, ActivityType, HowToJoin, Location, Organisation, Weekday

DISTANCES = [(2, _("2 miles")), (5, _("5 miles")), (10, _("10 miles")), (25, _("25 miles"))]
# Fixed dates further ahead than this are better added nearer the time.
LONGEST_AHEAD = datetime.timedelta(days=2 * 365)


class FinderForm(forms.Form):
    """The finder's filters (GET). Every field is optional; a value that is not one
    of the choices is an error shown beside the field, never a 500."""

    q = SingleLineField(label=_("Words"), max_length=100, required=False)
    type = forms.ChoiceField(
        label=_("Type of activity"),
        choices=[("", _("Any type"))] + ActivityType.choices,
        required=False,
    )
    cost = forms.ChoiceField(
        label=_("Cost"),
        choices=[("", _("Free or paid")), ("free", _("Free only")), ("paid", _("Paid"))],
        required=False,
    )
    day = forms.TypedChoiceField(
        label=_("Day of the week"),
        choices=[("", _("Any day"))] + Weekday.choices,
        coerce=int,
        empty_value=None,
        required=False,
    )
    mode = forms.ChoiceField(
        label=_("Online or in person"),
        choices=[("", _("Either")), ("in-person", _("In person")), ("online", _("Online"))],
        required=False,
    )
    age = forms.IntegerField(
        label=_("Suits someone aged"), min_value=0, max_value=120, required=False
    )
    join = forms.ChoiceField(
        label=_("How to join"),
        choices=[("", _("Any way"))] + HowToJoin.choices,
        required=False,
    )
    region = forms.ChoiceField(
        label=_("Region"), choices=[("", _("Anywhere"))] + Region.choices, required=False
    )
    sector = forms.ChoiceField(
        label=_("Partner sector"),
        choices=[("", _("Any sector"))] + Sector.choices,
        required=False,
    )
    near = SingleLineField(
        label=_("Near (postcode or latitude, longitude)"),
        max_length=40,
        required=False,
        help_text=_("For example LS2 9JT, LS2, or 53.80, -1.55."),
    )
    within = forms.TypedChoiceField(
        label=_("Within"),
        choices=[("", _("Any distance"))] + DISTANCES,
        coerce=int,
        empty_value=None,
        required=False,
    )

    def __init__(self, *args, locations=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.locations = locations
        self.origin = None

    def clean(self):
        data = super().clean()
        near = data.get("near")
        if near:
            try:
                self.origin = geo.place(near, self.locations)
            except geo.PlaceNotFound as refusal:
                self.add_error("near", str(refusal))
        elif data.get("within"):
            self.add_error("near", _("Enter a postcode to search within a distance."))
        return data


class OrganisationForm(forms.ModelForm):
    name = SingleLineField(label=_("Name"), max_length=200)
    description = TextBoxField(
        label=_("What the organisation does"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    phone = SingleLineField(label=_("Telephone"), max_length=40, required=False)
    # Not called "website": the shared field template treats an optional field of
    # that name as the sign-up form's trap for spam robots.
    web_address = forms.URLField(
        label=_("Website"), max_length=200, required=False, assume_scheme="https"
    )
    registered_number = SingleLineField(
        label=_("Charity or company number"), max_length=20, required=False
    )

    class Meta:
        model = Organisation
        fields = ["name", "description", "web_address", "email", "phone", "registered_number"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["web_address"] = self.instance.website

    def save(self, commit=True):
        self.instance.website = self.cleaned_data["web_address"]
        return super().save(commit)


class ActivityForm(forms.ModelForm):
    """An activity and (for one that meets in person) where it meets."""

    name = SingleLineField(label=_("Name"), max_length=200)
    description = TextBoxField(
        label=_("What happens"), max_length=3000, widget=forms.Textarea(attrs={"rows": 6})
    )
    how_to_join = forms.MultipleChoiceField(
        label=_("How people join"),
        choices=HowToJoin.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one way to join.")},
    )
    sectors = forms.MultipleChoiceField(
        label=_("Partner sectors it touches (optional)"),
        choices=Sector.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    languages = SingleLineField(
        label=_("Languages"),
        max_length=200,
        initial="English",
        help_text=_("Separated by commas, for example: English, Welsh."),
    )
    place_name = SingleLineField(label=_("Place name"), max_length=200, required=False)
    address = SingleLineField(label=_("Street address"), max_length=200, required=False)
    town = SingleLineField(label=_("Town or city"), max_length=100, required=False)
    postcode = SingleLineField(label=_("Postcode"), max_length=10, required=False)
    latitude = forms.DecimalField(
        label=_("Latitude"),
        max_digits=8,
        decimal_places=5,
        required=False,
        help_text=_("For example 53.79960. Find it on any map by the place's pin."),
    )
    longitude = forms.DecimalField(
        label=_("Longitude"),
        max_digits=8,
        decimal_places=5,
        required=False,
        help_text=_("For example -1.54910 (west of Greenwich is negative)."),
    )

    class Meta:
        model = Activity
        fields = [
            "name",
            "description",
            "activity_type",
            "eligibility",
            "minimum_age",
            "maximum_age",
            "accessibility",
            "languages",
            "is_free",
            "price",
            "cost_details",
            "how_to_join",
            "joining_details",
            "schedule",
            "weekday",
            "week_of_month",
            "dates",
            "start_time",
            "end_time",
            "is_online",
            "region",
            "contact_name",
            "contact_email",
            "contact_phone",
            "sectors",
        ]
        widgets = {
            "start_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "end_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "dates": forms.Textarea(attrs={"rows": 3}),
            "eligibility": forms.Textarea(attrs={"rows": 3}),
            "accessibility": forms.Textarea(attrs={"rows": 3}),
            "joining_details": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["how_to_join"] = [c for c in self.instance.how_to_join.split(",") if c]
            self.initial["sectors"] = [c for c in self.instance.sectors.split(",") if c]
            location = self.instance.locations.first()
            if location:
                self.initial.update(
                    place_name=location.name,
                    address=location.address,
                    town=location.town,
                    postcode=location.postcode,
                    latitude=location.latitude,
                    longitude=location.longitude,
                )

    def clean(self):
        data = super().clean()
        self._clean_schedule(data)
        low, high = data.get("minimum_age"), data.get("maximum_age")
        if low is not None and high is not None and low > high:
            self.add_error("maximum_age", _("The oldest age is below the youngest."))
        if not data.get("is_free") and data.get("price") is None and not data.get("cost_details"):
            self.add_error(
                "price", _("Give the price, or say what it costs under “about the cost”.")
            )
        if not data.get("is_online"):
            self._clean_location(data)
        return data

    def _clean_schedule(self, data):
        schedule = data.get("schedule")
        start, end = data.get("start_time"), data.get("end_time")
        if start and end and end <= start:
            self.add_error("end_time", _("The activity must end after it starts."))
        if schedule in (Activity.Schedule.WEEKLY, Activity.Schedule.MONTHLY):
            if data.get("weekday") is None:
                self.add_error("weekday", _("Choose the day of the week it meets."))
        if schedule == Activity.Schedule.MONTHLY and not data.get("week_of_month"):
            self.add_error("week_of_month", _("Choose which week of the month it meets."))
        if schedule == Activity.Schedule.DATES:
            today = timezone.localdate()
            dates = []
            for line in (data.get("dates") or "").split():
                try:
                    dates.append(datetime.date.fromisoformat(line))
                except ValueError:
                    self.add_error(
                        "dates",
                        _("“%(text)s” is not a date: write dates as 2027-03-31.")
                        % {"text": line[:20]},
                    )
                    return
            if not dates:
                self.add_error("dates", _("Give at least one date."))
            elif max(dates) < today:
                self.add_error(
                    "dates", _("Every date has passed, so the activity would never take place.")
                )
            elif max(dates) > today + LONGEST_AHEAD:
                self.add_error("dates", _("Give dates within the next two years."))
            else:
                data["dates"] = "\n".join(d.isoformat() for d in sorted(set(dates)))

    def _clean_location(self, data):
        for name in ("address", "town", "postcode"):
            if not data.get(name):
                self.add_error(name, _("Say where it meets, or tick “online”."))
        postcode = data.get("postcode")
        if postcode:
            try:
                data["postcode"], _district = geo.normalise_postcode(postcode)
            except geo.PlaceNotFound as refusal:
                self.add_error("postcode", str(refusal))
            else:
                if " " not in data["postcode"]:
                    self.add_error("postcode", _("Give the full postcode, for example LS2 9JT."))
        latitude, longitude = data.get("latitude"), data.get("longitude")
        if latitude is None or longitude is None:
            self.add_error(
                "latitude",
                _("Give the latitude and longitude, so the finder can measure distances."),
            )
        elif not geo.in_uk(float(latitude), float(longitude)):
            self.add_error("latitude", _("These coordinates are outside the UK."))

    def save(self, organisation):
        activity = super().save(commit=False)
        activity.organisation = organisation
        activity.how_to_join = ",".join(self.cleaned_data["how_to_join"])
        activity.sectors = ",".join(self.cleaned_data["sectors"])
        if activity.schedule != Activity.Schedule.DATES:
            activity.dates = ""
        if activity.schedule != Activity.Schedule.MONTHLY:
            activity.week_of_month = None
        if activity.is_free:
            activity.price = None
        activity.save()
        data = self.cleaned_data
        if activity.is_online:
            activity.locations.all().delete()
        else:
            location = activity.locations.first() or Location(activity=activity)
            location.name = data["place_name"]
            location.address = data["address"]
            location.town = data["town"]
            location.postcode = data["postcode"]
            location.latitude = data["latitude"]
            location.longitude = data["longitude"]
            location.save()
        return activity
