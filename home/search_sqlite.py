"""The SQLite side of home.search_backend: every word matched as a word beginning
(after the Porter stemmer of the full-text table, see migration
home/0007_search_stemming), and the title weighted above the text. Imported only on
SQLite: Wagtail's SQLite search module needs the full-text model, which exists
there alone."""

from django.db.models import FloatField, Func
from wagtail.search.backends.database.sqlite.query import Lexeme, SearchQueryExpression
from wagtail.search.backends.database.sqlite.sqlite import (
    SQLiteFTSIndexEntry,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from wagtail.search.query import PlainText

from .search_words import every_word_a_prefix

# How much more a word in the title counts than the same word in the text (FTS5's
# columns are autocomplete, body, title).
TITLE_WEIGHT = 8.0


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
            lexemes = every_word_a_prefix(query.query_string, Lexeme, combine)
            return None if lexemes is None else SearchQueryExpression(lexemes, config=config)
        return super().build_search_query_content(query, config=config)

    def _build_rank_expression(self, vectors, config):
        return WeightedBM25()


class StemmedSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = StemmedSQLiteQueryCompiler
