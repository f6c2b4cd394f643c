"""How a receiver knows a delivery came from us and is fresh.

The signature is HMAC-SHA256, keyed with the endpoint's secret, of "<timestamp>.<body>" (the Unix
time in X-Webhook-Timestamp, a dot, then the exact bytes of the body), sent in hex as
`X-Webhook-Signature: sha256=<hex>`. A receiver recomputes it, compares in constant time and
refuses a timestamp more than a few minutes old (a replayed delivery).
"""

import hashlib
import hmac

TIMESTAMP_HEADER = "X-Webhook-Timestamp"
SIGNATURE_HEADER = "X-Webhook-Signature"


def signature(secret, timestamp, body):
    """`sha256=<hex>` for the body (bytes) sent at the timestamp (an int)."""
    message = str(timestamp).encode() + b"." + body
    return "sha256=" + hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def verify(secret, timestamp, body, received):
    return hmac.compare_digest(signature(secret, timestamp, body), received)
