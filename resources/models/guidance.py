"""Guidance, ethics standards, toolkits and evaluation frameworks as page trees.

A guide is a subtree: its root GuidancePage (directly under the GuidanceIndexPage)
is the guide and carries the guide's details; the GuidancePages below it are its
chapters, nested as deep as editors need."""

import datetime
from functools import partial

from django.db import models
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    PageChooserPanel,
    Panel,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.blocks import anchored_blocks
from home.content_version import memo
from home.page_images import PageImageMixin, attach_card_images
from home.params import slug_param
from home.privacy import (
    PrivacyByEditorsMixin,
    hidden_paths,
    hidden_q,
    mark_members_only,
    visible_to,
)
from home.routable import RoutesNamedByPath
from home.sectors import SectorsField
from home.translation_sync import default_language_code
from resources.blocks import GuidanceStreamBlock

REVIEW_SOON_DAYS = 30


class GuideKind(models.TextChoices):
    GUIDANCE = "guidance", _("Guidance")
    ETHICS_STANDARD = "ethics-standard", _("Ethics standard")
    TOOLKIT = "toolkit", _("Toolkit")
    EVALUATION_FRAMEWORK = "evaluation-framework", _("Evaluation framework")


class GuideStatus(models.TextChoices):
    ADOPTED = "adopted", _("Adopted")
    CONSULTATION = "consultation", _("Draft for consultation")


class GuidanceIndexPage(PageImageMixin, PrivacyByEditorsMixin, RoutesNamedByPath, Page):
    """The Guidance section: lists guides, grouped by kind, filterable by topic."""

    introduction = models.TextField(blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        *PageImageMixin.image_panels,
    ]
    search_fields = Page.search_fields + [index.SearchField("introduction")]
    search_summary_field = "introduction"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["resources.GuidancePage"]
    # The Atom feed of new and revised guidance: see resources/views.py.
    subpage_routes = "resources.views.guidance_index_routes"

    class Meta:
        verbose_name = _("guidance index page")

    @property
    def summary(self):
        return self.search_description or self.introduction

    @property
    def topic_names(self):
        return [tag.name for tag in self.topics.all()]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        guides = (
            visible_to(request, GuidancePage.objects.child_of(self).live())
            .order_by("title")
            .prefetch_related("topics")
        )
        topics = (
            Tag.objects.filter(resources_guidetopic_items__content_object__in=guides)
            .distinct()
            .order_by("name")
        )
        kind = request.GET.get("kind", "")
        topic = slug_param(request.GET, "topic")
        if kind in GuideKind.values:
            guides = guides.filter(kind=kind)
        else:
            kind = ""
        if topic:
            guides = guides.filter(topics__slug=topic)
        guides = attach_card_images(mark_members_only(guides, request))
        context.update(
            kinds=GuideKind.choices,
            topics=list(topics),
            selected_kind=kind,
            selected_topic=topic,
            is_filtered=bool(kind or topic),
            guide_count=len(guides),
            guide_groups=[
                (label, [guide for guide in guides if guide.kind == value])
                for value, label in GuideKind.choices
                if any(guide.kind == value for guide in guides)
            ],
        )
        return context


