"""The one canonical form of an e-mail address, stored and compared everywhere."""

import unicodedata


def canonical_email(email):
    """Unicode NFKC, then str.lower(), then NFKC again.

    NFKC turns compatibility characters into their plain form (fullwidth ｅ to e, the
    Kelvin sign to K, the ligature ﬀ to ff, the long ſ to s) and composes combining
    marks, so one address has one spelling. str.lower() is Unicode's simple lower-case
    mapping: unlike PostgreSQL's UPPER() or str.casefold() it never turns the dotless
    ı or the dotted İ into a plain i, so those stay different addresses rather than
    colliding with someone else's. The second NFKC keeps the result stable when
    lower-casing produced a sequence NFKC would write differently.
    """
    if not email:
        return email
    email = unicodedata.normalize("NFKC", email.strip())
    return unicodedata.normalize("NFKC", email.lower())
