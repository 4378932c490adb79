"""StreamField blocks shared by every page type that has a body."""

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

# Headings are left out on purpose: the heading block gives them anchors and keeps
# their levels in order, which in-page contents and the print view rely on.
RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


def anchored_blocks(stream_value, prefix=""):
    """Pair each block of a StreamField value with an anchor: a unique id for each
    heading block (repeated headings get -2, -3...), None for anything else."""
    seen = {}
    pairs = []
    for child in stream_value:
        anchor = None
        if child.block_type == "heading":
            base = slugify(child.value["text"]) or "section"
            seen[base] = seen.get(base, 0) + 1
            anchor = prefix + (base if seen[base] == 1 else f"{base}-{seen[base]}")
        pairs.append((child, anchor))
    return pairs


def heading_level(parent_context, level):
    """A heading level shifted by the page's heading_offset (the print view of a
    guide nests chapters), never beyond h6."""
    offset = (parent_context or {}).get("heading_offset") or 0
    return min(int(level) + int(offset), 6)


class HeadingBlock(blocks.StructBlock):
    """A section heading; its anchor lets in-page contents and citations link to it."""

    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Level 2")), ("h3", _("Level 3")), ("h4", _("Level 4"))],
        default="h2",
        help_text=_("Keep levels in order: a level 3 heading follows a level 2."),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        given_anchor = (parent_context or {}).get("anchor")
        context["anchor"] = given_anchor or slugify(value["text"]) or "section"
        context["tag"] = f"h{heading_level(parent_context, value['level'][1])}"
        return context


class CaptionedImageBlock(blocks.StructBlock):
    """An image that cannot be saved without text for people who cannot see it."""

    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    caption = blocks.CharBlock(required=False, max_length=250)
    credit = blocks.CharBlock(required=False, max_length=120)

    class Meta:
        icon = "image"
        template = "blocks/captioned_image_block.html"


class QuoteBlock(blocks.StructBlock):
    """A quotation with an optional attribution."""

    quote = blocks.TextBlock()
    attribution = blocks.CharBlock(required=False, max_length=200)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"


class CallToActionBlock(blocks.StructBlock):
    """A short prompt with one button, to a page on this site or another address."""

    heading = blocks.CharBlock(max_length=120)
    text = blocks.TextBlock(required=False)
    button_text = blocks.CharBlock(max_length=60)
    link_page = blocks.PageChooserBlock(required=False)
    link_url = blocks.URLBlock(required=False)

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action_block.html"

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("link_page")) == bool(value.get("link_url")):
            message = _("Choose a page or enter an address (one of the two).")
            raise StructBlockValidationError(block_errors={"link_page": ValidationError(message)})
        return value


class DocumentLinksBlock(blocks.StructBlock):
    """A list of downloads, each shown with its file type and size."""

    heading = blocks.CharBlock(required=False, max_length=120)
    documents = blocks.ListBlock(DocumentChooserBlock(), min_num=1)

    class Meta:
        icon = "doc-full"
        template = "blocks/document_links_block.html"


class AccordionItemBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200)
    content = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)


class AccordionBlock(blocks.StructBlock):
    """Collapsible sections built on <details>, so they work without JavaScript."""

    heading = blocks.CharBlock(required=False, max_length=120)
    items = blocks.ListBlock(AccordionItemBlock(), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "blocks/accordion_block.html"


class CaptionedEmbedBlock(blocks.StructBlock):
    """A video or other embed. The embed is required: an empty optional EmbedBlock
    breaks translation with wagtail-localize."""

    embed = EmbedBlock(help_text=_("Address of a video or other media, e.g. a YouTube link."))
    caption = blocks.CharBlock(required=False, max_length=250)
    transcript_url = blocks.URLBlock(required=False, label=_("Transcript address"))

    class Meta:
        icon = "media"
        template = "blocks/captioned_embed_block.html"


class BaseStreamBlock(blocks.StreamBlock):
    """The body blocks every content page offers."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, icon="pilcrow")
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    document_links = DocumentLinksBlock()
    accordion = AccordionBlock()
    table = TableBlock(
        table_options={
            "contextMenu": [
                "row_above",
                "row_below",
                "col_left",
                "col_right",
                "remove_row",
                "remove_col",
                "undo",
                "redo",
            ]
        },
        template="blocks/table_block.html",
    )
    embed = CaptionedEmbedBlock()
