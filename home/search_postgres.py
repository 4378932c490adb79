"""The PostgreSQL side of home.search_backend: every word matched as a word
beginning, after stemming with the configured text search configuration
(SEARCH_CONFIG in settings). The title already weighs more (weight A)."""

from django.contrib.postgres.search import SearchQuery
from wagtail.search.backends.database.postgres.postgres import (
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from wagtail.search.backends.database.postgres.query import Lexeme
from wagtail.search.query import PlainText

from .search_words import every_word_a_prefix


class PrefixPostgresQueryCompiler(PostgresSearchQueryCompiler):
    def build_tsquery_content(self, query, config=None, invert=False):
        if isinstance(query, PlainText) and not invert:
            combine = (lambda a, b: a & b) if query.operator == "and" else (lambda a, b: a | b)
            lexemes = every_word_a_prefix(query.query_string, Lexeme, combine)
            if lexemes is None:
                return None
            return SearchQuery(lexemes, search_type="raw", config=config)
        return super().build_tsquery_content(query, config=config, invert=invert)


class PrefixPostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = PrefixPostgresQueryCompiler
