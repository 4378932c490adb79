"""Demo resources for the library, and a few member contributions at each stage
of review, so editors see a queue and members see how it works."""

import datetime

from django.contrib.auth import get_user_model

from home.demo.documents import demo_pdf_document
from home.demo.illustrations import ILLUSTRATIONS, illustrated
from home.demo.members_area import restrict_to_members

from . import contributions, uploaded_files
from .demo_resource_text import BODIES, CASE_STUDIES
from .models import Audience, GuidancePage, GuideRelatedPage, ResourceLibraryPage, ResourcePage

A = {
    "lw": "link-workers",
    "ho": "heritage-organisations",
    "vc": "vcse-organisations",
    "hc": "health-commissioners",
    "re": "researchers",
    "vo": "volunteers",
}

# (slug, title, type, topics, audiences, region, organisation, year, licence, source, summary)
# source: "pdf" (a generated file), "link" (an example.org address) or a demo document key.
RESOURCES = [
    (
        "heritage-connectors-evaluation",
        "Heritage Connectors: evaluation report",
        "evaluation-report",
        ["evaluation", "pilot schemes"],
        ["hc", "re"],
        "south-west",
        "Wavehill Ltd",
        2024,
        "ogl",
        "connectors-report",
        "The independent evaluation of the Heritage Connectors pilot in Frome: what worked, for whom, and what it cost.",
    ),
    (
        "heritage-buddies-evaluation",
        "Heritage Buddies: evaluation report",
        "evaluation-report",
        ["evaluation", "pilot schemes"],
        ["hc", "re"],
        "east-midlands",
        "Wavehill Ltd",
        2024,
        "ogl",
        "buddies-report",
        "The independent evaluation of the Heritage Buddies befriending pilot in Nottingham.",
    ),
    (
        "heritage-connectors-resource-pack",
        "Heritage Connectors resource pack",
        "template-form",
        ["pilot schemes", "signposting"],
        ["lw", "ho"],
        "south-west",
        "Health Connections Mendip",
        2024,
        "cc-by-4",
        "connectors-pack",
        "Templates and examples from the Heritage Connectors pilot, ready to adapt.",
    ),
    (
        "heritage-buddies-resource-pack",
        "Heritage Buddies resource pack",
        "template-form",
        ["pilot schemes", "volunteering"],
        ["vc", "vo"],
        "east-midlands",
        "Nottingham CVS",
        2024,
        "cc-by-4",
        "buddies-pack",
        "Templates and examples from the Heritage Buddies pilot, ready to adapt.",
    ),
    (
        "case-study-memory-cafe",
        "Case study: a memory café in a county archive",
        "case-study",
        ["dementia", "archives"],
        ["ho", "lw"],
        "north-west",
        "County Archives",
        2025,
        "cc-by-4",
        "pdf",
        "How a county archive ran a monthly memory café with local link workers.",
    ),
    (
        "case-study-dig-day",
        "Case study: community dig days for people recovering from illness",
        "case-study",
        ["archaeology", "mental health"],
        ["ho", "vo"],
        "yorkshire",
        "Dales Archaeology Group",
        2025,
        "cc-by-4",
        "pdf",
        "Gentle, outdoor archaeology sessions for people referred by their GP practice.",
    ),
    (
        "case-study-oral-history",
        "Case study: an oral history project with older men",
        "case-study",
        ["oral history", "loneliness"],
        ["vc", "lw"],
        "wales",
        "Valleys Voluntary Action",
        2025,
        "cc-by-4",
        "pdf",
        "Recording the memories of former miners eased isolation and built a local archive.",
    ),
    (
        "case-study-museum-handling",
        "Case study: museum object handling on a hospital ward",
        "case-study",
        ["museums", "dementia"],
        ["ho", "hc"],
        "london",
        "City Museum",
        2024,
        "all-rights-reserved",
        "pdf",
        "Handling sessions with museum objects for older patients on a hospital ward.",
    ),
    (
        "research-heritage-wellbeing-review",
        "Heritage and wellbeing: a review of the evidence",
        "research-paper",
        ["evidence", "wellbeing"],
        ["re", "hc"],
        "uk-wide",
        "University School of Health",
        2023,
        "cc-by-4",
        "link",
        "A review of published studies on how taking part in heritage affects wellbeing.",
    ),
    (
        "research-loneliness-places",
        "Places and loneliness: what local heritage offers",
        "research-paper",
        ["loneliness", "evidence"],
        ["re"],
        "scotland",
        "Institute of Place Studies",
        2024,
        "cc-by-4",
        "pdf",
        "A study of how attachment to local places relates to feelings of loneliness.",
    ),
    (
        "toolkit-welcoming-referrals",
        "Welcoming people referred by link workers",
        "guide-toolkit",
        ["link workers", "getting started"],
        ["ho", "vo"],
        "uk-wide",
        "Community of Practice",
        2025,
        "cc-by-4",
        "pdf",
        "A short guide for front-of-house staff and volunteers on welcoming referred participants.",
    ),
    (
        "toolkit-volunteer-induction",
        "Volunteer induction toolkit for heritage wellbeing sessions",
        "guide-toolkit",
        ["volunteering", "safeguarding"],
        ["vo", "vc"],
        "east",
        "Neighbours Together",
        2025,
        "cc-by-4",
        "pdf",
        "Everything a new volunteer needs before their first session.",
    ),
    (
        "template-referral-form",
        "Referral form template",
        "template-form",
        ["referral pathways", "link workers"],
        ["lw", "ho"],
        "uk-wide",
        "Community of Practice",
        2025,
        "cc-by-4",
        "pdf",
        "A one-page referral form to agree with your local link workers.",
    ),
    (
        "template-consent-form",
        "Consent form for photographs and stories",
        "template-form",
        ["consent", "data protection"],
        ["ho", "vc"],
        "uk-wide",
        "Community of Practice",
        2025,
        "cc-by-4",
        "pdf",
        "Separate consent for photographs, recordings and quotes, in plain language.",
    ),
    (
        "presentation-quarterly-meeting",
        "Slides: what we learned from the pilots",
        "presentation",
        ["pilot schemes", "evaluation"],
        ["ho", "hc", "re"],
        "uk-wide",
        "Community of Practice",
        2024,
        "cc-by-4",
        "pdf",
        "Slides from a quarterly meeting presenting the findings of both pilot schemes.",
    ),
    (
        "presentation-green-and-heritage",
        "Slides: green and heritage social prescribing together",
        "presentation",
        ["green social prescribing", "partnerships"],
        ["lw", "hc"],
        "south-east",
        "Downs Partnership",
        2025,
        "cc-by-4",
        "pdf",
        "How nature and heritage organisations can offer joint activities.",
    ),
    (
        "video-walk-and-talk",
        "Video: a heritage walk-and-talk group",
        "video-audio",
        ["walking", "loneliness"],
        ["vo", "lw"],
        "north-east",
        "Coast and Castles Trust",
        2025,
        "all-rights-reserved",
        "link",
        "A short film following a weekly walk through a historic town centre.",
    ),
    (
        "podcast-archives-and-wellbeing",
        "Podcast: archives and wellbeing",
        "video-audio",
        ["archives", "mental health"],
        ["ho", "re"],
        "west-midlands",
        "City Archives",
        2024,
        "cc-by-4",
        "link",
        "Archivists and participants talk about what working with old documents means to them.",
    ),
    (
        "tool-activity-finder",
        "Local heritage activity finder",
        "website-tool",
        ["signposting", "link workers"],
        ["lw"],
        "uk-wide",
        "Community of Practice",
        2025,
        "other",
        "link",
        "An online map of heritage wellbeing activities that link workers can search.",
    ),
    (
        "tool-wellbeing-measures",
        "Choosing a wellbeing measure: an interactive guide",
        "website-tool",
        ["evaluation", "wellbeing"],
        ["re", "ho"],
        "uk-wide",
        "Research and Evaluation Network",
        2024,
        "cc-by-4",
        "link",
        "Answer a few questions to find a short, validated measure that suits your project.",
    ),
    (
        "policy-safeguarding-example",
        "Example safeguarding policy for heritage wellbeing projects",
        "policy",
        ["safeguarding"],
        ["ho", "vc"],
        "uk-wide",
        "Community of Practice",
        2025,
        "cc-by-4",
        "pdf",
        "A model policy to adapt, covering adults at risk, concerns and record keeping.",
    ),
    (
        "policy-data-protection-example",
        "Example privacy notice for participants",
        "policy",
        ["data protection", "consent"],
        ["ho", "vc"],
        "uk-wide",
        "Community of Practice",
        2025,
        "cc-by-4",
        "pdf",
        "A plain-language privacy notice for people taking part in activities.",
    ),
    (
        "other-funding-guide",
        "Where to find funding for heritage wellbeing work",
        "other",
        ["funding", "getting started"],
        ["ho", "vc"],
        "northern-ireland",
        "Heritage Funding Forum",
        2025,
        "cc-by-4",
        "link",
        "Funders who support heritage and wellbeing projects, and tips on applying.",
    ),
    (
        "other-commissioning-briefing",
        "Briefing for health commissioners",
        "other",
        ["commissioning", "evidence"],
        ["hc"],
        "london",
        "Community of Practice",
        2025,
        "ogl",
        "pdf",
        "Why heritage belongs in local social prescribing offers: a two-page briefing.",
    ),
    (
        "case-study-young-carers",
        "Case study: young carers and a historic house",
        "case-study",
        ["young people", "built heritage"],
        ["vc", "ho"],
        "south-east",
        "Historic House Trust",
        2025,
        "cc-by-4",
        "pdf",
        "Monthly sessions gave young carers time for themselves in a historic setting.",
    ),
]

