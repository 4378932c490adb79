"""Blocks for guidance: the shared body blocks plus numbered ethics standards."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from home.blocks import RICH_TEXT_FEATURES, BaseStreamBlock, heading_level


class EthicsStandardBlock(blocks.StructBlock):
    """One standard: its number is part of how people cite it ("Standard 3")."""

    number = blocks.IntegerBlock(min_value=1, help_text=_("Keep numbers stable once published."))
    title = blocks.CharBlock(max_length=150)
    statement = blocks.TextBlock(help_text=_("The standard itself, in one or two sentences."))
    in_practice = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, label=_("What it means in practice")
    )


class EthicsStandardsBlock(blocks.StructBlock):
    """A numbered list of standards, each with an anchor (#standard-3) to cite."""

    standards = blocks.ListBlock(EthicsStandardBlock(), min_num=1)

    class Meta:
        icon = "list-ol"
        template = "blocks/ethics_standards_block.html"
        label = _("Ethics standards")

    def clean(self, value):
        value = super().clean(value)
        numbers = [standard["number"] for standard in value["standards"]]
        duplicates = sorted({n for n in numbers if numbers.count(n) > 1})
        if duplicates:
            message = _("Each standard needs its own number; repeated: %(numbers)s.") % {
                "numbers": ", ".join(str(n) for n in duplicates)
            }
            raise StructBlockValidationError(block_errors={"standards": ValidationError(message)})
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["title_tag"] = f"h{heading_level(parent_context, 3)}"
        return context


class CalloutBlock(blocks.StructBlock):
    """A boxed note beside the text: a tip, a warning or a key point to remember."""

    heading = blocks.CharBlock(max_length=120)
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        template = "blocks/callout_block.html"
        label = _("Call-out")


class GuidanceStreamBlock(BaseStreamBlock):
    ethics_standards = EthicsStandardsBlock()
    callout = CalloutBlock()
