"""Faults on the deployed site while visitors are in the middle of booking a call: the cache's Redis
stops, then PostgreSQL restarts. Every booking must be stored and thanked, the worker must still be
running afterwards, and every e-mail must reach the mail sink exactly once.

One outage is played once for the module (`outage`) and each test reads one thing from it:
1. Six visitors (each from an address of their own, so the per-address rate limit counts them apart)
   open the booking form; Redis stops; a reader asks for the demo guide and the load balancer for
   /readyz; the six send their forms; Redis starts again.
2. Three more visitors open the form; PostgreSQL restarts under the web server and the worker (the
   relay drops every connection and refuses new ones for five seconds); the three send their forms;
   a reader asks for the demo guide.
3. Which bookings were stored (as sales read them through the API), whether the worker still runs,
   and which e-mails reached the sink for the three bookings sent after the restart.

Each fault is undone in a `finally`, and a worker that died is started again, so the journeys after
this one get a working stack.
"""

import json
import ssl
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import httpx
import pytest

from .visitors import READING_SECONDS, THANKS, Visitor, booking_answers, heading

pytestmark = pytest.mark.journey

BOOKING_PATH = "/book-a-discovery-call/"
DEMO_GUIDE_PATH = "/guides/backend-frameworks-compared/"
DEMO_GUIDE_TITLE = "Backend frameworks compared: a fair 2026 guide to choosing one"
DATABASE_DOWN_SECONDS = 5
MAIL_WAIT_SECONDS = 30

WHILE_REDIS_IS_DOWN = [
    ("127.0.0.101", booking_answers("Ines Cache", "ines@cacheless.example.com", "Cacheless 1")),
    ("127.0.0.102", booking_answers("Omar Cache", "omar@cacheless.example.com", "Cacheless 2")),
    ("127.0.0.103", booking_answers("Pia Cache", "pia@cacheless.example.com", "Cacheless 3")),
    ("127.0.0.104", booking_answers("Raj Cache", "raj@cacheless.example.com", "Cacheless 4")),
    ("127.0.0.105", booking_answers("Sun Cache", "sun@cacheless.example.com", "Cacheless 5")),
    ("127.0.0.106", booking_answers("Tom Cache", "tom@cacheless.example.com", "Cacheless 6")),
]
ACROSS_THE_DATABASE_RESTART = [
    ("127.0.0.111", booking_answers("Ada Restart", "ada@restart.example.com", "Restart 1")),
    ("127.0.0.112", booking_answers("Bo Restart", "bo@restart.example.com", "Restart 2")),
    ("127.0.0.113", booking_answers("Cy Restart", "cy@restart.example.com", "Restart 3")),
]


@dataclass
class Outage:
    guide_while_redis_is_down: tuple  # (status, heading)
    readyz_while_redis_is_down: tuple  # (status, body as text)
    sent_while_redis_is_down: list  # [(status, heading)], one per visitor
    sent_after_the_restart: list
    guide_after_the_restart: tuple
    stored: list  # the e-mail addresses of every stored booking request, as the API lists them
    worker_was_running: bool
    worker_log: str
    mail: list  # [(to, subject)] of the messages for the bookings sent after the restart


@pytest.fixture(scope="module")
def outage(deployed_stack):
    stack = deployed_stack
    reader = Visitor(stack, "127.0.0.100")
    try:
        with ThreadPoolExecutor(max_workers=len(WHILE_REDIS_IS_DOWN)) as pool:
            visitors = [Visitor(stack, address) for address, _ in WHILE_REDIS_IS_DOWN]
            forms = list(pool.map(lambda visitor: visitor.open_form(BOOKING_PATH), visitors))
            opened = time.monotonic()
            stack.stop_redis()
            try:
                guide = reader.get(DEMO_GUIDE_PATH)
                readyz = reader.get("/readyz")
                time.sleep(max(0, READING_SECONDS - (time.monotonic() - opened)))
                sent_while_redis_is_down = list(pool.map(_send, visitors, forms, WHILE_REDIS_IS_DOWN))
            finally:
                stack.start_redis()

            visitors = [Visitor(stack, address) for address, _ in ACROSS_THE_DATABASE_RESTART]
            forms = list(pool.map(lambda visitor: visitor.open_form(BOOKING_PATH), visitors))
            stack.restart_database(DATABASE_DOWN_SECONDS)  # longer than a person takes to fill the form in
            sent_after_the_restart = list(pool.map(_send, visitors, forms, ACROSS_THE_DATABASE_RESTART))
            guide_after_the_restart = reader.get(DEMO_GUIDE_PATH)

        stored = _stored_booking_emails(stack)
        recipients = {answers["email"] for _, answers in ACROSS_THE_DATABASE_RESTART}
        sales = {f"New discovery-call request from {answers['company']}" for _, answers in ACROSS_THE_DATABASE_RESTART}
        mail = _wait_for_mail(stack, recipients, sales, expected=2 * len(ACROSS_THE_DATABASE_RESTART))
        return Outage(
            guide_while_redis_is_down=(guide.status_code, heading(guide)),
            readyz_while_redis_is_down=(readyz.status_code, readyz.text),
            sent_while_redis_is_down=sent_while_redis_is_down,
            sent_after_the_restart=sent_after_the_restart,
            guide_after_the_restart=(guide_after_the_restart.status_code, heading(guide_after_the_restart)),
            stored=stored,
            mail=mail,
            worker_was_running=stack.worker_is_running(),
            worker_log=stack.worker.log()[-3000:],
        )
    finally:
        reader.close()
        if not stack.worker_is_running():  # as a supervisor would: the journeys after this need it
            stack.worker.stop()
            stack.worker.start()


