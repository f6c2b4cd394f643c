"""Readers, feed readers and API clients for the load test (`make loadtest`, tests/load/run.py).

Pages come from the site's own sitemap, read once when the test starts, so every published page is
read; feeds and API lists are fixed. Every failed request is appended, with its time, to the file
named by LOAD_FAILURE_LOG, so the run can tell failures during an outage from failures after it.
"""

import json
import os
import random
import time
from urllib.parse import urlsplit
from xml.etree import ElementTree

import requests
from locust import HttpUser, between, events, task

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
    with open(log, "a") as file:
        file.write(json.dumps({"time": time.time(), "name": name, "status": status, "error": str(exception)}) + "\n")


class Reader(HttpUser):
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
