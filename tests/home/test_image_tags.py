"""The site's image tags give Wagtail's output, with each filter parsed once."""

from pathlib import Path

import pytest
from django.template import Context, Template

from home.demo.illustrations import demo_image
from home.templatetags.image_tags import shared_filter, shared_filters

pytestmark = pytest.mark.django_db

TAGS = [
    '{% picture img format-{webp,jpeg} fill-{400x225,800x450} sizes="100vw" alt="A church" %}',
    '{% srcset_image img width-{320,640} sizes="100vw" alt="A church" %}',
    '{% image img width-1200 alt="A church" %}',
    "{% image img width-1200 as out %}{{ out.url }} {{ out.width }}",
]


@pytest.mark.parametrize("tag", TAGS)
def test_the_tags_render_as_wagtails_own(tag):
    image = demo_image("church")
    ours = Template("{% load image_tags %}" + tag).render(Context({"img": image}))
    wagtails = Template("{% load wagtailimages_tags %}" + tag).render(Context({"img": image}))
    assert ours == wagtails
    assert "/media/images/" in ours
    # Rendered again (the cached template loader keeps the node), the same output.
    assert Template("{% load image_tags %}" + tag).render(Context({"img": image})) == ours


def test_each_spec_is_parsed_once_and_kept():
    assert shared_filter("width-1200") is shared_filter("width-1200")
    first = shared_filters(("format-{webp,jpeg}", "width-{640,1200}"))
    assert [f.spec for f in first] == [
        "format-webp|width-640",
        "format-webp|width-1200",
        "format-jpeg|width-640",
        "format-jpeg|width-1200",
    ]
    assert shared_filters(("format-{webp,jpeg}", "width-{640,1200}"))[0] is first[0]
    assert first[0] is shared_filter("format-webp|width-640")
    # Parsed once: the operations are computed and kept on the shared object.
    assert first[0].operations is shared_filter("format-webp|width-640").operations


def test_no_template_loads_wagtails_image_tags(settings):
    templates = Path(settings.BASE_DIR) / "templates"
    loading = [
        str(path)
        for path in templates.rglob("*.html")
        if "wagtailimages_tags" in path.read_text(encoding="utf-8")
    ]
    assert loading == []
