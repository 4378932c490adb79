"""Wagtail's database search backend, tuned so that people find what they mean, on
SQLite and PostgreSQL alike.

Out of the box the backend matches whole words only, and on SQLite (FTS5 with its
default tokenizer) does not stem at all: `lonely` misses `loneliness`, `ethic` misses
`Ethical`. Here:

- every word typed is matched as the beginning of a word, after stemming: `lonely`
  stems to `lone`, and `lone*` finds `loneliness` (stem `loneli`);
- SQLite's full-text table uses the Porter stemmer (migration
  home/0007_search_stemming), PostgreSQL the `english` configuration (settings);
- a match in the title counts several times a match in the text (SQLite's bm25
  column weights; on PostgreSQL the title's higher weight does this already).

`matching(queryset, words)` gives the pages of a queryset that match, best first, as
an ordinary queryset: callers filter, count and paginate it in the database.
"""

from django.db import connection
from django.utils.module_loading import import_string
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.database import SearchBackend as wagtail_database_backend

# Each engine is named, not imported, so that its module loads only on its own
# database (as Wagtail's own engines do): Wagtail's SQLite module cannot load elsewhere.
ENGINES = {
    "sqlite": "home.search_sqlite.StemmedSQLiteSearchBackend",
    "postgresql": "home.search_postgres.PrefixPostgresSearchBackend",
}


def SearchBackend(params):
    """Chosen by database, as Wagtail's own database backend is."""
    engine = ENGINES.get(connection.vendor)
    if engine is None:
        return wagtail_database_backend(params)
    return import_string(engine)(params)


# Above this many matches, results are not ranked: ranking reads every match's
# whole search vector, and a word that nearly every page contains ranks nothing.
RANK_AT_MOST = 500


def matching(queryset, words, ranked=True):
    """The pages of `queryset` that match `words` (cleaned, see home.search), best
    first (or in the queryset's own order, unranked), as a queryset that can still be
    filtered, counted and sliced. On PostgreSQL the matches are first a subquery of
    keys read from the search index alone (home/search_postgres.py), and unranked,
    nothing more."""
    backend = get_search_backend()
    if plain_unranked():
        # Ranked, the backend joins every page to its index entry through a text key;
        # narrowed to the matching keys first, it reads only the matches.
        queryset = queryset.filter(pk__in=backend.matching_pks(queryset.model, words))
        if not ranked:
            return queryset
    results = backend.search(words, queryset, operator="and", order_by_relevance=ranked)
    return results.get_queryset()


def plain_unranked():
    """Whether unranked matches are a plain filter of the queryset, which can be grouped
    and counted as it is (elsewhere they carry the backend's own annotations)."""
    return hasattr(get_search_backend(), "matching_pks")
