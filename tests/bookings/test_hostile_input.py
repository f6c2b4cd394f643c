"""Hostile input in every typed field: never a 5xx, and never shown unescaped anywhere it appears
(the page, the confirmation, the admin listing and request, the e-mails, the CSV export, the API).

Each case is one field and one value; the rest of the form is valid. A value is either refused with
a field error (400) or stored, and wherever a stored value is shown its markup arrives as text.
"""

from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.core import signing
from rest_framework_api_key.models import APIKey

from bookings.models import DiscoveryCallRequest
from bookings.views import THANKS_SALT
from tests.bookings.factories import form_data

pytestmark = pytest.mark.django_db
URL = "/book-a-discovery-call/"

MARKUP = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "<b>bold</b> & <i>italic</i>",
    "</textarea><script>alert('t')</script>",
    "<svg/onload=alert(1)>",
    '<a href="javascript:alert(1)">click</a>',
    "{{ 7|add:7 }} {% debug %}",
    "${7*7} #{7*7}",
    "<!-- comment --> <![CDATA[x]]>",
    "&lt;already escaped&gt; &amp;",
]
SQL_LIKE = [
    "' OR '1'='1",
    "Robert'); DROP TABLE bookings_discoverycallrequest;--",
    "1; SELECT * FROM auth_user",
    '" OR ""="',
    "admin'--",
]
SPREADSHEET = ['=HYPERLINK("http://evil.example","x")', "+SUM(1,2)", "-2+3", "@SUM(A1)", "=cmd|' /C calc'!A0"]
UNICODE = [
    "Zoë Ångström-Łukasiewicz",
    "李小龙",
    "مرحبا بالعالم",
    "\u202eevil\u202c override",
    "🙂🚀 emoji",
    "a\u200bzero\u200dwidth",
    "e\u0301 combining",
    "\ufeffbyte order mark",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 maths",
    "ǅ titlecase ß",
]
CONTROL = [
    "a\x00b",
    "\x00",
    "line\r\nBcc: victim@example.com",
    "line\nbreak",
    "carriage\rreturn",
    "tab\there",
    "ansi \x1b[31mred\x1b[0m",
    "bell\x07",
    "delete\x7f",
    "separator\u2028line",
]

TEXT_FIELDS = {"name": 120, "company": 160, "role": 120, "topic": 2000}
CASES = []
# Each value goes into two of the text fields in turn (a single-line one and another), so every field
# meets every kind of value without running every value through every field.
for number, value in enumerate(MARKUP + SQL_LIKE + SPREADSHEET + UNICODE + CONTROL):
    CASES += [(["name", "company"][number % 2], value), (["topic", "role"][number % 2], value)]
for field, limit in TEXT_FIELDS.items():
    CASES += [(field, "x" * limit), (field, "x" * (limit + 1)), (field, "y" * 100_000)]
CASES += [
    ("email", value)
    for value in [
        "ada@example.com\r\nBcc: victim@example.com",
        "ada@example.com\nX-Injected: 1",
        "<script>@example.com",
        '"<script>alert(1)</script>"@example.com',
        "ada@example.com%0ABcc:x@y.z",
        "ada\x00@example.com",
        "a" * 300 + "@example.com",
        "' OR 1=1 --@example.com",
        "ada@exa mple.com",
        "=cmd@example.com",
        "zoë@exämple.com",
        "ada@[127.0.0.1]",
    ]
]
CASES += [
    (field, value)
    for field in ["guide", "cta", "utm_source", "utm_campaign", "time_zone", "window1_date", "started", "website"]
    for value in ["<script>alert(1)</script>", "1' OR '1'='1", "a\r\nb", "9" * 40]
]
assert len(CASES) >= 100


@pytest.fixture
def api_key():
    _, key = APIKey.objects.create_key(name="Tests")
    return {"HTTP_AUTHORIZATION": f"Api-Key {key}"}


def shown_raw(value, html):
    """The value's markup appears as markup (not escaped) in the HTML: its text verbatim, or an
    element it would make (a script that alerts, an event-handler attribute, a javascript: link)."""
    if "<" in value and value in html:
        return True
    soup = BeautifulSoup(html, "html.parser")
    if any("alert(" in (script.string or "") for script in soup.find_all("script")):
        return True
    for element in soup.find_all(True):
        if any(name in element.attrs for name in ("onerror", "onload")):
            return True
        if str(element.get("href", "")).startswith("javascript:"):
            return True
    return False


