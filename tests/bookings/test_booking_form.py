"""A visitor books a call: the form, what is stored, the confirmation and the .ics file."""

import time
from datetime import date, timedelta

import pytest
from bs4 import BeautifulSoup

from bookings.forms import sign_started_at
from bookings.models import DiscoveryCallRequest
from tests.bookings.factories import form_data
from tests.guides.factories import CallToActionFactory, GuidePageFactory

pytestmark = pytest.mark.django_db
URL = "/book-a-discovery-call/"


def post(client, django_capture_on_commit_callbacks, **overrides):
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(URL, form_data(**overrides))


def errors_by_field(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return {
        error["id"].removeprefix("id_").removesuffix("_error"): error.get_text(strip=True)
        for error in soup.select("p.field__error")
    }


def test_the_form_carries_the_guide_cta_and_utm_parameters_it_was_opened_with(client, booking_page):
    html = client.get(f"{URL}?guide=7&cta=3&utm_source=newsletter&utm_campaign=july").content.decode()
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select_one("input[name=guide]")["value"] == "7"
    assert soup.select_one("input[name=cta]")["value"] == "3"
    assert soup.select_one("input[name=utm_source]")["value"] == "newsletter"
    assert soup.select_one("input[name=utm_campaign]")["value"] == "july"


def test_every_visible_field_has_a_label(client, booking_page):
    soup = BeautifulSoup(client.get(URL).content, "html.parser")
    fields = soup.select("form input:not([type=hidden]), form textarea, form select")
    labels = {field["name"]: soup.select_one(f'label[for="{field["id"]}"]') for field in fields}
    assert sorted(labels) == [
        "company",
        "consent",
        "email",
        "name",
        "role",
        "time_zone",
        "topic",
        "website",  # the honeypot: labelled "leave this empty" for anyone whose reader finds it
        "window1_date",
        "window1_from",
        "window1_to",
        "window2_date",
        "window2_from",
        "window2_to",
    ]
    assert [name for name, label in labels.items() if label is None] == []


def test_the_consent_links_to_the_privacy_page(client, booking_page):
    soup = BeautifulSoup(client.get(URL).content, "html.parser")
    link = soup.select_one("label[for=id_consent] a")
    assert (link.get_text(), link["href"]) == ("Read the privacy notice", "/privacy/")


def test_a_sent_form_is_stored_with_its_source_guide_cta_and_utm(
    client, booking_page, django_capture_on_commit_callbacks
):
    guide = GuidePageFactory(title="Backend frameworks compared")
    cta = CallToActionFactory(name="Discovery call")
    response = post(
        client, django_capture_on_commit_callbacks, guide=str(guide.pk), cta=str(cta.pk), utm_source="newsletter"
    )
    assert response.status_code == 302
    booking = DiscoveryCallRequest.objects.get()
    assert (booking.name, booking.email, booking.company, booking.role) == (
        "Ada Byron",
        "ada@example.com",
        "Analytical Engines Ltd",
        "CTO",
    )
    assert (booking.source_guide.title, booking.source_cta.name, booking.utm_source) == (
        "Backend frameworks compared",
        "Discovery call",
        "newsletter",
    )
    assert booking.status == "new"


def test_a_source_that_names_no_guide_or_cta_is_dropped_not_refused(
    client, booking_page, django_capture_on_commit_callbacks
):
    response = post(client, django_capture_on_commit_callbacks, guide="99999", cta="'; DROP TABLE x; --")
    assert response.status_code == 302
    booking = DiscoveryCallRequest.objects.get()
    assert (booking.source_guide, booking.source_cta) == (None, None)


def test_the_confirmation_says_what_happens_next_and_offers_the_window_as_ics(
    client, booking_page, django_capture_on_commit_callbacks
):
    day = (date.today() + timedelta(days=3)).isoformat()
    response = post(
        client,
        django_capture_on_commit_callbacks,
        time_zone="Europe/Berlin",
        window1_date=day,
        window1_from="10:00",
        window1_to="11:30",
    )
    thanks = client.get(response["Location"])
    soup = BeautifulSoup(thanks.content, "html.parser")
    assert soup.h1.get_text() == "Thank you, we have your request"
    assert (
        "We reply within one working day." in soup.select_one("section[aria-labelledby=next-steps-heading]").get_text()
    )
    assert "10:00" in soup.select_one("section[aria-labelledby=windows-heading] li").get_text()
    assert "(Europe/Berlin)" in soup.select_one("section[aria-labelledby=windows-heading] li").get_text()
    ics = client.get(soup.find("a", string="Add to my calendar (.ics)")["href"])
    assert ics["Content-Type"] == "text/calendar; charset=utf-8"
    body = ics.content.decode()
    stamp = day.replace("-", "")
    # 10:00 in Berlin is 08:00 or 09:00 UTC depending on summer time.
    assert f"DTSTART:{stamp}T080000Z" in body or f"DTSTART:{stamp}T090000Z" in body
    assert body.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert "STATUS:TENTATIVE" in body


def test_a_forged_confirmation_link_is_not_found(client, booking_page):
    assert client.get(f"{URL}thanks/?request=1").status_code == 404


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("name", "", "Please enter your name."),
        ("name", "x" * 121, "Your name is too long: keep it to 120 characters."),
        ("email", "", "Please enter your work e-mail address."),
        ("email", "ada-at-example", "Enter an e-mail address like name@company.com."),
        ("company", "", "Please enter your company."),
        ("company", "Acme\r\nBcc: victim@example.com", "Please write your company on one line."),
        ("role", "r" * 121, "Your role is too long: keep it to 120 characters."),
        ("topic", "", "Please tell us what you would like to talk about."),
        ("topic", "t" * 2001, "Please keep this to 2000 characters; we can go into detail on the call."),
        ("time_zone", "Mars/Olympus", "Choose your time zone from the list."),
        ("consent", None, "Please agree to be contacted, or we cannot get back to you."),
        ("window1_date", "14/07/2026", "Enter a date like 2026-07-14."),
        ("window1_from", "quarter past", "Enter a time like 14:30."),
    ],
)
def test_each_invalid_field_gets_its_message_in_plain_words(client, booking_page, field, value, message):
    response = client.post(URL, form_data(**{field: value}))
    assert response.status_code == 400
    assert errors_by_field(response)[field] == message
    assert DiscoveryCallRequest.objects.count() == 0


