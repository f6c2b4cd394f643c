"""The bookings API: API keys only; list, detail, filters, status updates and the source figures."""

from datetime import UTC, datetime

import pytest
from rest_framework_api_key.models import APIKey

from tests.bookings.factories import DiscoveryCallRequestFactory
from tests.guides.factories import CallToActionFactory, GuidePageFactory

pytestmark = pytest.mark.django_db
LIST = "/api/v1/booking-requests/"


@pytest.fixture
def key():
    _, key = APIKey.objects.create_key(name="CRM sync")
    return {"HTTP_AUTHORIZATION": f"Api-Key {key}"}


def test_an_anonymous_client_cannot_read_booking_requests(client):
    DiscoveryCallRequestFactory()
    response = client.get(LIST)
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Api-Key"


def test_a_signed_in_editor_without_a_key_gets_403(client, editor):
    DiscoveryCallRequestFactory()
    client.force_login(editor)
    response = client.get(LIST)
    assert response.status_code == 403
    assert response.json()["message"] == "Booking requests need an API key: send `Authorization: Api-Key <key>`."


def test_a_signed_in_superuser_without_a_key_gets_403_too(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("root", "root@example.com", "pw"))
    assert client.get("/api/v1/booking-stats/").status_code == 403


def test_a_key_lists_requests_with_their_source(client, key):
    DiscoveryCallRequestFactory(
        name="Ada Byron",
        source_guide=GuidePageFactory(title="Backend frameworks compared"),
        source_cta=CallToActionFactory(name="Discovery call"),
        utm_source="newsletter",
    )
    result = client.get(LIST, **key).json()["results"][0]
    assert result["name"] == "Ada Byron"
    assert result["source_guide"]["title"] == "Backend frameworks compared"
    assert result["source_cta"]["name"] == "Discovery call"
    assert result["utm_source"] == "newsletter"
    assert result["status"] == "new"


def test_the_list_filters_by_status_guide_cta_and_date(client, key):
    guide, cta = GuidePageFactory(), CallToActionFactory()
    DiscoveryCallRequestFactory(
        name="Match", status="booked", source_guide=guide, source_cta=cta, created_at=datetime(2026, 6, 15, tzinfo=UTC)
    )
    DiscoveryCallRequestFactory(
        name="Other status",
        status="new",
        source_guide=guide,
        source_cta=cta,
        created_at=datetime(2026, 6, 15, tzinfo=UTC),
    )
    DiscoveryCallRequestFactory(
        name="Too early",
        status="booked",
        source_guide=guide,
        source_cta=cta,
        created_at=datetime(2026, 5, 1, tzinfo=UTC),
    )
    query = f"?status=booked&source_guide={guide.pk}&source_cta={cta.pk}&created_after=2026-06-01"
    names = [row["name"] for row in client.get(LIST + query, **key).json()["results"]]
    assert names == ["Match"]


def test_a_bad_filter_value_is_a_400_naming_the_filter(client, key):
    response = client.get(f"{LIST}?status=sold", **key)
    assert response.status_code == 400
    assert "status" in response.json()["fields"]


def test_a_key_reads_one_request_with_its_history(client, key, sales_user):
    booking = DiscoveryCallRequestFactory(name="Ada Byron")
    booking.change_status("contacted", user=sales_user, note="Called.")
    detail = client.get(f"{LIST}{booking.pk}/", **key).json()
    assert detail["history"][0]["by"] == "sam"
    assert detail["history"][0]["note"] == "Called."
    assert (detail["history"][0]["from_status"], detail["history"][0]["to_status"]) == ("new", "contacted")


def test_a_key_moves_a_request_along_and_the_history_names_the_key(client, key):
    booking = DiscoveryCallRequestFactory()
    response = client.patch(
        f"{LIST}{booking.pk}/", {"status": "contacted", "note": "Emailed."}, content_type="application/json", **key
    )
    assert response.status_code == 200
    assert response.json()["status"] == "contacted"
    assert response.json()["history"][0]["by"] == "API key: CRM sync"


def test_a_status_move_the_present_status_does_not_allow_is_a_409_naming_the_field(client, key):
    booking = DiscoveryCallRequestFactory(status="lost")
    response = client.patch(f"{LIST}{booking.pk}/", {"status": "booked"}, content_type="application/json", **key)
    assert (response.status_code, response.json()["code"]) == (409, "conflict")
    assert response.json()["fields"]["status"] == [
        "A request that is closed (lost) cannot become booked. Next steps allowed: none: it is closed."
    ]


def test_an_anonymous_status_update_is_refused(client):
    booking = DiscoveryCallRequestFactory()
    response = client.patch(f"{LIST}{booking.pk}/", {"status": "contacted"}, content_type="application/json")
    assert response.status_code == 401
    booking.refresh_from_db()
    assert booking.status == "new"


def test_the_stats_give_requests_by_month_and_bookings_per_guide_and_cta(client, key):
    guide = GuidePageFactory(title="Backend frameworks compared")
    cta = CallToActionFactory(name="Discovery call")
    DiscoveryCallRequestFactory(
        source_guide=guide,
        source_cta=cta,
        created_at=datetime(2026, 6, 2, tzinfo=UTC),
        booked_at=datetime(2026, 6, 5, tzinfo=UTC),
        status="booked",
    )
    DiscoveryCallRequestFactory(source_guide=guide, created_at=datetime(2026, 7, 2, tzinfo=UTC))
    body = client.get("/api/v1/booking-stats/", **key).json()
    assert body["guides"] == [
        {
            "id": guide.pk,
            "title": "Backend frameworks compared",
            "requests": 2,
            "booked": 1,
            "months": [
                {"month": "2026-07", "requests": 1, "booked": 0},
                {"month": "2026-06", "requests": 1, "booked": 1},
            ],
        }
    ]
    assert body["ctas"] == [
        {
            "id": cta.pk,
            "title": "Discovery call",
            "requests": 1,
            "booked": 1,
            "months": [{"month": "2026-06", "requests": 1, "booked": 1}],
        }
    ]


def test_the_list_runs_a_fixed_number_of_queries(client, key, django_assert_num_queries):
    guide, cta = GuidePageFactory(), CallToActionFactory()
    DiscoveryCallRequestFactory.create_batch(5, source_guide=guide, source_cta=cta)
    with django_assert_num_queries(4):  # the key, the count, the page with its sources, the history
        assert len(client.get(LIST, **key).json()["results"]) == 5


def test_a_new_request_is_listed_to_a_client_that_asks_again_with_its_etag(client, key):
    DiscoveryCallRequestFactory(name="First")
    first = client.get(LIST, **key)
    DiscoveryCallRequestFactory(name="Second")
    again = client.get(LIST, HTTP_IF_NONE_MATCH=first["ETag"], **key)
    assert again.status_code == 200
    assert sorted(result["name"] for result in again.json()["results"]) == ["First", "Second"]


def test_an_unchanged_list_answers_304_to_its_etag(client, key):
    DiscoveryCallRequestFactory(name="First")
    first = client.get(LIST, **key)
    assert client.get(LIST, HTTP_IF_NONE_MATCH=first["ETag"], **key).status_code == 304
