"""Demo guidance for the demo command: five guides written from the community's
published aims and from sound practice in social prescribing."""

import datetime

from wagtail.rich_text import RichText

from home.demo.documents import demo_pdf_document
from home.demo.illustrations import illustrated

from . import demo_guidance_text as text
from .models import GuidanceIndexPage, GuidancePage, GuideDownload, GuideRelatedPage


def heading(text, level="h2"):
    return ("heading", {"text": text, "level": level})


def para(html):
    return ("paragraph", RichText(html))


def standard(number, title, statement, practice):
    return {
        "number": number,
        "title": title,
        "statement": statement,
        "in_practice": RichText(practice),
    }


# Review dates are counted from the day the demo is built, so they never drift: the
# flagship ethics standards are current, and one toolkit is past its review date so
# the editors' review report has something to show.
BUILT = datetime.date.today()
REVIEWED = BUILT - datetime.timedelta(days=60)
OVERDUE_GUIDE = "heritage-buddies-toolkit"

ETHICS = {
    "slug": "ethical-standards",
    "title": "Ethical standards for heritage social prescribing",
    "kind": "ethics-standard",
    "image": "museum-object",
    "version": "1.0",
    "first_published": datetime.date(2025, 3, 1),
    "last_reviewed": REVIEWED,
    "next_review_due": REVIEWED + datetime.timedelta(days=365),
    "owning_team": "Wellbeing and Inclusion",
    "topics": ["ethics", "safeguarding", "data protection"],
    "summary": "Seven standards that every heritage organisation offering activities through social prescribing should meet.",
    "body": [
        para(
            "<p>People who come to heritage activities through social prescribing are often going through a hard time. These standards set out what they can expect from any organisation in this community. Cite a standard by its number, for example <i>Standard 2</i>.</p>"
        ),
        heading("The standards"),
        (
            "ethics_standards",
            {
                "standards": [
                    standard(
                        1,
                        "Safeguarding",
                        "Every participant is kept safe from harm, and everyone involved knows how to raise a concern.",
                        "<ul><li>Name a safeguarding lead and make sure staff and volunteers know who it is.</li><li>Agree with the referring link worker what happens if you are worried about someone.</li><li>Keep safeguarding training up to date.</li></ul>",
                    ),
                    standard(
                        2,
                        "Informed consent",
                        "People choose freely to take part, knowing what the activity involves and what will happen to anything they share.",
                        "<ul><li>Explain the activity in plain language before the first session.</li><li>Ask separately before taking photographs, recordings or quotes.</li><li>Make it easy to stop at any time without giving a reason.</li></ul>",
                    ),
                    standard(
                        3,
                        "Accessibility and inclusion",
                        "Activities are designed so that people of any background, age or ability can take part.",
                        "<ul><li>Tell people in advance about steps, toilets, seating, quiet spaces and travel.</li><li>Offer information in large print, easy read or other formats on request.</li><li>Remove costs that would stop someone taking part.</li></ul>",
                    ),
                    standard(
                        4,
                        "Clear referral pathways",
                        "Everyone knows how people are referred in, what happens next, and how to refer back when needs go beyond the activity.",
                        "<ul><li>Agree a simple referral route with local link workers.</li><li>Respond to each referral within an agreed time.</li><li>Know where to signpost people whose needs you cannot meet.</li></ul>",
                    ),
                    standard(
                        5,
                        "Supported volunteers",
                        "Volunteers who lead or support activities are prepared, supervised and looked after.",
                        "<ul><li>Give every volunteer an induction and a named contact.</li><li>Offer regular chances to talk about difficult situations.</li><li>Never ask volunteers to do what a trained professional should do.</li></ul>",
                    ),
                    standard(
                        6,
                        "Data protection",
                        "Personal information is collected only when needed, kept securely and used only for the purpose people agreed to.",
                        "<ul><li>Collect the minimum information you need to run the activity safely.</li><li>Store referral details securely and delete them when no longer needed.</li><li>Tell people how to see or correct what you hold about them.</li></ul>",
                    ),
                    standard(
                        7,
                        "Honest evaluation",
                        "Organisations measure what difference they make in ways that respect participants' time and privacy.",
                        "<ul><li>Use short, validated measures rather than long questionnaires.</li><li>Explain why you are asking and what you will do with the answers.</li><li>Share what you learn, including what did not work.</li></ul>",
                    ),
                ]
            },
        ),
    ],
    "chapters": [
        {
            "slug": "using-the-standards",
            "title": "Using the standards",
            "summary": "How to check your own practice against the standards.",
            "body": text.USING_THE_STANDARDS,
        },
    ],
}


