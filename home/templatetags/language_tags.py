from django import template
from django.utils.html import format_html
from django.utils.translation import get_language
from wagtail.models import Page

from home import languages
from home.translation_sync import default_language_code

register = template.Library()


def _page(context):
    page = context.get("page")
    return page if isinstance(page, Page) else None


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context["request"]
    return {"versions": languages.language_versions(request, _page(context))}


@register.simple_tag(takes_context=True)
def language_versions(context):
    """This page in each language, for links outside the switcher (the footer's)."""
    return languages.language_versions(context["request"], _page(context))


@register.inclusion_tag("includes/language_links.html", takes_context=True)
def language_links(context):
    """hreflang alternates and the canonical URL, for <head>."""
    request = context["request"]
    page = _page(context)
    return {
        "alternates": languages.alternate_links(request, page),
        "canonical": languages.canonical_url(request, page) if page else None,
    }


@register.simple_tag(takes_context=True)
def content_language(context):
    """The language code of the page's content ("" when it matches the interface)."""
    page = _page(context)
    if page is None:
        return ""
    return languages.content_language(context["request"], page)


@register.filter
def language_name(code):
    """A language's name in the reader's language ("Saesneg" on Welsh pages)."""
    from django.utils.translation import get_language_info

    try:
        return get_language_info(code)["name_translated"]
    except KeyError:
        return code


@register.filter
def lang_if_alias(page):
    """` lang="en"` for a page standing in for a missing translation, so its
    (untranslated) title is read in the right language in menus and links.
    Other languages mirror the default one, so that is where an alias comes from."""
    if isinstance(page, Page) and page.alias_of_id:
        return format_html(' lang="{}"', default_language_code())
    return ""


@register.simple_tag
def lang_if_not_default():
    """` lang="en"` on text written once in the default language (site settings),
    when the page around it is in another language."""
    default = default_language_code()
    return format_html(' lang="{}"', default) if get_language() != default else ""


@register.filter
def in_current_language(page):
    """A chosen page's version in the reader's language (one query)."""
    if not isinstance(page, Page):
        return page
    return languages.in_current_language([page.pk]).get(page.pk, page)
