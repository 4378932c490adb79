"""The demo's activities directory: four organisations managed by the demo member,
twelve published activities across England's regions and Wales (two with Welsh
text), one of them online, and one more waiting for an editor's review. The
organisations and places are made up; the coordinates are those of the towns."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from .models import Activity, Location, Organisation

ORGANISATIONS = [
    {
        "name": "Northern Mills Heritage Trust",
        "description": "A volunteer-led trust caring for the records, buildings and stories of the textile mills and shipyards of northern England.",
        "website": "https://mills-heritage.example.org",
        "email": "hello@mills-heritage.example.org",
        "phone": "0113 496 0000",
        "registered_number": "1100001",
    },
    {
        "name": "Thames Riverside Museum Partnership",
        "description": "Three small museums along the Thames working together on wellbeing programmes with local GP practices and social prescribing link workers.",
        "website": "https://thames-museums.example.org",
        "email": "wellbeing@thames-museums.example.org",
        "phone": "020 7946 0000",
        "registered_number": "1100002",
    },
    {
        "name": "Severn Valley Gardens and Archives",
        "description": "A partnership of a historic walled garden, a record office and a harbour museum in the west of England.",
        "website": "https://severn-heritage.example.org",
        "email": "join@severn-heritage.example.org",
        "phone": "01743 496000",
        "registered_number": "08100003",
    },
    {
        "name": "Treftadaeth Gymunedol Cymru / Community Heritage Wales",
        "description": "Rydym yn helpu pobl i fwynhau treftadaeth eu cymunedau. We help people enjoy the heritage of their communities, in Welsh and English.",
        "website": "https://treftadaeth.example.org",
        "email": "croeso@treftadaeth.example.org",
        "phone": "029 2018 0000",
        "registered_number": "1100004",
    },
]


def _place(name, address, town, postcode, latitude, longitude):
    return {
        "name": name,
        "address": address,
        "town": town,
        "postcode": postcode,
        "latitude": latitude,
        "longitude": longitude,
    }


ACTIVITIES = [
    {
        "organisation": 0,
        "name": "Mill archive volunteers",
        "description": "Help sort, list and photograph the letters, pattern books and wage ledgers of a Halifax mill. Tea, training and good company; no experience needed.",
        "activity_type": "volunteering",
        "eligibility": "Adults who would like a regular, calm activity with a small group.",
        "minimum_age": 18,
        "accessibility": "Ground-floor room with step-free access and an accessible toilet. Large-print guides.",
        "how_to_join": "self,link-worker",
        "joining_details": "Ring or e-mail to arrange a first visit; a volunteer will meet you at the door.",
        "schedule": "weekly",
        "weekday": 1,
        "start_time": datetime.time(10),
        "end_time": datetime.time(12),
        "region": "yorkshire",
        "sectors": "health",
        "contact_name": "Volunteer coordinator",
        "place": _place(
            "Dean Clough archive room",
            "Dean Clough Mills",
            "Halifax",
            "HX3 5AX",
            "53.72810",
            "-1.86480",
        ),
    },
    {
        "organisation": 0,
        "name": "Canal heritage walk",
        "description": "A gentle two-mile guided walk along the Leeds and Liverpool Canal, stopping at locks, warehouses and wharves to hear the stories of the people who worked there.",
        "activity_type": "walks",
        "eligibility": "Anyone who can walk two miles on level towpaths at an easy pace.",
        "accessibility": "Level, surfaced towpath with benches. Not suitable for mobility scooters at one bridge.",
        "how_to_join": "self",
        "joining_details": "Meet at the Granary Wharf sign; no need to book.",
        "schedule": "monthly",
        "weekday": 5,
        "week_of_month": 1,
        "start_time": datetime.time(10, 30),
        "end_time": datetime.time(12, 30),
        "region": "yorkshire",
        "sectors": "nature,physical-activity",
        "contact_name": "Walks leader",
        "place": _place("Granary Wharf", "Canal Wharf", "Leeds", "LS1 4BR", "53.79380", "-1.54920"),
    },
    {
        "organisation": 0,
        "name": "Wool and weaving circle",
        "description": "Learn to card, spin and weave on small looms using techniques from Saltaire's mills, while sharing memories of the textile trade.",
        "activity_type": "crafts",
        "eligibility": "Adults; particularly welcoming to people living with dementia and their carers.",
        "minimum_age": 16,
        "accessibility": "Step-free via the side entrance. Materials provided.",
        "is_free": False,
        "price": "3.00",
        "cost_details": "Free for carers",
        "how_to_join": "self,booking",
        "joining_details": "Places are limited to ten: book by phone.",
        "schedule": "weekly",
        "weekday": 3,
        "start_time": datetime.time(13, 30),
        "end_time": datetime.time(15, 30),
        "region": "yorkshire",
        "sectors": "arts-culture,health",
        "contact_name": "Learning officer",
        "place": _place(
            "Victoria Hall", "Victoria Road", "Saltaire", "BD18 3LA", "53.83720", "-1.79090"
        ),
    },
    {
        "organisation": 0,
        "name": "Tyneside shipyard stories",
        "description": "A friendly reminiscence group sharing photographs, objects and memories of the Tyne's shipyards and the communities around them.",
        "activity_type": "reminiscence",
        "eligibility": "Older people and anyone with a connection to the shipyards.",
        "minimum_age": 50,
        "accessibility": "Lift to the first floor; hearing loop in the room.",
        "how_to_join": "self,link-worker",
        "schedule": "weekly",
        "weekday": 0,
        "start_time": datetime.time(14),
        "end_time": datetime.time(15, 30),
        "region": "north-east",
        "sectors": "health",
        "contact_name": "Group host",
        "place": _place(
            "Quayside community room",
            "Quayside",
            "Newcastle upon Tyne",
            "NE1 3JE",
            "54.96950",
            "-1.60480",
        ),
    },
    {
        "organisation": 1,
        "name": "Memory boxes at the maritime museum",
        "description": "Handle objects from the museum's collections, from ship's biscuits to sextants, and talk about them over a cup of tea in a quiet gallery before opening time.",
        "activity_type": "museum",
        "eligibility": "People who feel isolated or low, referred by a link worker or coming on their own.",
        "accessibility": "Step-free throughout; seating provided; quiet room available.",
        "how_to_join": "self,link-worker,booking",
        "joining_details": "Book a place by e-mail or ask your link worker to refer you.",
        "schedule": "weekly",
        "weekday": 2,
        "start_time": datetime.time(14),
        "end_time": datetime.time(15, 30),
        "region": "london",
        "sectors": "health,arts-culture",
        "contact_name": "Wellbeing programme team",
        "place": _place(
            "Riverside gallery", "Park Row", "London", "SE10 9NF", "51.48160", "-0.00510"
        ),
    },
    {
        "organisation": 1,
        "name": "Foreshore archaeology taster days",
        "description": "Search the Thames foreshore at low tide with an archaeologist, record what you find and learn what it tells us about the river's past.",
        "activity_type": "archaeology",
        "eligibility": "Adults who can manage steep river stairs and uneven, muddy ground.",
        "minimum_age": 16,
        "accessibility": "Not step-free: the foreshore is reached by river stairs.",
        "how_to_join": "booking",
        "joining_details": "Book each date; boots and gloves are lent.",
        "schedule": "dates",
        "start_time": datetime.time(9, 30),
        "end_time": datetime.time(12, 30),
        "region": "london",
        "sectors": "nature,physical-activity",
        "contact_name": "Foreshore team",
        "days_ahead": (21, 49, 77),
        "place": _place(
            "Queenhithe stairs", "Queenhithe", "London", "EC4V 3DX", "51.51000", "-0.09500"
        ),
    },
    {
        "organisation": 1,
        "name": "Online family history club",
        "description": "Start tracing your family's story with free online records, with help from volunteers and a friendly weekly video call.",
        "activity_type": "archives",
        "eligibility": "Anyone with an internet connection; help with getting online is offered.",
        "accessibility": "Captions on calls; guides in large print on request.",
        "how_to_join": "self,link-worker",
        "joining_details": "E-mail to receive the joining link.",
        "schedule": "weekly",
        "weekday": 0,
        "start_time": datetime.time(18, 30),
        "end_time": datetime.time(20),
        "is_online": True,
        "region": "",
        "sectors": "health",
        "contact_name": "Family history volunteers",
    },
    {
        "organisation": 2,
        "name": "Walled garden volunteers",
        "description": "Grow heritage varieties of fruit and vegetables in an eighteenth-century walled garden, at your own pace, with gardeners who know its history.",
        "activity_type": "gardening",
        "eligibility": "Adults; no gardening experience needed.",
        "minimum_age": 18,
        "accessibility": "Gravel paths; raised beds for people who cannot kneel; accessible toilet.",
        "how_to_join": "self,link-worker",
        "schedule": "weekly",
        "weekday": 4,
        "start_time": datetime.time(10),
        "end_time": datetime.time(13),
        "region": "west-midlands",
        "sectors": "nature,physical-activity,health",
        "contact_name": "Head gardener",
        "place": _place(
            "The walled garden", "Abbey Foregate", "Shrewsbury", "SY2 6BH", "52.70660", "-2.74440"
        ),
    },
    {
        "organisation": 2,
        "name": "Record office drop-in",
        "description": "Bring a question about your house, street or family and explore maps, photographs and parish records with an archivist.",
        "activity_type": "archives",
        "eligibility": "Anyone.",
        "accessibility": "Step-free; magnifiers and a reading room with adjustable lighting.",
        "is_free": False,
        "price": "2.00",
        "how_to_join": "self",
        "schedule": "monthly",
        "weekday": 2,
        "week_of_month": 2,
        "start_time": datetime.time(10),
        "end_time": datetime.time(15),
        "region": "south-west",
        "sectors": "arts-culture",
        "contact_name": "Searchroom staff",
        "place": _place(
            "Record office searchroom", "Guildhall", "Bath", "BA1 5AW", "51.38150", "-2.35870"
        ),
    },
    {
        "organisation": 2,
        "name": "Harbour heritage walk",
        "description": "An hour's walk around Bristol's historic harbour with a guide, looking at cranes, ships and warehouses and the working lives behind them.",
        "activity_type": "walks",
        "eligibility": "Anyone who can walk for an hour on level ground.",
        "accessibility": "Level, step-free route with benches along the way.",
        "how_to_join": "self",
        "schedule": "weekly",
        "weekday": 6,
        "start_time": datetime.time(11),
        "end_time": datetime.time(12),
        "region": "south-west",
        "sectors": "physical-activity",
        "contact_name": "Walks desk",
        "place": _place(
            "Harbourside cranes", "Wapping Road", "Bristol", "BS1 4RN", "51.44780", "-2.59830"
        ),
    },
    {
        "organisation": 3,
        "name": "Teithiau treftadaeth Caerdydd / Cardiff heritage walks",
        "description": "Taith gerdded hamddenol o amgylch hanes dociau Caerdydd, yn Gymraeg ac yn Saesneg. A gentle walk around the history of Cardiff's docks, in Welsh and English.",
        "activity_type": "walks",
        "eligibility": "Pawb / Everyone.",
        "accessibility": "Llwybr gwastad / A level route, step-free.",
        "languages": "Cymraeg, English",
        "how_to_join": "self,link-worker",
        "schedule": "weekly",
        "weekday": 2,
        "start_time": datetime.time(10, 30),
        "end_time": datetime.time(12),
        "region": "wales",
        "sectors": "physical-activity,nature",
        "contact_name": "Arweinydd teithiau / Walks leader",
        "place": _place("Pierhead", "Harbour Drive", "Cardiff", "CF10 4PZ", "51.46370", "-3.16310"),
    },
    {
        "organisation": 3,
        "name": "Clwb atgofion yr amgueddfa / Museum memories club",
        "description": "Sgwrsio am wrthrychau a lluniau o gasgliad yr amgueddfa dros baned. Chat about objects and photographs from the museum's collection over a cuppa.",
        "activity_type": "reminiscence",
        "eligibility": "Pobl hŷn a'u gofalwyr / Older people and their carers.",
        "minimum_age": 55,
        "accessibility": "Mynediad heb risiau / Step-free access; hearing loop.",
        "languages": "Cymraeg, English",
        "how_to_join": "self,link-worker",
        "schedule": "monthly",
        "weekday": 3,
        "week_of_month": -1,
        "start_time": datetime.time(14),
        "end_time": datetime.time(15, 30),
        "region": "wales",
        "sectors": "health,arts-culture",
        "contact_name": "Swyddog lles / Wellbeing officer",
        "place": _place(
            "Amgueddfa'r glannau / Waterfront museum",
            "Oystermouth Road",
            "Swansea",
            "SA1 3RD",
            "51.61680",
            "-3.93970",
        ),
    },
]

WAITING = {
    "organisation": 2,
    "name": "Potsherds and clay workshop",
    "description": "Handle pottery fragments found in local digs, then make your own pot to take home.",
    "activity_type": "crafts",
    "how_to_join": "booking",
    "schedule": "monthly",
    "weekday": 5,
    "week_of_month": 3,
    "start_time": datetime.time(10),
    "end_time": datetime.time(12),
    "region": "west-midlands",
    "sectors": "arts-culture",
    "contact_name": "Workshop leader",
    "status": Activity.Status.SUBMITTED,
    "place": _place(
        "Pottery workshop", "Bethesda Street", "Stoke-on-Trent", "ST1 3DW", "53.02170", "-2.17540"
    ),
}


def load_activities(site):
    manager = get_user_model().objects.filter(email="member@example.org").first()
    organisations = []
    for spec in ORGANISATIONS:
        organisation, _created = Organisation.objects.get_or_create(
            name=spec["name"], defaults=spec
        )
        if manager:
            organisation.managers.add(manager)
        organisations.append(organisation)
    today = timezone.localdate()
    for spec in [*ACTIVITIES, WAITING]:
        spec = dict(spec)
        organisation = organisations[spec.pop("organisation")]
        place = spec.pop("place", None)
        days_ahead = spec.pop("days_ahead", ())
        if Activity.objects.filter(organisation=organisation, name=spec["name"]).exists():
            continue
        spec.setdefault("status", Activity.Status.PUBLISHED)
        if days_ahead:
            spec["dates"] = "\n".join(
                (today + datetime.timedelta(days=days)).isoformat() for days in days_ahead
            )
        activity = Activity.objects.create(
            organisation=organisation,
            submitted_by=manager,
            published_at=timezone.now() if spec["status"] == Activity.Status.PUBLISHED else None,
            contact_email=organisation.email,
            contact_phone=organisation.phone,
            **spec,
        )
        if place:
            Location.objects.create(activity=activity, **place)
