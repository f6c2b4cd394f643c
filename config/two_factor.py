"""Two-factor sign-in for the admin: after the password, a code from an authenticator app (TOTP).

wagtail-2fa, the Wagtail-specific package, does not import on Wagtail 8 (it needs
`wagtail.users.widgets`, which Wagtail removed), so this is the small step it would add, on
django-otp (kept by the Django community, Wagtail-independent): django-otp's middleware marks a
session verified once a device accepted a code; this middleware keeps a signed-in user who is not
verified out of the admin until they enter a code (/admin/two-factor/verify/) or, when
settings.TWO_FACTOR_REQUIRED is on and they have no authenticator yet, set one up
(/admin/two-factor/setup/). Wrong codes are throttled by django-otp (each failure doubles the wait).
"""

import base64
from io import BytesIO

import django_otp
import qrcode
import qrcode.image.svg
from django import forms
from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django_otp.plugins.otp_totp.models import TOTPDevice

ADMIN_PREFIXES = ("/admin/", "/django-admin/")
HAS_DEVICE_SESSION_KEY = "two_factor_has_device"
# What a signed-in user who has not entered a code may still reach.
OPEN_URL_NAMES = {"wagtailadmin_login", "wagtailadmin_logout", "two_factor_verify", "two_factor_setup"}


class RequireTwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.path_info.startswith(ADMIN_PREFIXES):
            return None
        if request.resolver_match and request.resolver_match.url_name in OPEN_URL_NAMES:
            return None
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        if HAS_DEVICE_SESSION_KEY not in request.session:  # a session from before this step existed
            remember_whether_user_has_device(None, request, user)
        if request.session[HAS_DEVICE_SESSION_KEY]:
            return redirect(f"{reverse('two_factor_verify')}?next={request.get_full_path()}")
        if settings.TWO_FACTOR_REQUIRED:
            return redirect(f"{reverse('two_factor_setup')}?next={request.get_full_path()}")
        return None


@receiver(user_logged_in)
def remember_whether_user_has_device(sender, request, user, **kwargs):
    """Look the user's authenticator up once, at sign-in, rather than on every admin request; a device
    set up later is set up through `setup`, which verifies the session itself."""
    if request is not None and hasattr(request, "session"):
        request.session[HAS_DEVICE_SESSION_KEY] = django_otp.user_has_device(user, confirmed=True)


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
    return render(request, "config/two_factor_verify.html", {"form": form, "next": _next_url(request)})


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
    return render(request, "config/two_factor_setup.html", context)


urlpatterns = [
    path("verify/", verify, name="two_factor_verify"),
    path("setup/", setup, name="two_factor_setup"),
]
