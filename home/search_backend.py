"""Wagtail's database search backend, tuned so that people find what they mean, on
SQLite and PostgreSQL alike.

Out of the box the backend matches whole words only, and on SQLite (FTS5 with its
default tokenizer) does not stem at all: `lonely` misses `loneliness`, `ethic` misses
`Ethical`. Here:

- every word typed is matched as the beginning of a word, after stemming: `lonely`
  stems to `lone`, and `lone*` finds `loneliness` (stem `loneli`);
- SQLite's full-text table uses the Porter stemmer (migration
  home/0005_search_stemming), PostgreSQL the `english` configuration (settings);
- a match in the title counts several times a match in the text (SQLite's bm25
  column weights; on PostgreSQL the title's higher weight does this already).

`matching(queryset, words)` gives the pages of a queryset that match, best first, as
an ordinary queryset: callers filter, count and paginate it in the database.
"""

from django.contrib.postgres.search import SearchQuery
from django.db.models import FloatField, Func
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.database import SearchBackend as choose_backend
from wagtail.search.backends.database.postgres.postgres import (
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from wagtail.search.backends.database.postgres.query import Lexeme as PostgresLexeme
from wagtail.search.backends.database.sqlite.query import Lexeme as SQLiteLexeme
from wagtail.search.backends.database.sqlite.query import SearchQueryExpression
from wagtail.search.backends.database.sqlite.sqlite import (
    SQLiteFTSIndexEntry,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from wagtail.search.query import PlainText

# How much more a word in the title counts than the same word in the text (SQLite;
# FTS5 columns are autocomplete, body, title).
TITLE_WEIGHT = 8.0


def _every_word_a_prefix(query_string, lexeme, combine):
    terms = query_string.split()
    if not terms:
        return None
    combined = lexeme(terms[0], prefix=True)
    for term in terms[1:]:
        combined = combine(combined, lexeme(term, prefix=True))
    return combined


class WeightedBM25(Func):
    """FTS5's bm25 with the title weighted above the text (lower is better)."""

    output_field = FloatField()

    def as_sql(self, compiler, connection, **extra):
        table = SQLiteFTSIndexEntry._meta.db_table
        return f"bm25({table}, 0.0, 1.0, {TITLE_WEIGHT})", []


class StemmedSQLiteQueryCompiler(SQLiteSearchQueryCompiler):
    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText):
            combine = (
                (lambda a, b: a & b) if query.operator.upper() == "AND" else (lambda a, b: a | b)
            )
            lexemes = _every_word_a_prefix(query.query_string, SQLiteLexeme, combine)
            return None if lexemes is None else SearchQueryExpression(lexemes, config=config)
        return super().build_search_query_content(query, config=config)

    def _build_rank_expression(self, vectors, config):
        return WeightedBM25()


class StemmedSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = StemmedSQLiteQueryCompiler


class PrefixPostgresQueryCompiler(PostgresSearchQueryCompiler):
    def build_tsquery_content(self, query, config=None, invert=False):
        if isinstance(query, PlainText) and not invert:
            combine = (lambda a, b: a & b) if query.operator == "and" else (lambda a, b: a | b)
            lexemes = _every_word_a_prefix(query.query_string, PostgresLexeme, combine)
            if lexemes is None:
                return None
            return SearchQuery(lexemes, search_type="raw", config=config)
        return super().build_tsquery_content(query, config=config, invert=invert)


class PrefixPostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = PrefixPostgresQueryCompiler


def SearchBackend(params):
    """Chosen by database, as Wagtail's own database backend is."""
    backend = choose_backend(params)
    if isinstance(backend, SQLiteSearchBackend):
        return StemmedSQLiteSearchBackend(params)
    if isinstance(backend, PostgresSearchBackend):
        return PrefixPostgresSearchBackend(params)
    return backend


def matching(queryset, words):
    """The pages of `queryset` that match `words` (cleaned, see home.search), best
    first, as a queryset that can still be filtered, counted and sliced."""
    return get_search_backend().search(words, queryset, operator="and").get_queryset()
