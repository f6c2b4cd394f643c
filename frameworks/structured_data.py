"""JSON-LD for the frameworks pages: a Dataset per live adoption survey, and breadcrumbs.

Plain dicts; templates write them out with the `json_ld` filter. The guides app builds a guide's
Dataset documents from `survey_dataset` too, so a survey reads the same wherever it is shown.
"""

from django.urls import reverse

from .records import AdoptionSurvey


def survey_csv_url(survey, root_url):
    return root_url + reverse("frameworks:survey_csv", args=[survey.slug])


def survey_dataset(survey, root_url):
    """The survey's figures as a schema.org Dataset whose distribution is their CSV."""
    section = f"{survey.section} section, " if survey.section else ""
    data = {
        "@context": "https://schema.org",
        "@type": "Dataset",
        "name": f"{survey}: framework and runtime adoption",
        "description": (
            f"The share of respondents to the {survey} ({section}n={survey.sample_size:,}) "
            "who use each backend framework or runtime."
        ),
        "creator": {"@type": "Organization", "name": survey.publisher},
        "temporalCoverage": str(survey.year),
        "distribution": [
            {"@type": "DataDownload", "encodingFormat": "text/csv", "contentUrl": survey_csv_url(survey, root_url)}
        ],
    }
    if survey.source_url:
        data["isBasedOn"] = survey.source_url
    return data


def survey_datasets(root_url):
    """A Dataset for every live survey, newest first: one query."""
    return [survey_dataset(survey, root_url) for survey in AdoptionSurvey.objects.filter(live=True)]


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
