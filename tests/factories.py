"""Factories for the project's models, shared by tests (and usable from a shell)."""

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from wagtail.rich_text import RichText

from home.models import HomePage, StandardPage
from resources.models import GuidanceIndexPage, GuidancePage


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("email",)
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    first_name = "Alex"
    last_name = factory.Sequence(lambda n: f"Person{n}")
    password = factory.django.Password("a-long-test-password")

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.add(*extracted)


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Test home"
    introduction = "A community for heritage and wellbeing."


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Standard page {n}")
    introduction = "An introduction."


class GuidanceIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = GuidanceIndexPage

    title = "Guidance"


class GuidancePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = GuidancePage

    title = factory.Sequence(lambda n: f"Guide page {n}")
    summary = "A page of guidance."


def build_guide(index, title="A guide", chapters=3, **fields):
    """A guide with `chapters` chapters directly under it, each with one heading."""
    guide = GuidancePageFactory(parent=index, title=title, **fields)
    for number in range(1, chapters + 1):
        GuidancePageFactory(
            parent=guide,
            title=f"Chapter {number}",
            slug=f"chapter-{number}",
            body=[
                ("heading", {"text": f"Part {number}", "level": "h2"}),
                ("paragraph", RichText(f"<p>Text of chapter {number}.</p>")),
            ],
        )
    return guide


def english(model):
    """A page type's English pages. The Welsh tree mirrors them as aliases, so
    looking a demo page up by slug or title alone would find two."""
    return model.objects.filter(locale__language_code="en")
