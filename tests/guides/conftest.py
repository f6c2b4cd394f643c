"""Fixtures for the editorial roles and the review workflow: the groups the data migration makes
(made again here, as SQLite runs skip migrations; both ways run guides/roles.py) and people in them."""

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from wagtail.models import Collection

from guides.models import EditorialProfile
from guides.roles import set_up_review_workflow, set_up_roles
from tests.site_tree import home_page


@pytest.fixture
def roles(db):
    home_page()
    if not Collection.get_first_root_node():
        Collection.add_root(name="Root")
    set_up_roles(apps)
    set_up_review_workflow(apps)


@pytest.fixture
def member(roles, django_user_model):
    """member("Editors", "edith") makes a user in that group; author_page= or team= credits them."""

    def make(group, username, author_page=None, team=None):
        user = django_user_model.objects.create_user(username, f"{username}@example.com", "a long pass phrase")
        user.groups.add(Group.objects.get(name=group))
        if author_page or team:
            EditorialProfile.objects.create(user=user, author_page=author_page, team=team)
        return user

    return make


@pytest.fixture
def client_for(client):
    """A fresh client signed in as the user."""
    from django.test import Client

    def sign_in(user):
        signed_in = Client()
        signed_in.force_login(user)
        return signed_in

    return sign_in
