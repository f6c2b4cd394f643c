"""JSON-LD for search engines: Article (guides, case studies), FAQPage, BreadcrumbList, Person, Organization,
Dataset.

Each function returns a plain dict; templates render them with the `json_ld` filter.
"""

from frameworks.models import published
from frameworks.structured_data import survey_dataset

from .citations import plain_text
from .site_address import site_root_url


def organization(site_chrome, home_url, logo_url=None):
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": site_chrome.organisation_name,
        "url": site_chrome.organisation_url or home_url,
    }
    if logo_url:
        data["logo"] = logo_url
    if site_chrome.linkedin_url:
        data["sameAs"] = [site_chrome.linkedin_url]
    return data


def breadcrumbs(trail, request):
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": crumb.title, "item": crumb.get_full_url(request)}
            for position, crumb in enumerate(trail, start=1)
        ],
    }


def person(author, request):
    data = {
        "@type": "Person",
        "name": author.title,
        "jobTitle": author.role,
        "url": author.get_full_url(request),
    }
    if author.company:
        data["worksFor"] = {"@type": "Organization", "name": author.company}
    if author.profile_link_list:
        data["sameAs"] = author.profile_link_list
    return data


def person_page(author, request, image_url=None):
    """An author's page is a ProfilePage about the person (their own links, not the company's),
    with their photo and the line that introduces them."""
    about = person(author, request)
    about["description"] = author.role_line
    if image_url:
        about["image"] = image_url
    data = {
        "@context": "https://schema.org",
        "@type": "ProfilePage",
        "url": author.get_full_url(request),
        "description": author.role_line,
        "mainEntity": about,
    }
    if image_url:
        data["image"] = image_url
    return data


def article(guide, request, image=None):
    data = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": guide.title,
        "description": guide.search_description or guide.standfirst,
        "mainEntityOfPage": guide.get_full_url(request),
        "articleSection": guide.category.name,
        "datePublished": guide.first_published_at.isoformat() if guide.first_published_at else None,
        "dateModified": guide.updated_on.isoformat() if guide.updated_on else None,
        "timeRequired": f"PT{guide.reading_minutes}M",
    }
    if guide.author and guide.author.live:
        data["author"] = person(guide.author, request)
    if image:
        data["image"] = image
    return {key: value for key, value in data.items() if value is not None}


def case_study(page, request, image=None, publisher=None):
    """A case study is an Article about a client project, written by the consultancy (`publisher`,
    an Organization); its stack and sector are its keywords."""
    data = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": page.title,
        "description": page.search_description or page.summary,
        "mainEntityOfPage": page.get_full_url(request),
        "articleSection": "Case studies",
        "keywords": ", ".join([page.client_sector, *page.technologies]),
        "datePublished": page.first_published_at.isoformat() if page.first_published_at else None,
        "dateModified": page.last_published_at.isoformat() if page.last_published_at else None,
    }
    if publisher:
        data["author"] = data["publisher"] = {key: value for key, value in publisher.items() if key != "@context"}
    if image:
        data["image"] = image
    return {key: value for key, value in data.items() if value is not None}


def faq_page(questions):
    return {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "mainEntity": [
            {
                "@type": "Question",
                "name": item["question"],
                "acceptedAnswer": {"@type": "Answer", "text": plain_text(item["answer"].source)},
            }
            for item in questions
        ],
    }


def datasets(guide, request):
    """A Dataset for each live survey the guide's adoption charts show (the surveys they compare
    too), each once, in the order the charts show them."""
    surveys = {}
    for child in guide.body:
        if child.block_type == "adoption_chart":
            for key in ("survey", "comparison_survey"):
                survey = published(child.value[key])
                if survey is not None:
                    surveys.setdefault(survey.pk, survey)
    if not surveys:
        return []
    root_url = site_root_url(request)
    page_url = guide.get_full_url(request)
    return [survey_dataset(survey, root_url, page_url) for survey in surveys.values()]
