"""Shared by both database engines (home/search_sqlite.py, home/search_postgres.py)."""


def every_word_a_prefix(query_string, lexeme, combine):
    terms = query_string.split()
    if not terms:
        return None
    combined = lexeme(terms[0], prefix=True)
    for term in terms[1:]:
        combined = combine(combined, lexeme(term, prefix=True))
    return combined