@pytest.mark.parametrize("field, value", CASES, ids=[f"{f}-{i}" for i, (f, _) in enumerate(CASES)])
def test_hostile_input_is_refused_or_stored_inert_and_never_shown_unescaped(
    client, booking_page, sales_user, api_key, settings, mailoutbox, django_capture_on_commit_callbacks, field, value
):
    settings.BOOKINGS_RATE_LIMIT = 1000
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, form_data(**{field: value}))
    assert response.status_code in (302, 400, 200)
    if response.status_code != 302:
        html = response.content.decode()
        assert not shown_raw(value, html)
        if response.status_code == 400:
            assert BeautifulSoup(html, "html.parser").select("p.field__error, .form-errors p"), "an error is named"
        assert DiscoveryCallRequest.objects.count() == 0
        return

    booking = DiscoveryCallRequest.objects.get()
    stored = [booking.name, booking.email, booking.company, booking.role, booking.topic, booking.utm_source]
    assert not any("\x00" in text or "\r" in text for text in stored)
    assert not any("\n" in text for text in stored[:4])  # single-line fields

    pages = [client.get(response["Location"]).content.decode()]
    client.force_login(sales_user)
    pages.append(client.get("/admin/booking-requests/").content.decode())
    pages.append(client.get(f"/admin/booking-requests/edit/{booking.pk}/").content.decode())
    for html in pages:
        assert not shown_raw(value, html)

    for message in mailoutbox:
        assert message.content_subtype == "plain" and not getattr(message, "alternatives", [])
        assert "\n" not in message.subject and "\r" not in message.subject
        message.message().as_bytes()  # headers encode without injection errors

    csv = b"".join(client.get("/admin/booking-requests/?export=csv").streaming_content).decode()
    for cell_start in ("\n=", ",=", "\n+", ",+", "\n@", ",@"):
        assert cell_start not in csv

    api = client.get(f"/api/v1/booking-requests/{booking.pk}/", **api_key)
    assert api["Content-Type"] == "application/json"
    assert api.json()["name"] == booking.name


def thanks_request(location):
    """The booking request a thanks link is for."""
    token = parse_qs(urlsplit(location).query)["request"][0]
    return signing.loads(token, salt=THANKS_SALT)


def test_one_copy_of_the_form_sent_five_times_is_stored_once(client, booking_page, django_capture_on_commit_callbacks):
    data = form_data()
    with django_capture_on_commit_callbacks(execute=True):
        answers = [client.post(URL, data) for _ in range(5)]

    assert [answer.status_code for answer in answers] == [302] * 5
    booking = DiscoveryCallRequest.objects.get()
    # Each is thanked for the one request (the signed link carries its time, so links may differ).
    thanked_for = [thanks_request(answer["Location"]) for answer in answers]
    assert thanked_for == [booking.pk] * 5


@pytest.mark.parametrize("consent", ["0", "no", "false", "off", ""])
def test_consent_is_only_an_explicit_yes(client, booking_page, consent):
    response = client.post(URL, form_data(consent=consent))

    assert response.status_code == 400
    error = BeautifulSoup(response.content, "html.parser").select_one("#id_consent_error")
    assert error.get_text(strip=True) == "Please agree to be contacted, or we cannot get back to you."
    assert DiscoveryCallRequest.objects.count() == 0


@pytest.mark.parametrize("email", ["a@localhost", "a@[127.0.0.1]", "a@mail.internal", "a@box.local", "a@shop.test"])
def test_an_address_without_a_public_domain_is_refused(client, booking_page, email):
    response = client.post(URL, form_data(email=email))

    assert response.status_code == 400
    error = BeautifulSoup(response.content, "html.parser").select_one("#id_email_error")
    assert error.get_text(strip=True) == (
        "Enter an address at your company's public domain, like name@company.com: we e-mail it a confirmation."
    )
    assert DiscoveryCallRequest.objects.count() == 0


def test_bidi_overrides_and_zero_width_characters_never_reach_the_sales_subject(
    client, booking_page, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, form_data(name="Ada\u202e nordyB", company="Ev\u200bil\u2066 Corp\ufeff"))

    assert response.status_code == 302
    booking = DiscoveryCallRequest.objects.get()
    assert (booking.name, booking.company) == ("Ada nordyB", "Evil Corp")
    assert [message.subject for message in mailoutbox if "request from" in message.subject] == [
        "New discovery-call request from Evil Corp"
    ]


def test_a_persian_name_keeps_its_zero_width_non_joiner(client, booking_page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(URL, form_data(name="مهرداد\u200cپور"))
    assert DiscoveryCallRequest.objects.get().name == "مهرداد\u200cپور"


def test_a_nul_in_a_hidden_source_field_is_dropped_and_the_request_stored(
    client, booking_page, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, form_data(utm_source="news\x00letter", guide="7\x00"))

    assert response.status_code == 302
    booking = DiscoveryCallRequest.objects.get()
    assert (booking.utm_source, booking.source_guide) == ("", None)
