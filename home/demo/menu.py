"""Keeping the demo site's menu in the order readers expect."""


def place_after(page, sibling_slug):
    """Move a section created later next to the one it belongs after, in every
    language, so menus keep the same order rather than growing at the end."""
    sibling = page.get_parent().get_children().filter(slug=sibling_slug).first()
    if sibling is None:
        return
    pairs = [(page, sibling)] + [
        (copy, sibling.get_translation_or_none(copy.locale)) for copy in page.get_translations()
    ]
    for moving, after in pairs:
        if after is not None and moving.get_prev_sibling() != after:
            moving.move(after, pos="right")


# The menu keeps to a few sections that fit on one row: the explanatory pages
# live under About, and joining is the header's Join button, not a section.
UNDER_ABOUT = ("what-is-social-prescribing", "heritage-and-wellbeing", "pilot-schemes")
NOT_IN_MENU = ("join",)


def section_for(home, slug):
    """The page a demo page of this slug is built under."""
    if slug in UNDER_ABOUT:
        about = home.get_children().filter(slug="about").first()
        if about is not None:
            return about
    return home


def shown_in_menu(spec):
    return spec.get("in_menu", False) and spec["slug"] not in UNDER_ABOUT + NOT_IN_MENU
