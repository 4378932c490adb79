from django import template
from wagtail import hooks

register = template.Library()


@register.inclusion_tag("components/signposts.html")
def page_signposts(page):
    """Links to other parts of the site that a page's readers will want next.

    A lower app cannot name a higher one, so each app that has somewhere to point
    registers a `page_signposts` hook: given a page, it returns a list of
    (title, url, description) or nothing.
    """
    signposts = []
    for signposts_for in hooks.get_hooks("page_signposts"):
        signposts.extend(signposts_for(page) or [])
    return {"signposts": signposts}
