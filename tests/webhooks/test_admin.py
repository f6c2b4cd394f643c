"""An administrator registers an endpoint, sends it a test delivery and reads what was delivered."""

import pytest
from django.urls import reverse

from tests.bookings.factories import user_with
from webhooks.models import WebhookDelivery, WebhookEndpoint

from .receiver import Receiver

pytestmark = pytest.mark.django_db


def endpoint_form(**overrides):
    return {
        "name": "CRM",
        "url": "https://crm.example.com/hooks/guides",
        "secret": "shared-secret",
        "events": ["guide.published", "booking.created"],
        "active": "on",
        **overrides,
    }


def test_an_administrator_registers_an_endpoint_for_some_events(admin_client):
    response = admin_client.post(reverse("webhook_endpoints:add"), endpoint_form())
    assert response.status_code == 302
    endpoint = WebhookEndpoint.objects.get()
    assert (endpoint.url, endpoint.events, endpoint.active) == (
        "https://crm.example.com/hooks/guides",
        ["guide.published", "booking.created"],
        True,
    )
    listing = admin_client.get(reverse("webhook_endpoints:index")).content.decode()
    assert "Guide published, Booking request received" in listing


@pytest.mark.parametrize("url", ["ftp://crm.example.com/hooks", "javascript:alert(1)", "mailto:crm@example.com"])
def test_an_endpoint_must_be_a_web_address(admin_client, url):
    response = admin_client.post(reverse("webhook_endpoints:add"), endpoint_form(url=url))
    assert response.status_code == 200
    assert response.context["form"].errors["url"] == [
        "Enter the endpoint's address, starting with https:// or http://."
    ]
    assert not WebhookEndpoint.objects.exists()


def test_a_new_endpoint_gets_a_random_secret():
    first = WebhookEndpoint.objects.create(name="A", url="https://a.example.com/")
    second = WebhookEndpoint.objects.create(name="B", url="https://b.example.com/")
    assert len(first.secret) >= 40 and first.secret != second.secret


def test_send_test_delivers_a_signed_test_event_and_lists_its_answer(admin_client, django_capture_on_commit_callbacks):
    with Receiver() as receiver:
        endpoint = WebhookEndpoint.objects.create(name="CRM", url=receiver.url, events=[])
        edit = admin_client.get(reverse("webhook_endpoints:edit", args=[endpoint.pk])).content.decode()
        send_url = reverse("webhook_endpoints:send_test", args=[endpoint.pk])
        assert f'href="{send_url}"' in edit
        assert "Send a test delivery" in admin_client.get(send_url).content.decode()
        with django_capture_on_commit_callbacks(execute=True):
            response = admin_client.post(send_url)
    assert response.status_code == 302
    [request] = receiver.received
    assert request["json"]["event"] == "test"
    listing = admin_client.get(response["Location"]).content.decode()
    assert "Test delivery" in listing and "Delivered" in listing and "200" in listing


def test_deliveries_cannot_be_added_or_edited_by_hand(admin_client):
    endpoint = WebhookEndpoint.objects.create(name="CRM", url="https://crm.example.com/", events=[])
    delivery = WebhookDelivery.objects.create(endpoint=endpoint, event="test", payload={})
    assert admin_client.get(reverse("webhook_deliveries:inspect", args=[delivery.pk])).status_code == 200
    assert admin_client.get(reverse("webhook_deliveries:edit", args=[delivery.pk])).status_code == 302
    assert admin_client.get(reverse("webhook_deliveries:add")).status_code == 302


def test_admin_users_without_the_webhooks_permissions_cannot_see_them(client, django_user_model):
    client.force_login(user_with(django_user_model, "eddie"))
    endpoint = WebhookEndpoint.objects.create(name="CRM", url="https://crm.example.com/", events=[])
    assert client.get(reverse("webhook_endpoints:index")).status_code == 302
    assert client.post(reverse("webhook_endpoints:send_test", args=[endpoint.pk])).status_code == 302
