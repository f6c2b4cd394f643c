"""The two-factor pages of the admin sign-in (accounts/two_factor.py says who must see them): enter
the current code, or set up an authenticator app with a QR code and its key."""

import base64
from io import BytesIO

import django_otp
import qrcode
import qrcode.image.svg
from django import forms
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django_otp.plugins.otp_totp.models import TOTPDevice


class CodeForm(forms.Form):
    code = forms.CharField(
        label="Code from your authenticator app",
        min_length=6,
        max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}),
    )


def _next_url(request):
    target = request.POST.get("next") or request.GET.get("next") or reverse("wagtailadmin_home")
    safe = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return target if safe else reverse("wagtailadmin_home")


@never_cache
def verify(request):
    if not request.user.is_authenticated:
        return redirect(reverse("wagtailadmin_login"))
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = django_otp.match_token(request.user, form.cleaned_data["code"].strip())
        if device is not None:
            django_otp.login(request, device)
            return redirect(_next_url(request))
        form.add_error("code", "That code is not right (or came too soon after a wrong one). Enter the current code.")
    return render(request, "accounts/two_factor_verify.html", {"form": form, "next": _next_url(request)})


@never_cache
def setup(request):
    if not request.user.is_authenticated:
        return redirect(reverse("wagtailadmin_login"))
    if django_otp.user_has_device(request.user, confirmed=True):
        return redirect(reverse("two_factor_verify"))
    device, _ = TOTPDevice.objects.get_or_create(
        user=request.user, confirmed=False, defaults={"name": "Authenticator app"}
    )
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["code"].strip()):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            django_otp.login(request, device)
            return redirect(_next_url(request))
        form.add_error("code", "That code does not match the key. Check the app's clock and enter the current code.")
    image = BytesIO()
    qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage).save(image)
    context = {
        "form": form,
        "next": _next_url(request),
        "secret": base64.b32encode(device.bin_key).decode(),
        "qr_code": base64.b64encode(image.getvalue()).decode(),
    }
    return render(request, "accounts/two_factor_setup.html", context)
