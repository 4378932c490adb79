"""More of everything, for measuring the site at a larger size.

`add_scale_data()` adds resources to the library, guides with many chapters to the
guidance section and events to the events section of an existing demo site, with
topics, audiences and body text, as live English pages in the search index. Used
by the benchmark's scale mode (10,000 resources and 1,000 chapters) and by the
query-budget tests (ten times the demo's listings). Pages it adds have slugs
starting with "scale-"; running it again adds only what is missing.

Resources and chapters are written in bulk (tree paths worked out here, rows
inserted in batches, then indexed for search in batches): adding them one by one
through Wagtail takes about 0.15 s a page, over 25 minutes for 11,000. They get no
revisions and no Welsh stand-ins, which no public page needs.
"""

import datetime
import random
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from taggit.models import Tag
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from events.models import EventIndexPage, EventPage, EventType
from home import content_version
from home.translation_sync import default_language_code
from resources.models import (
    Audience,
    GuidanceIndexPage,
    GuidancePage,
    ResourceLibraryPage,
    ResourcePage,
    ResourceType,
)
from resources.models.guidance import GuideTopic
from resources.models.library import ResourceTopic

BATCH = 500

PREFIX = "scale-"
WORDS = (
    "heritage wellbeing museum archive library garden walk volunteer community "
    "connector prescriber loneliness confidence craft memory history landscape "
    "collection workshop outreach partnership evaluation outcome referral health "
    "nature creativity learning dementia young older carers place story"
).split()
TOPICS = [f"{a} {b}" for a in WORDS[:8] for b in ("practice", "research", "stories")]
CHAPTERS_PER_GUIDE = 100  # ten sections of ten pages: the print view's worst case


def _text(rng, words):
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def _body(rng, paragraphs=3):
    return "".join(f"<p>{_text(rng, 60)}</p>" for _ in range(paragraphs))


def _english(model):
    return model.objects.filter(locale__language_code=default_language_code(), alias_of=None)


def _count(parent):
    return Page.objects.child_of(parent).filter(slug__startswith=PREFIX).count()


def bulk_add(parent, pages):
    """Insert `pages` (unsaved, of one specific type) as the last live children of
    `parent`, in a few queries; returns them saved."""
    parent = Page.objects.get(pk=parent.pk)  # fresh numchild
    page_type = type(pages[0])
    content_type = ContentType.objects.get_for_model(page_type)
    now = timezone.now()
    for number, page in enumerate(pages, start=parent.numchild + 1):
        page.path = Page._get_path(parent.path, parent.depth + 1, number)
        page.depth = parent.depth + 1
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.content_type = content_type
        page.locale_id = parent.locale_id
        page.live = True
        page.draft_title = page.title
        page.first_published_at = page.last_published_at = now
        page.translation_key = uuid.uuid4()
    base_fields = [field.attname for field in Page._meta.concrete_fields if field.attname != "id"]
    rows = Page.objects.bulk_create(
        [Page(**{name: getattr(page, name) for name in base_fields}) for page in pages]
    )
    for page, row in zip(pages, rows, strict=True):
        page.id = page.page_ptr_id = row.pk
        page.save_base(raw=True, force_insert=True)
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + len(pages))
    return pages


def _tag(through, pages, rng, tags, per_page):
    through.objects.bulk_create(
        [
            through(content_object_id=page.pk, tag=tag)
            for page in pages
            for tag in rng.sample(tags, per_page)
        ]
    )


def _index(model, pages):
    backend = get_search_backend()
    backend.add_bulk(model, list(model.objects.filter(pk__in=[page.pk for page in pages])))


def _topics():
    return [
        Tag.objects.get_or_create(name=name, defaults={"slug": slugify(name)})[0] for name in TOPICS
    ]


def add_resources(count, rng, report=print):
    library = _english(ResourceLibraryPage).first()
    audiences = list(Audience.objects.all())
    topics = _topics()
    types = [choice for choice, _label in ResourceType.choices]
    start = _count(library)
    for batch_start in range(start, count, BATCH):
        pages = []
        for number in range(batch_start, min(count, batch_start + BATCH)):
            title = f"{_text(rng, 4)[:-1]} {number}"
            pages.append(
                ResourcePage(
                    title=title,
                    slug=f"{PREFIX}{number}-{slugify(title)[:40]}",
                    summary=_text(rng, 30),
                    resource_type=types[number % len(types)],
                    organisation=f"{rng.choice(WORDS).capitalize()} Trust",
                    publication_date=datetime.date(2015 + number % 10, 1 + number % 12, 1),
                    body=_body(rng),
                    external_url=f"https://example.org/scale/{number}",
                )
            )
        with transaction.atomic():
            bulk_add(library, pages)
            _tag(ResourceTopic, pages, rng, topics, 3)
            through = ResourcePage.audiences.through
            through.objects.bulk_create(
                [
                    through(resourcepage_id=page.pk, audience_id=audience.pk)
                    for page in pages
                    for audience in rng.sample(audiences, min(2, len(audiences)))
                ]
            )
            _index(ResourcePage, pages)
        report(f"  {batch_start + len(pages)} resources")


def _guide_page(rng, title, slug, paragraphs, **fields):
    return GuidancePage(
        title=title, slug=slug, body=[("paragraph", _body(rng, paragraphs))], **fields
    )


def add_chapters(count, rng, report=print, per_guide=CHAPTERS_PER_GUIDE):
    """count chapters in guides of per_guide pages: sections of ten pages."""
    index = _english(GuidanceIndexPage).first()
    topics = _topics()
    guides = -(-count // per_guide)
    for number in range(_count(index), guides):
        with transaction.atomic():
            title = f"Scale guide {number}"
            (guide,) = bulk_add(
                index,
                [_guide_page(rng, title, f"{PREFIX}guide-{number}", 2, summary=_text(rng, 25))],
            )
            _tag(GuideTopic, [guide], rng, topics, 2)
            sections = bulk_add(
                guide,
                [
                    _guide_page(rng, f"Section {n}", f"section-{n}", 2)
                    for n in range(max(per_guide // 10, 1))
                ],
            )
            added = [guide, *sections]
            for n, section in enumerate(sections):
                added += bulk_add(
                    section,
                    [_guide_page(rng, f"Chapter {n}.{m}", f"chapter-{m}", 3) for m in range(9)],
                )
            _index(GuidancePage, added)
        report(f"  {(number + 1) * per_guide} chapters")


def add_events(count, rng, report=print):
    """count events, alternately upcoming and past."""
    index = _english(EventIndexPage).first()
    now = timezone.now()
    pages = []
    for number in range(_count(index), count):
        start = now + datetime.timedelta(days=(1 if number % 2 else -1) * (3 + number * 2))
        pages.append(
            EventPage(
                title=f"Scale workshop {number}",
                slug=f"{PREFIX}event-{number}",
                event_type=EventType.WORKSHOP,
                start=start,
                end=start + datetime.timedelta(hours=2),
                summary=_text(rng, 25),
                capacity=30,
            )
        )
    if pages:
        with transaction.atomic():
            bulk_add(index, pages)
            _index(EventPage, pages)
        report(f"  {len(pages)} events")


def add_scale_data(
    resources=0, chapters=0, events=0, per_guide=CHAPTERS_PER_GUIDE, seed=14, report=print
):
    rng = random.Random(seed)
    if resources:
        add_resources(resources, rng, report)
    if chapters:
        add_chapters(chapters, rng, report, per_guide)
    if events:
        add_events(events, rng, report)
    content_version.bump()  # rows written in bulk send no signals
