import copy

from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from .blocks import BaseStreamBlock, anchored_blocks
from .content_version import memo
from .languages import in_current_language
from .page_images import CARD_SPECS, LEAD_SPECS, SOCIAL_SPEC, PageImageMixin, attach_card_images
from .privacy import PrivacyByEditorsMixin, hidden_paths, mark_members_only, visible_to


class HomePage(PageImageMixin, PrivacyByEditorsMixin, Page):
    """The front page: what the community is, what is featured, and how to join."""

    introduction = models.TextField(
        blank=True, help_text=_("One or two sentences under the page heading.")
    )
    body = StreamField(BaseStreamBlock(), blank=True, use_json_field=True)
    join_heading = models.CharField(max_length=120, blank=True, default="Join the community")
    join_text = models.TextField(blank=True)
    join_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page the join button leads to."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        *PageImageMixin.image_panels,
        FieldPanel("body"),
        InlinePanel("featured_pages", heading=_("Featured guidance and resources"), max_num=6),
        MultiFieldPanel(
            [FieldPanel("join_heading"), FieldPanel("join_text"), PageChooserPanel("join_page")],
            heading=_("Call to join"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]
    search_summary_field = "introduction"  # shown in site search (home/search_results.py)

    # Only at the top of the tree; each language's home page is a sibling there.
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["featured"] = self.get_featured_pages(request)
        # Feature apps add what they show here (the next meeting, the latest
        # resources) through this hook, so the base imports none of them.
        cards = [page for page, _summary in context["featured"]]
        for add_context in hooks.get_hooks("home_page_context"):
            added = add_context(self, request)
            context.update(added)
            for value in added.values():
                cards.extend(value if isinstance(value, list) else [value])
        # Every card's image, whichever app supplied the card, and the page's own,
        # in two queries. The page's own image then answers only from what was read
        # here, so the link-preview size must be among it: missing, Wagtail would
        # draw that picture again on every render (tens of milliseconds).
        attach_card_images(
            [self, *(card for card in cards if isinstance(card, Page))],
            specs=[*CARD_SPECS, *LEAD_SPECS, SOCIAL_SPEC],
        )
        if self.image_id and self.card_image is not None:
            self.image = self.card_image
        return context

    def join_page_here(self):
        """The join page in the reader's language."""
        return in_current_language([self.join_page_id]).get(self.join_page_id)

    def get_featured_pages(self, request=None):
        """Featured pages that are live and that this visitor may see, in the editor's
        order, each as its specific type and marked if members only, in a fixed
        number of queries."""
        if self.pk and not getattr(request, "is_preview", False):
            key = ("featured", self.pk, tuple(hidden_paths(request)))
            return memo.get(request, key, lambda: self._read_featured_pages(request))
        return self._read_featured_pages(request)

    def _read_featured_pages(self, request):
        links = list(self.featured_pages.filter(page__live=True).select_related("page"))
        pages = Page.objects.filter(pk__in=[link.page_id for link in links])
        specific = {
            page.pk: page
            for page in mark_members_only(visible_to(request, pages).specific(), request)
        }
        featured = []
        for link in links:
            page = specific.get(link.page_id)
            if page is not None:
                summary = link.summary or getattr(page, "summary", "") or page.search_description
                if link.image_id:  # the card's own image, in place of the page's
                    page.card_image_id = link.image_id
                    page.card_image_alt = link.image_alt_text
                featured.append((page, summary))
        return featured


class HomePageFeaturedPage(Orderable, PageImageMixin):
    """A page featured on the home page: guidance, a resource or any other page."""

    home_page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_pages")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    summary = models.CharField(
        max_length=250, blank=True, help_text=_("Leave empty to use the page's own summary.")
    )

    panels = [PageChooserPanel("page"), FieldPanel("summary"), *PageImageMixin.image_panels]


class StandardPage(PageImageMixin, PrivacyByEditorsMixin, Page):
    """A general content page: about, joining, privacy, accessibility and the like."""

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
    api_fields = [
        APIField("introduction"),
        APIField("body"),
        APIField("image"),
        APIField("image_alt_text"),
    ]  # home/api.py
    search_summary_field = "introduction"  # shown in site search (home/search_results.py)
    parent_page_types = ["home.HomePage", "home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")

    @property
    def summary(self):
        return self.search_description or self.introduction

    def body_blocks(self):
        return anchored_blocks(self.body)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["child_pages"] = self.child_pages(request)
        return context

    def child_pages(self, request=None):
        """Live children this visitor may see, for the "In this section" listing,
        members-only ones marked."""
        children = visible_to(request, self.get_children().live())
        return attach_card_images(mark_members_only(children.specific(), request))


