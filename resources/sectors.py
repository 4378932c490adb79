"""Guides and resources on a partner sector's page (the `sector_listings` hook,
see home/sectors.py): live pages in the sector page's language that this visitor
may see, members-only ones marked. One query each."""

from urllib.parse import urlencode

from django.utils.translation import gettext_lazy as _

from home.privacy import mark_members_only, visible_to
from home.sectors import SectorItem, SectorListing, section_url, sector_q

from .models import GuidanceIndexPage, GuidancePage, ResourceLibraryPage, ResourcePage

# The most of each kind a sector page lists; the rest are a link away (the library
# filtered to the sector, the guidance index).
LISTED = 12


def _first(pages, request):
    """Up to LISTED of `pages`, and whether there were more."""
    found = mark_members_only(pages[: LISTED + 1], request)
    return found[:LISTED], len(found) > LISTED


def _filtered(library_url, sector_page):
    """The library, filtered to the sector."""
    return library_url and library_url + "?" + urlencode({"sector": sector_page.sector})


def guides_for(sector_page, request):
    # Only guides carry sectors (their chapters inherit them), so no chapter is listed.
    guides = visible_to(
        request,
        GuidancePage.objects.live()
        .filter(sector_q(sector_page.sector), locale_id=sector_page.locale_id)
        .order_by("title"),
    )
    guides, more = _first(guides, request)
    return SectorListing(
        key="guides",
        heading=_("Guidance and toolkits"),
        order=10,
        items=[
            SectorItem.for_page(
                guide, request, summary=guide.summary, details=[guide.get_kind_display()]
            )
            for guide in guides
        ],
        empty_text=_("No guidance on this sector yet."),
        more_url=section_url(GuidanceIndexPage, sector_page, request) if more else "",
        more_text=_("All guidance and toolkits"),
    )


def resources_for(sector_page, request):
    resources = visible_to(
        request,
        ResourcePage.objects.live()
        .filter(sector_q(sector_page.sector), locale_id=sector_page.locale_id)
        .order_by("-publication_date", "title"),
    )
    resources, more = _first(resources, request)
    return SectorListing(
        key="resources",
        heading=_("Resources"),
        order=20,
        items=[
            SectorItem.for_page(
                resource,
                request,
                summary=resource.summary,
                details=[
                    resource.get_resource_type_display(),
                    resource.organisation,
                    resource.publication_date and resource.publication_date.year,
                ],
            )
            for resource in resources
        ],
        empty_text=_("No resources on this sector yet."),
        more_url=_filtered(section_url(ResourceLibraryPage, sector_page, request), sector_page)
        if more
        else "",
        more_text=_("All resources with this sector"),
    )
