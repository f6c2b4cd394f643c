"""Webhook endpoints and their deliveries, under Settings in the admin."""

from wagtail import hooks

from .viewsets import WebhookDeliveryViewSet, WebhookEndpointViewSet


@hooks.register("register_admin_viewset")
def register_webhooks():
    return [WebhookEndpointViewSet("webhook_endpoints"), WebhookDeliveryViewSet("webhook_deliveries")]
