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
