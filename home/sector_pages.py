"""The partner sectors section: an index page and one page per sector, each
listing what the community has with that sector. The lists come from the apps
that hold the things listed, through the `sector_listings` hook (see
home/sectors.py), so this module names none of them."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import BaseStreamBlock, anchored_blocks
from .content_version import memo
from .page_images import PageImageMixin, attach_card_images
from .privacy import PrivacyByEditorsMixin, mark_members_only, may_see, visible_to
from .sectors import Sector
from .translation_sync import current_content_language


class SectorIndexPage(PageImageMixin, PrivacyByEditorsMixin, Page):
    """The partner sectors section: what the community does with other sectors,
    and a card for each sector's page."""

    introduction = models.TextField(
        blank=True, help_text=_("A short summary shown under the heading.")
    )
    body = StreamField(BaseStreamBlock(), blank=True, use_json_field=True)

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        *PageImageMixin.image_panels,
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]
    api_fields = [APIField("introduction"), APIField("body")]
    search_summary_field = "introduction"
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.SectorPage"]

    class Meta:
        verbose_name = _("partner sectors index page")

    @property
    def summary(self):
        return self.search_description or self.introduction

    def body_blocks(self):
        return anchored_blocks(self.body)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        sectors = visible_to(request, SectorPage.objects.child_of(self).live())
        context["sector_pages"] = attach_card_images(mark_members_only(sectors, request))
        return context


class SectorPage(PageImageMixin, PrivacyByEditorsMixin, Page):
    """One partner sector: an introduction editors write, then the guides,
    resources, events, activities and collaboration calls tagged with it."""

    sector = models.CharField(
        _("sector"),
        max_length=20,
        choices=Sector.choices,
        help_text=_("What this page lists: everything tagged with this sector."),
    )
    introduction = models.TextField(
        blank=True, help_text=_("One or two sentences under the heading, and on cards.")
    )
    body = StreamField(BaseStreamBlock(), blank=True, use_json_field=True)

    content_panels = Page.content_panels + [
        FieldPanel("sector"),
        FieldPanel("introduction"),
        *PageImageMixin.image_panels,
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
        index.FilterField("sector"),
    ]
    api_fields = [APIField("sector"), APIField("introduction"), APIField("body")]
    search_summary_field = "introduction"
    parent_page_types = ["home.SectorIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("partner sector page")

    @property
    def summary(self):
        return self.search_description or self.introduction

    def clean(self):
        super().clean()
        # One page per sector and language, so a tagged page's link has one place to go.
        others = (
            SectorPage.objects.filter(locale_id=self.locale_id, sector=self.sector)
            .exclude(pk=self.pk)
            .exclude(translation_key=self.translation_key)
        )
        if self.sector and others.exists():
            raise ValidationError(
                {"sector": _("This sector already has a page. Edit that one instead.")}
            )

    def body_blocks(self):
        return anchored_blocks(self.body)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["listings"] = self.listings(request)
        return context

    def listings(self, request):
        """What each app lists for this sector, as this visitor may see it, in the
        hooks' `order`."""
        found = []
        for listing_for in hooks.get_hooks("sector_listings"):
            listing = listing_for(self, request)
            if listing is not None:
                found.append(listing)
        return sorted(found, key=lambda listing: listing.order)


def sector_pages(request=None):
    """{sector code: its live page in the reader's language}, for the pages this
    visitor may see. One query per content version and language."""
    language = current_content_language()

    def read():
        pages = SectorPage.objects.live().filter(locale__language_code=language).order_by("path")
        return list(pages)

    found = {}
    for page in memo.get(request, ("sector_pages", language), read):
        if page.sector not in found and may_see(request, page):
            found[page.sector] = page
    return found


def sector_index_page(request=None):
    """The partner sectors section in the reader's language (the footer links to
    it), or None. One query per content version and language."""
    language = current_content_language()

    def read():
        return (
            SectorIndexPage.objects.live()
            .filter(locale__language_code=language)
            .order_by("path")
            .first()
        )

    page = memo.get(request, ("sector_index_page", language), read)
    return page if page is not None and may_see(request, page) else None
