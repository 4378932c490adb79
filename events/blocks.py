from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class AgendaItemBlock(blocks.StructBlock):
    """One item on a meeting's agenda."""

    time = blocks.TimeBlock(required=False, format="%H:%M")
    title = blocks.CharBlock(max_length=200)
    speaker = blocks.CharBlock(required=False, max_length=200)
    description = blocks.TextBlock(required=False)

    class Meta:
        icon = "time"
        label = _("Agenda item")


class AgendaBlock(blocks.StreamBlock):
    item = AgendaItemBlock()
