from django import template
from django.utils.translation import get_language
from wagtail.models import Page

from home.content_version import memo
from home.languages import in_current_language
from home.privacy import hidden_paths, visible_to
from home.routing import localized_home, route_ancestors

register = template.Library()


@register.inclusion_tag("includes/main_nav.html", takes_context=True)
def main_nav(context):
    request = context["request"]
    current = context.get("page")
    home = localized_home(request)
    items = []
    if home is not None:
        # The menu changes only with content: kept per content version, language
        # and what the visitor may not see.
        key = ("main_nav", home.pk, tuple(hidden_paths(request)))
        menu_pages = memo.get(
            request, key, lambda: list(visible_to(request, home.get_children().live().in_menu()))
        )
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
        # Depth 1 is Wagtail's invisible root; depth 2 is the home page. The router
        # has usually read them already.
        ancestors = route_ancestors(context["request"], page)
        if ancestors is None:
            ancestors = list(page.get_ancestors().filter(depth__gte=2).live())
    return {"ancestors": ancestors, "page": page, "request": context["request"]}


@register.simple_tag
def footer_pages(site_settings):
    """The privacy and accessibility pages in the reader's language, in one query."""
    chosen = {
        "privacy": site_settings.privacy_page_id,
        "accessibility": site_settings.accessibility_page_id,
    }
    key = ("footer_pages", get_language(), *chosen.values())
    here = memo.get(None, key, lambda: in_current_language(chosen.values()))
    return {name: here[pk] for name, pk in chosen.items() if pk in here}
