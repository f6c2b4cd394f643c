"""Leads as a spreadsheet: a key holder downloads the booking requests as CSV, the list's columns."""

import csv
import io

import pytest
from rest_framework_api_key.models import APIKey

from tests.bookings.factories import DiscoveryCallRequestFactory
from tests.guides.factories import GuidePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def key():
    _, key = APIKey.objects.create_key(name="CRM sync")
    return {"HTTP_AUTHORIZATION": f"Api-Key {key}"}


def test_a_key_downloads_the_leads_as_csv(client, key):
    DiscoveryCallRequestFactory(
        name="Ada Byron", company='=HYPERLINK("http://evil")', source_guide=GuidePageFactory(title="Queues")
    )
    response = client.get("/api/v1/booking-requests/?format=csv", **key)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="booking-request.csv"'
    [row] = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert row["name"] == "Ada Byron"
    assert row["company"] == '\'=HYPERLINK("http://evil")'  # kept as text, never a formula
    assert row["source_guide.title"] == "Queues"
    assert row["status"] == "new"


def test_without_a_key_the_csv_is_refused(client):
    DiscoveryCallRequestFactory()
    assert client.get("/api/v1/booking-requests/?format=csv").status_code == 401
