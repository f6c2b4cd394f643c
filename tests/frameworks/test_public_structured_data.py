"""What search engines get from the frameworks pages: a Dataset per live survey and both page kinds in the sitemap."""

import json
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from django.test import RequestFactory

from frameworks.models import Framework
from guides import structured_data
from tests.frameworks.factories import FrameworkFactory, FrameworkIndexPageFactory, survey_with_figures
from tests.guides.factories import GuidePageFactory, adoption_chart

pytestmark = pytest.mark.django_db

SITEMAP = {"sitemap": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def json_ld(html, kind):
    soup = BeautifulSoup(html, "html.parser")
    documents = [json.loads(script.string) for script in soup.find_all("script", type="application/ld+json")]
    return [document for document in documents if document["@type"] == kind]


@pytest.fixture
def surveys():
    django = FrameworkFactory(name="Django")
    newer = survey_with_figures(
        {django: "12.6"},
        year=2025,
        sample_size=23678,
        source_url="https://survey.stackoverflow.co/2025/",
        license_url="https://opendatacommons.org/licenses/odbl/1-0/",
    )
    older = survey_with_figures({django: "12.0"}, year=2024, sample_size=48503, section="")
    survey_with_figures({django: "30.0"}, year=2026, live=False)
    return newer, older


STACK_OVERFLOW_2025 = {
    "@context": "https://schema.org",
    "@type": "Dataset",
    "name": "Stack Overflow Developer Survey 2025: framework and runtime adoption",
    "description": (
        "The share of respondents to the Stack Overflow Developer Survey 2025 (Technology section, n=23,678) "
        "who use each backend framework or runtime."
    ),
    "url": "http://localhost/frameworks/",
    "identifier": "http://localhost/api/v1/adoption-surveys/stack-overflow-2025/",
    "keywords": ["backend frameworks", "web frameworks", "developer survey", "technology adoption", "Stack Overflow"],
    "variableMeasured": {
        "@type": "PropertyValue",
        "name": "Share of respondents who use the framework",
        "unitText": "percent",
        "minValue": 0,
        "maxValue": 100,
    },
    "creator": {"@type": "Organization", "name": "Stack Overflow", "url": "https://survey.stackoverflow.co/"},
    "version": "2025",
    "temporalCoverage": "2025",
    "isAccessibleForFree": True,
    "distribution": [
        {
            "@type": "DataDownload",
            "encodingFormat": "text/csv",
            "contentUrl": "http://localhost/frameworks/data/surveys/stack-overflow-2025.csv",
        }
    ],
    "includedInDataCatalog": {
        "@type": "DataCatalog",
        "name": "Frameworks: data",
        "url": "http://localhost/frameworks/",
    },
    "license": "https://opendatacommons.org/licenses/odbl/1-0/",
    "isBasedOn": "https://survey.stackoverflow.co/2025/",
}
STACK_OVERFLOW_2024 = {
    "@context": "https://schema.org",
    "@type": "Dataset",
    "name": "Stack Overflow Developer Survey 2024: framework and runtime adoption",
    "description": (
        "The share of respondents to the Stack Overflow Developer Survey 2024 (n=48,503) "
        "who use each backend framework or runtime."
    ),
    "url": "http://localhost/frameworks/",
    "identifier": "http://localhost/api/v1/adoption-surveys/stack-overflow-2024/",
    "keywords": ["backend frameworks", "web frameworks", "developer survey", "technology adoption", "Stack Overflow"],
    "variableMeasured": {
        "@type": "PropertyValue",
        "name": "Share of respondents who use the framework",
        "unitText": "percent",
        "minValue": 0,
        "maxValue": 100,
    },
    "creator": {"@type": "Organization", "name": "Stack Overflow"},
    "version": "2024",
    "temporalCoverage": "2024",
    "isAccessibleForFree": True,
    "distribution": [
        {
            "@type": "DataDownload",
            "encodingFormat": "text/csv",
            "contentUrl": "http://localhost/frameworks/data/surveys/stack-overflow-2024.csv",
        }
    ],
    "includedInDataCatalog": {
        "@type": "DataCatalog",
        "name": "Frameworks: data",
        "url": "http://localhost/frameworks/",
    },
}


def on_guide(dataset, url):
    """The same survey described from a guide: shown on the guide, outside the frameworks catalogue."""
    return {key: value for key, value in dataset.items() if key != "includedInDataCatalog"} | {"url": url}


def test_the_comparison_page_describes_each_live_survey_as_a_dataset_with_its_csv(client, surveys):
    FrameworkIndexPageFactory()
    assert json_ld(client.get("/frameworks/").content.decode(), "Dataset") == [STACK_OVERFLOW_2025, STACK_OVERFLOW_2024]
    assert client.get("/frameworks/data/surveys/stack-overflow-2025.csv").status_code == 200


def test_a_guide_describes_the_live_surveys_its_adoption_charts_show_each_once(client, surveys):
    newer, older = surveys
    guide = GuidePageFactory(
        body=[adoption_chart(newer, comparison_survey=older), adoption_chart(newer, title="Again")],
    )
    request = RequestFactory().get(guide.url)
    url = f"http://localhost{guide.url}"
    assert structured_data.datasets(guide, request) == [
        on_guide(STACK_OVERFLOW_2025, url),
        on_guide(STACK_OVERFLOW_2024, url),
    ]


def test_a_guide_without_an_adoption_chart_describes_no_dataset(client, surveys):
    guide = GuidePageFactory()
    assert structured_data.datasets(guide, RequestFactory().get(guide.url)) == []


def test_the_sitemap_lists_the_comparison_and_every_live_framework_profile(client):
    FrameworkIndexPageFactory()
    FrameworkFactory(name="Django")
    FrameworkFactory(name="Flask")
    FrameworkFactory(name="Litestar", live=False)
    Framework.objects.filter(name="Flask").update(last_published_at="2026-02-03T10:00:00Z")
    urls = ElementTree.fromstring(client.get("/sitemap.xml").content).findall("sitemap:url", SITEMAP)
    listed = {
        url.findtext("sitemap:loc", namespaces=SITEMAP): url.findtext("sitemap:lastmod", namespaces=SITEMAP)
        for url in urls
    }
    assert {loc: lastmod for loc, lastmod in listed.items() if "/frameworks/" in loc} == {
        "http://localhost/frameworks/": "2026-01-05",
        "http://localhost/frameworks/django/": None,
        "http://localhost/frameworks/flask/": "2026-02-03",
    }
