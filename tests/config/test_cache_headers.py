"""Cache-Control is decided in one place (config/cache_headers.py): public caching is opted into per
route, and nothing that sets a cookie or varies by user is ever public.

Every expected header is the middleware's exact wording. Wagtail alone sends no Cache-Control on a
public page and `max-age=0, no-cache, no-store, must-revalidate, private` on the admin, so each test
fails when CacheHeadersMiddleware leaves settings.MIDDLEWARE or its rule breaks. The header table
reads real responses of every kind of route; it fails when a route loses (or gains) its
`cache_publicly` in config/urls.py.
"""

import pytest
from django.http import HttpResponse, HttpResponseRedirect
from django.middleware.csrf import get_token
from django.urls import path, reverse
from wagtail.models import PageViewRestriction

from config.cache_headers import cache_publicly
from config.urls import urlpatterns as site_urlpatterns
from tests.frameworks.factories import FrameworkFactory, matrix_of
from tests.guides.factories import ContentPageFactory, GuideIndexPageFactory, GuidePageFactory

pytestmark = pytest.mark.django_db


def redirect_elsewhere(request):
    return HttpResponseRedirect("/about/")


def fail(request):
    raise RuntimeError("A bug in a view")


def form_with_csrf_token(request):
    return HttpResponse(f'<form method="post"><input name="csrfmiddlewaretoken" value="{get_token(request)}"></form>')


def plain(request):
    return HttpResponse("Nothing special")


# Plain views in front of the site's own URLs, for the status codes no page of the site returns; each
# is opted into public caching, so only the rule under test can make it private.
urlpatterns = [
    path("redirect/", cache_publicly(redirect_elsewhere)),
    path("fail/", cache_publicly(fail)),
    path("form/", cache_publicly(form_with_csrf_token)),
    path("not-opted-in/", plain),
    *site_urlpatterns,
]


@pytest.fixture
def public_page():
    return ContentPageFactory(title="About us", slug="about")


def test_public_page_for_an_anonymous_reader_is_publicly_cacheable(client, settings, public_page):
    settings.PUBLIC_PAGE_CACHE_SECONDS = 0
    response = client.get("/about/")
    assert response.status_code == 200
    assert response["Cache-Control"] == "public, max-age=0, must-revalidate"


def test_shared_caches_may_keep_public_pages_for_the_configured_time(client, settings, public_page):
    settings.PUBLIC_PAGE_CACHE_SECONDS = 300
    response = client.get("/about/")
    assert response["Cache-Control"] == "public, max-age=0, s-maxage=300"


def test_a_signed_in_reader_gets_a_private_copy_of_a_public_page(client, django_user_model, public_page):
    client.force_login(django_user_model.objects.create_user("reader", password="unused"))
    response = client.get("/about/")
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"


def test_a_request_carrying_a_session_cookie_gets_a_private_copy(client, settings, public_page):
    client.cookies[settings.SESSION_COOKIE_NAME] = "a-session-of-an-anonymous-visitor"
    response = client.get("/about/")
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"


def test_a_form_post_to_a_public_page_is_private(client, public_page):
    response = client.post("/about/", {"name": "Ada"})
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"


@pytest.mark.urls(__name__)
def test_a_response_that_sets_a_cookie_is_never_shared(client):
    response = client.get("/form/")
    assert response.status_code == 200
    assert "csrftoken" in response.cookies
    assert response["Cache-Control"] == "private, no-store"


def test_the_trailing_slash_redirect_is_cached_like_a_public_page(client, settings, public_page):
    settings.PUBLIC_PAGE_CACHE_SECONDS = 300
    response = client.get("/about")
    assert (response.status_code, response["Location"]) == (301, "/about/")
    assert response["Cache-Control"] == "public, max-age=0, s-maxage=300"


@pytest.mark.urls(__name__)
def test_a_temporary_redirect_is_not_publicly_cached(client):
    response = client.get("/redirect/")
    assert response.status_code == 302
    assert response["Cache-Control"] == "private, no-store"


@pytest.mark.urls(__name__)
def test_a_server_error_is_not_publicly_cached(client, settings):
    settings.PUBLIC_PAGE_CACHE_SECONDS = 300
    client.raise_request_exception = False
    response = client.get("/fail/")
    assert response.status_code == 500
    assert response["Cache-Control"] == "private, no-store"


