"""Signing in to the admin: a lockout after repeated wrong passwords (django-axes) and the TOTP step
(accounts/two_factor.py on django-otp)."""

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

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
