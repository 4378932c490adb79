"""Cleaning of what people type into the search box."""

import unicodedata

from django.conf import settings


def clean_query(raw):
    """Return (query, was_shortened). Drops control and unpaired surrogate characters,
    which some databases refuse, and trims over-long input rather than failing."""
    text = "".join(
        " " if unicodedata.category(char) in {"Cc", "Cs", "Co", "Cn"} else char
        for char in raw or ""
    )
    text = " ".join(text.split())
    limit = settings.SEARCH_QUERY_MAX_LENGTH
    if len(text) > limit:
        return text[:limit].rsplit(" ", 1)[0] or text[:limit], True
    return text, False


# Characters that mean something to a full-text engine's query syntax rather than
# being words. The search backends quote each word, but a double quote inside one
# ends the quoting early (SQLite answers "unterminated string"). Both engines treat
# these characters as word breaks when indexing, so searching without them finds
# the same pages.
FTS_SYNTAX = str.maketrans({char: " " for char in '"'})


def search_text(query):
    """The words of a cleaned query as handed to the search backend ("" if none)."""
    return " ".join(query.translate(FTS_SYNTAX).split())