def test_a_window_in_the_past_is_refused(client, booking_page):
    yesterday = (date.today() - timedelta(days=2)).isoformat()
    response = client.post(URL, form_data(window1_date=yesterday, window1_from="09:00", window1_to="10:00"))
    assert errors_by_field(response)["window1_date"] == "This day has passed; choose today or a later day."


def test_a_window_that_ends_before_it_starts_is_refused(client, booking_page):
    day = (date.today() + timedelta(days=2)).isoformat()
    response = client.post(URL, form_data(window1_date=day, window1_from="15:00", window1_to="14:00"))
    assert errors_by_field(response)["window1_to"] == "The end of the window must be after its start."


def test_a_window_with_only_a_day_asks_for_its_times(client, booking_page):
    day = (date.today() + timedelta(days=2)).isoformat()
    response = client.post(URL, form_data(window1_date=day))
    assert errors_by_field(response) == {
        "window1_from": "Enter when this window starts, like 09:30.",
        "window1_to": "Enter when this window ends, like 11:00.",
    }


def test_the_form_keeps_what_was_typed_when_a_field_is_wrong(client, booking_page):
    response = client.post(URL, form_data(email="not-an-address", topic="Our <b>API</b> & more"))
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("input[name=name]")["value"] == "Ada Byron"
    assert soup.select_one("input[name=email]")["value"] == "not-an-address"
    assert soup.select_one("textarea[name=topic]").get_text().strip() == "Our <b>API</b> & more"
    assert soup.select_one("input[name=consent]").has_attr("checked")


def test_a_filled_honeypot_stores_nothing_and_sends_nothing(
    client, booking_page, mailoutbox, django_capture_on_commit_callbacks
):
    response = post(client, django_capture_on_commit_callbacks, website="http://spam.example")
    assert response.status_code == 200
    assert "Thank you, we have your request" in response.content.decode()
    assert DiscoveryCallRequest.objects.count() == 0
    assert mailoutbox == []


def test_a_form_sent_within_seconds_of_opening_is_held_back_with_what_was_typed(client, booking_page, settings):
    settings.BOOKINGS_FORM_MIN_SECONDS = 3
    response = client.post(URL, form_data(started=sign_started_at(time.time())))
    assert response.status_code == 400
    html = response.content.decode()
    assert "That was quicker than we expect a person to be. Please check your answers and send again." in html
    assert 'value="Ada Byron"' in html
    assert DiscoveryCallRequest.objects.count() == 0


def test_a_form_without_our_signed_stamp_is_held_back(client, booking_page):
    response = client.post(URL, form_data(started="1700000000"))
    assert response.status_code == 400
    assert (
        "We could not check this form. Please send it again; your answers are kept below." in response.content.decode()
    )


def test_a_form_left_open_too_long_is_held_back(client, booking_page, settings):
    settings.BOOKINGS_FORM_MAX_AGE_SECONDS = 60
    response = client.post(URL, form_data(started=sign_started_at(time.time() - 3600)))
    assert "This form was open for a long time, so we need you to send it again." in response.content.decode()


