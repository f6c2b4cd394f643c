"""Sales work booking requests in the admin: the listing, the status flow, exports, figures; nobody
else sees them."""

from datetime import UTC, datetime

import pytest
from bs4 import BeautifulSoup

from tests.bookings.factories import DiscoveryCallRequestFactory
from tests.guides.factories import CallToActionFactory, GuidePageFactory

pytestmark = pytest.mark.django_db
LIST = "/admin/booking-requests/"


def edit_url(booking):
    return f"/admin/booking-requests/edit/{booking.pk}/"


def test_sales_see_booking_requests_with_their_source(client, sales_user):
    DiscoveryCallRequestFactory(
        name="Ada Byron",
        company="Analytical Engines",
        source_guide=GuidePageFactory(title="Backend frameworks compared"),
        source_cta=CallToActionFactory(name="Discovery call"),
    )
    client.force_login(sales_user)
    response = client.get(LIST)
    assert response.status_code == 200
    row = BeautifulSoup(response.content, "html.parser").select_one("table.listing tbody tr").get_text(" ", strip=True)
    assert "Ada Byron" in row
    assert "Backend frameworks compared" in row
    assert "Discovery call" in row


def test_an_editor_outside_sales_gets_403_on_the_listing_and_a_request(client, editor):
    booking = DiscoveryCallRequestFactory()
    client.force_login(editor)
    listing = client.get(LIST)
    assert listing.status_code == 403
    assert "You need to be in the Sales group to see booking requests." in listing.content.decode()
    assert client.get(edit_url(booking)).status_code == 403


def test_an_editor_outside_sales_has_no_sales_menu(client, editor):
    client.force_login(editor)
    assert "Booking requests" not in client.get("/admin/").content.decode()


def test_the_listing_filters_by_status(client, sales_user):
    DiscoveryCallRequestFactory(name="Still new")
    DiscoveryCallRequestFactory(name="Already booked", status="booked")
    client.force_login(sales_user)
    html = client.get(f"{LIST}?status=booked").content.decode()
    assert "Already booked" in html
    assert "Still new" not in html


def test_the_listing_filters_by_source_guide(client, sales_user):
    guide = GuidePageFactory(title="Mobile apps")
    DiscoveryCallRequestFactory(name="From mobile", source_guide=guide)
    DiscoveryCallRequestFactory(name="From elsewhere")
    client.force_login(sales_user)
    html = client.get(f"{LIST}?source_guide={guide.pk}").content.decode()
    assert "From mobile" in html
    assert "From elsewhere" not in html


def test_the_listing_searches_names_companies_and_addresses(client, sales_user):
    DiscoveryCallRequestFactory(name="Grace Hopper", company="Navy")
    DiscoveryCallRequestFactory(name="Alan Turing", company="Bletchley")
    client.force_login(sales_user)
    html = client.get(f"{LIST}?q=Bletchley").content.decode()
    assert "Alan Turing" in html
    assert "Grace Hopper" not in html


def test_moving_a_request_along_records_who_when_and_the_note(client, sales_user):
    booking = DiscoveryCallRequestFactory()
    client.force_login(sales_user)
    response = client.post(edit_url(booking), {"status": "contacted", "note": "Left a voicemail."})
    assert response.status_code == 302
    booking.refresh_from_db()
    assert booking.status == "contacted"
    entry = booking.history.get()
    assert (entry.by, entry.from_status, entry.to_status, entry.note) == (
        sales_user,
        "new",
        "contacted",
        "Left a voicemail.",
    )
    page = client.get(edit_url(booking)).content.decode()
    assert "New → Contacted" in page
    assert "Left a voicemail." in page


def test_a_request_cannot_skip_back_to_new(client, sales_user):
    booking = DiscoveryCallRequestFactory(status="booked")
    client.force_login(sales_user)
    response = client.post(edit_url(booking), {"status": "new", "note": ""})
    assert response.status_code == 200
    assert "Select a valid choice. new is not one of the available choices." in response.content.decode()
    booking.refresh_from_db()
    assert booking.status == "booked"


def test_booking_a_call_sets_when_it_was_booked(client, sales_user):
    booking = DiscoveryCallRequestFactory(status="contacted")
    client.force_login(sales_user)
    client.post(edit_url(booking), {"status": "booked", "note": ""})
    booking.refresh_from_db()
    assert booking.booked_at is not None


def test_the_csv_export_neutralises_formulas(client, sales_user):
    DiscoveryCallRequestFactory(name='=HYPERLINK("http://evil.example")', company="Acme")
    client.force_login(sales_user)
    response = client.get(f"{LIST}?export=csv")
    body = b"".join(response.streaming_content).decode()
    assert '\'=HYPERLINK(""http://evil.example"")' in body
    assert "\n=HYPERLINK" not in body and ",=HYPERLINK" not in body


