"""Cleaning of what people type into the search box, and marking what it found."""

import re
import unicodedata
from functools import lru_cache

import snowballstemmer
from django.conf import settings
from django.utils import translation
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe


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


def in_language(texts, language_code):
    """Interface texts (an audience's name, say) as a reader of that language sees
    them, so the page is found by the words its readers use."""
    with translation.override(language_code):
        return [translation.gettext(text) for text in texts]


# The stemmer the engines use (Porter on SQLite, Snowball English on PostgreSQL), so
# the words highlighted are the words that matched: `lonely` marks `loneliness`.
_stemmer = snowballstemmer.stemmer("english")
WORD = re.compile(r"\w+")


def _folded(word):
    """Lower case without accents, as SQLite's tokenizer compares words."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


# The stemmer is pure Python (a tenth of a millisecond a word) and a page of results
# repeats the same few hundred words: each word is folded and stemmed once per process.
@lru_cache(maxsize=20_000)
def _folded_and_stem(word):
    folded = _folded(word)
    return folded, _stemmer.stemWord(folded)


def _stems(words):
    return {_folded_and_stem(word)[1] for word in WORD.findall(words)}


def highlight(text, words):
    """`text`, escaped, with each word that the search `words` match marked."""
    stems = _stems(words)
    if not stems:
        return escape(text)
    pieces, last = [], 0
    for found in WORD.finditer(text):
        folded, stem = _folded_and_stem(found.group())
        if any(folded.startswith(s) or stem.startswith(s) for s in stems):
            pieces += [
                escape(text[last : found.start()]),
                format_html("<mark>{}</mark>", found.group()),
            ]
            last = found.end()
    pieces.append(escape(text[last:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece is escaped above
