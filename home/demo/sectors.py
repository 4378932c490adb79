"""The demo's partner sectors section, under About: an index and one page per
sector, each introduced in the community's own words. What each page lists
comes from the guides, resources, events, activities and calls tagged with the
sector (see each app's demo)."""

from home.sector_pages import SectorIndexPage, SectorPage

from .illustrations import illustrated
from .pages import heading, para

INDEX = {
    "slug": "partner-sectors",
    "title": "Partner sectors",
    "image": "stone-circle",
    "introduction": (
        "Heritage rarely works alone. These pages gather what the community does with "
        "health, nature, physical activity, and arts and culture."
    ),
    "body": [
        para(
            "<p>One of the community's objectives is to build partnerships and exchange "
            "knowledge with other sectors. People referred through social prescribing do "
            "not think in sectors: a walk along a canal towpath can be exercise, time in "
            "nature and a lesson in local history all at once. The organisations that "
            "support them do better when they plan such things together.</p>"
        ),
        para(
            "<p>Each page below explains what heritage and that sector can do together for "
            "people's wellbeing, then lists the guidance, resources, events, activities "
            "and research calls in this site that concern it. Editors and members tag "
            "what they publish, so the lists grow as the community does.</p>"
        ),
    ],
}

SECTORS = [
    {
        "slug": "health",
        "sector": "health",
        "title": "Health and care",
        "image": "church",
        "introduction": (
            "Most people reach heritage activities through the health service: a GP "
            "practice, a link worker, a mental health team. Working well with them is the "
            "heart of heritage social prescribing."
        ),
        "body": [
            heading("Why it matters"),
            para(
                "<p>Link workers, sometimes called social prescribers, are usually employed "
                "by a GP practice or a Primary Care Network. They spend time with people "
                "whose needs medicine alone cannot meet, such as loneliness, low mood, "
                "bereavement or a long-term condition, and help them find something in "
                "their community that makes a difference. A heritage group can be that "
                "something, but only if the link worker knows it exists and trusts it.</p>"
            ),
            heading("What works"),
            para(
                "<ul>"
                "<li><b>Meet the link workers.</b> A short visit to a practice team meeting, "
                "or an invitation to see a session, does more than any leaflet.</li>"
                "<li><b>Make referral simple.</b> Agree how a referral arrives, who replies "
                "and how quickly, and how you let the link worker know the person came.</li>"
                "<li><b>Describe the activity plainly.</b> What happens, who it suits, what "
                "it costs, how to get there and what the building is like.</li>"
                "<li><b>Look after people.</b> Follow the community's ethical standards and "
                "know what to do if you are worried about someone.</li>"
                "</ul>"
            ),
            heading("From the pilots"),
            para(
                "<p>The Heritage Connectors pilot in Frome showed a social prescribing "
                "service hosted by a Primary Care Network offering heritage as one of its "
                "options for the first time. Its toolkit and evaluation, listed below, are a "
                "good place to start a conversation with your local practices.</p>"
            ),
        ],
    },
    {
        "slug": "nature",
        "sector": "nature",
        "title": "Nature and green spaces",
        "image": "canal",
        "introduction": (
            "Historic parks, gardens, canals and landscapes are heritage and green space at "
            "once. Green social prescribing and heritage can share routes, volunteers and "
            "ways of working."
        ),
        "body": [
            heading("Heritage is often outdoors"),
            para(
                "<p>A walled kitchen garden, a Victorian park, a canal and its towpath, a "
                "hillfort or a stone circle: many of the places the community cares for are "
                "also where people go to feel better outdoors. Time in green and blue spaces "
                "is good for mood and for the body, and knowing the story of a place adds "
                "belonging and pride to the fresh air.</p>"
            ),
            heading("Working with nature organisations"),
            para(
                "<p>Wildlife trusts, canal and river charities, park friends groups and "
                "community gardens already run green social prescribing. Heritage "
                "organisations can join in rather than start again: restoring a historic "
                "garden with a conservation volunteering group, adding the history of a "
                "nature reserve to a guided walk, or sharing a volunteer induction.</p>"
            ),
            para(
                "<p>The Heritage Buddies pilot in Nottingham borrowed its model from Natural "
                "England's Nature Buddies scheme, in which trained volunteers go along with "
                "people until they feel confident to carry on alone. It is one example of "
                "how much the two sectors can learn from each other.</p>"
            ),
            heading("Things to plan for"),
            para(
                "<p>Weather, paths and distance decide whether someone comes back. Say how "
                "long a route is, what the ground is like, where the toilets and shelter are "
                "and what to wear, and offer a shorter option.</p>"
            ),
        ],
    },
    {
        "slug": "physical-activity",
        "sector": "physical-activity",
        "title": "Physical activity",
        "image": "group-walk",
        "introduction": (
            "Heritage walks, digs and conservation days get people moving without "
            "calling it exercise. Partnerships with walking and activity programmes can "
            "reach people who would never join a gym."
        ),
        "body": [
            heading("Moving with a purpose"),
            para(
                "<p>Many people referred by a link worker have been told to be more active "
                "and find it hard to start. A history walk through their own town, a day "
                "sieving soil on an excavation or clearing a churchyard gives a reason to "
                "go that has nothing to do with fitness, and company on the way. People "
                "often walk further than they meant to because they want to see what comes "
                "next.</p>"
            ),
            heading("Partners to look for"),
            para(
                "<ul>"
                "<li>Local walking-for-health schemes, which train walk leaders and already "
                "have insurance and routes graded by difficulty.</li>"
                "<li>Physiotherapy and rehabilitation teams looking for gentle activity "
                "that people will keep up after their course ends.</li>"
                "<li>Council active travel and leisure teams, who may fund signs, maps and "
                "guided walks.</li>"
                "</ul>"
            ),
            heading("Keeping it welcoming"),
            para(
                "<p>Grade routes honestly, walk at the pace of the slowest person, and build "
                "in stops where someone tells a story about the place. Seated sessions "
                "indoors, handling objects or looking at old maps of the same route, keep "
                "people involved on days they cannot walk.</p>"
            ),
        ],
    },
    {
        "slug": "arts-and-culture",
        "sector": "arts-culture",
        "title": "Arts and culture",
        "image": "craft-workshop",
        "introduction": (
            "Museums, archives, libraries, crafts and creative arts share heritage's "
            "stories and objects. Together they offer some of the richest activities on a "
            "link worker's list."
        ),
        "body": [
            heading("Objects, stories and making"),
            para(
                "<p>Handling a museum object, finding a grandparent in a parish register or "
                "learning a traditional craft connects people with others and with the "
                "past. Museum sessions on hospital wards, reminiscence groups in archives "
                "and craft workshops in historic buildings are among the heritage "
                "activities people most often describe as having changed how they feel.</p>"
            ),
            heading("Creative health"),
            para(
                "<p>Arts organisations have built up a large body of practice and evidence "
                "in what is often called creative health. Heritage organisations can learn "
                "from how arts projects work with referred participants, train their "
                "facilitators and measure wellbeing, and arts partners gain places, "
                "collections and stories to work with.</p>"
            ),
            heading("Ideas to try"),
            para(
                "<ul>"
                "<li>A memory café in the archive searchroom, with a local artist drawing "
                "out the stories people bring.</li>"
                "<li>Oral history recording led by people who were once referred "
                "themselves.</li>"
                "<li>Traditional crafts, such as weaving, pottery or letter cutting, taught "
                "in the building that once housed them.</li>"
                "</ul>"
            ),
        ],
    },
]


def load_partner_sectors(about):
    """The partner sectors section under About, and its four pages. Idempotent:
    an existing page is left as editors left it."""
    index = about.get_children().filter(slug=INDEX["slug"]).first()
    if index is None:
        index = about.add_child(
            instance=SectorIndexPage(
                title=INDEX["title"],
                slug=INDEX["slug"],
                introduction=INDEX["introduction"],
                body=INDEX["body"],
                **illustrated(INDEX["image"]),
            )
        )
        index.save_revision().publish()
    existing = set(index.get_children().values_list("slug", flat=True))
    for spec in SECTORS:
        if spec["slug"] in existing:
            continue
        page = index.add_child(
            instance=SectorPage(
                title=spec["title"],
                slug=spec["slug"],
                sector=spec["sector"],
                introduction=spec["introduction"],
                body=spec["body"],
                **illustrated(spec["image"]),
            )
        )
        page.save_revision().publish()
    return index