CASE_STUDY_DETAILS = {
    "place": "A market town and the villages around it",
    "partners": "The local Primary Care Network, a volunteer centre and the heritage organisation",
    "activity": "Weekly two-hour sessions over twelve weeks, with tea and time to talk",
    "participants": "Twelve to fifteen adults each term, most referred by link workers",
    "outcomes": "Participants reported feeling less alone and more confident; several went on to volunteer.",
    "lessons_learned": "Start small, keep the same faces leading each week, and agree the referral route before the first session.",
}

# Each with a different credit, so editors see every choice a member can make.
SUBMISSIONS = [
    (
        "Reminiscence boxes: how we made ours",
        "A member's guide to building reminiscence boxes from local collections.",
        "in_review",
        "name",
    ),
    (
        "Our first year of heritage social prescribing",
        "What a small museum learned in its first year of taking referrals.",
        "in_review",
        "organisation",
    ),
    ("Quick survey template", "A survey we used after sessions.", "rejected", "community"),
]
REJECTION_COMMENT = (
    "Thank you! Please remove the participants' names from page 2 and say which "
    "wellbeing measure the survey uses, then send it again."
)

# Shared with members only: its page and its file.
MEMBERS_ONLY_RESOURCE = (
    "pilot-partners-contact-sheet",
    "Pilot partners' contact sheet",
    "template-form",
    ["pilot schemes", "partnerships"],
    ["lw", "ho"],
    "uk-wide",
    "Heritage and Social Prescribing Community of Practice",
    2025,
    "all-rights-reserved",
    "pdf",
    "Who to contact at each pilot partner, for members planning a scheme of their own.",
)


