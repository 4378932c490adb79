"""Searching and filtering the resource library, with facet counts, in a fixed
number of queries however many resources there are. Results and counts are
worked out over the resources the visitor may see only, so a members-only
resource shows in neither for someone who may not open it."""

from django.db.models import Case, Count, IntegerField, Q, Value, When
from taggit.models import Tag

from home.params import slug_param
from home.privacy import ANONYMOUS, visible_to
from home.search import clean_query, search_text

from .models import Audience, ResourcePage, ResourceType
from .models.library import RESOURCE_REGIONS

SORTS = {
    "newest": ("-publication_date", "-first_published_at", "title"),
    "title": ("title",),
    "downloads": ("-download_count", "title"),
}
FACETS = ("type", "topic", "audience", "region")


class LibrarySearch:
    def __init__(self, params, locale=None, request=ANONYMOUS):
        self.query, self.query_was_shortened = clean_query(params.get("q", ""))
        self.selected = {facet: slug_param(params, facet) for facet in FACETS}
        sort = params.get("sort", "")
        default = "relevance" if self.query else "newest"
        self.sort = sort if sort in SORTS or (sort == "relevance" and self.query) else default
        self.locale = locale
        self.request = request

    # Building blocks

    def base(self):
        pages = visible_to(self.request, ResourcePage.objects.live())
        if self.locale is not None:
            pages = pages.filter(locale=self.locale)
        return pages

    def matching_ids(self):
        """IDs of live resources matching the words typed, best match first."""
        if not hasattr(self, "_ids"):
            words = search_text(self.query)
            if words:
                results = self.base().search(words)
                self._ids = [page.pk for page in results]
            elif self.query:
                self._ids = []  # nothing but search syntax was typed
            else:
                self._ids = None
        return self._ids

    def filtered(self, skip=None):
        pages = self.base()
        ids = self.matching_ids()
        if ids is not None:
            pages = pages.filter(pk__in=ids)
        value = self.selected
        if value["type"] and skip != "type":
            pages = pages.filter(resource_type=value["type"])
        if value["topic"] and skip != "topic":
            pages = pages.filter(topics__slug=value["topic"])
        if value["audience"] and skip != "audience":
            pages = pages.filter(audiences__slug=value["audience"])
        if value["region"] and skip != "region":
            pages = pages.filter(region=value["region"])
        return pages

    # What the page shows

    def results(self):
        pages = self.filtered().distinct()
        if self.sort == "relevance":
            order = Case(
                *[
                    When(pk=pk, then=Value(position))
                    for position, pk in enumerate(self.matching_ids())
                ],
                output_field=IntegerField(),
            )
            return pages.annotate(relevance=order).order_by("relevance")
        return pages.order_by(*SORTS[self.sort])

    def facets(self):
        """For each filter, its options with how many results choosing it would give
        (the other filters kept)."""
        types = self._counts_by("resource_type", skip="type")
        regions = self._counts_by("region", skip="region")
        topic_ids = self.filtered(skip="topic").values("pk")
        topics = (
            Tag.objects.filter(resources_resourcetopic_items__content_object__in=topic_ids)
            .annotate(n=Count("resources_resourcetopic_items__content_object", distinct=True))
            .order_by("name")
        )
        audience_ids = self.filtered(skip="audience").values("pk")
        audiences = Audience.objects.annotate(
            n=Count("resources", filter=Q(resources__pk__in=audience_ids), distinct=True)
        )
        return {
            "type": [(value, label, types.get(value, 0)) for value, label in ResourceType.choices],
            "topic": [(tag.slug, tag.name, tag.n) for tag in topics],
            "audience": [(a.slug, str(a), a.n) for a in audiences],
            "region": [(value, label, regions.get(value, 0)) for value, label in RESOURCE_REGIONS],
        }

    def _counts_by(self, field, skip):
        # order_by() clears the page tree ordering, which would split the groups.
        rows = (
            self.filtered(skip=skip)
            .order_by()
            .values_list(field)
            .annotate(n=Count("pk", distinct=True))
        )
        return dict(rows)

    @property
    def is_filtered(self):
        return bool(self.query or any(self.selected.values()))


PAGE_SIZE = 12
