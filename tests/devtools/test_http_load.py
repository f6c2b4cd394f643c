"""devtools/http_load.py: concurrent keep-alive clients that time every request, against a small
server here that counts what it is asked (the site benchmark points them at gunicorn)."""

import math
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from devtools.http_load import measure, percentile


@pytest.fixture
def server():
    """A keep-alive HTTP server on a free port: 200 for /page (and its queries), 404 for anything else."""
    asked = Counter()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self):
            asked[self.path] += 1
            status, body = (200, b"a page") if self.path.startswith("/page") else (404, b"not found")
            self.send_response(status)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    httpd.asked = asked
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def test_a_fixed_number_of_requests_is_sent_timed_and_counted(server):
    result = measure(server.server_port, "/page", clients=3, requests=10)

    assert server.asked == {"/page": 10}
    assert (result.requests, result.errors) == (10, [])
    assert all(timing > 0 for timing in result.timings)
    assert result.per_second > 0


def test_answers_other_than_200_are_errors_with_their_status_and_address(server):
    result = measure(server.server_port, "/missing", clients=2, requests=4)

    assert result.errors == [(404, "/missing")] * 4


def test_each_request_goes_where_before_each_says(server):
    turns = iter(range(100))

    def next_address(path):
        return f"{path}?n={next(turns)}"

    result = measure(server.server_port, "/page", clients=1, requests=3, before_each=next_address)

    assert server.asked == {"/page?n=0": 1, "/page?n=1": 1, "/page?n=2": 1}
    assert result.requests == 3


def test_a_timed_run_stops_at_its_deadline(server):
    started = time.perf_counter()

    result = measure(server.server_port, "/page", clients=2, seconds=0.3)

    assert 0.3 <= time.perf_counter() - started < 5
    assert result.requests == server.asked["/page"] > 0


def test_a_run_needs_either_seconds_or_requests(server):
    with pytest.raises(ValueError):
        measure(server.server_port, "/page", seconds=1, requests=1)


def test_percentiles_are_nearest_rank():
    timings = [5.0, 1.0, 4.0, 2.0, 3.0, 10.0, 9.0, 8.0, 7.0, 6.0]

    assert (percentile(timings, 0.5), percentile(timings, 0.9), percentile(timings, 0.99)) == (5.0, 9.0, 10.0)
    assert math.isnan(percentile([], 0.5))
