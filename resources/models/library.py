"""The resource library: resources anyone can search, members can contribute to."""

from django import forms
from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext, gettext_noop
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.blocks import RICH_TEXT_FEATURES
from home.page_images import PageImageMixin
from home.privacy import PrivacyByEditorsMixin, hidden_q
from home.routable import RoutesNamedByPath
from home.search import in_language
from home.sectors import SectorsField
from members.models import Region


class ResourceType(models.TextChoices):
    CASE_STUDY = "case-study", _("Case study")
    EVALUATION_REPORT = "evaluation-report", _("Evaluation report")
    RESEARCH_PAPER = "research-paper", _("Research paper")
    GUIDE_OR_TOOLKIT = "guide-toolkit", _("Guide or toolkit")
    TEMPLATE_OR_FORM = "template-form", _("Template or form")
    PRESENTATION = "presentation", _("Presentation")
    VIDEO_OR_AUDIO = "video-audio", _("Video or audio")
    WEBSITE_OR_TOOL = "website-tool", _("Website or tool")
    POLICY = "policy", _("Policy")
    OTHER = "other", _("Other")


class Licence(models.TextChoices):
    CC_BY = "cc-by-4", _("Creative Commons Attribution 4.0 (CC BY 4.0)")
    OGL = "ogl", _("Open Government Licence")
    ALL_RIGHTS_RESERVED = "all-rights-reserved", _("All rights reserved")
    OTHER = "other", _("Other")


class ResourceRegion(models.TextChoices):
    """Where a resource comes from or applies; members' regions plus UK-wide."""

    UK_WIDE = "uk-wide", _("UK-wide")


RESOURCE_REGIONS = ResourceRegion.choices + Region.choices


class Credit(models.TextChoices):
    """How a contributor asked to be credited under "Shared by"."""

    NAME = "name", _("Their name")
    ORGANISATION = "organisation", _("Their organisation")
    COMMUNITY = "community", _("A member of the community")


def implied_credit(user):
    """The credit a person's directory choice implies: someone listed in the
    directory is already named to members; anyone else is not named at all."""
    profile = getattr(user, "profile", None)
    if profile is not None and profile.listed_in_directory:
        return Credit.NAME
    return Credit.COMMUNITY


# The audiences' names, as the data migration creates them, listed so that the
# interface catalogue can translate them.
AUDIENCE_NAMES = [
    gettext_noop("Link workers"),
    gettext_noop("Heritage organisations"),
    gettext_noop("VCSE organisations"),
    gettext_noop("Health commissioners"),
    gettext_noop("Researchers"),
    gettext_noop("Volunteers"),
]


class Audience(models.Model):
    """Who a resource is for. A fixed list, created by a data migration; shown
    in the reader's language."""

    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(unique=True)
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["sort_order", "name"]

    def __str__(self):
        return gettext(self.name)


