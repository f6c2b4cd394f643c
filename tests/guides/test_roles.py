"""What each editorial role may do in the admin: the groups the data migration creates."""

import pytest
from django.urls import reverse

from tests.frameworks.factories import FrameworkFactory
from tests.guides.factories import GuideIndexPageFactory, GuidePageFactory

pytestmark = pytest.mark.django_db

ROLES = ["Editors", "Engineering reviewers", "Publishers", "Sales", "Administrators"]


@pytest.fixture
def framework():
    return FrameworkFactory(name="Django")


def status_for(member, client_for, group, url):
    return client_for(member(group, "someone")).get(url).status_code


@pytest.mark.parametrize(
    "group, expected",
    [("Editors", 200), ("Engineering reviewers", 302), ("Publishers", 200), ("Sales", 302), ("Administrators", 200)],
)
def test_who_may_start_a_new_guide(member, client_for, group, expected):
    index = GuideIndexPageFactory()
    url = reverse("wagtailadmin_pages:add", args=["guides", "guidepage", index.pk])
    assert status_for(member, client_for, group, url) == expected


@pytest.mark.parametrize(
    "group, expected",
    [("Editors", 200), ("Engineering reviewers", 302), ("Publishers", 200), ("Sales", 302), ("Administrators", 200)],
)
def test_who_may_edit_a_guide(member, client_for, group, expected):
    guide = GuidePageFactory()
    assert status_for(member, client_for, group, reverse("wagtailadmin_pages:edit", args=[guide.pk])) == expected


@pytest.mark.parametrize(
    "group, expected",
    [("Editors", 200), ("Engineering reviewers", 302), ("Publishers", 200), ("Sales", 302), ("Administrators", 200)],
)
def test_who_may_edit_frameworks_data(member, client_for, framework, group, expected):
    url = reverse("wagtailsnippets_frameworks_framework:edit", args=[framework.pk])
    assert status_for(member, client_for, group, url) == expected


@pytest.mark.parametrize("group", ROLES)
def test_every_role_reads_the_frameworks_data_list(member, client_for, framework, group):
    response = client_for(member(group, "someone")).get(reverse("wagtailsnippets_frameworks_framework:list"))
    assert response.status_code == 200
    assert "Django" in response.content.decode()


@pytest.mark.parametrize(
    "group, expected",
    [
        ("Editors", False),
        ("Engineering reviewers", False),
        ("Publishers", True),
        ("Sales", False),
        ("Administrators", True),
    ],
)
def test_who_may_publish_a_guide(member, group, expected):
    guide = GuidePageFactory()
    assert guide.permissions_for_user(member(group, "someone")).can_publish() is expected


@pytest.mark.parametrize(
    "group, expected",
    [
        ("Editors", False),
        ("Engineering reviewers", False),
        ("Publishers", True),
        ("Sales", False),
        ("Administrators", True),
    ],
)
def test_who_may_publish_frameworks_data(member, group, expected):
    assert member(group, "someone").has_perm("frameworks.publish_framework") is expected


@pytest.mark.parametrize(
    "group, expected",
    [("Editors", 302), ("Engineering reviewers", 302), ("Publishers", 302), ("Sales", 302), ("Administrators", 200)],
)
def test_only_administrators_manage_users(member, client_for, group, expected):
    assert status_for(member, client_for, group, reverse("wagtailusers_users:index")) == expected


def test_an_editor_saving_with_publish_gets_a_draft_readers_cannot_see(member, client_for, client):
    from tests.guides.test_admin_publishing import guide_form

    index = GuideIndexPageFactory()
    editor = client_for(member("Editors", "edith"))

    response = editor.post(reverse("wagtailadmin_pages:add", args=["guides", "guidepage", index.pk]), guide_form())

    assert response.status_code == 302
    assert client.get("/guides/choosing-a-message-queue/").status_code == 404


def test_the_sales_group_keeps_permissions_other_apps_add():
    from django.apps import apps
    from django.contrib.auth.models import Group, Permission

    from guides.roles import set_up_roles

    sales, _ = Group.objects.get_or_create(name="Sales")
    extra = Permission.objects.get(codename="view_redirect")
    sales.permissions.add(extra)

    set_up_roles(apps)

    assert Group.objects.get(name="Sales").permissions.filter(codename="view_redirect").exists()
