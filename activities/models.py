"""The signposting directory: heritage wellbeing activities that members'
organisations run, for the public and link workers to find (issue 19).

An approved member manages their organisation and its activities. Every new
activity and every change goes to the editors for review; only a published
activity whose details were confirmed within the last year is shown anywhere
public (the finder, the signposting sheet, the Open Referral UK API). One
queryset method, `Activity.objects.public()`, decides that, and every public
view uses it."""

import datetime
import uuid

from dateutil.rrule import MONTHLY, WEEKLY, rrule
from dateutil.rrule import weekdays as WEEKDAYS
from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format, time_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from home.sectors import Sector, choice_list
from members.models import Region

# Owners are asked to confirm their entry after this long; unconfirmed entries are
# marked "not confirmed recently" from then on, and hidden after HIDDEN_AFTER.
CONFIRM_EVERY = datetime.timedelta(days=182)
HIDDEN_AFTER = datetime.timedelta(days=365)


class ActivityType(models.TextChoices):
    VOLUNTEERING = "volunteering", _("Heritage volunteering")
    WALKS = "walks", _("Guided walks")
    ARCHIVES = "archives", _("Archives and family history")
    CRAFTS = "crafts", _("Crafts and making")
    GARDENING = "gardening", _("Gardening at historic sites")
    MUSEUM = "museum", _("Museum sessions")
    ARCHAEOLOGY = "archaeology", _("Archaeology")
    REMINISCENCE = "reminiscence", _("Reminiscence and memories")


class HowToJoin(models.TextChoices):
    SELF = "self", _("Come along or contact them yourself")
    LINK_WORKER = "link-worker", _("Referral by a link worker")
    BOOKING = "booking", _("Booking needed")


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


# iCalendar's two-letter day names, Monday first like Python's weekday().
RRULE_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


class WeekOfMonth(models.IntegerChoices):
    FIRST = 1, pgettext_lazy("week of the month", "first")
    SECOND = 2, pgettext_lazy("week of the month", "second")
    THIRD = 3, pgettext_lazy("week of the month", "third")
    FOURTH = 4, pgettext_lazy("week of the month", "fourth")
    LAST = -1, pgettext_lazy("week of the month", "last")


