"""Schemathesis against every operation of the API, through the WSGI app (no server): positive and
negative data, every check (no 5xx, statuses, content types, headers and bodies as the schema says,
bad input refused, good input accepted, auth not ignored), once as an anonymous client and once with
an API key; then its stateful phase, which follows the schema's links from each list to its detail
operations (read and, for booking requests, change). The demo content and two booking requests give
the generated requests real records to find; throttling is lifted so that the run measures the API,
not the limit.

The schema is the one /api/schema/ serves, built by drf-spectacular when the module is collected
(it reads no database), so each operation is its own test.

By hand, the same with the command-line runner against a running server (`manage.py runserver` with
API_ANONYMOUS_RATE, API_KEY_RATE and API_FAILED_AUTHENTICATION_RATE raised):
`schemathesis run http://127.0.0.1:8000/api/schema/ --checks all -H "Authorization: Api-Key $KEY"`."""

import json

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.renderers import OpenApiJsonRenderer
from hypothesis import HealthCheck, settings
from rest_framework_api_key.models import APIKey
from schemathesis import GenerationMode
from schemathesis.generation.stateful import run_state_machine_as_test

from config.wsgi import application
from tests.bookings.factories import DiscoveryCallRequestFactory

# Enough examples per operation and mode to reach each parameter's edge cases while keeping the
# whole run near a minute on a shared machine.
EXAMPLES_PER_OPERATION = 15
# Rounds of the stateful phase at most: enough to follow every list's links.
STATEFUL_ROUNDS = 6

SCHEMA = json.loads(OpenApiJsonRenderer().render(SchemaGenerator().get_schema(request=None, public=True)))


def application_without_compression(environ, start_response):
    """The WSGI transport hands a body over as sent, where an HTTP client would undo its gzip
    (tests/api/test_compression.py covers compressed answers)."""
    environ.pop("HTTP_ACCEPT_ENCODING", None)
    return application(environ, start_response)


def load_schema(modes=(GenerationMode.POSITIVE, GenerationMode.NEGATIVE)):
    loaded = schemathesis.openapi.from_dict(SCHEMA)
    loaded.app = application_without_compression
    loaded.config.generation.update(
        modes=list(modes),
        max_examples=EXAMPLES_PER_OPERATION,
        deterministic=True,
        database="none",
    )
    return loaded


# One for an anonymous client, one for a client with a key, and one for the stateful phase: a key,
# and valid requests only, so that each step can use what the one before it answered.
schema = load_schema()
keyed_schema = load_schema()
stateful_schema = load_schema(modes=[GenerationMode.POSITIVE])
KEY = {}  # the key the `sales_key` fixture made for the running test


class SalesKey:
    """The key as schemathesis' own credentials: its checks know the key is meant to be valid, and
    probe the operations that need one without it and with a wrong one."""

    def get(self, case, context):
        return KEY.get("value", "none-yet")  # schemathesis asks once while collecting

    def set(self, case, data, context):
        case.headers = {**(case.headers or {}), "Authorization": f"Api-Key {data}"}


keyed_schema.auth(refresh_interval=None)(SalesKey)
stateful_schema.auth(refresh_interval=None)(SalesKey)


@pytest.fixture
def one_connection():
    """Requests go straight to the WSGI app, whose end-of-request signal would close the test's
    database connection (and its transaction) on PostgreSQL; Django's test client keeps it open the
    same way."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def unthrottled(settings):
    """No limit is reached: the anonymous and key rates are lifted and refused keys are not counted."""
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anonymous": "1000000/minute", "key": "1000000/minute"},
    }


@pytest.fixture
def sales_key(db):
    """An API key for keyed_schema's requests, and two booking requests for it to find and change."""
    _, KEY["value"] = APIKey.objects.create_key(name="Schemathesis")
    DiscoveryCallRequestFactory(name="Ada Byron")
    DiscoveryCallRequestFactory(name="Grace Hopper", status="contacted")
    yield
    KEY.clear()


@schema.parametrize()
# The database the fixtures set up is rolled back after each operation's examples.
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_every_operation_answers_an_anonymous_client_as_its_schema_says(
    case, demo_content, db, one_connection, unthrottled
):
    case.call_and_validate()


@keyed_schema.parametrize()
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_every_operation_answers_a_client_with_a_key_as_its_schema_says(
    case, demo_content, db, one_connection, unthrottled, sales_key
):
    case.call_and_validate()


# Operations a client reaches only by a link from a list: the address of a record it was given.
DETAIL_OPERATIONS = {
    "GET /api/v1/adoption-surveys/{slug}/",
    "GET /api/v1/authors/{slug}/",
    "GET /api/v1/benchmarks/{slug}/",
    "GET /api/v1/booking-requests/{id}/",
    "PATCH /api/v1/booking-requests/{id}/",
    "GET /api/v1/calls-to-action/{id}/",
    "GET /api/v1/comparison-matrices/{slug}/",
    "GET /api/v1/criteria/{slug}/",
    "GET /api/v1/decision-guides/{slug}/",
    "GET /api/v1/frameworks/{slug}/",
    "GET /api/v1/guide-categories/{slug}/",
    "GET /api/v1/guides/{id}/",
    "GET /api/v1/languages/{id}/",
    "GET /api/v1/teams/{slug}/",
}


def test_the_stateful_phase_follows_each_list_to_its_detail_operations(
    demo_content, db, one_connection, unthrottled, sales_key
):
    """Each round is schemathesis' stateful phase with every check (a few hundred linked steps);
    rounds start their scenarios from the lists in another order until every detail operation has
    been reached through a link with a 200."""
    reached = set()
    machine = stateful_schema.as_state_machine()

    class Sales(machine):
        def step(self, input):
            output = super().step(input)
            if input.transition is not None and input.is_applied and output.response.status_code == 200:
                reached.add(f"{input.case.method} {input.case.path}")
            return output

    for round_ in range(STATEFUL_ROUNDS):
        Sales.rule_order_seed = round_
        run_state_machine_as_test(Sales)
        if reached >= DETAIL_OPERATIONS:
            break

    assert sorted(DETAIL_OPERATIONS - reached) == []
