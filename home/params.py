"""Reading filter values from a query string, where anyone can type anything."""

import re

SLUG = re.compile(r"[-\w]+")


def slug_param(params, name, max_length=100):
    """The value if it is shaped like a slug (every filter value on the site is),
    otherwise "" (no filter). Anything else could only match nothing, and some of
    it, such as a NUL character, PostgreSQL refuses outright."""
    value = params.get(name, "").strip()[:max_length]
    return value if SLUG.fullmatch(value) else ""


def page_param(params, name="page"):
    """The page of results asked for, 1 for anything that is not a page number.
    ("0" is a number but not a page: pagers show the first for it.) At most nine
    digits, as it becomes an OFFSET in SQL."""
    value = params.get(name, "1")
    return max(1, int(value)) if value.isdecimal() and len(value) < 10 else 1
