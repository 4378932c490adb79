from django import template

from home.sector_pages import sector_index_page, sector_pages
from home.sectors import Sector, sector_codes

register = template.Library()


@register.inclusion_tag("components/sector_links.html", takes_context=True)
def sector_links(context, value):
    """A page's partner sectors, each a link to its sector page in the reader's
    language (plain text where there is no page this visitor may see)."""
    request = context.get("request")
    codes = sector_codes(value)
    pages = sector_pages(request) if codes else {}
    labels = dict(Sector.choices)
    links = []
    for code in codes:
        page = pages.get(code)
        links.append((labels[code], page.get_url(request) if page is not None else ""))
    return {"links": links}


@register.simple_tag(takes_context=True)
def partner_sectors_page(context):
    """The partner sectors section in the reader's language, or None."""
    return sector_index_page(context.get("request"))