def toolkit(slug, title, pilot, place, summary, chapters, templates, image):
    return {
        "slug": slug,
        "title": title,
        "kind": "toolkit",
        "image": image,
        "version": "1.1",
        "first_published": datetime.date(2024, 2, 1),
        "last_reviewed": datetime.date(2026, 2, 1),
        "next_review_due": datetime.date(2027, 2, 1),
        "owning_team": "Wellbeing and Inclusion",
        "topics": ["toolkits", "pilot schemes", place.lower()],
        "summary": summary,
        "body": [
            para(
                f"<p>This toolkit shares what the {pilot} pilot learned between April and November 2023. It is not a set of rules: take what is useful and adapt it to the people and places you work with.</p>"
            ),
            heading("Who it is for"),
            para(
                "<p>Heritage organisations, voluntary and community groups and social prescribing teams thinking about a similar scheme.</p>"
            ),
        ],
        "chapters": chapters,
        "templates": templates,
    }


CONNECTORS = toolkit(
    "heritage-connectors-toolkit",
    "Heritage Connectors toolkit",
    "Heritage Connectors",
    "Frome",
    "How a social prescribing service can signpost people to local heritage wellbeing activities.",
    [
        {
            "slug": "the-model",
            "title": "The Community Connectors model",
            "body": text.CONNECTORS_MODEL,
        },
        {
            "slug": "mapping-local-heritage",
            "title": "Mapping local heritage activities",
            "body": text.CONNECTORS_MAPPING,
        },
        {
            "slug": "working-with-primary-care",
            "title": "Working with primary care",
            "body": text.CONNECTORS_PRIMARY_CARE,
        },
    ],
    [
        ("connectors-mapping-template", "Heritage activity mapping template"),
        ("connectors-referral-template", "Referral and signposting record template"),
    ],
    "church",
)

BUDDIES = toolkit(
    "heritage-buddies-toolkit",
    "Heritage Buddies toolkit",
    "Heritage Buddies",
    "Nottingham",
    "How buddies can befriend people and help them find heritage activities that work for them.",
    [
        {
            "slug": "what-buddies-do",
            "title": "What buddies do",
            "body": text.BUDDIES_WHAT,
        },
        {
            "slug": "recruiting-buddies",
            "title": "Recruiting and supporting buddies",
            "body": text.BUDDIES_RECRUITING,
        },
        {
            "slug": "embedding-in-vcfse",
            "title": "Embedding buddies in your organisation",
            "body": text.BUDDIES_EMBEDDING,
        },
    ],
    [
        ("buddies-induction-template", "Buddy induction checklist"),
        ("buddies-activity-log-template", "Activity and check-in log template"),
    ],
    "canal",
)

EVALUATION = {
    "slug": "evaluating-wellbeing-outcomes",
    "title": "Evaluating wellbeing outcomes",
    "kind": "evaluation-framework",
    "image": "archive",
    "status": "consultation",
    "version": "0.9",
    "first_published": datetime.date(2026, 6, 1),
    "last_reviewed": datetime.date(2026, 6, 1),
    "next_review_due": datetime.date(2026, 12, 10),
    "owning_team": "Research and Evaluation",
    "topics": ["evaluation", "wellbeing"],
    "summary": "A framework for measuring the wellbeing effects of heritage activities without burdening participants.",
    "body": [
        para(
            "<p>This framework is a draft for consultation. It suggests a small, shared set of measures so that projects across the community can compare results and build evidence together.</p>"
        ),
    ],
    "chapters": [
        {
            "slug": "choosing-measures",
            "title": "Choosing measures",
            "body": text.EVAL_MEASURES,
        },
        {
            "slug": "collecting-data",
            "title": "Collecting data kindly",
            "body": text.EVAL_COLLECTING,
        },
        {
            "slug": "sharing-results",
            "title": "Sharing results",
            "body": text.EVAL_SHARING,
        },
    ],
}

