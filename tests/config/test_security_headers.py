"""Security headers as a browser receives them, read from real responses (config/security_headers.py).

Each expected value is the literal header; without the middleware (or with a policy that lets inline
scripts run) the tests fail.
"""

import pytest
from django.urls import reverse
from wagtail.models import Site

from config.settings.media import media_storage
from tests.guides.factories import ContentPageFactory, GuidePageFactory

pytestmark = pytest.mark.django_db

PUBLIC_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)
ADMIN_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
    "base-uri 'self'; form-action 'self'; frame-ancestors 'self'"
)


def directives(header):
    """A CSP header as {directive: sources}; django-csp writes directives in no fixed order."""
    return {part.split()[0]: part.split()[1:] for part in header.split("; ")}


@pytest.fixture
def public_page():
    return ContentPageFactory(title="About us", slug="about")


def test_a_public_page_allows_no_inline_or_evaluated_script_and_no_framing(client, public_page):
    response = client.get("/about/")
    assert response.status_code == 200
    assert directives(response["Content-Security-Policy"]) == directives(PUBLIC_CSP)


def test_the_admin_gets_the_looser_documented_policy_its_widgets_need(admin_client):
    response = admin_client.get("/admin/images/")
    assert response.status_code == 200
    assert directives(response["Content-Security-Policy"]) == directives(ADMIN_CSP)


@pytest.mark.parametrize(
    "path", ["/admin/login/", "/admin/password_reset/", "/admin/two-factor/verify/", "/admin/two-factor/setup/"]
)
def test_the_pages_before_sign_in_run_scripts_from_our_origin_only_and_are_never_framed(client, path):
    response = client.get(path)
    assert directives(response["Content-Security-Policy"]) == {
        **directives(ADMIN_CSP),
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
    assert "<script>" not in response.content.decode()


def test_the_api_docs_page_allows_scripts_from_our_origin_only(client):
    """Swagger UI is started by a script of its own address (api/docs.py), never an inline one."""
    response = client.get("/api/docs/")
    assert response.status_code == 200
    assert directives(response["Content-Security-Policy"]) == {
        **directives(ADMIN_CSP),
        "script-src": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
    assert '<script src="/api/docs/?script=">' in response.content.decode()


@pytest.mark.parametrize("path", ["/about/", "/admin/login/", "/feeds/guides/", "/no-such-page/"])
def test_every_response_carries_the_browser_policies(client, public_page, path):
    response = client.get(path)
    assert {
        name: response.get(name)
        for name in (
            "Permissions-Policy",
            "Cross-Origin-Opener-Policy",
            "Cross-Origin-Resource-Policy",
            "X-Content-Type-Options",
            "Referrer-Policy",
            "X-Frame-Options",
        )
    } == {
        "Permissions-Policy": (
            "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), "
            "payment=(), usb=(), interest-cohort=()"
        ),
        "Cross-Origin-Opener-Policy": "same-origin",
        "Cross-Origin-Resource-Policy": "same-origin",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "strict-origin-when-cross-origin",
        "X-Frame-Options": "DENY",
    }


def test_a_preview_may_be_framed_by_the_admin_and_keeps_the_public_pages_script_policy(admin_client, client):
    guide = GuidePageFactory(title="Choosing a framework")

    # The live preview panel frames the draft as rendered by this view, on the admin's own origin.
    preview = admin_client.get(reverse("wagtailadmin_pages:view_draft", args=[guide.pk]))

    assert preview.status_code == 200
    assert directives(preview["Content-Security-Policy"]) == {**directives(PUBLIC_CSP), "frame-ancestors": ["'self'"]}
    published = client.get("/guides/choosing-a-framework/")
    assert directives(published["Content-Security-Policy"])["frame-ancestors"] == ["'none'"]


@pytest.mark.parametrize("port", [8443, 443])
def test_a_preview_over_https_renders_the_page_whatever_port_the_site_is_on(admin_client, settings, port):
    """Wagtail makes the preview's request from the Site, as http on any port but 443: the HTTPS redirect
    must not send the live preview panel to the public address."""
    settings.SECURE_SSL_REDIRECT = True
    guide = GuidePageFactory(title="Choosing a framework")
    Site.objects.filter(is_default_site=True).update(port=port)

    preview = admin_client.get(reverse("wagtailadmin_pages:view_draft", args=[guide.pk]), secure=True)

    assert preview.status_code == 200
    assert "<h1>Choosing a framework</h1>" in preview.content.decode()


@pytest.mark.parametrize(
    "storage, origin",
    [
        ({"AWS_S3_CUSTOM_DOMAIN": "media.example.com"}, "https://media.example.com"),
        ({"AWS_S3_ENDPOINT_URL": "https://objects.example.net"}, "https://objects.example.net"),
    ],
)
def test_media_on_another_origin_are_allowed_as_images_and_nothing_else(
    client, admin_client, settings, public_page, storage, origin
):
    """Exactly the bucket's (or its CDN's) origin, on public pages, previews and the admin."""
    environment = {"AWS_STORAGE_BUCKET_NAME": "guides-media", "AWS_S3_REGION_NAME": "eu-west-1", **storage}
    settings.STORAGES = {**settings.STORAGES, "default": media_storage(environment)}

    public = directives(client.get("/about/")["Content-Security-Policy"])
    admin = directives(admin_client.get("/admin/users/")["Content-Security-Policy"])

    assert public == {**directives(PUBLIC_CSP), "img-src": ["'self'", "data:", origin]}
    assert admin == {**directives(ADMIN_CSP), "img-src": ["'self'", "data:", "blob:", origin]}


def test_media_served_by_the_site_itself_add_no_origin(client, public_page):
    assert directives(client.get("/about/")["Content-Security-Policy"]) == directives(PUBLIC_CSP)
