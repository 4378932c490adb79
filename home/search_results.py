"""Site search: one search over every page in the reader's language, with counts by
type, and for each result its type, section, date and a summary with the words
searched for marked. Counts and results are worked out in the database: a fixed
number of queries however many pages match.

Page models say how they appear here, without this module importing them:
`search_result_type` ("guide", "resource", "event"; "page" if unset),
`search_summary_field` and `search_date_field` (see resources/ and events/)."""

import difflib
from collections import defaultdict

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import Count, OuterRef, Subquery, TextField, Value
from django.db.models.functions import Coalesce, NullIf, Substr
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag
from wagtail.models import Locale, Page, get_page_models

from .params import page_param
from .privacy import visible_to
from .search import WORD, clean_query, highlight, search_text
from .search_backend import RANK_AT_MOST, matching, plain_unranked

RESULT_TYPES = {
    "guide": (_("Guide"), _("Guides")),
    "resource": (_("Resource"), _("Resources")),
    "event": (_("Event"), _("Events")),
    "page": (_("Page"), _("Pages")),
}
# A page's section is its ancestor just below the home page (Wagtail paths grow by
# four characters a level: root, home page, section).
SECTION_PATH_LENGTH = 3 * Page.steplen
VOCABULARY_SECONDS = 15 * 60
SUMMARY_WORDS = 40


def _models():
    return [model for model in get_page_models() if model is not Page]


def content_types_by_type():
    """{result type: [content type IDs]} (content types are cached: no query after the
    first)."""
    found = defaultdict(list)
    for model, content_type in ContentType.objects.get_for_models(*_models()).items():
        found[getattr(model, "search_result_type", "page")].append(content_type.pk)
    return found


