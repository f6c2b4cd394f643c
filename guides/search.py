"""The public site search at /search/: guides, case studies, content pages, authors and frameworks,
through Wagtail search
(PostgreSQL full-text search in production, Wagtail's database backend on SQLite).

Readers' input is reduced to words before it reaches the search backend, so no query (quotes,
operators, 10,000 characters, control characters) can make it fail; matches are highlighted in
escaped text.
"""

import re
from dataclasses import dataclass

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from authors.models import AuthorPage
from core.pages import has_expired
from frameworks.models import Framework, FrameworkIndexPage

from .models import CaseStudyPage, ContentPage, GuidePage

PER_PAGE = 10
MAX_WORDS = 10
MAX_RESULTS = 200


@dataclass
class SearchResult:
    kind: str
    title: str
    url: str
    summary: str


def query_words(raw):
    """The words of a reader's query: letters and digits only, at most MAX_WORDS of them."""
    return re.findall(r"\w+", raw or "")[:MAX_WORDS]


def highlight(text, words):
    """Escaped text with each query word marked."""
    escaped = escape(text or "")
    if not words:
        return mark_safe(escaped)
    pattern = re.compile("|".join(re.escape(escape(word)) for word in sorted(words, key=len, reverse=True)), re.I)
    return mark_safe(pattern.sub(lambda match: f"<mark>{match.group(0)}</mark>", escaped))


def _page_results(query):
    kinds = (GuidePage, CaseStudyPage, ContentPage, AuthorPage)
    pages = Page.objects.live().public().type(*kinds).search(query, operator="and")[:MAX_RESULTS]
    specific = [page.specific for page in pages]
    results = []
    for page in specific:
        if isinstance(page, GuidePage):
            if not has_expired(page):
                results.append(SearchResult("Guide", page.title, page.url, page.standfirst))
        elif isinstance(page, CaseStudyPage):
            results.append(SearchResult("Case study", page.title, page.url, page.summary))
        elif isinstance(page, ContentPage):
            results.append(SearchResult("Page", page.title, page.url, page.intro))
        else:
            results.append(SearchResult("Author", page.title, page.url, page.role_line))
    return results


def _framework_results(query):
    index = FrameworkIndexPage.objects.live().first()
    if index is None:
        return []
    found = get_search_backend().search(query, Framework.objects.all(), operator="and")[:MAX_RESULTS]
    return [
        SearchResult(
            "Framework", framework.name, index.url + index.reverse_subpage("framework", args=[framework.slug]), ""
        )
        for framework in found
        if framework.live
    ]


def search(request):
    raw = request.GET.get("q", "")
    words = query_words(raw)
    query = " ".join(words)
    results = _framework_results(query) + _page_results(query) if query else []
    page_of_results = Paginator(results, PER_PAGE).get_page(request.GET.get("page"))
    for result in page_of_results:
        result.title_html = highlight(result.title, words)
        result.summary_html = highlight(result.summary, words)
    return render(
        request,
        "search/search.html",
        {"query": query, "raw_query": raw[:200], "results": page_of_results, "count": len(results)},
    )
