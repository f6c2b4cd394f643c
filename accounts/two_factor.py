"""Two-factor sign-in for the admin: after the password, a code from an authenticator app (TOTP).
The rule lives here; the code and set-up pages are accounts/views.py.

wagtail-2fa, the Wagtail-specific package, does not import on Wagtail 8 (it needs
`wagtail.users.widgets`, which Wagtail removed), so this is the small step it would add, on
django-otp (kept by the Django community, Wagtail-independent): django-otp's middleware marks a
session verified once a device accepted a code; this middleware keeps a signed-in user who is not
verified out of the admin until they enter a code (/admin/two-factor/verify/) or, when
settings.TWO_FACTOR_REQUIRED is on and they have no authenticator yet, set one up
(/admin/two-factor/setup/). Wrong codes are throttled by django-otp (each failure doubles the wait).
Everywhere else (pages, feeds, the API) such a half-signed-in user is anonymous: a page restricted
to signed-in users asks them to sign in, as it would anyone without the second factor.
"""

import django_otp
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.shortcuts import redirect
from django.urls import reverse

ADMIN_PREFIXES = ("/admin/", "/django-admin/")
HAS_DEVICE_SESSION_KEY = "two_factor_has_device"
# What a signed-in user who has not entered a code may still reach: the steps themselves, and what
# Wagtail serves to anyone for its sign-in page (the icon sprite, the script translations), which the
# two-factor pages load as well; redirected, the sprite would be this page again, drawn inside itself.
OPEN_URL_NAMES = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "two_factor_verify",
    "two_factor_setup",
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
}


class RequireTwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith(ADMIN_PREFIXES) and needs_a_code(request):
            request.user = AnonymousUser()
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


def needs_a_code(request):
    """Signed in with the password, but not (yet) with the code the site asks of this user."""
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:  # an anonymous reader: no session to look up
        return False
    user = request.user
    if not user.is_authenticated or user.is_verified():
        return False
    if HAS_DEVICE_SESSION_KEY not in request.session:
        remember_whether_user_has_device(None, request, user)
    return request.session[HAS_DEVICE_SESSION_KEY] or settings.TWO_FACTOR_REQUIRED


@receiver(user_logged_in)
def remember_whether_user_has_device(sender, request, user, **kwargs):
    """Look the user's authenticator up once, at sign-in, rather than on every admin request; a device
    set up later is set up through `setup`, which verifies the session itself."""
    if request is not None and hasattr(request, "session"):
        request.session[HAS_DEVICE_SESSION_KEY] = django_otp.user_has_device(user, confirmed=True)
