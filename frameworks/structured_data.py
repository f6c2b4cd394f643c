"""JSON-LD for the frameworks pages: a Dataset per live adoption survey, and breadcrumbs.

Plain dicts; templates write them out with the `json_ld` filter. The guides app builds a guide's
Dataset documents from `survey_dataset` too, so a survey reads the same wherever it is shown.
"""

from urllib.parse import urlsplit

from django.urls import reverse

from .records import AdoptionSurvey


def survey_csv_url(survey, root_url):
    return root_url + reverse("frameworks:survey_csv", args=[survey.slug])


def survey_dataset(survey, root_url, page_url=None, catalog=None):
    """The survey's figures as a schema.org Dataset whose distribution is their CSV: shown on
    `page_url` (else the site), in the site's `catalog` (name, address) of frameworks data."""
    section = f"{survey.section} section, " if survey.section else ""
    publisher_site = urlsplit(survey.source_url)
    creator = {"@type": "Organization", "name": survey.publisher}
    if publisher_site.netloc:
        creator["url"] = f"{publisher_site.scheme}://{publisher_site.netloc}/"
    data = {
        "@context": "https://schema.org",
        "@type": "Dataset",
        "name": f"{survey}: framework and runtime adoption",
        "description": (
            f"The share of respondents to the {survey} ({section}n={survey.sample_size:,}) "
            "who use each backend framework or runtime."
        ),
        "url": page_url or f"{root_url}/",
        "identifier": root_url + reverse("api:adoption-survey-detail", args=[survey.slug]),
        "keywords": [
            "backend frameworks",
            "web frameworks",
            "developer survey",
            "technology adoption",
            survey.publisher,
        ],
        "variableMeasured": {
            "@type": "PropertyValue",
            "name": "Share of respondents who use the framework",
            "unitText": "percent",
            "minValue": 0,
            "maxValue": 100,
        },
        "creator": creator,
        "version": str(survey.year),
        "temporalCoverage": str(survey.year),
        "isAccessibleForFree": True,
        "distribution": [
            {"@type": "DataDownload", "encodingFormat": "text/csv", "contentUrl": survey_csv_url(survey, root_url)}
        ],
    }
    if catalog:
        name, url = catalog
        data["includedInDataCatalog"] = {"@type": "DataCatalog", "name": name, "url": url}
    if survey.license_url:
        data["license"] = survey.license_url
    if survey.source_url:
        data["isBasedOn"] = survey.source_url
    return data


def survey_datasets(root_url, page_url=None, catalog=None):
    """A Dataset for every live survey, newest first: one query."""
    return [survey_dataset(survey, root_url, page_url, catalog) for survey in AdoptionSurvey.objects.filter(live=True)]


def breadcrumb_list(trail):
    """A BreadcrumbList from (name, absolute URL) pairs, home first."""
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": name, "item": url}
            for position, (name, url) in enumerate(trail, start=1)
        ],
    }
