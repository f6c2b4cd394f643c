"""The booking page's three answers: the form (and what happens when it is sent), the confirmation,
and the call window as an .ics file. They are routes of BookingPage (bookings/models.py), which imports this module."""

import zoneinfo
from urllib.parse import urlencode

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone

from guides.models import CallToAction, GuidePage

from .calendar import booking_calendar
from .forms import BookingForm, TimeTrapError, check_started_at, sign_started_at
from .rate_limit import client_key, over_rate_limit
from .records import DiscoveryCallRequest
from .tasks import queue_emails

THANKS_SALT = "bookings.thanks"
THANKS_MAX_AGE = 60 * 60 * 24 * 7
SOURCE_PARAMETERS = ["guide", "cta", "utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content"]


def _render_form(request, page, form, status=200, trap_error=None):
    context = page.get_context(request)
    context.update({"form": form, "trap_error": trap_error, "started": sign_started_at()})
    return TemplateResponse(request, "bookings/booking_page.html", context, status=status)


def booking_form(request, page):
    if request.method == "POST":
        return _submit(request, page)
    initial = {name: request.GET.get(name, "")[:100] for name in SOURCE_PARAMETERS}
    form = BookingForm(initial=initial, consent_label=page.consent_text)
    return _render_form(request, page, form)


def _submit(request, page):
    if over_rate_limit(request):
        context = page.get_context(request)
        response = TemplateResponse(request, "bookings/rate_limited.html", context, status=429)
        response["Retry-After"] = str(settings.BOOKINGS_RATE_WINDOW_SECONDS)
        return response
    form = BookingForm(request.POST, consent_label=page.consent_text)
    if request.POST.get("website"):
        # A bot filled the honeypot: it gets what a person would see, and nothing is stored or sent.
        return _render_thanks(request, page, None)
    try:
        form_copy = check_started_at(request.POST.get("started"))
    except TimeTrapError as error:
        form.is_valid()  # keep what was typed, with any field errors shown alongside
        return _render_form(request, page, form, status=400, trap_error=str(error))
    if not form.is_valid():
        return _render_form(request, page, form, status=400)
    booking = _save(form.cleaned_data, client_key(request), form_copy)
    query = urlencode({"request": signing.dumps(booking.pk, salt=THANKS_SALT)})
    return redirect(f"{page.url}{page.reverse_subpage('thanks')}?{query}", permanent=False)


def _source(model, value, queryset=None):
    if not value or not value.isdigit() or len(value) > 18:
        return None
    return (queryset if queryset is not None else model.objects).filter(pk=int(value)).first()


def _save(data, client, form_copy):
    """Store the request, then (after commit) queue its e-mails: the request exists before any
    mail is tried, and a mail failure cannot roll it back. A form copy already stored (sent twice,
    by a double click or a replay) is not stored again: its request is the answer."""
    try:
        return _create(data, client, form_copy)
    except IntegrityError:  # form_copy is unique: this copy was stored before
        if form_copy is None:
            raise
        return DiscoveryCallRequest.objects.get(form_copy=form_copy)


def _create(data, client, form_copy):
    with transaction.atomic():
        booking = DiscoveryCallRequest.objects.create(
            client_key=client,
            form_copy=form_copy,
            name=data["name"],
            email=data["email"],
            company=data["company"],
            role=data["role"],
            topic=data["topic"],
            time_zone=data["time_zone"],
            preferred_windows=data["preferred_windows"],
            consent_at=timezone.now(),
            source_guide=_source(GuidePage, data["guide"], GuidePage.objects.live().public()),
            source_cta=_source(CallToAction, data["cta"]),
            **{name: data[name] for name in SOURCE_PARAMETERS if name.startswith("utm_")},
        )
        queue_emails(booking)
    return booking


def _booking_from_token(token):
    try:
        pk = signing.loads(token or "", salt=THANKS_SALT, max_age=THANKS_MAX_AGE)
    except signing.BadSignature:
        raise Http404("No such booking") from None
    booking = DiscoveryCallRequest.objects.filter(pk=pk).first()
    if booking is None:
        raise Http404("No such booking")
    return booking


def _local_windows(booking):
    zone = zoneinfo.ZoneInfo(booking.time_zone or "UTC")
    return [(start.astimezone(zone), end.astimezone(zone)) for start, end in booking.windows()]


def _render_thanks(request, page, booking, token=None):
    context = page.get_context(request)
    context.update(
        {
            "booking": booking,
            "windows": _local_windows(booking) if booking else [],
            "ics_url": (
                f"{page.url}{page.reverse_subpage('calendar')}?{urlencode({'request': token})}" if booking else None
            ),
        }
    )
    return TemplateResponse(request, "bookings/thanks.html", context)


def thanks(request, page):
    token = request.GET.get("request", "")
    return _render_thanks(request, page, _booking_from_token(token), token)


def calendar_file(request, page):
    booking = _booking_from_token(request.GET.get("request", ""))
    if not booking.preferred_windows:
        raise Http404("No time window was given")
    response = HttpResponse(booking_calendar(booking, request.get_host()), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="discovery-call.ics"'
    return response
