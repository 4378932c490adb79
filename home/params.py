"""Reading filter values from a query string, where anyone can type anything."""

import re

SLUG = re.compile(r"[-\w]+")


def slug_param(params, name, max_length=100):
    """The value if it is shaped like a slug (every filter value on the site is),
    otherwise "" (no filter). Anything else could only match nothing, and some of
    it, such as a NUL character, PostgreSQL refuses outright."""
    value = params.get(name, "").strip()[:max_length]
    return value if SLUG.fullmatch(value) else ""
