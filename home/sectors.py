"""Partner sectors: the other sectors the community works with (its second
objective), as one vocabulary shared by guidance, resources, events, activities
and collaboration calls.

Stored as the codes joined by commas ("health,nature") in one column. No code is
part of another, so `sectors__contains=code` finds everything with a sector, on
SQLite and PostgreSQL alike, and the rows that collaboration calls and activities
already hold keep their meaning. A page type uses SectorsField, which gives the
admin a set of checkboxes and keeps the value in the vocabulary's order.

Each sector has a public page (home/sector_pages.py) listing what the community
has with that sector. The apps that hold those things answer the
`sector_listings` hook: given the sector page and the request, return a
SectorListing (or None). Each app applies its own visibility rule there (the
privacy rule for pages, published and current activities, open calls)."""

from dataclasses import dataclass, field

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from .content_version import memo
from .translation_sync import default_language_code


class Sector(models.TextChoices):
    HEALTH = "health", _("Health and care")
    NATURE = "nature", _("Nature and green spaces")
    PHYSICAL_ACTIVITY = "physical-activity", _("Physical activity")
    ARTS_CULTURE = "arts-culture", _("Arts and culture")


def choice_list(value, choices):
    """Stored lists ("partners,data") as their labels, in the choices' order."""
    chosen = set(value.split(",")) if value else set()
    return [label for code, label in choices if code in chosen]


def sector_codes(value):
    """The known sector codes in a stored value or a list of codes, in the
    vocabulary's order, each once."""
    if not value:
        return []
    chosen = set(value.split(",") if isinstance(value, str) else value)
    return [code for code in Sector.values if code in chosen]


def joined(value):
    """A stored value from a list of codes (or a stored value), in order."""
    return ",".join(sector_codes(value))


def sector_q(code, field_name="sectors"):
    """A filter for rows tagged with the sector `code`."""
    return models.Q(**{f"{field_name}__contains": code})


class SectorsFormField(forms.MultipleChoiceField):
    """Checkboxes for the sectors; reads a stored value ("health,nature") as its
    initial value."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs):
        kwargs.setdefault("choices", Sector.choices)
        super().__init__(**kwargs)

    def prepare_value(self, value):
        return sector_codes(value) if isinstance(value, str) else value

    def has_changed(self, initial, data):
        if isinstance(initial, str):
            initial = sector_codes(initial)
        return super().has_changed(initial, data)


class SectorsField(models.CharField):
    """A page's partner sectors, as codes joined by commas.

    It declares the sectors as its choices so that wagtail-localize keeps the
    field the same in every language instead of offering it for translation; each
    code is checked against them (Django's own check would take the whole value
    for one choice)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("verbose_name", _("partner sectors"))
        kwargs.setdefault("max_length", 120)
        kwargs.setdefault("blank", True)
        kwargs["choices"] = Sector.choices
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        # The vocabulary lives in code: changing a label needs no migration.
        name, path, args, kwargs = super().deconstruct()
        kwargs.pop("choices", None)
        return name, path, args, kwargs

    def to_python(self, value):
        if isinstance(value, (list, tuple)):
            return joined(value)
        return super().to_python(value)

    def get_prep_value(self, value):
        if isinstance(value, (list, tuple)):
            value = joined(value)
        return super().get_prep_value(value)

    def validate(self, value, model_instance):
        if not self.editable:
            return
        if not value:
            if not self.blank:
                raise ValidationError(self.error_messages["blank"], code="blank")
            return
        for code in value.split(","):
            if code not in Sector.values:
                raise ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": code},
                )

    def save_form_data(self, instance, data):
        setattr(instance, self.attname, joined(data))

    def formfield(self, **kwargs):
        defaults = {
            "required": not self.blank,
            "label": capfirst(self.verbose_name),
            "help_text": self.help_text,
        }
        # Only what a multiple choice field understands (not max_length, coerce...).
        for name in ("widget", "label", "help_text", "required", "disabled", "initial"):
            if name in kwargs:
                defaults[name] = kwargs[name]
        return SectorsFormField(**defaults)


# What a sector page lists (the `sector_listings` hook)


@dataclass
class SectorItem:
    """One thing listed on a sector page: a guide, a resource, an event, an
    activity, a call."""

    title: str
    url: str
    summary: str = ""
    details: list = field(default_factory=list)  # short facts: a date, a type, a place
    members_only: bool = False
    lang: str = ""  # the language of an untranslated page's title and summary
    note: str = ""  # a status worth a label: cancelled, past

    @classmethod
    def for_page(cls, page, request, summary="", details=(), note=""):
        """An item for a page; `members_only` as mark_members_only() set it."""
        return cls(
            title=page.title,
            url=page.get_url(request) or "",
            summary=summary,
            details=[str(detail) for detail in details if detail],
            members_only=getattr(page, "members_only", False),
            lang=default_language_code() if isinstance(page, Page) and page.alias_of_id else "",
            note=str(note) if note else "",
        )


def section_url(model, sector_page, request):
    """The address of the section a listing's rest are in (the library, the events),
    in the sector page's language; looked up once per content version."""

    def find():
        section = model.objects.live().filter(locale_id=sector_page.locale_id).first()
        return section.get_url(request) if section is not None else ""

    return memo.get(request, ("sector_more", model._meta.label, sector_page.locale_id), find)


@dataclass
class SectorListing:
    """One kind of thing on a sector page. `more_url` leads to where the rest
    are, when the listing is cut short or the reader may want to search."""

    key: str
    heading: str
    items: list
    order: int = 100
    empty_text: str = ""
    more_url: str = ""
    more_text: str = ""
