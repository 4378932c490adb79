import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.forms import SingleLineField, TextBoxField
from home.sectors import Sector, sector_q
from members.models import Region

from .models import Call, LookingFor

# A call that runs longer than this is better posted again when it is nearer.
LONGEST_CALL = datetime.timedelta(days=2 * 365)


class CallForm(forms.Form):
    topic = SingleLineField(
        label=_("Topic"),
        max_length=160,
        help_text=_("For example: “Measuring loneliness in museum volunteering programmes”."),
    )
    description = TextBoxField(
        label=_("What the research is and what you need"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    looking_for = forms.MultipleChoiceField(
        label=_("What you are looking for"),
        choices=LookingFor.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one thing you are looking for.")},
    )
    sectors = forms.MultipleChoiceField(
        label=_("Partner sectors it touches (optional)"),
        choices=Sector.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    region = forms.ChoiceField(label=_("Region"), choices=Region.choices)
    deadline = forms.DateField(
        label=_("Deadline for replies"),
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("The call closes after this day."),
        error_messages={"invalid": _("Enter the deadline as a date, for example 31/03/2027.")},
    )

    def clean_deadline(self):
        deadline = self.cleaned_data["deadline"]
        today = timezone.localdate()
        if deadline < today:
            raise forms.ValidationError(_("The deadline has passed: choose a later date."))
        if deadline > today + LONGEST_CALL:
            raise forms.ValidationError(_("Choose a deadline within the next two years."))
        return deadline

    def save(self, poster):
        data = self.cleaned_data
        return Call.objects.create(
            poster=poster,
            topic=data["topic"],
            description=data["description"],
            looking_for=",".join(data["looking_for"]),
            sectors=",".join(data["sectors"]),
            region=data["region"],
            deadline=data["deadline"],
        )


class ResponseForm(forms.Form):
    message = TextBoxField(
        label=_("A short message to the poster"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "Say who you are and what you could offer. Your e-mail address is only "
            "shared if they accept."
        ),
    )


class CallFilterForm(forms.Form):
    """The listing's filters: unknown values are ignored, not errors."""

    looking_for = forms.ChoiceField(
        label=_("Looking for"), choices=[("", _("Anything"))] + LookingFor.choices, required=False
    )
    sector = forms.ChoiceField(
        label=_("Sector"), choices=[("", _("Any sector"))] + Sector.choices, required=False
    )
    region = forms.ChoiceField(
        label=_("Region"), choices=[("", _("Any region"))] + Region.choices, required=False
    )

    def filter(self, calls):
        self.is_valid()  # a field with an unknown value is left out of cleaned_data
        data = self.cleaned_data
        if data.get("looking_for"):
            calls = calls.filter(looking_for__contains=data["looking_for"])
        if data.get("sector"):
            calls = calls.filter(sector_q(data["sector"]))
        if data.get("region"):
            calls = calls.filter(region=data["region"])
        return calls
