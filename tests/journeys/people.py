"""The people a journey needs, made in a stack's own database through `manage.py shell`: an editor,
an engineering reviewer credited as an author, one with no editorial profile yet, and a publisher,
each with an authenticator (production asks for its code after the password), and an API key for
sales."""

from django_otp.oath import totp

from .services import run_script

PASSWORD = "a long pass phrase for the journeys"

SCRIPT = f"""
import json

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django_otp.plugins.otp_totp.models import TOTPDevice
from rest_framework_api_key.models import APIKey

from authors.models import AuthorIndexPage, AuthorPage
from guides.models import EditorialProfile


def person(username, group, author=None):
    user = get_user_model().objects.create_user(username, username + "@example.com", {PASSWORD!r})
    user.groups.add(Group.objects.get(name=group))
    if author is not None:
        EditorialProfile.objects.create(user=user, author_page=author)
    device = TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)
    return {{"username": username, "totp_key": device.key}}


index = AuthorIndexPage.objects.get()
ravi = AuthorPage(title="Ravi Iyer", slug="ravi-iyer", role="Principal Engineer")
index.add_child(instance=ravi)
ravi.save_revision().publish()
_, key = APIKey.objects.create_key(name="Sales journey")
print(json.dumps({{
    "editor": person("edith", "Editors"),
    "reviewer": person("ravi", "Engineering reviewers", ravi),
    "reviewer_without_profile": person("nadia", "Engineering reviewers"),
    "publisher": person("pat", "Publishers"),
    "api_key": key,
}}))
"""


def make_people(environment):
    return run_script(environment, SCRIPT)


def current_code(person):
    """The code the person's authenticator app shows now."""
    return f"{totp(bytes.fromhex(person['totp_key']), step=30, t0=0, digits=6):06d}"
