"""The demo's Welsh guide is Welsh throughout: every string of the translated guide,
its longer chapters included, has a Welsh translation (none falls back to English)."""

import pytest
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from home.demo.welsh import TRANSLATED_GUIDE, WELSH
from resources.models import GuidancePage
from tests.factories import english

pytestmark = pytest.mark.django_db

# Strings that are the same in both languages.
SAME_IN_WELSH = {"2.0", "Wellbeing and Inclusion"}


def test_every_string_of_the_translated_guide_has_welsh():
    _section, guide_slug = TRANSLATED_GUIDE
    guide = english(GuidancePage).get(slug=guide_slug)
    missing = []
    for page in GuidancePage.objects.descendant_of(guide, inclusive=True).specific():
        for segment in extract_segments(page):
            # Slugs stay as they are, so addresses match across languages.
            if isinstance(segment, StringSegmentValue) and segment.path != "slug":
                text = segment.string.data
                if text not in WELSH and text not in SAME_IN_WELSH:
                    missing.append((page.slug, segment.path, text))
    assert missing == [], "\n".join(map(str, missing))