GETTING_STARTED = {
    "slug": "getting-started",
    "title": "Getting started with heritage social prescribing",
    "kind": "guidance",
    "image": "walled-garden",
    "version": "2.0",
    "first_published": datetime.date(2024, 9, 1),
    "last_reviewed": datetime.date(2026, 9, 1),
    "next_review_due": datetime.date(2027, 9, 1),
    "owning_team": "Wellbeing and Inclusion",
    "topics": ["getting started", "link workers", "safeguarding"],
    "summary": "A step-by-step introduction for heritage organisations new to social prescribing.",
    "body": [
        para(
            "<p>This guide walks through the first steps: understanding how social prescribing works, building links with health services, and designing an activity that welcomes people.</p>"
        ),
    ],
    "chapters": [
        {
            "slug": "understanding-social-prescribing",
            "title": "Understanding social prescribing",
            "body": text.GETTING_STARTED_UNDERSTANDING,
            "chapters": [
                {
                    "slug": "working-with-link-workers",
                    "title": "Working with link workers",
                    "body": text.GETTING_STARTED_LINK_WORKERS,
                    "chapters": [
                        {
                            "slug": "setting-up-a-referral-pathway",
                            "title": "Setting up a referral pathway",
                            "body": text.GETTING_STARTED_REFERRALS,
                        },
                    ],
                },
            ],
        },
        {
            "slug": "designing-your-activity",
            "title": "Designing your activity",
            "body": text.GETTING_STARTED_DESIGNING,
        },
        {
            "slug": "looking-after-people",
            "title": "Looking after people",
            "body": text.GETTING_STARTED_LOOKING_AFTER,
        },
    ],
}

GUIDES = [ETHICS, CONNECTORS, BUDDIES, EVALUATION, GETTING_STARTED]

# The partner sectors each guide concerns (home/sectors.py), as stored.
GUIDE_SECTORS = {
    "ethical-standards": "health",
    "heritage-connectors-toolkit": "health",
    "heritage-buddies-toolkit": "health,nature",
    "evaluating-wellbeing-outcomes": "health,physical-activity,arts-culture",
    "getting-started": "health,nature,physical-activity,arts-culture",
}


def load_guidance(home):
    """Create the Guidance section and its guides, leaving existing ones alone."""
    index = home.get_children().filter(slug="guidance").first()
    if index is None:
        index = home.add_child(
            instance=GuidanceIndexPage(
                title="Guidance and toolkits",
                slug="guidance",
                show_in_menus=True,
                **illustrated("stone-circle"),
                introduction="Guidance, ethics standards, toolkits and evaluation frameworks "
                "written by and for the community. Free for anyone to read, print "
                "and adapt.",
            )
        )
        index.save_revision().publish()
    index = index.specific
    guides = {}
    for spec in GUIDES:
        guides[spec["slug"]] = _load_guide(index, spec)
    _relate(guides["ethical-standards"], guides["getting-started"])
    _relate(guides["getting-started"], guides["ethical-standards"])
    _relate(guides["evaluating-wellbeing-outcomes"], guides["ethical-standards"])
    return index


def _load_guide(index, spec):
    guide = index.get_children().filter(slug=spec["slug"]).first()
    if guide is not None:
        return guide.specific
    guide = GuidancePage(
        title=spec["title"],
        slug=spec["slug"],
        summary=spec["summary"],
        body=spec["body"],
        kind=spec["kind"],
        status=spec.get("status", "adopted"),
        version=spec["version"],
        first_published=spec["first_published"],
        last_reviewed=spec["last_reviewed"],
        next_review_due=(
            BUILT - datetime.timedelta(days=30)
            if spec["slug"] == OVERDUE_GUIDE
            else spec["next_review_due"]
        ),
        owning_team=spec["owning_team"],
        sectors=GUIDE_SECTORS.get(spec["slug"], ""),
        **illustrated(spec["image"]),
    )
    guide.topics.add(*spec["topics"])
    for order, (key, title) in enumerate(spec.get("templates", [])):
        guide.downloads.add(
            GuideDownload(document=_template_document(key, title), sort_order=order)
        )
    index.add_child(instance=guide)
    guide.save_revision().publish()
    for chapter in spec.get("chapters", []):
        _load_chapter(guide, chapter)
    return guide


def _load_chapter(parent, spec):
    chapter = parent.add_child(
        instance=GuidancePage(
            title=spec["title"],
            slug=spec["slug"],
            summary=spec.get("summary", ""),
            body=spec["body"],
        )
    )
    chapter.save_revision().publish()
    for child in spec.get("chapters", []):
        _load_chapter(chapter, child)


def _template_document(key, title):
    return demo_pdf_document(
        key,
        title,
        [
            f"{title}, from the community's toolkit.",
            "Fill it in on screen or print it. Adapt the headings to suit your project.",
        ],
    )


def _relate(guide, other):
    if not guide.related_pages.filter(page=other).exists():
        GuideRelatedPage.objects.create(
            guide=guide, page=other, sort_order=guide.related_pages.count()
        )
