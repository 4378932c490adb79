"""Demo events: past quarterly meetings with minutes, and what is coming up."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from home.demo.illustrations import illustrated
from resources.models import ResourcePage

from .models import EventIndexPage, EventMaterial, EventPage, EventType, Registration
from .scheduling import meeting_title

# The events' pictures, in turn.
EVENT_ILLUSTRATIONS = ["church", "archive", "canal", "stone-circle", "craft-workshop"]


def _at(days, hour, minute=0):
    base = timezone.localtime() + datetime.timedelta(days=days)
    return base.replace(hour=hour, minute=minute, second=0, microsecond=0)


AGENDA = [
    (
        "item",
        {
            "time": datetime.time(10, 0),
            "title": "Welcome and introductions",
            "speaker": "The organisers",
            "description": "",
        },
    ),
    (
        "item",
        {
            "time": datetime.time(10, 20),
            "title": "Project spotlight",
            "speaker": "A member organisation",
            "description": "Ten minutes on a current project, then questions.",
        },
    ),
    (
        "item",
        {
            "time": datetime.time(11, 0),
            "title": "Break-out discussions",
            "speaker": "",
            "description": "Small groups on evaluation, referral pathways and volunteering.",
        },
    ),
    (
        "item",
        {
            "time": datetime.time(11, 45),
            "title": "Next steps and close",
            "speaker": "",
            "description": "",
        },
    ),
]


def events_spec():
    return [
        {
            "slug": "quarterly-meeting-spring",
            "event_type": "quarterly-meeting",
            "start": _at(-161, 10),
            "hours": 2,
            "format": "online",
            "joining_link": "https://meet.example.org/cop-spring",
            "summary": "Members shared early findings from the pilot schemes.",
            "minutes": "<p>Twenty-eight members attended. The two pilot teams presented their findings and members discussed how to adapt the toolkits locally.</p>",
            "actions": "<ul><li>Organisers to circulate the pilot toolkits.</li><li>Members to suggest case studies for the library.</li></ul>",
            "materials": [
                ("Slides: what we learned from the pilots", "presentation-quarterly-meeting")
            ],
        },
        {
            "slug": "quarterly-meeting-summer",
            "event_type": "quarterly-meeting",
            "start": _at(-70, 10),
            "hours": 2,
            "format": "hybrid",
            "venue_name": "Town Museum learning room",
            "venue_address": "1 High Street\nExampletown",
            "joining_link": "https://meet.example.org/cop-summer",
            "summary": "A hybrid meeting on evaluation and the draft wellbeing framework.",
            "minutes": "<p>Members reviewed the draft evaluation framework and agreed to test it over the autumn.</p>",
            "actions": "<ul><li>Three members to pilot the framework and report back.</li></ul>",
        },
        {
            "slug": "quarterly-meeting-winter",
            "event_type": "quarterly-meeting",
            "start": _at(21, 10),
            "hours": 2,
            "format": "hybrid",
            "venue_name": "City Archives conference room",
            "venue_address": "Archive Lane\nExample City",
            "access_information": "Step-free entrance from the car park. Hearing loop in the room. Quiet room available.",
            "joining_link": "https://meet.example.org/cop-winter",
            "capacity": 40,
            "summary": "Our quarterly get-together: project spotlights, the ethics standards and plans for next year.",
            "agenda": AGENDA,
            "speakers": "The organisers\nA member organisation",
        },
        {
            "slug": "workshop-referral-pathways",
            "title": "Workshop: setting up referral pathways",
            "event_type": "workshop",
            "start": _at(35, 13, 30),
            "hours": 3,
            "format": "in-person",
            "venue_name": "Community Hall",
            "venue_address": "Church Road\nExampletown",
            "capacity": 12,
            "summary": "A hands-on afternoon with link workers on building a referral route that works.",
            "sectors": "health",
        },
        {
            "slug": "webinar-evaluation",
            "title": "Webinar: measuring wellbeing simply",
            "event_type": "webinar",
            "start": _at(10, 12, 30),
            "hours": 1,
            "format": "online",
            "joining_link": "https://meet.example.org/webinar-evaluation",
            "who_may_register": "anyone",
            "summary": "A short introduction to light-touch wellbeing measures. Open to anyone with an account.",
            "sectors": "health,arts-culture",
        },
        {
            "slug": "site-visit-historic-mill",
            "title": "Site visit: the historic mill project",
            "event_type": "site-visit",
            "start": _at(50, 11),
            "hours": 3,
            "format": "in-person",
            "venue_name": "Old Mill",
            "venue_address": "Mill Lane\nRiverside",
            "status": "cancelled",
            "summary": "A visit to a volunteer-run mill restoration. Cancelled because of flood repairs.",
            "sectors": "nature",
        },
        {
            "slug": "partner-event-green-and-heritage",
            "title": "Partner event: green and heritage prescribing",
            "event_type": "partner-event",
            "start": _at(-60, 14),
            "hours": 2,
            "format": "online",
            "summary": "A joint session with nature organisations.",
            "sectors": "nature,health",
        },
        {
            "slug": "partner-event-heritage-walks",
            "title": "Partner event: heritage walks with walking-for-health leaders",
            "event_type": "partner-event",
            "start": _at(28, 10, 30),
            "hours": 3,
            "format": "in-person",
            "venue_name": "Canal visitor centre",
            "venue_address": "Towpath Road\nExampletown",
            "access_information": "The walk is 2 miles on a level towpath; a shorter loop of half a mile returns to the centre. Accessible toilets at the start.",
            "capacity": 20,
            "summary": "Walk leaders and heritage volunteers plan a history walk together, then try it out along the canal.",
            "sectors": "physical-activity,nature",
        },
        {
            "slug": "partner-event-creative-health",
            "title": "Partner event: museums, crafts and creative health",
            "event_type": "partner-event",
            "start": _at(42, 12, 30),
            "hours": 1,
            "format": "online",
            "joining_link": "https://meet.example.org/creative-health",
            "who_may_register": "anyone",
            "summary": "Arts and museum partners share how they welcome people referred by link workers, and what heritage groups can borrow.",
            "sectors": "arts-culture,health",
        },
    ]


def load_events(home):
    index = EventIndexPage.objects.child_of(home).first()
    if index is None:
        index = home.add_child(
            instance=EventIndexPage(
                title="Events",
                slug="events",
                show_in_menus=True,
                **illustrated("group-walk"),
                introduction="The community meets every quarter, and members run workshops, "
                "webinars and visits in between. Everyone can see what is on; "
                "members register for a place.",
            )
        )
        index.save_revision().publish()
    existing = set(index.get_children().values_list("slug", flat=True))
    for number, spec in enumerate(events_spec()):
        if spec["slug"] in existing:
            continue
        quarterly = spec["event_type"] == EventType.QUARTERLY_MEETING
        event = EventPage(
            # A quarterly meeting is named by its month, as the scheduler names them.
            title=meeting_title(spec["start"]) if quarterly else spec["title"],
            slug=spec["slug"],
            event_type=spec["event_type"],
            start=spec["start"],
            end=spec["start"] + datetime.timedelta(hours=spec["hours"]),
            format=spec["format"],
            venue_name=spec.get("venue_name", ""),
            venue_address=spec.get("venue_address", ""),
            access_information=spec.get("access_information", ""),
            joining_link=spec.get("joining_link", ""),
            capacity=spec.get("capacity"),
            who_may_register=spec.get("who_may_register", "members"),
            status=spec.get("status", "scheduled"),
            summary=spec["summary"],
            minutes=spec.get("minutes", ""),
            actions_agreed=spec.get("actions", ""),
            agenda=spec.get("agenda", []),
            speakers=spec.get("speakers", ""),
            sectors=spec.get("sectors", ""),
            registration_closes=spec["start"],
            **illustrated(EVENT_ILLUSTRATIONS[number % len(EVENT_ILLUSTRATIONS)]),
        )
        for title, resource_slug in spec.get("materials", []):
            event.materials.add(
                EventMaterial(
                    title=title, resource=ResourcePage.objects.filter(slug=resource_slug).first()
                )
            )
        index.add_child(instance=event)
        event.save_revision().publish()
    _register_demo_member(index)
    return index


def _register_demo_member(index):
    member = get_user_model().objects.filter(email="member@example.org").first()
    meeting = EventPage.objects.child_of(index).filter(slug="quarterly-meeting-winter").first()
    if member is not None and meeting is not None:
        Registration.objects.get_or_create(
            event=meeting, user=member, defaults={"status": Registration.Status.CONFIRMED}
        )
