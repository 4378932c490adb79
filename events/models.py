"""Quarterly meetings and other events, and who is coming to them."""

import datetime
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.blocks import RICH_TEXT_FEATURES
from home.page_images import PageImageMixin, attach_card_images
from home.privacy import PrivacyByEditorsMixin, mark_members_only, visible_to
from home.routable import RoutesNamedByPath
from home.sectors import SectorsField
from home.translation_sync import default_language_version
from members.access import can_see_members_area

from .blocks import AgendaBlock
from .forms import RegistrationForm

PAST_EVENTS_PER_PAGE = 10


class EventType(models.TextChoices):
    QUARTERLY_MEETING = "quarterly-meeting", _("Quarterly meeting")
    WORKSHOP = "workshop", _("Workshop")
    WEBINAR = "webinar", _("Webinar")
    SITE_VISIT = "site-visit", _("Site visit")
    PARTNER_EVENT = "partner-event", _("Partner event")


class EventFormat(models.TextChoices):
    ONLINE = "online", _("Online")
    IN_PERSON = "in-person", _("In person")
    HYBRID = "hybrid", _("Hybrid (in person and online)")


class EventStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled")
    POSTPONED = "postponed", _("Postponed")
    CANCELLED = "cancelled", _("Cancelled")


class WhoMayRegister(models.TextChoices):
    MEMBERS = "members", _("Approved members")
    ANYONE = "anyone", _("Anyone with an account")


class EventIndexPage(PageImageMixin, PrivacyByEditorsMixin, RoutesNamedByPath, Page):
    """The events section: upcoming events, past events, and a calendar feed."""

    introduction = models.TextField(blank=True)
    search_summary_field = "introduction"

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        *PageImageMixin.image_panels,
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    # The Atom feed: see events/views.py.
    subpage_routes = "events.views.event_index_routes"

    class Meta:
        verbose_name = _("event index page")

    @property
    def summary(self):
        return self.search_description or self.introduction

    def events(self):
        return EventPage.objects.child_of(self).live().filter(start__isnull=False)

    @path("")
    def index(self, request):
        now = timezone.now()
        events = visible_to(request, self.events())
        selected_type = request.GET.get("type", "")
        if selected_type in EventType.values:
            events = events.filter(event_type=selected_type)
        else:
            selected_type = ""
        upcoming = mark_members_only(events.filter(end__gte=now).order_by("start")[:50], request)
        past = Paginator(events.filter(end__lt=now).order_by("-start"), PAST_EVENTS_PER_PAGE)
        past_page = past.get_page(request.GET.get("page"))
        past_page.object_list = mark_members_only(past_page.object_list, request)
        attach_card_images([*upcoming, *past_page.object_list])  # two queries for both lists
        return TemplateResponse(
            request,
            "events/event_index_page.html",
            {
                **self.get_context(request),
                "upcoming": upcoming,
                "past": past_page,
                "event_types": EventType.choices,
                "selected_type": selected_type,
            },
        )