class GuideTopic(TaggedItemBase):
    content_object = ParentalKey(
        "resources.GuidancePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


# The guide's details, kept on its top page and inherited by its chapters.
GUIDE_ONLY_FIELDS = [
    "kind",
    "status",
    "version",
    "first_published",
    "last_reviewed",
    "next_review_due",
    "owning_team",
    "topics",
    "sectors",
]
GUIDE_ONLY_FORMSETS = ["downloads", "related_pages"]


class GuidancePageForm(WagtailAdminPageForm):
    """A chapter's form has no guide details: they are the guide's (its top page)."""

    def __init__(self, *args, parent_page=None, **kwargs):
        super().__init__(*args, parent_page=parent_page, **kwargs)
        if parent_page is not None and parent_page.specific_class is GuidancePage:
            for name in GUIDE_ONLY_FIELDS:
                self.fields.pop(name, None)
            for name in GUIDE_ONLY_FORMSETS:
                self.formsets.pop(name, None)


class GuideOnlyInlinePanel(InlinePanel):
    """An InlinePanel left out (with its tab, when nothing else is in it) where
    the form has no formset for it: on a chapter."""

    class BoundPanel(InlinePanel.BoundPanel):
        def __init__(self, **kwargs):
            panel, form = kwargs["panel"], kwargs.get("form")
            self.missing = form is not None and panel.relation_name not in form.formsets
            if self.missing:
                Panel.BoundPanel.__init__(self, **kwargs)
                self.label = panel.label
                return
            super().__init__(**kwargs)

        def is_shown(self):
            return not self.missing and super().is_shown()


class GuidancePage(PageImageMixin, PrivacyByEditorsMixin, RoutablePageMixin, Page):
    """A guide (when directly under the index) or one of its chapters."""

    base_form_class = GuidancePageForm
    # The explorer lists a guide's chapters in reading order.
    admin_default_ordering = "ord"

    summary = models.TextField(blank=True, help_text=_("One or two sentences for listings."))
    body = StreamField(GuidanceStreamBlock(), blank=True, use_json_field=True)

    # The guide's details: filled in on the guide itself, left empty on chapters.
    kind = models.CharField(max_length=30, choices=GuideKind.choices, default=GuideKind.GUIDANCE)
    status = models.CharField(
        max_length=20, choices=GuideStatus.choices, default=GuideStatus.ADOPTED
    )
    version = models.CharField(max_length=20, blank=True)
    first_published = models.DateField(null=True, blank=True)
    last_reviewed = models.DateField(null=True, blank=True)
    next_review_due = models.DateField(null=True, blank=True)
    owning_team = models.CharField(max_length=120, blank=True)
    topics = ClusterTaggableManager(through=GuideTopic, blank=True)
    sectors = SectorsField(help_text=_("The other sectors this guide concerns, if any."))

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        *PageImageMixin.image_panels,
        FieldPanel("body"),
    ]
    guide_panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("status"), FieldPanel("version")]),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("first_published"),
                        FieldPanel("last_reviewed"),
                        FieldPanel("next_review_due"),
                    ]
                ),
                FieldPanel("owning_team"),
            ],
            heading=_("Review"),
        ),
        FieldPanel("topics"),
        FieldPanel("sectors"),
        GuideOnlyInlinePanel("downloads", heading=_("Downloads"), label=_("Download")),
        GuideOnlyInlinePanel(
            "related_pages", heading=_("Related guides and resources"), label=_("Page")
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(
                guide_panels,
                heading=_("Guide details"),
                help_text=_("Only on the guide itself (its top page); its chapters inherit them."),
            ),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.FilterField("kind"),
        index.FilterField("next_review_due"),
    ]
    parent_page_types = ["resources.GuidanceIndexPage", "resources.GuidancePage"]
    subpage_types = ["resources.GuidancePage"]
    # For partners' sites (home/api.py).
    api_fields = [
        APIField("summary"),
        APIField("body"),
        APIField("image"),
        APIField("image_alt_text"),
        APIField("kind"),
        APIField("status"),
        APIField("version"),
        APIField("first_published"),
        APIField("last_reviewed"),
        APIField("next_review_due"),
        APIField("topic_names"),
    ]

    # How site search shows it (home/search_results.py).
    search_result_type = "guide"
    search_summary_field = "summary"

    class Meta:
        verbose_name = _("guidance page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The guide's pages this visitor may see: a members-only chapter is left out
        # of the contents and the pager for anyone who may not open it.
        self.guide_pages = self.visible_guide_pages(request)
        context["guide_related"] = self.guide_related_pages(request)
        return context

    # The guide and its tree: a fixed number of queries whatever the guide's size.

    @cached_property
    def guide(self):
        """The guide this page belongs to: the topmost GuidancePage at or above it
        (looked up once per content version)."""
        steplen = self.steplen
        ancestor_paths = [self.path[:end] for end in range(steplen, len(self.path) + 1, steplen)]

        def find():
            return GuidancePage.objects.filter(path__in=ancestor_paths).order_by("depth").first()

        guide = memo.get(None, ("guide", self.path), find) if self.pk else find()
        return self if guide is None or guide.pk == self.pk else guide

    def _shared(self, request, name, compute):
        """`compute()`, kept per content version, guide and what this visitor may not
        see; worked out afresh for a guide's own page (a preview shows its unsaved
        downloads and links) and for previews."""
        if self.guide is self or getattr(request, "is_preview", False):
            return compute()
        key = (name, self.guide.pk, tuple(hidden_paths(request)))
        return memo.get(request, key, compute)

    @property
    def is_guide(self):
        return self.guide.pk == self.pk

    def visible_guide_pages(self, request=None):
        """Every live page of the guide this visitor may see, in reading order (tree
        order)."""

        def read():
            pages = Page.objects.descendant_of(self.guide, inclusive=True).live()
            return list(visible_to(request, pages).select_related("locale").order_by("path"))

        return self._shared(request, "guide_pages", read)

    @cached_property
    def guide_pages(self):
        """The guide's pages as anyone may see them (get_context narrows this to what
        the visitor may see)."""
        return self.visible_guide_pages()

    def guide_contents(self):
        """The guide's table of contents as nested (page, children) pairs, below the
        guide's own page."""
        pages = self.guide_pages
        if len(pages) < 2:
            return []
        root_depth = pages[0].depth
        tree = []
        stack = [(root_depth, tree)]
        for page in pages[1:]:
            node = (page, [])
            while stack and stack[-1][0] >= page.depth:
                stack.pop()
            if not stack:  # a chapter whose parent is hidden (draft or private)
                stack = [(root_depth, tree)]
            stack[-1][1].append(node)
            stack.append((page.depth, node[1]))
        return tree

    def _neighbour(self, step):
        ids = [page.pk for page in self.guide_pages]
        if self.pk not in ids:
            return None
        position = ids.index(self.pk) + step
        return self.guide_pages[position] if 0 <= position < len(ids) else None

    def previous_page(self):
        return self._neighbour(-1)

    def next_page(self):
        return self._neighbour(1)

    def body_blocks(self):
        return anchored_blocks(self.body)

    def in_page_contents(self):
        """(anchor, text) for the page's own headings and numbered standards, in order,
        so a page of standards lists each one it sets (#standard-3) in its contents."""
        contents = []
        for block, anchor in self.body_blocks():
            if anchor:
                contents.append((anchor, block.value["text"]))
            elif block.block_type == "ethics_standards":
                for standard in block.value["standards"]:
                    label = _("Standard %(number)s: %(title)s") % {
                        "number": standard["number"],
                        "title": standard["title"],
                    }
                    contents.append((f"standard-{standard['number']}", label))
        return contents

    def guide_downloads(self):
        return self._shared(
            None, "guide_downloads", lambda: list(self.guide.downloads.select_related("document"))
        )

    def guide_related_pages(self, request=None):
        def read():
            links = self.guide.related_pages.filter(page__live=True).exclude(
                hidden_q(request, prefix="page__")
            )
            return [link.page for link in links.select_related("page")]

        return self._shared(request, "guide_related", read)

    @property
    def review_overdue(self):
        """Past its review date: editors see "Review overdue", readers a calm "Due for review"."""
        due = self.guide.next_review_due
        return due is not None and due < timezone.localdate()

    # Whole-guide print view.

    @path("print/", name="print")
    def print_view(self, request):
        if not self.is_guide:
            return redirect(self.guide.url + self.guide.reverse_subpage("print"))
        chapters = list(
            visible_to(
                request, GuidancePage.objects.descendant_of(self, inclusive=True).live()
            ).order_by("path")
        )
        sections = [
            {
                "page": chapter,
                "level": chapter.depth - self.depth,
                "heading_tag": f"h{min(chapter.depth - self.depth + 1, 6)}",
                # Worked out only when the chapter's shared fragment is rendered.
                "blocks": partial(anchored_blocks, chapter.body, prefix=f"{chapter.slug}-"),
            }
            for chapter in chapters
        ]
        return TemplateResponse(
            request,
            "resources/guidance_print.html",
            {**self.get_context(request), "sections": sections},
        )

    def print_url(self):
        return self.guide.url + self.guide.reverse_subpage("print")


class GuideDownload(Orderable):
    """A file offered with the guide: a PDF or Word version, a template."""

    guide = ParentalKey(GuidancePage, on_delete=models.CASCADE, related_name="downloads")
    document = models.ForeignKey("wagtaildocs.Document", on_delete=models.CASCADE, related_name="+")
    title = models.CharField(
        max_length=200, blank=True, help_text=_("Leave empty to use the document's title.")
    )

    panels = [FieldPanel("document"), FieldPanel("title")]

    @property
    def label(self):
        return self.title or self.document.title


class GuideRelatedPage(Orderable):
    """Another guide or a resource worth reading alongside this guide."""

    guide = ParentalKey(GuidancePage, on_delete=models.CASCADE, related_name="related_pages")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")

    panels = [
        PageChooserPanel("page", page_type=["resources.GuidancePage", "resources.ResourcePage"])
    ]


def guides_due_for_review(today=None):
    """Guides whose next review is past or within REVIEW_SOON_DAYS, soonest first."""
    today = today or timezone.localdate()
    limit = today + datetime.timedelta(days=REVIEW_SOON_DAYS)
    # Guides are the GuidancePages directly under an index; chapters never count.
    guide_positions = models.Q(pk__in=[])
    # The default language's guides; translations follow their reviews.
    for guidance_index in GuidanceIndexPage.objects.filter(
        alias_of__isnull=True, locale__language_code=default_language_code()
    ).only("path", "depth"):
        guide_positions |= models.Q(
            path__startswith=guidance_index.path, depth=guidance_index.depth + 1
        )
    return (
        GuidancePage.objects.filter(guide_positions)
        .filter(alias_of__isnull=True)
        .filter(next_review_due__isnull=False, next_review_due__lte=limit)
        .order_by("next_review_due", "title")
    )
