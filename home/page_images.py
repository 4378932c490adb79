"""An image for every page type and featured card, with alt text that cannot be
left out unless the editor marks the image as decorative.

The alt text belongs to the page, not the image: the same photograph of a canal
may say different things on an event page and on a guide. Wagtail's own image
`description` is only a default the editor can copy from."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.images import get_image_model

# The renditions cards and lead images use (templates/components/card_image.html
# and lead_image.html, which must say the same): prefetched together so that a
# listing reads its images in two queries whatever the number of cards.
# WebP with a JPEG fallback. AVIF is left out: Pillow takes most of a second to
# encode each AVIF rendition here (fifty times WebP) for files no smaller on flat
# illustrations; adding "avif" here and in the two templates turns it on.
FORMATS = ("webp", "jpeg")
CARD_SPECS = [f"format-{fmt}|fill-{size}" for fmt in FORMATS for size in ("400x225", "800x450")]
LEAD_SPECS = [f"format-{fmt}|width-{size}" for fmt in FORMATS for size in ("640", "1200")]
# The link-preview card (Open Graph and Twitter), one size for every page.
SOCIAL_SPEC = "fill-1200x630|format-jpeg"


class PageImageMixin(models.Model):
    """Adds `image`, `image_alt` and `image_is_decorative`, checked together."""

    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("image"),
        help_text=_("Shown at the top of the page and on cards that link to it."),
    )
    image_alt = models.CharField(
        _("alternative text"),
        max_length=250,
        blank=True,
        help_text=_(
            "Describe what the image shows for people who cannot see it. "
            "Leave empty only if the image is decorative."
        ),
    )
    image_is_decorative = models.BooleanField(
        _("the image is decorative"),
        default=False,
        help_text=_(
            "Tick only if the image adds nothing a reader would miss; "
            "screen readers will then skip it."
        ),
    )

    image_panels = [
        MultiFieldPanel(
            [FieldPanel("image"), FieldPanel("image_alt"), FieldPanel("image_is_decorative")],
            heading=_("Image"),
        )
    ]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.image_id and not self.image_is_decorative and not self.image_alt.strip():
            raise ValidationError(
                {"image_alt": _("Give alternative text for the image, or mark it as decorative.")}
            )

    @property
    def image_alt_text(self):
        """What the <img> says: nothing for a decorative image."""
        return "" if self.image_is_decorative else self.image_alt


def attach_card_images(items, specs=CARD_SPECS):
    """Give each item (a page, or anything with the mixin's fields) `card_image` and
    `card_image_alt` for components/card_image.html, reading every image and its
    renditions in two queries for the whole list. An item that already has a
    `card_image` (a featured card's own image) keeps it."""
    items = list(items)
    wanted = {
        getattr(item, "card_image_id", None) or getattr(item, "image_id", None) for item in items
    }
    wanted.discard(None)
    images = (
        {
            image.pk: image
            for image in get_image_model().objects.filter(pk__in=wanted).prefetch_renditions(*specs)
        }
        if wanted
        else {}
    )
    for item in items:
        own_id = getattr(item, "card_image_id", None)
        if own_id:
            item.card_image = images.get(own_id)
            continue
        item.card_image = images.get(getattr(item, "image_id", None))
        item.card_image_alt = getattr(item, "image_alt_text", "")
    return items
