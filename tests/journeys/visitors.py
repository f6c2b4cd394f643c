"""Visitors of the deployed site without a browser, for journeys that need many of them at once.

Each `Visitor` is an HTTP client of its own that connects from an address of its own on the loopback
network (127.0.0.2, 127.0.0.3, ...): the booking form limits each client address to
BOOKINGS_RATE_LIMIT requests an hour, and the site sees these visitors as the separate people they
stand for. A visitor fills in a form as a browser does: every field the page holds with the value
it came with (the CSRF token, the time trap's stamp, the source of the visit), the visitor's answers
over them, and the Origin and Referer a browser sends with a POST.
"""

import ssl
import time

import httpx
from bs4 import BeautifulSoup

from devtools.html_forms import form_fields

# The booking form refuses what comes back sooner than BOOKINGS_FORM_MIN_SECONDS (3) after it was
# served, as a bot would; a person takes longer.
READING_SECONDS = 3.5
THANKS = "Thank you, we have your request"


def heading(response):
    """The page's first-level heading as a reader sees it, or None."""
    h1 = BeautifulSoup(response.text, "html.parser").find("h1")
    return h1.get_text(" ", strip=True) if h1 else None


class FilledForm:
    """A form as served, with what a browser would send if the visitor pressed its button unchanged."""

    def __init__(self, response, form):
        self.page_url = response.url
        self.action = response.url.join(form.get("action") or "")
        self.fields = form_fields(form)


class Visitor:
    def __init__(self, stack, address):
        self.site = stack.url
        trusted = ssl.create_default_context(cafile=str(stack.certificate[0]))
        transport = httpx.HTTPTransport(verify=trusted, local_address=address)
        self.http = httpx.Client(base_url=stack.url, transport=transport, follow_redirects=True, timeout=30)

    def get(self, path):
        return self.http.get(path)

    def open_form(self, path):
        """The page at `path` and the form on it that is sent by POST; fails if the page has none."""
        response = self.http.get(path)
        form = BeautifulSoup(response.text, "html.parser").find("form", method="post")
        assert form is not None, f"GET {path}: {response.status_code}, no form:\n{response.text[:1000]}"
        return FilledForm(response, form)

    def send(self, form, answers):
        """POST the form with the visitor's answers, as its button does; the page it ends on."""
        headers = {"Origin": self.site, "Referer": str(form.page_url)}
        return self.http.post(form.action, data={**form.fields, **answers}, headers=headers)

    def book_a_call(self, path, answers):
        """Open the booking form at `path`, take the time a person takes, send it: the page it ends on."""
        form = self.open_form(path)
        time.sleep(READING_SECONDS)
        return self.send(form, answers)

    def close(self):
        self.http.close()


def booking_answers(name, email, company, topic="Moving our API to something typed."):
    """What a person types into the booking form, consent given."""
    return {"name": name, "email": email, "company": company, "topic": topic, "consent": "on"}
