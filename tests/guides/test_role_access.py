"""Every role's access to every area of the admin, read and write, as the README's table says.

The table below is the README's (after "Roles and what each may do"), cell for cell: a second test reads
the README and compares, so code, test and docs cannot drift apart. "write" means the area's list
and its add or edit form open; "read" the list only; "-" neither.
"""

from pathlib import Path

import pytest
from django.apps import apps
from django.urls import reverse

from bookings.roles import ensure_booking_roles
from tests.bookings.factories import DiscoveryCallRequestFactory
from tests.frameworks.factories import FrameworkFactory
from tests.guides.factories import GuideIndexPageFactory, GuidePageFactory

pytestmark = pytest.mark.django_db

ROLES = ["Editors", "Engineering reviewers", "Publishers", "Sales", "Administrators"]
TABLE = {
    "Guides (Pages)": ["write", "-", "write", "-", "write"],
    "Frameworks data": ["write", "read", "write", "read", "write"],
    "Guide categories": ["write", "read", "write", "read", "write"],
    "Calls to action": ["read", "read", "write", "read", "write"],
    "Images": ["write", "-", "write", "-", "write"],
    "Teams": ["read", "-", "write", "read", "write"],
    "Booking requests": ["-", "-", "-", "write", "write"],
    "Editorial profiles": ["-", "-", "-", "-", "write"],
    "Users": ["-", "-", "-", "-", "write"],
}


def area_urls(area):
    """(list address, add or edit address) of the area."""
    if area == "Guides (Pages)":
        guide = GuidePageFactory(parent=GuideIndexPageFactory())
        return reverse("wagtailadmin_explore", args=[guide.get_parent().pk]), reverse(
            "wagtailadmin_pages:edit", args=[guide.pk]
        )
    if area == "Frameworks data":
        framework = FrameworkFactory()
        return reverse("wagtailsnippets_frameworks_framework:list"), reverse(
            "wagtailsnippets_frameworks_framework:edit", args=[framework.pk]
        )
    if area == "Booking requests":
        booking = DiscoveryCallRequestFactory()
        return reverse("booking_requests:index"), reverse("booking_requests:edit", args=[booking.pk])
    if area == "Images":
        return reverse("wagtailimages:index"), reverse("wagtailimages:add")
    if area == "Users":
        return reverse("wagtailusers_users:index"), reverse("wagtailusers_users:add")
    snippet = {
        "Guide categories": "guides_guidecategory",
        "Calls to action": "guides_calltoaction",
        "Teams": "authors_team",
        "Editorial profiles": "guides_editorialprofile",
    }[area]
    return reverse(f"wagtailsnippets_{snippet}:list"), reverse(f"wagtailsnippets_{snippet}:add")


def access(client, read_url, write_url):
    reads = client.get(read_url).status_code == 200
    writes = client.get(write_url).status_code == 200
    return "write" if reads and writes else "read" if reads else "-" if not writes else "write only?"


@pytest.mark.parametrize(
    "role, area, expected",
    [(role, area, cells[index]) for area, cells in TABLE.items() for index, role in enumerate(ROLES)],
)
def test_each_role_reads_and_writes_each_area_as_the_readme_says(member, client_for, role, area, expected):
    ensure_booking_roles(apps)
    client = client_for(member(role, "someone"))
    read_url, write_url = area_urls(area)

    assert access(client, read_url, write_url) == expected


def readme_table():
    """The README's roles table: (header roles, {area: cells})."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    section = readme.split("Roles and what each may do")[1]
    lines = []
    for line in (line.strip() for line in section.splitlines()):
        if line.startswith("|"):
            lines.append(line)
        elif lines:  # the table ends at its first other line
            break
    header, rows = lines[0], lines[2:]
    table = {}
    for line in rows:
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        table[cells[0]] = cells[1:]
    return [cell.strip() for cell in header.strip("|").split("|")][1:], table


def test_the_readme_table_is_the_one_tested():
    header, table = readme_table()
    assert header == ROLES
    assert table == TABLE


def test_wagtails_stock_moderators_group_is_not_left_beside_the_roles():
    from django.contrib.auth.models import Group

    from guides.roles import remove_stock_moderators

    Group.objects.create(name="Moderators")
    remove_stock_moderators(apps)

    assert not Group.objects.filter(name="Moderators").exists()
