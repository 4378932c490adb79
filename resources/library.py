"""Searching and filtering the resource library, with facet counts, in a fixed
number of queries however many resources there are: the search is the site's
(home.search_backend), kept in the database as a subquery; all facet counts come
from one query; the result count is read from the counts, and only one page of
results is fetched. Results and counts are worked out over the resources the
visitor may see only, so a members-only resource shows in neither for someone who
may not open it."""

from django.db import connection
from django.db.models import (
    BooleanField,
    CharField,
    Count,
    ExpressionWrapper,
    F,
    IntegerField,
    Q,
    Value,
)
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from home.params import page_param, slug_param
from home.privacy import ANONYMOUS, visible_to
from home.search import clean_query, search_text
from home.search_backend import RANK_AT_MOST, matching
from home.sectors import Sector, sector_q

from .models import Audience, ResourcePage, ResourceTopic, ResourceType
from .models.library import RESOURCE_REGIONS

SORTS = {
    "newest": ("-publication_date", "-first_published_at", "title"),
    "title": ("title",),
    "downloads": ("-download_count", "title"),
}
FACETS = ("type", "topic", "audience", "region", "sector")
PAGE_SIZE = 12
FACET_LABELS = {
    "type": _("Type"),
    "topic": _("Topic"),
    "audience": _("Audience"),
    "region": _("Region"),
    "sector": _("Partner sector"),
}
ResourceAudience = ResourcePage.audiences.through