class SiteSearch:
    def __init__(self, params, request):
        self.query, self.query_was_shortened = clean_query(params.get("q", ""))
        self.words = search_text(self.query)
        kind = params.get("type", "")
        self.type = kind if kind in RESULT_TYPES else ""
        self.request = request
        self.locale = Locale.get_active()
        # The page the count query also picks out (any other is read apart).
        self.page_number = page_param(params)

    def pages(self):
        """Every page this visitor may find here."""
        pages = Page.objects.live().filter(locale=self.locale).exclude(depth__lte=1)
        return visible_to(self.request, pages)

    def matches(self, words=None, ranked=True):
        words = self.words if words is None else words
        return matching(self.pages(), words, ranked=ranked) if words else self.pages().none()

    def counts(self):
        """[(type, plural label, count)] in a fixed order, and the total, from one
        grouped query."""
        if not hasattr(self, "_counts"):
            type_of = {pk: kind for kind, pks in content_types_by_type().items() for pk in pks}
            if plain_unranked():
                rows = self._counts_and_page_from_matches()
            else:
                matches = Page.objects.filter(pk__in=self.matches(ranked=False).values("pk"))
                rows = matches.order_by().values_list("content_type").annotate(n=Count("pk"))
            by_type = defaultdict(int)
            for content_type, number in rows:
                by_type[type_of.get(content_type, "page")] += number
            self._counts = [
                (kind, labels[1], by_type[kind]) for kind, labels in RESULT_TYPES.items()
            ]
        return self._counts

    @property
    def total(self):
        return sum(number for _kind, _label, number in self.counts())

    @property
    def count(self):
        """How many results the chosen type (or every type) has."""
        if not self.type:
            return self.total
        return next(number for kind, _label, number in self.counts() if kind == self.type)

    @property
    def ranked(self):
        """Whether results come best first: so many matches that ranking them would
        cost more than it tells are listed newest first."""
        return self.count <= RANK_AT_MOST

    def _counts_and_page_from_matches(self):
        """PostgreSQL: [(content type, count)], from one pass over the matches (a
        materialized CTE) that also picks out the keys of the page of results asked
        for, newest first (kept for page_of_results). A word most pages contain is
        matched once, not once for the counts and again for the results."""
        self._page_keys = []
        try:
            cte, params = (
                self.matches(ranked=False)
                .order_by()
                .values_list("pk", "content_type_id", "last_published_at")
                .query.sql_with_params()
            )
        except EmptyResultSet:
            return []  # nothing but search syntax: nothing to match
        of_type = "TRUE"
        values = [*params]
        if self.type:
            of_type = "m.content_type_id = ANY(%s)"
            values.append(content_types_by_type()[self.type])
        per_page = settings.SEARCH_RESULTS_PER_PAGE
        values += [per_page, (self.page_number - 1) * per_page]
        sql = (
            f"WITH m (pk, content_type_id, published) AS MATERIALIZED ({cte}) "
            "(SELECT 'count', m.content_type_id, COUNT(*) FROM m GROUP BY m.content_type_id) "
            "UNION ALL (SELECT 'result', p.pk, row_number() OVER "
            "(ORDER BY p.published DESC, p.pk) FROM (SELECT * FROM m "
            f"WHERE {of_type} ORDER BY m.published DESC, m.pk LIMIT %s OFFSET %s) p)"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, values)
            rows = cursor.fetchall()
        results = sorted((n, key) for kind, key, n in rows if kind == "result")
        self._page_keys = [key for _n, key in results]
        return [(content_type, n) for kind, content_type, n in rows if kind == "count"]

    def page_of_results(self, number):
        """The results on page `number`, with what a listing shows. Unranked on
        PostgreSQL, the count query has already picked out the page asked for."""
        self.counts()
        keys = getattr(self, "_page_keys", None)
        if keys is not None and number == self.page_number and not self.ranked:
            pages = with_listing_details(Page.objects.filter(pk__in=keys))
            found = {page.pk: page for page in pages}
            return [found[key] for key in keys if key in found]
        per_page = settings.SEARCH_RESULTS_PER_PAGE
        start = (number - 1) * per_page
        return list(self.results()[start : start + per_page])

    def results(self):
        """The results of the chosen type, best first (newest first when there are so
        many that ranking them would cost more than it tells), with what a listing
        shows."""
        if self.ranked:
            pages = self.matches()
        else:
            pages = self.matches(ranked=False).order_by("-last_published_at", "pk")
        if self.type:
            pages = pages.filter(content_type__in=content_types_by_type()[self.type])
        return with_listing_details(pages)

    def describe(self, pages):
        """Give each page of one page of results its type, date and marked summary."""
        type_of = {pk: kind for kind, pks in content_types_by_type().items() for pk in pks}
        for page in pages:
            page.result_type = RESULT_TYPES[type_of.get(page.content_type_id, "page")][0]
            page.result_date = next(
                (
                    value
                    for name, value in vars(page).items()
                    if name.startswith("_date_") and value
                ),
                page.last_published_at,
            )
            words = page.summary_text.split()
            summary = " ".join(words[:SUMMARY_WORDS]) + (" …" if len(words) > SUMMARY_WORDS else "")
            page.result_summary = highlight(summary, self.words)
            page.section = (
                page.section_title if page.depth > SECTION_PATH_LENGTH // Page.steplen else ""
            )
        return pages

    def suggestion(self):
        """A respelling of the query from the site's own words that finds something,
        or "" (only asked when nothing was found)."""
        vocabulary = _vocabulary(self.locale)
        known = set(vocabulary)
        respelt = []
        for word in WORD.findall(self.words):
            lower = word.lower()
            close = (
                []
                if lower in known or len(lower) < 4
                else (difflib.get_close_matches(lower, vocabulary, n=1, cutoff=0.75))
            )
            respelt.append(close[0] if close else lower)
        suggestion = " ".join(respelt)
        if suggestion == " ".join(w.lower() for w in WORD.findall(self.words)):
            return ""
        return suggestion if self.matches(suggestion).exists() else ""


def with_listing_details(pages):
    """Annotate each page with its section's title, its summary and its own date, as
    subqueries of the one query that fetches a page of results."""
    section = Page.objects.filter(path=Substr(OuterRef("path"), 1, SECTION_PATH_LENGTH))
    summaries = [NullIf("search_description", Value(""))]
    dates = {}
    for number, model in enumerate(_models()):
        own = model._base_manager.filter(pk=OuterRef("pk"))
        field = getattr(model, "search_summary_field", None)
        if field:
            summaries.append(NullIf(Subquery(own.values(field)[:1]), Value("")))
        date_field = getattr(model, "search_date_field", None)
        if date_field:
            dates[f"_date_{number}"] = Subquery(own.values(date_field)[:1])
    return pages.annotate(
        section_title=Subquery(section.values("title")[:1]),
        summary_text=Coalesce(*summaries, Value(""), output_field=TextField()),
        **dates,
    )


def _vocabulary(locale):
    """The words of the site's page titles and tags, for spelling suggestions; kept in
    the cache for a while, as they change slowly and a suggestion is only a hint."""

    def build():
        words = set()
        titles = Page.objects.live().filter(locale=locale).values_list("title", flat=True)
        for text in [*titles, *Tag.objects.values_list("name", flat=True)]:
            words.update(word.lower() for word in WORD.findall(text) if len(word) >= 4)
        return sorted(words)

    return cache.get_or_set(f"search-vocabulary:{locale.pk}", build, VOCABULARY_SECONDS)
