"""Factories for the project's models, shared by tests (and usable from a shell)."""

import factory
import wagtail_factories
from django.contrib.auth import get_user_model

from home.models import HomePage, StandardPage


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("email",)

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    first_name = "Alex"
    last_name = factory.Sequence(lambda n: f"Person{n}")
    password = factory.django.Password("a-long-test-password")


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
