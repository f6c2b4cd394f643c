"""Readers, feed readers, API clients and leads for the load test (`make loadtest`, tests/load/run.py).

Pages come from the site's own sitemap, read once when the test starts, so every published page is
read; feeds and API lists are fixed. Every failed request is appended, with its time, to the file
named by LOAD_FAILURE_LOG, so the run can tell failures during an outage from failures after it.

Leads (when LOAD_LEADS_LOG names a file) open the booking form at LOAD_BOOKING_PATH, take
LOAD_READING_SECONDS as a person does, and send it with an address and company of their own; each
lead sent is appended to LOAD_LEADS_LOG with whether the reader was thanked, so the run can compare
what readers sent with what was stored and mailed.
"""

import json
import os
import random
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit
from xml.etree import ElementTree

import requests
from bs4 import BeautifulSoup
from locust import HttpUser, between, events, task

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # locust loads this file outside the project
from devtools.html_forms import form_fields  # noqa: E402

THANKS = "Thank you, we have your request"

FEEDS = ["/feeds/guides/", "/sitemap.xml", "/robots.txt"]
API_READS = [
    "/api/v1/frameworks/",
    "/api/v1/languages/",
    "/api/v1/criteria/",
    "/api/v1/comparison-matrices/",
    "/api/v1/adoption-surveys/",
    "/api/v1/benchmarks/",
    "/api/v1/decision-guides/",
]
PAGES = []


@events.test_start.add_listener
def read_the_sitemap(environment, **kwargs):
    namespace = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    documents = [f"{environment.host}/sitemap.xml"]
    PAGES.clear()
    while documents:  # a large site's sitemap is an index of sections: read each
        sitemap = requests.get(documents.pop(0), timeout=30)
        sitemap.raise_for_status()
        root = ElementTree.fromstring(sitemap.content)
        sections = root.findall("./sm:sitemap/sm:loc", namespace)
        # Requested on the host under test (the sitemap names the site's configured address).
        documents += [
            environment.host + urlsplit(section.text)._replace(scheme="", netloc="").geturl() for section in sections
        ]
        PAGES.extend(urlsplit(location.text).path for location in root.findall("./sm:url/sm:loc", namespace))
    if not PAGES:
        raise RuntimeError("The sitemap lists no pages to read.")


@events.request.add_listener
def log_failure(request_type, name, response_time, response_length, exception=None, response=None, **kwargs):
    log = os.environ.get("LOAD_FAILURE_LOG")
    if exception is None or not log:
        return
    status = getattr(response, "status_code", None)
    _append(log, {"time": time.time(), "name": name, "status": status, "error": str(exception)})


def _append(log, record):
    with open(log, "a") as file:
        file.write(json.dumps(record) + "\n")


class Reader(HttpUser):
    weight = 4
    wait_time = between(0.5, 1.5)

    @task(6)
    def read_a_page(self):
        path = random.choice(PAGES)
        self.client.get(path, name=path)

    @task(1)
    def read_a_feed(self):
        path = random.choice(FEEDS)
        self.client.get(path, name=path)

    @task(3)
    def read_the_api(self):
        path = random.choice(API_READS)
        self.client.get(path, name=path, headers={"Accept": "application/json"})


class Lead(HttpUser):
    """A reader who books a call, as the journeys' visitors do: form, reading time, answers, send."""

    weight = 1
    wait_time = between(1, 3)

    @task
    def book_a_call(self):
        log = os.environ.get("LOAD_LEADS_LOG")
        if not log:  # a run that does not count leads reads only
            return
        path = os.environ.get("LOAD_BOOKING_PATH", "/book-a-discovery-call/")
        page = self.client.get(path, name="booking form")
        form = BeautifulSoup(page.text, "html.parser").find("form", method="post")
        if form is None:
            return  # the failed GET is counted as a failed request already
        time.sleep(float(os.environ.get("LOAD_READING_SECONDS", "1.2")))
        tag = uuid.uuid4().hex[:12]
        lead = {
            "email": f"lead-{tag}@{os.environ.get('LOAD_LEADS_DOMAIN', 'load.example.com')}",
            "company": f"Load {tag}",
        }
        answers = {"name": "Load Lead", "topic": "A call booked under load.", "consent": "on", **lead}
        headers = {"Origin": self.host, "Referer": self.host + path}
        if os.environ.get("LOAD_FORWARDED_PROTO") == "https":
            # As behind a load balancer that ends TLS: production's CSRF cookie is Secure, which a client
            # speaking plain HTTP to gunicorn keeps but would not send back by itself.
            origin = self.host.replace("http://", "https://", 1)
            headers = {
                "X-Forwarded-Proto": "https",
                "Origin": origin,
                "Referer": origin + path,
                "Cookie": f"csrftoken={self.client.cookies.get('csrftoken', '')}",
            }
        sent_at = time.time()
        response = self.client.post(path, data={**form_fields(form), **answers}, headers=headers, name="booking sent")
        thanked = response.status_code == 200 and THANKS in response.text
        _append(log, {**lead, "time": sent_at, "status": response.status_code, "thanked": thanked})