# The partner sectors each resource concerns (home/sectors.py), as stored; the
# members-only contact sheet among them, so a member sees it listed and others do not.
RESOURCE_SECTORS = {
    "heritage-connectors-evaluation": "health",
    "heritage-buddies-evaluation": "health,nature",
    "case-study-memory-cafe": "health,arts-culture",
    "case-study-dig-day": "health,nature,physical-activity",
    "case-study-oral-history": "arts-culture",
    "case-study-museum-handling": "health,arts-culture",
    "toolkit-welcoming-referrals": "health",
    "template-referral-form": "health",
    "presentation-green-and-heritage": "nature,health",
    "video-walk-and-talk": "physical-activity,nature",
    "podcast-archives-and-wellbeing": "arts-culture,health",
    "tool-wellbeing-measures": "health",
    "other-commissioning-briefing": "health",
    "case-study-young-carers": "arts-culture",
    "pilot-partners-contact-sheet": "health",
}


def load_library(home, pilot_documents):
    library = ResourceLibraryPage.objects.child_of(home).first()
    if library is None:
        library = home.add_child(
            instance=ResourceLibraryPage(
                title="Resource library",
                slug="resources",
                show_in_menus=True,
                **illustrated("archive"),
                introduction="Case studies, evaluation reports, research, templates and tools "
                "shared by the community. Search, filter and download them freely.",
            )
        )
        library.save_revision().publish()
    audiences = {audience.slug: audience for audience in Audience.objects.all()}
    existing = set(library.get_children().values_list("slug", flat=True))
    for number, spec in enumerate(RESOURCES):
        if spec[0] not in existing:
            _load_resource(library, spec, number, audiences, pilot_documents)
    if MEMBERS_ONLY_RESOURCE[0] not in existing:
        _load_resource(library, MEMBERS_ONLY_RESOURCE, len(RESOURCES), audiences, pilot_documents)
    _load_submissions(library, audiences)
    _relate_guides_to_resources(library)
    return library