def test_the_xlsx_export_opens_with_the_requests(client, sales_user):
    from io import BytesIO

    from openpyxl import load_workbook

    DiscoveryCallRequestFactory(name="Ada Byron", company="Analytical Engines")
    client.force_login(sales_user)
    response = client.get(f"{LIST}?export=xlsx")
    content = b"".join(response.streaming_content) if response.streaming else response.content
    sheet = load_workbook(BytesIO(content)).active
    rows = list(sheet.values)
    assert rows[0][:4] == ("Received", "Name", "Work e-mail", "Company")
    assert rows[1][1:2] == ("Ada Byron",)


def test_a_guides_bookings_tab_shows_requests_by_month_and_bookings(client, django_user_model):
    from tests.bookings.factories import user_with

    guide = GuidePageFactory(title="Backend frameworks compared")
    for day, status, booked in [(3, "new", None), (9, "booked", datetime(2026, 6, 10, tzinfo=UTC))]:
        DiscoveryCallRequestFactory(
            source_guide=guide, status=status, booked_at=booked, created_at=datetime(2026, 6, day, tzinfo=UTC)
        )
    DiscoveryCallRequestFactory(source_guide=guide, created_at=datetime(2026, 7, 1, tzinfo=UTC))
    client.force_login(user_with(django_user_model, "root", superuser=True))
    soup = BeautifulSoup(client.get(f"/admin/pages/{guide.pk}/edit/").content, "html.parser")
    table = soup.find("caption", string="Booking requests from this guide by month").parent
    rows = [[cell.get_text(strip=True) for cell in row.find_all(["th", "td"])] for row in table.tbody.find_all("tr")]
    assert rows == [["2026-07", "1", "0"], ["2026-06", "2", "1"]]
    assert "3 booking requests came from this guide; 1 booked a call." in soup.get_text()


def test_the_sales_dashboard_shows_which_guides_and_ctas_bring_requests(client, sales_user):
    guide = GuidePageFactory(title="Backend frameworks compared")
    cta = CallToActionFactory(name="Discovery call")
    DiscoveryCallRequestFactory(source_guide=guide, source_cta=cta, created_at=datetime(2026, 6, 3, tzinfo=UTC))
    client.force_login(sales_user)
    soup = BeautifulSoup(client.get("/admin/").content, "html.parser")
    by_guide = soup.find("caption", string="By guide (top 10)").parent
    assert by_guide.tbody.tr.get_text(" ", strip=True) == "Backend frameworks compared 1 0 2026-06: 1 (0 booked)"
    by_cta = soup.find("caption", string="By call to action (top 10)").parent
    assert by_cta.tbody.tr.get_text(" ", strip=True) == "Discovery call 1 0 2026-06: 1 (0 booked)"


def test_the_dashboard_panel_is_hidden_from_editors_outside_sales(client, editor):
    client.force_login(editor)
    assert "Where booking requests come from" not in client.get("/admin/").content.decode()


def test_stats_take_one_query_however_many_requests(django_assert_num_queries):
    from bookings.stats import guide_stats

    guide = GuidePageFactory()
    DiscoveryCallRequestFactory.create_batch(5, source_guide=guide)
    with django_assert_num_queries(1):
        assert guide_stats()[0]["requests"] == 5


def test_nobody_adds_a_booking_request_by_hand_not_even_an_administrator(client, django_user_model):
    from tests.bookings.factories import user_with

    client.force_login(user_with(django_user_model, "root", superuser=True))
    assert "/admin/booking-requests/new/" not in client.get(LIST).content.decode()
    assert client.get("/admin/booking-requests/new/").status_code == 403


def test_an_administrator_sees_the_requests_and_their_emails(client, django_user_model):
    from bookings.models import EmailDelivery
    from tests.bookings.factories import user_with

    booking = DiscoveryCallRequestFactory(name="Ada Byron")
    EmailDelivery.objects.create(request=booking, kind="sales")
    client.force_login(user_with(django_user_model, "root", superuser=True))
    assert "Ada Byron" in client.get(LIST).content.decode()
    assert client.get(edit_url(booking)).status_code == 200
    emails = client.get("/admin/booking-emails/").content.decode()
    assert "Sales notification" in emails
    assert "/admin/booking-emails/edit/" not in emails


def test_the_listing_filters_by_call_to_action(client, sales_user):
    cta = CallToActionFactory(name="Talk to us")
    DiscoveryCallRequestFactory(name="From the general CTA", source_cta=cta)
    DiscoveryCallRequestFactory(name="From another CTA", source_cta=CallToActionFactory())
    client.force_login(sales_user)
    html = client.get(f"{LIST}?source_cta={cta.pk}").content.decode()
    assert "From the general CTA" in html
    assert "From another CTA" not in html


def test_the_listing_filters_by_date_received(client, sales_user):
    DiscoveryCallRequestFactory(name="In June", created_at=datetime(2026, 6, 15, tzinfo=UTC))
    DiscoveryCallRequestFactory(name="In May", created_at=datetime(2026, 5, 15, tzinfo=UTC))
    client.force_login(sales_user)
    html = client.get(f"{LIST}?created_at_from=2026-06-01&created_at_to=2026-06-30").content.decode()
    assert "In June" in html
    assert "In May" not in html
