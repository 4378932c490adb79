from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from home.forms import SingleLineField, TextBoxField
from home.sectors import Sector, sector_codes
from members.forms import split_interests

from .models import Audience, Licence, ResourceType
from .models.library import RESOURCE_REGIONS, Credit, implied_credit
from .uploads import check_upload


class SafeURLField(forms.URLField):
    default_error_messages = {
        "invalid": _("Enter a web address starting with https:// or http://."),
    }

    def clean(self, value):
        value = super().clean(value)
        if value and not value.lower().startswith(("https://", "http://")):
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return value


class AudiencesField(forms.ModelMultipleChoiceField):
    """Django looks the chosen IDs up with one IN query, and SQLite fails (rather
    than finding nothing) on a number too large for 64 bits: refuse those first."""

    def clean(self, value):
        for pk in value or []:
            try:
                too_large = abs(int(pk)) >= 2**63
            except (TypeError, ValueError):
                continue  # Django's own check says it is not a valid choice
            if too_large:
                raise forms.ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": pk},
                )
        return super().clean(value)


class ResourceSubmissionForm(forms.Form):
    """What a member fills in to contribute, or to change, a resource."""

    title = SingleLineField(label=_("Title"), max_length=200)
    summary = TextBoxField(
        label=_("Summary"),
        max_length=600,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("What it is and who it helps, in a few sentences (up to 600 characters)."),
    )
    resource_type = forms.ChoiceField(
        label=_("Type of resource"), choices=[("", _("Choose one"))] + ResourceType.choices
    )
    topics = SingleLineField(
        label=_("Topics"),
        max_length=300,
        required=False,
        help_text=_("Separate them with commas, for example: evaluation, volunteering."),
    )
    audiences = AudiencesField(
        label=_("Who it is for"),
        queryset=Audience.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    region = forms.ChoiceField(label=_("Region"), choices=RESOURCE_REGIONS, initial="uk-wide")
    sectors = forms.MultipleChoiceField(
        label=_("Partner sectors"),
        choices=Sector.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("The other sectors this resource concerns, if any."),
    )
    licence = forms.ChoiceField(label=_("Licence"), choices=Licence.choices)
    file = forms.FileField(
        label=_("File"),
        required=False,
        help_text=_(
            "PDF, Word, Excel, PowerPoint, OpenDocument, text, CSV, PNG or JPEG; up to 20 MB."
        ),
    )
    external_url = SafeURLField(
        label=_("Or a link"),
        required=False,
        max_length=500,
        assume_scheme="https",
        help_text=_("If the resource lives on another website."),
    )
    credit_as = forms.ChoiceField(
        label=_("How should we credit you?"),
        choices=Credit.choices,
        widget=forms.RadioSelect,
        required=False,
        help_text=_("Shown to everyone under “Shared by” on the resource's page."),
    )
    rights_confirmed = forms.BooleanField(
        label=_("I have the right to share this, and it contains no one's personal information"),
        error_messages={"required": _("Confirm that you have the right to share this resource.")},
    )

    def __init__(self, *args, user, existing=None, refused_upload=None, **kwargs):
        self.existing = existing
        # Set when the file was too large to finish reading (home.request_limits).
        self.refused_upload = refused_upload
        # An edit keeps the choice made before; a new contribution starts from
        # what the person's directory choice implies.
        self.default_credit = existing.credit_as if existing else implied_credit(user)
        initial = {"credit_as": self.default_credit}
        if existing is not None:
            initial.update(
                {
                    "title": existing.title,
                    "summary": existing.summary,
                    "resource_type": existing.resource_type,
                    "topics": ", ".join(existing.topics.names()),
                    "audiences": list(existing.audiences.all()),
                    "region": existing.region,
                    "sectors": sector_codes(existing.sectors),
                    "licence": existing.licence,
                    "external_url": existing.external_url,
                    "credit_as": existing.credit_as,
                }
            )
        kwargs.setdefault("initial", initial)
        super().__init__(*args, **kwargs)
        self.fields["credit_as"].choices = _credit_choices(user)
        if existing is not None and existing.document_id:
            self.fields["file"].help_text = _(
                "Leave empty to keep the current file (%(name)s)."
            ) % {"name": existing.document.filename}

    def clean_file(self):
        if self.refused_upload is not None:
            raise forms.ValidationError(
                _("The file is too large: the largest file you can share is %(limit)s.")
                % {"limit": filesizeformat(settings.RESOURCE_UPLOAD_MAX_BYTES)}
            )
        upload = self.cleaned_data.get("file")
        if upload:
            check_upload(upload)
        return upload

    def clean_credit_as(self):
        # Not answered: what their directory choice implies, never more.
        return self.cleaned_data.get("credit_as") or self.default_credit

    def clean_topics(self):
        return split_interests(self.cleaned_data.get("topics", ""))

    def clean(self):
        data = super().clean()
        has_file = bool(data.get("file")) or bool(self.existing and self.existing.document_id)
        if not has_file and not data.get("external_url") and "file" not in self.errors:
            self.add_error("file", _("Add a file or a link (or both)."))
        return data


def _credit_choices(user):
    """The credit choices, showing the person what each would say."""
    organisation = getattr(getattr(user, "profile", None), "organisation", "")
    choices = [(Credit.NAME, _("My name (%(name)s)") % {"name": user.get_full_name()})]
    if organisation:
        choices.append(
            (
                Credit.ORGANISATION,
                _("My organisation (%(organisation)s)") % {"organisation": organisation},
            )
        )
    choices.append((Credit.COMMUNITY, _("“A member of the community”, without my name")))
    return choices
