"""What the demo library says about its resources beyond the one-line summary:
a few paragraphs a practitioner can act on, and each case study's own details.
No real people are named; places are described, not identified."""

BODIES = {
    "heritage-connectors-evaluation": (
        "<p>The evaluation followed the Heritage Connectors pilot in Frome from April to "
        "November 2023. It looks at how the Community Connectors signposting model brought "
        "heritage into a social prescribing service hosted by a Primary Care Network, what "
        "helped people take part, and what got in the way.</p>"
        "<p>Read it for the practical lessons: why an up-to-date map of local heritage "
        "activity matters, how small volunteer-run groups can be supported to welcome "
        "newcomers, and what to agree with link workers before the first referral.</p>"
    ),
    "heritage-buddies-evaluation": (
        "<p>The evaluation followed the Heritage Buddies pilot run by Nottingham Community "
        "and Voluntary Service. It describes how volunteer buddies befriended people and "
        "went with them to heritage activities, and what participants, buddies and partners "
        "said about the experience.</p>"
        "<p>Useful for any voluntary or community organisation thinking of adding heritage "
        "to befriending or volunteering work, and for commissioners weighing the cost of "
        "supported, rather than simple, signposting.</p>"
    ),
    "toolkit-welcoming-referrals": (
        "<p>A short guide for front-of-house staff and volunteers. It covers the first five "
        "minutes of a referred person's visit: being expected, being greeted by name, "
        "knowing where the toilets and quiet spaces are, and having someone to sit "
        "with.</p><p>Includes a one-page checklist to pin up behind the desk.</p>"
    ),
    "toolkit-volunteer-induction": (
        "<p>Everything a new volunteer needs before their first session: the ethical "
        "standards in brief, safeguarding and who to tell, confidentiality, what to do in "
        "an emergency and how expenses are paid.</p><p>Adapt the headings to your own "
        "policies; the checklist format lets volunteer and coordinator sign off each "
        "part.</p>"
    ),
    "template-referral-form": (
        "<p>A one-page form to agree with your local link workers. It asks only what you "
        "need to welcome someone safely: how to contact them, any access or communication "
        "needs, and whether they would like someone to meet them.</p><p>It deliberately "
        "leaves out diagnoses and medical history: if a link worker thinks you need to "
        "know something, the form has space for them to say so with the person's "
        "agreement.</p>"
    ),
    "template-consent-form": (
        "<p>Separate, plain-language consent for photographs, recordings and quotes, so "
        "that agreeing to take part never means agreeing to be photographed. Each use has "
        "its own tick box, and the form explains how to change your mind later.</p>"
    ),
    "policy-safeguarding-example": (
        "<p>A model safeguarding policy for heritage organisations working with adults who "
        "may be at risk. It covers the safeguarding lead's role, recognising and recording "
        "concerns, when to share information and with whom, and what volunteers should "
        "never promise.</p><p>Adapt it with your local safeguarding adults board's "
        "procedures and contact numbers, and review it every year.</p>"
    ),
    "tool-wellbeing-measures": (
        "<p>Answer a few questions about your project (its length, your participants, how "
        "you meet them) and the tool suggests a short, validated measure that suits, with "
        "notes on how to ask it kindly and how to compare your results.</p>"
    ),
    "other-commissioning-briefing": (
        "<p>A two-page briefing for people who plan and fund local social prescribing. It "
        "sets out how heritage supports wellbeing, what the two national pilots tested, "
        "and what a heritage organisation needs in order to take referrals well.</p>"
    ),
}

CASE_STUDIES = {
    "case-study-memory-cafe": {
        "place": "A county record office in a market town",
        "partners": "The record office, two Primary Care Networks and a dementia charity",
        "activity": "A monthly memory café with old maps, photographs and local "
        "newspapers, and time to talk over tea",
        "participants": "People living with memory loss and the family members who care "
        "for them, most referred by link workers",
        "outcomes": "Carers said it was the one outing they looked forward to together; "
        "several regulars began bringing their own photographs to add to the collection.",
        "lessons_learned": "Keep the same room, day and faces each month, and have "
        "material that invites talk rather than tests memory.",
    },
    "case-study-dig-day": {
        "place": "A community excavation on the edge of a village",
        "partners": "A local archaeology society, the GP practice and a walking group",
        "activity": "Gentle outdoor sessions sieving, washing and sorting finds, with "
        "seating and shelter on site",
        "participants": "Adults referred for low mood or to be more active, working at "
        "their own pace",
        "outcomes": "People reported feeling calmer and more sociable; some joined the "
        "society and now volunteer on its open days.",
        "lessons_learned": "Plan for weather and toilets first, and give every task a "
        "sitting-down version.",
    },
    "case-study-oral-history": {
        "place": "A former mining community",
        "partners": "A local museum, a community centre and a volunteer centre",
        "activity": "Recording the memories of former miners and their families, and "
        "training participants to interview one another",
        "participants": "Older men, many living alone, referred by link workers and "
        "through word of mouth",
        "outcomes": "Participants met regularly long after the recording ended; the "
        "recordings are now part of the museum's archive.",
        "lessons_learned": "Agree consent and how recordings will be used before the "
        "first interview, and give people copies of their own recordings.",
    },
    "case-study-museum-handling": {
        "place": "Older people's wards in a general hospital",
        "partners": "A city museum service and the hospital's therapy team",
        "activity": "Bedside and day-room sessions handling everyday objects from the "
        "museum's collection",
        "participants": "Older patients on long stays, with the agreement of ward staff",
        "outcomes": "Staff noticed patients talking more and more readily during and after "
        "sessions.",
        "lessons_learned": "Work through the therapy team, follow the hospital's infection "
        "control rules, and keep sessions short.",
    },
    "case-study-young-carers": {
        "place": "A historic house and its grounds",
        "partners": "The historic house, a young carers' service and a school",
        "activity": "Monthly sessions exploring the house and garden, with art, games and "
        "a shared meal",
        "participants": "Young carers aged eleven to sixteen, referred by the carers' service",
        "outcomes": "Young people described the sessions as time that was theirs alone; "
        "some went on to volunteer at the house's events.",
        "lessons_learned": "Arrange transport, keep sessions free, and plan them around "
        "school terms and caring routines.",
    },
}