class LibrarySearch:
    def __init__(self, params, locale=None, request=ANONYMOUS):
        self.query, self.query_was_shortened = clean_query(params.get("q", ""))
        self.words = search_text(self.query)
        self.selected = {facet: slug_param(params, facet) for facet in FACETS}
        sort = params.get("sort", "")
        default = "relevance" if self.query else "newest"
        self.sort = sort if sort in SORTS or (sort == "relevance" and self.query) else default
        self.locale = locale
        self.request = request
        # Which page of results the facet query also picks out (any other is read apart).
        self.page_number = page_param(params)

    # Building blocks

    def base(self):
        pages = visible_to(self.request, ResourcePage.objects.live())
        if self.locale is not None:
            pages = pages.filter(locale=self.locale)
        return pages

    def matches(self, ranked=True):
        """Resources matching the words typed, best first (all of them if none)."""
        if self.words:
            return matching(self.base(), self.words, ranked=ranked)
        if self.query:
            return self.base().none()  # nothing but search syntax was typed
        return self.base()

    def filtered(self, pages=None, skip=None):
        """`pages` (by default every match, unranked) narrowed by the chosen filters but
        `skip`. Topic and audience go through subqueries, not joins: no duplicate rows."""
        pages = self.matches(ranked=False) if pages is None else pages
        value = self.selected
        if value["type"] and skip != "type":
            pages = pages.filter(resource_type=value["type"])
        if value["topic"] and skip != "topic":
            tagged = ResourceTopic.objects.filter(tag__slug=value["topic"])
            pages = pages.filter(pk__in=tagged.values("content_object_id"))
        if value["audience"] and skip != "audience":
            meant = ResourceAudience.objects.filter(audience__slug=value["audience"])
            pages = pages.filter(pk__in=meant.values("resourcepage_id"))
        if value["region"] and skip != "region":
            pages = pages.filter(region=value["region"])
        if value["sector"] and skip != "sector":
            # A code the site does not know matches nothing (not every code it is part of).
            known = value["sector"] in Sector.values
            pages = pages.filter(sector_q(value["sector"])) if known else pages.none()
        return pages

    # What the page shows

    @property
    def ranked(self):
        """Whether results come in the search's own order (a few matches, relevance
        chosen); so many matches that ranking would cost more than it tells are
        listed newest first."""
        return self.sort == "relevance" and self.count <= RANK_AT_MOST

    @property
    def order(self):
        return SORTS["newest" if self.sort == "relevance" else self.sort]

    def results(self):
        if self.ranked:
            return self.filtered(self.matches())  # the search's own order
        return self.filtered().order_by(*self.order)

    def page_of_results(self, number):
        """The resources on page `number` of the results. On PostgreSQL the facet
        query has already picked out the keys of the page asked for, in order, from
        the same pass over the matches: they are fetched by key."""
        self.facets()
        keys = getattr(self, "_page_keys", None)
        if keys is not None and number == self.page_number and not self.ranked:
            found = ResourcePage.objects.in_bulk(keys)
            return [found[key] for key in keys if key in found]
        start = (number - 1) * PAGE_SIZE
        return list(self.results()[start : start + PAGE_SIZE])

    def facets(self):
        """For each filter, its options with how many results choosing it would give
        (the other filters kept), and the chosen option always, even at zero."""
        if not hasattr(self, "_facets"):
            self._facets = self._read_facets()
        return self._facets

    @property
    def count(self):
        """How many results there are: every resource has one type, so this is the
        sum of the type counts, or the chosen type's."""
        types = {value: number for value, _label, number in self.facets()["type"]}
        chosen = self.selected["type"]
        return types.get(chosen, 0) if chosen else sum(types.values())

    @property
    def is_filtered(self):
        return bool(self.query or any(self.selected.values()))

    def active_filters(self, path, params):
        """[(chosen option, filter name, address without it)] for the "remove" links;
        `params` is the request's query, kept otherwise as it is."""
        chosen = []
        for facet in FACETS:
            value = self.selected[facet]
            if value:
                labels = {option: label for option, label, _n in self.facets()[facet]}
                chosen.append(
                    (labels.get(value, value), FACET_LABELS[facet], _address(path, params, facet))
                )
        return chosen

    def clear_filters_address(self, path, params):
        """The same search with no filter (and the same sort)."""
        return _address(path, params, *FACETS)

    # One query for every count

    def _read_facets(self):
        counted = {facet: {} for facet in FACETS}
        labels = {"topic": {}, "audience": {}}
        order = {}
        keys = []
        for facet, value, label, position, number in self._facet_rows():
            if facet == "result":
                keys.append((position, int(value)))
                continue
            if facet.endswith("-label"):
                facet = facet.removesuffix("-label")
            else:
                counted[facet][value] = number
            if facet in labels:
                labels[facet][value] = label
                order[value] = position

        def options(facet, choices):
            found = [(value, label, counted[facet].get(value, 0)) for value, label in choices]
            chosen = self.selected[facet]
            shown = [option for option in found if option[2] or option[0] == chosen]
            if chosen and chosen not in {value for value, _label, _n in shown}:
                shown.append((chosen, chosen, 0))  # a value the site does not know
            return shown

        if self._picks_page:
            self._page_keys = [key for _position, key in sorted(keys)]
        audiences = sorted(labels["audience"].items(), key=lambda item: order[item[0]])
        topics = sorted(labels["topic"].items(), key=lambda item: item[1].lower())
        return {
            "type": options("type", ResourceType.choices),
            "topic": options("topic", topics),
            "audience": options("audience", [(s, _translated(n)) for s, n in audiences]),
            "region": options("region", RESOURCE_REGIONS),
            "sector": options("sector", Sector.choices),
        }

    def _facet_rows(self):
        """(facet, value, label, count) rows for every filter, as one UNION ALL
        query; plus the label of a chosen topic or audience that counts nothing."""
        # (Nothing but search syntax typed matches nothing: no SQL to build a CTE from.)
        self._picks_page = connection.vendor == "postgresql" and bool(self.words or not self.query)
        if self._picks_page:
            return self._facet_rows_from_matches()

        zero = Value(0, output_field=IntegerField())

        def tagged(facet, value, label, rows, position=zero):
            value = F(value) if isinstance(value, str) else value
            return rows.annotate(
                f=Value(facet, output_field=CharField()), v=value, l=label, o=position
            ).values_list("f", "v", "l", "o")

        def by_field(facet, field):
            rows = self.filtered(skip=facet).order_by()
            return tagged(facet, field, Value(""), rows).annotate(n=Count("pk"))

        topic_rows = ResourceTopic.objects.filter(
            content_object_id__in=self.filtered(skip="topic").values("pk")
        ).order_by()
        audience_rows = ResourceAudience.objects.filter(
            resourcepage_id__in=self.filtered(skip="audience").values("pk")
        ).order_by()

        def in_sector(code):
            rows = self.filtered(skip="sector").filter(sector_q(code)).order_by()
            return tagged("sector", Value(code), Value(""), rows).annotate(n=Count("pk"))

        parts = [
            *(in_sector(code) for code in Sector.values),
            by_field("type", "resource_type"),
            by_field("region", "region"),
            tagged("topic", "tag__slug", F("tag__name"), topic_rows).annotate(
                n=Count("content_object_id", distinct=True)
            ),
            tagged(
                "audience",
                "audience__slug",
                F("audience__name"),
                audience_rows,
                F("audience__sort_order"),
            ).annotate(n=Count("resourcepage_id", distinct=True)),
        ]
        if self.selected["topic"]:
            tag = Tag.objects.filter(slug=self.selected["topic"]).order_by()
            parts.append(tagged("topic-label", "slug", F("name"), tag).annotate(n=zero))
        if self.selected["audience"]:
            audience = Audience.objects.filter(slug=self.selected["audience"]).order_by()
            parts.append(
                tagged("audience-label", "slug", F("name"), audience, F("sort_order")).annotate(
                    n=zero
                )
            )
        return parts[0].union(*parts[1:], all=True)

    def _facet_rows_from_matches(self):
        """The same rows from one pass over the matches (PostgreSQL): the matches,
        with what each filter needs to know of them, are worked out once in a
        materialized CTE, and each facet counts the rows the other filters keep. A
        search for a word that most resources contain is matched once, not four
        times."""
        chosen = self.selected
        matches = self.matches(ranked=False).order_by()
        # "key IN (one list)", not a subquery per match: the list is read and hashed once.
        if chosen["topic"]:
            tagged = ResourceTopic.objects.filter(tag__slug=chosen["topic"])
            in_topic = Q(pk__in=tagged.values("content_object_id"))
        else:
            in_topic = Value(True)
        if chosen["audience"]:
            meant = ResourceAudience.objects.filter(audience__slug=chosen["audience"])
            in_audience = Q(pk__in=meant.values("resourcepage_id"))
        else:
            in_audience = Value(True)
        matches = matches.annotate(
            in_topic=ExpressionWrapper(in_topic, output_field=BooleanField()),
            in_audience=ExpressionWrapper(in_audience, output_field=BooleanField()),
        )
        sort_columns = {"publication_date", "first_published_at", "title", "download_count"}
        cte, params = matches.values_list(
            "pk",
            "resource_type",
            "region",
            "in_topic",
            "in_audience",
            "sectors",
            *sorted(sort_columns),
        ).query.sql_with_params()
        sector = chosen["sector"]
        keeps = {
            "type": ("m.resource_type = %s", [chosen["type"]]) if chosen["type"] else None,
            "region": ("m.region = %s", [chosen["region"]]) if chosen["region"] else None,
            "topic": ("m.in_topic", []),
            "audience": ("m.in_audience", []),
            "sector": ("%s = ANY(string_to_array(m.sectors, ','))", [sector]) if sector else None,
        }

        def where(skip):
            conditions, values = ["TRUE"], []
            for facet, keep in keeps.items():
                if facet != skip and keep is not None:
                    conditions.append(keep[0])
                    values.extend(keep[1])
            return " AND ".join(conditions), values

        topics = ResourceTopic._meta.db_table
        tags = Tag._meta.db_table
        links = ResourceAudience._meta.db_table
        audiences = Audience._meta.db_table
        parts, values = [], list(params)
        for facet, column in (("type", "resource_type"), ("region", "region")):
            condition, more = where(facet)
            parts.append(
                f"SELECT '{facet}', m.{column}, '', 0, COUNT(*) FROM m "
                f"WHERE {condition} GROUP BY m.{column}"
            )
            values += more
        condition, more = where("sector")
        parts.append(
            "SELECT 'sector', s.code, '', 0, COUNT(*) FROM m "
            "CROSS JOIN LATERAL unnest(string_to_array(m.sectors, ',')) AS s(code) "
            f"WHERE {condition} GROUP BY s.code"
        )
        values += more
        condition, more = where("topic")
        # Counted by key (hashed, no sort), then named; a resource tagged twice with
        # one topic counts once.
        parts.append(
            f"SELECT 'topic', t.slug, t.name, 0, c.n FROM (SELECT d.tag_id, COUNT(*) AS n "
            f"FROM (SELECT DISTINCT r.tag_id, r.content_object_id FROM {topics} r "
            f"JOIN m ON m.pk = r.content_object_id WHERE {condition}) d GROUP BY d.tag_id) c "
            f"JOIN {tags} t ON t.id = c.tag_id"
        )
        values += more
        condition, more = where("audience")
        # (A resource is linked to an audience once: the link table says so.)
        parts.append(
            f"SELECT 'audience', a.slug, a.name, a.sort_order, c.n FROM (SELECT r.audience_id, "
            f"COUNT(*) AS n FROM {links} r JOIN m ON m.pk = r.resourcepage_id "
            f"WHERE {condition} GROUP BY r.audience_id) c "
            f"JOIN {audiences} a ON a.id = c.audience_id"
        )
        values += more
        if chosen["topic"]:
            parts.append(f"SELECT 'topic-label', slug, name, 0, 0 FROM {tags} WHERE slug = %s")
            values.append(chosen["topic"])
        if chosen["audience"]:
            parts.append(
                f"SELECT 'audience-label', slug, name, sort_order, 0 FROM {audiences} "
                "WHERE slug = %s"
            )
            values.append(chosen["audience"])
        # The keys of the page of results asked for, in the chosen order (newest first
        # for relevance: ranked results, when few, are read apart), numbered.
        order = ", ".join(
            f"{field.lstrip('-')} {'DESC' if field.startswith('-') else 'ASC'}"
            for field in (*self.order, "pk")
        )
        condition, more = where(None)
        parts.append(
            f"SELECT 'result', p.pk::text, '', (row_number() OVER (ORDER BY {order}))::int, 0 "
            f"FROM (SELECT * FROM m WHERE {condition} ORDER BY {order} LIMIT %s OFFSET %s) p"
        )
        values += [*more, PAGE_SIZE, (self.page_number - 1) * PAGE_SIZE]
        columns = ", ".join(["pk", "resource_type", "region", "in_topic", "in_audience", "sectors"])
        sql = (
            f"WITH m ({columns}, {', '.join(sorted(sort_columns))}) AS MATERIALIZED "
            f"({cte}) " + " UNION ALL ".join(f"({part})" for part in parts)
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, values)
            return cursor.fetchall()


def _address(path, params, *leave_out):
    query = params.copy()
    for name in (*leave_out, "page"):
        query.pop(name, None)
    return f"{path}?{query.urlencode()}" if query else path


def _translated(name):
    return str(Audience(name=name))