def test_too_many_forms_from_one_client_get_a_friendly_429(
    client, booking_page, settings, django_capture_on_commit_callbacks
):
    settings.BOOKINGS_RATE_LIMIT = 2
    for _ in range(2):
        assert post(client, django_capture_on_commit_callbacks).status_code == 302
    response = post(client, django_capture_on_commit_callbacks)
    assert response.status_code == 429
    assert "Please try again a little later" in response.content.decode()
    assert response["Retry-After"] == "3600"
    assert DiscoveryCallRequest.objects.count() == 2


def test_the_rate_limit_counts_each_client_separately(
    client, booking_page, settings, django_capture_on_commit_callbacks
):
    settings.BOOKINGS_RATE_LIMIT = 1
    assert post(client, django_capture_on_commit_callbacks).status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        other = client.post(URL, form_data(), REMOTE_ADDR="203.0.113.9")
    assert other.status_code == 302


# Production's cache, on a Redis that is not there: django-redis swallows the errors, as configured.
UNREACHABLE_REDIS = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:9/0",
        "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.1, "SOCKET_TIMEOUT": 0.1},
    },
    "pages": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
}


def test_with_the_cache_down_a_booking_is_stored_and_thanked(
    client, booking_page, settings, django_capture_on_commit_callbacks
):
    settings.CACHES = UNREACHABLE_REDIS
    response = post(client, django_capture_on_commit_callbacks, name="Ines Cache")
    assert response.status_code == 302
    thanks = client.get(response["Location"])
    assert "Thank you, we have your request" in thanks.content.decode()
    assert list(DiscoveryCallRequest.objects.values_list("name", flat=True)) == ["Ines Cache"]


def test_with_the_cache_down_the_rate_limit_counts_what_the_client_stored(
    client, booking_page, settings, django_capture_on_commit_callbacks
):
    settings.CACHES = UNREACHABLE_REDIS
    settings.BOOKINGS_RATE_LIMIT = 2
    for _ in range(2):
        assert post(client, django_capture_on_commit_callbacks).status_code == 302
    assert post(client, django_capture_on_commit_callbacks).status_code == 429
    with django_capture_on_commit_callbacks(execute=True):
        other = client.post(URL, form_data(), REMOTE_ADDR="203.0.113.9")
    assert other.status_code == 302
    assert DiscoveryCallRequest.objects.count() == 3


def test_a_stored_request_keeps_a_digest_of_its_address_never_the_address(
    client, booking_page, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(URL, form_data(), REMOTE_ADDR="203.0.113.9")
        client.post(URL, form_data(), REMOTE_ADDR="203.0.113.9")
        client.post(URL, form_data(), REMOTE_ADDR="198.51.100.4")
    keys = list(DiscoveryCallRequest.objects.order_by("pk").values_list("client_key", flat=True))
    assert keys[0] == keys[1] != keys[2]
    assert [len(key) for key in keys] == [32, 32, 32]
    assert "203.0.113.9" not in keys[0]


def test_the_booking_page_is_never_kept_by_a_shared_cache(client, booking_page, settings):
    settings.PUBLIC_PAGE_CACHE_SECONDS = 600
    assert client.get(URL)["Cache-Control"] == "private, no-store"


def test_the_booking_page_has_no_header_button_back_to_itself(client, booking_page):
    from tests.guides.factories import site_chrome

    site_chrome(header_cta=CallToActionFactory(button_label="Book a call", link_page=booking_page, link_url=""))
    soup = BeautifulSoup(client.get(URL).content, "html.parser")
    assert soup.select(".site-header a.button") == []
    assert soup.select(".cta-band") == []


def test_the_booking_form_takes_a_fixed_number_of_queries(client, booking_page, django_assert_num_queries):
    client.get(URL)  # the site and its settings, cached per process after the first request
    with django_assert_num_queries(
        9
    ):  # site, the page by its address (core/routing.py), chrome, social card, breadcrumbs
        assert client.get(f"{URL}?guide=1&cta=2").status_code == 200


def test_storing_a_request_takes_a_fixed_number_of_queries(
    client, booking_page, django_assert_num_queries, django_capture_on_commit_callbacks
):
    guide, cta = GuidePageFactory(), CallToActionFactory()
    client.get(URL)
    # routing, the source guide and CTA, the request and its 2 e-mails, the webhook endpoints to announce it to
    with django_assert_num_queries(14):
        response = client.post(URL, form_data(guide=str(guide.pk), cta=str(cta.pk)))
    assert response.status_code == 302


def test_a_guides_usage_in_the_admin_never_lists_the_people_who_booked_from_it(
    client, booking_page, django_user_model, django_capture_on_commit_callbacks
):
    from tests.bookings.factories import user_with

    guide = GuidePageFactory()
    post(client, django_capture_on_commit_callbacks, guide=str(guide.pk), name="Ada Byron")
    client.force_login(user_with(django_user_model, "root", superuser=True))
    usage = client.get(f"/admin/pages/{guide.pk}/usage/")
    assert usage.status_code == 200
    assert "Ada Byron" not in usage.content.decode()
