"""Schemathesis against every operation of the API, through the WSGI app (no server): positive and
negative data, every check (no 5xx, statuses, content types, headers and bodies as the schema says,
bad input refused, good input accepted, auth not ignored). The demo content gives the generated
requests real records to find; throttling is lifted so that the run measures the API, not the limit.

The schema is the one /api/schema/ serves, built by drf-spectacular when the module is collected
(it reads no database), so each operation is its own test."""

import json

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.renderers import OpenApiJsonRenderer
from hypothesis import HealthCheck, settings
from schemathesis import GenerationMode

from config.wsgi import application

# Enough examples per operation and mode to reach each parameter's edge cases while keeping the
# whole run near a minute on a shared machine.
EXAMPLES_PER_OPERATION = 15

schema = schemathesis.openapi.from_dict(
    json.loads(OpenApiJsonRenderer().render(SchemaGenerator().get_schema(request=None, public=True)))
)


def application_without_compression(environ, start_response):
    """The WSGI transport hands a body over as sent, where an HTTP client would undo its gzip
    (tests/api/test_compression.py covers compressed answers)."""
    environ.pop("HTTP_ACCEPT_ENCODING", None)
    return application(environ, start_response)


schema.app = application_without_compression
schema.config.generation.update(
    modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE],
    max_examples=EXAMPLES_PER_OPERATION,
    deterministic=True,
    database="none",
)


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
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anonymous": "1000000/minute", "key": "1000000/minute"},
    }


@schema.parametrize()
# Every request is a read: the database the fixtures set up is the same before each example.
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_every_operation_answers_as_its_schema_says(case, demo_content, db, one_connection, unthrottled):
    case.call_and_validate()