class ResourceTopic(TaggedItemBase):
    content_object = ParentalKey(
        "resources.ResourcePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ResourceLibraryPage(PageImageMixin, PrivacyByEditorsMixin, RoutesNamedByPath, Page):
    """The library at /resources/: search, filters, the feed and contributing."""

    introduction = models.TextField(blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        *PageImageMixin.image_panels,
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["resources.ResourcePage"]
    max_count_per_parent = 1
    # The library itself, its feed and contributing: see resources/views.py.
    subpage_routes = "resources.views.library_page_routes"

    class Meta:
        verbose_name = _("resource library page")

    search_summary_field = "introduction"

    @property
    def summary(self):
        return self.search_description or self.introduction


class ResourcePage(PageImageMixin, PrivacyByEditorsMixin, Page):
    """One resource: a document or a link, described so people can find it."""

    summary = models.TextField(max_length=600)
    body = RichTextField(blank=True, features=RICH_TEXT_FEATURES)
    resource_type = models.CharField(max_length=30, choices=ResourceType.choices)
    topics = ClusterTaggableManager(through=ResourceTopic, blank=True)
    audiences = ParentalManyToManyField(Audience, blank=True, related_name="resources")
    region = models.CharField(max_length=20, choices=RESOURCE_REGIONS, default="uk-wide")
    sectors = SectorsField(help_text=_("The other sectors this resource concerns, if any."))
    organisation = models.CharField(max_length=200, blank=True)
    publication_date = models.DateField(null=True, blank=True)
    licence = models.CharField(max_length=30, choices=Licence.choices, default=Licence.CC_BY)
    document = models.ForeignKey(
        "wagtaildocs.Document", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    external_url = models.URLField(blank=True, max_length=500)
    contributor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contributed_resources",
    )
    contributed_by_member = models.BooleanField(default=False, editable=False)
    credit_as = models.CharField(
        _("credit the contributor as"),
        max_length=20,
        choices=Credit.choices,
        default=Credit.COMMUNITY,
        help_text=_("The contributor's own choice; the public sees it under “Shared by”."),
    )
    download_count = models.PositiveIntegerField(default=0, editable=False)

    # Case studies only.
    place = models.CharField(max_length=200, blank=True)
    partners = models.TextField(blank=True)
    activity = models.TextField(blank=True)
    participants = models.TextField(blank=True)
    outcomes = models.TextField(blank=True)
    lessons_learned = models.TextField(blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        *PageImageMixin.image_panels,
        FieldPanel("body"),
        FieldRowPanel([FieldPanel("resource_type"), FieldPanel("licence")]),
        MultiFieldPanel(
            [FieldPanel("document"), FieldPanel("external_url")], heading=_("File or link")
        ),
        FieldPanel("topics"),
        FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
        FieldPanel("sectors"),
        FieldRowPanel([FieldPanel("region"), FieldPanel("publication_date")]),
        FieldPanel("organisation"),
        FieldRowPanel(
            [FieldPanel("contributor", read_only=True), FieldPanel("credit_as", read_only=True)]
        ),
        MultiFieldPanel(
            [
                FieldPanel("place"),
                FieldPanel("partners"),
                FieldPanel("activity"),
                FieldPanel("participants"),
                FieldPanel("outcomes"),
                FieldPanel("lessons_learned"),
            ],
            heading=_("Case study details"),
            classname="collapsed",
        ),
        InlinePanel("related_pages", heading=_("Related resources and guides"), label=_("Page")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("organisation"),
        index.SearchField("outcomes"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.SearchField("audience_names"),
        index.FilterField("resource_type"),
        index.FilterField("region"),
        index.FilterField("publication_date"),
    ]
    parent_page_types = ["resources.ResourceLibraryPage"]
    subpage_types = []
    # For partners' sites (home/api.py). Never the contributor or download counts.
    api_fields = [
        APIField("summary"),
        APIField("body"),
        APIField("image"),
        APIField("image_alt_text"),
        APIField("resource_type"),
        APIField("topic_names"),
        APIField("audience_labels"),
        APIField("region"),
        APIField("organisation"),
        APIField("publication_date"),
        APIField("licence"),
        APIField("document"),
        APIField("external_url"),
        APIField("place"),
        APIField("partners"),
        APIField("activity"),
        APIField("participants"),
        APIField("outcomes"),
        APIField("lessons_learned"),
    ]

    # How site search shows it (home/search_results.py).
    search_result_type = "resource"
    search_summary_field = "summary"
    search_date_field = "publication_date"

    class Meta:
        verbose_name = _("resource page")

    def audience_names(self):
        """Who it is for, in the page's own language (a Welsh copy in Welsh)."""
        names = [audience.name for audience in self.audiences.all()]
        return " ".join(in_language(names, self.locale.language_code))

    @property
    def topic_names(self):
        return [tag.name for tag in self.topics.all()]

    @property
    def audience_labels(self):
        """Who it is for, as a list (the partner API)."""
        return [audience.name for audience in self.audiences.all()]

    @property
    def is_case_study(self):
        return self.resource_type == ResourceType.CASE_STUDY

    @property
    def credit(self):
        """Who to thank, only as the contributor chose; "a former member" once they
        have left, whatever they chose."""
        if self.contributor_id:
            if self.credit_as == Credit.NAME:
                return self.contributor.get_full_name()
            organisation = getattr(getattr(self.contributor, "profile", None), "organisation", "")
            if self.credit_as == Credit.ORGANISATION and organisation:
                return organisation
            return _("a member of the community")
        if self.contributed_by_member:
            return _("a former member")
        return ""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        links = self.related_pages.filter(page__live=True).exclude(hidden_q(request, "page__"))
        context["related"] = [link.page for link in links.select_related("page")]
        return context

    def download_url(self):
        return reverse("resource_download", args=[self.pk])


class ResourceRelatedPage(Orderable):
    resource = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="related_pages")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")

    panels = [
        PageChooserPanel("page", page_type=["resources.ResourcePage", "resources.GuidancePage"])
    ]
