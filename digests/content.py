"""What goes into one member's digest: everything new for them since the period
began, in their language, and only what they may see."""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Case, IntegerField, Q, Value, When
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Locale, TaskState

from collaboration.models import Call
from events.models import EventPage, EventStatus
from home.privacy import visible_to
from members.models import Profile
from resources.models import GuidancePage, ResourcePage

# Enough to read in one sitting; the rest is a click away.
MOST_PER_SECTION = 10
UPCOMING_EVENTS = 5


@dataclass
class Digest:
    user: object
    since: datetime.datetime
    until: datetime.datetime
    guidance: list = field(default_factory=list)
    resources: list = field(default_factory=list)
    events: list = field(default_factory=list)
    calls: list = field(default_factory=list)
    members: list = field(default_factory=list)

    @property
    def new_items(self):
        """What is new. Upcoming events are listed for context but are not news on
        their own, so a period with only those sends nothing."""
        return len(self.guidance) + len(self.resources) + len(self.calls) + len(self.members)

    @property
    def is_empty(self):
        return self.new_items == 0


def reader_request(user):
    """A request standing for `user`, for the one privacy rule (home/privacy.py)."""
    request = HttpRequest()
    request.user = user
    request.session = {}
    return request


def member_locale(user):
    return Locale.objects.filter(language_code=user.email_language).first() or Locale.get_default()


def change_note(page):
    """What changed in a revised guide: the note left on its published revision
    when it went through the approval workflow, if any."""
    if not page.live_revision_id:
        return ""
    state = (
        TaskState.objects.filter(revision_id=page.live_revision_id)
        .exclude(comment="")
        .order_by("-finished_at", "-pk")
        .first()
    )
    return state.comment if state else ""


def build_digest(user, since, until=None):
    until = until or timezone.now()
    digest = Digest(user=user, since=since, until=until)
    profile = Profile.objects.filter(user=user).prefetch_related("interests").first()
    request = reader_request(user)
    locale = member_locale(user)
    window = Q(first_published_at__gte=since, first_published_at__lt=until)
    with translation.override(user.email_language):
        guides = visible_to(
            request,
            GuidancePage.objects.live()
            .filter(locale=locale)
            .filter(window | Q(last_published_at__gte=since, last_published_at__lt=until)),
        ).order_by("-last_published_at")[:MOST_PER_SECTION]
        for page in guides:
            revised = not (since <= (page.first_published_at or since) < until)
            digest.guidance.append(
                {
                    "title": page.title,
                    "url": page.full_url,
                    "revised": revised,
                    "change_note": change_note(page) if revised else "",
                }
            )

        interests = list(profile.interests.values_list("name", flat=True)) if profile else []
        resources = (
            visible_to(request, ResourcePage.objects.live().filter(locale=locale).filter(window))
            .annotate(
                matches=Case(
                    When(topics__name__in=interests, then=Value(1)),
                    default=Value(0),
                    output_field=IntegerField(),
                )
            )
            .order_by("-matches", "-first_published_at")
        )
        seen = set()
        for page in resources:
            if page.pk in seen:  # one row per matching topic
                continue
            seen.add(page.pk)
            digest.resources.append(
                {"title": page.title, "url": page.full_url, "for_you": bool(page.matches)}
            )
            if len(digest.resources) == MOST_PER_SECTION:
                break

        events = visible_to(
            request,
            EventPage.objects.live()
            .filter(locale=locale, start__gt=until)
            .exclude(status=EventStatus.CANCELLED)
            .order_by("start"),
        )
        for event in events[: UPCOMING_EVENTS * 3]:
            if event.registration_state(until) != "open" or event.places_left == 0:
                continue
            digest.events.append(
                {
                    "title": event.title,
                    "url": event.full_url,
                    "start": timezone.localtime(event.start),
                    "places_left": event.places_left,
                }
            )
            if len(digest.events) == UPCOMING_EVENTS:
                break

        site_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        calls = Call.objects.open().filter(approved_at__gte=since, approved_at__lt=until)
        digest.calls = [
            {
                "title": call.topic,
                "url": site_url + reverse("collaboration:detail", args=[call.pk]),
                "deadline": call.deadline,
            }
            for call in calls.order_by("-approved_at")[:MOST_PER_SECTION]
        ]

        if profile is not None and profile.status == Profile.Status.APPROVED:
            newcomers = (
                Profile.objects.filter(
                    status=Profile.Status.APPROVED,
                    listed_in_directory=True,
                    region=profile.region,
                    decided_at__gte=since,
                    decided_at__lt=until,
                )
                .exclude(user=user)
                .select_related("user")
                .order_by("-decided_at")
            )
            digest.members = [
                {
                    "name": other.full_name,
                    "organisation": other.organisation,
                    "url": site_url + reverse("members:profile", args=[other.pk]),
                }
                for other in newcomers[:MOST_PER_SECTION]
            ]
    return digest
