"""Library search and site search at scale: adds resources (10,000 by default, with
tags, audiences and body text) to the demo site in a scratch database, then times
searches through the whole Django stack and prints p50/p95 per request and the
queries each makes. Figures to read, not a test.

    DATABASE_URL=postgres://user:pass@host:port/scratch \\
        .venv/bin/python bench/search_at_scale.py [--resources 10000] [--runs 40]

The database is migrated and given the demo site first; use a throwaway one.
(The general benchmark, `make bench`, has its own scale data; this small generator
only serves this measurement.)"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cop_site.settings.dev")
os.environ.setdefault("DEBUG", "false")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, reset_queries, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402
from taggit.models import Tag  # noqa: E402
from wagtail.models import Locale, Page  # noqa: E402
from wagtail.search.backends import get_search_backend  # noqa: E402

from resources.models import (  # noqa: E402
    Audience,
    ResourceLibraryPage,
    ResourcePage,
    ResourceTopic,
    ResourceType,
)

WORDS = (
    "heritage wellbeing loneliness museum archive garden canal church walk volunteers "
    "memory dementia craft history community referral link worker evaluation outcomes "
    "safeguarding consent access nature landscape stories people place"
).split()
TOPICS = ["dementia", "loneliness", "walking", "archives", "museums", "gardens", "crafts"]
SEARCHES = [
    ("/resources/", {}),
    ("/resources/", {"q": "wellbeing"}),
    ("/resources/", {"q": "wellbeing", "type": "case-study"}),
    ("/resources/", {"q": "heritage walk", "topic": "dementia"}),
    ("/resources/", {"q": "lonely"}),
    ("/search/", {"q": "wellbeing"}),
    ("/search/", {"q": "wellbeing", "type": "resource"}),
    ("/search/", {"q": "ethic"}),
]


def add_resources(how_many):
    """Page rows in bulk (paths computed), then each resource's own row, tags and
    audiences, then the search index in chunks."""
    library = ResourceLibraryPage.objects.get(locale=Locale.get_default())
    content_type = ResourcePage().content_type  # set by Page.__init__ for the class
    rng = random.Random(14)
    start = library.get_children().count() + 1
    audiences = list(Audience.objects.all())
    tags = {
        name: Tag.objects.get_or_create(name=name, defaults={"slug": name})[0] for name in TOPICS
    }
    now = timezone.now()
    with transaction.atomic():
        pages = []
        for number in range(start, start + how_many):
            words = rng.choices(WORDS, k=60)
            page = ResourcePage(
                title=f"{rng.choice(WORDS).title()} {rng.choice(WORDS)} resource {number}",
                slug=f"scale-resource-{number}",
                summary=" ".join(words[:25]).capitalize() + ".",
                body="<p>" + " ".join(words) + ".</p>",
                resource_type=rng.choice(ResourceType.values),
                region="uk-wide",
                publication_date=now.date(),
                live=True,
                first_published_at=now,
                last_published_at=now,
                locale_id=library.locale_id,
                content_type=content_type,
                depth=library.depth + 1,
                path=library._get_path(library.path, library.depth + 1, number),
                url_path=f"{library.url_path}scale-resource-{number}/",
                draft_title="",
            )
            page.draft_title = page.title
            pages.append(page)
        created = Page.objects.bulk_create([Page(**_page_fields(p)) for p in pages])
        for base, page in zip(created, pages, strict=True):
            page.page_ptr_id = page.pk = base.pk
            page.save_base(raw=True)  # only the resource's own row; no indexing yet
        Page.objects.filter(pk=library.pk).update(numchild=start - 1 + how_many)
        ResourceTopic.objects.bulk_create(
            ResourceTopic(content_object_id=page.pk, tag=tags[rng.choice(TOPICS)]) for page in pages
        )
        through = ResourcePage.audiences.through
        through.objects.bulk_create(
            through(resourcepage_id=page.pk, audience=rng.choice(audiences)) for page in pages
        )
    backend = get_search_backend()
    ids = [page.pk for page in pages]
    for chunk in range(0, len(ids), 500):
        batch = ResourcePage.objects.filter(pk__in=ids[chunk : chunk + 500]).prefetch_related(
            "topics", "audiences"
        )
        backend.add_bulk(ResourcePage, list(batch))


def _page_fields(page):
    return {field.attname: getattr(page, field.attname) for field in Page._meta.concrete_fields}


def measure(runs):
    client = Client(HTTP_HOST="localhost")
    print(f"{'request':58} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8} results")
    for path, params in SEARCHES:
        for _ in range(3):
            client.get(path, params)
        timings = []
        for _ in range(runs):
            reset_queries()
            started = time.perf_counter()
            with CaptureQueriesContext(connection) as queries:
                response = client.get(path, params)
            timings.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (path, params, response.status_code)
        timings.sort()
        p95 = timings[max(0, int(round(0.95 * len(timings))) - 1)]
        label = path + ("?" + "&".join(f"{k}={v}" for k, v in params.items()) if params else "")
        heading = _heading(response.content.decode())
        print(
            f"{label:58} {statistics.median(timings):8.1f} {p95:8.1f} "
            f"{len(queries.captured_queries):8d} {heading}"
        )


def _heading(html):
    marker = html.find("<h2", html.find('role="status"'))
    end = html.find("</h2>", marker)
    text = html[html.find(">", marker) + 1 : end] if marker >= 0 else ""
    return " ".join(text.split())[:40]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--resources", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--skip-setup", action="store_true", help="data already added")
    args = parser.parse_args()
    print(f"database: {connection.vendor}")
    if not args.skip_setup:
        call_command("migrate", verbosity=0)
        call_command("load_demo_content", verbosity=0)
        started = time.perf_counter()
        add_resources(args.resources)
        print(f"added {args.resources} resources in {time.perf_counter() - started:.0f} s")
    print(f"live resources: {ResourcePage.objects.live().count()}")
    measure(args.runs)


if __name__ == "__main__":
    main()
