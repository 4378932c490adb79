"""Wagtail's image tags with each filter parsed once per process.

``{% image %}``, ``{% srcset_image %}`` and ``{% picture %}`` work exactly as
Wagtail's (same syntax, same output), but Wagtail builds a new ``Filter`` for every
spec on every render, and a new ``Filter`` parses its spec again (each operation's
arguments are checked by introspection): on a listing of cards that was several
milliseconds a request. A ``Filter`` holds nothing but its spec and the operations
parsed from it, so one per spec serves every render. Load ``image_tags`` instead of
``wagtailimages_tags`` in templates.
"""

from functools import lru_cache

from django import template
from wagtail.images.models import Filter
from wagtail.images.templatetags import wagtailimages_tags

register = template.Library()


@lru_cache(maxsize=512)
def shared_filter(spec):
    """The one Filter for this spec (specs are written in templates: a few dozen)."""
    return Filter(spec=spec)


@lru_cache(maxsize=512)
def shared_filters(specs):
    """The Filters a multi-rendition tag's specs expand to, in Wagtail's order."""
    return tuple(shared_filter(spec) for spec in Filter.expand_spec(list(specs)))


class ImageNode(wagtailimages_tags.ImageNode):
    def get_filter(self):
        return shared_filter("|".join(self.filter_specs))


class SrcsetImageNode(wagtailimages_tags.SrcsetImageNode):
    def get_filters(self):
        return list(shared_filters(tuple(self.filter_specs)))


class PictureNode(wagtailimages_tags.PictureNode):
    def get_filters(self):
        return list(shared_filters(tuple(self.filter_specs)))


NODES = {
    wagtailimages_tags.ImageNode: ImageNode,
    wagtailimages_tags.SrcsetImageNode: SrcsetImageNode,
    wagtailimages_tags.PictureNode: PictureNode,
}


def image(parser, token):
    """Parse as Wagtail does, then use the node that shares its filters."""
    node = wagtailimages_tags.image(parser, token)
    node.__class__ = NODES[type(node)]
    return node


register.tag("image", image)
register.tag("srcset_image", image)
register.tag("picture", image)