@register_setting(icon="site")
class SiteSettings(BaseGenericSetting):
    """Contact details and footer content shown on every page."""

    contact_email = models.EmailField(
        default="community@example.org", help_text=_("Where people write to the organisers.")
    )
    footer_text = RichTextField(blank=True, features=["bold", "italic", "link"])
    privacy_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    automatic_approval = models.BooleanField(
        default=False,
        help_text=_(
            "Approve membership as soon as a person confirms their e-mail address, "
            "instead of waiting for an editor."
        ),
    )

    panels = [
        FieldPanel("contact_email"),
        FieldPanel("automatic_approval"),
        FieldPanel("footer_text"),
        PageChooserPanel("privacy_page"),
        PageChooserPanel("accessibility_page"),
    ]

    class Meta:
        verbose_name = _("site settings")

    @classmethod
    def load(cls, request_or_site=None):
        """Read once per content version (every page's footer shows them), and
        handed to each request as its own copy."""
        if not isinstance(request_or_site, HttpRequest):
            return super().load(request_or_site)
        attr_name = cls.get_cache_attr_name()
        if not hasattr(request_or_site, attr_name):
            shared = memo.get(request_or_site, "site_settings", cls._get_or_create)
            setattr(request_or_site, attr_name, copy.copy(shared))
        return getattr(request_or_site, attr_name)


# Models of the e-mail outbox and the scheduler live beside their logic.
from .outbox import OutgoingEmail  # noqa: E402, F401
from .scheduler import ScheduledRun  # noqa: E402, F401


class ComplianceStatus(models.TextChoices):
    FULL = "full", _("Fully compliant")
    PARTIAL = "partial", _("Partially compliant")
    NONE = "none", _("Not compliant")


class AccessibilityStatementPage(PageImageMixin, PrivacyByEditorsMixin, Page):
    """The accessibility statement, with each part the UK accessibility
    regulations (Public Sector Bodies Accessibility Regulations 2018) ask for
    as a field of its own, so none can be left out by accident."""

    introduction = models.TextField(blank=True)
    compliance_status = models.CharField(
        _("compliance status"),
        max_length=10,
        choices=ComplianceStatus.choices,
        default=ComplianceStatus.PARTIAL,
        help_text=_("Against WCAG 2.2 level AA."),
    )
    compliance_summary = RichTextField(
        _("how accessible the website is"), features=["bold", "italic", "link", "ul"]
    )
    non_accessible_content = RichTextField(
        _("content that is not accessible, and why"),
        features=["h3", "bold", "italic", "link", "ul"],
        help_text=_(
            "What fails and why: not meeting the regulations, a disproportionate burden, "
            "or outside their scope. Say what you will do and by when."
        ),
    )
    reporting = RichTextField(
        _("how to report a problem or ask for another format"),
        features=["bold", "italic", "link", "ul"],
    )
    response_days = models.PositiveSmallIntegerField(_("working days to reply"), default=10)
    enforcement = RichTextField(
        _("enforcement procedure"),
        features=["bold", "italic", "link", "ul"],
        help_text=_(
            "Who enforces the regulations: the Equality and Human Rights Commission, "
            "and the Equality Advisory and Support Service."
        ),
    )
    testing = RichTextField(
        _("how the website was tested"), features=["bold", "italic", "link", "ul"]
    )
    prepared_on = models.DateField(_("statement prepared on"))
    last_reviewed_on = models.DateField(_("statement last reviewed on"))
    last_tested_on = models.DateField(_("website last tested on"), null=True, blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        *PageImageMixin.image_panels,
        MultiFieldPanel(
            [FieldPanel("compliance_status"), FieldPanel("compliance_summary")],
            heading=_("Compliance status"),
        ),
        FieldPanel("non_accessible_content"),
        MultiFieldPanel(
            [FieldPanel("reporting"), FieldPanel("response_days")],
            heading=_("Feedback and contact"),
        ),
        FieldPanel("enforcement"),
        FieldPanel("testing"),
        MultiFieldPanel(
            [
                FieldPanel("prepared_on"),
                FieldPanel("last_reviewed_on"),
                FieldPanel("last_tested_on"),
            ],
            heading=_("Dates"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("non_accessible_content"),
    ]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1
    search_summary_field = "introduction"

    class Meta:
        verbose_name = _("accessibility statement")

    @property
    def summary(self):
        return self.search_description or self.introduction


# The partner sectors section (its pages list what the feature apps register).
from .sector_pages import SectorIndexPage, SectorPage  # noqa: E402, F401