def test_a_missing_page_is_cached_like_a_public_page(client, settings, public_page):
    # Publishing the page at that address purges it, so a shared 404 cannot outlive the page's arrival.
    settings.PUBLIC_PAGE_CACHE_SECONDS = 300
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert response["Cache-Control"] == "public, max-age=0, s-maxage=300"


def test_admin_pages_are_private_and_never_stored(admin_client, public_page):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"


def test_the_admin_sign_in_page_is_private_and_never_stored(client, public_page):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"


def test_the_admin_preview_of_a_draft_is_private(admin_client, public_page):
    response = admin_client.get(reverse("wagtailadmin_pages:view_draft", args=[public_page.pk]))
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"


def test_a_preview_without_the_editors_session_is_still_private(public_page):
    # Wagtail renders a preview as a request to the page's own address; only `is_preview` marks it.
    response = public_page.make_preview_request()
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"


def test_data_downloads_are_public_but_revalidated_because_no_purge_lists_them(client, settings):
    settings.PUBLIC_PAGE_CACHE_SECONDS = 300
    matrix_of([FrameworkFactory(name="Django")], title="Python frameworks")
    response = client.get("/frameworks/data/matrices/python-frameworks.csv")
    assert response.status_code == 200
    assert response["Cache-Control"] == "public, max-age=0, must-revalidate"


@pytest.mark.urls(__name__)
def test_a_route_that_did_not_opt_in_is_private(client):
    response = client.get("/not-opted-in/")
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"


def test_a_page_asking_for_a_password_sets_a_csrf_cookie_and_is_never_public(client, settings, public_page):
    settings.PUBLIC_PAGE_CACHE_SECONDS = 300
    PageViewRestriction.objects.create(page=public_page, restriction_type="password", password="letmein")
    response = client.get("/about/")
    assert response.status_code == 200
    assert "csrftoken" in response.cookies
    assert response["Cache-Control"] == "private, no-store"


def test_the_admin_sign_in_page_sets_a_csrf_cookie_and_is_never_public(client, settings):
    settings.PUBLIC_PAGE_CACHE_SECONDS = 300
    response = client.get("/admin/login/")
    assert "csrftoken" in response.cookies
    assert response["Cache-Control"] == "private, no-store"


def test_header_table_of_every_kind_of_route_for_an_anonymous_reader(client, settings):
    settings.PUBLIC_PAGE_CACHE_SECONDS = 300
    GuidePageFactory(title="Queues compared", slug="queues", parent=GuideIndexPageFactory(slug="guides"))
    matrix_of([FrameworkFactory(name="Django")], title="Python frameworks")
    table = {}
    for path_ in [
        "/guides/queues/",
        "/guides/",
        "/no-such-page/",
        "/sitemap.xml",
        "/robots.txt",
        "/feeds/guides/",
        "/frameworks/data/matrices/python-frameworks.csv",
        "/api/v1/frameworks/",
        "/api/docs/",
        "/admin/login/",
        "/healthz",
        "/readyz",
    ]:
        response = client.get(path_)
        table[path_] = (response.status_code, response["Cache-Control"], response.get("Vary"))
    assert table == {
        "/guides/queues/": (200, "public, max-age=0, s-maxage=300", "Cookie, Accept-Encoding"),
        "/guides/": (200, "public, max-age=0, s-maxage=300", "Cookie, Accept-Encoding"),
        "/no-such-page/": (404, "public, max-age=0, s-maxage=300", "Cookie, Accept-Encoding"),
        "/sitemap.xml": (200, "public, max-age=0, s-maxage=300", "Cookie, Accept-Encoding"),
        "/robots.txt": (200, "public, max-age=0, must-revalidate", "Cookie"),
        "/feeds/guides/": (200, "public, max-age=0, s-maxage=300", "Cookie, Accept-Encoding"),
        "/frameworks/data/matrices/python-frameworks.csv": (200, "public, max-age=0, must-revalidate", "Cookie"),
        "/api/v1/frameworks/": (
            200,
            "public, max-age=0, must-revalidate",
            "Accept, Cookie, Authorization, Accept-Encoding",
        ),
        "/api/docs/": (200, "private, no-store", "Cookie, Accept-Encoding"),
        "/admin/login/": (200, "private, no-store", "Cookie, Accept-Encoding"),
        "/healthz": (200, "private, no-store", None),
        "/readyz": (200, "private, no-store", None),
    }
