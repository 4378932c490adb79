from django import template
from wagtail.models import Page, Site

register = template.Library()


def _home_for(request):
    """The home page in the visitor's language (falls back to the site root)."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = site.root_page
    return root.localized or root


@register.inclusion_tag("includes/main_nav.html", takes_context=True)
def main_nav(context):
    request = context["request"]
    current = context.get("page")
    home = _home_for(request)
    items = []
    if home is not None:
        menu_pages = home.get_children().live().in_menu().public()
        current_path = current.path if isinstance(current, Page) else ""
        for page in menu_pages:
            if current_path == page.path:
                state = "page"
            elif current_path.startswith(page.path):
                state = "true"
            else:
                state = ""
            items.append({"page": page, "current": state})
    return {"home": home, "items": items, "request": request}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    ancestors = []
    if isinstance(page, Page) and page.depth > 2:
        # Depth 1 is Wagtail's invisible root; depth 2 is the home page.
        ancestors = list(page.get_ancestors().filter(depth__gte=2).live())
    return {"ancestors": ancestors, "page": page, "request": context["request"]}
