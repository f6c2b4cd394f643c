"""Factories for people and teams. Author pages sit under one author index, made when first needed."""

import factory
import wagtail_factories
from django.utils.text import slugify
from factory.django import DjangoModelFactory

from authors.models import AuthorIndexPage, AuthorPage, Team
from tests.site_tree import home_page


def author_index():
    return AuthorIndexPage.objects.first() or AuthorIndexPageFactory()


class AuthorIndexPageFactory(wagtail_factories.PageFactory):
    title = "Authors"
    slug = "authors"
    parent = factory.LazyFunction(home_page)

    class Meta:
        model = AuthorIndexPage


class AuthorPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Author {n}")
    parent = factory.LazyFunction(author_index)
    role = "Engineer"
    company = "Resourcifi"

    class Meta:
        model = AuthorPage


class TeamFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Team {n}")
    slug = factory.LazyAttribute(lambda team: slugify(team.name))

    class Meta:
        model = Team
