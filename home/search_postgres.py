"""The PostgreSQL side of home.search_backend: every word matched as a word
beginning, after stemming with the configured text search configuration
(SEARCH_CONFIG in settings). The title already weighs more (weight A).

`matching_pks` answers "which objects match?" from the search index alone, as a
subquery of integer keys: no join from every page to its index entry through a
text key, no search vector carried along, so the database can count, facet and
sort the matches without reading their vectors (ranking still goes through the
backend's own query)."""

from django.contrib.postgres.search import SearchQuery, SearchVectorField
from django.db.models import F, IntegerField
from django.db.models.expressions import CombinedExpression
from django.db.models.functions import Cast
from modelsearch.utils import get_descendants_content_types_pks
from wagtail.search.backends.database.postgres.postgres import (
    IndexEntry,
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

    def matching_pks(self, model, words):
        """Keys of the `model` objects (its subclasses included) whose title and text
        together contain every word, as a subquery. The vector expression is the one
        the index covers (home/migrations/0010_search_vector_index.py)."""
        query = PlainText(words, operator="and")
        compiler = self.query_compiler_class(model.objects.none(), query)
        tsquery = compiler.build_tsquery(query, config=self.config)
        vector = CombinedExpression(F("title"), "||", F("body"), output_field=SearchVectorField())
        return (
            IndexEntry.objects.filter(content_type_id__in=get_descendants_content_types_pks(model))
            .alias(vector=vector)
            .filter(vector=tsquery)
            .annotate(object_pk=Cast("object_id", IntegerField()))
            .values("object_pk")
        )