class Organisation(models.Model):
    """A heritage or community organisation that runs activities. Its details are
    public once one of its activities is published."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), max_length=2000)
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("e-mail address"), blank=True)
    phone = models.CharField(_("telephone"), max_length=40, blank=True)
    registered_number = models.CharField(_("charity or company number"), max_length=20, blank=True)
    managers = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="managed_organisations", blank=True
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("organisation")

    def __str__(self):
        return self.name


class ActivityQuerySet(models.QuerySet):
    def public(self, today=None):
        """Published and confirmed within the last year: the only activities any
        public page or the API shows."""
        today = today or timezone.localdate()
        return self.filter(status=Activity.Status.PUBLISHED, last_checked__gt=today - HIDDEN_AFTER)

    def waiting_for_review(self):
        return self.filter(status=Activity.Status.SUBMITTED)

    def managed_by(self, user):
        return self.filter(organisation__managers=user)


class Activity(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Waiting for review")
        PUBLISHED = "published", _("Published")
        NEEDS_CHANGES = "needs-changes", _("Needs changes")

    class Schedule(models.TextChoices):
        WEEKLY = "weekly", _("Every week")
        MONTHLY = "monthly", _("Once a month")
        DATES = "dates", _("On fixed dates")

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="activities"
    )
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), max_length=3000)
    activity_type = models.CharField(
        _("type of activity"), max_length=20, choices=ActivityType.choices
    )
    # Who it suits.
    eligibility = models.TextField(_("who it is for"), max_length=1000, blank=True)
    minimum_age = models.PositiveSmallIntegerField(
        _("youngest age"), null=True, blank=True, validators=[MaxValueValidator(120)]
    )
    maximum_age = models.PositiveSmallIntegerField(
        _("oldest age"), null=True, blank=True, validators=[MaxValueValidator(120)]
    )
    accessibility = models.TextField(_("accessibility"), max_length=1000, blank=True)
    languages = models.CharField(_("languages"), max_length=200, default="English")
    # Cost.
    is_free = models.BooleanField(_("free"), default=True)
    price = models.DecimalField(
        _("price (£)"),
        max_digits=7,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    cost_details = models.CharField(_("about the cost"), max_length=300, blank=True)
    # Fixed codes joined by commas (HowToJoin, Sector): no code is part of another.
    how_to_join = models.CharField(max_length=60, default=HowToJoin.SELF)
    joining_details = models.TextField(_("how to join"), max_length=1000, blank=True)
    # When: a weekly or monthly pattern, or a list of dates.
    schedule = models.CharField(
        _("how often"), max_length=10, choices=Schedule.choices, default=Schedule.WEEKLY
    )
    weekday = models.PositiveSmallIntegerField(
        _("day of the week"), choices=Weekday.choices, null=True, blank=True
    )
    week_of_month = models.SmallIntegerField(
        _("which week of the month"), choices=WeekOfMonth.choices, null=True, blank=True
    )
    dates = models.TextField(
        _("dates"), blank=True, help_text=_("ISO dates (YYYY-MM-DD), one per line.")
    )
    start_time = models.TimeField(_("starts at"), null=True, blank=True)
    end_time = models.TimeField(_("ends at"), null=True, blank=True)
    # Where.
    is_online = models.BooleanField(_("online"), default=False)
    region = models.CharField(_("region"), max_length=20, choices=Region.choices, blank=True)
    # The activity's own public contact (a role or an office, not a member's account).
    contact_name = models.CharField(_("contact name"), max_length=120, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact telephone"), max_length=40, blank=True)
    sectors = models.CharField(max_length=120, blank=True)
    # Review.
    status = models.CharField(max_length=15, choices=Status.choices, default=Status.DRAFT)
    review_note = models.TextField(blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="submitted_activities",
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    published_at = models.DateTimeField(null=True, blank=True)
    # Freshness: when an owner or an editor last said the details are right.
    last_checked = models.DateField(_("last checked"), default=timezone.localdate)
    reminder_sent_for = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ActivityQuerySet.as_manager()

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("activity")
        verbose_name_plural = _("activities")

    def __str__(self):
        return self.name

    # What it is.
    @property
    def how_to_join_labels(self):
        return choice_list(self.how_to_join, HowToJoin.choices)

    @property
    def sector_labels(self):
        return choice_list(self.sectors, Sector.choices)

    @property
    def language_list(self):
        return [name.strip() for name in self.languages.split(",") if name.strip()]

    @property
    def cost_text(self):
        if self.is_free:
            return str(_("Free"))
        if self.price is not None:
            return f"£{self.price:.2f}"
        return str(_("There is a charge"))

    @property
    def age_text(self):
        if self.minimum_age is not None and self.maximum_age is not None:
            return _("Ages %(low)s to %(high)s") % {
                "low": self.minimum_age,
                "high": self.maximum_age,
            }
        if self.minimum_age is not None:
            return _("Ages %(low)s and over") % {"low": self.minimum_age}
        if self.maximum_age is not None:
            return _("Up to age %(high)s") % {"high": self.maximum_age}
        return _("All ages")

    # When it happens.
    @property
    def date_list(self):
        found = []
        for line in self.dates.split():
            try:
                found.append(datetime.date.fromisoformat(line.strip()))
            except ValueError:
                continue
        return sorted(found)

    @property
    def rrule(self):
        """The recurrence as an iCalendar RRULE value ("" for fixed dates)."""
        if self.weekday is None:
            return ""
        if self.schedule == self.Schedule.WEEKLY:
            return f"FREQ=WEEKLY;BYDAY={RRULE_DAYS[self.weekday]}"
        if self.schedule == self.Schedule.MONTHLY and self.week_of_month:
            return f"FREQ=MONTHLY;BYDAY={self.week_of_month}{RRULE_DAYS[self.weekday]}"
        return ""

    @property
    def times_text(self):
        if self.start_time and self.end_time:
            return _("%(start)s to %(end)s") % {
                "start": time_format(self.start_time, "H:i"),
                "end": time_format(self.end_time, "H:i"),
            }
        if self.start_time:
            return _("from %(start)s") % {"start": time_format(self.start_time, "H:i")}
        return ""

    @property
    def schedule_text(self):
        """The schedule in words: "Every Tuesday, 10:00 to 12:00"."""
        times = self.times_text
        if self.schedule == self.Schedule.DATES:
            dates = [d for d in self.date_list if d >= timezone.localdate()]
            if not dates:
                return str(_("No dates to come"))
            text = ", ".join(date_format(d, "j F Y") for d in dates[:6])
            text = _("On %(dates)s") % {"dates": text}
        elif self.weekday is None:
            return str(_("Contact them for times"))
        elif self.schedule == self.Schedule.MONTHLY and self.week_of_month:
            text = _("On the %(nth)s %(day)s of each month") % {
                "nth": WeekOfMonth(self.week_of_month).label,
                "day": Weekday(self.weekday).label,
            }
        else:
            text = _("Every %(day)s") % {"day": Weekday(self.weekday).label}
        return f"{text}, {times}" if times else str(text)

    def next_occurrences(self, count=3, after=None):
        """The next `count` starts, as aware datetimes in the site's time zone: the
        wall-clock time stays the same across the clocks changing."""
        after = after or timezone.localtime()
        start = self.start_time or datetime.time(0)
        zone = timezone.get_current_timezone()
        if self.schedule == self.Schedule.DATES:
            days = self.date_list
        elif self.weekday is None or (
            self.schedule == self.Schedule.MONTHLY and not self.week_of_month
        ):
            return []
        else:
            weekday = WEEKDAYS[self.weekday]
            if self.schedule == self.Schedule.MONTHLY:
                weekday = weekday(self.week_of_month)
            frequency = MONTHLY if self.schedule == self.Schedule.MONTHLY else WEEKLY
            days = (
                moment.date()
                for moment in rrule(frequency, byweekday=weekday, dtstart=after.date())
            )
        found = []
        for day in days:
            moment = datetime.datetime.combine(day, start, tzinfo=zone)
            if moment > after:
                found.append(moment)
                if len(found) == count:
                    break
        return found

    def occurs_on(self, weekday):
        """Whether the activity happens on this day of the week (0 = Monday)."""
        if self.schedule == self.Schedule.DATES:
            return any(d.weekday() == weekday for d in self.date_list)
        return self.weekday == weekday

    # Freshness.
    @property
    def confirm_due(self):
        return self.last_checked + CONFIRM_EVERY

    @property
    def is_unconfirmed(self):
        """Not confirmed for six months: listed with a warning."""
        return timezone.localdate() >= self.confirm_due

    def may_edit(self, user):
        return user.is_authenticated and self.organisation.managers.filter(pk=user.pk).exists()


class Location(models.Model):
    """Where an in-person activity meets. Online activities have none."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="locations")
    name = models.CharField(_("place name"), max_length=200, blank=True)
    address = models.CharField(_("street address"), max_length=200)
    town = models.CharField(_("town or city"), max_length=100)
    postcode = models.CharField(_("postcode"), max_length=10)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(49.8), MaxValueValidator(60.9)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(-8.7), MaxValueValidator(1.8)],
    )

    class Meta:
        ordering = ["pk"]
        verbose_name = _("location")

    def __str__(self):
        return ", ".join(
            part for part in (self.name, self.address, self.town, self.postcode) if part
        )

    @property
    def district(self):
        return self.postcode.split()[0].upper() if self.postcode else ""