def _send(visitor, form, visit):
    try:
        response = visitor.send(form, visit[1])
        return (response.status_code, heading(response))
    finally:
        visitor.close()


def _stored_booking_emails(stack):
    response = httpx.get(
        f"{stack.url}/api/v1/booking-requests/?page_size=100",
        headers={"Authorization": f"Api-Key {stack.people['api_key']}"},
        verify=ssl.create_default_context(cafile=str(stack.certificate[0])),
        timeout=30,
    )
    assert response.status_code == 200, response.text[:1000]
    return [booking["email"] for booking in response.json()["results"]]


def _wait_for_mail(stack, recipients, sales_subjects, expected):
    """[(to, subject)] of the messages to these recipients or with these subjects, once `expected` have
    come (and a second more, for any copy sent twice), MAIL_WAIT_SECONDS have passed, or the worker is
    gone."""

    def ours():
        messages = list(stack.mail.messages)  # a copy: the sink appends from its own threads
        return [
            (message["To"], message["Subject"])
            for message in messages
            if message["To"] in recipients or message["Subject"] in sales_subjects
        ]

    deadline = time.monotonic() + MAIL_WAIT_SECONDS
    while len(ours()) < expected and time.monotonic() < deadline and stack.worker_is_running():
        time.sleep(0.5)
    time.sleep(1)
    return sorted(ours())


def test_pages_are_served_while_redis_is_down(outage):
    assert outage.guide_while_redis_is_down == (200, DEMO_GUIDE_TITLE)


def test_readyz_says_ready_while_redis_is_down(outage):
    status, body = outage.readyz_while_redis_is_down
    assert (status, json.loads(body)["status"]) == (200, "ok"), body


def test_every_booking_sent_while_redis_is_down_is_stored_and_thanked(outage):
    assert outage.sent_while_redis_is_down == [(200, THANKS)] * 6
    assert sorted(email for email in outage.stored if email.endswith("@cacheless.example.com")) == [
        "ines@cacheless.example.com",
        "omar@cacheless.example.com",
        "pia@cacheless.example.com",
        "raj@cacheless.example.com",
        "sun@cacheless.example.com",
        "tom@cacheless.example.com",
    ]


def test_bookings_sent_as_postgresql_restarts_are_stored_and_thanked(outage):
    assert outage.sent_after_the_restart == [(200, THANKS)] * 3
    assert sorted(email for email in outage.stored if email.endswith("@restart.example.com")) == [
        "ada@restart.example.com",
        "bo@restart.example.com",
        "cy@restart.example.com",
    ]


def test_pages_are_served_again_once_postgresql_is_back(outage):
    assert outage.guide_after_the_restart == (200, DEMO_GUIDE_TITLE)


def test_the_worker_is_still_running_after_postgresql_restarts(outage):
    assert outage.worker_was_running, outage.worker_log


def test_every_booking_after_the_restart_gets_its_two_emails_exactly_once(outage):
    assert outage.mail == [
        ("ada@restart.example.com", "Your discovery call with Resourcifi Guides"),
        ("bo@restart.example.com", "Your discovery call with Resourcifi Guides"),
        ("cy@restart.example.com", "Your discovery call with Resourcifi Guides"),
        ("sales@localhost", "New discovery-call request from Restart 1"),
        ("sales@localhost", "New discovery-call request from Restart 2"),
        ("sales@localhost", "New discovery-call request from Restart 3"),
    ]