# Each guide's resource to read alongside it (shown on every chapter of the guide).
GUIDE_RESOURCES = {
    "ethical-standards": "policy-safeguarding-example",
    "heritage-connectors-toolkit": "heritage-connectors-evaluation",
    "heritage-buddies-toolkit": "heritage-buddies-evaluation",
    "evaluating-wellbeing-outcomes": "tool-wellbeing-measures",
}


def _relate_guides_to_resources(library):
    resources = {page.slug: page for page in ResourcePage.objects.child_of(library)}
    for guide in GuidancePage.objects.filter(
        slug__in=GUIDE_RESOURCES, locale_id=library.locale_id, depth=library.depth + 1
    ):
        resource = resources.get(GUIDE_RESOURCES[guide.slug])
        if resource is not None and not guide.related_pages.filter(page=resource).exists():
            GuideRelatedPage.objects.create(
                guide=guide, page=resource, sort_order=guide.related_pages.count()
            )


def _load_resource(library, spec, number, audiences, pilot_documents):
    (
        slug,
        title,
        kind,
        topics,
        audience_keys,
        region,
        organisation,
        year,
        licence,
        source,
        summary,
    ) = spec
    page = ResourcePage(
        title=title,
        slug=slug,
        summary=summary,
        resource_type=kind,
        region=region,
        organisation=organisation,
        licence=licence,
        publication_date=datetime.date(year, 1 + number % 12, 1),
        sectors=RESOURCE_SECTORS.get(slug, ""),
        body=BODIES.get(
            slug,
            f"<p>{summary} Shared in the community's library so others can learn from it.</p>",
        ),
        # Each resource one of the illustrations in turn, so the listing shows them all.
        **illustrated(list(ILLUSTRATIONS)[number % len(ILLUSTRATIONS)]),
    )
    if source == "link":
        page.external_url = f"https://example.org/resources/{slug}"
    elif source == "pdf":
        page.document = demo_pdf_document(slug, title, [summary])
    else:
        page.document = pilot_documents[source]
    if kind == "case-study":
        for field, value in CASE_STUDIES.get(slug, CASE_STUDY_DETAILS).items():
            setattr(page, field, value)
    page.topics.add(*topics)
    page.audiences = [audiences[A[key]] for key in audience_keys]
    library.add_child(instance=page)
    page.save_revision().publish()
    if spec is MEMBERS_ONLY_RESOURCE:
        # Restricted once published, so its Welsh copy follows; its file is kept
        # with the members' files.
        restrict_to_members(page)
        page.document.collection = uploaded_files.collection(uploaded_files.MEMBERS_ONLY)
        page.document.save(update_fields=["collection"])
    # Some downloads already, so "most downloaded" has something to sort.
    ResourcePage.objects.filter(pk=page.pk).update(download_count=(number * 37) % 90)


def _load_submissions(library, audiences):
    """Contributions by the demo member: two waiting for review, one sent back."""
    member = get_user_model().objects.filter(email="member@example.org").first()
    if member is None or ResourcePage.objects.filter(owner=member).exists():
        return
    editor = get_user_model().objects.filter(email="editor@example.org").first()
    for title, summary, outcome, credit in SUBMISSIONS:
        page, _ = contributions.submit(
            library,
            member,
            {
                "title": title,
                "summary": summary,
                "resource_type": "guide-toolkit",
                "region": "south-west",
                "licence": "cc-by-4",
                "external_url": "https://example.org/member-resource",
                "topics": ["reminiscence"],
                "audiences": [audiences["heritage-organisations"]],
                "file": None,
                "credit_as": credit,
            },
        )
        if outcome == "rejected" and editor is not None:
            task_state = page.current_workflow_state.current_task_state
            task_state.task.specific.on_action(
                task_state, editor, "reject", comment=REJECTION_COMMENT
            )