class EventPage(PageImageMixin, PrivacyByEditorsMixin, RoutesNamedByPath, Page):
    """A meeting, workshop, webinar or visit, with registration."""

    event_type = models.CharField(
        max_length=30, choices=EventType.choices, default=EventType.QUARTERLY_MEETING
    )
    summary = models.TextField(max_length=600, blank=True)
    description = RichTextField(blank=True, features=RICH_TEXT_FEATURES)
    # Drafts may leave the times empty; publishing needs them (see clean()).
    start = models.DateTimeField(null=True, blank=True)
    end = models.DateTimeField(null=True, blank=True)
    format = models.CharField(
        max_length=20, choices=EventFormat.choices, default=EventFormat.ONLINE
    )
    venue_name = models.CharField(max_length=200, blank=True)
    venue_address = models.TextField(blank=True)
    access_information = models.TextField(
        blank=True, help_text=_("Step-free access, toilets, hearing loops, quiet spaces, travel.")
    )
    joining_link = models.URLField(
        blank=True,
        max_length=500,
        help_text=_("Shown only to people with a confirmed place, and to editors."),
    )
    agenda = StreamField(AgendaBlock(), blank=True, use_json_field=True)
    speakers = models.TextField(blank=True, help_text=_("One speaker per line."))
    capacity = models.PositiveIntegerField(
        null=True, blank=True, help_text=_("Leave empty for no limit.")
    )
    registration_opens = models.DateTimeField(null=True, blank=True)
    registration_closes = models.DateTimeField(null=True, blank=True)
    who_may_register = models.CharField(
        max_length=20, choices=WhoMayRegister.choices, default=WhoMayRegister.MEMBERS
    )
    status = models.CharField(
        max_length=20, choices=EventStatus.choices, default=EventStatus.SCHEDULED
    )
    sectors = SectorsField(help_text=_("The other sectors this event brings in, if any."))
    minutes = RichTextField(blank=True, features=RICH_TEXT_FEATURES)
    actions_agreed = RichTextField(blank=True, features=RICH_TEXT_FEATURES)

    # Calendar bookkeeping: SEQUENCE grows when times or status change, and the
    # values people were last told about decide when to send a notice.
    sequence = models.PositiveIntegerField(default=0, editable=False)
    notified_start = models.DateTimeField(null=True, blank=True, editable=False)
    notified_end = models.DateTimeField(null=True, blank=True, editable=False)
    notified_status = models.CharField(max_length=20, blank=True, editable=False)

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("event_type"), FieldPanel("status")]),
        FieldPanel("summary"),
        *PageImageMixin.image_panels,
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        FieldPanel("format"),
        MultiFieldPanel(
            [
                FieldPanel("venue_name"),
                FieldPanel("venue_address"),
                FieldPanel("access_information"),
            ],
            heading=_("Venue"),
        ),
        FieldPanel("joining_link"),
        FieldPanel("description"),
        FieldPanel("agenda"),
        FieldPanel("speakers"),
        FieldPanel("sectors"),
    ]
    registration_panels = [
        FieldPanel("capacity"),
        FieldRowPanel([FieldPanel("registration_opens"), FieldPanel("registration_closes")]),
        FieldPanel("who_may_register"),
    ]
    after_panels = [
        FieldPanel("minutes"),
        FieldPanel("actions_agreed"),
        InlinePanel("materials", heading=_("Slides, recordings and documents"), label=_("Item")),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Event")),
            ObjectList(registration_panels, heading=_("Registration")),
            ObjectList(after_panels, heading=_("After the event")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("description"),
        index.SearchField("minutes"),
        index.FilterField("start"),
        index.FilterField("event_type"),
    ]
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []
    # For partners' sites (home/api.py). Never the joining link: members get it by e-mail.
    api_fields = [
        APIField("event_type"),
        APIField("summary"),
        APIField("image"),
        APIField("image_alt_text"),
        APIField("description"),
        APIField("start"),
        APIField("end"),
        APIField("format"),
        APIField("venue_name"),
        APIField("venue_address"),
        APIField("access_information"),
        APIField("status"),
        APIField("agenda"),
        APIField("speakers"),
    ]
    # Registering, cancelling and the event's .ics file: see events/views.py.
    subpage_routes = "events.views.event_page_routes"

    # How site search shows it (home/search_results.py).
    search_result_type = "event"
    search_summary_field = "summary"
    search_date_field = "start"

    class Meta:
        verbose_name = _("event page")

    def clean(self):
        errors = {}
        try:
            super().clean()  # the image's alt text, shown together with the rest
        except ValidationError as error:
            errors.update(error.message_dict)
        if self.live:
            if self.start is None:
                errors["start"] = _("Give the start date and time.")
            if self.end is None:
                errors["end"] = _("Give the end date and time.")
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("The event must end after it starts.")
        if self.capacity is not None and self.capacity < 1:
            errors["capacity"] = _("Capacity must be at least 1, or empty for no limit.")
        if self.joining_link and not self.joining_link.lower().startswith("https://"):
            errors["joining_link"] = _("Use a secure link that starts with https://.")
        if (
            self.registration_opens
            and self.registration_closes
            and self.registration_closes <= self.registration_opens
        ):
            errors["registration_closes"] = _("Registration must close after it opens.")
        if errors:
            raise ValidationError(errors)

    # What the page shows

    @property
    def is_cancelled(self):
        return self.status == EventStatus.CANCELLED

    @property
    def is_past(self):
        return self.end is not None and self.end < timezone.now()

    @property
    def has_venue(self):
        return self.format in {EventFormat.IN_PERSON, EventFormat.HYBRID}

    def speaker_list(self):
        return [line.strip() for line in self.speakers.splitlines() if line.strip()]

    @cached_property
    def booking_event(self):
        """Every language's version of an event shares one set of places."""
        return default_language_version(self)

    @cached_property
    def confirmed_count(self):
        return self.booking_event.registrations.filter(status=Registration.Status.CONFIRMED).count()

    @property
    def places_left(self):
        if self.capacity is None:
            return None
        return max(self.capacity - self.confirmed_count, 0)

    def registration_state(self, now=None):
        """Why registration is or is not possible, for everyone alike."""
        now = now or timezone.now()
        if self.status == EventStatus.CANCELLED:
            return "cancelled"
        if self.status == EventStatus.POSTPONED:
            return "postponed"
        if self.start is None or self.start <= now:
            return "past"
        if self.registration_opens and now < self.registration_opens:
            return "not_open"
        if self.registration_closes and now >= self.registration_closes:
            return "closed"
        return "open"

    def may_register(self, user):
        if not user.is_authenticated:
            return False
        if self.who_may_register == WhoMayRegister.ANYONE:
            return True
        return can_see_members_area(user)

    def registration_for(self, user):
        if not user.is_authenticated:
            return None
        return self.booking_event.registrations.filter(user=user).first()

    def can_see_joining_link(self, user, registration=None):
        if not self.joining_link or not user.is_authenticated:
            return False
        if user.has_perm("wagtailadmin.access_admin"):
            return True
        return registration is not None and registration.status == Registration.Status.CONFIRMED

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        registration = self.registration_for(request.user)
        context.update(
            registration=registration,
            registration_state=self.registration_state(),
            may_register=self.may_register(request.user),
            show_joining_link=self.can_see_joining_link(request.user, registration),
        )
        return context

    @path("")
    def event(self, request):
        return self.serve_event(request)

    def serve_event(self, request, form=None, status=200):
        context = self.get_context(request)
        context["form"] = form or RegistrationForm()
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def calendar_url(self):
        return self.url + self.reverse_subpage("calendar")


class EventMaterial(Orderable):
    """Slides, a recording or another document from the event."""

    event = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="materials")
    title = models.CharField(max_length=200)
    document = models.ForeignKey(
        "wagtaildocs.Document", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    resource = models.ForeignKey(
        "resources.ResourcePage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    link = models.URLField(blank=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("document"),
        FieldPanel("resource"),
        FieldPanel("link"),
    ]

    def clean(self):
        if not (self.document_id or self.resource_id or self.link):
            raise ValidationError(_("Choose a document or a resource, or give a link."))


class Registration(models.Model):
    """A person's place (or place in the queue) at an event."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        WAITLISTED = "waitlisted", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    event = models.ForeignKey(EventPage, on_delete=models.CASCADE, related_name="registrations")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="event_registrations"
    )
    status = models.CharField(max_length=20, choices=Status.choices)
    access_needs = models.TextField(_("access or dietary needs"), max_length=1000, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    queued_at = models.DateTimeField(default=timezone.now)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    attended = models.BooleanField(null=True, blank=True)
    reminder_week_sent_at = models.DateTimeField(null=True, blank=True)
    reminder_day_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["queued_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["event", "user"], name="one_registration_per_person")
        ]
        indexes = [models.Index(fields=["event", "status", "queued_at"])]

    def __str__(self):
        return f"{self.user} – {self.event}"

    @property
    def name(self):
        return self.user.get_full_name()

    @property
    def email(self):
        return self.user.email


REMINDER_OFFSETS = {
    "reminder_week_sent_at": datetime.timedelta(days=7),
    "reminder_day_sent_at": datetime.timedelta(days=1),
}


def new_calendar_token():
    return secrets.token_urlsafe(32)


class PersonalCalendar(models.Model):
    """A person's private calendar address, listing the events they have a place
    at (or are waiting for), for a calendar app to subscribe to. The token is the
    only key, so resetting it cuts off every copy of the old address."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="personal_calendar"
    )
    token = models.CharField(max_length=64, unique=True, default=new_calendar_token)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"Calendar address of user {self.user_id}"

    def reset(self):
        self.token = new_calendar_token()
        self.save(update_fields=["token"])
