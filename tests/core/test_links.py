"""Stored links accept only http(s) and mailto, on every path that writes them: model validation
(what imports and scripts run), the admin's forms, StreamField blocks and page saves."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.urls import reverse

from frameworks.models import Framework
from guides.blocks import SourceBlock
from guides.models import CallToAction
from tests.authors.factories import AuthorPageFactory, TeamFactory
from tests.frameworks.admin_forms import framework_form
from tests.frameworks.factories import AdoptionSurveyFactory, BenchmarkFactory, FrameworkFactory
from tests.guides.factories import CallToActionFactory, GuidePageFactory, paragraph, site_chrome, source

MESSAGE = "Enter a web address starting with https:// or http://, or an e-mail link starting with mailto:."
REFUSED = [
    "javascript:alert(document.cookie)",
    "JavaScript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "ftp://files.example.com/report.pdf",
    "file:///etc/passwd",
    "vbscript:msgbox(1)",
    "example.com/no-scheme",
]
# (factory, field) for every URL field in guides, authors and frameworks.
URL_FIELDS = [
    pytest.param(lambda: CallToActionFactory.build(), "link_url", id="call-to-action link"),
    pytest.param(lambda: site_chrome(), "organisation_url", id="site organisation"),
    pytest.param(lambda: site_chrome(), "linkedin_url", id="site LinkedIn"),
    pytest.param(lambda: AuthorPageFactory(), "linkedin_url", id="author LinkedIn"),
    pytest.param(lambda: TeamFactory.build(), "url", id="team"),
    pytest.param(lambda: FrameworkFactory(), "website", id="framework website"),
    pytest.param(lambda: AdoptionSurveyFactory(), "source_url", id="survey source"),
    pytest.param(lambda: BenchmarkFactory(), "url", id="benchmark"),
]

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("make", "field"), URL_FIELDS)
@pytest.mark.parametrize("url", REFUSED)
def test_every_url_field_refuses_a_link_that_is_not_http_or_mailto(make, field, url):
    record = make()
    setattr(record, field, url)
    with pytest.raises(ValidationError) as refused:
        record.full_clean()
    assert refused.value.message_dict[field] == [MESSAGE]


@pytest.mark.parametrize(("make", "field"), URL_FIELDS)
@pytest.mark.parametrize("url", ["https://example.com/a?b=c", "http://example.com", "mailto:hello@example.com"])
def test_every_url_field_accepts_web_and_mailto_links(make, field, url):
    record = make()
    setattr(record, field, url)
    record.full_clean()


def test_a_mailto_link_with_no_address_is_refused():
    cta = CallToActionFactory.build(link_url="mailto:not-an-address")
    with pytest.raises(ValidationError) as refused:
        cta.full_clean()
    assert refused.value.message_dict["link_url"] == [
        "“not-an-address” is not an e-mail address; write mailto:name@example.com."
    ]


def _post_call_to_action(admin_client, link_url):
    return admin_client.post(
        reverse("wagtailsnippets_guides_calltoaction:add"),
        {"name": "Write to us", "heading": "Talk to us", "button_label": "Write", "link_url": link_url},
    )


def test_the_admin_form_shows_the_error_next_to_the_link_and_saves_nothing(admin_client):
    response = _post_call_to_action(admin_client, "javascript:alert(1)")

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    field = soup.select_one("[data-field-wrapper]:has(#id_link_url)")
    assert MESSAGE in field.get_text(" ", strip=True)
    assert soup.select_one("#id_link_url")["value"] == "javascript:alert(1)"
    assert not CallToAction.objects.exists()


def test_the_admin_form_keeps_a_mailto_link_as_written(admin_client):
    response = _post_call_to_action(admin_client, "mailto:sales@example.com?subject=Discovery%20call")

    assert response.status_code == 302
    assert CallToAction.objects.get().link_url == "mailto:sales@example.com?subject=Discovery%20call"


def test_the_framework_admin_form_refuses_an_ftp_website_and_keeps_the_saved_one(admin_client):
    framework = FrameworkFactory(website="https://phoenixframework.org/")
    framework.website = "ftp://phoenixframework.org/"

    response = admin_client.post(
        reverse("wagtailsnippets_frameworks_framework:edit", args=[framework.pk]), framework_form(framework, [])
    )

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert MESSAGE in soup.select_one("[data-field-wrapper]:has(#id_website)").get_text(" ", strip=True)
    assert Framework.objects.get(pk=framework.pk).website == "https://phoenixframework.org/"


def test_the_source_block_refuses_a_javascript_link():
    block = SourceBlock()
    value = block.to_python({"key": "a", "publisher": "P", "title": "T", "url": "javascript:alert(1)"})
    with pytest.raises(ValidationError) as refused:
        block.clean(value)
    assert refused.value.block_errors["url"].messages == [MESSAGE]


def test_saving_a_guide_from_code_refuses_a_source_with_a_javascript_link():
    """Imports and loaders save pages from code; Wagtail validates the page on save."""
    with pytest.raises(ValidationError) as refused:
        GuidePageFactory(body=[paragraph("<p>A claim [cite:a].</p>")], sources=[source("a", url="javascript:alert(1)")])
    assert refused.value.message_dict["sources"] == [f"Source “a”: {MESSAGE}"]
