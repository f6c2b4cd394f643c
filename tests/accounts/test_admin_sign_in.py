"""Signing in to the admin: a lockout after repeated wrong passwords (django-axes) and the TOTP step
(accounts/two_factor.py on django-otp)."""

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import PageViewRestriction

from tests.guides.factories import GuidePageFactory
from tests.site_tree import home_page

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"


@pytest.fixture
def editor(django_user_model):
    home_page()  # the admin's dashboard lists the page tree
    return django_user_model.objects.create_superuser("editor", "editor@example.com", PASSWORD)


def sign_in(client, password):
    return client.post("/admin/login/", {"username": "editor", "password": password})


def current_code(device):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def test_a_wrong_password_is_refused_with_the_form_again(client, editor):
    response = sign_in(client, "guess")
    assert response.status_code == 200
    assert "Your username and password didn&#x27;t match" in response.content.decode()


def test_after_five_wrong_passwords_even_the_right_one_is_locked_out(client, editor):
    for _ in range(5):
        sign_in(client, "guess")
    response = sign_in(client, PASSWORD)
    assert response.status_code == 429
    assert "Sign-in locked" in response.content.decode()
    assert client.get("/admin/").status_code == 302  # still signed out


def test_one_address_guessing_many_usernames_is_locked_out(client, editor, django_user_model):
    """Two guesses each at thirty names: the address is locked after five, whatever the names."""
    responses = [
        client.post("/admin/login/", {"username": f"user{number}", "password": "guess"})
        for number in range(30)
        for _ in range(2)
    ]
    assert [response.status_code for response in responses].index(429) == 4  # the fifth guess locks it
    assert sign_in(client, PASSWORD).status_code == 429


def test_a_locked_address_does_not_lock_the_user_out_from_elsewhere(client, editor):
    for number in range(6):
        client.post("/admin/login/", {"username": f"user{number}", "password": "guess"})
    assert sign_in(client, PASSWORD).status_code == 429

    response = client.post("/admin/login/", {"username": "editor", "password": PASSWORD}, REMOTE_ADDR="198.51.100.20")
    assert response.status_code == 302


def test_four_wrong_passwords_still_let_the_right_one_in(client, editor):
    for _ in range(4):
        sign_in(client, "guess")
    assert sign_in(client, PASSWORD).status_code == 302
    assert client.get("/admin/").status_code == 200


def test_an_editor_with_an_authenticator_is_asked_for_a_code_after_the_password(client, editor):
    TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    sign_in(client, PASSWORD)
    response = client.get("/admin/pages/")
    assert (response.status_code, response["Location"]) == (302, "/admin/two-factor/verify/?next=/admin/pages/")


def test_the_current_code_opens_the_admin(client, editor):
    device = TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    sign_in(client, PASSWORD)
    response = client.post("/admin/two-factor/verify/", {"code": current_code(device), "next": "/admin/pages/"})
    assert (response.status_code, response["Location"]) == (302, "/admin/pages/")
    assert client.get("/admin/pages/").status_code == 200


def test_a_wrong_code_keeps_the_admin_closed_and_says_so(client, editor):
    TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    sign_in(client, PASSWORD)
    response = client.post("/admin/two-factor/verify/", {"code": "000000"})
    assert response.status_code == 200
    assert "That code is not right" in response.content.decode()
    assert client.get("/admin/").status_code == 302


def test_when_two_factor_is_required_an_editor_without_an_authenticator_must_set_one_up(client, editor, settings):
    settings.TWO_FACTOR_REQUIRED = True
    sign_in(client, PASSWORD)
    response = client.get("/admin/")
    assert (response.status_code, response["Location"]) == (302, "/admin/two-factor/setup/?next=/admin/")
    page = client.get("/admin/two-factor/setup/").content.decode()
    assert "Set up two-factor sign-in" in page
    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    assert client.post("/admin/two-factor/setup/", {"code": current_code(device)}).status_code == 302
    assert client.get("/admin/").status_code == 200


def test_after_the_password_alone_a_page_for_signed_in_readers_asks_for_sign_in(client, editor):
    """Half signed in (no code yet) counts as anonymous outside the two-factor steps."""
    TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    guide = GuidePageFactory(title="Members only")
    PageViewRestriction.objects.create(page=guide, restriction_type=PageViewRestriction.LOGIN)
    sign_in(client, PASSWORD)

    response = client.get("/guides/members-only/")

    assert (response.status_code, response["Location"]) == (302, "/_util/login/?next=/guides/members-only/")


def test_with_the_code_entered_the_same_page_is_read(client, editor):
    device = TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    guide = GuidePageFactory(title="Members only")
    PageViewRestriction.objects.create(page=guide, restriction_type=PageViewRestriction.LOGIN)
    sign_in(client, PASSWORD)
    client.post("/admin/two-factor/verify/", {"code": current_code(device), "next": "/admin/"})

    response = client.get("/guides/members-only/")

    assert response.status_code == 200
    assert "<h1>Members only</h1>" in response.content.decode()


def test_when_two_factor_is_required_a_user_without_an_authenticator_is_anonymous_on_pages(client, editor, settings):
    settings.TWO_FACTOR_REQUIRED = True
    guide = GuidePageFactory(title="Members only")
    PageViewRestriction.objects.create(page=guide, restriction_type=PageViewRestriction.LOGIN)
    sign_in(client, PASSWORD)

    assert client.get("/guides/members-only/").status_code == 302


def test_the_two_factor_steps_get_the_admins_icons_and_script_translations_before_the_code(client, editor, settings):
    """The steps use Wagtail's sign-in page's base, which loads these two; a redirect to the step would
    be drawn as the icon sprite, inside the step."""
    settings.TWO_FACTOR_REQUIRED = True
    sign_in(client, PASSWORD)
    sprite, translations = client.get("/admin/sprite/"), client.get("/admin/jsi18n/")
    assert (sprite.status_code, sprite["Content-Type"]) == (200, "image/svg+xml; charset=utf-8")
    assert sprite.content.decode().startswith('<div hidden><svg><defs><symbol id="icon-arrow-down"')
    assert (translations.status_code, translations["Content-Type"]) == (200, 'text/javascript; charset="utf-8"')
    assert client.get("/admin/pages/")["Location"] == "/admin/two-factor/setup/?next=/admin/pages/"
