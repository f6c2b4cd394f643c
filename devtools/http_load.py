"""A small HTTP load generator for the site benchmark: a few concurrent keep-alive clients, each a
Python thread with its own http.client connection, for a fixed time or a fixed number of requests.

No new dependency (wrk or locust would measure the same); the clients share one interpreter, so at
a few thousand requests a second the client is part of what is measured: compare the pages with
/healthz, measured the same way, rather than read the absolute figures.
"""

import http.client
import math
import threading
import time
from dataclasses import dataclass, field


def percentile(timings, share):
    """Nearest-rank percentile of `timings` (share 0.5 is the median)."""
    ordered = sorted(timings)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)] if ordered else float("nan")


@dataclass
class Measurement:
    elapsed: float = 0.0  # seconds of wall time, from the first request sent to the last answer read
    timings: list = field(default_factory=list)  # milliseconds per request, status 200 or not
    errors: list = field(default_factory=list)  # (status or exception name, path)

    @property
    def requests(self):
        return len(self.timings)

    @property
    def per_second(self):
        return self.requests / self.elapsed if self.elapsed else 0.0

    def p(self, share):
        return percentile(self.timings, share)


def measure(port, path, *, clients=4, seconds=None, requests=None, headers=None, before_each=None):
    """GET `path` from 127.0.0.1:`port` until `seconds` pass or `requests` are answered.

    `before_each(path)` is called before every request, untimed, and returns the path to request.
    """
    if (seconds is None) == (requests is None):
        raise ValueError("Give seconds or requests.")
    result = Measurement()
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds if seconds is not None else None
    remaining = [requests]

    def next_turn():
        if deadline is not None:
            return time.perf_counter() < deadline
        with lock:
            remaining[0] -= 1
            return remaining[0] >= 0

    def client():
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        timings, errors = [], []
        while next_turn():
            address = before_each(path) if before_each else path
            started = time.perf_counter()
            try:
                connection.request("GET", address, headers=headers or {})
                response = connection.getresponse()
                response.read()
                if response.status != 200:
                    errors.append((response.status, address))
            except (OSError, http.client.HTTPException) as error:
                errors.append((type(error).__name__, address))
                connection.close()  # reconnects on the next request
            timings.append((time.perf_counter() - started) * 1000)
        connection.close()
        with lock:
            result.timings.extend(timings)
            result.errors.extend(errors)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    result.elapsed = time.perf_counter() - started
    return result
