"""The site's identity in each page's head: the picture and words that social
media and messaging apps show when someone shares a link."""

from django import template
from django.conf import settings
from django.templatetags.static import static
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.images.models import AbstractImage

from home.page_images import SOCIAL_SPEC
from home.templatetags.image_tags import shared_filter

register = template.Library()

SOCIAL_CARD = "brand/social-card.png"
SOCIAL_CARD_SIZE = (1200, 630)
SITE_DESCRIPTION = gettext_lazy(
    "A free, open network for heritage organisations, practitioners and community "
    "groups who support people's wellbeing through heritage and social prescribing."
)


@register.simple_tag
def has_script_marker():
    """The one inline script (see HAS_SCRIPT_MARKER in settings: its hash is in the
    Content-Security-Policy)."""
    return mark_safe(f"<script>{settings.HAS_SCRIPT_MARKER}</script>")


@register.simple_tag(takes_context=True)
def social_image(context):
    """The page's own image (a field called `image`) cut to a card, or the
    community's card when the page has none."""
    request = context.get("request")
    page = context.get("page")
    image = getattr(page, "image", None) if page is not None else None
    if isinstance(image, AbstractImage):
        rendition = image.get_rendition(shared_filter(SOCIAL_SPEC))
        url = rendition.url
        width, height = rendition.width, rendition.height
        alt = getattr(page, "image_alt", "") or getattr(image, "description", "") or ""
    else:
        url = static(SOCIAL_CARD)
        width, height = SOCIAL_CARD_SIZE
        alt = _("Heritage and Social Prescribing Community of Practice")
    if request is not None and url.startswith("/"):
        url = request.build_absolute_uri(url)
    return {"url": url, "width": width, "height": height, "alt": alt}


@register.simple_tag(takes_context=True)
def social_title(context):
    page = context.get("page")
    title = getattr(page, "seo_title", "") or getattr(page, "title", "")
    return title or _("Heritage and Social Prescribing Community of Practice")


@register.simple_tag(takes_context=True)
def social_description(context):
    """A sentence or two about the page, from the first of its descriptions that is set."""
    page = context.get("page")
    # A chapter with no words of its own about it is described by its guide.
    for source in (page, getattr(page, "guide", None)):
        for name in ("search_description", "summary", "introduction"):
            value = getattr(source, name, "")
            if value and isinstance(value, str):
                return Truncator(strip_tags(value)).words(40)
    return SITE_DESCRIPTION


@register.simple_tag(takes_context=True)
def absolute_url(context, path=""):
    """This request's address (or `path` on this site) in full, for tags read off-site."""
    request = context.get("request")
    if request is None:
        return path
    return request.build_absolute_uri(path or request.path)


@register.filter
def webcal(url):
    """The calendar-subscription form of a feed's address (webcal://), which calendar
    apps open as a subscription rather than a one-off download."""
    for scheme in ("https://", "http://"):
        if url.startswith(scheme):
            return "webcal://" + url.removeprefix(scheme)
    return url
