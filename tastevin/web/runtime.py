"""Interpreter settings for serving HTTP.

The event loop and the thread that writes deliveries (``ingress.group_store``) share the
GIL. With CPython's default 5 ms switch interval a delivery waits up to 5 ms for each hand
over, which caps a webhook's throughput far below what the database allows (measured: 0.38
of a bare endpoint's requests/s at 5 ms, 0.6 at 0.5 ms). Serving is latency-bound, so the
interval is lowered for server processes only."""

from __future__ import annotations

import sys

SWITCH_INTERVAL_S = 0.0005


def tune_for_serving() -> None:
    sys.setswitchinterval(SWITCH_INTERVAL_S)
